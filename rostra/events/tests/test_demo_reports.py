"""The demo's online meeting and congress, reported in each language and read against a list of
what an editor expects: no sentence twice, every speaker with position and organization,
quotes only where a quote was recorded, the dates as the language writes them, every decision
with its result."""

from __future__ import annotations

import re
from collections import Counter
from html import unescape
from pathlib import Path

import pytest
from django.db import transaction
from django.utils.html import strip_tags

from rostra.events import record as records
from rostra.events import report
from rostra.events.models import Event

LANGUAGES = ["en", "ru", "zh-hans", "de"]
ONLINE, CONGRESS = "online-flood-relief-2026", "congress-2026"

DATES = {
    CONGRESS: {
        "en": "on October 10–12, 2026",
        "ru": "10–12 октября 2026 г.",
        "zh-hans": "2026年10月10日至12日",
        "de": "vom 10. bis 12. Oktober 2026",
    },
    ONLINE: {
        "en": "on July 14, 2026",
        "ru": "14 июля 2026 г.",
        "zh-hans": "2026年7月14日",
        "de": "am 14. Juli 2026",
    },
}
UNANIMOUS = {
    "en": "was adopted unanimously (Yes: 6, No: 0, Abstain: 0)",
    "ru": "принято единогласно (за — 6, против — 0, воздержались — 0)",
    "zh-hans": "表决结果：一致通过（赞成：6，反对：0，弃权：0）",
    "de": "wurde einstimmig angenommen (Ja: 6, Nein: 0, Enthaltung: 0)",
}


@pytest.fixture(scope="module")
def demo_events(django_db_setup, django_db_blocker):
    """The registry demo and the two events with their records (no other demo content)."""
    from rostra.demo import categories, site, users
    from rostra.events import builders
    from rostra.events.demo import _agenda, _event, _honours, _participants
    from rostra.events.demo.data import events
    from rostra.org.demo import load_org_demo

    with django_db_blocker.unblock(), transaction.atomic():
        site.ensure_site()
        users.ensure_editors()
        categories.ensure_categories()
        load_org_demo()
        kinds = builders.ensure_kinds()
        honours = _honours()
        for demo in events():
            if demo.slug in (ONLINE, CONGRESS):
                event = _event(demo, kinds)
                _agenda(event, demo, _participants(event, demo), honours)
        yield
        transaction.set_rollback(True)


def _page(slug: str, language: str):
    event = Event.objects.get(slug=slug)
    source = report.existing_report(event, event.main_language)
    if source is None:
        source = report.generate(event, acting_user=None)
    if language == event.main_language:
        return event, source.get_latest_revision_as_object()
    page = report.existing_report(event, language) or report.translate(
        event, language, acting_user=None
    )
    return event, page.get_latest_revision_as_object()


def _text(page) -> str:
    parts = [page.lead]
    for block in page.body:
        if block.block_type == "quote":
            parts.append(block.value["text"])
        elif block.block_type == "paragraph":
            parts.append(unescape(strip_tags(block.value.source)))
        else:
            parts.append(str(block.value))
    return "\n".join(parts)


ARTIFACTS = Path(__file__).resolve().parents[3] / "test-artifacts" / "reports"


def _readable(page) -> str:
    """The report as an editor reads it: dateline, title, lead, body (kept for review)."""
    lines = [f"{page.place} ({page.source}), {page.date}", "", f"# {page.title}", "", page.lead, ""]
    for block in page.body:
        if block.block_type == "heading":
            lines += [f"## {block.value}", ""]
        elif block.block_type == "paragraph":
            lines += [unescape(strip_tags(block.value.source)), ""]
        elif block.block_type == "quote":
            value = block.value
            lines += [f"> {value['text']}", f"> — {value['speaker']}, {value['role']}", ""]
        elif block.block_type == "video":
            lines += [f"[video: {block.value['url'] or block.value['title']}]", ""]
    lines += [
        f"Category: {page.category or '—'} · Tags: {', '.join(t.name for t in page.tags.all())}"
    ]
    return "\n".join(lines)


