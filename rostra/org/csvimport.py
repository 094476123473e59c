"""Importing a whole CSV file: every row is checked first (csvio), and only a file without
errors is written (csvwrite). The command line (actions.do_import_csv) and the admin's
background job (csvjobs) both run it; its own module so that the job, which actions start,
does not need actions."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rostra.org import csvio, csvwrite

if TYPE_CHECKING:
    from django.contrib.auth.models import User


class SystemUser:
    """The command line acts with full rights (whoever runs it runs the server)."""

    is_active = is_authenticated = is_superuser = True

    def has_perm(self, perm: str) -> bool:
        return True


def import_file(
    kind: str,
    data: bytes | str,
    *,
    acting_user: User | None,
    encoding: str | None = None,
    progress: csvio.Progress | None = None,
    batch_size: int = csvwrite.BATCH_SIZE,
) -> csvio.ParsedFile:
    """Import a whole file or nothing, as `acting_user` (None: the system)."""
    user = acting_user if acting_user is not None else SystemUser()
    parsed = csvio.check(kind, data, user, encoding=encoding, progress=progress)
    if not parsed.is_valid:
        return parsed
    return csvwrite.write(parsed, user, batch_size=batch_size, progress=progress)
