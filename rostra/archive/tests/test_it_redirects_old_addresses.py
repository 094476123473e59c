"""Every old address answers 301 with its new page, through the site's real URL routing."""

from __future__ import annotations

import pytest

from rostra.archive.models import ArchiveEntry

pytestmark = pytest.mark.django_db


def url_of(key: str) -> str:
    return ArchiveEntry.objects.get(key=key).page.url


def test_it_redirects_each_old_entry_address_to_its_language_page(
    run_import, ucoz_mirror, editor1, client
):
    run_import(ucoz_mirror)

    for key in ("/news/2019-07-22-15", "/news/2019-07-22-16", "/news/2019-07-22-18"):
        response = client.get(key)
        assert response.status_code == 301
        assert response["Location"] == url_of(key)
    assert url_of("/news/2019-07-22-16").startswith("/ru/news/")
    # and the page it leads to is there
    assert client.get(url_of("/news/2019-07-22-15")).status_code == 200


def test_it_redirects_the_all_photos_gallery_to_the_articles_photos_page(
    run_import, ucoz_mirror, editor1, client
):
    run_import(ucoz_mirror)

    response = client.get("/photo/12")
    assert response.status_code == 301
    assert response["Location"] == url_of("/news/2019-07-22-15") + "photos/"
    photos = client.get(response["Location"])
    assert photos.status_code == 200
    assert "The presidium" in photos.content.decode()


def test_it_accepts_the_old_address_with_a_trailing_slash_and_leaves_others_alone(
    run_import, ucoz_mirror, editor1, client
):
    run_import(ucoz_mirror)

    assert client.get("/news/2019-07-22-15/").status_code == 301
    assert client.get("/news/2019-07-22-99").status_code in (302, 404)  # not an old entry
    assert client.get("/en/news/no-such-article/").status_code == 404
    assert client.post("/news/2019-07-22-15").status_code != 301


def test_it_stops_redirecting_to_an_unpublished_article(run_import, ucoz_mirror, editor1, client):
    run_import(ucoz_mirror)
    page = ArchiveEntry.objects.get(key="/news/2019-07-22-15").page
    page.unpublish()

    assert client.get("/news/2019-07-22-15").status_code != 301
