"""A prepared query gives what the ORM gives for the same values."""

import pytest
from django.db.models import Q

from rostra.assembly import actions, prepared
from rostra.assembly.models import Proxy
from rostra.events.models import Participant

pytestmark = pytest.mark.django_db


def test_it_fills_text_and_id_slots_with_each_runs_values(meeting):
    one, two, three = meeting.delegates
    actions.do_give_proxy(one, two)

    def by_token():
        return Participant.objects.filter(
            event__slug=prepared.Slot("slug"), token=prepared.Slot("token")
        ).values_list("pk", "roles__role")

    for p in (one, meeting.chair):
        expected = list(
            Participant.objects.filter(event__slug="congress", token=p.token).values_list(
                "pk", "roles__role"
            )
        )
        assert prepared.rows("t-by-token", by_token, slug="congress", token=p.token) == expected
    assert prepared.rows("t-by-token", by_token, slug="elsewhere", token=one.token) == []

    def proxies():
        return Proxy.objects.filter(
            Q(principal_id=prepared.IntSlot("id")) | Q(holder_id=prepared.IntSlot("id"))
        ).values_list("principal_id", "holder_id")

    assert prepared.rows("t-proxies", proxies, id=two.pk) == [(one.pk, two.pk)]
    assert prepared.rows("t-proxies", proxies, id=three.pk) == []
