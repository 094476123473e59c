"""The participant's QR code: an SVG (segno, no image library needed) of the check-in URL.

Scanned at the door with any phone camera, it opens the organizers' check-in page for this
event with the code filled in; the organizer confirms there. The code alone, printed under
the picture, can be typed instead.
"""

from __future__ import annotations

import io

import segno
from django.urls import reverse

from rostra.core.addresses import absolute
from rostra.events.models import Participant


def check_in_url(participant: Participant) -> str:
    path = reverse("events_check_in", args=[participant.event_id])
    return absolute(f"{path}?code={participant.code}")


def svg(participant: Participant, scale: int = 4) -> str:
    buffer = io.BytesIO()
    segno.make(check_in_url(participant), error="m").save(
        buffer, kind="svg", scale=scale, border=2, xmldecl=False, svgns=True, title=participant.code
    )
    return buffer.getvalue().decode()
