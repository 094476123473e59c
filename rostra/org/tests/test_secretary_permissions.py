"""A chapter's secretary manages that chapter only; administrators manage everything."""

import datetime

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from rostra.org import actions, builders, permissions
from rostra.org.models import Membership, Person


@pytest.fixture
def two_chapters(org_units):
    germany, china = org_units["germany"], org_units["china"]
    hans = builders.person(
        "p-hans",
        "Hans Lang",
        "Hans Lang",
        home_unit=germany,
        email="hans@example.org",
        phone="+49 555 0101",
    )
    wang = builders.person(
        "p-wang",
        "王芳",
        "Wang Fang",
        "Ван Фан",
        "王芳",
        home_unit=china,
        email="wang@example.org",
        phone="+86 555 0202",
    )
    return {
        "hans": hans,
        "wang": wang,
        "hans_membership": builders.membership(hans, germany),
        "wang_membership": builders.membership(wang, china),
    }


def _refused(response) -> bool:
    """Wagtail answers a refused admin view by sending the user to the dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == "/admin/"
    )


def _login(client, user):
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_it_lists_only_the_secretarys_own_chapter(client, secretary, two_chapters):
    _login(client, secretary)

    people = client.get("/admin/org_people/").content.decode()
    assert "Hans Lang" in people
    assert "Wang Fang" not in people

    memberships = client.get("/admin/org_memberships/").content.decode()
    assert "Hans Lang" in memberships
    assert "Wang Fang" not in memberships


@pytest.mark.django_db
def test_it_hides_another_chapters_people_and_memberships_from_a_secretary(
    client, secretary, two_chapters
):
    _login(client, secretary)
    wang, membership = two_chapters["wang"], two_chapters["wang_membership"]

    assert _refused(client.get(f"/admin/org_people/edit/{wang.pk}/"))
    assert _refused(client.get(f"/admin/org_people/delete/{wang.pk}/"))
    assert _refused(client.get(f"/admin/org_people/history/{wang.pk}/"))
    assert _refused(client.get(f"/admin/org_memberships/edit/{membership.pk}/"))
    response = client.post(
        f"/admin/org_people/edit/{wang.pk}/",
        {"ref": "p-wang", "original_name": "changed", "language": "en"},
    )
    assert _refused(response)
    assert Person.objects.get(pk=wang.pk).original_name == "王芳"


@pytest.mark.django_db
def test_it_lets_a_secretary_see_and_change_their_own_members(client, secretary, two_chapters):
    _login(client, secretary)
    hans = two_chapters["hans"]

    page = client.get(f"/admin/org_people/edit/{hans.pk}/").content.decode()
    assert "hans@example.org" in page and "+49 555 0101" in page

    data = {
        "ref": "p-hans",
        "original_name": "Hans Lang",
        "name_en": "Hans Lang",
        "name_de": "Hans Lang",
        "home_unit": hans.home_unit_id,
        "language": "de",
        "email": "hans.lang@example.org",
    }
    response = client.post(f"/admin/org_people/edit/{hans.pk}/", data)
    assert response.status_code == 302
    assert Person.objects.get(pk=hans.pk).email == "hans.lang@example.org"


@pytest.mark.django_db
def test_it_refuses_a_secretary_a_membership_in_another_chapter(
    client, secretary, two_chapters, org_units
):
    _login(client, secretary)
    before = Membership.objects.count()
    response = client.post(
        "/admin/org_memberships/new/",
        {
            "person": two_chapters["hans"].pk,
            "unit": org_units["china"].pk,
            "type": "member",
            "start_date": "2026-01-01",
        },
    )
    assert response.status_code == 200  # the form again, with an error
    assert "Select a valid choice" in response.content.decode()
    assert Membership.objects.count() == before

    # Nor can they move their own member's record to another chapter.
    response = client.post(
        f"/admin/org_people/edit/{two_chapters['hans'].pk}/",
        {
            "ref": "p-hans",
            "original_name": "Hans Lang",
            "home_unit": org_units["china"].pk,
            "language": "de",
        },
    )
    assert Person.objects.get(pk=two_chapters["hans"].pk).home_unit == org_units["germany"]


@pytest.mark.django_db
def test_it_refuses_the_actions_to_a_secretary_of_another_chapter(
    secretary, other_secretary, two_chapters
):
    wang_membership = two_chapters["wang_membership"]
    with pytest.raises(PermissionDenied):
        actions.do_set_manual_status(wang_membership, "suspended", acting_user=secretary)
    actions.do_set_manual_status(wang_membership, "suspended", acting_user=other_secretary)
    assert Membership.objects.get(pk=wang_membership.pk).manual_status == "suspended"
    with pytest.raises(PermissionDenied):
        actions.do_record_consent(two_chapters["hans"], "email", acting_user=other_secretary)


@pytest.mark.django_db
def test_it_gives_a_secretary_the_sub_units_of_their_chapter(secretary, org_units):
    local = builders.unit(
        "group-lindenau", "committee", "Lindenau group", parent=org_units["germany"]
    )
    managed = permissions.managed_unit_ids(secretary)
    assert managed == {org_units["germany"].pk, local.pk}


@pytest.mark.django_db
def test_it_takes_the_rights_away_when_the_secretary_position_ends(client, secretary, two_chapters):
    position = secretary.person.positions.get(role="secretary")
    actions.do_end_position(
        position, acting_user=None, end_date=timezone.localdate() - datetime.timedelta(days=1)
    )

    assert permissions.managed_unit_ids(secretary) == set()
    _login(client, secretary)
    assert "Hans Lang" not in client.get("/admin/org_people/").content.decode()


@pytest.mark.django_db
def test_it_lets_an_administrator_manage_every_chapter(client, org_admin, two_chapters):
    _login(client, org_admin)
    people = client.get("/admin/org_people/").content.decode()
    assert "Hans Lang" in people and "Wang Fang" in people
    assert client.get(f"/admin/org_people/edit/{two_chapters['wang'].pk}/").status_code == 200
    assert client.get("/admin/org_units/").status_code == 200


@pytest.mark.django_db
def test_it_keeps_units_partners_and_dates_for_administrators(client, secretary, member):
    _login(client, secretary)
    for url in [
        "/admin/org_units/",
        "/admin/org_partners/",
        "/admin/org_dates/",
        "/admin/org_positions/",
        "/admin/org_honours/",
    ]:
        assert _refused(client.get(url)), url
    _login(client, member)  # a member without a role has no admin at all
    assert client.get("/admin/org_people/").status_code in (302, 403)  # to the login page


@pytest.mark.django_db
def test_it_never_shows_contact_details_on_public_pages(client, chair):
    person = chair.person
    person.email, person.phone, person.address = "li@example.org", "+86 555 0000", "1 Main St"
    person.save()
    for language in ["en", "zh-hans"]:
        for url in [f"/{language}/org/", f"/{language}/org/people/p-chair/"]:
            page = client.get(url).content.decode()
            assert "li@example.org" not in page and "555 0000" not in page
            assert "1 Main St" not in page
