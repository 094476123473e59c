"""What the chair and the delegates get from the room's server side: the meeting opens on its
first item, motions go under the current item, names come in every script, the chair can see
who has not voted, speaking times add up, one conference link, and the language links keep
the personal token."""

from __future__ import annotations

import datetime
import json

import pytest
from django.utils import timezone

from rostra.assembly import actions, seed, state
from rostra.assembly.models import SpeakerEntry
from rostra.events.models import AgendaItem, Motion
from rostra.org.models import Person

pytestmark = pytest.mark.django_db


def test_it_makes_the_first_item_current_when_the_chair_opens_a_running_meeting(meeting):
    room = actions.do_open_meeting(meeting.chair, when_running=True)
    assert room.current_item == meeting.items[0]
    assert AgendaItem.objects.get(pk=meeting.items[0].pk).started_at is not None
    # Coming back later changes nothing, even after the chair moved on.
    actions.do_set_current_item(meeting.chair, meeting.items[1])
    actions.do_set_current_item(meeting.chair, None)
    assert actions.do_open_meeting(meeting.chair, when_running=True) is None


def test_it_waits_for_the_chair_before_the_event_starts(meeting):
    event = meeting.event
    event.start = timezone.now() + datetime.timedelta(days=1)
    event.end = event.start + datetime.timedelta(hours=2)
    event.save()
    assert actions.do_open_meeting(meeting.chair, when_running=True) is None
    assert state.room_of(event.pk).current_item is None
    # The chair's "Start the meeting" opens it at any time.
    assert actions.do_open_meeting(meeting.chair).current_item == meeting.items[0]
    with pytest.raises(actions.RoomError):
        actions.do_open_meeting(meeting.delegates[0])


def test_it_puts_a_motion_under_the_current_item(meeting):
    actions.do_set_current_item(meeting.chair, meeting.items[0])
    motion = actions.do_create_motion(meeting.chair, question="Thank the auditors?")
    assert motion.item == meeting.items[0]


def test_it_puts_a_motion_without_a_current_item_where_the_meeting_stands(meeting):
    first, second = meeting.items
    actions.do_set_current_item(meeting.chair, first)
    actions.do_set_current_item(meeting.chair, None)  # between items
    motion = actions.do_create_motion(meeting.chair, question="Adjourn for lunch?")
    order = list(
        AgendaItem.objects.filter(event=meeting.event)
        .order_by("position")
        .values_list("pk", flat=True)
    )
    assert order == [first.pk, motion.item_id, second.pk]


def test_it_sends_each_name_in_every_script(meeting):
    anna = meeting.delegates[0]
    anna.person = Person.objects.create(
        ref="anna",
        original_name="Анна Соколова",
        name_en="Anna Sokolova",
        name_ru="Анна Соколова",
        name_zh_hans="安娜·索科洛娃",
    )
    anna.save()
    actions.do_set_current_item(meeting.chair, meeting.items[0])
    actions.do_request_floor(anna)
    listed = state.speakers_section(state.room_of(meeting.event.pk))["speakers"][0]
    assert listed["name"] == {
        "en": "Anna Sokolova",
        "ru": "Анна Соколова",
        "zh-hans": "安娜·索科洛娃",
    }
    assert state.names(meeting.guest) == {"en": "Gustav Guest"}


def test_it_adds_up_each_speakers_time_on_the_item(meeting):
    one, two = meeting.delegates[0], meeting.delegates[1]
    actions.do_set_current_item(meeting.chair, meeting.items[0])
    for person, seconds in ((one, 65), (two, 30), (one, 40)):
        entry = actions.do_request_floor(person)
        actions.do_start_speaker(meeting.chair, entry.pk)
        start = timezone.now() - datetime.timedelta(seconds=seconds)
        SpeakerEntry.objects.filter(pk=entry.pk).update(started_at=start)
        actions.do_end_speaker(meeting.chair)
    spoken = state.spoken(meeting.items[0].pk)
    assert [(s["participant"], s["speeches"], s["total"]) for s in spoken] == [
        (one.pk, [65, 40], 105),
        (two.pk, [30], 30),
    ]


def test_it_tells_the_chair_who_has_not_voted_in_a_named_vote(meeting, present):
    one, two, three = meeting.delegates
    present(one, two, three)
    motion = seed.yes_no(meeting.items[0])
    actions.do_open_vote(meeting.chair, motion)
    actions.do_cast_vote(one, motion, "yes")
    missing = state.not_voted(meeting.event.pk, motion.pk)
    assert [p["id"] for p in missing] == [two.pk, three.pk]
    secret = seed.yes_no(meeting.items[1], secret=True)
    with pytest.raises(actions.RoomError):
        state.not_voted(meeting.event.pk, secret.pk)


