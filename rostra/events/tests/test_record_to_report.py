"""One action turns the record into a draft report: every speaker and every decision in it."""

from __future__ import annotations

import pytest

from rostra.events import actions
from rostra.events.models import EventReport
from rostra.events.record import build


def _blocks(page):
    return [(block.block_type, block.value) for block in page.body]


def test_the_vote_is_recorded_as_unanimous(held_event):
    motion = held_event.agenda.get(position=5).motions.get()
    assert motion.state == "closed"
    assert motion.adopted and motion.unanimous
    assert motion.votes_cast == 3 and motion.eligible_count == 3  # three delegates


def test_the_draft_holds_every_speaker_and_every_decision(held_event, editor):
    page = actions.do_generate_report(held_event, acting_user=None)
    assert not page.live and page.has_unpublished_changes
    assert page.locale.language_code == "en"
    assert page.get_parent().specific_class.__name__ == "NewsIndexPage"
    assert (page.date, page.place, page.source) == (
        held_event.local_end().date(),
        "Moscow",
        "Coordinating Committee",
    )
    text = " ".join(str(value) for _kind, value in _blocks(page))
    record = build(held_event, "en")
    assert record.speakers == ["Li Wei", "Anna Petrova", "Rosa Almeida"]
    for speaker in record.speakers:
        assert speaker in text
    quotes = [value for kind, value in _blocks(page) if kind == "quote"]
    assert [q["speaker"] for q in quotes] == record.speakers
    assert quotes[0]["text"] == "Friendship is built by meeting."
    assert quotes[0]["role"] == "Chairman of the Coordinating Committee"
    assert "Send humanitarian help to the flooded region?" in text
    assert "was adopted unanimously (Yes: 3, No: 0, Abstain: 0)" in text
    assert "The award “Badge of Friendship” went to Anna Petrova, Chapter in Germany." in text
    # The presidium and the attendees by role, names first, then whom they represent.
    assert "The presidium: Li Wei, Chairman of the Coordinating Committee." in text
    assert "<b>Delegates</b>: candidate member Paul Brenner (Chapter in Germany)" in text
    assert "<b>Speakers</b>: Anna Petrova (Chapter in Germany)" in text
    assert "<b>Observers</b>: Sofia Lindqvist (North Review)" in text
    assert "::" not in text
    assert EventReport.objects.get(page=page).event == held_event


def test_the_draft_is_in_the_events_main_language(held_event):
    held_event.main_language = "ru"
    held_event.save()
    page = actions.do_generate_report(held_event, acting_user=None)
    assert page.locale.language_code == "ru"
    assert page.title == "Весенний съезд"
    text = " ".join(str(value) for _kind, value in _blocks(page))
    assert "Дружба строится встречами." in text
    assert "Направить гуманитарную помощь" in text


def test_the_gallery_comes_from_the_event_photos(held_event):
    from rostra.news.builders import make_image

    for n in range(2):
        held_event.photos.create(image=make_image(f"Hall {n}", size=(320, 200)), sort_order=n)
    page = actions.do_generate_report(held_event, acting_user=None)
    draft = page.get_latest_revision_as_object()  # a draft's gallery lives in its revision
    assert [g.image_id for g in draft.gallery_images.all()] == [
        p.image_id for p in held_event.photos.all()
    ]
    assert page.lead_image_id == held_event.photos.first().image_id


def test_a_second_report_in_the_same_language_is_refused(held_event):
    actions.do_generate_report(held_event, acting_user=None)
    with pytest.raises(actions.Refused):
        actions.do_generate_report(held_event, acting_user=None)


def test_the_event_page_links_to_its_reports_in_every_language(client, held_event, html):
    from rostra.news.builders import translate_article

    page = actions.do_generate_report(held_event, acting_user=None)
    page.save_revision().publish()
    translate_article(page, "de", title="Bericht vom Frühjahrskongress")
    response = client.get("/en/events/spring-congress/")
    links = {a["hreflang"]: a.get_text() for a in html(response).select(".events-reports a")}
    assert links == {"en": "Spring Congress", "de": "Bericht vom Frühjahrskongress"}


def test_the_report_is_drafted_in_another_language_from_the_record(
    client, held_event, event_organizer
):
    source = actions.do_generate_report(held_event, acting_user=None)
    client.force_login(event_organizer)
    desk = client.get(f"/admin/events/{held_event.pk}/desk/").content.decode()
    assert "Draft from the record" in desk
    response = client.post(f"/admin/events/{held_event.pk}/translate/", {"language": "zh-hans"})
    chinese = source.get_translations().get(locale__language_code="zh-hans").specific
    assert response["Location"] == f"/admin/pages/{chinese.pk}/edit/"
    assert not chinese.live
    assert chinese.title == "春季代表大会"
    assert chinese.translation_key == source.translation_key
    text = " ".join(str(block.value) for block in chinese.body)
    assert (
        "李伟" in text
        and "友谊在相聚中建立。" in text
        and "是否向受洪灾地区提供人道主义援助" in text
    )
    again = client.post(f"/admin/events/{held_event.pk}/translate/", {"language": "zh-hans"})
    assert again.status_code == 302 and again["Location"].endswith("/desk/")
