"""The event desk in the admin: the participants at a glance, invitations, check-in at the
door (by typed code or the URL a participant's QR code carries), the report and the minutes."""

from __future__ import annotations

import datetime
from typing import Any

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.models import User
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_POST
from wagtail.models import Page

from rostra.core.http import AuthenticatedHttpRequest
from rostra.events import actions, dates, permissions
from rostra.events.forms import CheckInForm
from rostra.events.models import CONFIRMED_STATUSES, Event, EventSession, Participant, Role
from rostra.events.record import mark_candidates
from rostra.events.report import existing_report
from rostra.org.i18n import suffix
from rostra.org.models import PartnerOrganization, Person, Unit


def local_start_label(event: Event) -> str:
    """The admin list's "Starts (local time)": the event's own wall time and its zone."""
    language = translation.get_language()
    return f"{dates.moment(event.local_start(), language)} ({dates.zone_label(event.time_zone)})"


def session_label(session: EventSession) -> str:
    zone = session.event.zone
    language = translation.get_language()
    span = dates.local_span(
        timezone.localtime(session.start, zone), timezone.localtime(session.end, zone), language
    )
    return f"{span} ({dates.zone_label(session.event.time_zone)})"


def event_time(event: Event, moment: datetime.datetime) -> str:
    """A moment as the event's clock shows it, with the zone's name: "18:05 (Europe/Moscow)"."""
    at = dates.time(timezone.localtime(moment, event.zone))
    return f"{at} ({dates.zone_label(event.time_zone)})"


def attendance_label(participant: Participant) -> str:
    """How and when the participant was there, in the event's own time and zone."""
    zone = participant.event.zone
    if participant.checked_in_at:
        at = dates.time(timezone.localtime(participant.checked_in_at, zone))
        return _("at the door, %(time)s (%(zone)s)") % {
            "time": at,
            "zone": dates.zone_label(participant.event.time_zone),
        }
    if participant.online_at:
        at = dates.time(timezone.localtime(participant.online_at, zone))
        return _("online, %(time)s (%(zone)s)") % {
            "time": at,
            "zone": dates.zone_label(participant.event.time_zone),
        }
    if participant.marked_present:
        return _("marked present")
    return ""


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

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if not cleaned.get("person") and not cleaned.get("name"):
            raise forms.ValidationError(_("Choose a person or give a guest's name."))
        return cleaned


class PartnerInviteForm(forms.Form):
    invite_partner = forms.ModelChoiceField(
        label=gettext_lazy("Invite a partner organization"),
        queryset=PartnerOrganization.objects.all(),
    )


