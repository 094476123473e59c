"""The stories, the home page, the registry and the events describe one invented world: the
same association, chairman, chapters, halls and award winners, in every language."""

from __future__ import annotations

import pytest
from django.utils import translation

from rostra.demo.content import all_stories, association
from rostra.events.models import Event
from rostra.org.models import Position, Unit

pytestmark = pytest.mark.django_db
LANGUAGES = ["en", "ru", "zh-hans", "de"]


def _story_text(key: str, language: str) -> str:
    story = next(story for story in all_stories() if story.key == key)
    text = story.texts[language]
    return " ".join([text.title, text.lead, *(str(vars(block)) for block in text.body)])


def test_the_registry_names_the_association_as_the_site_does(demo_site, client):
    site = association()
    unit = Unit.objects.get(slug="association")
    for language in LANGUAGES:
        with translation.override(language):
            assert unit.name == site.name[language]
    page = client.get("/en/org/").content.decode()
    assert site.name["en"] in page and "International Friendship Association" not in page


def test_the_chairman_is_the_one_the_stories_name(demo_site):
    chair = Position.objects.get(
        unit__slug="coordinating-committee", role="chair", end_date__isnull=True
    ).person
    for language in LANGUAGES:
        with translation.override(language):
            name = chair.name
        assert name in _story_text("congress-opens", language), language
        assert name in _story_text("congress-closes", language), language


def test_the_home_page_lists_the_registrys_chapters(demo_site, client):
    chapters = Unit.objects.filter(kind="chapter")
    assert chapters.count() == 6
    for language in LANGUAGES:
        intro = association().home_intro[language]
        with translation.override(language):
            for chapter in chapters:
                # "Germany" in the intro, "Chapter in Germany" in the registry (the country
                # is written alike in both in every language, nominative or not).
                country = chapter.country
                stem = country[:4] if language in ("ru", "de") else country
                assert stem in intro, (language, country)


def test_the_congress_record_and_its_stories_agree(demo_site):
    congress = Event.objects.get(slug="congress-2026")
    ceremony = congress.agenda.filter(kind="ceremony", honour__kind="badge").get()
    for language in LANGUAGES:
        stories = _story_text("congress-opens", language)
        with translation.override(language):
            assert ceremony.honour.recipient.name in stories, language
            assert (
                "Aurora" in congress.venue_name
                or "Аврора" in congress.venue_name
                or ("曙光" in congress.venue_name)
            )
        assert congress.local_start().date().day == 10
        assert congress.local_end().date().day == 12
    for key in ("congress-opens", "congress-closes"):
        assert "Aurora" in _story_text(key, "en")


def test_the_events_name_only_the_registrys_people_places_and_dates():
    from rostra.events.demo.data import problems

    assert problems() == []
