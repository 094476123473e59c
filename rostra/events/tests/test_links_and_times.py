"""Links in e-mails come from SITE_URL; times are the event's own, with its zone's name;
every event page offers its own calendar file."""

from __future__ import annotations

import datetime

from django.core import mail
from django.template.loader import render_to_string
from icalendar import Calendar


def test_the_approval_email_links_to_site_url(make_article, settings, editor):
    settings.SITE_URL = "https://friends.example.org"
    page = make_article(title="Approved story")

    class Revision:
        content_object = page

    body = render_to_string(
        "wagtailadmin/notifications/approved.txt", {"revision": Revision(), "user": editor}
    )
    assert "https://friends.example.org/en/" in body
    assert "localhost" not in body


def test_the_comment_email_links_to_site_url(make_article, settings, moderator):
    from rostra.readers.models import Comment
    from rostra.readers.tasks import notify_new_comment

    settings.SITE_URL = "https://friends.example.org"
    page = make_article(title="Commented story")
    comment = Comment.objects.create(page=page, name="Reader", body="Thank you")
    notify_new_comment.call(comment.pk)
    assert mail.outbox
    assert "https://friends.example.org/en/" in mail.outbox[-1].body
    assert "localhost" not in mail.outbox[-1].body


def test_the_admin_list_and_the_desk_show_the_events_own_time(client, held_event, event_organizer):
    client.force_login(event_organizer)
    listing = client.get("/admin/events/events/").content.decode()
    assert "May 9, 2030, 6 p.m. (Europe/Moscow)" in listing
    chair = held_event.people["chair"]
    chair.checked_in_at = datetime.datetime(2030, 5, 9, 14, 55, tzinfo=datetime.UTC)
    chair.save()
    desk = client.get(f"/admin/events/{held_event.pk}/desk/").content.decode()
    assert "at the door, 5:55 p.m. (Europe/Moscow)" in desk


def test_every_event_page_has_its_own_calendar_file(client, event, html):
    page = html(client.get("/en/events/spring-congress/"))
    link = page.select_one("a.events-ics")
    assert link is not None and link["href"] == "/en/events/spring-congress/event.ics"
    response = client.get(link["href"])
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = list(calendar.walk("VEVENT"))
    assert [str(e["summary"]) for e in events] == ["Spring Congress"]


def test_the_russian_page_has_one_date_style_and_no_offset(client, event, html):
    page = html(client.get("/ru/events/spring-congress/"))
    when = page.select_one(".events-when").get_text(" ", strip=True)
    assert "9 мая 2030 г., 18:00–21:00" in when and "(Europe/Moscow)" in when
    assert "UTC" not in when


def test_the_chinese_page_and_minutes_put_the_zone_in_full_width_brackets(
    client, event, chair, html
):
    page = html(client.get("/zh-hans/events/spring-congress/"))
    when = page.select_one(".events-when").get_text("", strip=True)
    assert "21:00（Europe/Moscow）" in when
    assert "(" not in when.split("）")[0]
    client.force_login(chair)
    minutes = client.get("/zh-hans/events/spring-congress/minutes/").content.decode()
    assert "（Europe/Moscow）" in minutes and "(Europe/Moscow)" not in minutes
