"""The `rostra` command: every Django management command, plus `serve` and `demo`."""

from __future__ import annotations

import os
import sys


def main() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "rostra.settings")
    from django.core.management import execute_from_command_line

    execute_from_command_line(["rostra", *sys.argv[1:]])


if __name__ == "__main__":
    main()
