"""Fixtures shared by every app's tests: named users, the four-language site, articles."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.auth.models import Group

from rostra.news import builders
from rostra.news.editorial import ADMINISTRATORS, CHIEF_EDITORS, EDITORS

LANGUAGES = ["en", "ru", "zh-hans", "de"]


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


def _user(django_user_model, username: str, first: str, last: str, group: str | None = None):
    user = django_user_model.objects.create_user(
        username=username,
        password="pass-" + username,
        first_name=first,
        last_name=last,
        email=f"{username}@example.org",
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return _user(django_user_model, "editor", "Elena", "Marsh", EDITORS)


@pytest.fixture
def chief_editor(db, django_user_model):
    return _user(django_user_model, "chief", "Tomas", "Weber", CHIEF_EDITORS)


@pytest.fixture
def administrator(db, django_user_model):
    return _user(django_user_model, "administrator", "Amal", "Haddad", ADMINISTRATORS)


@pytest.fixture
def outsider(db, django_user_model):
    return _user(django_user_model, "outsider", "Olaf", "Stone")


@pytest.fixture
def news_indexes(db) -> dict:
    """The news index of every language: {"en": ..., "ru": ..., "zh-hans": ..., "de": ...}."""
    return {language: builders.locale_tree(language) for language in LANGUAGES}


@pytest.fixture
def make_article(news_indexes, editor):
    """make_article(language="en", title=..., photos=0, tags=(), **fields) -> ArticlePage"""
    counter = {"n": 0}

    def make(language: str = "en", title: str | None = None, photos: int = 0, **fields):
        counter["n"] += 1
        n = counter["n"]
        gallery = [
            (builders.make_image(f"Photo {n}.{i}", size=(640, 427)), f"Caption {i}")
            for i in range(1, photos + 1)
        ]
        fields.setdefault("date", datetime.date(2026, 7, 22))
        fields.setdefault("owner", editor)
        return builders.create_article(
            news_indexes[language], title=title or f"Article {n}", gallery=gallery, **fields
        )

    return make
