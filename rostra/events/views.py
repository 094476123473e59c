"""Public pages of the events, per language: lists, the event page, registration, the personal
page behind each participant's link, the minutes (members only) and the iCalendar feed.

Views parse the request, ask permissions.py, call actions and render.
"""

from __future__ import annotations

import contextlib
import datetime
import zoneinfo
from collections.abc import Iterable
from typing import Any

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.images.models import SourceImageIOError

from rostra.core.context_processors import site_name
from rostra.events import actions, dates, ical, permissions, qr, structured
from rostra.events import record as records
from rostra.events.forms import RegistrationForm
from rostra.events.models import (
    CONFIRMED_STATUSES,
    Event,
    EventStatus,
    Participant,
    ParticipantStatus,
    PartnerInvitation,
)
from rostra.events.pdf import render as render_pdf
from rostra.events.report import (
    ceremony_sentence,
    decision_sentence,
    occasion_phrase,
    report_links,
)
from rostra.org.models import Unit, descendant_ids


def public_events() -> QuerySet[Event]:
    return (
        Event.objects.exclude(status=EventStatus.DRAFT)
        .select_related("kind", "occasion")
        .prefetch_related("organizers")
    )


def _split(events: Iterable[Event]) -> tuple[list[Event], list[Event]]:
    now = timezone.now()
    events = list(events)
    upcoming = sorted((e for e in events if e.end >= now), key=lambda e: e.start)
    past = sorted((e for e in events if e.end < now), key=lambda e: e.start, reverse=True)
    return upcoming, past


def index(request: HttpRequest) -> HttpResponse:
    upcoming, past = _split(public_events())
    return render(request, "events/index.html", {"upcoming": upcoming, "past": past})


def unit_events(request: HttpRequest, slug: str) -> HttpResponse:
    """The events organized by a unit or one of its sub-units."""
    unit = get_object_or_404(Unit, slug=slug, is_public=True)
    ids = descendant_ids({unit.pk})
    upcoming, past = _split(public_events().filter(organizers__in=ids).distinct())
    return render(request, "events/unit.html", {"unit": unit, "upcoming": upcoming, "past": past})


def calendar_ics(request: HttpRequest) -> HttpResponse:
    language = translation.get_language() or "en"
    events = public_events().filter(end__gte=timezone.now() - datetime.timedelta(days=365))
    body = ical.build_calendar(events, language, lambda e: reverse("events:detail", args=[e.slug]))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="events.ics"'
    return response


def event_ics(request: HttpRequest, slug: str) -> HttpResponse:
    """One event as an iCalendar file: "Add to calendar" on its page."""
    event = _event(slug)
    language = translation.get_language() or "en"
    body = ical.build_calendar([event], language, lambda e: reverse("events:detail", args=[e.slug]))
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{event.slug}.ics"'
    return response


def viewer_zone(request: HttpRequest) -> zoneinfo.ZoneInfo | None:
    """A reader-chosen zone (?tz=Europe/Berlin); without it the page's script converts."""
    name = request.GET.get("tz", "")
    if name and name in zoneinfo.available_timezones():
        return zoneinfo.ZoneInfo(name)
    return None


def _event(slug: str) -> Event:
    return get_object_or_404(public_events(), slug=slug)


def _detail_context(
    request: HttpRequest, event: Event, participant: Participant | None = None
) -> dict[str, Any]:
    user = request.user
    language = translation.get_language() or event.main_language
    record = records.build(event, language)
    zone = viewer_zone(request)
    converted = None
    if zone is not None and zone.key != event.time_zone:
        converted = {
            "zone": dates.zone_label(zone.key),
            "text": dates.local_span(
                timezone.localtime(event.start, zone), timezone.localtime(event.end, zone), language
            ),
        }
    mine = participant or permissions.participant_of(user, event)
    organizers = list(event.organizers.all())
    partner_organizers = list(event.partner_organizers.all())
    photos = list(event.photos.select_related("image"))
    # The first photo is the event's picture in link previews (OpenGraph) and JSON-LD; a photo
    # whose file is missing gives no picture, not an error page.
    share_image = None
    if photos:
        with contextlib.suppress(SourceImageIOError):
            share_image = photos[0].image.get_rendition("fill-1200x630")
    return {
        "event": event,
        "structured_data": structured.event(
            event,
            request.path,
            language,
            site_name(request),
            [str(o.name) for o in organizers] + [str(o.name) for o in partner_organizers],
            share_image.url if share_image else "",
        ),
        "share_image": share_image,
        "record": record,
        "start": event.local_start(),
        "end": event.local_end(),
        "when": dates.local_span(event.local_start(), event.local_end(), language),
        "zone": dates.zone_label(event.time_zone),
        "place": records.place_line(event, language),
        "converted": converted,
        # Public roles only: the chair, the presidium and the speakers, and the partners
        # represented; observers and guests are not named, nobody's contacts are shown.
        "presidium": [a for a in record.attendees if {"chair", "presidium"} & a.roles],
        "speakers": [
            a
            for a in record.attendees
            if "speaker" in a.roles and not {"chair", "presidium"} & a.roles
        ],
        "partners_represented": record.partners,
        "occasion": occasion_phrase(event, translation.get_language() or "en")
        if event.occasion_id
        else "",
        "sessions": [
            {
                "title": session.title,
                "when": dates.local_span(
                    timezone.localtime(session.start, event.zone),
                    timezone.localtime(session.end, event.zone),
                    language,
                ),
            }
            for session in event.sessions.all()
        ],
        "organizers": organizers,
        "partner_organizers": partner_organizers,
        "photos": photos,
        "reports": report_links(event),
        "mine": mine,
        "show_room": permissions.can_see_online_room(user, event, mine),
        "members_only": permissions.can_see_members_only(user, event),
        "can_manage": permissions.can_manage_event(user, event),
        "registration_open": actions.registration_open(event),
        "seats_left": actions.seats_left(event),
        "is_past": event.end < timezone.now(),
    }


