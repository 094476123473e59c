"""A partner organization is invited as a whole and answers through its own link."""

from __future__ import annotations

from django.core import mail

from rostra.events import actions
from rostra.events.models import PartnerInvitation


def test_a_partner_is_invited_once_and_answers_with_its_representatives(
    client, event, django_capture_on_commit_callbacks
):
    from rostra.org import builders as org

    partner = org.partner(
        "harbour-society", "friendly", "Harbour Society", contact_email="office@harbour.example.org"
    )
    with django_capture_on_commit_callbacks(execute=True):
        invitation = actions.do_invite_partner(event, partner, acting_user=None)
        again = actions.do_invite_partner(event, partner, acting_user=None)
    assert again == invitation
    assert [m.to for m in mail.outbox] == [["office@harbour.example.org"]]
    assert f"/en/events/partner/{invitation.token}/" in mail.outbox[0].body

    page = client.get(f"/en/events/partner/{invitation.token}/")
    assert page.status_code == 200 and "Harbour Society" in page.content.decode()
    client.post(
        f"/en/events/partner/{invitation.token}/",
        {"answer": "accept", "note": "Our chair, Ms Vale, and one guest."},
    )
    invitation = PartnerInvitation.objects.get(pk=invitation.pk)
    assert invitation.status == "accepted" and invitation.note.startswith("Our chair")
    assert invitation.responded_at is not None


def test_the_desk_invites_a_partner(client, event, event_organizer):
    from rostra.org import builders as org

    partner = org.partner("lake-club", "friendly", "Lake Club")
    client.force_login(event_organizer)
    client.post(f"/admin/events/{event.pk}/invite/", {"invite_partner": partner.pk})
    assert PartnerInvitation.objects.filter(event=event, partner=partner).exists()
    desk = client.get(f"/admin/events/{event.pk}/desk/").content.decode()
    assert "Lake Club" in desk
