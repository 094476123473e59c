"""Search in every language, the same on SQLite and PostgreSQL: stems (Russian, German),
places and tags, events and public profiles with their kind, title matches first, and a page
that helps when nothing is found."""

from __future__ import annotations

import pytest

from rostra.core.search.text import match_rank, query_terms, stemmed


def _paragraph(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


def _hits(client, url: str) -> list[tuple[str, str]]:
    response = client.get(url)
    assert response.status_code == 200
    return [(str(h.kind), h.title) for h in response.context["page_obj"].object_list]


def test_it_stems_russian_and_german_words_the_same_at_index_and_query_time():
    assert query_terms("конгрессом", "ru") == [stemmed("конгресс", "ru")]
    assert stemmed("в Москве", "ru").split()[-1] == query_terms("Москва", "ru")[0]
    assert query_terms("Kongresses", "de") == query_terms("Kongress", "de")
    assert match_rank(query_terms("中国", "zh-hans"), "中国代表团", "", "zh-hans") == 0


@pytest.mark.django_db
def test_it_finds_inflected_russian_and_german_words(client, make_article):
    make_article(
        "ru", title="Итоги года", body=_paragraph("Делегаты собрались на конгресс в Москве.")
    )
    make_article("ru", title="Выставка", body=_paragraph("Фотографии."), place="Казань")
    make_article("de", title="Rückblick", body=_paragraph("Die Delegierten kamen zum Kongress."))

    assert _hits(client, "/ru/search/?q=конгрессом") == [("Новости", "Итоги года")]
    assert _hits(client, "/ru/search/?q=Москва") == [("Новости", "Итоги года")]
    assert _hits(client, "/ru/search/?q=Казани") == [("Новости", "Выставка")]  # the place
    assert _hits(client, "/de/search/?q=Kongresses") == [("Nachrichten", "Rückblick")]


@pytest.mark.django_db
def test_it_finds_tags_in_the_pages_language(client, make_article):
    make_article("ru", title="Встреча", body=_paragraph("Текст."), tags=["добровольцы"])
    assert _hits(client, "/ru/search/?q=добровольцев") == [("Новости", "Встреча")]


@pytest.mark.django_db
def test_it_ranks_a_chinese_title_match_first(client, make_article):
    for n in range(8):
        make_article(
            "zh-hans",
            title=f"活动报告{n}",
            body=_paragraph("中国 中国 中国 代表团访问中国，中国朋友参加了中国的会议。"),
        )
    make_article("zh-hans", title="中国之行", body=_paragraph("一次访问。"))

    hits = _hits(client, "/zh-hans/search/?q=中国")
    assert hits[0] == ("新闻", "中国之行")
    assert len(hits) == 9


@pytest.mark.django_db
def test_it_finds_events_and_public_profiles_with_their_kind(client, event, news_indexes):
    event.city_ru = "Москва"
    event.save()
    ru = _hits(client, "/ru/search/?q=Москве")
    assert ("Мероприятие", "Весенний съезд") in ru
    en = _hits(client, "/en/search/?q=congress")
    assert en[0] == ("Event", "Spring Congress")

    person = event.people["chair"].person
    person.public_profile = True
    person.save()
    person.consents.create(kind="public_profile")
    name_ru = person.name_ru
    assert ("Профиль", name_ru) in _hits(client, f"/ru/search/?q={person.name_en}")


@pytest.mark.django_db
def test_it_helps_when_nothing_is_found(client, make_article, html):
    make_article("de", title="Freundschaftstreffen", body=_paragraph("Ein Abend."))
    response = client.get("/en/search/?q=Freundschaftstreffen")
    page = html(response)
    assert page.select_one("#search-q")["value"] == "Freundschaftstreffen"
    text = page.select_one(".search-empty").get_text(" ", strip=True)
    assert "Nothing found for “Freundschaftstreffen”" in text
    assert "Check the spelling" in text
    link = page.select_one(".search-other-languages a")
    assert link["href"] == "/de/search/?q=Freundschaftstreffen"
    assert "Deutsch" in link.get_text()
