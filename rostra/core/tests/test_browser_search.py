"""A reader searches in a real browser: hits of every kind with their kind shown, a Chinese
title match first, and a page that helps when nothing is found (phone size)."""

from __future__ import annotations

import datetime

import pytest

from rostra.conftest import save_screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]


def _paragraph(text: str) -> list:
    return [("paragraph", f"<p>{text}</p>")]


def test_it_shows_kinds_chinese_typography_and_help_in_the_browser(
    chromium, live_server, make_article, event
):
    for n in range(3):
        make_article("zh-hans", title=f"活动报告{n}", body=_paragraph("中国朋友参加了中国的会议。"))
    make_article(
        "zh-hans",
        title="中国之行",
        place="莫斯科",
        source="协会电视台",
        date=datetime.date(2026, 7, 22),
        body=_paragraph("一次访问。"),
    )
    make_article("de", title="Kongress in Wien", body=_paragraph("Ein Abend."))
    event.title_zh_hans = "中国春季代表大会"
    event.save()

    context = chromium.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN")
    page = context.new_page()
    page.goto(f"{live_server.url}/zh-hans/search/?q=中国")
    hits = page.locator(".search-hit")
    assert hits.first.locator(".search-hit-kind").inner_text() in ("新闻", "活动")
    titles = page.locator(".search-hit h3").all_inner_texts()
    assert set(titles[:2]) == {"中国之行", "中国春季代表大会"}
    assert "2026年7月22日，莫斯科（协会电视台）" in page.locator(".dateline").all_inner_texts()
    save_screenshot(page, "search-zh-hans-phone")

    page.goto(f"{live_server.url}/en/search/?q=Kongresses")
    assert page.locator("#search-q").input_value() == "Kongresses"
    assert "Nothing found" in page.locator(".search-empty h2").inner_text()
    save_screenshot(page, "search-en-nothing-found-phone")
    page.locator(".search-other-languages a").first.click()
    page.wait_for_url("**/de/search/?q=Kongresses")
    assert page.locator(".search-hit h3").first.inner_text() == "Kongress in Wien"
    save_screenshot(page, "search-de-from-empty-en-phone")
    context.close()
