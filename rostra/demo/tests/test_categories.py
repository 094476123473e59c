"""Categories are topics, each one snippet translated into all four languages."""

import pytest

from rostra.demo.content import association
from rostra.news.models import Category

pytestmark = pytest.mark.django_db


def test_it_translates_every_category_into_all_four_languages(demo_site):
    categories = association().categories
    english = Category.objects.filter(
        locale__language_code="en", slug__in=[texts["en"].slug for texts in categories.values()]
    )
    assert english.count() == len(categories) >= 6
    for category in english:
        languages = {c.locale.language_code for c in category.get_translations(inclusive=True)}
        assert languages == {"en", "ru", "zh-hans", "de"}, category
        russian = category.get_translation(
            category.get_translations().get(locale__language_code="ru").locale
        )
        assert russian.name != category.name
