"""The record is right: standing roles exclude each other, an item's people and session are its
event's, attendance by any route, the public page names the public roles, sessions in the
event's zone, candidates and guests told apart, ceremonies with recipient and giver."""

from __future__ import annotations

import datetime

import pytest
from django.db import IntegrityError, transaction

from rostra.events import actions, builders
from rostra.events.models import AgendaItem, ParticipantRole, Role
from rostra.events.record import build


def test_an_observer_cannot_be_given_a_vote_by_the_action(event):
    observer = event.people["observer"]
    with pytest.raises(actions.Refused, match="cannot also be a delegate"):
        actions.do_set_roles(observer, [Role.OBSERVER, Role.DELEGATE], acting_user=None)
    with pytest.raises(actions.Refused):
        actions.do_assign_role(observer, Role.DELEGATE, acting_user=None)
    assert observer.role_set() == {"observer"}


def test_the_database_refuses_a_guest_who_is_also_a_delegate(event):
    guest = event.people["guest"]
    with pytest.raises(IntegrityError), transaction.atomic():
        ParticipantRole.objects.create(participant=guest, role=Role.DELEGATE)
    assert guest.role_set() == {"guest"}


def test_the_participant_form_says_why(client, event, event_organizer):
    client.force_login(event_organizer)
    observer = event.people["observer"]
    response = client.post(
        f"/admin/events/participants/edit/{observer.pk}/",
        {
            "event": event.pk,
            "status": "accepted",
            "language": "en",
            "person": observer.person_id,
            "roles": ["observer", "delegate"],
            "sort_order": 0,
        },
    )
    assert response.status_code == 200
    assert "cannot also be a delegate with a vote" in response.content.decode()
    assert observer.role_set() == {"observer"}


def _second_event(event, event_kinds, org_units):
    other = builders.event(
        "autumn-meeting",
        event_kinds["congress"],
        titles=("Autumn Meeting",),
        start=event.start + datetime.timedelta(days=100),
        end=event.end + datetime.timedelta(days=100),
        organizers=[org_units["committee"]],
    )
    stranger = builders.participant(other, "Li Wei", email="li.other@example.org")
    session = builders.session(other, other.start, other.end, "Only day")
    return other, stranger, session


def test_an_item_refuses_a_speaker_and_a_session_of_another_event(event, event_kinds, org_units):
    from django.core.exceptions import ValidationError

    _other, stranger, session = _second_event(event, event_kinds, org_units)
    item = AgendaItem(event=event, position=9, kind="speech", speaker=stranger, session=session)
    with pytest.raises(ValidationError) as refused:
        item.full_clean()
    assert set(refused.value.message_dict) >= {"speaker", "session"}


def test_the_item_form_offers_only_its_events_people(
    client, event, event_kinds, org_units, event_organizer, html
):
    _other, stranger, _session = _second_event(event, event_kinds, org_units)
    client.force_login(event_organizer)
    page = html(client.get(f"/admin/events/agenda/new/?event={event.pk}"))
    chosen = page.select_one("select[name=event] option[selected]")
    assert chosen is not None and chosen["value"] == str(event.pk)
    speakers = {o["value"] for o in page.select("select[name=speaker] option") if o["value"]}
    assert speakers == {str(p.pk) for p in event.people.values()}
    assert str(stranger.pk) not in speakers
    # Posted anyway (an old form), it is refused with a message, nothing is saved.
    response = client.post(
        "/admin/events/agenda/new/",
        {"event": event.pk, "position": 1, "kind": "speech", "speaker": stranger.pk},
    )
    assert response.status_code == 200
    assert not AgendaItem.objects.filter(event=event, position=1).exists()


