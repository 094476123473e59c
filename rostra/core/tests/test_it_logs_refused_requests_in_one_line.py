"""A bad Host header and a 403 are logged as one line each, not as a traceback; a real error
(500) keeps its traceback."""

from __future__ import annotations

import logging

import pytest
from django.urls import path


def _records(caplog, name_prefix: str):
    return [r for r in caplog.records if r.name.startswith(name_prefix)]


def _one_line(record) -> bool:
    handler = logging.StreamHandler()
    return "\n" not in handler.format(record) and record.exc_info is None


@pytest.mark.django_db
def test_it_logs_a_bad_host_header_in_one_line(client, caplog, news_indexes):
    with caplog.at_level(logging.INFO):
        response = client.get("/en/", HTTP_HOST="evil.example")
    assert response.status_code == 400
    records = _records(caplog, "django.security.DisallowedHost")
    assert len(records) == 1
    assert "evil.example" in records[0].getMessage()
    assert _one_line(records[0])


def _refuse(request):
    from django.core.exceptions import PermissionDenied

    raise PermissionDenied


# The site's own addresses too: the themed 403 page links to them.
from rostra.urls import handler403  # noqa: E402,F401
from rostra.urls import urlpatterns as _site  # noqa: E402

urlpatterns = [path("refused/", _refuse), *_site]


@pytest.mark.django_db
def test_it_logs_a_403_in_one_line(client, caplog, settings):
    settings.ROOT_URLCONF = __name__  # a view that refuses, as any view may
    with caplog.at_level(logging.INFO):
        response = client.get("/refused/")
    assert response.status_code == 403
    records = _records(caplog, "django.request")
    assert [r.getMessage() for r in records] == ["Forbidden (Permission denied): /refused/"]
    assert _one_line(records[0])


def test_it_keeps_the_traceback_of_a_real_error():
    from rostra.core.log_filters import OneLineForRefusals

    try:
        raise RuntimeError("broken")
    except RuntimeError:
        import sys

        record = logging.LogRecord(
            "django.request",
            logging.ERROR,
            __file__,
            1,
            "Internal Server Error",
            (),
            sys.exc_info(),
        )
    assert OneLineForRefusals().filter(record)
    assert record.exc_info is not None
