"""Events: what is planned, who takes part in which role, the agenda and, afterwards, its record.

An event is data, not a page: it has one record with texts per language in parallel fields
(`title_en`, `title_ru`, `title_zh_hans`, `title_de`, read with `rostra.org.i18n.localized`),
like the organization registry. Its published reports are news articles; the event owns the
link to them (`EventReport`), so `news` never imports `events`.

Times are stored in UTC (USE_TZ) and entered and shown in the event's own time zone
(`Event.time_zone`, an IANA name such as "Europe/Moscow").

The live room (`rostra.assembly`) writes into the same record: attendance on `Participant`,
speeches given on `AgendaItem`, and each vote's result on `Motion`.
"""

from __future__ import annotations

import secrets
import zoneinfo

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from rostra.org.i18n import localized
from rostra.org.models import CommemorativeDate, Honour, PartnerOrganization, Person, Unit


def _language_choices() -> list[tuple[str, str]]:
    return list(settings.LANGUAGES)


def _time_zone_choices() -> list[tuple[str, str]]:
    return [(name, name) for name in sorted(zoneinfo.available_timezones())]


def new_token() -> str:
    """A personal link's secret: 32 URL-safe characters, unguessable."""
    return secrets.token_urlsafe(24)


# Check-in codes are read aloud and typed at the door: no 0/O or 1/I/L.
CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"


def new_code() -> str:
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(8))


# --- Kinds ---------------------------------------------------------------------------------