def test_the_item_and_motion_choosers_offer_its_events_sessions_and_items(
    client, held_event, event_kinds, org_units, event_organizer, html
):
    other, _stranger, _foreign_session = _second_event(held_event, event_kinds, org_units)
    own_session = builders.session(held_event, held_event.start, held_event.end, "Evening")
    foreign_item = builders.item(other, 1, "motion", titles=("Autumn budget",))
    client.force_login(event_organizer)
    page = html(client.get(f"/admin/events/agenda/new/?event={held_event.pk}"))
    sessions = {o["value"] for o in page.select("select[name=session] option") if o["value"]}
    assert sessions == {str(own_session.pk)}
    # Before the event is chosen, every session and speaker says whose it is.
    page = html(client.get("/admin/events/agenda/new/"))
    labels = {o.get_text() for o in page.select("select[name=session] option") if o["value"]}
    assert labels == {"Evening — Spring Congress", "Only day — Autumn Meeting"}
    speakers = [o.get_text() for o in page.select("select[name=speaker] option") if o["value"]]
    assert speakers.count("Li Wei — Spring Congress") == 1
    assert "Li Wei — Autumn Meeting" in speakers
    # A motion added from an item offers only that event's items.
    vote = held_event.agenda.get(kind="motion")
    page = html(client.get(f"/admin/events/motions/new/?item={vote.pk}"))
    items = {o["value"] for o in page.select("select[name=item] option") if o["value"]}
    assert str(vote.pk) in items and str(foreign_item.pk) not in items
    assert items == {str(pk) for pk in held_event.agenda.values_list("pk", flat=True)}


def test_the_desk_and_the_attendance_sheet_say_who_is_a_candidate(
    client, held_event, event_organizer, html
):
    client.force_login(event_organizer)
    for url in (
        f"/admin/events/{held_event.pk}/desk/",
        f"/admin/events/{held_event.pk}/attendance/",
    ):
        names = [a.get_text() for a in html(client.get(url)).select("table.listing td a, label")]
        assert "candidate member Paul Brenner" in names, url
        assert "Anna Petrova" in names and "candidate member Anna Petrova" not in names


def test_attendance_is_every_route_and_the_organizer_marks_the_rest(held_event):
    people = held_event.people
    # Reset: only the observer was in the room; the others were there without a trace.
    for key in ("chair", "member", "candidate", "guest"):
        people[key].checked_in_at = None
        people[key].save()
    record = build(held_event, "en")
    assert [a.name for a in record.attendees] == ["Sofia Lindqvist"]
    assert (
        actions.do_mark_attendance(
            held_event, [people["chair"].pk, people["member"].pk], acting_user=None
        )
        == 3
    )
    record = build(held_event, "en")
    assert {a.name for a in record.attendees} == {"Li Wei", "Anna Petrova", "Sofia Lindqvist"}
    assert [a.name for a in record.presidium] == ["Li Wei"]


def test_the_attendance_screen_marks_a_held_event(client, held_event, event_organizer):
    people = held_event.people
    people["candidate"].checked_in_at = None
    people["candidate"].save()
    people["chair"].checked_in_at = held_event.start
    people["chair"].save()
    client.force_login(event_organizer)
    page = client.get(f"/admin/events/{held_event.pk}/attendance/").content.decode()
    assert f'name="present" value="{people["candidate"].pk}"' in page
    assert "at the door, 6 p.m. (Europe/Moscow)" in page  # the event's own time
    response = client.post(
        f"/admin/events/{held_event.pk}/attendance/", {"present": [people["candidate"].pk]}
    )
    assert response.status_code == 302
    people["candidate"].refresh_from_db()
    assert people["candidate"].marked_present and people["candidate"].attended


def test_the_public_page_shows_presidium_speakers_and_partners_only(
    client, held_event, html, org_units
):
    from rostra.org.models import PartnerOrganization

    partner = PartnerOrganization.objects.create(
        slug="harbour", kind="friendly", name_en="Harbour Friendship Society"
    )
    from rostra.events.models import Participant

    guest = held_event.people["guest"]
    Participant.objects.filter(pk=guest.pk).update(representing_partner=partner)
    page = html(client.get("/en/events/spring-congress/"))
    people = page.select_one(".events-people").get_text(" ", strip=True)
    assert "Li Wei, Chairman of the Coordinating Committee" in people
    assert "Anna Petrova" in people  # a speaker
    assert "Harbour Friendship Society" in people  # a partner represented
    assert "Sofia Lindqvist" not in people  # an observer
    text = page.get_text(" ")
    assert "rosa@example.org" not in text and "@" not in people


