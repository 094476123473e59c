"""Public profiles in the site search (rostra.core.search.site): names in every script, bio,
public positions. Only people whose profile is public (enabled and consented)."""

from __future__ import annotations

from django.db.models import Prefetch
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from rostra.core.search import site
from rostra.org.i18n import field_names, person_name
from rostra.org.models import ConsentKind, Person, Position


@site.register(2)
def profiles(query: str, language: str) -> list[site.Hit]:
    people = (
        Person.objects.filter(
            public_profile=True,
            consents__kind=ConsentKind.PUBLIC_PROFILE,
            consents__withdrawn_at__isnull=True,
        )
        .distinct()
        .prefetch_related(Prefetch("positions", queryset=Position.objects.filter(is_public=True)))
        .order_by("name_en", "original_name")
    )
    hits = []
    with translation.override(language):
        for order, person in enumerate(people):
            shown = person_name(person, language)
            # A name is found in any script it is written in.
            names = " ".join(
                {person.original_name, *(getattr(person, f) for f in field_names("name"))}
            )
            body = " ".join([person.bio, *(p.title for p in person.positions.all())])
            found = site.rank(query, language, names, body)
            if found is None:
                continue
            hits.append(
                site.Hit(
                    kind=_("Profile"),
                    title=shown,
                    url=reverse("org:profile", args=[person.ref]),
                    rank=found,
                    order=order,
                    summary=person.bio,
                )
            )
    return hits
