"""The comment form's inputs, written in Python (rostra.core.form_renderer), are exactly what
Django's own form templates write: for a guest and a signed-in reader, blank, and sent back
with errors and with text that needs escaping."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.forms.renderers import DjangoTemplates
from django.utils import translation

from rostra.readers.forms import CommentForm

HOSTILE = {
    "body": '<script>alert("x")</script> & "quotes"',
    "name": "O'Brien <b>",
    "email": "not an address",
    "parent": "7",
    "shown": "stamp:é&<>",
    "website": "",
}


def _markup(form) -> str:
    parts = [f"{field.label_tag()}{field}{field.errors}" for field in form.visible_fields()]
    parts += [str(field) for field in form.hidden_fields()]
    return "\n".join(parts)


def _both(**kwargs) -> tuple[str, str]:
    ours = CommentForm(**kwargs)
    djangos = CommentForm(renderer=DjangoTemplates(), **kwargs)
    if ours.is_bound:
        ours.is_valid()
        djangos.is_valid()
    return _markup(ours), _markup(djangos)


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "zh-hans"])
def test_it_writes_the_comment_form_as_django_does(language, editor):
    with translation.override(language):
        for kwargs in (
            {"user": AnonymousUser(), "initial": {"shown": "s:1", "parent": None}},
            {"user": AnonymousUser(), "initial": {"shown": "s:1", "parent": 12}},
            {"user": AnonymousUser(), "data": HOSTILE},
            {"user": AnonymousUser(), "data": {**HOSTILE, "body": "", "website": "spam"}},
            {"user": editor, "initial": {"shown": "s:1"}},
            {"user": editor, "data": HOSTILE},
        ):
            ours, djangos = _both(**kwargs)
            assert ours == djangos
            assert "<textarea" in ours and 'type="hidden"' in ours
