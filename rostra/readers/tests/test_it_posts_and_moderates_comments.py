"""A guest's comment waits for moderation; once approved it shows and counts."""

import re

import pytest
from django.core import mail

from rostra.news import builders
from rostra.readers import actions
from rostra.readers.models import Comment

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_wait")]


def _footer_count(html, response) -> int | None:
    text = html(response).select_one("main article footer").get_text(" ", strip=True)
    found = re.search(r"Comments: (\d+)", text)
    return int(found.group(1)) if found else None


def test_it_keeps_a_guest_comment_for_moderation(make_article, client, html, post_comment):
    article = make_article(title="Congress")
    response = post_comment(article, body="Well said.\nThanks!")
    assert response.status_code == 302
    assert response["Location"].endswith("?comment=pending#comments")
    comment = Comment.objects.get()
    assert comment.status == Comment.Status.PENDING
    assert (comment.name, comment.email, comment.page_id) == (
        "Guest Reader",
        "guest@example.org",
        article.pk,
    )

    page = client.get(response["Location"].split("#")[0])
    assert "once a moderator has approved it" in page.content.decode()
    assert "Well said." not in page.content.decode()
    assert _footer_count(html, page) == 0


def test_it_shows_an_approved_comment_and_counts_it(
    make_article, client, html, post_comment, moderator
):
    article = make_article(title="Congress")
    post_comment(article, body="Well said.")
    actions.do_moderate(Comment.objects.values_list("pk", flat=True), "approved", moderator)
    page = client.get(article.url)
    assert _footer_count(html, page) == 1
    text = html(page).select_one("#comments").get_text(" ", strip=True)
    assert "Well said." in text and "Guest Reader" in text
    assert "guest@example.org" not in page.content.decode()  # never shown


def test_it_counts_only_approved_comments(make_article, client, html, moderator):
    article = make_article()
    for n, status in enumerate(["approved", "pending", "rejected", "spam", "approved"]):
        c = actions.do_post_comment(article, body=f"c{n}", name="A", email="a@example.org")
        Comment.objects.filter(pk=c.pk).update(status=status)
    assert _footer_count(html, client.get(article.url)) == 2


def test_it_publishes_trusted_users_comments_at_once(
    make_article, client, moderator, outsider, settings, post_comment
):
    article = make_article()
    client.force_login(moderator)
    response = post_comment(article, body="From the moderator.", name=None, email=None)
    assert "?comment=published" in response["Location"]
    assert Comment.objects.get().status == Comment.Status.APPROVED

    settings.ROSTRA_COMMENTS_TRUSTED_AFTER = 1
    client.force_login(outsider)
    post_comment(article, body="First.", name=None, email=None)
    assert Comment.objects.get(body="First.").status == Comment.Status.PENDING
    actions.do_moderate([Comment.objects.get(body="First.").pk], "approved", moderator)
    post_comment(article, body="Second.", name=None, email=None)
    assert Comment.objects.get(body="Second.").status == Comment.Status.APPROVED


def test_it_needs_a_csrf_token_from_signed_in_readers(make_article, outsider):
    from django.test import Client

    from rostra.readers.forms import form_stamp

    article = make_article()
    browser = Client(enforce_csrf_checks=True)
    browser.force_login(outsider)
    response = browser.post(
        f"/en/comments/{article.pk}/", {"body": "Forged?", "shown": form_stamp()}
    )
    assert response.status_code == 403
    assert not Comment.objects.exists()


def test_it_allows_one_level_of_replies(make_article, client, html, moderator):
    article = make_article()
    top = actions.do_post_comment(article, body="Top", name="A", email="a@example.org")
    actions.do_moderate([top.pk], "approved", moderator)
    reply = actions.do_post_comment(
        article, body="Reply", name="B", email="b@example.org", parent_id=top.pk
    )
    actions.do_moderate([reply.pk], "approved", moderator)
    deeper = actions.do_post_comment(
        article, body="Deeper", name="C", email="c@example.org", parent_id=reply.pk
    )
    assert deeper.parent_id == top.pk  # joins the thread, no third level
    actions.do_moderate([deeper.pk], "approved", moderator)
    doc = html(client.get(article.url))
    replies = doc.select(f"#comment-{top.pk} .comment-replies > li")
    assert [r["id"] for r in replies] == [f"comment-{reply.pk}", f"comment-{deeper.pk}"]


def test_it_shows_comments_on_the_language_page_they_were_written_on(
    make_article, client, html, moderator
):
    english = make_article(title="Congress")
    russian = builders.translate_article(english, "ru", title="Конгресс")
    comment = actions.do_post_comment(russian, body="Отлично", name="Иван", email="i@example.org")
    actions.do_moderate([comment.pk], "approved", moderator)
    assert "Отлично" in client.get(russian.url).content.decode()
    assert "Отлично" not in client.get(english.url).content.decode()
    assert _footer_count(html, client.get(english.url)) == 0


def test_it_emails_the_moderators_and_an_author_who_asked(
    make_article, moderator, chief_editor, editor, post_comment, django_capture_on_commit_callbacks
):
    article = make_article(owner=editor)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(article, body="Hello")
    recipients = {to for message in mail.outbox for to in message.to}
    assert moderator.email in recipients and chief_editor.email in recipients
    assert editor.email not in recipients
    assert "Hello" in mail.outbox[0].body

    actions.do_set_preferences(editor, notify_comments_on_my_articles=True)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        post_comment(article, body="Again")
    assert editor.email in {to for message in mail.outbox for to in message.to}