class EventKind(models.Model):
    """An editable list: online meeting, round table, congress, ceremony, screening ..."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name_en = models.CharField(_("name (English)"), max_length=100)
    name_ru = models.CharField(_("name (Russian)"), max_length=100, blank=True)
    name_zh_hans = models.CharField(_("name (Chinese)"), max_length=100, blank=True)
    name_de = models.CharField(_("name (German)"), max_length=100, blank=True)
    sort_order = models.IntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("kind of event")
        verbose_name_plural = _("kinds of event")
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return localized(self, "name")


# --- Events --------------------------------------------------------------------------------


class EventFormat(models.TextChoices):
    IN_PERSON = "in_person", _("in person")
    ONLINE = "online", _("online")
    HYBRID = "hybrid", _("hybrid")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("draft (not shown publicly)")
    PLANNED = "planned", _("planned")
    HELD = "held", _("held")
    CANCELLED = "cancelled", _("cancelled")


class RegistrationMode(models.TextChoices):
    INVITATION = "invitation", _("by invitation only")
    OPEN = "open", _("open registration")


class Event(models.Model):
    slug = models.SlugField(_("slug"), max_length=100, unique=True, allow_unicode=True)
    kind = models.ForeignKey(
        EventKind, verbose_name=_("kind"), on_delete=models.PROTECT, related_name="events"
    )
    format = models.CharField(
        _("format"), max_length=20, choices=EventFormat.choices, default=EventFormat.IN_PERSON
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.DRAFT
    )
    title_en = models.CharField(_("title (English)"), max_length=250, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=250, blank=True)
    title_zh_hans = models.CharField(_("title (Chinese)"), max_length=250, blank=True)
    title_de = models.CharField(_("title (German)"), max_length=250, blank=True)
    summary_en = models.TextField(_("summary (English)"), blank=True)
    summary_ru = models.TextField(_("summary (Russian)"), blank=True)
    summary_zh_hans = models.TextField(_("summary (Chinese)"), blank=True)
    summary_de = models.TextField(_("summary (German)"), blank=True)
    main_language = models.CharField(
        _("main language"),
        max_length=10,
        choices=_language_choices,
        default="en",
        help_text=_("The language the event is held in; its report is drafted in it."),
    )
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=_time_zone_choices,
        default="UTC",
        help_text=_("Times are entered and shown in this zone, e.g. Europe/Moscow."),
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    venue_name = models.CharField(_("venue"), max_length=200, blank=True)
    venue_address = models.CharField(_("venue address"), max_length=300, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    online_url = models.URLField(
        _("online room link"),
        blank=True,
        help_text=_("A video-conference link; shown only to registered participants."),
    )
    organizers = models.ManyToManyField(
        Unit, verbose_name=_("organizing units"), related_name="events", blank=True
    )
    partner_organizers = models.ManyToManyField(
        PartnerOrganization,
        verbose_name=_("co-organizing partners"),
        related_name="co_organized_events",
        blank=True,
    )
    occasion = models.ForeignKey(
        CommemorativeDate,
        verbose_name=_("on the occasion of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
    )
    registration_mode = models.CharField(
        _("registration"),
        max_length=20,
        choices=RegistrationMode.choices,
        default=RegistrationMode.INVITATION,
    )
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit.")
    )
    waiting_list = models.BooleanField(_("waiting list when full"), default=False)
    registration_closes = models.DateTimeField(_("registration closes"), null=True, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = ["-start", "pk"]
        permissions = [("manage_all_events", _("Can manage the events of every unit"))]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__gte=models.F("start")), name="events_end_after_start"
            )
        ]

    def __str__(self) -> str:
        return self.title or self.slug

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def summary(self) -> str:
        return localized(self, "summary")

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    def local_start(self):
        return timezone.localtime(self.start, self.zone)

    def local_end(self):
        return timezone.localtime(self.end, self.zone)

    @property
    def is_online(self) -> bool:
        return self.format in (EventFormat.ONLINE, EventFormat.HYBRID)

    def clean(self) -> None:
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end is before the start.")})
        if not any(
            getattr(self, f"title_{code.replace('-', '_')}") for code, _n in settings.LANGUAGES
        ):
            raise ValidationError(
                {"title_en": _("Give the event a title in at least one language.")}
            )


class EventSession(models.Model):
    """A day or a sitting of a multi-day event (a congress's first working day ...)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title_en = models.CharField(_("title (English)"), max_length=200, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_zh_hans = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    title_de = models.CharField(_("title (German)"), max_length=200, blank=True)
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    sort_order = models.IntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        ordering = ["start", "sort_order", "pk"]

    def __str__(self) -> str:
        return self.title or str(self.start)

    @property
    def title(self) -> str:
        return localized(self, "title")


# --- Participants --------------------------------------------------------------------------


class ParticipantStatus(models.TextChoices):
    INVITED = "invited", _("invited")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
    REGISTERED = "registered", _("registered")
    WAITING = "waiting", _("on the waiting list")
    CANCELLED = "cancelled", _("cancelled")


# Statuses that hold a seat (count against the capacity and may check in).
CONFIRMED_STATUSES = (ParticipantStatus.ACCEPTED, ParticipantStatus.REGISTERED)


class Role(models.TextChoices):
    PRESIDIUM = "presidium", _("presidium member")
    CHAIR = "chair", _("chair")
    SPEAKER = "speaker", _("speaker")
    DELEGATE = "delegate", _("delegate with a vote")
    GUEST = "guest", _("invited guest")
    OBSERVER = "observer", _("observer")


class Participant(models.Model):
    """A person's part in one event: invitation or registration, roles, attendance.

    A participant is a registry `Person` or, for an outside guest who registered through the
    public page, just a name and an e-mail address. `representing_*` says whom they speak for
    at this event (a unit of ours or a partner organization).
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    person = models.ForeignKey(
        Person,
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="participations",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="participations",
    )
    name = models.CharField(pgettext_lazy("person", "name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    language = models.CharField(
        _("language"), max_length=10, choices=_language_choices, default="en"
    )
    representing_unit = models.ForeignKey(
        Unit,
        verbose_name=_("representing (our unit)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    representing_partner = models.ForeignKey(
        PartnerOrganization,
        verbose_name=_("representing (partner organization)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="event_participations",
    )
    affiliation = models.CharField(
        _("affiliation"),
        max_length=200,
        blank=True,
        help_text=_("For guests from outside the registry, e.g. an embassy or a newspaper."),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ParticipantStatus.choices,
        default=ParticipantStatus.INVITED,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    code = models.CharField(
        _("check-in code"), max_length=12, unique=True, default=new_code, editable=False
    )
    invited_at = models.DateTimeField(_("invited at"), null=True, blank=True)
    responded_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    registered_at = models.DateTimeField(_("registered at"), null=True, blank=True)
    checked_in_at = models.DateTimeField(_("checked in at"), null=True, blank=True)
    online_at = models.DateTimeField(_("first present online at"), null=True, blank=True)
    sort_order = models.IntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ["sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["event", "person"],
                condition=Q(person__isnull=False),
                name="events_participant_person_once",
            ),
            models.UniqueConstraint(
                fields=["event", "user"],
                condition=Q(user__isnull=False),
                name="events_participant_user_once",
            ),
            models.UniqueConstraint(
                models.F("event"),
                models.functions.Lower("email"),
                condition=~Q(email=""),
                name="events_participant_email_once",
            ),
            models.CheckConstraint(
                condition=Q(person__isnull=False) | ~Q(name=""),
                name="events_participant_has_name",
            ),
        ]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        if self.person_id:
            return str(self.person)
        return self.name

    @property
    def representing(self) -> Unit | PartnerOrganization | None:
        return self.representing_partner or self.representing_unit

    @property
    def attended(self) -> bool:
        return bool(self.checked_in_at or self.online_at)

    @property
    def holds_seat(self) -> bool:
        return self.status in CONFIRMED_STATUSES

    def role_set(self) -> set[str]:
        return {r.role for r in self.roles.all()}

    def has_role(self, role: str) -> bool:
        return role in self.role_set()


class ParticipantRole(models.Model):
    """One of a participant's roles at the event; a person may hold several."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="roles")
    role = models.CharField(_("role"), max_length=20, choices=Role.choices)

    class Meta:
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.UniqueConstraint(fields=["participant", "role"], name="events_role_once")
        ]

    def __str__(self) -> str:
        return self.get_role_display()


