"""CSV files as people really save them: Russian Excel, UTF-8 with a BOM, ambiguous bytes,
formula cells, and all or nothing when a write fails half-way."""

import io

import pytest
from django.core.management import call_command

from rostra.org import actions, builders, csvio, csvwrite
from rostra.org.models import Person

RUSSIAN_EXCEL = (
    "ref;original_name;name_ru;home_unit;email;language;public_profile\r\n"
    "p-301;Ирина Волкова;Ирина Волкова;chapter-de;irina@example.org;ru;да\r\n"
    "p-302;Пётр Сергеевич Иванов;Пётр Иванов;chapter-de;;ru;нет\r\n"
    "p-303;Ёлка Жёлудева-Щукина;;chapter-de;;ru;нет\r\n"
)


def _import(data, **kwargs):
    return actions.do_import_csv("people", data, acting_user=None, **kwargs)


@pytest.mark.django_db
def test_it_imports_a_windows_1251_file_with_semicolons_from_russian_excel(org_units):
    result = _import(RUSSIAN_EXCEL.encode("cp1251"))

    assert result.is_valid, [str(e) for e in result.errors]
    assert (result.decoded.encoding, result.decoded.delimiter) == ("cp1251", ";")
    irina = Person.objects.get(ref="p-301")
    assert (irina.original_name, irina.public_profile) == ("Ирина Волкова", True)
    assert Person.objects.get(ref="p-303").original_name == "Ёлка Жёлудева-Щукина"


@pytest.mark.django_db
def test_it_imports_utf8_with_a_bom_and_tabs(org_units):
    text = RUSSIAN_EXCEL.replace(";", "\t")
    result = _import(b"\xef\xbb\xbf" + text.encode("utf-8"))

    assert result.is_valid, [str(e) for e in result.errors]
    assert (result.decoded.encoding, result.decoded.delimiter) == ("utf-8", "\t")
    # The BOM is not part of the first column's name.
    assert Person.objects.filter(ref="p-302", name_ru="Пётр Иванов").exists()


@pytest.mark.django_db
def test_it_refuses_bytes_that_read_as_two_encodings_naming_both_and_takes_a_choice(org_units):
    # "Иван" in Windows-1251 is also two Chinese characters in GB18030.
    data = "ref,original_name,home_unit\np-1,Иван,chapter-de\n".encode("cp1251")

    result = _import(data)
    assert [e.line for e in result.errors] == [1]
    message = str(result.errors[0])
    assert "ambiguous" in message
    assert "Windows-1251" in message and "GB18030" in message
    assert Person.objects.count() == 0

    chosen = _import(data, encoding="cp1251")
    assert chosen.is_valid
    assert Person.objects.get(ref="p-1").original_name == "Иван"


@pytest.mark.django_db
def test_it_refuses_a_header_that_splits_as_well_by_two_separators():
    text = "ref;original_name,home_unit\np-1;A,chapter-de\n"
    result = _import(text.encode())
    assert "Cannot tell how the columns are separated: by comma or semicolon" in str(
        result.errors[0]
    )


@pytest.mark.django_db
def test_it_refuses_a_choice_the_bytes_do_not_fit():
    result = _import("ref,original_name\np-1,李明\n".encode("gb18030"), encoding="utf-8")
    assert "not readable as UTF-8" in str(result.errors[0])


@pytest.mark.django_db
def test_it_neutralises_formula_cells_on_export_and_reads_them_back(org_units, tmp_path):
    builders.person(
        "p-f1", '=HYPERLINK("http://evil.example","click")', home_unit=org_units["germany"]
    )
    person = Person.objects.get(ref="p-f1")
    person.name_en, person.phone, person.name_de = "@SUM(A1)", "+49 30 123456", "-2+3"
    person.name_ru = "\tTab"
    person.save()
    out = tmp_path / "people.csv"

    call_command("export_org_csv", "people", "-o", str(out))

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # a BOM, as the admin's export
    text = data.decode("utf-8-sig")
    assert "'=HYPERLINK" in text and "'@SUM(A1)" in text and "'+49 30 123456" in text
    assert "'-2+3" in text and "'\tTab" in text
    for line in text.splitlines()[1:]:
        for cell in next(iter([line.split(",")])):
            assert not cell.startswith(("=", "+", "-", "@"))

    Person.objects.all().delete()
    result = _import(data)
    assert result.is_valid, [str(e) for e in result.errors]
    back = Person.objects.get(ref="p-f1")
    assert (back.original_name, back.name_en, back.phone, back.name_de, back.name_ru) == (
        '=HYPERLINK("http://evil.example","click")',
        "@SUM(A1)",
        "+49 30 123456",
        "-2+3",
        "Tab",  # the importer strips cells; the tab was the cell's edge
    )


@pytest.mark.django_db
def test_it_writes_the_command_line_export_to_stdout_with_a_bom(org_units):
    builders.person("p-1", "李明", home_unit=org_units["china"])
    out = io.StringIO()
    call_command("export_org_csv", "people", stdout=out)
    assert out.getvalue().startswith("\ufeffref,original_name")


