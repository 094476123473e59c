"""The comments section costs the article page one query, whatever its comments."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from rostra.readers import actions

pytestmark = pytest.mark.django_db


def _queries(client, url) -> int:
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len([q for q in captured.captured_queries if "readers_" in q["sql"]])


def test_it_reads_comments_and_their_settings_in_one_query(make_article, client, moderator):
    quiet = make_article(title="Quiet")
    busy = make_article(title="Busy")
    top = actions.do_post_comment(busy, body="Top", name="A", email="a@example.org")
    replies = [
        actions.do_post_comment(busy, body=f"R{n}", name="B", email="b@example.org", parent_id=None)
        for n in range(4)
    ]
    actions.do_moderate([top.pk, *[r.pk for r in replies]], "approved", moderator)
    actions.do_set_comments_closed(busy, True, moderator)
    assert _queries(client, quiet.url) == _queries(client, busy.url) == 1
    page = client.get(busy.url).content.decode()
    assert "Comments are closed." in page and "R3" in page
