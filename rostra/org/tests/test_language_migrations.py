"""The migrations to per-language places and tags lose nothing: data written in all four
languages before them reads the same after them (places land in the default language)."""

from __future__ import annotations

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [
    ("org", "0001_initial"),
    ("events", "0002_event_permissions"),
    ("news", "0003_drop_articlestats_updated_at"),
]
AFTER = [
    ("org", "0003_languages_from_settings"),
    ("events", "0004_languages_from_settings"),
    ("news", "0004_tags_per_language"),
]

NAMES = {
    "en": "Chapter in Russia",
    "ru": "Отделение в России",
    "zh_hans": "俄罗斯分会",
    "de": "Sektion Russland",
}


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_it_keeps_every_value_of_every_language_through_the_migrations():
    old = _migrate(BEFORE)
    try:
        Locale = old.get_model("wagtailcore", "Locale")
        locales = {loc.language_code: loc.pk for loc in Locale.objects.all()}
        Unit = old.get_model("org", "Unit")
        unit = Unit.objects.create(
            slug="chapter-ru",
            kind="chapter",
            country="Russia",
            **{f"name_{k}": v for k, v in NAMES.items()},
            **{f"description_{k}": f"{v}." for k, v in NAMES.items()},
        )
        Partner = old.get_model("org", "PartnerOrganization")
        Partner.objects.create(
            slug="library",
            kind="partner",
            country="Austria",
            city="Vienna",
            name_en="Library",
            name_ru="Библиотека",
            name_zh_hans="图书馆",
            name_de="Bibliothek",
        )
        Person = old.get_model("org", "Person")
        person = Person.objects.create(
            ref="p-1",
            original_name="李伟",
            name_en="Li Wei",
            name_ru="Ли Вэй",
            name_zh_hans="李伟",
            name_de="Li Wei",
            bio_ru="Биография.",
            bio_zh_hans="简介。",
        )
        Honour = old.get_model("org", "Honour")
        Honour.objects.create(
            kind="badge",
            date=datetime.date(2025, 6, 12),
            occasion="the annual meeting",
            title_en="Badge",
            title_ru="Знак",
            title_zh_hans="徽章",
            title_de="Abzeichen",
            recipient_person=person,
        )
        Kind = old.get_model("events", "EventKind")
        kind = Kind.objects.create(slug="congress", name_en="Congress", name_ru="Съезд")
        Event = old.get_model("events", "Event")
        start = timezone.now()
        Event.objects.create(
            slug="congress",
            kind=kind,
            start=start,
            end=start,
            city="Moscow",
            country="Russia",
            venue_name="Hall",
            title_en="Congress",
            title_ru="Съезд",
            title_zh_hans="代表大会",
            title_de="Kongress",
        )
        # An article per language with its tags (taggit's one-language tags).
        ContentType = old.get_model("contenttypes", "ContentType")
        Article = old.get_model("news", "ArticlePage")
        OldTag = old.get_model("taggit", "Tag")
        ArticleTag = old.get_model("news", "ArticleTag")
        article_type, _ = ContentType.objects.get_or_create(app_label="news", model="articlepage")
        shared = OldTag.objects.create(name="Moscow", slug="moscow")
        words = {"en": "congress", "ru": "съезд", "zh-hans": "代表大会", "de": "Kongress"}
        for n, (code, word) in enumerate(words.items()):
            page = Article.objects.create(
                title=f"Article {code}",
                draft_title=f"Article {code}",
                slug=f"a-{n}",
                path=f"0001ZZZ{n}",
                depth=2,
                locale_id=locales[code],
                content_type=article_type,
                date=datetime.date(2026, 7, 22),
                body="[]",
            )
            tag = OldTag.objects.create(name=word, slug=f"t-{n}")
            ArticleTag.objects.create(content_object=page, tag=tag)
            ArticleTag.objects.create(content_object=page, tag=shared)

        new = _migrate(AFTER)

        Unit = new.get_model("org", "Unit")
        unit = Unit.objects.get(slug="chapter-ru")
        assert {k: getattr(unit, f"name_{k}") for k in NAMES} == NAMES
        assert {k: getattr(unit, f"description_{k}") for k in NAMES} == {
            k: f"{v}." for k, v in NAMES.items()
        }
        assert (unit.country_en, unit.country_ru) == ("Russia", "")
        partner = new.get_model("org", "PartnerOrganization").objects.get(slug="library")
        assert (partner.country_en, partner.city_en) == ("Austria", "Vienna")
        assert (partner.name_ru, partner.name_zh_hans, partner.name_de) == (
            "Библиотека",
            "图书馆",
            "Bibliothek",
        )
        person = new.get_model("org", "Person").objects.get(ref="p-1")
        assert (person.name_ru, person.name_zh_hans, person.bio_zh_hans) == (
            "Ли Вэй",
            "李伟",
            "简介。",
        )
        honour = new.get_model("org", "Honour").objects.get()
        assert (honour.occasion_en, honour.title_zh_hans) == ("the annual meeting", "徽章")
        event = new.get_model("events", "Event").objects.get(slug="congress")
        assert (event.city_en, event.country_en, event.venue_name_en) == (
            "Moscow",
            "Russia",
            "Hall",
        )
        assert (event.title_ru, event.title_zh_hans, event.title_de) == (
            "Съезд",
            "代表大会",
            "Kongress",
        )

        Tag = new.get_model("news", "Tag")
        ArticleTag = new.get_model("news", "ArticleTag")
        for code, word in words.items():
            page = new.get_model("news", "ArticlePage").objects.get(title=f"Article {code}")
            tags = {
                (t.tag.name, t.tag.locale_id)
                for t in ArticleTag.objects.filter(content_object=page)
            }
            assert tags == {(word, locales[code]), ("Moscow", locales[code])}, code
        # "Moscow" became one tag per language, all translations of one another.
        moscow = Tag.objects.filter(name="Moscow")
        assert moscow.count() == 4
        assert len({t.translation_key for t in moscow}) == 1
    finally:
        _migrate(_latest())