@pytest.mark.django_db
def test_it_leaves_nothing_of_the_file_when_a_write_fails_half_way(org_units, monkeypatch):
    builders.person("p-0001", "Old Name", home_unit=org_units["germany"])
    rows = ["ref,original_name,home_unit"] + [
        f"p-{n:04d},Person {n},chapter-de" for n in range(1, 51)
    ]
    calls = []
    real = csvwrite._write_batch

    def failing_third_batch(*args):
        calls.append(1)
        if len(calls) == 3:
            raise csvwrite.DatabaseError("disk I/O error")
        return real(*args)

    monkeypatch.setattr(csvwrite, "_write_batch", failing_third_batch)
    result = _import("\n".join(rows).encode(), batch_size=10)

    assert not result.is_valid
    message = str(result.errors[0])
    assert message.startswith("line 22: ")  # the first row of the failed batch
    assert "disk I/O error" in message and "nothing of the file was kept" in message
    # The 19 people created by the first two batches are gone; p-0001 has its old name back.
    assert list(Person.objects.values_list("ref", "original_name")) == [("p-0001", "Old Name")]


@pytest.mark.django_db
def test_it_undoes_the_file_when_somebody_else_creates_one_of_its_rows_meanwhile(
    org_units, monkeypatch
):
    rows = ["ref,original_name,home_unit"] + [f"p-{n:02d},P {n},chapter-de" for n in range(30)]
    real = csvwrite._write_batch
    calls = []

    def meanwhile(*args):
        calls.append(1)
        if len(calls) == 2:
            builders.person("p-25", "Created by hand", home_unit=org_units["germany"])
        return real(*args)

    monkeypatch.setattr(csvwrite, "_write_batch", meanwhile)
    result = _import("\n".join(rows).encode(), batch_size=10)

    assert [str(e) for e in result.errors] == [
        "line 27: this row was created by somebody else during the import; nothing of the "
        "file was kept (20 rows were written and removed)"
    ]
    assert list(Person.objects.values_list("ref", flat=True)) == ["p-25"]


def test_it_counts_rows_as_a_spreadsheet_numbers_lines():
    parsed = csvio.open_file("people", 'ref,original_name\np-1,"Two\nlines"\n\np-2,B\n')
    assert [line for line, _row in csvio.rows(parsed)] == [2, 5]


@pytest.mark.django_db
def test_it_updates_memberships_in_batches_and_puts_them_back_when_a_later_batch_fails(
    org_units, monkeypatch
):
    from rostra.org.models import Membership

    for n in range(12):
        builders.person(f"p-{n:02d}", f"P {n}", home_unit=org_units["germany"])
    header = "person,unit,type,start_date,end_date,manual_status,note"
    first = [header] + [f"p-{n:02d},chapter-de,member,2024-01-01,,," for n in range(12)]
    assert actions.do_import_csv("memberships", "\n".join(first).encode(), acting_user=None)
    changed = [header] + [
        f"p-{n:02d},chapter-de,candidate,2024-01-01,2024-12-31,,renewed" for n in range(12)
    ]
    real = csvwrite._write_batch
    calls = []

    def failing_second_batch(*args):
        calls.append(1)
        if len(calls) == 2:
            raise csvwrite.DatabaseError("connection lost")
        return real(*args)

    monkeypatch.setattr(csvwrite, "_write_batch", failing_second_batch)
    result = actions.do_import_csv(
        "memberships", "\n".join(changed).encode(), acting_user=None, batch_size=5
    )
    assert not result.is_valid and "connection lost" in str(result.errors[0])
    assert set(Membership.objects.values_list("type", "end_date", "note")) == {("member", None, "")}

    monkeypatch.setattr(csvwrite, "_write_batch", real)
    result = actions.do_import_csv(
        "memberships", "\n".join(changed).encode(), acting_user=None, batch_size=5
    )
    assert (result.created, result.updated) == (0, 12)
    assert Membership.objects.filter(type="candidate", note="renewed").count() == 12


@pytest.mark.django_db
def test_it_round_trips_partners_with_formula_cells(org_units):
    from rostra.org.models import PartnerOrganization

    builders.partner("calc", "media", "=1+1", "-минус", "@中", city="+City")
    stream = io.StringIO()
    csvio.write_csv("partners", PartnerOrganization.objects.order_by("slug"), stream)
    assert "'=1+1" in stream.getvalue() and "'+City" in stream.getvalue()
    PartnerOrganization.objects.all().delete()
    assert actions.do_import_csv("partners", stream.getvalue(), acting_user=None).is_valid
    calc = PartnerOrganization.objects.get(slug="calc")
    assert (calc.name_en, calc.name_ru, calc.name_zh_hans, calc.city) == (
        "=1+1",
        "-минус",
        "@中",
        "+City",
    )


@pytest.mark.django_db
def test_it_imports_a_windows_1252_file_from_german_excel(org_units):
    text = (
        "ref;original_name;name_de;home_unit;language\r\n"
        "p-401;Jürgen Groß;Jürgen Groß;chapter-de;de\r\n"
        "p-402;Käthe Müller-Lüdenscheidt;Käthe Müller;chapter-de;de\r\n"
    )
    result = _import(text.encode("cp1252"))
    assert result.is_valid, [str(e) for e in result.errors]
    assert (result.decoded.encoding, result.decoded.delimiter) == ("cp1252", ";")
    assert Person.objects.get(ref="p-401").original_name == "Jürgen Groß"
