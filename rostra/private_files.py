"""The data folder's files are private to the server's user (no Django imports: settings use it).

The secret key was created 0600 while SQLite made the database, its WAL and SHM 0644 (the
umask's default) and media landed world-readable. Here: the data folder is 0700; the SQLite
file is created 0600 before SQLite opens it (SQLite gives its -wal and -shm files the
database file's mode); files of earlier installs are narrowed; uploaded media in the data folder
are 0600 in 0700 folders (FILE_UPLOAD_PERMISSIONS and its directory twin in settings).
"""

from __future__ import annotations

import contextlib
import os
import stat
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def _narrow(path: Path, mode: int) -> None:
    with contextlib.suppress(FileNotFoundError, PermissionError):
        if stat.S_IMODE(path.stat().st_mode) & ~mode:
            path.chmod(mode)


def private_folder(path: Path) -> None:
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    _narrow(path, FOLDER_MODE)


def private_sqlite(database: Path) -> None:
    """Create the database file 0600 if missing; narrow it and its companions if wider."""
    database = Path(database)
    if not database.exists():
        with contextlib.suppress(FileExistsError):
            os.close(os.open(database, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))
    for suffix in ("", "-wal", "-shm", "-journal"):
        _narrow(database.with_name(database.name + suffix), FILE_MODE)
