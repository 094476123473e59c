"""How long the production server takes to render an article page that no cache has seen.

    .venv/bin/python bench/article_render.py
    .venv/bin/python bench/article_render.py --database-url postgres://postgres@127.0.0.1:5432/x

In a fresh temporary data folder: migrate, create a representative article (lead photo, 8
gallery photos, a body of paragraphs, a quotation and photos, tags, three translations), start
`rostra serve --workers 2` on a free port of 127.0.0.1 (DEBUG off, default settings but the
full-page cache turned off: every request renders), warm it up, then load the article with wrk:

  (a) one request at a time, 1,000 times: the server's own time per uncached render, from the
      `Server-Timing` header Rostra adds (request arrival to response ready), and wrk -c1's
      median latency, which adds the network and the client;
  (b) 16 connections over 2 threads: requests per second and median latency.

The reference, in the same run: stock Wagtail serving the same article from the same database
(bench/stock_wagtail: Wagtail's own `serve` view behind `i18n_patterns`, Django's ASGI handler
under uvicorn with 2 workers, a template written with Wagtail's own tags, no Rostra routing,
caches or view counting). Both servers run side by side and are measured in alternating rounds,
so a change in the machine's load touches both. Target: Rostra's median server time at most
0.3 times stock Wagtail's, and at most 10 queries per article page.

It also renders the article 300 times in-process with Django's test Client (the same figure
without the server around it) and counts the database queries of one article page. With
--database-url it runs on PostgreSQL, in a database `rostra_bench` it creates and drops.

Everything happens on 127.0.0.1, every loop is bounded in time, and the server is stopped at
the end, also on an error or Ctrl+C.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from machine import Machine, result_line

ROOT = Path(__file__).resolve().parent.parent
BIN = ROOT / ".venv" / "bin"
ROSTRA = BIN / "rostra"
PYTHON = BIN / "python"
WRK = "/usr/bin/wrk"
HOST = "127.0.0.1"
BENCH_DATABASE = "rostra_bench"

TARGET_RATIO = 0.3  # Rostra's server time / stock Wagtail's, same run
TARGET_QUERIES = 10
STOCK_DIR = ROOT / "bench"
ROUNDS = 5  # alternating rounds of server-timing requests, Rostra then stock Wagtail

STEP_TIMEOUT = 600  # seconds for any one set-up step (migrate, content)
SERVER_START_TIMEOUT = 60
IN_PROCESS_RENDERS = 300
IN_PROCESS_BUDGET = 120  # seconds: stop rendering early rather than run for ever
WRK_SECONDS = 10
SERVER_TIMING_REQUESTS = 200  # per round and server
SERVER_TIMING_BUDGET = 30  # seconds per round and server

CONTENT = r"""
import datetime, json
from django.contrib.auth import get_user_model
from rostra.news import builders

owner = get_user_model().objects.create_user(
    "bench", "bench@example.org", "bench-pass-not-used", first_name="Elena", last_name="Marsh"
)
indexes = {code: builders.locale_tree(code) for code in ("en", "ru", "zh-hans", "de")}
meetings = builders.category("en", "meetings", "Meetings")
photo = lambda n: builders.make_image(f"Photo {n}", color=(30 + 20 * n, 90, 140), label=f"{n}")
body = [
    ("heading", "The opening session"),
    ("paragraph", "<p>" + "The chairman welcomed the delegates of forty countries. " * 8 + "</p>"),
    ("quote", {"text": "We meet again, stronger than before.", "speaker": "Li Wei",
               "role": "Chairman of the Coordinating Committee"}),
    ("paragraph", "<p>" + "The congress adopted the agenda and elected its bureau. " * 8 + "</p>"),
    ("image", {"image": photo(20), "caption": "The hall before the session"}),
    ("paragraph", "<p>" + "Reports from the chapters followed in the afternoon. " * 8 + "</p>"),
    ("image", {"image": photo(21), "caption": "Delegates voting"}),
    ("video", {"url": "https://video.example.org/watch/opening", "title": "The opening speech",
               "file": None, "poster": None}),
]
article = builders.create_article(
    indexes["en"], title="The tenth congress opens in Geneva", slug="tenth-congress",
    date=datetime.date(2026, 7, 22), place="Geneva", source="Association TV",
    lead="Delegates from forty countries met on Monday for the tenth congress.",
    lead_image=photo(0), body=body, category=meetings, owner=owner,
    gallery=[(photo(n), f"Photo {n} of the opening day") for n in range(1, 9)],
    tags=["congress", "geneva", "delegates", "chapters", "2026"],
)
for code, title in (("ru", "В Женеве открылся десятый конгресс"),
                    ("zh-hans", "第十届代表大会在日内瓦开幕"),
                    ("de", "Der zehnte Kongress beginnt in Genf")):
    builders.translate_article(article, code, title=title,
                               captions=[f"{title} ({n})" for n in range(1, 9)])
