"""rostra send_commemoration_digest UNIT: e-mail the upcoming dates to a committee's members."""

from __future__ import annotations

import datetime

from django.core.management.base import BaseCommand, CommandError

from rostra.org import actions
from rostra.org.models import Unit


class Command(BaseCommand):
    help = (
        "Send the upcoming commemorative dates to the current members of a unit (by slug), "
        "each in their own language. E-mail goes to the console unless EMAIL_HOST is set."
    )

    def add_arguments(self, parser) -> None:
        parser.add_argument("unit", help="The unit's slug, e.g. preparatory-committee.")
        parser.add_argument("--days", type=int, default=None, help="How far ahead to look.")
        parser.add_argument(
            "--today",
            type=datetime.date.fromisoformat,
            default=None,
            help="Pretend today is this date (YYYY-MM-DD).",
        )

    def handle(self, unit: str, days: int | None, today: datetime.date | None, **options) -> None:
        found = Unit.objects.filter(slug=unit).first()
        if found is None:
            raise CommandError(f"No unit with the slug {unit!r}.")
        if days is not None and days < 0:
            raise CommandError("--days must not be negative.")
        sent, observances = actions.do_send_commemoration_digest(found, today=today, days=days)
        self.stderr.write(
            f"{len(observances)} upcoming date(s); sent the digest to {sent} member(s) of "
            f"{found.name_en}."
        )