def detail(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    context = _detail_context(request, event)
    context["form"] = RegistrationForm(
        initial={"name": request.user.get_full_name(), "email": request.user.email}
        if request.user.is_authenticated
        else None
    )
    if context["members_only"]:
        context["contacts"] = list(
            records.participants_of(event).filter(status__in=CONFIRMED_STATUSES)
        )
    return render(request, "events/event.html", context)


@require_POST
def register(request: HttpRequest, slug: str) -> HttpResponse:
    """The answer is the same whatever the address (new, registered, waiting, invited): the
    page that says an e-mail is on its way; the e-mail says what happened (see do_register)."""
    event = _event(slug)
    form = RegistrationForm(request.POST)
    if form.is_valid():
        try:
            actions.do_register(
                event,
                name=form.cleaned_data["name"],
                email=form.cleaned_data["email"],
                affiliation=form.cleaned_data["affiliation"],
                language=translation.get_language(),
                user=request.user if request.user.is_authenticated else None,
            )
        except actions.Refused as refusal:
            form.add_error(None, refusal)
        else:
            return redirect("events:registration_sent", slug=event.slug)
    context = _detail_context(request, event)
    context["form"] = form
    return render(request, "events/event.html", context, status=400)


def registration_sent(request: HttpRequest, slug: str) -> HttpResponse:
    event = _event(slug)
    return render(request, "events/registration_sent.html", {"event": event})


def _participant(token: str) -> Participant:
    return get_object_or_404(
        Participant.objects.select_related("event__kind", "person"), token=token
    )


def personal(request: HttpRequest, token: str) -> HttpResponse:
    """The participant's own page: answer, cancel, the code and QR code, the room link."""
    participant = _participant(token)
    event = participant.event
    if request.method == "POST":
        answer = request.POST.get("answer")
        try:
            if answer in ("accept", "decline"):
                actions.do_respond(participant, accept=answer == "accept")
                messages.success(request, _("Thank you, your answer is recorded."))
            elif answer == "cancel":
                actions.do_cancel(participant)
                messages.success(request, _("Your participation is cancelled."))
        except actions.Refused as refusal:
            messages.error(request, " ".join(refusal.messages))
        return redirect("events:personal", token=token)
    context = _detail_context(request, event, participant)
    context.update(
        {
            "participant": participant,
            "roles": [r.get_role_display() for r in participant.roles.all()],
            "qr_svg": qr.svg(participant) if participant.holds_seat else "",
            "can_answer": participant.status
            in (ParticipantStatus.INVITED, ParticipantStatus.DECLINED, ParticipantStatus.ACCEPTED)
            and event.status == EventStatus.PLANNED
            and participant.invited_at is not None,
            "can_cancel": participant.status
            in (ParticipantStatus.REGISTERED, ParticipantStatus.ACCEPTED, ParticipantStatus.WAITING)
            and event.status == EventStatus.PLANNED,
        }
    )
    response = render(request, "events/personal.html", context)
    response["X-Robots-Tag"] = "noindex"
    # The token is in the address: no other site may see it in a Referer. "no-referrer"
    # also made the browser post `Origin: null`, which fails Django's CSRF check.
    response["Referrer-Policy"] = "same-origin"
    return response


def partner_answer(request: HttpRequest, token: str) -> HttpResponse:
    invitation = get_object_or_404(
        PartnerInvitation.objects.select_related("event", "partner"), token=token
    )
    if request.method == "POST" and request.POST.get("answer") in ("accept", "decline"):
        actions.do_respond_partner(
            invitation,
            accept=request.POST["answer"] == "accept",
            note=request.POST.get("note", "")[:2000],
        )
        messages.success(request, _("Thank you, your answer is recorded."))
        return redirect("events:partner_answer", token=token)
    response = render(
        request, "events/partner_answer.html", {"invitation": invitation, "event": invitation.event}
    )
    response["Referrer-Policy"] = "same-origin"
    return response


def _minutes_event(request: HttpRequest, slug: str) -> Event:
    event = _event(slug)
    if not permissions.can_see_members_only(request.user, event):
        if not request.user.is_authenticated:
            raise Http404
        raise PermissionDenied
    return event


def minutes(request: HttpRequest, slug: str) -> HttpResponse:
    event = _minutes_event(request, slug)
    language = translation.get_language() or event.main_language
    record = records.build(event, language)
    return render(
        request,
        "events/minutes.html",
        {
            "event": event,
            "record": record,
            "organization": records.organization_title(language),
            "when": dates.local_span(event.local_start(), event.local_end(), language),
            "zone": dates.zone_label(event.time_zone),
            "place": records.place_line(event, language),
            "items": [
                {
                    "item": item,
                    "ceremony": ceremony_sentence(item, language),
                    "decisions": [(m, decision_sentence(m, language)) for m in item.motions],
                }
                for item in record.items
            ],
            "decisions": [(m, decision_sentence(m, language)) for m in record.decisions],
            "secretary": records.secretary_of(record),
        },
    )


def minutes_pdf(request: HttpRequest, slug: str) -> HttpResponse:
    event = _minutes_event(request, slug)
    response = HttpResponse(render_pdf(records.build(event)), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="minutes-{event.pk}.pdf"'
    return response
