"""An article page costs the same few queries whatever its photos, tags and translations."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rostra.news import builders

MAX_QUERIES = 10


def _queries_for(client, url: str) -> int:
    client.get(url)  # first view: renditions are generated and stats row created
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


@pytest.mark.django_db
def test_it_renders_an_article_in_at_most_ten_queries_whatever_its_size(client, make_article):
    # One of each kind of thing against many of each: counts must not matter.
    small = make_article(
        title="Small",
        photos=1,
        tags=["one"],
        body=[("image", {"image": builders.make_image("Only", size=(640, 427)), "caption": ""})],
    )
    image = builders.make_image("Body photo", size=(640, 427))
    big = make_article(
        title="Big",
        photos=8,
        tags=["one", "two", "three", "four", "five"],
        body=[
            ("paragraph", "<p>Text</p>"),
            ("image", {"image": image, "caption": "In the hall"}),
            ("image", {"image": builders.make_image("Second", size=(640, 427)), "caption": ""}),
            ("quote", {"text": "We meet again.", "speaker": "Li Wei", "role": ""}),
        ],
    )
    for language, title in [("ru", "Большая"), ("de", "Groß"), ("zh-hans", "大")]:
        builders.translate_article(big, language, title=title)

    small_count = _queries_for(client, small.url)
    big_count = _queries_for(client, big.url)

    assert big_count <= MAX_QUERIES
    assert small_count == big_count
