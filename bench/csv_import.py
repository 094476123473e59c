"""How long a large CSV import of people takes, how much memory it needs, and whether the site
keeps taking writes meanwhile.

    .venv/bin/python bench/csv_import.py                 # 50,000 people (the target)
    .venv/bin/python bench/csv_import.py --rows 5000     # a quicker run
    .venv/bin/python bench/csv_import.py --code /tmp/old # the import of another checkout

In a fresh temporary SQLite data folder: migrate, create three chapters and an event with open
registration, write a CSV file of `--rows` people (names in four scripts, e-mails, phones, a
quarter of the rows with cells a spreadsheet would take for formulas), start `rostra serve` on a
free port of 127.0.0.1, then run `rostra import_org_csv people FILE` in its own process while
another thread registers for the event through the real server (GET the page, POST the form)
one registration after another until the import ends. With `--code DIR` the import process
runs the `rostra` package found in DIR (e.g. `git archive <commit> rostra | tar -x -C DIR`), so
the code before a change can be measured on the same machine.

It prints the import's wall time, peak RSS (of the import process alone, from wait4), rows per
second, the machine (CPUs, load average before and after), how many registrations were posted
during the import, how many of them were posted while the file was being written (people in the
table but not all of them yet), and how many succeeded; then one line `RESULT {json}`.
Targets: 50,000 people in at most 60 s and 150 MB, every registration answered without error.
The reference is the code before (commit 65e42ae) run by this bench with `--code` on the same
2-CPU machine (load average 8-9 from other work): 5,000 people in 82.1 s (61 rows/s), peak
136 MB, 3 of 71 registrations failed with 500 after 20 s ("database is locked"). Issue #10
measured it at 50,000 people: 435 s, 228 MB, 18 of 18 registrations failed.
"""

from __future__ import annotations

import argparse
import http.cookiejar
import json
import os
import random
import sqlite3
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rostra.assembly.tests.server import ROSTRA, serve, sqlite_site  # noqa: E402

TARGET_SECONDS = 60.0
TARGET_MB = 150.0
# The code before, in this bench on this machine (see above); the rate is what is compared.
REFERENCE = {"rows": 5_000, "seconds": 82.1, "peak_mb": 136.0}
IMPORT_TIMEOUT = 3600

SEED = """
import datetime, json
from django.utils import timezone
from rostra.org import builders as org
from rostra.events import builders as ev
top = org.unit("association", "organization", "Friendship Association")
for slug, name in [("chapter-de", "Chapter in Germany"), ("chapter-cn", "Chapter in China"),
                   ("chapter-ru", "Chapter in Russia")]:
    org.unit(slug, "chapter", name, parent=top)
start = timezone.now() + datetime.timedelta(days=30)
event = ev.event("bench-congress", ev.ensure_kinds()["congress"], titles=("Bench Congress",),
                 start=start, end=start + datetime.timedelta(hours=3), status="planned",
                 main_language="en", registration_mode="open", capacity=None)
print("SEED " + json.dumps({"slug": event.slug}))
"""

FIRST = ["Irina", "Пётр", "李", "Jürgen", "Анна", "王", "Klara", "Ольга", "张", "Hans"]
LAST = ["Volkova", "Иванов", "明", "Groß", "Смирнова", "静", "Brandt", "Кузнецова", "伟", "Vogel"]


def write_file(path: Path, rows: int) -> None:
    rng = random.Random(10)
    header = "ref,original_name,name_en,name_ru,name_zh_hans,name_de,home_unit,email,phone,"
    lines = [header + "language,public_profile"]
    units = ["chapter-de", "chapter-cn", "chapter-ru"]
    languages = ["en", "ru", "zh-hans", "de"]
    for n in range(rows):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        phone = f"'+49 30 {n:07d}" if n % 4 == 0 else f"030 {n:07d}"  # as our export writes it
        lines.append(
            f"p-{n:06d},{name},Person {n},Персона {n},人员{n},Person {n},{units[n % 3]},"
            f"person{n}@example.org,{phone},{languages[n % 4]},{'yes' if n % 2 else 'no'}"
        )
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def count_people(db_path: Path) -> int | None:
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as db:
            return db.execute("select count(*) from org_person").fetchone()[0]
    except sqlite3.Error:
        return None


