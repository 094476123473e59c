"""Places and names per language: the reader's language first, then the fallback rule of names;
e-mails greet in the recipient's language and script."""

from __future__ import annotations

import pytest
from django.core import mail
from django.utils import translation

from rostra.events import actions as event_actions
from rostra.org import builders
from rostra.org.i18n import field_names, person_name
from rostra.org.models import Honour, PartnerOrganization, Person, Unit

pytestmark = pytest.mark.django_db


def test_it_generates_one_field_per_configured_language():
    assert field_names("city") == ["city_en", "city_ru", "city_zh_hans", "city_de"]
    for model, base in [
        (Unit, "country"),
        (PartnerOrganization, "city"),
        (PartnerOrganization, "country"),
        (Honour, "occasion"),
        (Person, "name"),
    ]:
        assert all(model._meta.get_field(name) for name in field_names(base)), (model, base)


def test_it_shows_places_in_the_readers_language_with_the_fallback_of_names():
    partner = builders.partner(
        "library",
        "partner",
        "City Library",
        **builders.names("Moscow", "Москва", "莫斯科", "", base="city"),
    )
    with translation.override("ru"):
        assert partner.city == "Москва"
    with translation.override("zh-hans"):
        assert partner.city == "莫斯科"
    with translation.override("de"):
        assert partner.city == "Moscow"  # nothing in German: the default language
    partner.city_en = ""
    with translation.override("de"):
        assert partner.city == "Москва"  # then the first language that has one, never ""


def test_it_shows_the_partners_place_on_the_russian_page(client):
    builders.partner(
        "library",
        "partner",
        "City Library",
        "Городская библиотека",
        **builders.names("Vienna", "Вена", "维也纳", "Wien", base="city"),
        **builders.names("Austria", "Австрия", "奥地利", "Österreich", base="country"),
    )
    page = client.get("/ru/org/partners/").content.decode()
    assert "Вена, Австрия" in page and "Vienna" not in page
    assert "维也纳" in client.get("/zh-hans/org/partners/").content.decode()


def test_it_writes_a_persons_name_in_the_readers_script(chair, member):
    li, anna = chair.person, member.person
    assert person_name(li, "zh-hans") == "李伟"
    assert person_name(li, "ru") == "Ли Вэй"
    assert person_name(li, "en") == "Li Wei"
    assert person_name(anna, "ru") == "Анна Петрова"
    assert person_name(anna, "de") == "Anna Petrowa"
    anna.name_zh_hans = ""
    assert person_name(anna, "zh-hans") == "Anna Petrova"  # the fallback rule of names
    # The registry's lists show both scripts, to tell people apart.
    with translation.override("en"):
        assert str(anna) == "Anna Petrova (Анна Петрова)"


def test_it_greets_in_the_recipients_language_and_script(
    event, org_units, django_capture_on_commit_callbacks
):
    olga = builders.person(
        "p-olga",
        "Ольга Смирнова",
        "Olga Smirnova",
        "Ольга Смирнова",
        "奥尔加·斯米尔诺娃",
        "Olga Smirnowa",
        home_unit=org_units["germany"],
        language="ru",
    )
    wang = builders.person(
        "p-wang",
        "王芳",
        "Wang Fang",
        "Ван Фан",
        "王芳",
        "Wang Fang",
        home_unit=org_units["china"],
        language="zh-hans",
    )
    with django_capture_on_commit_callbacks(execute=True):
        event_actions.do_invite(event, acting_user=None, person=olga, email="olga@example.org")
        event_actions.do_invite(event, acting_user=None, person=wang, email="wang@example.org")
    greetings = {m.to[0]: m.body.splitlines()[0] for m in mail.outbox}
    assert greetings["olga@example.org"] == "Здравствуйте, Ольга Смирнова!"
    assert "王芳" in greetings["wang@example.org"]
    assert "Wang" not in greetings["wang@example.org"]


def test_it_writes_the_zone_and_city_of_an_invitation_with_the_recipients_punctuation(
    event, org_units, django_capture_on_commit_callbacks
):
    event.city_zh_hans = "莫斯科"
    event.city_ru = "Москва"
    event.save()
    wang = builders.person(
        "p-wang",
        "王芳",
        "Wang Fang",
        "Ван Фан",
        "王芳",
        "Wang Fang",
        home_unit=org_units["china"],
        language="zh-hans",
    )
    olga = builders.person(
        "p-olga",
        "Ольга Смирнова",
        "Olga Smirnova",
        "Ольга Смирнова",
        "",
        "",
        home_unit=org_units["germany"],
        language="ru",
    )
    with django_capture_on_commit_callbacks(execute=True):
        event_actions.do_invite(event, acting_user=None, person=wang, email="wang@example.org")
        event_actions.do_invite(event, acting_user=None, person=olga, email="olga@example.org")
    bodies = {m.to[0]: m.body for m in mail.outbox}
    assert "（Europe/Moscow），莫斯科\n" in bodies["wang@example.org"]
    assert "(Europe/Moscow)" not in bodies["wang@example.org"]
    assert " (Europe/Moscow), Москва\n" in bodies["olga@example.org"]