print("BENCH " + json.dumps({"url": article.url}))
"""

IN_PROCESS = r"""
import json, statistics, time
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

url, renders, budget = {url!r}, {renders}, {budget}
client = Client()
for _ in range(5):  # renditions, caches, first connection
    assert client.get(url).status_code == 200
with CaptureQueriesContext(connection) as captured:
    assert client.get(url).status_code == 200
# Read them now: the next request clears the connection's query log.
queries = [q["sql"][:160] for q in captured.captured_queries]
times = []
deadline = time.monotonic() + budget
while len(times) < renders and time.monotonic() < deadline:
    start = time.perf_counter()
    response = client.get(url)
    times.append((time.perf_counter() - start) * 1000)
    assert response.status_code == 200, response.status_code
print("BENCH " + json.dumps({{"times_ms": times, "queries": len(queries), "sql": queries}}))
"""


def log(message: str) -> None:
    print(message, flush=True)


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def bench_env(data_dir: Path, database_url: str | None) -> dict[str, str]:
    """The production defaults: nothing but the data folder (and the database when given)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("ROSTRA_", "AWS_", "DJANGO_"))
        and key
        not in {
            "DATABASE_URL",
            "REDIS_URL",
            "DEBUG",
            "OPENSEARCH_URL",
            "TASKS_BACKEND",
            "WEB_CONCURRENCY",
            "SECRET_KEY",
        }
    }
    env["ROSTRA_DATA_DIR"] = str(data_dir)
    env["ROSTRA_PAGE_CACHE"] = "false"  # every request renders (readers_cache.py benches the cache)
    env["DJANGO_SETTINGS_MODULE"] = "rostra.settings"
    env["LOG_LEVEL"] = "WARNING"
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def run_step(args: list[str], env: dict[str, str], what: str) -> str:
    started = time.monotonic()
    result = subprocess.run(
        args, env=env, cwd=ROOT, capture_output=True, text=True, timeout=STEP_TIMEOUT
    )
    if result.returncode != 0:
        raise RuntimeError(f"{what} failed ({result.returncode}):\n{result.stderr[-3000:]}")
    log(f"  {what}: {time.monotonic() - started:.1f} s")
    return result.stdout


def shell(code: str, env: dict[str, str], what: str) -> dict:
    out = run_step([str(ROSTRA), "shell", "-c", code], env, what)
    for line in reversed(out.splitlines()):
        if line.startswith("BENCH "):
            return json.loads(line[len("BENCH ") :])
    raise RuntimeError(f"{what}: no result in its output:\n{out[-2000:]}")


