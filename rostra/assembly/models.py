"""The live room's own state: room, presence, speakers' list, proxies and ballots.

What lasts goes into the event's record (`rostra.events`): attendance on `Participant`
(`online_at`), speeches given as `AgendaItem` rows of kind speech (see `actions.end_speaker`),
and each vote's result on `Motion`. The rows here are the working state of the room.

Secret votes: the server never sees a choice. The voter's browser encrypts the ballot under
the tellers' joint key (`BallotBox`, `Teller`); `EncryptedBallot` holds ciphertexts and proofs
only; the tellers decrypt the sum, never a ballot (docs/voting.md).
"""

from __future__ import annotations

import uuid

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from rostra.events.models import AgendaItem, Event, Motion, Participant


class RoomState(models.Model):
    """One per event: what everyone in the room sees now. `version` grows with every change,
    so a client can drop a delta older than the snapshot it holds."""

    event = models.OneToOneField(
        Event, on_delete=models.CASCADE, primary_key=True, related_name="room"
    )
    version = models.BigIntegerField(default=0)
    current_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    current_motion = models.ForeignKey(
        Motion, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    # Screening: the video everyone watches, and where it stands at `screening_updated_at`.
    screening_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    screening_url = models.CharField(max_length=500, blank=True)
    screening_playing = models.BooleanField(default=False)
    screening_position = models.FloatField(default=0)
    screening_updated_at = models.DateTimeField(null=True, blank=True)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("room state")
        verbose_name_plural = _("room states")

    def __str__(self) -> str:
        return f"room of {self.event}"


class Presence(models.Model):
    """Who is in the room: open connections per participant (several tabs count once)."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    participant = models.OneToOneField(
        Participant, on_delete=models.CASCADE, related_name="presence"
    )
    connections = models.IntegerField(default=0)
    first_joined_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["event", "connections"])]

    def __str__(self) -> str:
        return f"{self.participant_id}: {self.connections}"


class RoomWorker(models.Model):
    """A server process that holds room connections. It writes `seen_at` every few seconds
    (its heartbeat); a process that stopped beating, or whose process is gone from this host
    (killed, restarted), is dropped with the presence it held (`PresenceShare`)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    host = models.CharField(max_length=255)
    pid = models.IntegerField()
    # The process's start time as the kernel reports it: a reused pid is another process.
    birth = models.CharField(max_length=40, blank=True)
    started_at = models.DateTimeField(default=timezone.now)
    seen_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.host}:{self.pid}"


class PresenceShare(models.Model):
    """The connections one worker holds for one participant; `Presence.connections` is their
    sum, so a dead worker's share can be taken off."""

    worker = models.ForeignKey(RoomWorker, on_delete=models.CASCADE, related_name="shares")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    connections = models.IntegerField(default=0)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["worker", "participant"], name="assembly_presence_share_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant_id}@{self.worker_id}: {self.connections}"


class SpeakerState(models.TextChoices):
    WAITING = "waiting", _("waiting")
    SPEAKING = "speaking", _("speaking")
    DONE = "done", _("has spoken")
    WITHDRAWN = "withdrawn", _("withdrawn")


class SpeakerEntry(models.Model):
    """A request to speak on an agenda item. Points of order go before everyone waiting;
    otherwise the chair's `order` (first come by default)."""

    item = models.ForeignKey(AgendaItem, on_delete=models.CASCADE, related_name="speaker_entries")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    point_of_order = models.BooleanField(default=False)
    order = models.IntegerField(default=0)
    state = models.CharField(
        max_length=20, choices=SpeakerState.choices, default=SpeakerState.WAITING
    )
    requested_at = models.DateTimeField(default=timezone.now)
    started_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    # The agenda item of kind speech written into the event's record when the speech ended.
    record_item = models.ForeignKey(
        AgendaItem, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )

    class Meta:
        ordering = ["-point_of_order", "order", "requested_at", "pk"]
        constraints = [
            # One open request per person and item (waiting or speaking).
            models.UniqueConstraint(
                fields=["item", "participant"],
                condition=Q(state__in=["waiting", "speaking"]),
                name="assembly_one_open_request",
            )
        ]

    def __str__(self) -> str:
        return f"{self.participant_id} on {self.item_id} ({self.state})"


