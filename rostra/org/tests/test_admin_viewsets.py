"""Every registry viewset lists, searches, filters and opens its forms for an administrator."""

import pytest

from rostra.org.demo import load_org_demo
from rostra.org.models import Membership, Person

VIEWSETS = [
    "org_units",
    "org_people",
    "org_consents",
    "org_memberships",
    "org_positions",
    "org_partners",
    "org_honours",
    "org_dates",
]


@pytest.mark.django_db
def test_it_serves_every_admin_view_of_the_registry(client, org_admin):
    load_org_demo()
    client.force_login(org_admin)
    for name in VIEWSETS:
        for suffix in ["", "?q=Li", "new/"]:
            response = client.get(f"/admin/{name}/{suffix}")
            assert response.status_code == 200, (name, suffix)
    person = Person.objects.get(ref="cn-01")
    assert client.get(f"/admin/org_people/edit/{person.pk}/").status_code == 200
    assert "Organization" in client.get("/admin/").content.decode()


@pytest.mark.django_db
def test_it_filters_memberships_by_computed_status(client, org_admin):
    load_org_demo()
    client.force_login(org_admin)
    response = client.get("/admin/org_memberships/?status=suspended")
    assert response.status_code == 200
    listed = list(response.context["object_list"])
    assert listed and all(m.status() == "suspended" for m in listed)
    suspended = Membership.objects.filter(manual_status="suspended").count()
    assert len(listed) == suspended
