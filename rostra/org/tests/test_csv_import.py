"""CSV import writes a whole file or nothing, and names each bad row by its line number."""

import io

import pytest
from django.core.management import CommandError, call_command

from rostra.org import actions, builders, csvio
from rostra.org.models import Membership, PartnerOrganization, Person

PEOPLE_MIXED = "\n".join(
    [
        ",".join(csvio.COLUMNS["people"]),
        "p-101,李明,Li Ming,Ли Мин,李明,Li Ming,chapter-cn,li.ming@example.org,,zh-hans,no",
        "p-102,Ирина Волкова,Irina Volkova,Ирина Волкова,伊琳娜·沃尔科娃,Irina Wolkowa"
        ",chapter-de,irina@example.org,,ru,yes",
        "p-103,Bad Mail,,,,,chapter-de,not-an-email,,en,no",
        "p-104,Unknown Unit,,,,,chapter-xx,,,en,no",
        ",No Reference,,,,,chapter-de,,,en,no",
        "p-101,Twice,,,,,chapter-cn,,,en,no",
        "p-107,Odd Flag,,,,,chapter-de,,,en,perhaps",
        "p-108,Klara Brandt,Klara Brandt,Клара Брандт,克拉拉·勃兰特,Klara Brandt"
        ",chapter-de,,,de,no",
        "",
    ]
)


def _import(kind, text, user=None):
    return actions.do_import_csv(kind, text.encode("utf-8"), acting_user=user)


@pytest.mark.django_db
def test_it_writes_nothing_from_a_file_with_good_and_bad_rows_and_lists_each_bad_line(org_units):
    result = _import("people", PEOPLE_MIXED)

    assert not result.is_valid
    assert Person.objects.count() == 0
    messages = [str(e) for e in result.errors]
    assert [e.line for e in result.errors] == [4, 5, 6, 7, 8]
    assert "e-mail" in messages[0].lower() or "email" in messages[0].lower()
    assert "unknown unit “chapter-xx”" in messages[1]
    assert "ref is required" in messages[2]
    assert "repeats line 2" in messages[3]
    assert "“perhaps” is not yes or no" in messages[4]
    assert messages[0].startswith("line 4: ")


@pytest.mark.django_db
def test_it_imports_the_file_once_every_row_is_right(org_units):
    good = "\n".join(line for i, line in enumerate(PEOPLE_MIXED.splitlines()) if i in (0, 1, 2, 8))
    result = _import("people", good)

    assert result.is_valid and (result.created, result.updated) == (3, 0)
    irina = Person.objects.get(ref="p-102")
    assert (irina.original_name, irina.name_zh_hans, irina.public_profile) == (
        "Ирина Волкова",
        "伊琳娜·沃尔科娃",
        True,
    )
    assert irina.home_unit == org_units["germany"]

    # The same file again updates, it does not duplicate.
    again = _import("people", good.replace("Klara Brandt,Klara", "Klara Brandt,Clara"))
    assert (again.created, again.updated) == (0, 3)
    assert Person.objects.get(ref="p-108").name_en == "Clara Brandt"
    assert Person.objects.count() == 3


@pytest.mark.django_db
def test_it_imports_memberships_all_or_nothing(org_units):
    builders.person("p-1", "Anna", home_unit=org_units["germany"])
    text = (
        "person,unit,type,start_date,end_date,manual_status,note\n"
        "p-1,chapter-de,member,2024-01-01,2024-12-31,,\n"
        "p-1,coordinating-committee,candidate,2024-02-01,,,\n"
        "p-1,chapter-de,member,2025-01-01,2024-06-01,,\n"  # ends before it starts
        "p-9,chapter-de,member,2024-01-01,,,\n"
        "p-1,chapter-cn,sponsor,01.03.2024,,,\n"
        "p-1,chapter-cn,member,2024-13-01,,,\n"
        "p-1,chapter-cn,member,2024-03-01,,paused,\n"
    )
    result = _import("memberships", text)
    assert [e.line for e in result.errors] == [4, 5, 6, 7, 8]
    assert "unknown person “p-9”" in str(result.errors[1])
    assert "“sponsor” is not one of" in str(result.errors[2])
    assert "is not a date" in str(result.errors[3])
    assert Membership.objects.count() == 0

    fixed = "\n".join(text.splitlines()[:3])
    assert _import("memberships", fixed).is_valid
    assert Membership.objects.count() == 2


@pytest.mark.django_db
def test_it_reports_a_wrong_header_on_line_1():
    result = _import("partners", "slug,name,colour\nx,y,z\n")
    assert [e.line for e in result.errors] == [1]
    assert "missing columns: kind, name_en" in str(result.errors[0])
    assert "unknown columns: colour, name" in str(result.errors[0])


