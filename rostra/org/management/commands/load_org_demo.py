"""rostra load_org_demo: the invented association's registry (safe to run again)."""

from django.core.management.base import BaseCommand

from rostra.org.demo import load_org_demo


class Command(BaseCommand):
    help = "Load the demo units, people, memberships, partners, honours and commemorative dates."

    def handle(self, **options) -> None:
        counts = load_org_demo()
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Organization demo loaded: {summary}."))
