"""Every change of the live room: written in one transaction, published after commit.

Each `do_*` checks who may do it, writes, bumps the room's version (for changes everyone
sees) and, once the transaction has committed, sends the changed section to the room's group
on the channel layer. Votes come in batches (`cast_votes`): the process's writer task puts
the votes that arrived within a few milliseconds into one transaction (see `live.py`).
"""

from rostra.assembly.actions.agenda import (
    do_open_meeting,
    do_set_current_item,
)
from rostra.assembly.actions.common import (
    RoomError,
    group_name,
    publish,
)
from rostra.assembly.actions.presence import (
    apply_presence,
    do_heartbeat,
    do_join_room,
    do_leave_room,
    do_register_worker,
    do_retire_workers,
    reap_workers,
)
from rostra.assembly.actions.proxies import (
    do_give_proxy,
    do_revoke_proxy,
)
from rostra.assembly.actions.screenings import (
    do_control_screening,
    do_start_screening,
)
from rostra.assembly.actions.speakers import (
    do_end_speaker,
    do_reorder_speakers,
    do_request_floor,
    do_start_speaker,
    do_withdraw_floor,
)
from rostra.assembly.actions.votes import (
    COUNTED,
    VoteRequest,
    cast_votes,
    check_secret,
    do_cast_vote,
    do_close_vote,
    do_create_motion,
    do_open_vote,
    motions_of,
)

__all__ = [
    "COUNTED",
    "RoomError",
    "VoteRequest",
    "apply_presence",
    "cast_votes",
    "check_secret",
    "do_cast_vote",
    "do_close_vote",
    "do_control_screening",
    "do_create_motion",
    "do_end_speaker",
    "do_give_proxy",
    "do_heartbeat",
    "do_join_room",
    "do_leave_room",
    "do_open_meeting",
    "do_open_vote",
    "do_register_worker",
    "do_reorder_speakers",
    "do_request_floor",
    "do_retire_workers",
    "do_revoke_proxy",
    "do_set_current_item",
    "do_start_screening",
    "do_start_speaker",
    "do_withdraw_floor",
    "group_name",
    "motions_of",
    "publish",
    "reap_workers",
]
