"""The admin: bulk moderation, an article's views per day, the week's most read."""

import datetime

import pytest
from django.utils import timezone

from rostra.readers import actions, counting
from rostra.readers.models import Comment, CommentSettings, DailyViews

pytestmark = pytest.mark.django_db


def test_it_moderates_in_bulk(client, make_article, moderator):
    article = make_article()
    ids = [
        actions.do_post_comment(article, body=f"c{n}", name="G", email="g@example.org").pk
        for n in range(4)
    ]
    client.force_login(moderator)
    queue = client.get("/admin/comments/")
    assert queue.status_code == 200
    assert all(f'value="{pk}"' in queue.content.decode() for pk in ids)
    client.post("/admin/comments/?status=pending", {"comment": ids[:2], "action": "approve"})
    client.post("/admin/comments/?status=pending", {"comment": ids[2:3], "action": "spam"})
    client.post("/admin/comments/?status=pending", {"comment": ids[3:], "action": "reject"})
    statuses = dict(Comment.objects.values_list("pk", "status"))
    assert [statuses[pk] for pk in ids] == ["approved", "approved", "spam", "rejected"]
    assert Comment.objects.get(pk=ids[0]).moderated_by == moderator


def test_it_keeps_the_queue_from_those_who_may_not_moderate(client, make_article, editor):
    client.force_login(editor)
    assert client.get("/admin/comments/").status_code in (302, 403)
    article = make_article()
    c = actions.do_post_comment(article, body="x", name="G", email="g@example.org")
    client.post("/admin/comments/", {"comment": [c.pk], "action": "approve"})
    assert Comment.objects.get(pk=c.pk).status == "pending"


def test_it_charts_an_articles_views_per_day(client, make_article, editor):
    article = make_article(owner=editor)
    today = timezone.localdate()
    for days_ago, views in [(0, 7), (1, 3), (5, 12)]:
        DailyViews.objects.create(
            page=article, date=today - datetime.timedelta(days=days_ago), views=views
        )
    counting.apply_counts({(article.pk, today.isoformat()): 1})
    client.force_login(editor)
    page = client.get(f"/admin/comments/views/{article.pk}/").content.decode()
    assert page.count('class="bar"') == 30
    assert "Last 30 days: 23." in page
    client.post(f"/admin/comments/views/{article.pk}/", {"closed": "1"})
    assert CommentSettings.objects.get(page=article).closed


def test_it_lists_the_weeks_most_read_on_the_dashboard(client, make_article, chief_editor):
    today = timezone.localdate()
    popular, quiet, old = (make_article(title=t) for t in ("Popular", "Quiet", "Old news"))
    DailyViews.objects.create(page=popular, date=today, views=50)
    DailyViews.objects.create(page=quiet, date=today - datetime.timedelta(days=2), views=5)
    DailyViews.objects.create(page=old, date=today - datetime.timedelta(days=9), views=500)
    client.force_login(chief_editor)
    dashboard = client.get("/admin/").content.decode()
    panel = dashboard[dashboard.index("Most read this week") :]
    assert panel.index("Popular") < panel.index("Quiet")
    assert "Old news" not in panel[: panel.index("</section>")]
