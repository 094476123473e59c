"""The event desk in the admin: the participants at a glance, invitations, check-in at the
door (by typed code or the URL a participant's QR code carries), the report and the minutes."""

from __future__ import annotations

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from rostra.events import actions, permissions
from rostra.events.forms import CheckInForm
from rostra.events.models import CONFIRMED_STATUSES, Event, Participant, Role
from rostra.events.report import existing_report
from rostra.org.models import PartnerOrganization, Person


def desk_link(event: Event) -> str:
    return format_html('<a href="{}">{}</a>', reverse("events_desk", args=[event.pk]), _("Desk"))


def roles_label(participant: Participant) -> str:
    return ", ".join(str(r.get_role_display()) for r in participant.roles.all())


def _event(request: HttpRequest, pk: int) -> Event:
    event = get_object_or_404(Event, pk=pk)
    if not permissions.can_manage_event(request.user, event):
        raise PermissionDenied
    return event


def _public_url(name: str, event: Event) -> str:
    with translation.override(event.main_language):
        return reverse(name, args=[event.slug])


class InviteForm(forms.Form):
    person = forms.ModelChoiceField(
        label=gettext_lazy("Person"), queryset=Person.objects.all(), required=False
    )
    name = forms.CharField(label=gettext_lazy("or a guest's name"), required=False)
    email = forms.EmailField(label=gettext_lazy("guest's e-mail"), required=False)
    roles = forms.MultipleChoiceField(
        label=gettext_lazy("Roles"),
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    partner = forms.ModelChoiceField(
        label=gettext_lazy("Represents (partner organization)"),
        queryset=PartnerOrganization.objects.all(),
        required=False,
    )

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("person") and not cleaned.get("name"):
            raise forms.ValidationError(_("Choose a person or give a guest's name."))
        return cleaned


class PartnerInviteForm(forms.Form):
    invite_partner = forms.ModelChoiceField(
        label=gettext_lazy("Invite a partner organization"),
        queryset=PartnerOrganization.objects.all(),
    )


def desk(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    participants = list(
        event.participants.select_related(
            "person", "representing_unit", "representing_partner"
        ).prefetch_related("roles")
    )
    report = existing_report(event, event.main_language)
    context = {
        "event": event,
        "page_title": _("Event desk: %(title)s") % {"title": event.title},
        "participants": participants,
        "confirmed": sum(1 for p in participants if p.status in CONFIRMED_STATUSES),
        "attended": sum(1 for p in participants if p.attended),
        "seats_left": actions.seats_left(event),
        "invitations": list(event.partner_invitations.select_related("partner")),
        "invite_form": InviteForm(),
        "partner_form": PartnerInviteForm(),
        "report": report,
        "translations": report_languages(event, report),
        "public_url": _public_url("events:detail", event),
        "minutes_url": _public_url("events:minutes", event),
        "minutes_pdf_url": _public_url("events:minutes_pdf", event),
        "agenda": list(event.agenda.prefetch_related("motions").select_related("speaker__person")),
    }
    return TemplateResponse(request, "events/admin/desk.html", context)


@require_POST
def invite(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    if "invite_partner" in request.POST:
        form = PartnerInviteForm(request.POST)
        if form.is_valid():
            partner = form.cleaned_data["invite_partner"]
            actions.do_invite_partner(event, partner, acting_user=request.user)
            messages.success(request, _("%(partner)s is invited.") % {"partner": partner.name})
        return redirect("events_desk", pk=pk)
    form = InviteForm(request.POST)
    if form.is_valid():
        data = form.cleaned_data
        try:
            participant = actions.do_invite(
                event,
                acting_user=request.user,
                person=data["person"],
                name=data["name"],
                email=data["email"],
                roles=data["roles"],
                representing_partner=data["partner"],
            )
        except actions.Refused as refusal:
            messages.error(request, " ".join(refusal.messages))
        else:
            messages.success(
                request, _("%(name)s is invited.") % {"name": participant.display_name}
            )
    else:
        messages.error(request, " ".join(" ".join(e) for e in form.errors.values()))
    return redirect("events_desk", pk=pk)


def check_in(request: HttpRequest, pk: int) -> HttpResponse:
    """Type a code, or open the URL from a participant's QR code (?code=...), then confirm.

    Opening the URL only shows who it is; the check-in itself is the POST of the button.
    """
    event = _event(request, pk)
    found = None
    result = None
    if request.method == "POST":
        form = CheckInForm(request.POST)
        if form.is_valid():
            try:
                result = actions.do_check_in(
                    event, form.cleaned_data["code"], acting_user=request.user
                )
            except actions.Refused as refusal:
                form.add_error("code", refusal)
            else:
                form = CheckInForm()
    else:
        code = request.GET.get("code", "")
        form = CheckInForm(initial={"code": code})
        if code:
            found = (
                Participant.objects.select_related("event", "person")
                .filter(code=actions.normalize_code(code))
                .first()
            )
    context = {
        "event": event,
        "form": form,
        "found": found,
        "result": result,
        "page_title": _("Check-in: %(title)s") % {"title": event.title},
        "attended": event.participants.filter(checked_in_at__isnull=False).count(),
        "confirmed": event.participants.filter(status__in=CONFIRMED_STATUSES).count(),
    }
    return TemplateResponse(request, "events/admin/check_in.html", context)


@require_POST
def generate_report(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    try:
        page = actions.do_generate_report(event, acting_user=request.user)
    except actions.Refused as refusal:
        messages.error(request, " ".join(refusal.messages))
        return redirect("events_desk", pk=pk)
    messages.success(
        request, _("The draft report “%(title)s” is ready for editing.") % {"title": page.title}
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


@require_POST
def translate_report(request: HttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    language = request.POST.get("language", "")
    if language not in dict(settings.LANGUAGES):
        messages.error(request, _("Choose a language."))
        return redirect("events_desk", pk=pk)
    try:
        page = actions.do_translate_report(event, language, acting_user=request.user)
    except actions.Refused as refusal:
        messages.error(request, " ".join(refusal.messages))
        return redirect("events_desk", pk=pk)
    messages.success(
        request, _("The draft report “%(title)s” is ready for editing.") % {"title": page.title}
    )
    return redirect("wagtailadmin_pages:edit", page.pk)


def report_languages(event: Event, report) -> list[dict]:
    """The report in each other language: its page, or None (a button makes the draft)."""
    if report is None:
        return []
    pages = {
        page.locale.language_code: page
        for page in report.get_translations().select_related("locale")
    }
    return [
        {"code": code, "name": name, "page": pages.get(code)}
        for code, name in settings.LANGUAGES
        if code != event.main_language
    ]
