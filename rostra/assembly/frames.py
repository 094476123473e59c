"""The frames a room's client may send, as a strict table: each action, its fields and types.

Every incoming frame is checked here before anything else reads it: a frame that does not fit
(not JSON, not an object, an unknown action or field, a number out of range such as 1e999, a
string too long) is refused with `FrameError` and the consumer answers with an error; the
connection stays. Pure: no Django import, tested on its own.
"""

from __future__ import annotations

import json
import math
import uuid
from collections.abc import Callable
from typing import Any

MAX_FRAME = 64 * 1024  # characters; a motion with its options is well below
MAX_ID = 2**63 - 1  # a database key
MAX_TEXT = 4000
MAX_LIST = 1000


class FrameError(ValueError):
    """The frame does not fit the table; `action` is what it asked for, if that was readable."""

    def __init__(self, reason: str, action: str | None = None, ref: Any = None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.action = action
        self.ref = ref


def _id(value: Any) -> int:
    # bool is an int in Python; JSON true is not an id.
    if isinstance(value, bool) or not isinstance(value, int) or not 0 < value <= MAX_ID:
        raise ValueError("not an id")
    return value


def _count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 1_000_000:
        raise ValueError("not a count")
    return value


def _text(limit: int) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if not isinstance(value, str) or len(value) > limit:
            raise ValueError("not a text")
        return value

    return check


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError("not true or false")
    return value


def _seconds(value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError("not a number")
    seconds = float(value)
    if not math.isfinite(seconds) or not 0 <= seconds <= 10**7:
        raise ValueError("out of range")
    return seconds


def _uuid(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError("not a uuid")
    return str(uuid.UUID(value))


def _ids(value: Any) -> list[int]:
    if not isinstance(value, list) or len(value) > MAX_LIST:
        raise ValueError("not a list")
    return [_id(v) for v in value]


def _texts(value: Any) -> list[str]:
    if not isinstance(value, list) or len(value) > 100:
        raise ValueError("not a list")
    return [_text(300)(v) for v in value]


def _json(value: Any) -> dict[str, Any] | list[Any]:
    """An object or a list whose inside is checked where it is used (a secret ballot's
    ciphertexts and proofs by the ballot protocol); the frame's size bounds it."""
    if not isinstance(value, dict | list):
        raise ValueError("not an object")
    return value


def _one_of(*choices: str) -> Callable[[Any], str]:
    def check(value: Any) -> str:
        if value not in choices:
            raise ValueError("not a choice")
        chosen: str = value
        return chosen

    return check


REQUIRED, OPTIONAL = True, False

# action -> {field: (check, required)}. Optional fields may be absent or null.
TABLE: dict[str, dict[str, tuple[Callable[[Any], Any], bool]]] = {
    "vote": {
        "motion": (_id, REQUIRED),
        "option": (_text(60), OPTIONAL),  # a named vote's choice
        "ballot": (_json, OPTIONAL),  # a secret vote's encrypted ballot (ballots, #14)
        "vote_id": (_uuid, REQUIRED),
        "for": (_id, OPTIONAL),
    },
    "sync": {},
    "presence_list": {},
    "not_voted": {"motion": (_id, REQUIRED)},
    "named_list": {"motion": (_id, REQUIRED)},
    "floor": {"point_of_order": (_flag, OPTIONAL)},
    "withdraw": {},
    "proxy_give": {"holder": (_id, REQUIRED)},
    "proxy_revoke": {},
    "open_meeting": {},
    "item": {"item": (_id, OPTIONAL)},
    "speaker_start": {"entry": (_id, OPTIONAL)},
    "speaker_end": {},
    "reorder": {"entries": (_ids, REQUIRED)},
    "motion_create": {
        "question": (_text(MAX_TEXT), REQUIRED),
        "language": (_text(10), OPTIONAL),
        "options": (_texts, OPTIONAL),
        "secret": (_flag, OPTIONAL),
        "allow_proxy": (_flag, OPTIONAL),
        "quorum": (_count, OPTIONAL),
        "majority": (_one_of("simple", "absolute", "two_thirds", "unanimous"), OPTIONAL),
    },
    "vote_open": {"motion": (_id, REQUIRED), "tellers": (_ids, OPTIONAL)},
    "vote_close": {"motion": (_id, REQUIRED)},
    # A secret vote's tellers (ballots, #14): a key share, the partial decryptions, a lost
    # share; the chair voids a round whose share was lost.
    "teller_key": {"motion": (_id, REQUIRED), "share": (_json, REQUIRED)},
    "teller_decrypt": {"motion": (_id, REQUIRED), "shares": (_json, REQUIRED)},
    "teller_lost": {"motion": (_id, REQUIRED)},
    "vote_void": {"motion": (_id, REQUIRED)},
    "screening_start": {"item": (_id, OPTIONAL), "url": (_text(500), OPTIONAL)},
    "screening": {
        "action": (_one_of("play", "pause", "seek", "stop"), REQUIRED),
        "position": (_seconds, OPTIONAL),
    },
}
# Any frame may carry the client's reference for the answer (echoed in an error).
COMMON = {"a", "ref"}


def _no_constants(name: str) -> None:
    raise ValueError(f"{name} is not a number")


def parse(text: str | None) -> dict[str, Any]:
    """The frame as a clean dict {"a": action, field: value, ...}; absent optional fields are
    None. Raises FrameError."""
    if text is None or len(text) > MAX_FRAME:
        raise FrameError("too_long" if text else "empty")
    try:
        data = json.loads(text, parse_constant=_no_constants)
    except (ValueError, RecursionError):
        raise FrameError("not_json") from None
    if not isinstance(data, dict):
        raise FrameError("not_an_object")
    action = data.get("a")
    ref = data.get("ref") if isinstance(data.get("ref"), str | int) else None
    if not isinstance(action, str) or action not in TABLE:
        raise FrameError("unknown_action", ref=ref)
    fields = TABLE[action]
    unknown = set(data) - COMMON - set(fields)
    if unknown:
        raise FrameError("unknown_field", action, ref)
    clean: dict[str, Any] = {"a": action, "ref": ref}
    for name, (check, required) in fields.items():
        value = data.get(name)
        if value is None:
            if required:
                raise FrameError(f"missing:{name}", action, ref)
            clean[name] = None
            continue
        try:
            clean[name] = check(value)
        except (ValueError, TypeError, OverflowError):
            raise FrameError(f"bad:{name}", action, ref) from None
    return clean
