"""Search per language over title, body and tags, ranked; Chinese words inside running text."""

import pytest
from django.db import connection

from rostra.news import builders


def _titles(client, url: str) -> list[str]:
    response = client.get(url)
    assert response.status_code == 200
    return [a.title for a in response.context["page_obj"].object_list]


def _paragraph(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


@pytest.mark.django_db
def test_it_finds_a_two_character_chinese_word_inside_running_text(client, make_article):
    make_article(
        "zh-hans",
        title="代表团访问",
        body=_paragraph("我们的代表团在北京举行了友好会谈并参观了展览。"),
    )
    make_article("zh-hans", title="圆桌会议", body=_paragraph("在上海讨论合作的未来。"))

    assert _titles(client, "/zh-hans/search/?q=北京") == ["代表团访问"]
    assert _titles(client, "/zh-hans/search/?q=上海") == ["圆桌会议"]
    # A longer word, and a single character, inside the text.
    assert _titles(client, "/zh-hans/search/?q=友好会谈") == ["代表团访问"]
    assert set(_titles(client, "/zh-hans/search/?q=会")) == {"代表团访问", "圆桌会议"}
    assert _titles(client, "/zh-hans/search/?q=南京") == []


@pytest.mark.django_db
def test_it_searches_only_the_current_language(client, make_article):
    make_article("en", title="Round table in Vienna", body=_paragraph("Cooperation."))
    make_article("de", title="Runder Tisch in Wien", body=_paragraph("Vienna cooperation."))

    assert _titles(client, "/en/search/?q=Vienna") == ["Round table in Vienna"]
    assert _titles(client, "/de/search/?q=Vienna") == ["Runder Tisch in Wien"]


@pytest.mark.django_db
def test_it_searches_title_body_and_tags_and_ranks_title_matches_first(client, make_article):
    make_article("en", title="Screening of the video report", body=_paragraph("An evening."))
    make_article("en", title="Evening meeting", body=_paragraph("We watched a screening."))
    make_article("en", title="Autumn news", body=_paragraph("Nothing else."), tags=["screening"])
    make_article("en", title="Unrelated", body=_paragraph("Nothing here."))

    found = _titles(client, "/en/search/?q=screening")
    assert set(found) == {"Screening of the video report", "Evening meeting", "Autumn news"}
    assert found[0] == "Screening of the video report"


@pytest.mark.django_db
def test_it_requires_every_word_of_the_query(client, make_article):
    make_article("en", title="Congress in Geneva", body=_paragraph("Delegates met."))
    make_article("en", title="Congress in Lisbon", body=_paragraph("Delegates met."))

    assert _titles(client, "/en/search/?q=congress+geneva") == ["Congress in Geneva"]


@pytest.mark.django_db
def test_it_does_not_find_drafts(client, make_article):
    make_article("en", title="Secret draft about Geneva", publish=False)

    assert _titles(client, "/en/search/?q=Geneva") == []


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "postgresql", reason="stemming is PostgreSQL's")
def test_it_finds_inflected_russian_and_german_forms_on_postgresql(client, make_article):
    make_article(
        "ru", title="Итоги конгресса", body=_paragraph("Делегаты обсудили гуманитарную помощь.")
    )
    make_article(
        "de", title="Bericht vom Kongress", body=_paragraph("Die Delegierten stimmten ab.")
    )

    assert _titles(client, "/ru/search/?q=конгресс") == ["Итоги конгресса"]
    assert _titles(client, "/ru/search/?q=делегатов") == ["Итоги конгресса"]
    assert _titles(client, "/de/search/?q=Kongresses") == ["Bericht vom Kongress"]
    assert _titles(client, "/de/search/?q=Delegierte") == ["Bericht vom Kongress"]


@pytest.mark.django_db
@pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite's query planner")
def test_it_counts_matches_starting_from_the_full_text_index_on_sqlite(make_article):
    """Counting reads the full-text matches once and looks each up, rather than walking the
    language's pages and matching the text again for each (bench/search.py: 20,000 articles)."""
    from rostra.core.search.ranked import ranked_search
    from rostra.news.models import ArticlePage

    for n in range(3):
        make_article("en", title=f"Congress {n}", body=_paragraph("Delegates met."))
    make_article("en", title="Autumn", body=_paragraph("The congress met."))
    pages = ArticlePage.objects.live().public().filter(locale__language_code="en")
    ranked = ranked_search(pages, "congress", "en", 300)
    assert ranked is not None

    for rank in (0, 1):
        with connection.cursor() as cursor:
            sql, params = ranked.count_sql(rank)
            cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
            plan = [row[3] for row in cursor.fetchall()]
        loops = [step for step in plan if step.startswith(("SCAN", "SEARCH"))]
        assert "VIRTUAL TABLE" in loops[0], plan
    assert (ranked.count(0), ranked.count(1)) == (3, 1)


def test_it_segments_chinese_for_the_index_and_the_query():
    from rostra.core.search import cjk_grams, segment_query

    assert cjk_grams("Talks in 在北京, then 上海") == "在 北 京 在北 北京 上 海 上海"
    assert cjk_grams("No Chinese here") == ""
    assert segment_query("北京会议") == "北京 京会 会议"
    assert segment_query('Geneva "AND" (x*)') == "Geneva AND x"
    assert builders  # the module imports cleanly without a database
