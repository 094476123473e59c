"""A large CSV import no longer blocks the site: registrations posted to a real server while
`rostra import_org_csv` writes 20,000 people into the same SQLite database all succeed (the
old import held SQLite's write lock for the whole file and they failed with "database is
locked"). The servers and the import run as separate processes, as in production."""

from __future__ import annotations

import http.cookiejar
import sqlite3
import subprocess
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from rostra.assembly.tests.server import ROSTRA, serve, sqlite_site

ROWS = 20_000
SEED = """
import datetime, json
from django.utils import timezone
from rostra.org import builders as org
from rostra.events import builders as ev
top = org.unit("association", "organization", "Friendship Association")
org.unit("chapter-de", "chapter", "Chapter in Germany", parent=top)
start = timezone.now() + datetime.timedelta(days=30)
event = ev.event("open-day", ev.ensure_kinds()["congress"], titles=("Open Day",), start=start,
                 end=start + datetime.timedelta(hours=3), status="planned",
                 main_language="en", registration_mode="open", capacity=None)
print("SEED " + json.dumps({"slug": event.slug}))
"""


def _people(db: Path) -> int:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=30) as connection:
        return connection.execute("select count(*) from org_person").fetchone()[0]


def _register(base: str, slug: str, n: int) -> int:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    page = f"{base}/en/events/{slug}/"
    opener.open(page, timeout=60).read()
    token = next(c.value for c in jar if c.name == "csrftoken")
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token, "name": f"Guest {n}", "email": f"guest{n}@example.net"}
    ).encode()
    request = urllib.request.Request(page + "register/", data=data, headers={"Referer": page})
    try:
        with opener.open(request, timeout=60) as response:
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


@pytest.mark.timeout(900)
def test_registrations_succeed_while_a_large_import_writes(tmp_path):
    data_dir = tmp_path / "data"
    env, seed = sqlite_site(data_dir, SEED)
    rows = ["ref,original_name,home_unit"] + [
        f"p-{n:06d},Person {n},chapter-de" for n in range(ROWS)
    ]
    csv_path = tmp_path / "people.csv"
    csv_path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    db = data_dir / "rostra.sqlite3"

    with serve(env, tmp_path / "server.log") as (base, _server):
        assert _register(base, seed["slug"], 0) == 200  # the server is up and registers
        # Small batches: many short transactions, so the registrations meet the writing.
        importer = subprocess.Popen(
            [ROSTRA, "import_org_csv", "people", str(csv_path), "--batch-size", "100"],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        answers, while_writing, n = [], 0, 1
        try:
            while importer.poll() is None:
                people = _people(db)
                answers.append(_register(base, seed["slug"], n))
                while_writing += 0 < people < ROWS
                n += 1
        finally:
            output = importer.communicate(timeout=600)[0]

    assert importer.returncode == 0, output
    assert "Imported people: 20000 created" in output
    assert answers and all(status == 200 for status in answers), answers
    assert while_writing >= 1  # some were posted while the rows were being written
    with sqlite3.connect(db) as connection:
        registered = connection.execute("select count(*) from events_participant").fetchone()[0]
    assert registered == len(answers) + 1
    assert _people(db) == ROWS
