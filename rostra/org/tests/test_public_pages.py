"""The public pages in each language: structure, profiles, partners and the calendar."""

import datetime

import pytest
from django.utils import timezone

from rostra.org import actions, builders
from rostra.org.models import CommemorativeDate, ConsentKind


@pytest.mark.django_db
def test_it_shows_the_structure_with_names_and_officers_in_the_reader_language(client, chair):
    page = client.get("/zh-hans/org/").content.decode()
    assert "协调委员会" in page and "协调委员会主席" in page and "李伟" in page
    page = client.get("/ru/org/").content.decode()
    assert "Координационный комитет" in page and "Ли Вэй" in page
    # The chapters sit inside the organization, the preparatory committee inside its committee.
    page = client.get("/en/org/").content.decode()
    assert page.index("Friendship Association") < page.index("Coordinating Committee")
    assert page.index("Coordinating Committee") < page.index("Preparatory Committee")
    assert 'href="/en/org/people/p-chair/"' in page


@pytest.mark.django_db
def test_it_falls_back_to_english_when_a_name_is_missing(client, org_units):
    builders.unit("chapter-at", "chapter", "Chapter in Austria", parent=org_units["organization"])
    assert "Chapter in Austria" in client.get("/de/org/").content.decode()


@pytest.mark.django_db
def test_it_hides_units_and_officers_that_are_not_public(client, org_units, chair):
    hidden = builders.unit(
        "internal",
        "committee",
        "Internal Audit Group",
        parent=org_units["organization"],
        is_public=False,
    )
    who = builders.person("p-quiet", "Quiet Officer", "Quiet Officer")
    builders.position(who, "Treasurer", unit=org_units["committee"], is_public=False)
    page = client.get("/en/org/").content.decode()
    assert hidden.name_en not in page and "Quiet Officer" not in page


@pytest.mark.django_db
def test_it_shows_a_profile_only_with_consent(client, chair):
    person = chair.person
    person.bio_en, person.bio_de = "Chairs the committee.", "Leitet das Komitee."
    person.save()
    page = client.get("/de/org/people/p-chair/").content.decode()
    assert "Li Wei" in page and "李伟" in page and "Leitet das Komitee." in page
    assert "Vorsitzender des Koordinierungskomitees" in page

    actions.do_withdraw_consent(person, ConsentKind.PUBLIC_PROFILE, acting_user=None)
    assert client.get("/de/org/people/p-chair/").status_code == 404
    assert 'href="/de/org/people/p-chair/"' not in client.get("/de/org/").content.decode()
    assert person.consents.get().withdrawn_at is not None  # the record stays


@pytest.mark.django_db
def test_it_does_not_show_a_profile_that_was_never_made_public(client, member):
    assert client.get("/en/org/people/p-member/").status_code == 404


@pytest.mark.django_db
def test_it_lists_partners_by_relationship_with_their_representatives(client, observer):
    builders.partner(
        "friendship-foundation", "partner", "Friendship Foundation", de="Stiftung Freundschaft"
    )
    builders.partner("private-club", "friendly", "Private Club", is_public=False)
    page = client.get("/de/org/partners/").content.decode()
    assert "Stiftung Freundschaft" in page and "North Review" in page
    assert "Sofia Lindqvist" in page and "Correspondent" in page
    assert "Private Club" not in page


@pytest.mark.django_db
def test_it_shows_the_calendar_with_round_anniversaries_highlighted(client):
    today = timezone.localdate()
    soon = today + datetime.timedelta(days=10)
    CommemorativeDate.objects.create(
        month=soon.month,
        day=soon.day,
        year=soon.year - 70,
        category="organization",
        title_en="Founding",
        title_de="Gründung",
    )
    CommemorativeDate.objects.create(
        month=soon.month,
        day=soon.day,
        year=soon.year - 33,
        category="culture",
        title_en="Library",
        title_de="Bibliothek",
    )
    page = client.get("/de/org/calendar/").content.decode()
    assert "70. Jahrestag" in page and "33. Jahrestag" in page
    # The founding: once in "coming up", once in its month (if that month is this year's).
    assert page.count("org-observance--round") == 1 + (soon.year == today.year)
    page = client.get(f"/en/org/calendar/?year={soon.year + 5}").content.decode()
    assert "75th anniversary" in page and "38th anniversary" in page
    assert client.get("/en/org/calendar/?year=abc&days=x").status_code == 200


@pytest.mark.django_db
def test_it_gives_the_navigation_a_link_to_the_structure(client):
    from django.utils import translation

    from rostra.core.nav import navigation

    with translation.override("de"):
        assert navigation()["org_url"] == "/de/org/"
