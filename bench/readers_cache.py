"""How close the cached read path comes to a static web server: Rostra's page cache vs nginx.

    .venv/bin/python bench/readers_cache.py
    .venv/bin/python bench/readers_cache.py \
        --database-url postgres://postgres@127.0.0.1:5432/rostra_bench \
        --redis-url redis://127.0.0.1:6379/14

In a fresh temporary data folder: migrate, create the representative article of
bench/article_render.py, start `rostra serve --workers 2` (DEBUG off, page cache and view
counting on, X-Forwarded-For trusted so that every request is a new visitor), fetch the article
once as an anonymous reader and write that HTML to a file, and start nginx (Debian's
nginx-light, a config written here: loopback port, this user, no daemon, its own pid and error
log) serving the file. Then, alternating, several rounds of wrk against each with the same
Lua script: a browser user agent and a new X-Forwarded-For address on every request, so Rostra
counts a view on every request. It prints both rates and their ratio (target: 0.25), and after
stopping the server (which writes its buffered views) checks that the database counted at least
as many views as wrk saw answers from Rostra.

With --database-url it runs on PostgreSQL in the database named there (created and dropped;
the name must start with rostra_bench), with --redis-url on Redis (Rostra's keys there are
removed before and after; a bench that empties the same Redis database meanwhile, such as
bench/live_vote.py on database 14, takes buffered views with it: use another number then).
"""

from __future__ import annotations

import argparse
import json
import os
import pwd
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import article_render as base  # noqa: E402  (its set-up, server and wrk helpers)

HOST = base.HOST
NGINX = "/usr/sbin/nginx"
TARGET_RATIO = 0.25
ROUNDS = 3
SECONDS = 8
THREADS, CONNECTIONS = 2, 32
UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130 Safari"

WRK_SCRIPT = r"""
-- A new visitor on every request: the run's number (an argument), wrk's thread, a counter.
local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end
function init(args)
  run_id = args[1] or "0"
  counter = 0
end
request = function()
  counter = counter + 1
  wrk.headers["X-Forwarded-For"] = string.format("10.%s.%d.%d", run_id, thread_id, counter)
  wrk.headers["User-Agent"] = "%UA%"
  return wrk.format(nil)
end
""".replace("%UA%", UA)

NGINX_CONF = """
daemon off;
{user}worker_processes 2;
pid {dir}/nginx.pid;
error_log {dir}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log off;
  client_body_temp_path {dir}/body;
  proxy_temp_path {dir}/proxy;
  fastcgi_temp_path {dir}/fastcgi;
  uwsgi_temp_path {dir}/uwsgi;
  scgi_temp_path {dir}/scgi;
  server {{
    listen {host}:{port};
    location / {{
      root {dir}/html;
      default_type "text/html; charset=utf-8";
      try_files /article.html =404;
    }}
  }}
}}
"""

COUNT_VIEWS = r"""
import json
from rostra.news.models import ArticleStats
from rostra.readers.models import DailyViews
print("BENCH " + json.dumps({"total": sum(ArticleStats.objects.values_list("views", flat=True)),
    "daily": sum(DailyViews.objects.values_list("views", flat=True))}))
"""


def log(message: str) -> None:
    print(message, flush=True)


