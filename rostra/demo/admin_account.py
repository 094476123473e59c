"""The demo's administrator account, whose password is kept in the data folder."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model

USERNAME = "admin"
PASSWORD_FILE = "demo-admin-password.txt"


def password_path() -> Path:
    return Path(settings.DATA_DIR) / PASSWORD_FILE


def _read_or_create_password(path: Path) -> str:
    if path.exists():
        return path.read_text().strip()
    password = secrets.token_urlsafe(12)
    # Created with owner-only permissions from the start, never readable by others.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as file:
        file.write(password + "\n")
    return password


# The demo's site administrator, a person of the demo association (see rostra.demo.content).
FIRST_NAME, LAST_NAME = "Site", "Administrator"


def ensure_admin() -> tuple[str | None, bool]:
    """The admin superuser: (its password if known, whether it was created now).

    A new account gets the password kept in the data folder (made at random the first time).
    An account that already exists is left as it is; its password is known only if the file
    is there (someone may have changed it since)."""
    User = get_user_model()
    path = password_path()
    user = User.objects.filter(username=USERNAME).first()
    if user is not None:
        if not (user.first_name or user.last_name):
            # Footers and histories name people: "Added by: admin" read as a machine.
            user.first_name, user.last_name = FIRST_NAME, LAST_NAME
            user.save(update_fields=["first_name", "last_name"])
        return (path.read_text().strip() if path.exists() else None), False
    password = _read_or_create_password(path)
    User.objects.create_superuser(
        username=USERNAME,
        email=f"{USERNAME}@localhost",
        password=password,
        first_name=FIRST_NAME,
        last_name=LAST_NAME,
    )
    return password, True