class PartnerInvitation(models.Model):
    """An invitation to a partner organization as a whole; it answers and names its people."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="partner_invitations")
    partner = models.ForeignKey(
        PartnerOrganization, on_delete=models.CASCADE, related_name="event_invitations"
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ParticipantStatus.choices,
        default=ParticipantStatus.INVITED,
    )
    token = models.CharField(max_length=64, unique=True, default=new_token, editable=False)
    invited_at = models.DateTimeField(_("invited at"), default=timezone.now)
    responded_at = models.DateTimeField(_("answered at"), null=True, blank=True)
    note = models.TextField(_("answer"), blank=True)

    class Meta:
        verbose_name = _("partner invitation")
        verbose_name_plural = _("partner invitations")
        constraints = [
            models.UniqueConstraint(fields=["event", "partner"], name="events_partner_invited_once")
        ]

    def __str__(self) -> str:
        return f"{self.partner} → {self.event}"


# --- Agenda and record ---------------------------------------------------------------------


class AgendaKind(models.TextChoices):
    OPENING = "opening", _("opening remarks")
    SPEECH = "speech", _("speech or presentation")
    CEREMONY = "ceremony", _("ceremony")
    SCREENING = "screening", _("screening")
    DISCUSSION = "discussion", _("discussion")
    MOTION = "motion", _("motion and vote")
    CLOSING = "closing", _("closing")


class AgendaItem(models.Model):
    """One item of the agenda; after the event the same row is its record.

    A speech item names its speaker and holds the text (full or a summary) per language and a
    quote for the report. A ceremony item names the honour given (or describes a gift). A
    screening item holds a video file or link. A motion item has its `Motion`.
    """

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="agenda")
    session = models.ForeignKey(
        EventSession,
        verbose_name=_("session"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda",
    )
    position = models.PositiveIntegerField(pgettext_lazy("order", "position"), default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=AgendaKind.choices)
    title_en = models.CharField(_("title (English)"), max_length=300, blank=True)
    title_ru = models.CharField(_("title (Russian)"), max_length=300, blank=True)
    title_zh_hans = models.CharField(_("title (Chinese)"), max_length=300, blank=True)
    title_de = models.CharField(_("title (German)"), max_length=300, blank=True)
    speaker = models.ForeignKey(
        Participant,
        verbose_name=_("speaker"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
    )
    text_en = models.TextField(_("text or summary (English)"), blank=True)
    text_ru = models.TextField(_("text or summary (Russian)"), blank=True)
    text_zh_hans = models.TextField(_("text or summary (Chinese)"), blank=True)
    text_de = models.TextField(_("text or summary (German)"), blank=True)
    quote_en = models.TextField(_("quote for the report (English)"), blank=True)
    quote_ru = models.TextField(_("quote for the report (Russian)"), blank=True)
    quote_zh_hans = models.TextField(_("quote for the report (Chinese)"), blank=True)
    quote_de = models.TextField(_("quote for the report (German)"), blank=True)
    honour = models.ForeignKey(
        Honour,
        verbose_name=_("honour given"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="agenda_items",
    )
    video = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("video file"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    video_url = models.URLField(_("video link"), blank=True)
    speaking_limit = models.PositiveIntegerField(
        _("speaking time per speaker (seconds)"), null=True, blank=True
    )
    started_at = models.DateTimeField(_("started at"), null=True, blank=True)
    ended_at = models.DateTimeField(_("ended at"), null=True, blank=True)

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")
        ordering = ["event", "position", "pk"]

    def __str__(self) -> str:
        return self.title or self.get_kind_display()

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def text(self) -> str:
        return localized(self, "text")

    @property
    def quote(self) -> str:
        return localized(self, "quote")


class AgendaAttachment(models.Model):
    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="attachments")
    document = models.ForeignKey("wagtaildocs.Document", on_delete=models.CASCADE, related_name="+")
    sort_order = models.IntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return str(self.document)


class MotionKind(models.TextChoices):
    YES_NO = "yes_no", _("yes / no / abstain")
    CHOICE = "choice", _("a choice among options (e.g. candidates)")


class Majority(models.TextChoices):
    SIMPLE = "simple", _("simple majority of votes cast")
    ABSOLUTE = "absolute", _("more than half of the eligible delegates")
    TWO_THIRDS = "two_thirds", _("two thirds of votes cast")
    UNANIMOUS = "unanimous", _("unanimous")


class MotionState(models.TextChoices):
    DRAFT = "draft", _("not yet opened")
    OPEN = "open", _("voting")
    CLOSED = "closed", _("closed")


class Motion(models.Model):
    """A question put to the vote and, once closed, its result for the record.

    `options` is the ordered list of choices ({"key": ..., "label_en": ..., ...}); for a
    yes/no motion they are yes, no and abstain. `result` holds the counts per option key once
    closed. Ballots themselves live in `rostra.assembly`, which writes the result here.
    """

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="motions")
    question_en = models.TextField(_("question (English)"), blank=True)
    question_ru = models.TextField(_("question (Russian)"), blank=True)
    question_zh_hans = models.TextField(_("question (Chinese)"), blank=True)
    question_de = models.TextField(_("question (German)"), blank=True)
    kind = models.CharField(
        _("kind"), max_length=20, choices=MotionKind.choices, default=MotionKind.YES_NO
    )
    options = models.JSONField(_("options"), default=list, blank=True)
    secret = models.BooleanField(_("secret ballot"), default=False)
    allow_proxy = models.BooleanField(_("votes may be handed over by proxy"), default=False)
    quorum = models.PositiveIntegerField(
        _("quorum (votes needed)"), null=True, blank=True, help_text=_("Empty: no quorum.")
    )
    majority = models.CharField(
        _("required majority"), max_length=20, choices=Majority.choices, default=Majority.SIMPLE
    )
    state = models.CharField(
        _("state"), max_length=20, choices=MotionState.choices, default=MotionState.DRAFT
    )
    opened_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    eligible_count = models.PositiveIntegerField(_("eligible delegates"), null=True, blank=True)
    result = models.JSONField(_("votes per option"), default=dict, blank=True)
    votes_cast = models.PositiveIntegerField(_("votes cast"), default=0)
    quorum_reached = models.BooleanField(null=True, blank=True)
    adopted = models.BooleanField(_("adopted"), null=True, blank=True)
    unanimous = models.BooleanField(_("unanimous"), default=False)
    winner = models.CharField(_("winning option"), max_length=60, blank=True)

    class Meta:
        verbose_name = _("motion")
        verbose_name_plural = _("motions")
        ordering = ["item", "pk"]

    def __str__(self) -> str:
        return self.question[:80]

    @property
    def question(self) -> str:
        return localized(self, "question")


# --- Photos and reports --------------------------------------------------------------------


class EventPhoto(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="photos")
    image = models.ForeignKey("wagtailimages.Image", on_delete=models.CASCADE, related_name="+")
    sort_order = models.IntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "pk"]

    def __str__(self) -> str:
        return str(self.image)


class EventReport(models.Model):
    """An event's report: one news article (in any language; translations are found by the
    article's translation key)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="reports")
    page = models.OneToOneField(
        "news.ArticlePage", on_delete=models.CASCADE, related_name="event_report"
    )
    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        verbose_name = _("event report")
        verbose_name_plural = _("event reports")

    def __str__(self) -> str:
        return f"{self.event} → {self.page}"
