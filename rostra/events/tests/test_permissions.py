"""A unit's organizers manage its events only; observers and guests never see members-only
parts (contact data, the online room before registration, the minutes)."""

from __future__ import annotations

import pytest
from django.core.exceptions import PermissionDenied

from rostra.events import actions, builders, permissions


@pytest.fixture
def chapter_event(event_kinds, org_units, event):
    return builders.event(
        "chapter-evening",
        event_kinds["meeting"],
        titles=("Chapter evening",),
        start=event.start,
        end=event.end,
        status="planned",
        organizers=[org_units["china"]],
    )


def test_organizers_manage_their_units_events_and_no_others(event, chapter_event, event_organizer):
    assert permissions.can_manage_event(event_organizer, event)
    assert not permissions.can_manage_event(event_organizer, chapter_event)
    assert list(permissions.events_managed_by(event_organizer)) == [event]
    with pytest.raises(PermissionDenied):
        actions.do_check_in(chapter_event, "ANY", acting_user=event_organizer)
    with pytest.raises(PermissionDenied):
        actions.do_generate_report(chapter_event, acting_user=event_organizer)


def test_a_sub_units_events_belong_to_the_parent_units_organizers(
    event_kinds, org_units, event, event_organizer
):
    preparatory = builders.event(
        "preparation",
        event_kinds["meeting"],
        titles=("Preparation",),
        start=event.start,
        end=event.end,
        organizers=[org_units["preparatory"]],  # part of the coordinating committee
    )
    assert permissions.can_manage_event(event_organizer, preparatory)


def test_a_position_without_the_group_or_the_group_without_a_position_is_not_enough(
    event, chair, django_user_model
):
    from django.contrib.auth.models import Group

    assert not permissions.can_manage_event(chair, event)  # chairman, but not an organizer
    loner = django_user_model.objects.create_user("loner", password="x")
    loner.groups.add(Group.objects.get(name=permissions.EVENT_ORGANIZERS))
    assert not permissions.can_manage_event(loner, event)
    assert not permissions.can_create_event(loner)


def test_administrators_manage_every_event(event, chapter_event, org_admin):
    assert permissions.can_manage_event(org_admin, chapter_event)
    assert permissions.organizer_unit_ids(org_admin) is None


def test_organizers_see_only_their_events_in_the_admin(
    client, event, chapter_event, event_organizer
):
    client.force_login(event_organizer)
    listing = client.get("/admin/events/events/").content.decode()
    assert "Spring Congress" in listing and "Chapter evening" not in listing
    assert client.get(f"/admin/events/events/edit/{chapter_event.pk}/").status_code in (302, 403)
    assert client.get(f"/admin/events/{chapter_event.pk}/desk/").status_code in (302, 403)
    assert client.get(f"/admin/events/{event.pk}/desk/").status_code == 200


def test_an_organizer_cannot_name_another_units_as_organizer(event, event_organizer, org_units):
    with pytest.raises(PermissionDenied):
        actions.do_save_event(event, acting_user=event_organizer, organizers=[org_units["china"]])


@pytest.mark.parametrize("who", ["anonymous", "observer", "outsider"])
def test_outsiders_never_see_members_only_parts(client, event, who, request, html):
    event.people["observer"].delete()  # the journalist has not registered (yet)
    if who != "anonymous":
        client.force_login(request.getfixturevalue(who))
    page = html(client.get("/en/events/spring-congress/"))
    text = str(page)
    assert "meet.example.org" not in text
    assert "rosa@example.org" not in text
    assert page.select_one(".events-members") is None
    minutes = client.get("/en/events/spring-congress/minutes/")
    assert minutes.status_code == (404 if who == "anonymous" else 403)
    assert client.get("/en/events/spring-congress/minutes.pdf").status_code in (403, 404)


def test_members_see_the_minutes_and_contacts_but_not_the_room(client, event, member, html):
    event.people["member"].delete()  # a member who did not register
    client.force_login(member)
    page = html(client.get("/en/events/spring-congress/"))
    assert page.select_one(".events-members a")["href"].endswith("/minutes/")
    assert "rosa@example.org" in str(page.select_one(".events-contacts"))
    assert "meet.example.org" not in str(page)
    assert client.get("/en/events/spring-congress/minutes/").status_code == 200


def test_a_registered_guest_sees_the_room_on_the_personal_page(client, event, html):
    guest = event.people["guest"]
    page = html(client.get(f"/en/events/p/{guest.token}/"))
    assert page.select_one(".events-room a")["href"] == event.online_url
    assert page.select_one(".events-code").get_text() == guest.code
    assert page.select_one(".events-qr svg") is not None
    assert page.select_one(".events-members") is None


def test_a_registered_observer_sees_the_room_but_not_the_minutes(client, event, observer, html):
    client.force_login(observer)
    page = html(client.get("/en/events/spring-congress/"))
    assert page.select_one(".events-room a")["href"] == event.online_url
    assert page.select_one(".events-members") is None
    assert "rosa@example.org" not in str(page)
    assert client.get("/en/events/spring-congress/minutes/").status_code == 403


def test_a_waiting_guest_sees_neither_room_nor_code(client, event, html):
    waiting = builders.participant(event, "Wait Ing", email="w@example.org", status="waiting")
    page = html(client.get(f"/en/events/p/{waiting.token}/"))
    assert page.select_one(".events-room") is None
    assert page.select_one(".events-qr") is None
