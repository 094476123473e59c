"""Journey of an event organizer: the event desk and the check-in at the door, on a desktop in
English and on a phone in Russian, then the public page she shares (link previews, JSON-LD,
the share buttons). Planning an event in the admin and turning its record into a published
report: rostra/events/tests/test_browser_event.py."""

from __future__ import annotations

import json

import pytest

from rostra.events.models import Participant

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.usefixtures("fast_passwords"),
]

WORDS = {
    "en": {
        "desk": "Event desk: Spring Congress",
        "door": "Check-in at the door",
        "check": "Check in",
        "welcome": "checked in. Welcome!",
        "share": "Share",
        "title": "Spring Congress",
    },
    "ru": {
        "desk": "Пульт мероприятия: Весенний съезд",
        "door": "Регистрация на входе",
        "check": "Отметить",
        "welcome": "Добро пожаловать!",
        "share": "Поделиться",
        "title": "Весенний съезд",
    },
}


@pytest.mark.parametrize(
    ("size", "language", "who"),
    [("desktop", "en", "guest"), ("phone", "ru", "candidate")],
    ids=["desktop-en", "phone-ru"],
)
def test_it_checks_people_in_at_the_door_and_shares_the_event(
    visit, event, event_organizer, size, language, who
):
    from wagtail.users.models import UserProfile

    words = WORDS[language]
    profile = UserProfile.get_for_user(event_organizer)
    profile.preferred_language = language
    profile.save()
    arriving = event.people[who]
    v = visit("organizer", size, language)
    page = v.page
    v.login("organizer")

    v.goto(f"/admin/events/{event.pk}/desk/")
    page.get_by_role("heading", name=words["desk"]).wait_for()
    # Every participant's code is on the desk, for the door list.
    assert arriving.code in page.locator(".events-desk table").inner_text()
    v.shot("desk")

    page.get_by_role("link", name=words["door"]).click()
    # A code as people read it out: lower case, with a space in the middle.
    typed = f"{arriving.code[:4]} {arriving.code[4:]}".lower()
    page.locator("form input[name=code]").fill(typed)
    page.get_by_role("button", name=words["check"], exact=True).click()
    result = page.locator("[data-check-in-result]")
    result.wait_for()
    assert words["welcome"] in result.inner_text()
    assert Participant.objects.get(pk=arriving.pk).checked_in_at is not None
    v.shot("checked-in")

    # The public page she sends around: its preview and its share buttons.
    v.goto(f"/{language}/events/{event.slug}/")
    og = page.locator("meta[property='og:title']").get_attribute("content")
    assert og == words["title"]
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert data["@type"] == "Event" and data["name"] == words["title"]
    share = page.locator(".share")
    share.scroll_into_view_if_needed()
    assert share.get_by_role("heading", name=words["share"]).is_visible()
    v.shot("public-page")
    v.assert_accessible()
    assert v.errors == [] and v.outside == []
