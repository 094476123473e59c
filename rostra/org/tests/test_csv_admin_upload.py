"""The admin's CSV upload: a preview of the rows as read (encoding and separator shown, the
encoding can be changed), then the import in the background, then a result page that lists
every bad row with its line, column and message."""

import io
import re

import pytest

from rostra.org.models import ImportJob, Person
from rostra.org.tests.test_csv_files import RUSSIAN_EXCEL
from rostra.org.tests.test_csv_import import PEOPLE_MIXED


@pytest.fixture(autouse=True)
def _in_the_request(settings):
    # The immediate backend runs the task when the confirming request commits (no thread:
    # the test database is one connection's transaction).
    settings.ORG_IMPORT_IN_THREAD = False


def _upload(client, data: bytes, name="people.csv", encoding=""):
    upload = io.BytesIO(data)
    upload.name = name
    response = client.post(
        "/admin/org_csv/", {"kind": "people", "file": upload, "encoding": encoding}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return response["Location"]


def _text(response) -> str:
    return re.sub(r"\s+", " ", response.content.decode())


@pytest.mark.django_db
def test_it_previews_a_russian_excel_file_then_imports_it_on_confirmation(
    client, org_admin, org_units, django_capture_on_commit_callbacks
):
    client.force_login(org_admin)
    job_url = _upload(client, RUSSIAN_EXCEL.encode("cp1251"))

    preview = _text(client.get(job_url))
    assert (
        "Read as Windows-1251 (Cyrillic, Russian Excel) (detected), columns separated by "
        "semicolon." in preview
    )
    assert "<td>Ирина Волкова</td>" in preview and "3 rows to import." in preview
    assert Person.objects.count() == 0  # a preview writes nothing

    # Read in another encoding: the names come out garbled, as the user will see.
    client.post(job_url, {"action": "encoding", "encoding": "cp1252"})
    assert "Read as Windows-1252" in _text(client.get(job_url))
    assert "Ирина" not in _text(client.get(job_url))
    client.post(job_url, {"action": "encoding", "encoding": "cp1251"})

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(job_url, {"action": "confirm"})
    assert response["Location"] == job_url
    result = _text(client.get(job_url))
    assert "Imported 3 new and 0 updated rows." in result
    assert Person.objects.get(ref="p-301").original_name == "Ирина Волкова"
    status = client.get(job_url + "status/").json()
    assert (status["status"], status["done"], status["total"], status["running"]) == (
        "done",
        3,
        3,
        False,
    )


@pytest.mark.django_db
def test_it_lists_every_bad_row_with_line_column_and_message(
    client, org_admin, org_units, django_capture_on_commit_callbacks
):
    client.force_login(org_admin)
    job_url = _upload(client, PEOPLE_MIXED.encode("utf-8"))
    with django_capture_on_commit_callbacks(execute=True):
        client.post(job_url, {"action": "confirm"})

    page = _text(client.get(job_url))
    assert "Nothing was imported." in page and "5 problems to correct:" in page
    rows = re.findall(
        r"<tr><td>(\d+)</td><td>(?:<code>([a-z_]+)</code>)?</td><td>([^<]+)</td>", page
    )
    assert [(line, column) for line, column, _message in rows] == [
        ("4", "email"),
        ("5", "home_unit"),
        ("6", "ref"),
        ("7", "ref"),
        ("8", "public_profile"),
    ]
    assert "unknown unit “chapter-xx”" in rows[1][2]
    assert Person.objects.count() == 0


@pytest.mark.django_db
def test_it_refuses_an_ambiguous_file_in_the_preview_until_an_encoding_is_chosen(
    client, org_admin, org_units
):
    client.force_login(org_admin)
    job_url = _upload(client, "ref,original_name\np-1,Иван\n".encode("cp1251"))
    page = _text(client.get(job_url))
    assert "The file cannot be read as it is." in page
    assert "Windows-1251 (Cyrillic, Russian Excel) or GB18030 / GBK (Chinese Excel)" in page
    assert 'value="confirm"' not in page
    client.post(job_url, {"action": "encoding", "encoding": "cp1251"})
    assert "<td>Иван</td>" in _text(client.get(job_url))


@pytest.mark.django_db
def test_nobody_else_sees_an_upload(client, org_admin, secretary, org_units):
    client.force_login(org_admin)
    job_url = _upload(client, RUSSIAN_EXCEL.encode("cp1251"))
    client.force_login(secretary)
    assert client.get(job_url).status_code == 404
    assert client.get(job_url + "status/").status_code == 404
    assert client.post(job_url, {"action": "confirm"}).status_code == 404
    assert ImportJob.objects.get().status == "preview"


@pytest.mark.django_db
def test_a_discarded_upload_is_gone(client, org_admin, org_units):
    client.force_login(org_admin)
    job_url = _upload(client, RUSSIAN_EXCEL.encode("cp1251"))
    response = client.post(job_url, {"action": "discard"})
    assert response["Location"] == "/admin/org_csv/"
    assert not ImportJob.objects.exists() and Person.objects.count() == 0


@pytest.mark.django_db(transaction=True)
def test_it_queues_the_import_for_the_database_worker(client, org_admin, org_units, settings):
    """With TASKS_BACKEND=database the confirmation only queues the task; `db_worker` runs it."""
    from django.core.management import call_command

    # (django-tasks forgets its backends when the setting changes.)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.backend.DatabaseBackend"}}
    client.force_login(org_admin)
    job_url = _upload(client, RUSSIAN_EXCEL.encode("cp1251"))
    client.post(job_url, {"action": "confirm"})

    assert client.get(job_url + "status/").json()["status"] == "queued"
    assert Person.objects.count() == 0
    assert 'data-import-status="queued"' in _text(client.get(job_url))

    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0")
    assert "Imported 3 new and 0 updated rows." in _text(client.get(job_url))