def test_a_session_typed_in_the_events_zone_is_stored_in_utc(client, event, event_organizer):
    client.force_login(event_organizer)
    response = client.post(
        "/admin/events/sessions/new/",
        {
            "event": event.pk,
            "title_en": "Opening day",
            "start": "2030-05-10 10:00",
            "end": "2030-05-10 13:00",
            "sort_order": 0,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    session = event.sessions.get(title_en="Opening day")
    assert session.start == datetime.datetime(2030, 5, 10, 7, 0, tzinfo=datetime.UTC)
    form = client.get(f"/admin/events/sessions/edit/{session.pk}/").content.decode()
    assert 'value="2030-05-10 10:00"' in form
    listing = client.get("/admin/events/sessions/").content.decode()
    assert "10 a.m.–1 p.m. (Europe/Moscow)" in listing


def test_candidates_are_told_apart_and_a_guests_affiliation_is_not_an_organization(
    held_event,
):
    record = build(held_event, "en")
    delegates = next(g for g in record.groups if g.role == "delegate")
    assert ("Chapter in Germany", ["candidate member Paul Brenner"]) in delegates.organizations
    guest = next(a for a in record.attendees if a.name == "Rosa Almeida")
    assert guest.organization == "" and guest.affiliation == "Harbour Friendship Society"
    guests = next(g for g in record.groups if g.role == "guest")
    assert guests.organizations == [("", ["Rosa Almeida (Harbour Friendship Society)"])]
    assert "Harbour Friendship Society" not in record.partners


def test_a_gift_to_a_named_guest_handed_over_by_the_chairman(held_event):
    from rostra.events import report

    people = held_event.people
    builders.item(
        held_event,
        7,
        "ceremony",
        titles=("Book of the harbour", "Книга о гавани", "港口之书", "Buch vom Hafen"),
        recipient=people["guest"],
        presented_by=people["chair"],
    )
    record = build(held_event, "en")
    item = next(i for i in record.items if i.item.position == 7)
    assert report.ceremony_sentence(item, "en") == (
        "The gift “Book of the harbour” went to Rosa Almeida (Harbour Friendship Society). "
        "It was presented by Li Wei, Chairman of the Coordinating Committee."
    )
    record = build(held_event, "zh-hans")
    item = next(i for i in record.items if i.item.position == 7)
    assert report.ceremony_sentence(item, "zh-hans") == (
        "协调委员会主席李伟向Rosa Almeida（Harbour Friendship Society）赠送了“港口之书”。"
    )


def test_a_gift_from_one_partner_to_another(held_event):
    from rostra.events import report
    from rostra.org.models import PartnerOrganization

    harbour = PartnerOrganization.objects.create(
        slug="harbour",
        kind="friendly",
        name_en="Harbour Friendship Society",
        name_de="Hafen-Freundschaftsgesellschaft",
    )
    embassy = PartnerOrganization.objects.create(
        slug="embassy",
        kind="embassy",
        name_en="Embassy of Norland",
        name_de="Botschaft von Norland",
    )
    builders.item(held_event, 7, "ceremony", titles=("Book of the harbour", "", "", "Hafenbuch"))
    AgendaItem.objects.filter(event=held_event, position=7).update(
        recipient_partner=harbour, presented_by_partner=embassy
    )
    record = build(held_event, "de")
    item = next(i for i in record.items if i.item.position == 7)
    sentence = report.ceremony_sentence(item, "de")
    assert "„Hafenbuch“" in sentence
    assert "Hafen-Freundschaftsgesellschaft" in sentence and "Botschaft von Norland" in sentence
