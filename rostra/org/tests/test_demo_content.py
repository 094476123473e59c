"""The demo registry: the sizes the issue asks for, names in several scripts, idempotent."""

import pytest
from django.core.management import call_command

from rostra.org.demo import load_org_demo
from rostra.org.models import CommemorativeDate, Person


@pytest.mark.django_db
def test_it_loads_the_demo_registry_and_loading_again_changes_nothing(capsys):
    first = load_org_demo()
    call_command("load_org_demo")
    second = load_org_demo()

    assert first == second
    assert second["people"] == 68  # 60 made up, 8 more the stories name
    assert second["commemorative dates"] == 20
    assert second["units"] >= 6 and second["partners"] >= 6 and second["honours"] >= 6
    chair = Person.objects.get(ref="de-01")
    assert (chair.original_name, chair.name_ru, chair.name_zh_hans) == (
        "Henrik Dalby",
        "Хенрик Дальбю",
        "亨里克·达尔比",
    )
    assert chair.positions.get(end_date__isnull=True, role="chair").unit.slug == (
        "coordinating-committee"
    )
    member = Person.objects.get(ref="cn-01")
    assert (member.original_name, member.name_en, member.name_ru) == (
        "周林溪",
        "Zhou Linxi",
        "Чжоу Линьси",
    )
    assert Person.objects.get(ref="ru-01").name_zh_hans == "安娜·索科洛娃"
    assert CommemorativeDate.objects.filter(month=2, day=29).exists()
    assert "Organization demo loaded" in capsys.readouterr().out


@pytest.mark.django_db
def test_it_serves_the_public_pages_with_the_demo_in_every_language(client):
    load_org_demo()
    for language in ["en", "ru", "zh-hans", "de"]:
        for path in ["", "partners/", "calendar/", "people/cn-01/", "calendar.ics"]:
            response = client.get(f"/{language}/org/{path}")
            assert response.status_code == 200, (language, path)
    assert "Landesgruppe Deutschland" in client.get("/de/org/").content.decode()
