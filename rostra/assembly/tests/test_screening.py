"""Screenings: the chair starts a video for everyone; play, pause and seek in the room state."""

import pytest

from rostra.assembly import state
from rostra.assembly.actions import RoomError, do_control_screening, do_start_screening


def test_it_keeps_play_pause_and_seek_for_everyone(meeting):
    item = meeting.items[0]
    item.video_url = "https://video.example.org/congress.mp4"
    item.save()
    do_start_screening(meeting.chair, item=item)
    room = state.room_of(meeting.event.pk)
    screening = state.screening_section(room)["screening"]
    assert screening["url"] == item.video_url and not screening["playing"]

    do_control_screening(meeting.chair, "seek", 42.5)
    do_control_screening(meeting.chair, "play")
    screening = state.screening_section(state.room_of(meeting.event.pk))["screening"]
    assert screening["playing"] and 42.5 <= screening["position"] < 44
    assert screening["at"]  # clients add the time since then while playing

    do_control_screening(meeting.chair, "pause")
    assert not state.screening_section(state.room_of(meeting.event.pk))["screening"]["playing"]
    do_control_screening(meeting.chair, "stop")
    assert state.screening_section(state.room_of(meeting.event.pk))["screening"] is None


def test_it_lets_only_the_chair_screen_and_needs_a_video(meeting):
    with pytest.raises(RoomError, match="not_chair"):
        do_start_screening(meeting.delegates[0], url="https://video.example.org/a.mp4")
    with pytest.raises(RoomError, match="no_video"):
        do_start_screening(meeting.chair, item=meeting.items[1])
    with pytest.raises(RoomError, match="no_video"):
        do_start_screening(meeting.chair, url="javascript:alert(1)")
