"""How close the cached read path comes to a static web server: Rostra's page cache vs nginx.

    .venv/bin/python bench/readers_cache.py                      # each configuration
    .venv/bin/python bench/readers_cache.py --server granian --server nginx-pages
    .venv/bin/python bench/readers_cache.py \
        --database-url postgres://postgres@127.0.0.1:5432/rostra_bench \
        --redis-url redis://127.0.0.1:6379/14

In a fresh temporary data folder: migrate, create the representative article of
bench/article_render.py, start `rostra serve --workers 2 --server S` for each server S asked for
(DEBUG off, page cache and view counting on, X-Forwarded-For trusted so that every request is a
new visitor), fetch the article once as an anonymous reader and write that HTML to a file, and
start nginx (Debian's nginx-light, a config written here: loopback port, this user, no daemon,
its own pid and error log) serving the file. The "nginx-pages" configuration is the README's
production set-up: a second nginx with the config of `rostra nginx_config --standalone` in front
of `rostra serve` started with ROSTRA_NGINX_PAGES=1 (nginx serves the page file Rostra wrote;
views counted from nginx's log by the tailer inside `rostra serve`, and by `rostra tail_views
--once` at the end). Then, alternating, several rounds of wrk against
each with the same Lua script: a browser user agent and a new X-Forwarded-For address on every
request, so Rostra counts a view on every request. It prints the rates and, per server, the
ratio to nginx's rounds run between its own (target: 0.5), and after stopping the servers (which
write their buffered views) checks that the database counted exactly the views of the answers
wrk saw (plus at most one per connection: a request wrk sent but stopped waiting for is still
counted, and the few set-up requests of one visitor). The machine line (bench/machine.py) comes
first; no verdict when the load was above 1 at the start.

With --database-url it runs on PostgreSQL in the database named there (created and dropped;
the name must start with rostra_bench), with --redis-url on Redis (Rostra's keys there are
removed before and after; a bench that empties the same Redis database meanwhile, such as
bench/live_vote.py on database 14, takes buffered views with it: use another number then).
"""

from __future__ import annotations

import argparse
import os
import pwd
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from contextlib import ExitStack, contextmanager, suppress
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
import article_render as base
import machine as machine_info

HOST = base.HOST
NGINX = "/usr/sbin/nginx"
TARGET_RATIO = 0.5
# "nginx-pages": the documented production set-up, nginx serving the page files Rostra writes
# (ROSTRA_NGINX_PAGES, `rostra nginx_config`) in front of `rostra serve` (granian), views counted
# from nginx's log by the tailer in `rostra serve`.
SERVERS = ("granian", "uvicorn", "nginx-pages")
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
    with run_nginx(folder, conf, f"http://{HOST}:{port}/x"):
        yield


@contextmanager
def front_nginx(folder: Path, env: dict, port: int, upstream_port: int, probe_path: str):
    """The production set-up's nginx: `rostra nginx_config --standalone` in front of Rostra."""
    folder.mkdir(parents=True)
    conf = folder / "nginx.conf"
    user = ["--user", pwd.getpwuid(os.getuid()).pw_name] if os.geteuid() == 0 else []
    command = [str(base.ROSTRA), "nginx_config", "--listen", f"{HOST}:{port}"]
    command += ["--upstream", f"{HOST}:{upstream_port}", "--standalone", str(folder)]
    command += ["--workers", "2", "-o", str(conf), *user]
    base.run_step(command, env, "nginx_config")
    with run_nginx(folder, conf, f"http://{HOST}:{port}{probe_path}"):
        yield


