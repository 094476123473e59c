"""Tellers and voters of a secret vote played in Python (the browser's part, with PyNaCl)."""

from __future__ import annotations

from rostra.assembly.actions import ballots
from rostra.events.voting import protocol


def submit_keys(motion, tellers) -> dict[int, bytes]:
    """Each teller makes a key share "in their browser" and sends the public part."""
    box = ballots.current_box(motion)
    secrets = {}
    for teller in tellers:
        x, share = protocol.make_key_share(box.election_id, str(teller.pk))
        ballots.do_submit_key(teller, motion, share)
        secrets[teller.pk] = x
    return secrets


def ballot_for(motion, voter, option: str) -> dict:
    box = ballots.current_box(motion)
    election = ballots.election_of(box)
    choices = [1 if key == option else 0 for key in election.keys]
    return protocol.encrypt_ballot(election, str(voter.pk), choices)


def decrypt(motion, tellers, secrets: dict[int, bytes]):
    box = ballots.current_box(motion)
    election = ballots.election_of(box)
    for teller in tellers:
        shares = protocol.partial_decrypt(election, str(teller.pk), secrets[teller.pk], box.tally)
        motion = ballots.do_submit_decryption(teller, motion, shares)
    return motion


# --- over the WebSocket, as the browsers do (for the forensic, durability and bench runs) ---


def election_from(box: dict) -> protocol.Election:
    return protocol.Election(
        id=box["election"],
        public_key=bytes.fromhex(box["public_key"]),
        keys=tuple(box["options"]),
        lo=box["min"],
        hi=box["max"],
    )


async def ws_tellers_send_keys(base: str, slug: str, tokens: list[str]) -> list[dict]:
    """Each teller connects, makes a key share and sends it; returns [{ws, id, secret}]."""
    import json

    from rostra.assembly.tests.server import ws_connect, ws_until

    tellers = []
    for token in tokens:
        ws = await ws_connect(base, slug, token)
        snap = await ws_until(ws, lambda m: m["t"] == "snapshot")
        me, motion = snap["me"]["id"], snap["motion"]
        x, share = protocol.make_key_share(motion["box"]["election"], str(me))
        await ws.send(json.dumps({"a": "teller_key", "motion": motion["id"], "share": share}))
        tellers.append({"ws": ws, "id": me, "secret": x, "motion": motion["id"]})
    return tellers


async def ws_tellers_decrypt(tellers: list[dict]) -> None:
    """Each teller waits for the encrypted tally and sends its proven share."""
    import json

    from rostra.assembly.tests.server import ws_until

    for t in tellers:
        delta = await ws_until(t["ws"], _tally_ready, timeout=120)
        box = delta["motion"]["box"]
        shares = protocol.partial_decrypt(
            election_from(box), str(t["id"]), t["secret"], box["tally"]
        )
        await t["ws"].send(
            json.dumps({"a": "teller_decrypt", "motion": t["motion"], "shares": shares})
        )


async def wait_for_phase(ws, phase: str, attempts: int = 200) -> dict:
    """Ask for snapshots until the secret vote's box reaches `phase`; returns the box."""
    import asyncio
    import json

    from rostra.assembly.tests.server import ws_until

    for _ in range(attempts):
        await ws.send(json.dumps({"a": "sync"}))
        snap = await ws_until(ws, lambda m: m["t"] == "snapshot")
        box = (snap.get("motion") or {}).get("box") or {}
        if box.get("phase") == phase:
            return box
        await asyncio.sleep(0.1)
    raise AssertionError(f"the vote never reached {phase}")


def box_phase(message: dict) -> str | None:
    """The secret vote's phase a delta or snapshot carries (None for other frames)."""
    motion = message.get("motion") if message.get("t") in ("delta", "snapshot") else None
    return ((motion or {}).get("box") or {}).get("phase") if isinstance(motion, dict) else None


def _tally_ready(message: dict) -> bool:
    """Tallying, and the tally made: every ballot's proofs are checked (docs/voting.md)."""
    return box_phase(message) == "tallying" and bool(message["motion"]["box"].get("tally"))
