import contextlib
import threading

from django.core.management.base import BaseCommand, CommandParser

from rostra.core.scheduler import run_due_jobs, run_forever


class Command(BaseCommand):
    help = "Run scheduled jobs (scheduled publishing) every ROSTRA_SCHEDULER_INTERVAL seconds."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--once", action="store_true", help="Run due jobs once and exit.")

    def handle(self, *args: object, once: bool = False, **options: object) -> None:
        if once:
            run_due_jobs()
            return
        with contextlib.suppress(KeyboardInterrupt):
            run_forever(threading.Event())
