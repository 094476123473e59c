"""The live room's refusal: shared by its actions and by the state the room reads (state),
which must not need the actions."""

from __future__ import annotations


class RoomError(Exception):
    """A refused action; `code` is shown to the user (translated by the page)."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code
