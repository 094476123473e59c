"""The readers' login sends them back to the page they came from, or to the home page of their
language; never to /accounts/profile/."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def _next_field(html, response) -> str:
    return html(response).select_one('input[name="next"]')["value"]


def test_it_lands_on_the_home_page_of_the_readers_language(client, outsider):
    response = client.post(
        "/ru/_util/login/", {"username": "outsider", "password": "pass-outsider"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/ru/"


def test_it_returns_to_the_page_the_reader_came_from(client, outsider, html):
    shown = client.get("/de/_util/login/", HTTP_REFERER="http://testserver/de/news/?page=2")
    assert _next_field(html, shown) == "/de/news/?page=2"
    response = client.post(
        "/de/_util/login/",
        {"username": "outsider", "password": "pass-outsider", "next": _next_field(html, shown)},
    )
    assert response["Location"] == "/de/news/?page=2"


def test_it_does_not_follow_a_referer_from_another_site(client, outsider, html):
    shown = client.get("/en/_util/login/", HTTP_REFERER="https://evil.example/en/")
    assert _next_field(html, shown) == ""
    response = client.post(
        "/en/_util/login/", {"username": "outsider", "password": "pass-outsider", "next": ""}
    )
    assert response["Location"] == "/en/"


def test_it_keeps_an_explicit_next(client, outsider):
    response = client.post(
        "/zh-hans/_util/login/",
        {"username": "outsider", "password": "pass-outsider", "next": "/zh-hans/org/"},
    )
    assert response["Location"] == "/zh-hans/org/"