class Registrations(threading.Thread):
    """Registers for the event one person after another until told to stop."""

    def __init__(self, base: str, slug: str, db_path: Path, rows: int) -> None:
        super().__init__(daemon=True)
        self.base, self.slug, self.db_path, self.rows = base, slug, db_path, rows
        self.stop = threading.Event()
        self.posted = self.succeeded = self.while_writing = 0
        self.failures: list[str] = []
        self.slowest = 0.0

    def one(self, n: int) -> None:
        jar = http.cookiejar.CookieJar()
        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
        page = f"{self.base}/en/events/{self.slug}/"
        opener.open(page, timeout=60).read()
        token = next(c.value for c in jar if c.name == "csrftoken")
        form = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": token,
                "name": f"Guest {n}",
                "email": f"guest{n}@example.net",
                "affiliation": "",
            }
        ).encode()
        request = urllib.request.Request(
            page + "register/", data=form, headers={"Referer": page, "Origin": self.base}
        )
        people = count_people(self.db_path)
        started = time.monotonic()
        self.posted += 1
        try:
            with opener.open(request, timeout=60) as response:
                ok = response.status < 400
        except urllib.error.HTTPError as error:
            ok = False
            self.failures.append(f"{error.code} after {time.monotonic() - started:.1f} s")
        self.slowest = max(self.slowest, time.monotonic() - started)
        if people is not None and 0 < people < self.rows:
            self.while_writing += 1
        self.succeeded += ok

    def run(self) -> None:
        n = 0
        while not self.stop.is_set():
            try:
                self.one(n)
            except Exception as error:  # a bench reports every failure
                self.failures.append(repr(error))
            n += 1


def run_import(env: dict, path: Path, code: str | None) -> tuple[float, float, int, str]:
    import subprocess

    if code:
        env = {**env, "PYTHONPATH": code}
    started = time.monotonic()
    process = subprocess.Popen(
        [ROSTRA, "import_org_csv", "people", str(path), "--progress", "never"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    _pid, status, usage = os.wait4(process.pid, 0)
    seconds = time.monotonic() - started
    output = process.stdout.read().decode(errors="replace")
    return seconds, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), output


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--code", help="a folder holding another `rostra` package to import with")
    parser.add_argument("--no-registrations", action="store_true")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="rostra-csv-bench-") as tmp:
        data_dir = Path(tmp) / "data"
        print(f"Setting up a site in {data_dir} ...", flush=True)
        env, seed = sqlite_site(data_dir, SEED)
        env = {**env, "TASKS_BACKEND": "immediate", "DEBUG": "0"}
        csv_path = Path(tmp) / "people.csv"
        write_file(csv_path, args.rows)
        db_path = data_dir / "rostra.sqlite3"
        cpus = os.cpu_count()
        load_before = os.getloadavg()
        with serve(env, Path(tmp) / "server.log") as (base, _server):
            poster = Registrations(base, seed["slug"], db_path, args.rows)
            if not args.no_registrations:
                poster.one(-1)  # the server answers before the clock starts
                poster.posted = poster.succeeded = 0
                poster.start()
            print(f"Importing {args.rows} people ({csv_path.stat().st_size} bytes) ...", flush=True)
            seconds, peak_mb, code, output = run_import(env, csv_path, args.code)
            poster.stop.set()
            if poster.is_alive():
                poster.join(timeout=120)
        load_after = os.getloadavg()
        imported = count_people(db_path)

    rate = args.rows / seconds if seconds else 0.0
    print(output.strip())
    print(f"machine: {cpus} CPUs; load average before {load_before}, after {load_after}")
    print(
        f"import: {args.rows} rows in {seconds:.1f} s ({rate:.0f} rows/s), peak RSS "
        f"{peak_mb:.0f} MB, exit code {code}, {imported} people in the table"
    )
    print(f"targets: ≤ {TARGET_SECONDS:.0f} s and ≤ {TARGET_MB:.0f} MB for 50,000 rows")
    reference_rate = REFERENCE["rows"] / REFERENCE["seconds"]
    print(
        f"reference (code before, 5,000 rows, this bench): {reference_rate:.0f} rows/s, "
        f"{REFERENCE['peak_mb']:.0f} MB; ratio of rates {rate / reference_rate:.1f}×"
    )
    print(
        f"registrations during the import: {poster.posted} posted, {poster.succeeded} succeeded, "
        f"{poster.while_writing} posted while rows were being written; slowest answer "
        f"{poster.slowest:.2f} s; failures: {poster.failures[:5]}"
    )
    result = {
        "rows": args.rows,
        "seconds": round(seconds, 2),
        "rows_per_second": round(rate),
        "peak_rss_mb": round(peak_mb, 1),
        "exit_code": code,
        "imported": imported,
        "cpus": cpus,
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in load_after],
        "registrations_posted": poster.posted,
        "registrations_succeeded": poster.succeeded,
        "registrations_while_writing": poster.while_writing,
        "slowest_registration_s": round(poster.slowest, 2),
        "ratio_to_reference_rate": round(rate / reference_rate, 2),
        "code": args.code or "this checkout",
    }
    print("RESULT " + json.dumps(result))
    return 0 if code == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
