"""How long a reader waits for search results among 20,000 published articles.

    .venv/bin/python bench/search.py [--articles 20000] [--keep] [--data-dir DIR]
    .venv/bin/python bench/search.py --database-url \
        postgres://postgres@127.0.0.1:5432/rostra_bench_search [--redis-url URL] \
        [--keep] [--data-dir DIR]

In a fresh data folder (or one kept from an earlier run with --keep, given as --data-dir, so a
second run skips the build) and, on PostgreSQL, the database named (its name starts with
rostra_bench, or --keep is given; created when missing, reused when a run with --keep left it,
dropped otherwise): migrate, then create the articles as editors would, a story at a time: an
English article and its three translations (Russian, Chinese, German; one translation key),
each a page added under its language's news index, with tags, a revision, published, their
words drawn from a vocabulary per language in which the searched words occur at known rates.
Publishing's search indexing is deferred and done in bulk for each chunk of 400 committed
articles (the same index rows as publishing writes one by one:
rostra.demo.tests.test_bulk_indexing), which keeps the build of 20,000 to minutes.

Then, in-process with Django's test Client (the server's own time: routing, the search, the
results page), each query 30 times after a warm-up: one word, two words, an inflected form
(Russian «конгресса», German „Kongresses“, found by stemming) and Chinese two-character words.
The reference, in the same run, is Wagtail's stock database search backend asked the same
question over the same pages (the first page of results, no page rendered). The queries one
results page makes are counted too. Target: p95 of Rostra's search page at most 50 ms.

To compare two versions of the code on the same data in the same minute, run this script with
PYTHONPATH naming the other version's checkout (its `rostra` package is then imported instead).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from article_render import HOST, ROSTRA, bench_env, log, run_step, shell
from machine import Machine, result_line

TARGET_P95_MS = 50.0
BATCH = 1200  # articles per build process, well within a step's time limit under load
# (a build that stops keeps its committed chunks; the next run goes on from there)
CHUNK = 400  # articles per transaction, indexed together once it is committed
REPEAT = 30

BUILD = r"""
import datetime, json, random, time
from django.contrib.auth import get_user_model
from django.db import transaction
from rostra.demo import indexing
from rostra.news import builders
from rostra.news.models import ArticlePage

start, count, chunk = {start}, {count}, {chunk}
User = get_user_model()
owner = User.objects.filter(username="bench").first() or User.objects.create_user(
    "bench", "bench@example.org", "bench-pass-not-used", first_name="Elena", last_name="Marsh")
VOCABULARY = {{
    "en": ("meeting chapter delegates members committee solidarity friendship association report "
           "speech anniversary victory chairman partners youth culture festival exhibition "
           "memory letter help flood region city school music film library").split(),
    "ru": ("встреча отделение делегаты члены комитет солидарность дружба ассоциация доклад "
           "выступление годовщина победа председатель партнёры молодёжь культура фестиваль "
           "выставка память письмо помощь наводнение область город школа музыка фильм").split(),
    "zh-hans": ("会议 分会 代表 成员 委员会 团结 友谊 协会 报告 讲话 周年 胜利 主席 伙伴 青年 文化 "
                "节日 展览 记忆 来信 帮助 洪水 地区 城市 学校 音乐 电影 图书馆").split(),
    "de": ("Treffen Ortsgruppe Delegierte Mitglieder Komitee Solidarität Freundschaft Verein "
           "Bericht Rede Jahrestag Sieg Vorsitzender Partner Jugend Kultur Festival Ausstellung "
           "Erinnerung Brief Hilfe Hochwasser Region Stadt Schule Musik Film Bibliothek").split(),
}}
# The searched words: in about 5% of titles and 20% of bodies, inflected in the body.
RARE = {{"en": ("congress", "congresses"), "ru": ("конгресс", "конгресса"),
         "zh-hans": ("大会", "大会"), "de": ("Kongress", "Kongresses")}}
languages = ["en", "ru", "zh-hans", "de"]
indexes = {{code: builders.locale_tree(code) for code in languages}}
rng = random.Random(start)


def text(language, words):
    chosen = [rng.choice(VOCABULARY[language]) for _ in range(words)]
    return ("" if language == "zh-hans" else " ").join(chosen)


