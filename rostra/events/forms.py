"""Forms of the public event pages and the organizers' check-in page."""

from __future__ import annotations

from django import forms
from django.utils.translation import gettext_lazy as _


class RegistrationForm(forms.Form):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("E-mail address"))
    affiliation = forms.CharField(
        label=_("Organization (optional)"), max_length=200, required=False
    )


class CheckInForm(forms.Form):
    code = forms.CharField(label=_("Check-in code"), max_length=20)