@contextmanager
def run_nginx(folder: Path, conf: Path, probe: str):
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
                with urllib.request.urlopen(probe, timeout=2) as response:
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
        figures = base.wrk(url, THREADS, CONNECTIONS, seconds)
    finally:
        base.subprocess.run = original
    # Bytes per answer: every server sends the whole page (headers differ a little).
    read = re.search(r"requests in [^,]+, ([\d.]+)(B|KB|MB|GB) read", result.stdout)
    unit = {"B": 1, "KB": 1024, "MB": 1024**2, "GB": 1024**3}
    total = float(read.group(1)) * unit[read.group(2)] if read else 0.0
    figures["bytes_per_answer"] = total / figures["requests"] if figures["requests"] else 0.0
    return figures


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
    parser.add_argument(
        "--server",
        action="append",
        choices=SERVERS,
        help="rostra serve --server ... (repeatable; default: each in turn)",
    )
    options = parser.parse_args()
    servers = tuple(options.server or SERVERS)
    for tool in (base.ROSTRA, Path(base.WRK), Path(NGINX)):
        if not Path(tool).exists():
            raise SystemExit(f"missing {tool}")
    folder = Path(tempfile.mkdtemp(prefix="rostra-cache-bench-"))
    try:
        with postgres(options.database_url) as db_url, redis_db(options.redis_url) as redis_url:
            return bench(folder, db_url, redis_url, options.rounds, options.seconds, servers)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bench(folder: Path, db_url, redis_url, rounds: int, seconds: int, servers) -> int:
    env = base.bench_env(folder / "data", db_url)
    if redis_url:
        env["REDIS_URL"] = redis_url
    env["ROSTRA_TRUST_FORWARDED_FOR"] = "1"
    env["ROSTRA_PAGE_CACHE"] = "1"  # article_render.py turns it off for its uncached figures
    engines = ("PostgreSQL" if db_url else "SQLite") + (" + Redis" if redis_url else "")
    machine = machine_info.Machine()
    log(machine.describe())
    log(
        f"Rostra page cache vs nginx: {engines}; servers {', '.join(servers)}, 2 workers each; "
        f"wrk -t{THREADS} -c{CONNECTIONS}"
    )
    log("Set-up")
    base.run_step([str(base.ROSTRA), "migrate", "--noinput", "-v0"], env, "migrate")
    path = base.shell(base.CONTENT, env, "content")["url"]
    script = folder / "visitors.lua"
    script.write_text(WRK_SCRIPT)
    nginx_port = base.free_port()
    nginx_url = f"http://{HOST}:{nginx_port}{path}"
    results: dict[str, list[dict]] = {name: [] for name in servers}
    nginx_rounds: dict[str, list[dict]] = {name: [] for name in servers}
    answered = 0
    setup_requests = 0
    with ExitStack() as stack:
        nginx_started = False
        for name in servers:
            port = base.free_port()
            url = f"http://{HOST}:{port}{path}"
            pages = name == "nginx-pages"
            server_env = {**env, "ROSTRA_NGINX_PAGES": "1"} if pages else env
            with ExitStack() as serving:
                serving.enter_context(
                    base.server(server_env, port, path, http_server="granian" if pages else name)
                )
                if pages:
                    front = base.free_port()
                    serving.enter_context(
                        front_nginx(folder / "front", server_env, front, port, path)
                    )
                    url = f"http://{HOST}:{front}{path}"
                request = urllib.request.Request(url, headers={"User-Agent": UA})
                with urllib.request.urlopen(request, timeout=10) as response:
                    html = response.read()
                states = []
                # Each worker has its own cache (and Redis, when given); nginx-pages: until
                # nginx serves the file Rostra wrote.
                while len(states) < 6 or (pages and states[-1] != "nginx" and len(states) < 60):
                    with urllib.request.urlopen(request, timeout=10) as response:
                        states.append(response.headers.get("x-page-cache", "miss"))
                setup_requests += 1 + len(states)
                log(f"  {name}: article {path}: {len(html)} bytes; next: {' '.join(states)}")
                if not nginx_started:  # the first server's page, served by nginx for every run
                    stack.enter_context(nginx(folder / "nginx", html, nginx_port))
                    wrk(nginx_url, script, 2)
                    nginx_started = True
                warm = wrk(url, script, 2)
                answered += warm["requests"]
                for n in range(1, rounds + 1):
                    for label, target, into in (
                        (name, url, results[name]),
                        ("nginx", nginx_url, nginx_rounds[name]),
                    ):
                        result = wrk(target, script, seconds)
                        into.append(result)
                        log(
                            f"  round {n} {label:<7} {result['rps']:>9.0f} req/s, median "
                            f"{result['median_ms']:.2f} ms, "
                            f"{result['bytes_per_answer']:.0f} B/answer, "
                            f"non-2xx {result['non_2xx']}"
                            f"{', ' + result['socket_errors'] if result['socket_errors'] else ''}"
                            f"  (load {machine_info.load():.2f})"
                        )
                answered += sum(r["requests"] for r in results[name])
    # The servers have stopped: their workers wrote their buffered views on the way out (with
    # Redis at least into Redis; flush_views writes what is left there to the database).
    base.run_step([str(base.ROSTRA), "flush_views"], env, "flush_views")
    if "nginx-pages" in servers:  # what nginx logged since the tailer's last round
        pages_env = {**env, "ROSTRA_NGINX_PAGES": "1"}
        base.run_step([str(base.ROSTRA), "tail_views", "--once"], pages_env, "tail_views")
    views = base.shell(COUNT_VIEWS, env, "views in the database")
    log("")
    log("Results (median of the rounds; nginx's rounds are those run between the server's)")
    ratios = {}
    for name in servers:
        rps = statistics.median(r["rps"] for r in results[name])
        nginx_rps = statistics.median(r["rps"] for r in nginx_rounds[name])
        ratios[name] = {"rostra_rps": rps, "nginx_rps": nginx_rps, "ratio": rps / nginx_rps}
        log(
            f"  {name:<8} {rps:>9.0f} req/s; nginx {nginx_rps:>9.0f} req/s; "
            f"ratio {rps / nginx_rps:.3f}"
        )
    best = max(ratios, key=lambda name: ratios[name]["ratio"])
    ratio = ratios[best]["ratio"]
    log(f"  best: {best}, ratio {ratio:.3f} (target {TARGET_RATIO})")
    # Each wrk request is a new visitor: one view each. wrk does not count the requests still
    # in flight when its time is up, which the server answered and counted (at most one per
    # connection and run); the set-up requests are one visitor per server run.
    runs = len(servers) * (rounds + 1)
    slack = runs * CONNECTIONS + setup_requests
    exact = answered <= views["total"] <= answered + slack
    log(
        f"  views counted in the database: {views['total']} (daily table {views['daily']}); "
        f"wrk saw {answered} answers from Rostra, each from a new visitor; in flight when wrk "
        f"stopped or set-up: at most {slack}: {'EXACT' if exact else 'WRONG'}"
    )
    log(machine.finish())
    log(f"  verdict: {machine.verdict(ratio >= TARGET_RATIO and exact)}")
    print(
        machine_info.result_line(
            "readers_cache",
            machine,
            engines=engines,
            servers=ratios,
            ratio=ratio,
            best=best,
            views=views["total"],
            answered=answered,
            views_exact=exact,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
