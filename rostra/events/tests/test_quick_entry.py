"""Entering a held event is quick: nothing is sent for an event in the past, many participants
in one screen, a guest typed once is found again, "Add" from the desk starts on its event."""

from __future__ import annotations

import datetime

import pytest
from django.core import mail
from django.utils import timezone

from rostra.events import actions, builders
from rostra.events.models import Motion, Participant


@pytest.fixture
def past_event(event):
    """The spring congress, moved four months into the past and marked held."""
    shift = event.start - (timezone.now() - datetime.timedelta(days=120))
    event.start -= shift
    event.end -= shift
    event.status = "held"
    event.save()
    return event


def test_inviting_to_a_past_event_records_and_sends_nothing(
    past_event, org_units, django_capture_on_commit_callbacks
):
    from rostra.org import builders as org

    person = org.person("p-late", "Karin Berg", "Karin Berg", email="karin@example.org")
    with django_capture_on_commit_callbacks(execute=True):
        participant = actions.do_invite(
            past_event, acting_user=None, person=person, roles=["speaker"]
        )
    assert mail.outbox == []
    assert participant.status == "accepted" and participant.marked_present
    assert participant.invited_at is None


def test_the_grid_adds_many_participants_in_one_screen(
    client, past_event, event_organizer, org_units, django_capture_on_commit_callbacks
):
    from rostra.org import builders as org
    from rostra.org.models import PartnerOrganization

    ambassador_org = PartnerOrganization.objects.create(
        slug="embassy", kind="embassy", name_en="Embassy of Norland"
    )
    person = org.person("p-grid", "Karin Berg", "Karin Berg", email="karin@example.org")
    client.force_login(event_organizer)
    page = client.get(f"/admin/events/{past_event.pk}/participants/")
    assert page.status_code == 200
    assert "no invitation is sent" in page.content.decode()
    rows = [
        {"person": person.pk, "role": "delegate", "represents": f"unit:{org_units['germany'].pk}"},
        {
            "name": "Erik Holm",
            "role": "guest",
            "represents": f"partner:{ambassador_org.pk}",
            "position": "Ambassador",
            "present": "on",
        },
        {
            "name": "Kira Sommer",
            "role": "observer",
            "affiliation": "video blogger, “Kira on the Road” channel",
            "present": "on",
        },
        {},
    ]
    data = {"form-TOTAL_FORMS": len(rows), "form-INITIAL_FORMS": 0}
    for n, row in enumerate(rows):
        for key, value in row.items():
            data[f"form-{n}-{key}"] = value
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/admin/events/{past_event.pk}/participants/", data)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/events/{past_event.pk}/desk/"
    assert mail.outbox == []
    karin = Participant.objects.get(event=past_event, person=person)
    assert karin.role_set() == {"delegate"} and karin.representing_unit == org_units["germany"]
    assert not karin.marked_present  # left unticked
    erik = Participant.objects.get(event=past_event, name="Erik Holm")
    assert erik.representing_partner == ambassador_org and erik.position_en == "Ambassador"
    assert erik.marked_present and erik.status == "accepted"
    kira = Participant.objects.get(event=past_event, name="Kira Sommer")
    assert kira.affiliation.startswith("video blogger") and kira.representing_partner is None


def test_a_bad_row_keeps_everything_typed(client, past_event, event_organizer):
    client.force_login(event_organizer)
    data = {
        "form-TOTAL_FORMS": 2,
        "form-INITIAL_FORMS": 0,
        "form-0-name": "Erik Holm",
        "form-0-role": "guest",
        "form-1-name": "Nobody Role",
    }
    response = client.post(f"/admin/events/{past_event.pk}/participants/", data)
    assert response.status_code == 200
    body = response.content.decode()
    assert "Choose the role." in body and 'value="Erik Holm"' in body
    assert not Participant.objects.filter(event=past_event, name="Erik Holm").exists()


def test_a_guest_typed_once_is_found_again(
    past_event, event_kinds, org_units, client, event_organizer
):
    actions.do_record_participant(
        past_event,
        acting_user=None,
        name="Kira Sommer",
        email="kira@example.org",
        roles=["observer"],
        affiliation="video blogger, “Kira on the Road” channel",
        positions={"position_en": "Host of the channel"},
    )
    later = builders.event(
        "winter-meeting",
        event_kinds["congress"],
        titles=("Winter Meeting",),
        start=past_event.start + datetime.timedelta(days=30),
        end=past_event.end + datetime.timedelta(days=30),
        status="held",
        organizers=[org_units["committee"]],
    )
    client.force_login(event_organizer)
    grid = client.get(f"/admin/events/{later.pk}/participants/").content.decode()
    assert '<option value="Kira Sommer">' in grid
    again = actions.do_record_participant(
        later, acting_user=None, name="kira sommer", roles=["observer"]
    )
    assert again.affiliation == "video blogger, “Kira on the Road” channel"
    assert again.email == "kira@example.org" and again.position_en == "Host of the channel"


def test_add_from_the_desk_preselects_the_event_and_motion_titles_end_at_a_word(
    client, held_event, event_organizer
):
    client.force_login(event_organizer)
    desk = client.get(f"/admin/events/{held_event.pk}/desk/").content.decode()
    assert f"/admin/events/agenda/new/?event={held_event.pk}" in desk
    motion = Motion.objects.get(item__event=held_event)
    motion.question_en = (
        "Shall the Association send humanitarian help from its relief fund to every region "
        "flooded this spring?"
    )
    motion.save()
    label = str(motion)
    assert label.endswith("…") and len(label) <= 80
    assert motion.question_en.startswith(label[:-1]) and label[-2] != " "
    assert motion.question_en[len(label) - 1] == " "  # cut where a word ends
    desk = client.get(f"/admin/events/{held_event.pk}/desk/").content.decode()
    assert "every region flooded this spring?" in desk  # the desk shows it whole
    item = held_event.agenda.get(kind="motion")
    assert f"/admin/events/motions/new/?item={item.pk}" in desk
