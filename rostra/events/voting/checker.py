"""The proof checkers' process setup (ballots, #14): pure, no Django, so that a spawned worker
imports only this and the protocol.

A pool's worker waits on a queue whose writing end it also holds, so it never sees its parent
die: after a kill -9 (or a server stopped without the pool's shutdown) it would wait forever.
Each worker therefore watches its parent and leaves when it is gone.
"""

from __future__ import annotations

import os
import threading
import time


def start(nice: int) -> None:
    """Pool initializer: a lower priority than the event loop, and leave with the parent."""
    os.nice(nice)
    parent = os.getppid()

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1)
        os._exit(0)

    threading.Thread(target=watch, daemon=True, name="parent-watch").start()


def ready() -> None:
    """A first job for each new checker: it imports the protocol (and libsodium) before the
    first ballot needs it."""
    from rostra.events.voting import protocol  # noqa: F401
