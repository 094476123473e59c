"""Who a request to the room's pages is: the participant of its personal `?token=` or of the
signed-in user. Shared by the room (views) and the bulletin board (ballot_page)."""

from __future__ import annotations

from django.http import HttpRequest

from rostra.events.models import Event, Participant


def participant_of(request: HttpRequest, event: Event) -> Participant | None:
    token = request.GET.get("token")
    participants = event.participants.select_related("person")
    if token:
        return participants.filter(token=token).first()
    if request.user.is_authenticated:
        return participants.filter(user=request.user).first()
    return None
