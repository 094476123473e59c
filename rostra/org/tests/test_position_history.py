"""Ending a position keeps it: the history of who held which office stays on record."""

import datetime

import pytest

from rostra.org import actions, builders
from rostra.org.models import Position

D = datetime.date


@pytest.mark.django_db
def test_it_ends_a_position_without_deleting_it_and_the_public_page_follows(client, org_units):
    committee = org_units["committee"]
    former = builders.person(
        "p-former", "Сергей Орлов", "Sergei Orlov", "Сергей Орлов", de="Sergej Orlow"
    )
    successor = builders.person(
        "p-next", "Clara Richter", "Clara Richter", "Клара Рихтер", de="Clara Richter"
    )
    old = actions.do_appoint(
        former,
        unit=committee,
        role="chair",
        start_date=D(2015, 6, 1),
        title_en="Chairman of the Coordinating Committee",
        title_de="Vorsitzender des Koordinierungskomitees",
        acting_user=None,
    )
    assert "Sergej Orlow" in client.get("/de/org/").content.decode()

    actions.do_end_position(old, acting_user=None, end_date=D(2024, 5, 31))
    actions.do_appoint(
        successor,
        unit=committee,
        role="chair",
        start_date=D(2024, 6, 1),
        title_en="Chairwoman of the Coordinating Committee",
        acting_user=None,
    )

    history = list(Position.objects.filter(unit=committee, role="chair").order_by("start_date"))
    assert [(p.person.ref, p.end_date) for p in history] == [
        ("p-former", D(2024, 5, 31)),
        ("p-next", None),
    ]
    page = client.get("/de/org/").content.decode()
    assert "Clara Richter" in page and "Sergej Orlow" not in page


@pytest.mark.django_db
def test_it_refuses_an_end_before_the_start(org_units):
    from django.core.exceptions import ValidationError

    who = builders.person("p-x", "X")
    position = builders.position(
        who, "Representative in China", unit=org_units["china"], start=D(2024, 1, 1)
    )
    with pytest.raises(ValidationError):
        actions.do_end_position(position, acting_user=None, end_date=D(2023, 12, 31))
    assert Position.objects.get(pk=position.pk).end_date is None


@pytest.mark.django_db
def test_it_refuses_to_end_a_position_for_a_secretary(secretary, chair):
    from django.core.exceptions import PermissionDenied

    position = chair.person.positions.get()
    with pytest.raises(PermissionDenied):
        actions.do_end_position(position, acting_user=secretary)
