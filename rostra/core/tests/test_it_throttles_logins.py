"""Guessing passwords gets nowhere: after a few wrong passwords from one address or for one
account every login refuses (even the right password) with a clear page, until the cool-off
ends or an administrator unlocks it; password reset e-mails are rationed."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.management import call_command

pytestmark = pytest.mark.django_db

LOGINS = ["/admin/login/", "/en/_util/login/", "/django-admin/login/"]


@pytest.fixture
def staff(editor):
    editor.is_staff = True  # may use all three logins
    editor.save()
    return editor


def _login(client, url, username, password, address="192.0.2.10"):
    return client.post(url, {"username": username, "password": password}, REMOTE_ADDR=address)


def _signed_in(client) -> bool:
    return "_auth_user_id" in client.session


@pytest.mark.parametrize("url", LOGINS)
def test_it_refuses_even_the_right_password_after_repeated_failures(client, staff, url, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        assert _login(client, url, "editor", "wrong").status_code in (200, 429)
    response = _login(client, url, "editor", "pass-editor")
    assert response.status_code == 429
    assert "Too many failed logins" in response.content.decode()
    assert not _signed_in(client)


def test_it_locks_out_an_address_that_tries_many_accounts(client, staff, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "/admin/login/", f"someone-{n}", "wrong")
    response = _login(client, "/admin/login/", "editor", "pass-editor")
    assert response.status_code == 429
    elsewhere = _login(client, "/admin/login/", "editor", "pass-editor", address="192.0.2.99")
    assert elsewhere.status_code == 302  # the account itself was never guessed at


def test_it_locks_out_an_account_guessed_at_from_many_addresses(client, staff, settings):
    for n in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "/admin/login/", "editor", "wrong", address=f"198.51.100.{n}")
    assert _login(client, "/admin/login/", "editor", "pass-editor").status_code == 429


def test_it_says_so_in_the_readers_language(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "/ru/_util/login/", "editor", "wrong")
    response = _login(client, "/ru/_util/login/", "editor", "pass-editor")
    assert response.status_code == 429
    page = response.content.decode()
    assert 'lang="ru"' in page
    assert "Слишком много неудачных попыток входа" in page


def test_it_unlocks_an_account_from_the_command_line(client, staff, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        _login(client, "/admin/login/", "editor", "wrong")
    assert _login(client, "/admin/login/", "editor", "pass-editor").status_code == 429
    call_command("axes_reset_username", "editor")
    call_command("axes_reset_ip", "192.0.2.10")
    assert _login(client, "/admin/login/", "editor", "pass-editor").status_code == 302
    assert _signed_in(client)


def test_it_sends_at_most_a_few_password_reset_emails_per_address_an_hour(client, staff):
    for n in range(6):
        response = client.post(
            "/admin/password_reset/",
            {"email": "editor@example.org"},
            REMOTE_ADDR=f"203.0.113.{n}",
        )
        assert response.status_code == 302  # the same answer every time
    assert len(mail.outbox) == 3


def test_it_limits_password_reset_requests_per_client(client, staff, outsider):
    for email in ["editor@example.org", "outsider@example.org"] * 3:
        client.post("/admin/password_reset/", {"email": email}, REMOTE_ADDR="203.0.113.50")
    assert len(mail.outbox) == 3
