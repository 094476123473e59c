"""The events admin: every viewset's pages open for an organizer, the desk invites, the report
button makes the draft, and forms keep the organizer to their own events."""

from __future__ import annotations

import pytest
from django.core import mail

from rostra.events.models import Participant

VIEWSETS = ["events", "sessions", "participants", "agenda", "motions", "attachments", "photos"]


@pytest.mark.parametrize("name", VIEWSETS)
def test_the_listing_and_the_add_form_open(client, event, event_organizer, name):
    client.force_login(event_organizer)
    assert client.get(f"/admin/events/{name}/").status_code == 200
    assert client.get(f"/admin/events/{name}/new/").status_code == 200


def test_the_edit_forms_open_for_the_event_and_its_parts(client, held_event, event_organizer):
    client.force_login(event_organizer)
    item = held_event.agenda.get(position=5)
    for url in (
        f"/admin/events/events/edit/{held_event.pk}/",
        f"/admin/events/participants/edit/{held_event.people['guest'].pk}/",
        f"/admin/events/agenda/edit/{item.pk}/",
        f"/admin/events/motions/edit/{item.motions.get().pk}/",
        f"/admin/events/{held_event.pk}/desk/",
        f"/admin/events/{held_event.pk}/check-in/",
    ):
        assert client.get(url).status_code == 200, url


def test_the_desk_invites_a_person_with_roles(
    client, event, event_organizer, org_units, django_capture_on_commit_callbacks
):
    from rostra.org import builders as org

    person = org.person(
        "p-speaker", "Karin Berg", "Karin Berg", email="karin@example.org", language="de"
    )
    client.force_login(event_organizer)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            f"/admin/events/{event.pk}/invite/", {"person": person.pk, "roles": ["speaker"]}
        )
    assert response.status_code == 302
    invited = Participant.objects.get(event=event, person=person)
    assert invited.status == "invited" and invited.role_set() == {"speaker"}
    assert mail.outbox[-1].to == ["karin@example.org"]
    assert mail.outbox[-1].subject == "Einladung: Frühjahrskongress"


def test_a_participant_form_needs_a_person_or_a_name(client, event, event_organizer):
    client.force_login(event_organizer)
    response = client.post(
        "/admin/events/participants/new/",
        {"event": event.pk, "status": "invited", "language": "en", "sort_order": 0},
    )
    assert response.status_code == 200
    assert "Choose a person of the registry or give a name." in response.content.decode()


def test_the_participant_form_sets_the_roles(client, event, event_organizer):
    client.force_login(event_organizer)
    guest = event.people["guest"]
    response = client.post(
        f"/admin/events/participants/edit/{guest.pk}/",
        {
            "event": event.pk,
            "status": "registered",
            "language": "en",
            "name": guest.name,
            "email": guest.email,
            "roles": ["guest", "speaker"],
            "sort_order": 0,
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    assert guest.role_set() == {"guest", "speaker"}


def test_the_report_button_makes_the_draft(client, held_event, event_organizer):
    client.force_login(event_organizer)
    response = client.post(f"/admin/events/{held_event.pk}/report/")
    page = held_event.reports.get().page
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    again = client.post(f"/admin/events/{held_event.pk}/report/", follow=True)
    assert "already has a report" in again.content.decode()


def test_a_vote_recorded_in_the_motion_form(client, held_event, event_organizer):
    client.force_login(event_organizer)
    motion = held_event.agenda.get(position=5).motions.get()
    response = client.post(
        f"/admin/events/motions/edit/{motion.pk}/",
        {
            "item": motion.item_id,
            "kind": "yes_no",
            "majority": "simple",
            "question_en": motion.question_en,
            "counts_text": "yes: 2\nno: 1\nabstain: 0",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    motion.refresh_from_db()
    assert motion.adopted and not motion.unanimous and motion.result["no"] == 1
