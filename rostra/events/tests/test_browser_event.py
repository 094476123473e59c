"""From plan to published report in a real browser (headless Chromium, Playwright).

An organizer creates the event in the admin (times typed in Moscow time), a guest registers
on the public page and, through the link in the e-mail, gets a personal page with a code and
a QR code, the organizer checks the guest in at the door, records a vote, generates the
report, submits it to the editorial workflow, and a chief editor approves and publishes it.
The event page then links to it.
"""

from __future__ import annotations

import re

import pytest

from rostra.conftest import save_screenshot

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def _shot(page, name: str) -> None:
    save_screenshot(page, f"events-{name}")


def _login(page, base: str, username: str) -> None:
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", f"pass-{username}")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_it_takes_an_event_from_plan_to_published_report(
    live_server, chromium, event_organizer, chief_editor, event_kinds, news_indexes, org_units
):
    # The organizer also writes the report: an editor as well.
    from django.contrib.auth.models import Group
    from django.core import mail
    from playwright.sync_api import expect

    from rostra.events.models import Event, Participant
    from rostra.news.editorial import EDITORS

    event_organizer.groups.add(Group.objects.get(name=EDITORS))
    base = live_server.url

    admin = chromium.new_context(viewport={"width": 1280, "height": 1000}, locale="en-GB")
    admin.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(base) else route.abort(),
    )
    page = admin.new_page()
    page.set_default_timeout(20_000)
    _login(page, base, "organizer")

    # 1. The organizer creates the event; times are typed in Moscow time.
    page.goto(f"{base}/admin/events/events/new/")
    page.select_option("#id_kind", label="Round table")
    page.select_option("#id_status", value="planned")
    page.fill("#id_title_en", "Round table on libraries")
    page.fill("#id_title_ru", "Круглый стол о библиотеках")
    page.fill("#id_slug", "libraries-round-table")
    page.select_option("#id_time_zone", value="Europe/Moscow")
    page.fill("#id_start", "2030-05-09 18:00")
    page.fill("#id_end", "2030-05-09 20:00")
    page.fill("#id_city_en", "Kazan")
    page.get_by_label("Coordinating Committee").check()
    page.select_option("#id_registration_mode", value="open")
    page.fill("#id_capacity", "20")
    _shot(page, "1-admin-new-event")
    page.get_by_role("button", name=re.compile("^(Create|Save)$")).first.click()
    page.wait_for_url(re.compile(r".*/admin/events/events/(\?.*)?$"))
    event = Event.objects.get(slug="libraries-round-table")
    assert event.local_start().hour == 18 and event.start.hour == 15

    # 2. A guest registers on the public page, in Russian.
    guest_context = chromium.new_context(viewport={"width": 1000, "height": 1200})
    guest = guest_context.new_page()
    guest.goto(f"{base}/ru/events/libraries-round-table/")
    expect(guest.locator("h1")).to_have_text("Круглый стол о библиотеках")
    guest.fill("#id_name", "Rosa Almeida")
    guest.fill("#id_email", "rosa@example.org")
    _shot(guest, "2-public-registration")
    guest.locator(".events-register button[type=submit]").click()
    # The page says only that an e-mail is on its way (the same for any address); the
    # personal link comes in the e-mail.
    guest.wait_for_url(re.compile(r".*/ru/events/libraries-round-table/register/sent/$"))
    expect(guest.locator("[data-registration-sent]")).to_contain_text("Проверьте почту")
    _shot(guest, "2b-registration-sent")
    link = re.search(r"https?://\S+/ru/events/p/[^/\s]+/", mail.outbox[-1].body).group(0)
    guest.goto(base + link[link.index("/ru/") :])
    code = guest.locator("[data-code]").inner_text().strip()
    assert guest.locator(".events-qr svg").count() == 1
    _shot(guest, "3-personal-page")
    participant = Participant.objects.get(email="rosa@example.org")
    assert participant.code == code and participant.status == "registered"

    # 3. At the door: the organizer types the code.
    page.goto(f"{base}/admin/events/{event.pk}/desk/")
    page.get_by_role("link", name="Check-in at the door").click()
    page.fill("#id_code", code.lower())
    page.get_by_role("button", name="Check in").click()
    expect(page.locator("[data-check-in-result]")).to_contain_text("Rosa Almeida")
    _shot(page, "4-check-in")
    participant.refresh_from_db()
    assert participant.checked_in_at is not None

    # 4. A motion on the agenda, and its vote recorded.
    # "Add an agenda item" from the desk starts on this event.
    page.goto(f"{base}/admin/events/{event.pk}/desk/")
    page.get_by_role("link", name="Add an agenda item").click()
    expect(page.locator("#id_event option:checked")).to_have_text("Round table on libraries")
    page.fill("#id_position", "1")
    page.select_option("#id_kind", value="motion")
    page.fill("#id_title_en", "Reading rooms")
    page.get_by_role("button", name=re.compile("^(Create|Save)$")).first.click()
    page.wait_for_url(re.compile(r".*/admin/events/agenda/(\?.*)?$"))
    page.goto(f"{base}/admin/events/motions/new/")
    page.select_option("#id_item", label="Round table on libraries — 1. Reading rooms")
    page.fill("#id_question_en", "Open two new reading rooms?")
    page.fill("#id_counts_text", "yes: 9\nno: 0\nabstain: 0")
    page.get_by_role("button", name=re.compile("^(Create|Save)$")).first.click()
    page.wait_for_url(re.compile(r".*/admin/events/motions/(\?.*)?$"))
    page.goto(f"{base}/admin/events/{event.pk}/desk/")
    expect(page.locator(".events-desk")).to_contain_text("unanimous")
    _shot(page, "5-desk")

    # 5. The report, once the event has taken place: generated, then submitted to review.
    expect(page.get_by_role("button", name="Generate report")).to_have_count(0)
    Event.objects.filter(pk=event.pk).update(status="held")
    page.reload()
    page.get_by_role("button", name="Generate report").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    expect(page.locator("#id_title")).to_have_value("Round table on libraries")
    _shot(page, "6-report-draft")
    page.locator("footer .dropdown-toggle, [data-w-dropdown-target=toggle]").last.click()
    page.get_by_role("button", name=re.compile("Submit to Editorial review")).click()
    expect(page.locator(".messages")).to_contain_text("submitted")

    # 6. The chief editor approves and publishes.
    chief = chromium.new_context(viewport={"width": 1280, "height": 1000})
    review = chief.new_page()
    review.set_default_timeout(20_000)
    _login(review, base, "chief")
    report = event.reports.get().page
    review.goto(f"{base}/admin/pages/{report.pk}/edit/")
    review.locator("footer .dropdown-toggle, [data-w-dropdown-target=toggle]").last.click()
    review.get_by_role("button", name=re.compile("Approve")).first.click()
    review.wait_for_load_state()
    report.refresh_from_db()
    assert report.live
    _shot(review, "7-approved")

    # 7. The event page links to the published report.
    guest.goto(f"{base}/en/events/libraries-round-table/")
    link = guest.locator(".events-reports a")
    expect(link).to_have_text("Round table on libraries")
    expect(guest.locator(".events-result")).to_contain_text("Adopted unanimously")
    _shot(guest, "8-event-page")
    link.click()
    expect(guest.locator("h1")).to_have_text("Round table on libraries")
    _shot(guest, "9-report")


