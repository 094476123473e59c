"""Generated text follows each language's punctuation: Chinese full-width marks without spaces,
German „…“ and Russian «…» quotation marks."""

from __future__ import annotations

import datetime

import pytest

from rostra.core import typography as t


def test_it_writes_chinese_with_full_width_punctuation_and_no_spaces():
    assert (
        t.tidy("2026年7月22日, 莫斯科 (协会电视台)", "zh-hans")
        == "2026年7月22日，莫斯科（协会电视台）"
    )
    assert t.tidy("李伟 (中国分会): 致辞.", "zh-hans") == "李伟（中国分会）：致辞。"
    assert t.tidy("大会 在 莫斯科 举行.", "zh-hans") == "大会在莫斯科举行。"
    assert t.join_clauses(["2026年7月22日", "莫斯科"], "zh-hans") == "2026年7月22日，莫斯科"
    assert t.enumerate_items(["李伟", "王芳"], "zh-hans") == "李伟、王芳"
    assert t.paren("协会电视台", "zh-hans") == "（协会电视台）"
    assert t.colon("zh-hans") == "：" and t.full_stop("zh-hans") == "。"


def test_it_leaves_other_languages_punctuation_alone():
    assert t.tidy("Moscow, 2026 (TV).", "en") == "Moscow, 2026 (TV)."
    assert t.paren("TV", "de") == " (TV)"
    assert t.join_clauses(["22. Juli 2026", "", "Moskau"], "de") == "22. Juli 2026, Moskau"


def test_it_quotes_with_each_languages_marks():
    assert t.quote("Kongress", "de") == "„Kongress“"
    assert t.quote("съезд", "ru") == "«съезд»"
    assert t.quote("congress", "en") == "“congress”"
    assert t.quote("大会", "zh-hans") == "“大会”"


@pytest.mark.django_db
def test_it_writes_the_dateline_in_the_pages_language(client, make_article, html):
    zh = make_article(
        "zh-hans",
        title="代表大会",
        place="莫斯科",
        source="协会电视台",
        date=datetime.date(2026, 7, 22),
    )
    de = make_article(
        "de",
        title="Kongress",
        place="Moskau",
        source="Verbands-TV",
        date=datetime.date(2026, 7, 22),
    )
    line = html(client.get(zh.url)).select_one(".dateline").get_text()
    assert line == "2026年7月22日，莫斯科（协会电视台）"
    line = html(client.get(de.url)).select_one(".dateline").get_text()
    assert line == "22. Juli 2026, Moskau (Verbands-TV)"
