"""Public pages of the registry, per language: structure, profiles, partners, calendar."""

from __future__ import annotations

import datetime
from collections import defaultdict

from django.db.models import Prefetch
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from rostra.org import anniversaries
from rostra.org.ical import build_calendar
from rostra.org.models import (
    CommemorativeDate,
    Consent,
    ConsentKind,
    PartnerKind,
    PartnerOrganization,
    Person,
    Position,
    Unit,
    observances_between,
    upcoming,
)


def _public_positions(today: datetime.date):
    return (
        Position.objects.current(today)
        .filter(is_public=True)
        .select_related("person")
        .prefetch_related(
            Prefetch(
                "person__consents",
                to_attr="_public_consents",
                queryset=Consent.objects.filter(
                    kind=ConsentKind.PUBLIC_PROFILE, withdrawn_at__isnull=True
                ),
            )
        )
        .order_by("sort_order", "start_date", "pk")
    )


def _officer(position: Position) -> dict:
    person = position.person
    linked = person.public_profile and bool(getattr(person, "_public_consents", []))
    return {"title": position.title, "name": person.name, "ref": person.ref if linked else ""}


def structure(request: HttpRequest) -> HttpResponse:
    """The organization's tree of public units, each with its current public officers."""
    today = timezone.localdate()
    units = list(Unit.objects.filter(is_public=True))
    officers: dict[int, list[dict]] = defaultdict(list)
    for position in _public_positions(today).filter(unit__in=units):
        officers[position.unit_id].append(_officer(position))
    children: dict[int | None, list[Unit]] = defaultdict(list)
    public_ids = {u.pk for u in units}
    for unit in units:
        # A public unit under a hidden one is shown at the top rather than lost.
        parent = unit.parent_id if unit.parent_id in public_ids else None
        children[parent].append(unit)

    def branch(parent_id: int | None) -> list[dict]:
        return [
            {"unit": u, "officers": officers.get(u.pk, []), "children": branch(u.pk)}
            for u in children.get(parent_id, [])
        ]

    return render(request, "org/structure.html", {"tree": branch(None)})


def profile(request: HttpRequest, ref: str) -> HttpResponse:
    person = get_object_or_404(Person.objects.select_related("photo"), ref=ref)
    if not person.profile_is_public:
        raise Http404
    today = timezone.localdate()
    positions = person.positions.filter(is_public=True).select_related("unit", "partner")
    context = {
        "person": person,
        "current_positions": [p for p in positions if p.is_current(today)],
        "past_positions": [
            p for p in positions if not p.is_current(today) and p.start_date <= today
        ],
        "honours": person.honours.all(),
    }
    return render(request, "org/profile.html", context)


def partners(request: HttpRequest) -> HttpResponse:
    today = timezone.localdate()
    organizations = list(PartnerOrganization.objects.filter(is_public=True))
    representatives: dict[int, list[dict]] = defaultdict(list)
    for position in _public_positions(today).filter(partner__in=organizations):
        representatives[position.partner_id].append(_officer(position))
    groups = []
    for kind in PartnerKind:
        members = [
            {"partner": p, "representatives": representatives.get(p.pk, [])}
            for p in organizations
            if p.kind == kind
        ]
        if members:
            members.sort(key=lambda item: item["partner"].name)
            groups.append({"kind": kind, "partners": members})
    return render(request, "org/partners.html", {"groups": groups})


def _year(request: HttpRequest, default: int) -> int:
    raw = request.GET.get("year", "")
    return int(raw) if raw.isdigit() and 1 <= int(raw) <= 9998 else default


def _days(request: HttpRequest) -> int:
    raw = request.GET.get("days", "")
    return min(int(raw), 730) if raw.isdigit() else anniversaries.lead_days()


def calendar(request: HttpRequest) -> HttpResponse:
    """The year's commemorative dates by month, and the upcoming ones for planning."""
    today = timezone.localdate()
    year = _year(request, today.year)
    days = _days(request)
    dates = list(CommemorativeDate.objects.filter(is_public=True))
    months: dict[int, list] = defaultdict(list)
    for observance in observances_between(
        datetime.date(year, 1, 1), datetime.date(year, 12, 31), dates
    ):
        months[observance.date.month].append(observance)
    context = {
        "year": year,
        "previous_year": year - 1,
        "next_year": year + 1,
        "months": [(datetime.date(year, m, 1), months[m]) for m in sorted(months)],
        "upcoming": upcoming(today, days, dates),
        "days": days,
        "today": today,
        # Planning notes and "prepare from" dates are the organizers' work, not the public's.
        "can_plan": request.user.has_perm("org.change_commemorativedate"),
    }
    return render(request, "org/calendar.html", context)


def calendar_ics(request: HttpRequest) -> HttpResponse:
    language = translation.get_language() or "en"
    from rostra.core.context_processors import site_name

    name = _("%(site)s: commemorative dates") % {"site": site_name(request)}
    response = HttpResponse(
        build_calendar(language, name=name), content_type="text/calendar; charset=utf-8"
    )
    response["Content-Disposition"] = 'inline; filename="commemorative-dates.ics"'
    return response