def test_an_organizer_records_a_held_event_in_one_screen(
    live_server, chromium, event_organizer, held_event
):
    """Many participants in one grid (a registry person, a guest typed by name), then the
    attendance sheet; nothing is sent, the desk lists them."""
    from playwright.sync_api import expect

    from rostra.events.models import Participant

    base = live_server.url
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, locale="en-GB")
    page = context.new_page()
    page.set_default_timeout(20_000)
    _login(page, base, "organizer")
    page.goto(f"{base}/admin/events/{held_event.pk}/desk/")
    page.get_by_role("link", name="Add participants").click()
    expect(page.locator(".help").first).to_contain_text("no invitation is sent")
    page.fill("#id_form-0-name", "Kira Sommer")
    page.select_option("#id_form-0-role", value="observer")
    page.fill("#id_form-0-affiliation", "video blogger, “Kira on the Road” channel")
    page.fill("#id_form-1-name", "Erik Holm")
    page.select_option("#id_form-1-role", value="guest")
    page.fill("#id_form-1-position", "Ambassador")
    _shot(page, "grid-filled")
    page.get_by_role("button", name="Record these participants").click()
    page.wait_for_url(f"{base}/admin/events/{held_event.pk}/desk/")
    expect(page.locator(".events-desk")).to_contain_text("Kira Sommer")
    _shot(page, "grid-saved-desk")
    assert Participant.objects.get(event=held_event, name="Erik Holm").position_en == "Ambassador"
    page.get_by_role("link", name="Mark attendance").click()
    expect(page.locator("table.listing")).to_contain_text("Erik Holm")
    _shot(page, "attendance-sheet")
    context.close()