@contextmanager
def nginx(folder: Path, html: bytes, port: int):
    (folder / "html").mkdir(parents=True)
    (folder / "html" / "article.html").write_bytes(html)
    conf = folder / "nginx.conf"
    # As root nginx would hand its workers to "nobody", who cannot read the temporary folder.
    user = f"user {pwd.getpwuid(os.getuid()).pw_name};\n" if os.geteuid() == 0 else ""
    conf.write_text(NGINX_CONF.format(dir=folder, host=HOST, port=port, user=user))
    process = subprocess.Popen(
        [NGINX, "-p", str(folder), "-c", str(conf), "-e", str(folder / "error.log")],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + 15
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"nginx stopped: {process.stderr.read().decode()[-2000:]}")
            try:
                with urllib.request.urlopen(f"http://{HOST}:{port}/x", timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError("nginx did not start")
            time.sleep(0.1)
        yield
    finally:
        for sig, wait in ((signal.SIGQUIT, 5), (signal.SIGKILL, 5)):
            if process.poll() is not None:
                break
            with suppress(ProcessLookupError):
                os.killpg(process.pid, sig)
            with suppress(subprocess.TimeoutExpired):
                process.wait(timeout=wait)


_runs = iter(range(1, 10_000))


def wrk(url: str, script: Path, seconds: int) -> dict:
    args = [base.WRK, f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency"]
    args += ["-s", str(script), url, "--", str(next(_runs))]
    result = subprocess.run(args, capture_output=True, text=True, timeout=seconds + 60)
    if result.returncode != 0:
        raise RuntimeError(f"wrk failed: {result.stderr or result.stdout}")
    # The output has the same lines as article_render's runs: reuse its reader.
    original = base.subprocess.run
    try:
        base.subprocess.run = lambda *a, **k: result
        return base.wrk(url, THREADS, CONNECTIONS, seconds)
    finally:
        base.subprocess.run = original


@contextmanager
def redis_db(url: str | None):
    """Rostra's own keys on that Redis database removed before and after (others are left
    alone: other benches may share the database)."""
    if url is None:
        yield None
        return
    import redis

    if urlsplit(url).hostname != HOST:
        raise SystemExit(f"--redis-url must be on {HOST}")
    client = redis.Redis.from_url(url)

    def clean() -> None:
        for pattern in ("readers:*", ":1:readers:*", ":1:rostra:*"):
            for key in client.scan_iter(pattern, count=1000):
                client.delete(key)

    clean()
    try:
        yield url
    finally:
        clean()


@contextmanager
def postgres(url: str | None):
    if url is None:
        yield None
        return
    name = urlsplit(url).path.lstrip("/")
    if not name.startswith("rostra_bench"):
        raise SystemExit("--database-url: the database name must start with rostra_bench")
    base.BENCH_DATABASE = name
    server = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with base.postgres_database(server) as bench_url:
        yield bench_url


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url")
    parser.add_argument("--redis-url")
    parser.add_argument("--rounds", type=int, default=ROUNDS)
    parser.add_argument("--seconds", type=int, default=SECONDS)
    options = parser.parse_args()
    for tool in (base.ROSTRA, Path(base.WRK), Path(NGINX)):
        if not Path(tool).exists():
            raise SystemExit(f"missing {tool}")
    folder = Path(tempfile.mkdtemp(prefix="rostra-cache-bench-"))
    try:
        with postgres(options.database_url) as db_url, redis_db(options.redis_url) as redis_url:
            return bench(folder, db_url, redis_url, options.rounds, options.seconds)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench(folder: Path, db_url, redis_url, rounds: int, seconds: int) -> int:
    env = base.bench_env(folder / "data", db_url)
    if redis_url:
        env["REDIS_URL"] = redis_url
    env["ROSTRA_TRUST_FORWARDED_FOR"] = "1"
    env["ROSTRA_PAGE_CACHE"] = "1"  # article_render.py turns it off for its uncached figures
    engines = ("PostgreSQL" if db_url else "SQLite") + (" + Redis" if redis_url else "")
    log(f"Rostra page cache vs nginx: {engines}; 2 workers; wrk -t{THREADS} -c{CONNECTIONS}")
    log(f"Machine: {os.cpu_count()} CPUs, load average {base._load()}")
    log("Set-up")
    base.run_step([str(base.ROSTRA), "migrate", "--noinput", "-v0"], env, "migrate")
    path = base.shell(base.CONTENT, env, "content")["url"]
    script = folder / "visitors.lua"
    script.write_text(WRK_SCRIPT)
    rostra_port, nginx_port = base.free_port(), base.free_port()
    rostra_url = f"http://{HOST}:{rostra_port}{path}"
    nginx_url = f"http://{HOST}:{nginx_port}{path}"
    results: dict[str, list[dict]] = {"rostra": [], "nginx": []}
    with base.server(env, rostra_port, path):
        request = urllib.request.Request(rostra_url, headers={"User-Agent": UA})
        with urllib.request.urlopen(request, timeout=10) as response:
            html = response.read()
        states = []
        for _ in range(6):  # each worker has its own cache (and Redis, when given)
            with urllib.request.urlopen(request, timeout=10) as response:
                states.append(response.headers.get("x-page-cache", "miss"))
        log(f"  article {path}: {len(html)} bytes; next requests: {' '.join(states)}")
        with nginx(folder / "nginx", html, nginx_port):
            warm = wrk(rostra_url, script, 2)  # warm-up
            wrk(nginx_url, script, 2)
            for n in range(1, rounds + 1):
                for name, url in (("rostra", rostra_url), ("nginx", nginx_url)):
                    result = wrk(url, script, seconds)
                    results[name].append(result)
                    log(
                        f"  round {n} {name:<6} {result['rps']:>9.0f} req/s, median "
                        f"{result['median_ms']:.2f} ms, non-2xx {result['non_2xx']}"
                        f"{', ' + result['socket_errors'] if result['socket_errors'] else ''}"
                    )
        log(f"  load average: {base._load()}")
    # The server has stopped: its workers wrote their buffered views on the way out (with
    # Redis at least into Redis; flush_views writes what is left there to the database).
    base.run_step([str(base.ROSTRA), "flush_views"], env, "flush_views")
    views = base.shell(COUNT_VIEWS, env, "views in the database")
    answered = sum(r["requests"] for r in results["rostra"]) + warm["requests"]
    rostra_rps = statistics.median(r["rps"] for r in results["rostra"])
    nginx_rps = statistics.median(r["rps"] for r in results["nginx"])
    ratio = rostra_rps / nginx_rps
    log("")
    log("Results (median of the rounds)")
    log(f"  nginx (static file):  {nginx_rps:>9.0f} req/s")
    log(f"  Rostra (page cache):  {rostra_rps:>9.0f} req/s")
    met = "MET" if ratio >= TARGET_RATIO else "NOT MET"
    log(f"  ratio: {ratio:.3f} (target {TARGET_RATIO}): {met}")
    log(
        f"  views counted in the database: {views['total']} (daily table {views['daily']}); "
        f"wrk saw {answered} answers from Rostra (warm-up included), each from a new visitor"
    )
    if views["total"] < answered:
        log("  WARNING: fewer views in the database than answered requests")
    log(f"  load average at the end: {base._load()}")
    print("BENCH " + json.dumps({"nginx_rps": nginx_rps, "rostra_rps": rostra_rps, "ratio": ratio}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
