"""An article's body gives back the photos and files its editors chose, in their places."""

import pytest

from rostra.news import builders
from rostra.news.blocks import ArticleBodyBlock


@pytest.mark.django_db
def test_it_gives_each_place_its_photo_and_nothing_for_a_missing_one(django_assert_num_queries):
    first, second = builders.make_image("First"), builders.make_image("Second")
    chooser = ArticleBodyBlock().child_blocks["image"].child_blocks["image"]
    with django_assert_num_queries(1):
        loaded = chooser.bulk_to_python([first.pk, None, first.pk, second.pk + 1000, second.pk])
    assert [image.title if image else None for image in loaded] == [
        "First",
        None,
        "First",
        None,
        "Second",
    ]
    assert loaded[0] is not loaded[2]  # a photo chosen twice is two objects, as in Wagtail
