"""Pytest fixtures for events, shared with the apps that build on them (rostra.assembly).

Loaded for every test by rostra/conftest.py (`pytest_plugins`):
- `event_kinds`: the kinds of event by slug;
- `event_organizer`: a user who organizes the coordinating committee's events;
- `event`: a planned congress of the coordinating committee, entered in Moscow time, with the
  chairman (chair and presidium), a member and a candidate (delegates with a vote), a
  journalist (observer) and a guest who registered through the public page (`event.people`);
- `held_event`: the same congress held: attendance, speeches, an award, a screening and a
  unanimous vote on record.
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


@pytest.fixture
def held_event(event, news_indexes, org_units):
    """`event`, held: attendance recorded, the agenda done, a unanimous vote on record."""
    from rostra.events import actions, builders
    from rostra.org.models import Honour

    people = event.people
    for key in ("chair", "member", "candidate", "guest"):
        actions.do_check_in(event, people[key].code, acting_user=None)
    actions.do_mark_online(people["observer"])
    badge = Honour.objects.create(
        kind="badge",
        title_en="Badge of Friendship",
        title_ru="Знак «Дружба»",
        title_zh_hans="友谊徽章",
        title_de="Freundschaftsabzeichen",
        date=event.local_start().date(),
        recipient_person=people["member"].person,
        given_by_unit=org_units["committee"],
    )
    builders.item(
        event,
        1,
        "opening",
        speaker=people["chair"],
        titles=("Opening address", "Вступительное слово", "开幕致辞", "Eröffnungsrede"),
        texts=("We meet in the spring of a round year.",),
        quotes=(
            "Friendship is built by meeting.",
            "Дружба строится встречами.",
            "友谊在相聚中建立。",
        ),
    )
    builders.item(
        event,
        2,
        "speech",
        speaker=people["member"],
        titles=("Our chapter's year", "Год нашего отделения", "我们分会的一年"),
        texts=("Twelve events, four languages.",),
        quotes=("We kept every promise.", "Мы сдержали каждое обещание.", "我们信守了每一个承诺。"),
    )
    builders.item(event, 3, "ceremony", titles=("Award ceremony",), honour=badge)
    builders.item(
        event, 4, "screening", titles=("Film: the flood",), video_url="https://video.example.org/f"
    )
    vote = builders.item(event, 5, "motion", titles=("Humanitarian help",))
    motion = builders.motion(
        vote,
        "Send humanitarian help to the flooded region?",
        "Направить гуманитарную помощь в пострадавший от наводнения район?",
        "是否向受洪灾地区提供人道主义援助？",
    )
    actions.do_record_vote(motion, {"yes": 3, "no": 0, "abstain": 0}, acting_user=None)
    builders.item(
        event,
        6,
        "speech",
        speaker=people["guest"],
        titles=("Greetings from the harbour",),
        quotes=("Our society sends its greetings.",),
    )
    event.status = "held"
    event.save()
    return event
