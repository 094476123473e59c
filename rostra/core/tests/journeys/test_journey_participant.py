"""Journey of an invited participant: the personal page from the invitation e-mail's link.

She accepts (or declines), sees her answer on the page, and cancels; every button is a form
post from a real browser, which sends `Origin` (the CSRF check of issue #11, point 1).
"""

from __future__ import annotations

import pytest

from rostra.events.models import Participant, ParticipantStatus

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]

WORDS = {
    "en": {
        "accept": "Accept",
        "decline": "Decline",
        "cancel": "Cancel my participation",
        "thanks": "Thank you, your answer is recorded.",
        "cancelled": "Your participation is cancelled.",
    },
    "ru": {
        "accept": "Принять",
        "decline": "Отклонить",
        "cancel": "Отменить моё участие",
        "thanks": "Спасибо, ваш ответ записан.",
        "cancelled": "Ваше участие отменено.",
    },
}


@pytest.mark.parametrize(
    ("size", "language"), [("desktop", "en"), ("phone", "ru")], ids=["desktop-en", "phone-ru"]
)
def test_it_lets_an_invited_participant_accept_decline_and_cancel(visit, event, size, language):
    words = WORDS[language]
    invited = event.people["member"]
    Participant.objects.filter(pk=invited.pk).update(status=ParticipantStatus.INVITED)
    v = visit("participant", size, language)
    page = v.page

    response = v.goto(f"/{language}/events/p/{invited.token}/")
    assert response.status == 200
    assert response.headers["referrer-policy"] == "same-origin"
    v.shot("invited")
    v.assert_accessible()

    page.get_by_role("button", name=words["decline"], exact=True).click()
    page.get_by_text(words["thanks"]).wait_for()
    invited.refresh_from_db()
    assert invited.status == ParticipantStatus.DECLINED

    page.get_by_role("button", name=words["accept"], exact=True).click()
    page.get_by_text(words["thanks"]).wait_for()
    invited.refresh_from_db()
    assert invited.status == ParticipantStatus.ACCEPTED
    assert page.locator("[data-status]").get_attribute("data-status") == "accepted"
    v.shot("accepted")
    v.assert_accessible()

    page.get_by_role("button", name=words["cancel"]).click()
    page.get_by_text(words["cancelled"]).wait_for()
    invited.refresh_from_db()
    assert invited.status == ParticipantStatus.CANCELLED
    v.shot("cancelled")
    assert v.errors == [] and v.outside == []


def test_it_shows_a_refused_form_in_the_theme_and_the_readers_language(visit, event):
    """A form sent from a page whose security token expired (here: the cookie is gone) gets a
    403 page in the site's theme and the reader's language, not Django's technical page."""
    guest = event.people["guest"]
    v = visit("participant", "phone", "ru")
    v.goto(f"/ru/events/p/{guest.token}/")
    v.context.clear_cookies()
    v.page.get_by_role("button", name=WORDS["ru"]["cancel"]).click()
    heading = v.page.locator("main h1")
    assert heading.inner_text() == "Не удалось отправить форму"
    assert v.page.locator("html").get_attribute("lang") == "ru"
    assert v.page.locator(".site-header").is_visible()
    v.shot("csrf-refused")
    v.assert_accessible()
    guest.refresh_from_db()
    assert guest.status == ParticipantStatus.REGISTERED
