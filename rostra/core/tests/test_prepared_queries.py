"""A query built once per process (rostra.core.queries) finds what the ORM finds."""

from __future__ import annotations

import pytest
from wagtail.models import Page

from rostra.core.queries import PreparedQuery


@pytest.mark.django_db
def test_it_finds_what_the_queryset_finds_with_its_related_rows(django_assert_num_queries):
    query = PreparedQuery(lambda pk: Page.objects.filter(pk=pk).select_related("locale"))
    pages = list(Page.objects.select_related("locale"))
    assert len(pages) >= 2
    for page in pages:
        with django_assert_num_queries(1):
            (found,) = query(page.pk)
            assert (found.pk, found.title, found.path) == (page.pk, page.title, page.path)
            assert found.locale.language_code == page.locale.language_code
            assert found.last_published_at == page.last_published_at
    assert query(max(p.pk for p in pages) + 1) == []


@pytest.mark.django_db
def test_it_takes_lists_of_any_length_in_any_order_of_conditions():
    query = PreparedQuery(
        lambda ids, slugs: Page.objects.filter(slug__in=slugs, pk__in=ids).order_by("pk")
    )
    pages = list(Page.objects.order_by("pk"))
    ids, slugs = [p.pk for p in pages], [p.slug for p in pages]
    for chosen in (ids, ids[:1], ids[1:], [ids[0], ids[0]]):
        expected = list(Page.objects.filter(pk__in=chosen, slug__in=slugs).order_by("pk"))
        assert query(chosen, slugs) == expected
        assert query(chosen, slugs[:1]) == [p for p in expected if p.slug == slugs[0]]
    assert query([], slugs) == []
    many = [*ids, *range(10**6, 10**6 + 1200)]  # more values than it prepares statements for
    assert query(many, slugs) == pages