class Proxy(models.Model):
    """A delegate hands his vote to another delegate; used only in votes that allow it."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="+")
    principal = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    holder = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("proxy")
        verbose_name_plural = _("proxies")
        constraints = [
            models.UniqueConstraint(fields=["event", "principal"], name="assembly_proxy_once"),
            models.CheckConstraint(
                condition=~Q(principal=models.F("holder")), name="assembly_proxy_not_self"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.principal_id} → {self.holder_id}"


class NamedVote(models.Model):
    """A named (open) vote: who, for what. `voter` is whose vote it is; `cast_by` differs
    when a proxy holder cast it. `vote_id` is the client's id, so a retry counts once."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    motion = models.ForeignKey(Motion, on_delete=models.CASCADE, related_name="named_votes")
    voter = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    cast_by = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    option = models.CharField(max_length=60)
    vote_id = models.UUIDField(unique=True)
    cast_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["motion", "voter"], name="assembly_named_vote_once")
        ]

    def __str__(self) -> str:
        return f"{self.voter_id}: {self.option}"


# --- Secret votes (see docs/voting.md) ------------------------------------------------------


class BoxPhase(models.TextChoices):
    KEYS = "keys", _("waiting for the tellers' keys")
    VOTING = "voting", _("voting")
    TALLYING = "tallying", _("waiting for the tellers to decrypt the tally")
    DONE = "done", _("counted")
    VOID = "void", _("voided")


class BallotBox(models.Model):
    """One round of a secret vote: its tellers' joint key, the encrypted ballots, the encrypted
    tally and its decryption. A voided round stays, for the record; the motion is re-opened
    with a new box (a new `election_id`, so no ballot of the old round fits the new one)."""

    motion = models.ForeignKey(Motion, on_delete=models.CASCADE, related_name="ballot_boxes")
    election_id = models.CharField(max_length=100, unique=True)
    phase = models.CharField(max_length=20, choices=BoxPhase.choices, default=BoxPhase.KEYS)
    public_key = models.CharField(max_length=64, blank=True)
    election_hash = models.CharField(max_length=64, blank=True)
    options = models.JSONField(default=list)  # the option keys, in the cells' order
    tally = models.JSONField(null=True, blank=True)  # [{"a", "b"}] per option
    opened_at = models.DateTimeField(default=timezone.now)
    voided_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-opened_at", "-pk"]

    def __str__(self) -> str:
        return f"{self.election_id} ({self.phase})"


class Teller(models.Model):
    """A teller of one box: the public key share made in their browser (the secret share never
    leaves it), and, at the close, their proven share of the tally's decryption."""

    box = models.ForeignKey(BallotBox, on_delete=models.CASCADE, related_name="tellers")
    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    public = models.CharField(max_length=64, blank=True)
    key_proof = models.JSONField(null=True, blank=True)
    decryption = models.JSONField(null=True, blank=True)
    lost = models.BooleanField(default=False)

    class Meta:
        ordering = ["pk"]
        constraints = [
            models.UniqueConstraint(fields=["box", "participant"], name="assembly_teller_once")
        ]

    def __str__(self) -> str:
        return f"teller {self.participant_id} of {self.box_id}"


class BallotCheck(models.TextChoices):
    PENDING = "pending", _("being checked")
    VALID = "valid", _("valid")
    REJECTED = "rejected", _("rejected")


class EncryptedBallot(models.Model):
    """A secret vote's ballot: one ciphertext per option with its proofs, next to its voter (a
    public bulletin board: without the tellers' shares it tells nothing). `vote_id` is the
    client's id, so a retry counts once; one ballot per voter and box."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    box = models.ForeignKey(BallotBox, on_delete=models.CASCADE, related_name="ballots")
    voter = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    cast_by = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="+")
    vote_id = models.UUIDField(unique=True)
    tracker = models.CharField(max_length=24)
    ballot = models.JSONField()
    # The proofs are checked after the ballot is stored and acknowledged (docs/voting.md,
    # "Checking ballots"): only valid ballots enter the tally; a rejected one keeps its reason.
    verdict = models.CharField(
        max_length=10, choices=BallotCheck.choices, default=BallotCheck.PENDING, db_index=True
    )
    reason = models.CharField(max_length=40, blank=True)
    stored_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["tracker"]
        constraints = [
            models.UniqueConstraint(fields=["box", "voter"], name="assembly_ballot_once")
        ]

    def __str__(self) -> str:
        return self.tracker
