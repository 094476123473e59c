"""The events of the site search (rostra.core.search.site): title, summary, places, kind."""

from __future__ import annotations

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from rostra.core.search import site


@site.register(1)
def events(query: str, language: str) -> list[site.Hit]:
    from rostra.events.views import public_events

    hits = []
    with translation.override(language):
        for order, event in enumerate(public_events().order_by("-start", "pk")):
            body = " ".join(
                [event.summary, event.venue_name, event.city, event.country, event.kind.name]
            )
            found = site.rank(query, language, event.title, body)
            if found is None:
                continue
            hits.append(
                site.Hit(
                    kind=_("Event"),
                    title=event.title,
                    url=reverse("events:detail", args=[event.slug]),
                    rank=found,
                    order=order,
                    summary=event.summary,
                    date=event.local_start().date(),
                )
            )
    return hits