@contextmanager
def postgres_database(server_url: str):
    """A fresh database `rostra_bench` on the PostgreSQL of `server_url`, dropped afterwards."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(server_url)
    if parts.scheme not in ("postgres", "postgresql") or parts.hostname != HOST:
        raise SystemExit(f"--database-url must be postgres://...@{HOST}:PORT/DB, not {server_url}")
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    bench_url = urlunsplit(parts._replace(path="/" + BENCH_DATABASE))
    name = sql.Identifier(BENCH_DATABASE)
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(name))
    log(f"  created database {BENCH_DATABASE}")
    try:
        yield bench_url
    finally:
        with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
            conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(name))
        log(f"  dropped database {BENCH_DATABASE}")


@contextmanager
def server(
    env: dict[str, str],
    port: int,
    probe_path: str,
    command: list[str] | None = None,
    http_server: str | None = None,
):
    """`rostra serve --workers 2` (its default HTTP server, or `http_server`; or `command`) in
    its own process group, stopped whatever happens."""
    command = command or [
        str(ROSTRA),
        "serve",
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        "2",
        *(["--server", http_server] if http_server else []),
    ]
    with tempfile.TemporaryFile(mode="w+") as log_file:
        process = subprocess.Popen(
            command,
            env=env,
            cwd=ROOT,
            stdout=log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        previous = signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
        try:
            _wait_until_served(process, log_file, f"http://{HOST}:{port}{probe_path}")
            yield process
        finally:
            _stop(process)
            signal.signal(signal.SIGTERM, previous)
            log_file.seek(0)
            server_log = log_file.read()
            tracebacks = server_log.count("Traceback")
            if tracebacks:
                first = server_log[server_log.index("Traceback") :].splitlines()
                end = next((i for i, line in enumerate(first) if i and not line.startswith(" ")), 0)
                log(f"  the server logged {tracebacks} traceback(s); the first one ends with:")
                for line in first[max(1, end - 8) : end + 1]:
                    log(f"    | {line[:150]}")


def _wait_until_served(process: subprocess.Popen, log_file, url: str) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if process.poll() is not None:
            log_file.seek(0)
            raise RuntimeError(f"the server stopped at start:\n{log_file.read()[-3000:]}")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"the server did not answer {url} in {SERVER_START_TIMEOUT} s")
        time.sleep(0.25)


def _stop(process: subprocess.Popen) -> None:
    """Ctrl+C to the server's process group (the server and its workers), then harder."""
    for sig, wait in ((signal.SIGINT, 15), (signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        if process.poll() is not None:
            break
        with suppress(ProcessLookupError):
            os.killpg(process.pid, sig)
        with suppress(subprocess.TimeoutExpired):
            process.wait(timeout=wait)
    with suppress(ProcessLookupError):  # a worker that outlived its parent
        os.killpg(process.pid, signal.SIGKILL)


_UNITS_MS = {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60_000.0}


def _ms(value: str) -> float:
    number, unit = re.fullmatch(r"([\d.]+)(us|ms|s|m)", value.strip()).groups()
    return float(number) * _UNITS_MS[unit]


def wrk(url: str, threads: int, connections: int, seconds: int) -> dict:
    args = [WRK, f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--latency", url]
    result = subprocess.run(args, capture_output=True, text=True, timeout=seconds + 60)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed: {result.stderr or result.stdout}")
    out = result.stdout
    median = re.search(r"^\s*50%\s+(\S+)", out, re.MULTILINE)
    p99 = re.search(r"^\s*99%\s+(\S+)", out, re.MULTILINE)
    rps = re.search(r"^Requests/sec:\s+([\d.]+)", out, re.MULTILINE)
    total = re.search(r"^\s*(\d+) requests in", out, re.MULTILINE)
    bad = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    errors = re.search(r"Socket errors:.*", out)
    if not (median and rps and total):
        raise RuntimeError(f"cannot read wrk's output:\n{out}")
    return {
        "median_ms": _ms(median.group(1)),
        "p99_ms": _ms(p99.group(1)) if p99 else float("nan"),
        "rps": float(rps.group(1)),
        "requests": int(total.group(1)),
        "non_2xx": int(bad.group(1)) if bad else 0,
        "socket_errors": errors.group(0) if errors else "",
    }


def server_timing(url: str, requests: int, budget: float) -> list[float]:
    """Sequential requests on one keep-alive connection; the server's own time for each, read
    from its `Server-Timing: app;dur=<ms>` header (arrival of the request to response ready)."""
    import http.client

    parts = urlsplit(url)
    connection = http.client.HTTPConnection(parts.hostname, parts.port, timeout=30)
    durations = []
    deadline = time.monotonic() + budget
    try:
        while len(durations) < requests and time.monotonic() < deadline:
            connection.request("GET", parts.path)
            response = connection.getresponse()
            response.read()
            if response.status != 200:
                raise RuntimeError(f"{url} answered {response.status}")
            header = response.getheader("Server-Timing") or ""
            found = re.search(r"app;dur=([\d.]+)", header)
            if not found:
                raise RuntimeError(f"no Server-Timing app;dur in {header!r}")
            durations.append(float(found.group(1)))
    finally:
        connection.close()
    return durations


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--database-url",
        help=f"postgres://USER@{HOST}:PORT/DB: bench on PostgreSQL (in a new {BENCH_DATABASE})",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary data folder")
    options = parser.parse_args()
    for tool in (ROSTRA, PYTHON, Path(WRK)):
        if not tool.exists():
            raise SystemExit(f"missing {tool}")

    data_dir = Path(tempfile.mkdtemp(prefix="rostra-bench-"))
    log(f"Rostra article render bench (data folder {data_dir})")
    try:
        database = postgres_database(options.database_url) if options.database_url else _none()
        with database as database_url:
            return bench(data_dir, database_url)
    finally:
        if options.keep:
            log(f"kept {data_dir}")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


@contextmanager
def _none():
    yield None


def stock_wagtail_command(port: int) -> list[str]:
    return [
        str(BIN / "uvicorn"),
        "stock_wagtail.asgi:application",
        "--app-dir",
        str(STOCK_DIR),
        "--host",
        HOST,
        "--port",
        str(port),
        "--workers",
        "2",
        "--log-level",
        "warning",
        "--no-access-log",
    ]


def stock_env(env: dict[str, str]) -> dict[str, str]:
    return {
        **env,
        "DJANGO_SETTINGS_MODULE": "stock_wagtail.settings",
        "PYTHONPATH": os.pathsep.join(filter(None, [str(STOCK_DIR), env.get("PYTHONPATH")])),
    }


def _median_p90(values: list[float]) -> str:
    return (
        f"median {statistics.median(values):.2f} ms, "
        f"p90 {statistics.quantiles(values, n=10)[-1]:.2f} ms"
    )


def bench(data_dir: Path, database_url: str | None) -> int:
    machine = Machine()
    env = bench_env(data_dir, database_url)
    engine = "PostgreSQL" if database_url else "SQLite"
    log(f"Database: {engine}; DEBUG off; 2 uvicorn workers per server; no page cache")
    log(machine.describe())

    log("Set-up")
    run_step([str(ROSTRA), "migrate", "--noinput", "-v0"], env, "migrate")
    content = shell(CONTENT, env, "content (1 article, 11 photos, 3 translations)")
    path = content["url"]

    log(f"In-process: Django test Client, {IN_PROCESS_RENDERS} renders of {path}")
    in_process = shell(
        IN_PROCESS.format(url=path, renders=IN_PROCESS_RENDERS, budget=IN_PROCESS_BUDGET),
        env,
        "in-process renders",
    )
    times = in_process["times_ms"]

    rostra_port, stock_port = free_port(), free_port()
    rostra_url = f"http://{HOST}:{rostra_port}{path}"
    stock_url = f"http://{HOST}:{stock_port}{path}"
    log(f"Servers: rostra serve on port {rostra_port}, stock Wagtail on port {stock_port}")
    rostra_ms: list[float] = []
    stock_ms: list[float] = []
    with (
        server(env, rostra_port, path, http_server="uvicorn"),
        server(stock_env(env), stock_port, path, stock_wagtail_command(stock_port)),
    ):
        for url in (rostra_url, stock_url):
            warm = wrk(url, threads=2, connections=4, seconds=3)
            log(f"  warm-up {url}: {warm['requests']} requests, non-2xx {warm['non_2xx']}")
        for _ in range(ROUNDS):
            rostra_ms += server_timing(rostra_url, SERVER_TIMING_REQUESTS, SERVER_TIMING_BUDGET)
            stock_ms += server_timing(stock_url, SERVER_TIMING_REQUESTS, SERVER_TIMING_BUDGET)
        single = wrk(rostra_url, threads=1, connections=1, seconds=WRK_SECONDS)
        loaded = wrk(rostra_url, threads=2, connections=16, seconds=WRK_SECONDS)
        stock_loaded = wrk(stock_url, threads=2, connections=16, seconds=WRK_SECONDS)
    log(machine.finish())

    server_median = statistics.median(rostra_ms)
    stock_median = statistics.median(stock_ms)
    ratio = server_median / stock_median
    queries = in_process["queries"]
    failed = single["non_2xx"] + loaded["non_2xx"] + stock_loaded["non_2xx"]
    met = ratio <= TARGET_RATIO and queries <= TARGET_QUERIES and not failed
    log("")
    log("Results")
    log(f"  article page: {path}")
    log(f"  database queries per article page: {queries}")
    for statement in in_process["sql"]:
        log(f"    {' '.join(statement.split())[:110]}")
    log(f"  in-process render (test Client, {len(times)} renders): {_median_p90(times)}")
    log(f"  server time per render (Server-Timing, {ROUNDS} alternating rounds, one at a time):")
    log(f"    Rostra:        {_median_p90(rostra_ms)} ({len(rostra_ms)} requests)")
    log(f"    stock Wagtail: {_median_p90(stock_ms)} ({len(stock_ms)} requests)")
    log(
        f"  wrk -t1 -c1 -d{WRK_SECONDS}s, Rostra: median {single['median_ms']:.2f} ms, "
        f"p99 {single['p99_ms']:.2f} ms, {single['rps']:.1f} req/s"
    )
    for name, run in (("Rostra", loaded), ("stock Wagtail", stock_loaded)):
        log(
            f"  wrk -t2 -c16 -d{WRK_SECONDS}s, {name}: {run['rps']:.1f} req/s, "
            f"median {run['median_ms']:.2f} ms, p99 {run['p99_ms']:.2f} ms, "
            f"non-2xx {run['non_2xx']}"
            + (f", {run['socket_errors']}" if run["socket_errors"] else "")
        )
    if failed:
        log(f"  WARNING: {failed} responses were errors (see the servers' tracebacks above)")
    log("")
    log(
        f"Target: Rostra's server time <= {TARGET_RATIO:g} x stock Wagtail's, "
        f"<= {TARGET_QUERIES} queries"
    )
    log(
        f"  measured {ratio:.3f} x ({server_median:.2f} / {stock_median:.2f} ms), "
        f"{queries} queries: {machine.verdict(met)}"
    )
    log(f"  throughput at -c16: {loaded['rps'] / stock_loaded['rps']:.2f} x stock Wagtail's")
    log(
        result_line(
            "article_render",
            machine,
            database=engine,
            rostra_ms=round(server_median, 3),
            stock_wagtail_ms=round(stock_median, 3),
            ratio=round(ratio, 4),
            queries=queries,
            rostra_rps=loaded["rps"],
            stock_wagtail_rps=stock_loaded["rps"],
            met=met if machine.quiet else None,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