def desk(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    participants = list(
        event.participants.select_related(
            "person", "representing_unit", "representing_partner"
        ).prefetch_related("roles")
    )
    report = existing_report(event, event.main_language)
    mark_candidates(participants, event)
    for p in participants:
        p.attendance = attendance_label(p)  # type: ignore[attr-defined]  # for the template
    context = {
        "event": event,
        "when": local_start_label(event),
        "is_past": actions.is_past(event),
        "report_possible": actions.report_possible(event),
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
def invite(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    event = _event(request, pk)
    if "invite_partner" in request.POST:
        partner_form = PartnerInviteForm(request.POST)
        if partner_form.is_valid():
            partner = partner_form.cleaned_data["invite_partner"]
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
        messages.error(request, " ".join(str(m) for e in form.errors.values() for m in e))
    return redirect("events_desk", pk=pk)


def check_in(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
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
        "already_at": (
            event_time(event, result.participant.checked_in_at)
            if result is not None and result.already and result.participant.checked_in_at
            else ""
        ),
        "page_title": _("Check-in: %(title)s") % {"title": event.title},
        "attended": event.participants.filter(checked_in_at__isnull=False).count(),
        "confirmed": event.participants.filter(status__in=CONFIRMED_STATUSES).count(),
    }
    return TemplateResponse(request, "events/admin/check_in.html", context)


@require_POST
def generate_report(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
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
def translate_report(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
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


def report_languages(event: Event, report: Page | None) -> list[dict[str, Any]]:
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


# --- Attendance of a held event --------------------------------------------------------------


def attendance(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """One screen to mark who was there: every confirmed participant with a tick box.

    Those checked in at the door or present online are shown as such (their attendance is a
    recorded fact); the organizer ticks the others from the sign-in sheet."""
    event = _event(request, pk)
    if request.method == "POST":
        ids = [int(v) for v in request.POST.getlist("present") if v.isdigit()]
        count = actions.do_mark_attendance(event, ids, acting_user=request.user)
        messages.success(
            request,
            _("Attendance is recorded: %(count)s present.") % {"count": count},
        )
        return redirect("events_desk", pk=pk)
    participants = list(
        event.participants.filter(status__in=CONFIRMED_STATUSES)
        .select_related("person", "representing_unit", "representing_partner", "event")
        .prefetch_related("roles")
    )
    mark_candidates(participants, event)
    for p in participants:
        # For the template: how each one's presence is known.
        p.by_route = bool(p.checked_in_at or p.online_at)  # type: ignore[attr-defined]
        p.attendance = attendance_label(p)  # type: ignore[attr-defined]
    context = {
        "event": event,
        "page_title": _("Attendance: %(title)s") % {"title": event.title},
        "participants": participants,
    }
    return TemplateResponse(request, "events/admin/attendance.html", context)


# --- Many participants in one screen ---------------------------------------------------------


def _represents_choices() -> list[tuple[str, list[tuple[str, str]]]]:
    units = [(f"unit:{u.pk}", u.name) for u in Unit.objects.order_by("sort_order", "name_en")]
    partners = [
        (f"partner:{p.pk}", p.name) for p in PartnerOrganization.objects.order_by("name_en")
    ]
    return [
        ("", [("", "—")]),
        (str(gettext_lazy("Our units")), units),
        (str(gettext_lazy("Partner organizations")), partners),
    ]


class ParticipantRowForm(forms.Form):
    """One row of the grid: a registry person or a guest's name, the role, whom they
    represent, their position, whether they were there."""

    person = forms.ModelChoiceField(
        label=gettext_lazy("Person of the registry"),
        queryset=Person.objects.order_by("name_en", "original_name"),
        required=False,
    )
    name = forms.CharField(label=gettext_lazy("or a guest's name"), required=False, max_length=200)
    role = forms.ChoiceField(
        label=gettext_lazy("Role"), choices=[("", "—"), *Role.choices], required=False
    )
    represents = forms.ChoiceField(label=gettext_lazy("Represents"), required=False)
    affiliation = forms.CharField(
        label=gettext_lazy("Guest's affiliation"), required=False, max_length=200
    )
    position = forms.CharField(label=gettext_lazy("Position"), required=False, max_length=200)
    present = forms.BooleanField(label=gettext_lazy("Present"), required=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        # A ChoiceField (declared above); fields[...] is typed as any Field.
        self.fields["represents"].choices = _represents_choices()  # type: ignore[attr-defined]
        self.fields["name"].widget.attrs["list"] = "events-known-guests"

    def filled(self) -> bool:
        data = getattr(self, "cleaned_data", {})
        return bool(data.get("person") or (data.get("name") or "").strip())

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        if (cleaned.get("person") or (cleaned.get("name") or "").strip()) and not cleaned.get(
            "role"
        ):
            self.add_error("role", _("Choose the role."))
        if cleaned.get("person") and (cleaned.get("name") or "").strip():
            self.add_error("name", _("Choose a person of the registry or type a name, not both."))
        return cleaned


ParticipantGrid = forms.formset_factory(ParticipantRowForm, extra=0)


def _represented(value: str) -> dict[str, Any]:
    kind, _sep, pk = value.partition(":")
    if kind == "unit" and pk.isdigit():
        return {"representing_unit": Unit.objects.filter(pk=pk).first()}
    if kind == "partner" and pk.isdigit():
        return {"representing_partner": PartnerOrganization.objects.filter(pk=pk).first()}
    return {}


def add_participants(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    """Many participants in one screen. For an event that has happened they are recorded (no
    e-mail is sent) and marked present; for a coming one they are invited."""
    event = _event(request, pk)
    past = actions.is_past(event)
    rows = min(
        int(request.GET.get("rows", "10") or 10) if request.GET.get("rows", "").isdigit() else 10,
        60,
    )
    if request.method == "POST":
        grid = ParticipantGrid(request.POST)
        if grid.is_valid():
            filled = [form for form in grid.forms if form.filled()]
            try:
                with transaction.atomic():
                    for form in filled:
                        _save_row(event, form, past, request.user)
            except actions.Refused as refusal:
                # Shown above the grid by the template.
                grid.non_form_errors_list = [" ".join(refusal.messages)]  # type: ignore[attr-defined]
            else:
                count = len(filled)
                if past:
                    text = ngettext(
                        "%(count)s participant recorded.", "%(count)s participants recorded.", count
                    )
                else:
                    text = ngettext("%(count)s person invited.", "%(count)s people invited.", count)
                messages.success(request, text % {"count": count})
                return redirect("events_desk", pk=pk)
    else:
        grid = ParticipantGrid(initial=[{"present": past} for _n in range(rows)])
    known_guests = (
        Participant.objects.filter(person__isnull=True)
        .exclude(name="")
        .order_by("name")
        .values_list("name", flat=True)
        .distinct()[:500]
    )
    context = {
        "event": event,
        "page_title": _("Add participants: %(title)s") % {"title": event.title},
        "grid": grid,
        "errors": getattr(grid, "non_form_errors_list", []),
        "past": past,
        "known_guests": known_guests,
        "more_rows": rows + 10,
        "position_language": dict(settings.LANGUAGES).get(event.main_language, ""),
    }
    return TemplateResponse(request, "events/admin/add_participants.html", context)


def _save_row(event: Event, form: ParticipantRowForm, past: bool, user: User) -> None:
    data = form.cleaned_data
    try:
        if past:
            actions.do_record_participant(
                event,
                acting_user=user,
                person=data["person"],
                name=data["name"],
                roles=[data["role"]],
                affiliation=data["affiliation"],
                positions={f"position_{suffix(event.main_language)}": data["position"]},
                present=data["present"],
                **_represented(data["represents"]),
            )
            return
        participant = actions.do_invite(
            event,
            acting_user=user,
            person=data["person"],
            name=data["name"],
            roles=[data["role"]],
            affiliation=data["affiliation"],
            **_represented(data["represents"]),
        )
        if data["position"]:
            setattr(participant, f"position_{suffix(event.main_language)}", data["position"])
            participant.save()
    except actions.Refused as refusal:
        who = data["person"] or data["name"]
        raise actions.Refused(f"{who}: {' '.join(refusal.messages)}") from refusal
