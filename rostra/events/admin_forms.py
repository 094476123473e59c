"""Admin forms: times entered in the event's own zone, choosers narrowed to one's own units and
events, roles ticked on the participant, a vote's counts typed on the motion."""

from __future__ import annotations

import datetime
import zoneinfo
from typing import Any

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from rostra.events import permissions, votes
from rostra.events.models import Event, Role, standing_conflict
from rostra.events.permissions import User

ZONED_FIELDS = ("start", "end", "registration_closes")


def _wall_time(value: datetime.datetime) -> datetime.datetime:
    """What the person typed: the form read it in the server's zone; take the clock reading."""
    return timezone.localtime(value).replace(tzinfo=None)


class EventForm(WagtailAdminModelForm):
    """Start, end and the registration deadline are typed in the event's time zone.

    Django reads a typed time in the server's zone (UTC); clean() takes the clock reading and
    places it in the zone chosen on the same form, so "18:00" for Europe/Moscow is kept as
    15:00 UTC. The stored times are shown back in the event's zone.
    """

    def __init__(self, *args: Any, for_user: User | None = None, **kwargs: Any) -> None:
        super().__init__(*args, for_user=for_user, **kwargs)
        instance = self.instance
        if instance.pk and instance.time_zone:
            zone = zoneinfo.ZoneInfo(instance.time_zone)
            for name in ZONED_FIELDS:
                value = getattr(instance, name, None)
                if name in self.fields and value is not None:
                    self.initial[name] = timezone.localtime(value, zone).replace(tzinfo=None)
        if for_user is not None and "organizers" in self.fields:
            self.fields["organizers"].queryset = permissions.units_for_organizer(for_user)
            if permissions.organizer_unit_ids(for_user) is not None:
                self.fields["organizers"].required = True

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        name = cleaned.get("time_zone") or "UTC"
        try:
            zone = zoneinfo.ZoneInfo(name)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            return cleaned
        for field in ZONED_FIELDS:
            value = cleaned.get(field)
            if isinstance(value, datetime.datetime):
                cleaned[field] = timezone.make_aware(_wall_time(value), zone)
                setattr(self.instance, field, cleaned[field])
        return cleaned


# Times of sessions and agenda items, typed in their event's zone like the event's own.
CHILD_ZONED_FIELDS = ("start", "end", "started_at", "ended_at")
# Choosers of things that belong to one event: an item's speaker, session, recipient, giver.
EVENT_CHOOSERS = ("session", "speaker", "recipient", "presented_by")


class EventChildForm(WagtailAdminModelForm):
    """For sessions, participants, agenda items, photos: only one's own events to choose.

    Once the event is known (editing, or "Add" from the event's desk), the choosers offer only
    that event's sessions and participants; otherwise each choice names its event, and the
    model's clean() refuses one of another event. Times are typed in the event's zone."""

    def __init__(self, *args: Any, for_user: User | None = None, **kwargs: Any) -> None:
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is not None and "event" in self.fields:
            self.fields["event"].queryset = permissions.events_managed_by(for_user)
        event = self.known_event()
        if event is not None and "event" in self.fields and not self.instance.pk:
            self.initial.setdefault("event", event.pk)
        managed = (
            permissions.events_managed_by(for_user).values("pk") if for_user is not None else None
        )
        for name in EVENT_CHOOSERS:
            if name not in self.fields:
                continue
            field = self.fields[name]
            if event is not None:
                field.queryset = field.queryset.filter(event=event)
            else:
                if managed is not None:
                    field.queryset = field.queryset.filter(event__in=managed)
                field.queryset = field.queryset.select_related("event")
                field.label_from_instance = lambda obj: f"{obj} — {obj.event}"
        if "item" in self.fields:
            field = self.fields["item"]
            if event is not None:
                field.queryset = field.queryset.filter(event=event)
            elif managed is not None:
                field.queryset = field.queryset.filter(event__in=managed)
            field.queryset = field.queryset.select_related("event")
            field.label_from_instance = lambda obj: f"{obj.event} — {obj.position}. {obj}"
        if event is not None:
            for name in CHILD_ZONED_FIELDS:
                value = getattr(self.instance, name, None)
                if name in self.fields and isinstance(value, datetime.datetime):
                    self.initial[name] = timezone.localtime(value, event.zone).replace(tzinfo=None)

    def known_event(self) -> Event | None:
        instance = self.instance
        if getattr(instance, "event_id", None):
            event: Event = instance.event
            return event
        item = getattr(instance, "item", None) if getattr(instance, "item_id", None) else None
        return item.event if item is not None else None

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        event = cleaned.get("event") or self.known_event()
        if "item" in cleaned and cleaned.get("item") is not None:
            event = cleaned["item"].event
        if event is None:
            return cleaned
        for name in EVENT_CHOOSERS:
            chosen = cleaned.get(name)
            if chosen is not None and chosen.event_id != event.pk:
                self.add_error(
                    name,
                    _("Choose one of this event's own: “%(name)s” is of another event.")
                    % {"name": chosen},
                )
        for name in CHILD_ZONED_FIELDS:
            value = cleaned.get(name)
            if name in self.fields and isinstance(value, datetime.datetime):
                cleaned[name] = timezone.make_aware(_wall_time(value), event.zone)
                setattr(self.instance, name, cleaned[name])
        return cleaned


