"""A fifth language (Spanish) added by configuration only: public pages, the admin's forms,
CSV import and export and a generated report all work in it, with no code changed.

Run with `--ds=rostra.core.tests.fifth_language.settings` (skipped otherwise; `make test` runs
it). The models' `*_es` columns come from the migrations computed from LANGUAGES.
"""

from __future__ import annotations

import pytest
from django.utils import translation

from rostra.events import actions as event_actions
from rostra.events.models import Event
from rostra.news.models import ArticlePage
from rostra.org import actions as org_actions
from rostra.org import csvio
from rostra.org.models import PartnerOrganization, Person, Unit

pytestmark = pytest.mark.django_db


def test_it_has_a_field_and_a_csv_column_per_language_for_spanish():
    for model, base in [(Unit, "name"), (Person, "name"), (Event, "city"), (Event, "title")]:
        assert model._meta.get_field(f"{base}_es")
    assert "name_es" in csvio.COLUMNS["people"]
    assert "city_es" in csvio.COLUMNS["partners"]


def test_it_reads_spanish_with_the_fallback_rule_of_names(org_units):
    unit = org_units["germany"]
    with translation.override("es"):
        assert unit.name == unit.name_en  # nothing in Spanish yet: English, never ""
        unit.name_es = "Sección de Alemania"
        assert unit.name == "Sección de Alemania"


def test_it_serves_the_public_pages_in_spanish(client, news_indexes, make_article, held_event):
    article = make_article("es", title="Congreso de primavera en Moscú", place="Moscú")
    held_event.title_es = "Congreso de primavera"
    held_event.city_es = "Moscú"
    held_event.save()
    pages = {
        "/es/": "Congreso de primavera en Moscú",
        article.url: "Moscú",
        "/es/events/": "Congreso de primavera",
        f"/es/events/{held_event.slug}/": "Moscú",
        "/es/org/": "",
        "/es/org/partners/": "",
        "/es/org/calendar/": "",
        "/es/search/?q=congresos": "Congreso de primavera en Moscú",  # Spanish stemming
    }
    for url, text in pages.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.headers["Content-Language"] == "es", url
        assert text in response.content.decode(), url
    # The test catalogue's messages, not English.
    assert "Buscar" in client.get("/es/search/?q=congresos").content.decode()


def test_it_offers_the_spanish_fields_in_the_admin_forms(
    client, org_admin, event_organizer, held_event
):
    client.force_login(org_admin)
    for url, field in [
        ("/admin/org_units/new/", "name_es"),
        ("/admin/org_units/new/", "country_es"),
        ("/admin/org_people/new/", "name_es"),
        ("/admin/org_partners/new/", "city_es"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'name="{field}"' in response.content.decode(), (url, field)
    client.force_login(event_organizer)
    for url, field in [
        ("/admin/events/events/new/", "venue_name_es"),
        (f"/admin/events/events/edit/{held_event.pk}/", "title_es"),
    ]:
        response = client.get(url)
        assert response.status_code == 200, url
        assert f'name="{field}"' in response.content.decode(), (url, field)
    client.force_login(org_admin)
    response = client.post(
        "/admin/org_partners/new/",
        {
            "kind": "partner",
            "slug": "amigos",
            "name_en": "Friends' Society",
            "name_es": "Sociedad de Amigos",
            "city_es": "Sevilla",
            "is_public": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    partner = PartnerOrganization.objects.get(slug="amigos")
    assert (partner.name_es, partner.city_es) == ("Sociedad de Amigos", "Sevilla")
    with translation.override("es"):
        assert partner.name == "Sociedad de Amigos"


def test_it_exports_and_imports_the_spanish_columns(org_units, org_admin):
    header = csvio.COLUMNS["people"]
    row = dict.fromkeys(header, "")
    row.update(
        ref="p-es-1",
        original_name="Lucía Gómez",
        name_en="Lucia Gomez",
        name_es="Lucía Gómez",
        home_unit=org_units["germany"].slug,
        language="es",
        public_profile="no",
    )
    text = ",".join(header) + "\n" + ",".join(row[name] for name in header) + "\n"
    result = org_actions.do_import_csv("people", text.encode(), acting_user=org_admin)
    assert result.is_valid, [str(e) for e in result.errors]
    person = Person.objects.get(ref="p-es-1")
    assert (person.name_es, person.language) == ("Lucía Gómez", "es")

    import io

    out = io.StringIO()
    csvio.write_csv("people", csvio.export_queryset("people", org_admin), out)
    lines = out.getvalue().splitlines()
    assert "name_es" in lines[0].split(",")
    assert any("Lucía Gómez,chapter" in line or "Lucía Gómez" in line for line in lines[1:])


def test_it_generates_the_report_in_spanish(held_event):
    held_event.main_language = "es"
    held_event.title_es = "Congreso de primavera"
    held_event.city_es = "Moscú"
    held_event.save()
    page = event_actions.do_generate_report(held_event, acting_user=None)
    assert isinstance(page, ArticlePage)
    assert page.locale.language_code == "es"
    assert page.title == "Congreso de primavera"
    assert page.place == "Moscú"
