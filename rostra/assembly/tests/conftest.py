"""A meeting in progress: an event with a chair, delegates, a guest and an observer."""

from __future__ import annotations

import pytest
from channels.layers import channel_layers

from rostra.assembly import seed
from rostra.assembly.actions import apply_presence


@pytest.fixture(autouse=True)
def _fresh_channel_layer():
    """Each test's event loop gets its own in-memory layer (asyncio queues are per loop)."""
    channel_layers.backends.clear()
    yield
    channel_layers.backends.clear()


@pytest.fixture
def meeting(db) -> seed.Meeting:
    return seed.meeting()


@pytest.fixture
def present(meeting):
    """present(*participants): they have the room open."""

    def mark(*people):
        apply_presence({p.pk: 1 for p in people})

    return mark
