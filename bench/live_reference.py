"""The reference for `live_vote.py`'s connect cost: a bare Channels consumer that accepts,
authenticates a personal token (one query, through Channels' `database_sync_to_async`) and
sends a small snapshot. Served by uvicorn like Rostra:

    uvicorn bench.live_reference:application   (with DJANGO_SETTINGS_MODULE=rostra.settings)

No middleware, no presence, no hub: what any Channels application pays to let a participant
in. Rostra's room must connect a crowd for at most twice this cost.
"""

from __future__ import annotations

import json
import os
from urllib.parse import parse_qs

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rostra.settings")

import django

django.setup(set_prefix=False)

from channels.db import database_sync_to_async  # noqa: E402
from channels.generic.websocket import AsyncWebsocketConsumer  # noqa: E402
from channels.routing import ProtocolTypeRouter, URLRouter  # noqa: E402
from django.urls import path  # noqa: E402

from rostra.events.models import Participant  # noqa: E402


@database_sync_to_async
def participant(slug: str, token: str) -> tuple[int, str] | None:
    return (
        Participant.objects.filter(event__slug=slug, token=token).values_list("pk", "name").first()
    )


class ReferenceConsumer(AsyncWebsocketConsumer):
    async def connect(self) -> None:
        query = parse_qs(self.scope.get("query_string", b"").decode())
        token = (query.get("token") or [""])[0]
        found = await participant(self.scope["url_route"]["kwargs"]["slug"], token)
        if found is None:
            await self.close(code=4403)
            return
        await self.accept()
        await self.send(
            text_data=json.dumps(
                {"t": "snapshot", "v": 1, "me": {"id": found[0], "name": found[1]}}
            )
        )

    async def receive(self, text_data=None, bytes_data=None) -> None:
        pass


application = ProtocolTypeRouter(
    {"websocket": URLRouter([path("ws/live/<str:slug>/", ReferenceConsumer.as_asgi())])}
)
