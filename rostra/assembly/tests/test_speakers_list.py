"""The list of speakers: order, points of order first, withdrawal, timer, speeches recorded."""

import datetime

import pytest
from django.utils import timezone

from rostra.assembly import state
from rostra.assembly.actions import (
    RoomError,
    do_end_speaker,
    do_reorder_speakers,
    do_request_floor,
    do_set_current_item,
    do_start_speaker,
    do_withdraw_floor,
)
from rostra.assembly.models import SpeakerEntry
from rostra.events.models import AgendaItem


@pytest.fixture
def discussion(meeting):
    do_set_current_item(meeting.chair, meeting.items[0])
    return meeting


def _waiting(meeting) -> list[str]:
    room = state.room_of(meeting.event.pk)
    return [s["name"]["en"] for s in state.speakers_section(room)["speakers"]]


def test_it_lists_speakers_first_come_with_points_of_order_first(discussion):
    a, b, c = discussion.delegates
    do_request_floor(a)
    do_request_floor(b)
    do_request_floor(discussion.guest)
    do_request_floor(c, point_of_order=True)
    assert _waiting(discussion) == [c.name, a.name, b.name, discussion.guest.name]
    with pytest.raises(RoomError, match="already_listed"):
        do_request_floor(a)


def test_it_lets_a_speaker_withdraw_and_the_chair_reorder(discussion):
    a, b, c = discussion.delegates
    entries = [do_request_floor(p) for p in (a, b, c)]
    do_withdraw_floor(b)
    assert _waiting(discussion) == [a.name, c.name]
    do_reorder_speakers(discussion.chair, [entries[2].pk, entries[0].pk])
    assert _waiting(discussion) == [c.name, a.name]
    with pytest.raises(RoomError, match="not_chair"):
        do_reorder_speakers(a, [entries[0].pk])


def test_it_keeps_observers_off_the_list(discussion):
    with pytest.raises(RoomError, match="may_not_speak"):
        do_request_floor(discussion.observer)


def test_it_times_the_speaker_with_the_items_limit(discussion):
    a = discussion.delegates[0]
    do_request_floor(a)
    before = timezone.now()
    do_start_speaker(discussion.chair)
    speaking = state.speakers_section(state.room_of(discussion.event.pk))["speaking"]
    assert speaking["name"] == {"en": a.name} and speaking["limit"] == 120
    assert speaking["started"] >= int(before.timestamp() * 1000) - 1


def test_it_writes_the_speeches_given_into_the_record(discussion):
    a, b, _c = discussion.delegates
    do_request_floor(a)
    do_request_floor(b)
    do_start_speaker(discussion.chair)  # a
    SpeakerEntry.objects.filter(participant=a).update(
        started_at=timezone.now() - datetime.timedelta(seconds=90)
    )
    do_start_speaker(discussion.chair)  # b: ends a's speech
    do_end_speaker(discussion.chair)
    speeches = AgendaItem.objects.filter(event=discussion.event, kind="speech").order_by("pk")
    assert [s.speaker_id for s in speeches] == [a.pk, b.pk]
    first = speeches[0]
    assert 89 <= (first.ended_at - first.started_at).total_seconds() < 95
    # They follow the item they were given on, and are not new lines of the agenda.
    ordered = list(AgendaItem.objects.filter(event=discussion.event))
    assert ordered.index(first) == ordered.index(discussion.items[0]) + 1
    agenda = state.item_section(state.room_of(discussion.event.pk))["agenda"]
    assert [i["id"] for i in agenda] == [i.pk for i in discussion.items]
    assert _waiting(discussion) == []
    with pytest.raises(RoomError, match="no_speaker"):
        do_end_speaker(discussion.chair)
