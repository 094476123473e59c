"""The report reads as an editor wrote it: the opening once, quotes only where recorded,
speakers with their position, the chair without a presidium, day ranges per language, the
dateline an editor typed kept, translated category and tags, foreign texts marked, comments
open from the first publication, no report of an event that has not happened."""

from __future__ import annotations

import datetime

import pytest
from django.utils import timezone
from django.utils.html import strip_tags

from rostra.events import actions, dates, report
from rostra.events.record import build
from rostra.news.models import ArticlePage


def _texts(page) -> list[str]:
    out = []
    for block in page.body:
        if block.block_type == "paragraph":
            out.append(strip_tags(block.value.source))
        elif block.block_type == "quote":
            out.append(block.value["text"])
        else:
            out.append(str(block.value))
    return out


def test_the_opening_sentence_appears_once(held_event):
    page = actions.do_generate_report(held_event, acting_user=None)
    opening = (
        "“Spring Congress” took place in Moscow (Hall of the Friendship Foundation) on May 9, 2030."
    )
    assert page.lead == opening  # no summary: the opening is the lead ...
    assert opening not in " ".join(_texts(page))  # ... and not repeated in the body


def test_with_a_summary_the_opening_opens_the_body(held_event):
    held_event.summary_en = "The delegates met in spring."
    held_event.save()
    page = actions.do_generate_report(held_event, acting_user=None)
    assert page.lead == "The delegates met in spring."
    assert _texts(page)[0].startswith("“Spring Congress” took place in Moscow")


def test_a_quote_only_where_one_was_recorded(held_event):
    item = held_event.agenda.get(position=2)
    item.quote_en = item.quote_ru = item.quote_zh_hans = ""
    item.save()
    page = actions.do_generate_report(held_event, acting_user=None)
    quotes = [b.value for b in page.body if b.block_type == "quote"]
    assert [q["speaker"] for q in quotes] == ["Li Wei", "Rosa Almeida"]
    assert "Twelve events, four languages." in _texts(page)  # the summary, as a paragraph


def test_the_chair_without_a_presidium_is_named_as_chair(held_event):
    chair = held_event.people["chair"]
    chair.roles.filter(role="presidium").delete()
    page = actions.do_generate_report(held_event, acting_user=None)
    text = " ".join(_texts(page))
    assert "The chair was Li Wei, Chairman of the Coordinating Committee." in text
    assert "presidium" not in text.lower()
    assert "::" not in text and "Chair: Coordinating Committee:" not in text


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "on July 15–16, 2026"),
        ("ru", "15–16 июля 2026 г."),
        ("de", "vom 15. bis 16. Juli 2026"),
        ("zh-hans", "2026年7月15日至16日"),
    ],
)
def test_a_two_day_event_gives_its_range_in_each_languages_style(language, expected):
    assert dates.when(datetime.date(2026, 7, 15), datetime.date(2026, 7, 16), language) == expected


def test_ranges_across_months_and_single_days():
    start, end = datetime.date(2026, 10, 30), datetime.date(2026, 11, 2)
    assert dates.day_range(start, end, "en") == "October 30 – November 2, 2026"
    assert dates.day_range(start, end, "ru") == "30 октября – 2 ноября 2026 г."
    assert dates.day_range(start, end, "de") == "30. Oktober – 2. November 2026"
    assert dates.day_range(start, end, "zh-hans") == "2026年10月30日至11月2日"
    assert dates.when(start, start, "de") == "am 30. Oktober 2026"


def test_translating_keeps_the_dateline_the_editor_typed(held_event):
    page = actions.do_generate_report(held_event, acting_user=None)
    draft = page.get_latest_revision_as_object()
    draft.place, draft.source = "Moscow, Tverskaya 1", "Video channel “Meridian”"
    draft.save_revision()
    russian = report.translate(held_event, "ru", acting_user=None)
    assert (russian.place, russian.source) == ("Moscow, Tverskaya 1", "Video channel “Meridian”")


def test_an_untouched_dateline_is_put_in_the_language(held_event):
    actions.do_generate_report(held_event, acting_user=None)
    russian = report.translate(held_event, "ru", acting_user=None)
    assert russian.source == "Координационный комитет"


