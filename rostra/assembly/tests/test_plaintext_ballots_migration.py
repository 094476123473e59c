"""The migration away from plaintext secret ballots leaves none behind: a SQLite site with
the old tables full of choices is migrated, then its database file and WAL are read."""

from __future__ import annotations

import secrets
import subprocess

from rostra.assembly.tests.server import ROSTRA, base_env

MARK = f"plain{secrets.token_hex(6)}"

OLD_VOTE = f"""
import uuid
from django.db import connection
from rostra.assembly import seed
m = seed.meeting(delegates=5)
motion = seed.yes_no(m.items[0], secret=True)
with connection.cursor() as c:
    for n, p in enumerate(m.delegates):
        c.execute("INSERT INTO assembly_secretballot (id, motion_id, option) VALUES (%s, %s, %s)",
                  [uuid.uuid4().hex, motion.pk, "{MARK}-" + str(n)])
        c.execute("INSERT INTO assembly_voterrecord (id, motion_id, participant_id, by_proxy, "
                  "vote_id) VALUES (%s, %s, %s, 0, %s)",
                  [uuid.uuid4().hex, motion.pk, p.pk, uuid.uuid4().hex])
print("SEEDED")
"""  # noqa: S608 (a script for a subprocess; its SQL takes parameters)


def _bytes(tmp_path) -> bytes:
    return b"".join(p.read_bytes() for p in tmp_path.glob("rostra.sqlite3*") if p.is_file())


def test_the_migration_leaves_no_plaintext_choice_behind(tmp_path):
    env = base_env(ROSTRA_DATA_DIR=str(tmp_path))
    run = {"env": env, "check": True, "timeout": 600, "capture_output": True, "text": True}
    subprocess.run([ROSTRA, "migrate", "-v0"], **run)
    subprocess.run([ROSTRA, "migrate", "assembly", "0001", "-v0"], **run)
    assert "SEEDED" in subprocess.run([ROSTRA, "shell", "-c", OLD_VOTE], **run).stdout
    assert _bytes(tmp_path).count(MARK.encode()) >= 5  # the old design's choices are there
    subprocess.run([ROSTRA, "migrate", "-v0"], **run)
    assert MARK.encode() not in _bytes(tmp_path)
