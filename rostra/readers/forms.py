"""The comment form, with its traps for robots: a honeypot field and a signed "shown at"."""

from __future__ import annotations

import hashlib
import secrets
import time
from typing import Any

from django import forms
from django.conf import settings
from django.core import signing
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from rostra.core import typography
from rostra.core.form_renderer import ReaderFormRenderer
from rostra.readers.permissions import AnyUser
from rostra.readers.sanitize import clean_comment, clean_text

_SALT = "rostra.readers.comment-form"
# A form older than this is refused (its text comes back with a fresh stamp).
FORM_MAX_AGE = 86400


def form_stamp() -> str:
    """The signed time the form is shown, with a random nonce: each stamp is one reader's and
    is accepted once (`use_stamp`). The page cache puts a fresh one into every page it serves."""
    return signing.Signer(salt=_SALT).sign(f"{int(time.time())}:{secrets.token_urlsafe(6)}")


def stamp_age(value: str) -> float | None:
    """Seconds since the stamp was made, or None if it is not one of ours."""
    try:
        shown = int(signing.Signer(salt=_SALT).unsign(value).split(":", 1)[0])
    except (signing.BadSignature, ValueError):
        return None
    return time.time() - shown


def use_stamp(value: str) -> bool:
    """True the first time a stamp is sent, False on every replay (remembered in the cache, in
    Redis across workers, for as long as a stamp is accepted at all)."""
    from django.core.cache import cache

    digest = hashlib.blake2b(value.encode(), digest_size=16).hexdigest()
    return cache.add(f"readers:form-used:{digest}", 1, timeout=FORM_MAX_AGE + 60)


_RENDERER = ReaderFormRenderer()  # one engine per process, not one per form


class CommentForm(forms.Form):
    # Under every article: its inputs are written in Python, as Django's templates write them.
    default_renderer = _RENDERER

    body = forms.CharField(
        label=_("Your comment"),
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    name = forms.CharField(label=pgettext_lazy("person", "Name"), max_length=80, required=False)
    email = forms.EmailField(
        label=_("E-mail"),
        required=False,
        help_text=_("Never shown; only the moderators see it."),
    )
    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    shown = forms.CharField(required=False, widget=forms.HiddenInput)
    # Hidden from people by the stylesheet; robots fill it in.
    website = forms.CharField(
        label=_("Leave this empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args: Any, user: AnyUser | None = None, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # Django's label suffix is a plain ":" in every language; Chinese takes "：".
        self.label_suffix = typography.colon(translation.get_language()).rstrip()
        self.user = user
        self.guest = user is None or not user.is_authenticated
        self.max_length = settings.ROSTRA_COMMENTS_MAX_LENGTH
        self.fields["body"].widget.attrs["maxlength"] = self.max_length
        if self.guest:
            self.fields["name"].required = True
            self.fields["email"].required = True
        else:
            del self.fields["name"], self.fields["email"]

    def clean_body(self) -> str:
        raw = self.cleaned_data["body"]
        if len(raw) > self.max_length:
            raise forms.ValidationError(
                _(
                    "Your comment is %(length)d characters long; the limit is %(limit)d. "
                    "Please shorten it and send it again."
                ),
                code="too_long",
                params={"length": len(raw), "limit": self.max_length},
            )
        body = clean_comment(raw)
        if not body:
            raise forms.ValidationError(_("Please write a comment."), code="empty")
        return body

    def clean_name(self) -> str:
        name = clean_text(self.cleaned_data.get("name", ""))
        if self.guest and not name:
            raise forms.ValidationError(_("Please give your name."), code="required")
        return name

    def clean(self) -> dict[str, Any] | None:
        data = super().clean()
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(
                _("Your comment could not be accepted. Please try again."), code="honeypot"
            )
        age = stamp_age(self.data.get("shown", ""))
        if age is None or age < settings.ROSTRA_COMMENTS_MIN_SECONDS:
            raise forms.ValidationError(
                _(
                    "That was very quick: please check your comment and send it again "
                    "in a few seconds."
                ),
                code="too_fast",
            )
        if age > FORM_MAX_AGE:
            raise forms.ValidationError(
                _("This form is too old. Please send your comment again."), code="expired"
            )
        if not use_stamp(self.data["shown"]):
            raise forms.ValidationError(
                _("This form was already sent. To send another comment, send it again."),
                code="replayed",
            )
        return data

    def refresh_stamp(self) -> None:
        """A form shown again gets a new "shown at" stamp, the reader's text stays."""
        data = self.data.copy()  # type: ignore[attr-defined]  # a QueryDict: a mutable copy
        data["shown"] = form_stamp()
        data["website"] = ""
        self.data = data