class ParticipantForm(EventChildForm):
    roles = forms.MultipleChoiceField(
        label=_("Roles"),
        choices=Role.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.initial["roles"] = sorted(self.instance.role_set())

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        if not cleaned.get("person") and not (cleaned.get("name") or "").strip():
            self.add_error("name", _("Choose a person of the registry or give a name."))
        if standing_conflict(cleaned.get("roles") or []):
            self.add_error(
                "roles",
                _("An observer or a guest cannot also be a delegate with a vote: choose one."),
            )
        return cleaned


class MotionForm(EventChildForm):
    """The options as lines "key: label", and the counts of a vote taken by show of hands."""

    options_text = forms.CharField(
        label=_("Options (choice motions)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "One per line: key: label, e.g. “anna: Anna Petrova”. Yes/no motions need none."
        ),
    )
    counts_text = forms.CharField(
        label=_("Record the result"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Counts per option, one per line, e.g. “yes: 12”, “no: 0”, “abstain: 0”. "
            "Saving with counts closes the vote and decides it."
        ),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        motion = self.instance
        if motion.pk and motion.kind == "choice":
            self.initial["options_text"] = "\n".join(
                f"{o['key']}: {votes.option_label(o)}" for o in motion.options or []
            )
        if motion.pk and motion.result:
            self.initial["counts_text"] = "\n".join(f"{k}: {v}" for k, v in motion.result.items())

    def clean_options_text(self) -> list[dict[str, str]]:
        options = []
        for line in self.cleaned_data.get("options_text", "").splitlines():
            if not line.strip():
                continue
            key, _sep, label = line.partition(":")
            key = key.strip().lower()
            if not key:
                raise forms.ValidationError(_("Each option needs a key before the colon."))
            options.append({"key": key[:60], "label_en": (label.strip() or key)})
        return options

    def clean_counts_text(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for line in self.cleaned_data.get("counts_text", "").splitlines():
            if not line.strip():
                continue
            key, _sep, number = line.partition(":")
            number = number.strip()
            if not number.isdigit():
                raise forms.ValidationError(
                    _("Write each count as “option: number”, e.g. “yes: 12”.")
                )
            counts[key.strip().lower()] = int(number)
        return counts

    def clean(self) -> dict[str, Any]:
        cleaned: dict[str, Any] = super().clean()
        if cleaned.get("kind") == "choice":
            self.instance.options = cleaned.get("options_text") or []
        elif not self.instance.options:
            self.instance.options = votes.yes_no_options()
        counts = cleaned.get("counts_text") or {}
        if counts:
            known = {o["key"] for o in votes.options_of(self.instance)}
            unknown = set(counts) - known
            if unknown:
                self.add_error(
                    "counts_text",
                    _("Unknown options: %(keys)s. Use: %(known)s.")
                    % {"keys": ", ".join(sorted(unknown)), "known": ", ".join(sorted(known))},
                )
        return cleaned


def event_choices_for(user: User) -> list[Event]:
    return list(permissions.events_managed_by(user))