def _sentences(text: str) -> list[str]:
    return [s.strip() for s in re.split(r"(?<=[.!?。！？])\s*", text) if len(s.strip()) > 12]


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("slug", [ONLINE, CONGRESS])
def test_it_reads_as_an_editor_expects(demo_events, slug, language):
    event, page = _page(slug, language)
    text = _text(page)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    (ARTIFACTS / f"{slug}-{language}.txt").write_text(_readable(page), encoding="utf-8")
    record = records.build(event, language)

    repeated = [s for s, n in Counter(_sentences(text)).items() if n > 1]
    assert not repeated, repeated

    # Every speaker, with position and organization.
    for item in record.items:
        if item.speaker and item.kind != "motion":
            assert item.speaker_line in text, item.speaker_line
            assert item.speaker_line != item.speaker, f"{item.speaker}: no position"
    lines = {a.participant.person.ref: a.line for a in record.attendees if a.participant.person}
    chairman = lines["de-01"]
    assert {
        "en": "Chairman of the Coordinating Committee",
        "ru": "председатель Координационного комитета",
        "zh-hans": "协调委员会主席",
        "de": "Vorsitzender des Koordinierungskomitees",
    }[language] in chairman

    # Quotes only where a quote was recorded, and each recorded one.
    quotes = [b.value["text"] for b in page.body if b.block_type == "quote"]
    recorded = [item.quote.value for item in record.items if item.quote]
    assert quotes and len(quotes) == len(recorded)
    for shown, quote in zip(quotes, recorded, strict=True):
        assert shown.endswith(quote)

    # The days as the language writes them.
    assert DATES[slug][language] in text

    # Chinese: full-width punctuation, no spaces between Chinese characters.
    if language == "zh-hans":
        body = "".join(strip_tags(b.value.source) for b in page.body if b.block_type == "paragraph")
        assert not re.search(r"[\u4e00-\u9fff][,:;()][\u4e00-\u9fff ]", body), body
        assert not re.search(r"[\u4e00-\u9fff] [\u4e00-\u9fff]", body), body
    if language == "de":
        assert "„" in text and "“" in text and '"' not in text
    if language == "ru":
        # «…» outside, „…“ inside; no English quotes of their own.
        assert "«" in text and "»" in text and text.count("„") == text.count("“")

    # A title quoted inside a quoted sentence takes the inner marks, never doubled ones.
    assert not re.search(r"””|»»|““|”“", text), text
    if slug == CONGRESS:
        assert {
            "en": "The award “Badge ‘For Services to Friendship’” went to",
            "ru": "Награда «Знак „За заслуги в деле дружбы“»: получатель —",
            "zh-hans": "颁发了“‘友谊贡献’徽章”。",
            "de": "Die Auszeichnung „Abzeichen ‚Für Verdienste um die Freundschaft‘“ ging an",
        }[language] in text
        assert {
            "en": "The motion “Resolution ‘The Next Twenty-Five Years’” was adopted unanimously",
            "ru": "Предложение «Резолюция „Следующие двадцать пять лет“» принято единогласно",
            "zh-hans": "动议“《未来二十五年》决议”表决结果：一致通过",
            "de": "Der Antrag „Resolution ‚Die nächsten fünfundzwanzig Jahre‘“ wurde einstimmig",
        }[language] in text
        assert {
            "en": "The event marked the commemorative date “Founding of the association” (75th",
            "ru": "Мероприятие приурочено к памятной дате «Основание ассоциации» (75-я годовщина).",
            "zh-hans": "本次活动适逢“协会成立”75周年。",
            "de": "Anlass war das Gedenkdatum „Gründung der Vereinigung“ (75. Jahrestag).",
        }[language] in text

    if slug == ONLINE:
        assert UNANIMOUS[language] in text
        assert {
            "en": "Anna Sokolova, Vice-Chair of the Coordinating Committee",
            "ru": "Анна Соколова, заместитель председателя Координационного комитета",
            "zh-hans": "协调委员会副主席安娜·索科洛娃",
            "de": "Anna Sokolowa, stellvertretende Vorsitzende des Koordinierungskomitees",
        }[language] in text
        # No presidium at an online meeting: the chair is named as such, once, no "::".
        assert "::" not in text and "：：" not in text
        assert {
            "en": f"The chair was {chairman}.",
            "ru": f"Председательствующий — {chairman}.",
            "zh-hans": f"会议由{chairman}主持。",
            "de": f"Den Vorsitz führte {chairman}.",
        }[language] in text
    else:
        assert {
            "en": "The presidium:",
            "ru": "В президиум вошли:",
            "zh-hans": "主席团成员：",
            "de": "Dem Präsidium gehörten an:",
        }[language] in text