@pytest.mark.django_db
def test_it_reads_the_plain_country_and_city_columns_of_older_partner_files():
    # Files exported before places were per language: the values are the default language's.
    old = (
        "slug,kind,name_en,name_ru,name_zh_hans,name_de,country,city,website,contact_email,"
        "is_public\n"
        "city-library,partner,City Library,Городская библиотека,,,Austria,Vienna,,,yes\n"
    )
    result = _import("partners", old)
    assert result.is_valid, [str(e) for e in result.errors]
    library = PartnerOrganization.objects.get(slug="city-library")
    assert (library.country_en, library.city_en, library.city_ru) == ("Austria", "Vienna", "")

    both = _import("partners", "slug,kind,name_en,city,city_en\nx,partner,X,Wien,Vienna\n")
    assert [e.line for e in both.errors] == [1]
    assert "city, city_en" in str(both.errors[0])


@pytest.mark.django_db
def test_it_round_trips_an_export_through_the_import(org_units):
    builders.partner(
        "north-review",
        "media",
        "North Review",
        "«Северное обозрение»",
        "北方评论",
        "Nordische Rundschau",
        city="Hafenburg",
        website="https://north.example.org",
    )
    builders.partner("friendship-foundation", "partner", "Friendship Foundation")
    stream = io.StringIO()
    csvio.write_csv("partners", PartnerOrganization.objects.order_by("slug"), stream)
    exported = stream.getvalue()
    PartnerOrganization.objects.all().delete()

    result = _import("partners", exported)
    assert result.is_valid and result.created == 2
    north = PartnerOrganization.objects.get(slug="north-review")
    assert (north.name_ru, north.name_zh_hans, north.city) == (
        "«Северное обозрение»",
        "北方评论",
        "Hafenburg",
    )


@pytest.mark.django_db
def test_it_refuses_rows_of_another_chapter_to_a_secretary(org_units, secretary):
    text = "ref,original_name,home_unit\np-201,Lena Vogel,chapter-de\np-202,王静,chapter-cn\n"
    result = _import("people", text, user=secretary)
    assert [str(e) for e in result.errors] == [
        "line 3: you may not manage the members of “chapter-cn”"
    ]
    assert not Person.objects.filter(ref__in=["p-201", "p-202"]).exists()
    assert not _import("partners", "slug,kind,name_en\nx,media,X\n", user=secretary).is_valid


@pytest.mark.django_db
def test_it_imports_from_the_command_line_with_a_progress_bar(org_units, tmp_path, capsys):
    rows = ["ref,original_name,home_unit"] + [
        f"p-{n:04d},Person {n},chapter-de" for n in range(300)
    ]
    path = tmp_path / "people.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")

    call_command("import_org_csv", "people", str(path), "--progress", "always")

    captured = capsys.readouterr()
    assert "Imported people: 300 created, 0 updated." in captured.out
    assert "checking" in captured.err and "writing" in captured.err
    assert "/300 " in captured.err  # the bar counts data rows, not the header
    assert Person.objects.count() == 300


@pytest.mark.django_db
def test_it_fails_on_the_command_line_without_writing(org_units, tmp_path, capsys):
    path = tmp_path / "people.csv"
    path.write_text(PEOPLE_MIXED, encoding="utf-8")
    with pytest.raises(CommandError, match="5 row\\(s\\) need correcting; nothing was imported"):
        call_command("import_org_csv", "people", str(path))
    assert "line 5: unknown unit “chapter-xx”" in capsys.readouterr().err
    assert Person.objects.count() == 0


@pytest.mark.django_db
def test_it_exports_in_the_admin(client, org_admin, org_units):
    client.force_login(org_admin)
    assert client.get("/admin/org_csv/").status_code == 200
    builders.person("p-1", "李明", "Li Ming", home_unit=org_units["china"])
    export = client.get("/admin/org_csv/export/people/")
    assert export["Content-Type"].startswith("text/csv")
    assert export.content.startswith(b"\xef\xbb\xbf")
    text = export.content.decode("utf-8-sig")
    assert text.splitlines()[0] == ",".join(csvio.COLUMNS["people"])
    assert "p-1,李明,Li Ming" in text


@pytest.mark.django_db
def test_it_exports_only_the_secretarys_chapter(client, secretary, org_units):
    builders.person("p-de", "Lena Vogel", home_unit=org_units["germany"])
    builders.person("p-cn", "王静", home_unit=org_units["china"])
    client.force_login(secretary)
    text = client.get("/admin/org_csv/export/people/").content.decode("utf-8-sig")
    assert "Lena Vogel" in text and "王静" not in text
    assert client.get("/admin/org_csv/export/partners/").status_code in (302, 403)