def article(n, language, source):
    title = text(language, rng.randint(3, 6))
    if rng.random() < 0.05:
        title = RARE[language][0] + ("" if language == "zh-hans" else " ") + title
    paragraphs = [text(language, 60) for _ in range(3)]
    if rng.random() < 0.2:
        paragraphs[1] += ("" if language == "zh-hans" else " ") + RARE[language][1]
    return builders.create_article(
        indexes[language], title=title, slug=f"a{{n}}",
        date=datetime.date(2020, 1, 1) + datetime.timedelta(days=n % 2000),
        lead=text(language, 20), owner=owner,
        body=[("paragraph", f"<p>{{p}}</p>") for p in paragraphs],
        tags=[rng.choice(VOCABULARY[language]) for _ in range(2)],
        translation_of=source,
    )


# A story is an English article and its three translations (one translation key). A chunk of
# stories is written in one transaction with search and reference indexing off, then indexed
# in bulk (the same index rows: rostra.demo.tests.test_bulk_indexing).
cpu, started = time.process_time(), time.monotonic()
for first in range(start, start + count, chunk):
    pks = []
    with indexing.deferred(), transaction.atomic():
        for n in range(first, min(first + chunk, start + count), 4):
            source = article(n, "en", None)
            pks += [source.pk] + [article(n + i, languages[i], source).pk for i in (1, 2, 3)]
    indexing.index_in_bulk(ArticlePage, pks, prefetch=["tags"])
print("BENCH " + json.dumps({{"articles": ArticlePage.objects.live().count(),
                             "cpu_s": time.process_time() - cpu,
                             "seconds": time.monotonic() - started}}))
"""

MEASURE = r"""
import json, statistics, time
from urllib.parse import quote
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Locale
from rostra.news.models import ArticlePage

QUERIES = [
    ("en", "one word", "congress"), ("en", "two words", "solidarity meeting"),
    ("ru", "one word", "конгресс"), ("ru", "inflected", "конгресса"),
    ("ru", "two words", "дружба встреча"),
    ("de", "one word", "Kongress"), ("de", "inflected", "Kongresses"),
    ("zh-hans", "Chinese two characters", "大会"), ("zh-hans", "Chinese two characters", "友谊"),
]
repeat = {repeat}
client = Client()
out = []
for language, kind, query in QUERIES:
    url = f"/{{language}}/search/?q={{quote(query)}}"
    for _ in range(3):
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        client.get(url)
        times.append((time.perf_counter() - started) * 1000)
    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    locale = Locale.objects.get(language_code=language)
    reference = []
    for _ in range(repeat):
        started = time.perf_counter()
        found = list(
            ArticlePage.objects.live().public().filter(locale=locale)
            .search(query, operator="and", backend="wagtail.search.backends.database")[:10]
        )
        reference.append((time.perf_counter() - started) * 1000)
    out.append({{"language": language, "kind": kind, "query": query, "times": times,
                 "reference": reference, "reference_hits": len(found),
                 "queries": len(queries.captured_queries)}})
