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
        "Badge of Friendship",
    ):
        assert expected in text, expected


def test_it_says_decisions_as_statements_and_is_signed(client, held_event, member):
    client.force_login(member)
    text = _pdf_text(client.get("/en/events/spring-congress/minutes.pdf").content)
    flat = " ".join(text.split())
    # A decision is a statement with its result, not a question with a leading space.
    assert (
        "The motion “Humanitarian help” was adopted unanimously (Yes: 3, No: 0, Abstain: 0)."
        in flat
    )
    assert "Question:" not in flat and "Result:" not in flat
    # The organization's own name, not the software's, and lines to sign.
    assert "Friendship Association — Minutes: Spring Congress" in flat
    assert "Rostra" not in flat
    assert "Chair:" in flat and "Secretary:" in flat
    # The zone's name, the event's own time, one date style.
    assert "May 9, 2030, 6 p.m.–9 p.m. (Europe/Moscow)" in flat


def test_its_bullets_are_drawn_not_missing_glyphs(client, held_event, member):
    """The font that covers Chinese has no "•": the PDF must not contain it (a box would
    show); the bullets are drawn."""
    client.force_login(member)
    content = client.get("/zh-hans/events/spring-congress/minutes.pdf").content
    text = "".join(_pdf_text(content).split())
    assert "•" not in text
    assert "是否向受洪灾地区提供人道主义援助" in text
    assert "会议记录：春季代表大会" in text and "（Europe/Moscow）" in text


def test_the_minutes_pdf_in_russian_and_chinese(client, held_event, member):
    client.force_login(member)
    russian = _pdf_text(client.get("/ru/events/spring-congress/minutes.pdf").content)
    russian = " ".join(russian.split())
    assert "Ли Вэй" in russian and "Направить гуманитарную помощь" in russian
    assert "принято единогласно (за — 3, против — 0, воздержались — 0)" in russian
    chinese = _pdf_text(client.get("/zh-hans/events/spring-congress/minutes.pdf").content)
    chinese = "".join(chinese.split())
    assert "李伟" in chinese and "是否向受洪灾地区提供人道主义援助" in chinese


def test_the_minutes_page_lists_the_record(client, held_event, member, html):
    client.force_login(member)
    page = html(client.get("/en/events/spring-congress/minutes/"))
    presidium = page.select_one(".events-presidium").get_text()
    assert "Li Wei, Chairman of the Coordinating Committee" in presidium
    decisions = page.select_one(".events-decisions").get_text()
    assert "was adopted unanimously (Yes: 3, No: 0, Abstain: 0)" in decisions
    # The result as bars with the majority rule.
    result = page.select_one(".motion-result")
    assert len(result.select(".motion-result-bar")) == 3 and "Unanimous" in result.get_text()


def test_the_chinese_pdf_gives_the_place_in_chinese(client, held_event, member):
    held_event.venue_name_zh_hans = "友谊基金会大厅"
    held_event.city_zh_hans = "莫斯科"
    held_event.country_zh_hans = "俄罗斯"
    held_event.save()
    client.force_login(member)
    chinese = _pdf_text(client.get("/zh-hans/events/spring-congress/minutes.pdf").content)
    chinese = "".join(chinese.split())
    assert "友谊基金会大厅，莫斯科，俄罗斯" in chinese
    assert "HalloftheFriendshipFoundation" not in chinese and "Moscow，" not in chinese
    # The organization's name in the footer, in Chinese too, and both signature lines.
    assert "Rostra" not in chinese
    assert "主持人：" in chinese and "秘书：" in chinese


def test_german_quotation_marks_are_printed(client, held_event, member):
    """WenQuanYi has no „: a second font supplies it (else „Aurora“ reads Aurora“)."""
    held_event.venue_name_de = "Saal der Stiftung „Aurora“"
    held_event.save()
    client.force_login(member)
    german = _pdf_text(client.get("/de/events/spring-congress/minutes.pdf").content)
    assert "Saal der Stiftung „Aurora“" in " ".join(german.split())


def test_a_ceremony_names_its_giver_once(client, held_event, member, html):
    item = held_event.agenda.get(kind="ceremony")
    item.speaker = held_event.people["chair"]
    item.save()
    client.force_login(member)
    flat = " ".join(_pdf_text(client.get("/en/events/spring-congress/minutes.pdf").content).split())
    line = "Li Wei, Chairman of the Coordinating Committee"
    ceremony = flat.split("Award ceremony", 1)[1].split("4. ", 1)[0]
    assert ceremony.count(line) == 1, ceremony
    assert f"It was presented by {line}." in ceremony
    page = html(client.get("/en/events/spring-congress/minutes/"))
    entry = next(li for li in page.select(".events-proceedings > li") if "Award" in li.h3.text)
    assert entry.get_text(" ", strip=True).count(line) == 1