def test_a_translation_takes_the_translated_category_and_tags(held_event):
    from rostra.news.models import Category

    english = Category.objects.create(name="Meetings", slug="meetings")
    english.copy_for_translation(
        __import__("wagtail.models", fromlist=["Locale"]).Locale.objects.get(language_code="ru")
    ).save()
    page = actions.do_generate_report(held_event, acting_user=None)
    draft = page.get_latest_revision_as_object()
    draft.category = english
    draft.save_revision()
    russian = report.translate(held_event, "ru", acting_user=None)
    latest = russian.get_latest_revision_as_object()
    assert latest.category.locale.language_code == "ru"
    assert latest.category.translation_key == english.translation_key
    assert {t.name for t in latest.tags.all()} == {"съезд", "Moscow"}


def test_texts_only_in_another_language_are_marked(held_event):
    actions.do_generate_report(held_event, acting_user=None)
    german = report.translate(held_event, "de", acting_user=None)
    texts = _texts(german.get_latest_revision_as_object())
    # The member's speech has no German text: it is pasted in English, marked.
    assert "[Aus dem Englischen zu übersetzen] Twelve events, four languages." in texts
    quotes = [b.value["text"] for b in german.body if b.block_type == "quote"]
    assert "[Aus dem Englischen zu übersetzen] We kept every promise." in quotes
    headings = [str(b.value) for b in german.body if b.block_type == "heading"]
    assert "[Aus dem Englischen zu übersetzen] Our chapter's year" in headings


def test_a_report_of_an_old_event_is_open_for_comments_when_published(held_event, settings):
    from rostra.readers.permissions import comments_open

    settings.ROSTRA_COMMENTS_CLOSE_AFTER_DAYS = 90
    page = actions.do_generate_report(held_event, acting_user=None)
    page.date = timezone.localdate() - datetime.timedelta(days=200)
    page.save_revision().publish()
    page.refresh_from_db()
    assert comments_open(page, closed=False)
    page.first_published_at = timezone.now() - datetime.timedelta(days=91)
    assert not comments_open(page, closed=False)


def test_no_report_for_an_event_that_has_not_happened(client, event, event_organizer):
    client.force_login(event_organizer)
    desk = client.get(f"/admin/events/{event.pk}/desk/").content.decode()
    assert "data-generate-report" not in desk
    with pytest.raises(actions.Refused, match="not taken place"):
        actions.do_generate_report(event, acting_user=None)


def test_the_record_speaks_each_language(held_event):
    russian = build(held_event, "ru")
    assert russian.chair[0].line == "Ли Вэй, председатель Координационного комитета"
    chinese = build(held_event, "zh-hans")
    assert chinese.chair[0].line == "协调委员会主席李伟"
    assert report.decision_sentence(chinese.decisions[0], "zh-hans") == (
        "〔待译：英文原文〕动议“Humanitarian help”表决结果：一致通过（赞成：3，反对：0，弃权：0）。"
        "表决的问题：“是否向受洪灾地区提供人道主义援助？”"
    )


@pytest.mark.parametrize(
    ("language", "caption"),
    [
        ("en", "— Li Wei, Chairman of the Coordinating Committee"),
        ("ru", "— Ли Вэй, председатель Координационного комитета"),
        ("zh-hans", "——李伟，协调委员会主席"),
        ("de", "– Li Wei, Vorsitzender des Koordinierungskomitees"),
    ],
)
def test_a_quotes_speaker_and_role_in_each_languages_punctuation(held_event, language, caption):
    from django.utils import translation

    record = build(held_event, language)
    opening = next(i for i in record.items if i.kind == "opening")
    blocks = report.render_blocks(report._render(record, opening=False))
    quote = next(b for b in blocks if b["type"] == "quote")
    with translation.override(language):
        html = ArticlePage.body.field.stream_block.child_blocks["quote"].render(
            ArticlePage.body.field.stream_block.child_blocks["quote"].to_python(quote["value"])
        )
    assert strip_tags(html.split("<figcaption>")[1].split("</figcaption>")[0]) == caption
    assert quote["value"]["role"] in opening.speaker_line


@pytest.mark.parametrize(
    ("position", "expected"),
    [
        ("Stellvertretende Vorsitzende des Komitees", "stellvertretende Vorsitzende des Komitees"),
        ("Geschäftsführender Direktor", "geschäftsführender Direktor"),
        ("Vorsitzender des Rates", "Vorsitzender des Rates"),
        ("Erster Sekretär", "Erster Sekretär"),
        ("Kulturattaché", "Kulturattaché"),
    ],
)
def test_a_german_office_after_a_name_lowers_only_its_participle(position, expected):
    from rostra.events.record import describe, person_line

    line = person_line("Anna Sokolowa", describe(position, "", "", "de"), "de")
    assert line == f"Anna Sokolowa, {expected}"
