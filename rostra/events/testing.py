"""Pytest fixtures for events, shared with the apps that build on them (rostra.assembly).

Imported by rostra/conftest.py. A congress of the coordinating committee, entered in Moscow
time, with the chairman (chair and presidium), a member and a candidate (delegates with a vote),
a journalist (observer) and a guest who registered through the public page.
"""

from __future__ import annotations

import pytest
from django.contrib.auth.models import Group

from rostra.events.models import ParticipantStatus, Role


@pytest.fixture
def event_kinds(db) -> dict:
    from rostra.events import builders

    return builders.ensure_kinds()


@pytest.fixture
def event_organizer(org_units, django_user_model):
    """An organizer of the coordinating committee's events (a current position there)."""
    from rostra.events.permissions import EVENT_ORGANIZERS
    from rostra.org import builders as org

    user = django_user_model.objects.create_user(
        username="organizer",
        password="pass-organizer",
        first_name="Marta",
        last_name="Olsen",
        email="organizer@example.org",
    )
    user.groups.add(Group.objects.get(name=EVENT_ORGANIZERS))
    who = org.person(
        "p-organizer",
        "Marta Olsen",
        "Marta Olsen",
        "Марта Ольсен",
        "玛尔塔·奥尔森",
        "Marta Olsen",
        home_unit=org_units["germany"],
        user=user,
    )
    org.position(
        who, "Member of the Coordinating Committee", unit=org_units["committee"], role="member"
    )
    return user


@pytest.fixture
def event(event_kinds, org_units, chair, member, candidate, observer):
    """A planned hybrid congress (Moscow time, 18:00–21:00 on 9 May 2030), open registration
    for 10 with a waiting list; its participants are in `event.people` by name:
    chair, member, candidate, observer, guest."""
    from rostra.events import builders

    congress = builders.event(
        "spring-congress",
        event_kinds["congress"],
        titles=("Spring Congress", "Весенний съезд", "春季代表大会", "Frühjahrskongress"),
        start=builders.local("Europe/Moscow", 2030, 5, 9, 18),
        end=builders.local("Europe/Moscow", 2030, 5, 9, 21),
        time_zone="Europe/Moscow",
        format="hybrid",
        status="planned",
        main_language="en",
        city="Moscow",
        country="Russia",
        venue_name="Hall of the Friendship Foundation",
        online_url="https://meet.example.org/spring-congress",
        registration_mode="open",
        capacity=10,
        waiting_list=True,
        organizers=[org_units["committee"]],
    )
    people = {
        "chair": builders.participant(
            congress,
            chair.person,
            roles=[Role.CHAIR, Role.PRESIDIUM, Role.DELEGATE],
            representing_unit=org_units["committee"],
        ),
        "member": builders.participant(
            congress,
            member.person,
            roles=[Role.DELEGATE, Role.SPEAKER],
            representing_unit=org_units["germany"],
        ),
        "candidate": builders.participant(
            congress,
            candidate.person,
            roles=[Role.DELEGATE],
            representing_unit=org_units["germany"],
        ),
        "observer": builders.participant(
            congress,
            observer.person,
            roles=[Role.OBSERVER],
            affiliation="North Review",
        ),
        "guest": builders.participant(
            congress,
            "Rosa Almeida",
            email="rosa@example.org",
            roles=[Role.GUEST],
            status=ParticipantStatus.REGISTERED,
            affiliation="Harbour Friendship Society",
        ),
    }
    congress.people = people
    return congress
