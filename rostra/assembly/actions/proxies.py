"""Proxies: a delegate hands his vote to another."""

from __future__ import annotations

from django.db import transaction

from rostra.assembly import rules
from rostra.assembly.actions.common import (
    RoomError,
    _after_commit,
    _roles,
)
from rostra.assembly.models import (
    Proxy,
)
from rostra.events.models import (
    Participant,
)


def do_give_proxy(principal: Participant, holder: Participant) -> Proxy:
    """A delegate hands his vote to another delegate present at the same event."""
    if holder.event_id != principal.event_id or holder.pk == principal.pk:
        raise RoomError("bad_proxy")
    if not (
        rules.may_vote(principal.status, _roles(principal))
        and rules.may_vote(holder.status, _roles(holder))
    ):
        raise RoomError("bad_proxy")
    with transaction.atomic():
        if Proxy.objects.filter(principal=holder).exists():
            raise RoomError("bad_proxy")  # no chains: the holder has given his own vote away
        Proxy.objects.filter(principal=principal).delete()
        proxy = Proxy.objects.create(
            event_id=principal.event_id, principal=principal, holder=holder
        )
        _after_commit(
            principal.event_id,
            {"t": "personal", "to": [principal.pk, holder.pk], "refresh": True},
        )
    return proxy


def do_revoke_proxy(principal: Participant) -> None:
    with transaction.atomic():
        holders = list(
            Proxy.objects.filter(principal=principal).values_list("holder_id", flat=True)
        )
        Proxy.objects.filter(principal=principal).delete()
        _after_commit(
            principal.event_id, {"t": "personal", "to": [principal.pk, *holders], "refresh": True}
        )
