"""`rostra flush_views`: write buffered views to the database now.

With Redis every process forwards its views to Redis within a second, and this command writes
Redis to the database. Without Redis each server process holds its views in its own memory:
the command asks every server running on this data folder to write them (rostra.readers.
flushctl) and says which answered, which did not, and which had stopped without writing."""

from typing import Any

from django.conf import settings
from django.core.management.base import BaseCommand, CommandParser

from rostra.readers import flushctl
from rostra.readers.counting import flush_all


class Command(BaseCommand):
    help = "Write the buffered article views to the database (every running server's)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument(
            "--timeout", type=float, default=10.0, help="seconds to wait for the servers"
        )
        parser.add_argument(
            "--this-process",
            action="store_true",
            help="write only this process's buffer (and Redis'), without asking the servers "
            "(the scheduler inside `rostra serve`)",
        )

    def handle(self, *args: object, timeout: float, this_process: bool, **options: Any) -> None:
        written = flush_all()
        say = self.stdout.write if options["verbosity"] else (lambda _message: None)
        if this_process:
            say(f"{written} views written (this process's buffer only)")
            return
        if settings.REDIS_URL:
            say(
                f"{written} views written (from Redis: every server forwards its views there "
                "within a second)"
            )
            return
        answers, silent, gone = flushctl.request_all(timeout)
        total = written + sum(answers.values())
        for pid in gone:
            self.stderr.write(
                f"server process {pid} had stopped without its final write "
                "(killed): the views it held are lost"
            )
        for pid in silent:
            self.stderr.write(f"server process {pid} did not answer within {timeout:g} s")
        if not answers and not silent:
            say(
                f"{total} views written: no running server found on {settings.DATA_DIR} "
                "(views are buffered in the server processes; started elsewhere, they write "
                f"theirs every {settings.ROSTRA_VIEWS_FLUSH_INTERVAL} s)"
            )
            return
        say(
            f"{total} views written by {len(answers)} of {len(answers) + len(silent)} "
            "running server processes"
        )
        if silent:
            raise SystemExit(1)
