"""The minutes page and its PDF, whose text (Latin, Cyrillic, Chinese) is extracted back."""

from __future__ import annotations

import io

from pypdf import PdfReader


def _pdf_text(content: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(content)).pages)


def test_the_minutes_pdf_names_speakers_and_decisions(client, held_event, member):
    client.force_login(member)
    response = client.get("/en/events/spring-congress/minutes.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    text = _pdf_text(response.content)
    for expected in (
        "Minutes: Spring Congress",
        "Li Wei",
        "Anna Petrova",
        "Rosa Almeida",
        "Send humanitarian help to the flooded region?",
        "Adopted unanimously",
        "Badge of Friendship",
    ):
        assert expected in text, expected


def test_the_minutes_pdf_in_russian_and_chinese(client, held_event, member):
    client.force_login(member)
    russian = _pdf_text(client.get("/ru/events/spring-congress/minutes.pdf").content)
    assert "Ли Вэй" in russian and "Направить гуманитарную помощь" in russian
    chinese = _pdf_text(client.get("/zh-hans/events/spring-congress/minutes.pdf").content)
    assert "李伟" in chinese and "是否向受洪灾地区提供人道主义援助" in chinese


def test_the_minutes_page_lists_the_record(client, held_event, member, html):
    client.force_login(member)
    page = html(client.get("/en/events/spring-congress/minutes/"))
    assert "Li Wei (Coordinating Committee)" in page.select_one(".events-presidium").get_text()
    decisions = page.select_one(".events-decisions").get_text()
    assert "Adopted unanimously" in decisions and "Yes: 3" in decisions
