import contextlib
import threading

from django.core.management.base import BaseCommand

from rostra.core.scheduler import run_due_jobs, run_forever


class Command(BaseCommand):
    help = "Run scheduled jobs (scheduled publishing) every ROSTRA_SCHEDULER_INTERVAL seconds."

    def add_arguments(self, parser):
        parser.add_argument("--once", action="store_true", help="Run due jobs once and exit.")

    def handle(self, *args, once: bool = False, **options):
        if once:
            run_due_jobs()
            return
        with contextlib.suppress(KeyboardInterrupt):
            run_forever(threading.Event())
