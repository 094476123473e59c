"""The Wagtail admin opens for a superuser and sends everyone else to its login page."""

from __future__ import annotations

import pytest

from rostra.news.models import NewsIndexPage

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("fast_passwords")]


@pytest.fixture
def superuser(django_user_model):
    return django_user_model.objects.create_superuser(
        username="root", email="root@example.org", password="pass-root"
    )


def test_it_opens_the_edit_view_of_an_article_for_a_superuser(make_article, superuser, client):
    article = make_article(title="Congress opens", photos=2, tags=["congress"])
    client.force_login(superuser)
    response = client.get(f"/admin/pages/{article.pk}/edit/")
    assert response.status_code == 200
    text = response.content.decode()
    assert 'value="Congress opens"' in text
    assert "Caption 1" in text  # the gallery's inline panel


def test_it_opens_the_page_explorer_for_a_superuser(make_article, superuser, client):
    make_article(title="Congress opens")
    index = NewsIndexPage.objects.get(locale__language_code="en")
    client.force_login(superuser)
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/pages/").status_code == 200
    response = client.get(f"/admin/pages/{index.pk}/")
    assert response.status_code == 200
    assert "Congress opens" in response.content.decode()


def test_it_sends_an_anonymous_visitor_to_the_login_page(make_article, client):
    article = make_article(title="Congress opens")
    for url in ("/admin/", "/admin/pages/", f"/admin/pages/{article.pk}/edit/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/?next="), url
    assert client.get("/admin/login/").status_code == 200
