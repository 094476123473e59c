"""Privacy set in the admin holds on the public site: on the page itself, on a section above it,
and through an alias of a private section."""

import pytest
from wagtail.models import PageViewRestriction


@pytest.fixture
def article(make_article):
    return make_article(title="Minutes of the closed session")


@pytest.mark.django_db
def test_it_shows_a_page_without_restrictions_to_everyone(client, article):
    response = client.get(article.url)
    assert response.status_code == 200
    assert "Minutes of the closed session" in response.content.decode()


@pytest.mark.django_db
def test_it_asks_for_the_password_of_a_private_article(client, article, html):
    PageViewRestriction.objects.create(
        page=article, restriction_type=PageViewRestriction.PASSWORD, password="meridian"
    )
    response = client.get(article.url)
    body = response.content.decode()
    assert 'type="password"' in body
    assert "closed session" not in body.split("<form")[-1]  # the article's text is not there

    action = html(response).select_one("form[action*=authenticate_with_password]")["action"]
    wrong = client.post(action, {"password": "guess", "return_url": article.url})
    assert 'type="password"' in wrong.content.decode()
    right = client.post(action, {"password": "meridian", "return_url": article.url}, follow=True)
    assert right.status_code == 200
    assert "<h1>Minutes of the closed session</h1>" in right.content.decode()


@pytest.mark.django_db
def test_it_sends_anonymous_readers_to_log_in_when_a_section_above_is_for_members(
    client, article, news_indexes, outsider
):
    PageViewRestriction.objects.create(
        page=news_indexes["en"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(article.url)
    assert response.status_code == 302
    assert "login" in response["Location"]

    client.force_login(outsider)
    assert client.get(article.url).status_code == 200


@pytest.mark.django_db
def test_it_keeps_the_restriction_of_a_private_section_on_its_alias(client, article, news_indexes):
    index = news_indexes["en"]
    alias = index.create_alias(parent=index.get_parent(), update_slug="news-mirror", recursive=True)
    mirrored = alias.get_children().get(alias_of=article).specific
    assert client.get(mirrored.url).status_code == 200

    PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(mirrored.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
