"""`rostra flush_views`: write buffered views to the database now (with Redis: every
process's; each server process also does it every ROSTRA_VIEWS_FLUSH_INTERVAL seconds)."""

from django.core.management.base import BaseCommand

from rostra.readers.counting import flush_all


class Command(BaseCommand):
    help = "Write the buffered article views to the database."

    def handle(self, *args, **options):
        written = flush_all()
        if options["verbosity"]:
            self.stdout.write(f"{written} views written")
