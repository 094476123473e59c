"""A refused comment comes back in the form, with the text intact and a clear message."""

import datetime

import pytest
from django.utils import timezone

from rostra.readers import actions
from rostra.readers.models import Comment

pytestmark = pytest.mark.django_db


def _form(html, response):
    return html(response).select_one("#comment-form")


def test_it_refuses_a_form_sent_too_fast_and_keeps_the_text(make_article, html, post_comment):
    article = make_article()
    response = post_comment(article, body="My careful words")
    assert response.status_code == 400
    form = _form(html, response)
    assert form.select_one("textarea").get_text().removeprefix("\n") == "My careful words"
    assert "very quick" in form.get_text()
    assert form.select_one("input[name=name]")["value"] == "Guest Reader"
    assert not Comment.objects.exists()


@pytest.mark.usefixtures("no_wait")
def test_it_refuses_a_too_long_comment_and_keeps_the_text(
    make_article, html, post_comment, settings
):
    settings.ROSTRA_COMMENTS_MAX_LENGTH = 200
    article = make_article()
    text = "Long " * 60
    response = post_comment(article, body=text)
    assert response.status_code == 400
    form = _form(html, response)
    assert form.select_one("textarea").get_text().removeprefix("\n").strip() == text.strip()
    assert "the limit is 200" in form.get_text()


@pytest.mark.usefixtures("no_wait")
def test_it_asks_for_a_missing_name_in_the_readers_language(make_article, html, post_comment):
    from rostra.news import builders

    russian = builders.translate_article(make_article(), "ru", title="Статья")
    response = post_comment(russian, body="Текст", name="")
    assert response.status_code == 400
    form = _form(html, response)
    assert form.select_one("textarea").get_text().removeprefix("\n") == "Текст"
    assert "Please give your name" not in form.get_text()
    assert form.select_one(".error") is not None


@pytest.mark.usefixtures("no_wait")
def test_it_refuses_what_fills_the_honeypot(make_article, post_comment):
    response = post_comment(make_article(), website="http://spam.example")
    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.usefixtures("no_wait")
def test_it_refuses_a_forged_stamp(make_article, post_comment):
    response = post_comment(make_article(), shown="12345:forged")
    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.usefixtures("no_wait")
def test_it_accepts_a_form_stamp_once(make_article, html, post_comment, settings):
    from rostra.readers.forms import form_stamp

    settings.ROSTRA_COMMENTS_RATE_LIMIT = 100  # the stamp alone must stop the replay
    article = make_article()
    stamp = form_stamp()
    responses = [
        post_comment(article, shown=stamp, body=f"Replay {n}.", email=f"r{n}@example.org")
        for n in range(5)
    ]
    assert responses[0].status_code == 302
    assert [r.status_code for r in responses[1:]] == [400] * 4
    assert Comment.objects.count() == 1
    refused = _form(html, responses[1])
    assert "already sent" in refused.get_text()
    assert "Replay 1." in refused.select_one("textarea").get_text()  # the text comes back


@pytest.mark.usefixtures("no_wait")
def test_it_refuses_a_stamp_older_than_a_day(make_article, post_comment, monkeypatch):
    from rostra.readers import forms

    stamp = forms.form_stamp()
    later = forms.time.time() + forms.FORM_MAX_AGE + 1
    monkeypatch.setattr(forms.time, "time", lambda: later)
    response = post_comment(make_article(), shown=stamp)
    assert response.status_code == 400
    assert not Comment.objects.exists()


@pytest.mark.usefixtures("no_wait")
def test_it_limits_comments_per_address_and_stores_no_address(
    make_article, html, post_comment, settings
):
    from django.core.cache import cache

    settings.ROSTRA_COMMENTS_RATE_LIMIT = 2
    article = make_article()
    assert post_comment(article, body="one").status_code == 302
    assert post_comment(article, body="two").status_code == 302
    refused = post_comment(article, body="three")
    assert refused.status_code == 400
    assert _form(html, refused).select_one("textarea").get_text().removeprefix("\n") == "three"
    assert "several comments in a short time" in _form(html, refused).get_text()
    assert Comment.objects.count() == 2
    from rostra.readers import visitors

    hashed = visitors.address_hash("127.0.0.1", "comment")
    assert "127" not in hashed
    assert cache.get("readers:rate:" + hashed) == 3  # counted under the hash only
    assert cache.get("readers:rate:127.0.0.1") is None


@pytest.mark.usefixtures("no_wait")
def test_it_closes_comments_per_article_and_after_some_days(
    make_article, html, client, post_comment, chief_editor, settings
):
    article = make_article(date=timezone.localdate())
    actions.do_set_comments_closed(article, True, chief_editor)
    response = post_comment(article, body="Late")
    assert response.status_code == 400
    assert "closed" in _form(html, response).get_text() if _form(html, response) else True
    assert "Comments are closed." in client.get(article.url).content.decode()
    actions.do_set_comments_closed(article, False, chief_editor)
    assert post_comment(article, body="Open again").status_code == 302

    settings.ROSTRA_COMMENTS_CLOSE_AFTER_DAYS = 30
    # The period counts from the first publication, not from the article's date.
    recent = make_article(date=timezone.localdate() - datetime.timedelta(days=200))
    assert post_comment(recent, body="Welcome back").status_code == 302
    old = make_article(date=timezone.localdate() - datetime.timedelta(days=31))
    type(old).objects.filter(pk=old.pk).update(
        first_published_at=timezone.now() - datetime.timedelta(days=31)
    )
    assert post_comment(old, body="Too late").status_code == 400
    assert "Comments are closed." in client.get(old.url).content.decode()
    assert not Comment.objects.filter(body="Too late").exists()
