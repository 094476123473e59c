"""The organization registry: units, people, memberships, positions, partners, honours, dates.

Names and texts that readers see are stored once per language in parallel fields (`name_en`,
`name_ru`, `name_zh_hans`, `name_de`) and read with `rostra.org.i18n.localized`. Contact
details live on `Person` and are shown only to those who manage the person (permissions.py).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Case, F, Q, Value, When
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model_string

from rostra.org import anniversaries
from rostra.org.i18n import localized
from rostra.org.status import ManualStatus, MembershipStatus, compute_status, grace_days, new_days


def _today() -> datetime.date:
    return timezone.localdate()


def _one_of(*fields: str) -> Q:
    """Exactly one of the nullable foreign keys `fields` is set."""
    alternatives = Q()
    for chosen in fields:
        condition = Q(**{f"{chosen}__isnull": False})
        for other in fields:
            if other != chosen:
                condition &= Q(**{f"{other}__isnull": True})
        alternatives |= condition
    return alternatives


# --- Units ---------------------------------------------------------------------------------


class UnitKind(models.TextChoices):
    ORGANIZATION = "organization", _("organization")
    COMMITTEE = "committee", _("committee")
    CHAPTER = "chapter", _("chapter")
    REPRESENTATION = "representation", _("representation")


class Unit(models.Model):
    """A node of the organization's tree: the organization, a committee, a chapter."""

    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)
    kind = models.CharField(_("kind"), max_length=20, choices=UnitKind.choices)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("part of"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )
    country = models.CharField(
        _("country or region"), max_length=80, blank=True, help_text=_("For chapters.")
    )
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_zh_hans = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    name_de = models.CharField(_("name (German)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_zh_hans = models.TextField(_("description (Chinese)"), blank=True)
    description_de = models.TextField(_("description (German)"), blank=True)
    is_public = models.BooleanField(_("shown on the public structure page"), default=True)
    sort_order = models.IntegerField(_("order"), default=0)

    class Meta:
        verbose_name = _("unit")
        verbose_name_plural = _("units")
        ordering = ["sort_order", "name_en"]
        permissions = [("administer_org", _("Can manage the whole organization registry"))]

    def __str__(self) -> str:
        return self.name_en

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def description(self) -> str:
        return localized(self, "description")

    def clean(self) -> None:
        # A unit may not sit inside itself or one of its own sub-units.
        node, seen = self.parent, set()
        while node is not None and self.pk is not None:
            if node.pk == self.pk or node.pk in seen:
                raise ValidationError({"parent": _("A unit cannot be part of itself.")})
            seen.add(node.pk)
            node = node.parent


def descendant_ids(root_ids: set[int]) -> set[int]:
    """`root_ids` and every unit below them, found with one query over the (small) tree."""
    children: dict[int | None, list[int]] = {}
    for pk, parent_id in Unit.objects.values_list("pk", "parent_id"):
        children.setdefault(parent_id, []).append(pk)
    found, stack = set(), list(root_ids)
    while stack:
        pk = stack.pop()
        if pk not in found:
            found.add(pk)
            stack.extend(children.get(pk, []))
    return found


# --- People --------------------------------------------------------------------------------


class Person(models.Model):
    """A person in the registry: a member, an officer, a partner's representative, a guest."""

    ref = models.SlugField(
        _("registry number"),
        max_length=40,
        unique=True,
        help_text=_("A stable key used in imports and in the public profile address."),
    )
    original_name = models.CharField(
        _("name in the original script"), max_length=200, help_text=_("e.g. 李伟")
    )
    name_en = models.CharField(_("name (English)"), max_length=200, blank=True)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_zh_hans = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    name_de = models.CharField(_("name (German)"), max_length=200, blank=True)
    home_unit = models.ForeignKey(
        Unit,
        verbose_name=_("record kept by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="people",
        help_text=_("The chapter whose secretary manages this person's record."),
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("site account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    # Private: visible only to those who manage the person.
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    address = models.TextField(_("postal address"), blank=True)
    language = models.CharField(
        _("language for correspondence"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
    )
    # Public profile: shown only when enabled and the person has opted in (Consent).
    public_profile = models.BooleanField(_("public profile"), default=False)
    photo = models.ForeignKey(
        get_image_model_string(),
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    bio_en = models.TextField(_("biography (English)"), blank=True)
    bio_ru = models.TextField(_("biography (Russian)"), blank=True)
    bio_zh_hans = models.TextField(_("biography (Chinese)"), blank=True)
    bio_de = models.TextField(_("biography (German)"), blank=True)
    created_at = models.DateTimeField(default=timezone.now, editable=False)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["name_en", "original_name"]

    def __str__(self) -> str:
        if self.name_en and self.name_en != self.original_name:
            return f"{self.name_en} ({self.original_name})"
        return self.original_name

    @property
    def name(self) -> str:
        return localized(self, "name", fallback="original_name")

    @property
    def bio(self) -> str:
        return localized(self, "bio")

    def has_consent(self, kind: str) -> bool:
        return self.consents.filter(kind=kind, withdrawn_at__isnull=True).exists()

    @property
    def profile_is_public(self) -> bool:
        return self.public_profile and self.has_consent(ConsentKind.PUBLIC_PROFILE)


class ConsentKind(models.TextChoices):
    PUBLIC_PROFILE = "public_profile", _("publish a public profile")
    EMAIL = "email", _("receive the organization's e-mails")


class Consent(models.Model):
    """An opt-in, recorded with when and by whom; withdrawing it keeps the record."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="consents")
    kind = models.CharField(_("consent to"), max_length=20, choices=ConsentKind.choices)
    given_at = models.DateTimeField(_("given at"), default=timezone.now)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.CharField(
        _("how it was given"), max_length=200, blank=True, help_text=_("e.g. signed form")
    )

    class Meta:
        verbose_name = _("consent")
        verbose_name_plural = _("consents")
        ordering = ["-given_at"]

    def __str__(self) -> str:
        return f"{self.person}: {self.get_kind_display()}"


# --- Memberships ---------------------------------------------------------------------------


class MembershipType(models.TextChoices):
    MEMBER = "member", _("member")
    CANDIDATE = "candidate", _("candidate member")
    ACTIVIST = "activist", _("activist")
    HONORARY = "honorary", _("honorary member")


class MembershipQuerySet(models.QuerySet):
    def with_status(self, today: datetime.date | None = None) -> MembershipQuerySet:
        """Annotate `computed_status`: `status.compute_status` in SQL, for filters and counts."""
        today = today or _today()
        new_from = today - datetime.timedelta(days=new_days() - 1)
        grace_from = today - datetime.timedelta(days=grace_days())
        return self.annotate(
            computed_status=Case(
                When(manual_status=ManualStatus.LEFT, then=Value(MembershipStatus.LEFT)),
                When(manual_status=ManualStatus.SUSPENDED, then=Value(MembershipStatus.SUSPENDED)),
                When(start_date__gt=today, then=Value(MembershipStatus.PENDING)),
                When(
                    end_date__lt=today,
                    end_date__gte=grace_from,
                    then=Value(MembershipStatus.GRACE),
                ),
                When(end_date__lt=grace_from, then=Value(MembershipStatus.EXPIRED)),
                When(start_date__gte=new_from, then=Value(MembershipStatus.NEW)),
                default=Value(MembershipStatus.CURRENT),
                output_field=models.CharField(),
            )
        )

    def active(self, today: datetime.date | None = None) -> MembershipQuerySet:
        from rostra.org.status import ACTIVE_STATUSES

        return self.with_status(today).filter(computed_status__in=ACTIVE_STATUSES)


class Membership(models.Model):
    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="memberships"
    )
    unit = models.ForeignKey(
        Unit, verbose_name=_("unit"), on_delete=models.PROTECT, related_name="memberships"
    )
    type = models.CharField(
        _("type"), max_length=20, choices=MembershipType.choices, default=MembershipType.MEMBER
    )
    start_date = models.DateField(_("from"), default=_today)
    end_date = models.DateField(
        _("until"), null=True, blank=True, help_text=_("Last day covered; empty = open-ended.")
    )
    manual_status = models.CharField(
        _("manual status"), max_length=20, choices=ManualStatus.choices, blank=True, default=""
    )
    manual_status_date = models.DateField(_("manual status since"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["-start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="org_membership_end_after_start",
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} — {self.unit} ({self.get_type_display()})"

    def status(self, today: datetime.date | None = None) -> MembershipStatus:
        return compute_status(
            start=self.start_date,
            end=self.end_date,
            manual=self.manual_status,
            today=today or _today(),
            new_period_days=new_days(),
            grace_period_days=grace_days(),
        )

    def status_label(self) -> str:
        return self.status().label

    status_label.short_description = _("status")  # type: ignore[attr-defined]

    def clean(self) -> None:
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})


# --- Partner organizations -----------------------------------------------------------------


class PartnerKind(models.TextChoices):
    PARTNER = "partner", _("partner")
    FRIENDLY = "friendly", _("friendly organization")
    MEDIA = "media", _("media")
    EMBASSY = "embassy", _("embassy")
    INSTITUTION = "institution", _("institution")


class PartnerOrganization(models.Model):
    slug = models.SlugField(_("slug"), max_length=80, unique=True, allow_unicode=True)
    kind = models.CharField(_("relationship"), max_length=20, choices=PartnerKind.choices)
    name_en = models.CharField(_("name (English)"), max_length=200)
    name_ru = models.CharField(_("name (Russian)"), max_length=200, blank=True)
    name_zh_hans = models.CharField(_("name (Chinese)"), max_length=200, blank=True)
    name_de = models.CharField(_("name (German)"), max_length=200, blank=True)
    description_en = models.TextField(_("description (English)"), blank=True)
    description_ru = models.TextField(_("description (Russian)"), blank=True)
    description_zh_hans = models.TextField(_("description (Chinese)"), blank=True)
    description_de = models.TextField(_("description (German)"), blank=True)
    country = models.CharField(_("country"), max_length=80, blank=True)
    city = models.CharField(_("city"), max_length=80, blank=True)
    website = models.URLField(_("website"), blank=True)
    # Private: the organization's contact at the partner, for administrators only.
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    is_public = models.BooleanField(_("shown on the public partners page"), default=True)

    class Meta:
        verbose_name = _("partner organization")
        verbose_name_plural = _("partner organizations")
        ordering = ["kind", "name_en"]

    def __str__(self) -> str:
        return self.name_en

    @property
    def name(self) -> str:
        return localized(self, "name")

    @property
    def description(self) -> str:
        return localized(self, "description")


# --- Positions -----------------------------------------------------------------------------


class PositionRole(models.TextChoices):
    CHAIR = "chair", _("chair")
    VICE_CHAIR = "vice_chair", _("vice-chair")
    SECRETARY = "secretary", _("secretary")
    TREASURER = "treasurer", _("treasurer")
    MEMBER = "member", _("member of the body")
    REPRESENTATIVE = "representative", _("representative")
    OTHER = "other", _("other")


class PositionQuerySet(models.QuerySet):
    def current(self, today: datetime.date | None = None) -> PositionQuerySet:
        today = today or _today()
        return self.filter(start_date__lte=today).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=today)
        )


class Position(models.Model):
    """An office held in a unit or a partner organization. Ended, never deleted: history."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.PROTECT, related_name="positions"
    )
    unit = models.ForeignKey(
        Unit,
        verbose_name=_("unit"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="positions",
    )
    partner = models.ForeignKey(
        PartnerOrganization,
        verbose_name=_("partner organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="positions",
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=PositionRole.choices,
        default=PositionRole.OTHER,
        help_text=_("A unit's secretary manages the people and memberships of that unit."),
    )
    title_en = models.CharField(
        _("title (English)"),
        max_length=200,
        help_text=_("e.g. Chairman of the Coordination Committee"),
    )
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_zh_hans = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    title_de = models.CharField(_("title (German)"), max_length=200, blank=True)
    start_date = models.DateField(_("from"), default=_today)
    end_date = models.DateField(_("until"), null=True, blank=True)
    is_public = models.BooleanField(_("shown publicly"), default=True)
    sort_order = models.IntegerField(_("order"), default=0)

    objects = PositionQuerySet.as_manager()

    class Meta:
        verbose_name = _("position")
        verbose_name_plural = _("positions")
        ordering = ["sort_order", "start_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=_one_of("unit", "partner"), name="org_position_in_unit_or_partner"
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="org_position_end_after_start",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.title_en}: {self.person}"

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def organization(self) -> Unit | PartnerOrganization | None:
        return self.unit or self.partner

    def is_current(self, today: datetime.date | None = None) -> bool:
        today = today or _today()
        return self.start_date <= today and (self.end_date is None or self.end_date >= today)

    def clean(self) -> None:
        if bool(self.unit_id) == bool(self.partner_id):
            raise ValidationError(_("Choose either a unit or a partner organization."))
        if self.end_date and self.start_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The end date is before the start date.")})


# --- Honours -------------------------------------------------------------------------------


class HonourKind(models.TextChoices):
    AWARD = "award", _("award")
    BADGE = "badge", _("badge")
    GIFT = "gift", _("gift")
    CERTIFICATE = "certificate", _("certificate of honour")


class Honour(models.Model):
    """An award, badge or gift given to a person or an organization."""

    kind = models.CharField(_("kind"), max_length=20, choices=HonourKind.choices)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_zh_hans = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    title_de = models.CharField(_("title (German)"), max_length=200, blank=True)
    date = models.DateField(_("date"))
    occasion = models.CharField(
        _("occasion"), max_length=300, blank=True, help_text=_("e.g. the 70th anniversary congress")
    )
    recipient_person = models.ForeignKey(
        Person,
        verbose_name=_("given to (person)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="honours",
    )
    recipient_partner = models.ForeignKey(
        PartnerOrganization,
        verbose_name=_("given to (partner organization)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="honours",
    )
    recipient_unit = models.ForeignKey(
        Unit,
        verbose_name=_("given to (our unit)"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="honours_received",
    )
    given_by_unit = models.ForeignKey(
        Unit,
        verbose_name=_("given by (our unit)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="honours_given",
    )
    given_by_partner = models.ForeignKey(
        PartnerOrganization,
        verbose_name=_("given by (partner organization)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="honours_given",
    )
    given_by_person = models.ForeignKey(
        Person,
        verbose_name=_("presented by (person)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="honours_presented",
    )

    class Meta:
        verbose_name = _("honour")
        verbose_name_plural = _("honours")
        ordering = ["-date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=_one_of("recipient_person", "recipient_partner", "recipient_unit"),
                name="org_honour_one_recipient",
            )
        ]

    def __str__(self) -> str:
        return f"{self.title_en} → {self.recipient}"

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def recipient(self) -> Person | PartnerOrganization | Unit | None:
        return self.recipient_person or self.recipient_partner or self.recipient_unit

    @property
    def giver(self) -> Person | PartnerOrganization | Unit | None:
        return self.given_by_person or self.given_by_unit or self.given_by_partner

    def clean(self) -> None:
        recipients = [self.recipient_person_id, self.recipient_partner_id, self.recipient_unit_id]
        if sum(1 for r in recipients if r) != 1:
            raise ValidationError(_("Choose exactly one recipient."))


# --- Commemorative dates -------------------------------------------------------------------


class CommemorationCategory(models.TextChoices):
    HISTORY = "history", _("historical event")
    ORGANIZATION = "organization", _("our organization")
    PARTNER = "partner", _("partner organizations")
    INTERNATIONAL = "international", _("international day")
    CULTURE = "culture", _("culture and science")
    MEMORIAL = "memorial", _("day of remembrance")


@dataclass(frozen=True)
class Observance:
    """One commemorative date as it falls in a given year."""

    commemoration: CommemorativeDate
    date: datetime.date
    number: int | None  # 75 for the 75th anniversary; None if the event year is unknown
    round_step: int | None  # 10 or 5 (the largest step that divides `number`), else None

    @property
    def is_round(self) -> bool:
        return self.round_step is not None

    def label(self, language: str) -> str:
        return anniversaries.ordinal_label(self.number, language) if self.number else ""

    @property
    def prepare_from(self) -> datetime.date:
        return self.date - datetime.timedelta(days=self.commemoration.planning_days)


class CommemorativeDate(models.Model):
    month = models.PositiveSmallIntegerField(_("month"))
    day = models.PositiveSmallIntegerField(_("day"))
    year = models.IntegerField(
        _("year of the original event"), null=True, blank=True, help_text=_("e.g. 1950")
    )
    category = models.CharField(_("category"), max_length=20, choices=CommemorationCategory.choices)
    title_en = models.CharField(_("title (English)"), max_length=200)
    title_ru = models.CharField(_("title (Russian)"), max_length=200, blank=True)
    title_zh_hans = models.CharField(_("title (Chinese)"), max_length=200, blank=True)
    title_de = models.CharField(_("title (German)"), max_length=200, blank=True)
    note_en = models.TextField(_("note (English)"), blank=True)
    note_ru = models.TextField(_("note (Russian)"), blank=True)
    note_zh_hans = models.TextField(_("note (Chinese)"), blank=True)
    note_de = models.TextField(_("note (German)"), blank=True)
    lead_days = models.PositiveIntegerField(
        _("planning lead time (days)"),
        null=True,
        blank=True,
        help_text=_("How long before the date preparations should start; empty = default."),
    )
    is_public = models.BooleanField(_("shown in the public calendar"), default=True)

    class Meta:
        verbose_name = _("commemorative date")
        verbose_name_plural = _("commemorative dates")
        ordering = ["month", "day", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(month__gte=1, month__lte=12, day__gte=1, day__lte=31),
                name="org_commemoration_day_month_range",
            )
        ]

    def __str__(self) -> str:
        year = f" {self.year}" if self.year else ""
        return f"{self.day:02d}.{self.month:02d}{year} {self.title_en}"

    @property
    def title(self) -> str:
        return localized(self, "title")

    @property
    def note(self) -> str:
        return localized(self, "note")

    @property
    def planning_days(self) -> int:
        return self.lead_days if self.lead_days is not None else anniversaries.lead_days()

    def clean(self) -> None:
        if not anniversaries.is_valid_day(self.month or 0, self.day or 0):
            raise ValidationError({"day": _("This day does not exist in that month.")})

    def observance(self, year: int) -> Observance:
        number = anniversaries.anniversary_number(self.year, year)
        return Observance(
            commemoration=self,
            date=anniversaries.observed_date(self.month, self.day, year),
            number=number,
            round_step=anniversaries.round_step(number),
        )


def observances_between(
    start: datetime.date, end: datetime.date, dates: list[CommemorativeDate] | None = None
) -> list[Observance]:
    """Every observance with start <= date <= end, in date order (spans year ends)."""
    if dates is None:
        dates = list(CommemorativeDate.objects.all())
    found = []
    for year in range(start.year, end.year + 1):
        for commemoration in dates:
            observance = commemoration.observance(year)
            if start <= observance.date <= end:
                found.append(observance)
    found.sort(key=lambda o: (o.date, o.commemoration.pk))
    return found


def upcoming(
    today: datetime.date, days: int | None = None, dates: list[CommemorativeDate] | None = None
) -> list[Observance]:
    """Observances from today through today + `days` (default: the configured lead time)."""
    days = anniversaries.lead_days() if days is None else days
    return observances_between(today, today + datetime.timedelta(days=days), dates)


# --- CSV imports from the admin (org.csvjobs) ------------------------------------------------


class ImportStatus(models.TextChoices):
    PREVIEW = "preview", _("waiting for confirmation")
    QUEUED = "queued", _("queued")
    CHECKING = "checking", _("checking the rows")
    WRITING = "writing", _("writing the rows")
    DONE = "done", _("imported")
    FAILED = "failed", _("nothing imported")


class ImportJob(models.Model):
    """An uploaded CSV file, from its preview to its result. The file stays in the database
    so that a background worker in another process can read it."""

    kind = models.CharField(_("what the file holds"), max_length=20)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.CASCADE, related_name="+"
    )
    file_name = models.CharField(_("file"), max_length=255, blank=True)
    data = models.BinaryField()
    encoding = models.CharField(_("encoding"), max_length=20, blank=True)  # "": detect
    status = models.CharField(
        _("status"), max_length=20, choices=ImportStatus.choices, default=ImportStatus.PREVIEW
    )
    done_rows = models.PositiveIntegerField(default=0)
    total_rows = models.PositiveIntegerField(default=0)
    created_rows = models.PositiveIntegerField(default=0)
    updated_rows = models.PositiveIntegerField(default=0)
    errors = models.JSONField(default=list, blank=True)  # [[line, column, message], ...]
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("CSV import")
        verbose_name_plural = _("CSV imports")

    RUNNING = (ImportStatus.QUEUED, ImportStatus.CHECKING, ImportStatus.WRITING)

    def __str__(self) -> str:
        return f"{self.file_name} ({self.kind}, {self.get_status_display()})"

    @property
    def is_running(self) -> bool:
        return self.status in self.RUNNING

    @property
    def is_stale(self) -> bool:
        """Running but not heard of for long: the process that ran it stopped."""
        quiet = timezone.now() - self.updated_at
        return self.is_running and quiet > datetime.timedelta(minutes=5)
