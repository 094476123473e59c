"""The demo loads with a fifth language configured: its frame, categories and registry get
pages and fields in Spanish, falling back to the English words the data has (#17)."""

from __future__ import annotations

import pytest
from django.utils import translation

from rostra.demo import categories, site
from rostra.news.models import Category, NewsIndexPage
from rostra.org.demo import load_org_demo
from rostra.org.models import Unit

pytestmark = pytest.mark.django_db


def test_the_demo_frame_and_registry_fall_back_to_english_in_spanish(client):
    indexes, _changes = site.ensure_site()
    assert "es" in indexes
    assert NewsIndexPage.objects.filter(locale__language_code="es").exists()
    topics, _created = categories.ensure_categories()
    spanish = topics["congresses"]["es"]
    assert spanish.name == "Congresses" and Category.objects.filter(pk=spanish.pk).exists()
    load_org_demo()
    with translation.override("es"):
        assert Unit.objects.get(slug="chapter-de").name == "Chapter in Germany"
    assert client.get("/es/").status_code == 200
    assert client.get("/es/org/").status_code == 200
