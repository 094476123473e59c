"""Open registration tells nobody who is registered: posting any address gets the same answer
(new, registered, on the waiting list, invited, accepted), and the owner of an address already
on the list is told by e-mail, in their language, with their personal link."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from rostra.events import actions
from rostra.events.models import Participant, ParticipantStatus

URL = "/en/events/spring-congress/register/"


def _known(event, email: str, status: str, language: str) -> Participant:
    return Participant.objects.create(
        event=event, name="Known Person", email=email, status=status, language=language
    )


def _post(client, email: str, capture):
    mail.outbox.clear()
    with capture(execute=True):
        response = client.post(URL, {"name": "Curious Visitor", "email": email})
    page = client.get(response["Location"]) if response.status_code == 302 else None
    # Forms on the page carry a per-request CSRF token; nothing else may differ.
    body = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page.content.decode())
    return (response.status_code, response["Location"], response.content, body), list(mail.outbox)


@pytest.fixture
def known(event, org_units):
    return {
        "registered": _known(event, "reg@example.org", ParticipantStatus.REGISTERED, "ru"),
        "waiting": _known(event, "wait@example.org", ParticipantStatus.WAITING, "de"),
        "accepted": _known(event, "acc@example.org", ParticipantStatus.ACCEPTED, "en"),
        "invited": actions.do_invite(
            event,
            name="Li Wei",
            email="li@example.org",
            language="zh-hans",
            acting_user=None,
            send=False,
        ),
    }


def test_it_answers_the_same_for_a_new_and_every_known_address_and_mails_the_owner(
    client, event, known, django_capture_on_commit_callbacks
):
    capture = django_capture_on_commit_callbacks
    new_answer, new_mail = _post(client, "new@example.org", capture)
    assert new_answer[0] == 302
    assert [(m.to, m.subject) for m in new_mail] == [
        (["new@example.org"], "You are registered: Spring Congress")
    ]

    expected = {
        "registered": ("reg@example.org", "Ваша регистрация: Весенний съезд", "/ru/", "уже"),
        "waiting": ("wait@example.org", "Ihre Anmeldung: Frühjahrskongress", "/de/", "Warteliste"),
        "accepted": ("acc@example.org", "Your registration: Spring Congress", "/en/", "already"),
        "invited": ("li@example.org", "您的报名：春季代表大会", "/zh-hans/", "邀请"),
    }
    for status, (email, subject, prefix, words) in expected.items():
        answer, sent = _post(client, email.upper(), capture)
        assert answer == new_answer, status
        assert [(m.to, m.subject) for m in sent] == [([email], subject)], status
        assert f"{prefix}events/p/{known[status].token}/" in sent[0].body
        assert words in sent[0].body
        known[status].refresh_from_db()
        assert (known[status].name, known[status].status) == ("Known Person", status) or (
            status == "invited" and known[status].status == ParticipantStatus.INVITED
        )
    assert Participant.objects.filter(email__iexact="reg@example.org").count() == 1


def test_a_full_event_without_a_waiting_list_refuses_every_address_alike(
    client, event, known, django_capture_on_commit_callbacks
):
    event.capacity = 1
    event.waiting_list = False
    event.save()
    new = client.post(URL, {"name": "Curious Visitor", "email": "new@example.org"})
    old = client.post(URL, {"name": "Curious Visitor", "email": "reg@example.org"})
    assert new.status_code == old.status_code == 400
    strip = re.compile(r'value="[^"]*"')
    assert strip.sub("", new.content.decode().replace("new@", "X@")) == strip.sub(
        "", old.content.decode().replace("reg@", "X@")
    )
    assert "Sorry, the event is full." in new.content.decode()