def test_it_sends_the_result_with_shares_and_the_votes_needed(meeting, present):
    one, two, three = meeting.delegates
    present(one, two, three)
    motion = seed.yes_no(meeting.items[0], majority="two_thirds")
    actions.do_open_vote(meeting.chair, motion)
    for person, option in ((one, "yes"), (two, "yes"), (three, "no")):
        actions.do_cast_vote(person, motion, option)
    closed = actions.do_close_vote(meeting.chair, motion)
    result = state.motion_section(Motion.objects.get(pk=closed.pk))["motion"]["result"]
    assert result["percent"] == {"yes": 66.7, "no": 33.3, "abstain": 0.0}
    assert (result["needed"], result["decisive"], result["adopted"]) == (2, 3, True)


def test_it_lists_who_voted_how_on_request_not_in_the_result(meeting, present):
    one, two, three = meeting.delegates
    present(one, two, three)
    motion = seed.yes_no(meeting.items[0])
    actions.do_open_vote(meeting.chair, motion)
    with pytest.raises(actions.RoomError):  # not before the close
        state.named_votes(meeting.event.pk, motion.pk)
    for person, option in ((one, "yes"), (two, "no"), (three, "yes")):
        actions.do_cast_vote(person, motion, option)
    closed = Motion.objects.get(pk=actions.do_close_vote(meeting.chair, motion).pk)
    # The result that goes to everyone carries no names (thousands in a congress).
    section = state.motion_section(closed)["motion"]
    assert "named" not in section["result"]
    assert one.name not in json.dumps(section, ensure_ascii=False)
    votes = state.named_votes(meeting.event.pk, closed.pk)
    assert [(v["name"]["en"], v["option"]) for v in votes] == [
        (one.name, "yes"),
        (two.name, "no"),
        (three.name, "yes"),
    ]
    secret = seed.yes_no(meeting.items[1], secret=True)
    with pytest.raises(actions.RoomError):
        state.named_votes(meeting.event.pk, secret.pk)


def _room(client, meeting, participant, language="en"):
    return client.get(f"/{language}/live/{meeting.event.slug}/?token={participant.token}")


def test_it_keeps_the_personal_token_in_the_language_links(client, meeting, html):
    delegate = meeting.delegates[0]
    page = html(_room(client, meeting, delegate, "zh-hans"))
    links = {a["hreflang"]: a["href"] for a in page.select(".room-languages a")}
    assert links["ru"] == f"/ru/live/congress/?token={delegate.token}"
    russian = html(client.get(links["ru"]))
    assert russian.select_one("h1").get_text() == "Ежегодный съезд"
    assert russian.select_one(".site-nav") is None  # a compact room, no site navigation


def test_it_embeds_the_events_own_conference_link(client, meeting, html, settings):
    settings.JITSI_SERVER = "meet.jit.si"
    meeting.event.online_url = "https://meet.example.org/meridian-winter"
    meeting.event.save()
    page = html(_room(client, meeting, meeting.delegates[0]))
    assert page.select_one("iframe#conference")["src"] == "https://meet.example.org/meridian-winter"
    assert page.select_one("#conference-link")["href"] == "https://meet.example.org/meridian-winter"
    assert "jit.si" not in str(page)
    # The personal page links the same room.
    personal = html(client.get(f"/en/events/p/{meeting.delegates[0].token}/"))
    room_link = personal.select_one(".events-room a")
    assert room_link is None or room_link["href"] == "https://meet.example.org/meridian-winter"


def test_it_names_the_participant_in_a_jitsi_room_of_the_event(client, meeting, html, settings):
    settings.JITSI_SERVER = "meet.example.org"
    meeting.event.online_url = "https://meet.example.org/meridian-winter"
    meeting.event.save()
    page = html(_room(client, meeting, meeting.delegates[0]))
    src = page.select_one("iframe#conference")["src"]
    assert src.startswith("https://meet.example.org/meridian-winter#userInfo.displayName=")


def test_it_gives_the_scripts_the_rules_and_reasons_in_the_readers_language(client, meeting, html):
    page = html(_room(client, meeting, meeting.delegates[0], "de"))
    strings = json.loads(page.select_one("#room-config").string)["strings"]
    assert strings["majorities"]["two_thirds"] != "two thirds of votes cast"
    assert strings["why_no_item"] and strings["why_no_item"] != (
        "You can ask to speak once the chair has opened the meeting."
    )
