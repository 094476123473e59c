"""The digest command e-mails a committee's members the upcoming dates, in their language."""

import datetime

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from rostra.org import builders
from rostra.org.models import CommemorativeDate, ConsentKind


@pytest.fixture
def committee_with_members(org_units):
    unit = org_units["preparatory"]
    consent = (ConsentKind.EMAIL,)
    german = builders.person(
        "p-de",
        "Lena Vogel",
        "Lena Vogel",
        home_unit=org_units["germany"],
        email="lena@example.org",
        language="de",
        consents=consent,
    )
    russian = builders.person(
        "p-ru",
        "Ольга Орлова",
        "Olga Orlova",
        "Ольга Орлова",
        email="olga@example.org",
        language="ru",
        consents=consent,
    )
    expired = builders.person("p-old", "Old Member", email="old@example.org", consents=consent)
    no_consent = builders.person("p-no", "Quiet Member", email="quiet@example.org")
    builders.membership(german, unit, start=datetime.date(2020, 1, 1))
    builders.membership(russian, unit, start=datetime.date(2020, 1, 1))
    builders.membership(
        expired, unit, start=datetime.date(2010, 1, 1), end=datetime.date(2015, 1, 1)
    )
    builders.membership(no_consent, unit, start=datetime.date(2020, 1, 1))
    CommemorativeDate.objects.create(
        month=6,
        day=12,
        year=1951,
        category="organization",
        title_en="Founding of the Association",
        title_ru="Основание Ассоциации",
        title_de="Gründung des Verbandes",
    )
    CommemorativeDate.objects.create(
        month=12, day=1, year=1960, category="culture", title_en="Far away"
    )
    return unit


@pytest.mark.django_db
def test_it_sends_each_current_member_the_upcoming_dates_in_their_language(
    committee_with_members, capsys
):
    call_command(
        "send_commemoration_digest",
        "preparatory-committee",
        "--today",
        "2026-05-01",
        "--days",
        "60",
    )

    assert sorted(m.to[0] for m in mail.outbox) == ["lena@example.org", "olga@example.org"]
    german = next(m for m in mail.outbox if m.to == ["lena@example.org"])
    russian = next(m for m in mail.outbox if m.to == ["olga@example.org"])
    assert "Gründung des Verbandes — 75. Jahrestag" in german.body
    assert "Основание Ассоциации — 75-я годовщина" in russian.body
    assert "Far away" not in german.body
    assert "sent the digest to 2 member(s)" in capsys.readouterr().err


@pytest.mark.django_db
def test_it_sends_nothing_when_nothing_is_coming_up(committee_with_members):
    call_command(
        "send_commemoration_digest",
        "preparatory-committee",
        "--today",
        "2026-07-01",
        "--days",
        "30",
    )
    assert mail.outbox == []


@pytest.mark.django_db
def test_it_names_an_unknown_committee():
    with pytest.raises(CommandError, match="No unit"):
        call_command("send_commemoration_digest", "no-such-committee")