print("BENCH " + json.dumps(out))
"""


def p95(values: list[float]) -> float:
    return sorted(values)[max(0, round(0.95 * len(values)) - 1)]


def median(values: list[float]) -> float:
    ordered = sorted(values)
    middle = len(ordered) // 2
    return ordered[middle] if len(ordered) % 2 else (ordered[middle - 1] + ordered[middle]) / 2


def build(env: dict[str, str], articles: int) -> int:
    """Build up to `articles` (a kept folder or database already holds some); the number of
    live articles is returned (a kept build may hold more than asked for)."""
    existing = shell(
        "import json; from rostra.news.models import ArticlePage; "
        "print('BENCH ' + json.dumps({'n': ArticlePage.objects.live().count()}))",
        env,
        "count existing articles",
    )["n"]
    if existing >= articles:
        log(f"  {existing} articles already built")
        analyze(env)
        return existing
    # Whole stories (an article in each of the four languages).
    articles = -(-articles // 4) * 4
    started = time.monotonic()
    cpu = 0.0
    for start in range(existing, articles, BATCH):
        count = min(BATCH, articles - start)
        built = shell(
            BUILD.format(start=start, count=count, chunk=CHUNK),
            env,
            f"articles {start + 1}-{start + count}",
        )
        cpu += built["cpu_s"]
    elapsed = time.monotonic() - started
    log(
        f"  built {articles - existing} articles in {elapsed:.0f} s "
        f"({1000 * elapsed / (articles - existing):.1f} ms each; the build processes' own CPU "
        f"{cpu:.0f} s)"
    )
    analyze(env)
    return articles


def analyze(env: dict[str, str]) -> None:
    """The planner's statistics of the new rows, as autovacuum keeps them on a live site (a
    fresh build has none, and PostgreSQL then guesses one row for every table); on PostgreSQL
    a VACUUM too, which also merges the GIN indexes' lists of rows added since."""
    shell(
        "import json; from django.db import connection; c = connection.cursor(); "
        "c.execute('VACUUM ANALYZE' if connection.vendor == 'postgresql' else 'ANALYZE'); "
        "print('BENCH ' + json.dumps({}))",
        env,
        "ANALYZE",
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--database-url", help="postgres://USER@127.0.0.1:PORT/DB")
    parser.add_argument("--redis-url", help="redis://127.0.0.1:6379/N: the cache on Redis")
    parser.add_argument("--data-dir", type=Path, help="a data folder kept by an earlier run")
    parser.add_argument("--keep", action="store_true", help="keep the data folder")
    options = parser.parse_args()
    data_dir = options.data_dir or Path(tempfile.mkdtemp(prefix="rostra-search-bench-"))
    log(f"Rostra search bench (data folder {data_dir})")
    try:
        if options.database_url:
            with postgres_database(options.database_url, options.keep) as url:
                return bench(data_dir, url, options.articles, options.redis_url)
        return bench(data_dir, None, options.articles, options.redis_url)
    finally:
        if options.keep or options.data_dir:
            log(f"kept {data_dir} (use --data-dir {data_dir} to run again without building)")
        else:
            shutil.rmtree(data_dir, ignore_errors=True)


@contextmanager
def postgres_database(url: str, keep: bool):
    """The database of `url` (created when missing), dropped afterwards unless `keep`."""
    import psycopg
    from psycopg import sql

    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if parts.scheme not in ("postgres", "postgresql") or parts.hostname != HOST:
        raise SystemExit(f"--database-url must be postgres://...@{HOST}:PORT/DB, not {url}")
    if not name.startswith("rostra_bench") and not keep:
        # Only a database of the bench's own is ever dropped.
        raise SystemExit(
            f"the bench's database name must start with rostra_bench, not {name!r} "
            "(or give --keep: the database is then created when missing and never dropped)"
        )
    admin_url = urlunsplit(parts._replace(path="/postgres"))
    identifier = sql.Identifier(name)
    with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(identifier))
    log(f"  database {name}: {'reused' if exists else 'created'}")
    try:
        yield url
    finally:
        if not keep:
            with psycopg.connect(admin_url, autocommit=True, connect_timeout=5) as conn:
                conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(identifier))
            log(f"  dropped database {name}")


def bench(data_dir: Path, database_url: str | None, articles: int, redis_url: str | None) -> int:
    env = bench_env(data_dir, database_url)
    if redis_url:
        env["REDIS_URL"] = redis_url
    engine = "PostgreSQL" if database_url else "SQLite"
    log("Set-up")
    run_step([str(ROSTRA), "migrate", "--noinput", "-v0"], env, "migrate")
    articles = build(env, articles)
    # The machine is judged when the measurement starts, not while the pages were built.
    machine = Machine()
    log(f"Database: {engine}; {articles} articles in four languages")
    if os.environ.get("PYTHONPATH"):
        log(f"Code: the rostra package of PYTHONPATH={os.environ['PYTHONPATH']}")
    log(machine.describe())
    results = shell(MEASURE.format(repeat=REPEAT), env, "searches")
    log(machine.finish())
    log("")
    log(f"Results ({REPEAT} searches each; ms; reference: Wagtail's stock database backend)")
    log(
        f"  {'language':8} {'query':28} {'median':>7} {'p95':>7} {'queries':>7}   "
        f"{'ref med':>7} {'ratio':>6}"
    )
    worst = 0.0
    ratios = []
    for row in results:
        row_p95 = p95(row["times"])
        worst = max(worst, row_p95)
        ratio = median(row["times"]) / median(row["reference"])
        ratios.append(ratio)
        label = f"{row['kind']}: {row['query']}"
        log(
            f"  {row['language']:8} {label:28} {median(row['times']):7.2f} {row_p95:7.2f} "
            f"{row['queries']:7d}   "
            f"{median(row['reference']):7.2f} {ratio:6.2f}"
        )
    met = worst <= TARGET_P95_MS
    log("")
    log(f"Target: p95 <= {TARGET_P95_MS:g} ms for every query")
    log(f"  worst p95 {worst:.2f} ms: {machine.verdict(met)}")
    log(
        result_line(
            "search",
            machine,
            database=engine,
            articles=articles,
            worst_p95_ms=round(worst, 2),
            max_queries=max(row["queries"] for row in results),
            median_ratio_to_stock=round(median(ratios), 3),
            met=met if machine.quiet else None,
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
