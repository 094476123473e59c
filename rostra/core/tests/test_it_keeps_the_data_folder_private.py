"""The data folder's files are created private: nobody else on the machine reads the database,
its WAL or the uploaded media (the secret key already was)."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from pathlib import Path

ROSTRA = str(Path(sys.executable).with_name("rostra"))

# Writes to the database (WAL and SHM then exist while the connection is open) and uploads a
# file, then reports every mode while all of it is still open.
SCRIPT = """
import json, os, stat
from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
with connection.cursor() as c:
    c.execute("CREATE TABLE probe (x integer)")
    c.execute("INSERT INTO probe VALUES (1)")
name = default_storage.save("images/a/photo.jpg", ContentFile(b"jpeg"))
paths = {
    "folder": settings.DATA_DIR,
    "db": settings.DATABASES["default"]["NAME"],
    "wal": str(settings.DATABASES["default"]["NAME"]) + "-wal",
    "shm": str(settings.DATABASES["default"]["NAME"]) + "-shm",
    "secret": settings.DATA_DIR / "secret_key",
    "media": settings.MEDIA_ROOT,
    "media_sub": settings.MEDIA_ROOT / "images" / "a",
    "upload": default_storage.path(name),
}
print("MODES " + json.dumps({k: oct(stat.S_IMODE(os.stat(p).st_mode)) for k, p in paths.items()}))
"""


def _modes(data: Path) -> dict:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(ROSTRA_DATA_DIR=str(data))
    out = subprocess.run(
        [ROSTRA, "shell", "-c", SCRIPT],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        # A permissive umask, as on most machines: the modes must not depend on it.
        preexec_fn=lambda: os.umask(0o022),
    )
    assert out.returncode == 0, out.stderr
    return json.loads(next(x for x in out.stdout.splitlines() if x.startswith("MODES "))[6:])


def test_it_creates_the_database_its_wal_and_media_private(tmp_path):
    modes = _modes(tmp_path / "data")
    assert modes == {
        "folder": "0o700",
        "db": "0o600",
        "wal": "0o600",
        "shm": "0o600",
        "secret": "0o600",
        "media": "0o700",
        "media_sub": "0o700",
        "upload": "0o600",
    }


def test_it_narrows_the_files_of_an_earlier_install(tmp_path):
    data = tmp_path / "data"
    data.mkdir(mode=0o755)
    (data / "rostra.sqlite3").touch(mode=0o644)
    (data / "rostra.sqlite3").chmod(0o644)
    data.chmod(0o755)
    modes = _modes(data)
    assert modes["folder"] == "0o700"
    assert modes["db"] == "0o600"
    assert stat.S_IMODE((data / "rostra.sqlite3").stat().st_mode) == 0o600
