"""The picture of a vote's result (`{% motion_result motion %}`): a bar per option with its
share, the verdict, the majority rule with the votes it needed, and "unanimous"."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation

from rostra.events.models import Motion
from rostra.events.voting import rule

pytestmark = pytest.mark.django_db


def _render(motion, language="en") -> BeautifulSoup:
    with translation.override(language):
        html = Template("{% load events_results %}{% motion_result motion %}").render(
            Context({"motion": motion})
        )
    return BeautifulSoup(html, "html.parser")


def _closed(item, **fields) -> Motion:
    return Motion.objects.create(
        item=item, question_en="Adopt the report?", state="closed", **fields
    )


def test_it_draws_bars_with_shares_and_the_votes_needed(event):
    item = event.agenda.create(kind="motion", position=9, title_en="Report")
    motion = _closed(
        item,
        majority="two_thirds",
        result={"yes": 7, "no": 4, "abstain": 1},
        votes_cast=12,
        eligible_count=15,
        adopted=True,
    )
    page = _render(motion)
    bars = [li.get_text(" ", strip=True) for li in page.select(".motion-result-bar")]
    assert bars == ["Yes 7 votes (58.3%)", "No 4 votes (33.3%)", "Abstain 1 vote (8.3%)"]
    assert page.select_one(".is-leading .motion-result-label").get_text() == "Yes"
    assert page.select_one(".motion-result-fill")["width"] == "58.3"
    assert page.select_one(".motion-result-verdict").get_text(strip=True) == "Adopted"
    rule = page.select_one(".motion-result-rule").get_text(" ", strip=True)
    assert "Two thirds of votes cast" in rule
    assert "8 votes needed of 11 votes for or against." in rule
    assert "12 of 15 eligible voted." in rule
    assert page.select_one(".motion-result-unanimous") is None


def test_it_says_unanimous_and_speaks_the_readers_language(event):
    item = event.agenda.create(kind="motion", position=9, title_en="Report")
    motion = _closed(
        item, result={"yes": 5, "no": 0, "abstain": 0}, votes_cast=5, adopted=True, unanimous=True
    )
    page = _render(motion, "ru")
    assert page.select_one(".motion-result-unanimous").get_text() == "Единогласно"
    assert "За" in page.select_one(".motion-result-label").get_text()
    assert "Требуется 3 голоса" in page.select_one(".motion-result-rule").get_text()


def test_it_shows_nothing_before_the_close(event):
    item = event.agenda.create(kind="motion", position=9, title_en="Report")
    motion = Motion.objects.create(item=item, question_en="Later?")
    assert _render(motion).get_text(strip=True) == ""


@pytest.mark.parametrize(
    ("majority", "decisive", "eligible", "needed"),
    [
        ("simple", 11, 15, 6),
        ("simple", 10, 15, 6),
        ("absolute", 11, 15, 8),
        ("absolute", 11, 16, 9),
        ("two_thirds", 11, 15, 8),
        ("two_thirds", 9, 15, 6),
        ("unanimous", 11, 15, 11),
    ],
)
def test_it_counts_the_votes_a_majority_needs(majority, decisive, eligible, needed):
    # The picture's threshold is the rule's own: the leader passes with exactly that many.
    assert rule.needed(majority, valid=decisive, cast=decisive, eligible=eligible) == needed
