"""Fixtures shared by every app's tests: named users, the four-language site, articles."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from rostra.news import builders
from rostra.news.editorial import ADMINISTRATORS, CHIEF_EDITORS, EDITORS

# Fixtures of other modules, for every app's tests: events' kinds, an organizer and a congress
# with its participants (rostra.assembly builds on them).
pytest_plugins = ["rostra.events.tests.fixtures"]

# The configured languages: four shipped, more in a settings module that adds one.
LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(autouse=True)
def _default_language():
    """Each test starts in the default language: a request served in Chinese must not leave
    the next test's messages in Chinese."""
    from django.utils import translation

    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and at the end, on PostgreSQL, no connection but ours
    still open to it: one left open made dropping the test database fail ("being accessed by
    other users"). A connection still there after a few seconds is named (the test and thread
    that opened it, its last statement) in a warning, and closed so that the database can be
    dropped."""
    yield
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    import time

    with django_db_blocker.unblock():
        connection.close()
        connection.close_pool()  # the pool's idle connections are not leaks
        name = connection.settings_dict["NAME"]
        deadline = time.monotonic() + 5  # a connection being closed right now is no leak
        while True:
            with connection._nodb_cursor() as cursor:
                cursor.execute(
                    "SELECT pid, application_name, state, left(query, 200) "
                    "FROM pg_stat_activity WHERE datname = %s AND pid <> pg_backend_pid()",
                    [name],
                )
                left_open = cursor.fetchall()
                if not left_open or time.monotonic() > deadline:
                    for pid, *_rest in left_open:
                        cursor.execute("SELECT pg_terminate_backend(%s)", [pid])
                    break
            time.sleep(0.2)
    if left_open:
        import sys
        import warnings

        message = f"{len(left_open)} connection(s) to {name} left open by: " + "; ".join(
            f"{app or '?'} ({state}: {query})" for _pid, app, state, query in left_open
        )
        print(message, file=sys.stderr)
        warnings.warn(message, stacklevel=1)


_current_test = {"id": ""}


@pytest.fixture(autouse=True)
def _name_database_connections(request):
    """On PostgreSQL each new connection is named after the test and thread that opened it
    (application_name), so a connection left open is traced to its test at the end."""
    _current_test["id"] = request.node.nodeid.rsplit("/", 1)[-1]
    yield


def _label_connection(sender, connection, **kwargs) -> None:
    import threading

    if connection.vendor == "postgresql":
        label = f"{threading.current_thread().name} {_current_test['id']}"[-63:]
        with connection.cursor() as cursor:
            cursor.execute("SELECT set_config('application_name', %s, false)", [label])


def pytest_configure(config):
    from django.db.backends.signals import connection_created

    connection_created.connect(_label_connection, dispatch_uid="rostra-test-connection-names")


@pytest.fixture(autouse=True)
def _isolated_media_and_cache(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()
    # Readers: a fresh view counter, salt and page-cache stamps per test (Redis keys apart
    # from any other test run on the same Redis).
    import uuid

    from rostra.readers import counting, visitors

    settings.ROSTRA_PAGE_CACHE_STAMPS = tmp_path / "stamps"
    settings.ROSTRA_VIEWS_KEY_PREFIX = f"test-{uuid.uuid4().hex}:views:"
    counting.set_counter(None)
    visitors.forget_salt()


def _user(django_user_model, username: str, first: str, last: str, group: str | None = None):
    user = django_user_model.objects.create_user(
        username=username,
        password="pass-" + username,
        first_name=first,
        last_name=last,
        email=f"{username}@example.org",
    )
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db, django_user_model):
    return _user(django_user_model, "editor", "Elena", "Marsh", EDITORS)


@pytest.fixture
def chief_editor(db, django_user_model):
    return _user(django_user_model, "chief", "Tomas", "Weber", CHIEF_EDITORS)


@pytest.fixture
def administrator(db, django_user_model):
    return _user(django_user_model, "administrator", "Amal", "Haddad", ADMINISTRATORS)


@pytest.fixture
def moderator(db, django_user_model):
    from rostra.readers.groups import MODERATORS

    return _user(django_user_model, "moderator", "Nadia", "Okafor", MODERATORS)


@pytest.fixture
def outsider(db, django_user_model):
    return _user(django_user_model, "outsider", "Olaf", "Stone")


@pytest.fixture
def news_indexes(db) -> dict:
    """The news index of every language: {"en": ..., "ru": ..., "zh-hans": ..., "de": ...}."""
    return {language: builders.locale_tree(language) for language in LANGUAGES}


@pytest.fixture
def make_article(news_indexes, editor):
    """make_article(language="en", title=..., photos=0, tags=(), **fields) -> ArticlePage"""
    counter = {"n": 0}

    def make(language: str = "en", title: str | None = None, photos: int = 0, **fields):
        counter["n"] += 1
        n = counter["n"]
        gallery = [
            (builders.make_image(f"Photo {n}.{i}", size=(640, 427)), f"Caption {i}")
            for i in range(1, photos + 1)
        ]
        fields.setdefault("date", datetime.date(2026, 7, 22))
        fields.setdefault("owner", editor)
        return builders.create_article(
            news_indexes[language], title=title or f"Article {n}", gallery=gallery, **fields
        )

    return make


# --- Reading what a reader gets: HTML parsed with BeautifulSoup ------------------------------


@pytest.fixture
def html():
    """html(response) -> the response body as BeautifulSoup (use .select / .select_one)."""
    from bs4 import BeautifulSoup

    def parse(response):
        return BeautifulSoup(response.content.decode(response.charset or "utf-8"), "html.parser")

    return parse


# --- The organization registry (rostra.org) --------------------------------------------------
# A small association: the organization, its coordinating committee, a preparatory committee,
# and two chapters (Germany, China), each chapter with its own secretary.


@pytest.fixture
def org_units(db) -> dict:
    from rostra.org import builders as org

    top = org.unit(
        "association",
        "organization",
        "Friendship Association",
        "Ассоциация дружбы",
        "友好协会",
        "Freundschaftsverband",
    )
    committee = org.unit(
        "coordinating-committee",
        "committee",
        "Coordinating Committee",
        "Координационный комитет",
        "协调委员会",
        "Koordinierungskomitee",
        parent=top,
        sort_order=1,
    )
    preparatory = org.unit(
        "preparatory-committee",
        "committee",
        "Preparatory Committee",
        "Подготовительный комитет",
        "筹备委员会",
        "Vorbereitungskomitee",
        parent=committee,
    )
    germany = org.unit(
        "chapter-de",
        "chapter",
        "Chapter in Germany",
        "Отделение в Германии",
        "德国分会",
        "Sektion Deutschland",
        parent=top,
        country="Germany",
        sort_order=2,
    )
    china = org.unit(
        "chapter-cn",
        "chapter",
        "Chapter in China",
        "Отделение в Китае",
        "中国分会",
        "Sektion China",
        parent=top,
        country="China",
        sort_order=3,
    )
    return {
        "organization": top,
        "committee": committee,
        "preparatory": preparatory,
        "germany": germany,
        "china": china,
    }


def _org_user(django_user_model, username: str, first: str, last: str, group: str | None):
    user = _user(django_user_model, username, first, last)
    if group:
        user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def org_admin(db, django_user_model):
    from rostra.org.permissions import ORG_ADMINISTRATORS

    return _org_user(django_user_model, "orgadmin", "Ines", "Carvalho", ORG_ADMINISTRATORS)


@pytest.fixture
def secretary(org_units, django_user_model):
    """The secretary of the chapter in Germany (manages that chapter's people only)."""
    from rostra.org import builders as org
    from rostra.org.permissions import CHAPTER_SECRETARIES

    user = _org_user(django_user_model, "secretary", "Jonas", "Keller", CHAPTER_SECRETARIES)
    who = org.person(
        "p-secretary",
        "Jonas Keller",
        "Jonas Keller",
        "Йонас Келлер",
        "约纳斯·凯勒",
        "Jonas Keller",
        home_unit=org_units["germany"],
        user=user,
    )
    org.position(
        who,
        "Secretary of the Chapter in Germany",
        unit=org_units["germany"],
        role="secretary",
        de="Sekretär der Sektion Deutschland",
    )
    return user


@pytest.fixture
def other_secretary(org_units, django_user_model):
    """The secretary of the chapter in China."""
    from rostra.org import builders as org
    from rostra.org.permissions import CHAPTER_SECRETARIES

    user = _org_user(django_user_model, "secretary_cn", "Mei", "Zhou", CHAPTER_SECRETARIES)
    who = org.person(
        "p-secretary-cn",
        "周梅",
        "Zhou Mei",
        "Чжоу Мэй",
        "周梅",
        "Zhou Mei",
        home_unit=org_units["china"],
        user=user,
    )
    org.position(
        who, "Secretary of the Chapter in China", unit=org_units["china"], role="secretary"
    )
    return user


@pytest.fixture
def chair(org_units, django_user_model):
    """The chairman of the coordinating committee, who speaks for the organization."""
    from rostra.org import builders as org

    user = _user(django_user_model, "chair", "Li", "Wei")
    who = org.person(
        "p-chair",
        "李伟",
        "Li Wei",
        "Ли Вэй",
        "李伟",
        "Li Wei",
        home_unit=org_units["china"],
        user=user,
        public_profile=True,
        consents=org.PUBLIC,
    )
    org.membership(who, org_units["committee"], "member")
    org.position(
        who,
        "Chairman of the Coordinating Committee",
        unit=org_units["committee"],
        role="chair",
        ru="Председатель Координационного комитета",
        zh="协调委员会主席",
        de="Vorsitzender des Koordinierungskomitees",
    )
    return user


@pytest.fixture
def member(org_units, django_user_model):
    from rostra.org import builders as org

    user = _user(django_user_model, "member", "Anna", "Petrova")
    who = org.person(
        "p-member",
        "Анна Петрова",
        "Anna Petrova",
        "Анна Петрова",
        "安娜·彼得罗娃",
        "Anna Petrowa",
        home_unit=org_units["germany"],
        user=user,
    )
    org.membership(who, org_units["committee"], "member")
    org.membership(who, org_units["germany"], "member")
    return user


@pytest.fixture
def candidate(org_units, django_user_model):
    from rostra.org import builders as org

    user = _user(django_user_model, "candidate", "Paul", "Brenner")
    who = org.person(
        "p-candidate",
        "Paul Brenner",
        "Paul Brenner",
        "Пауль Бреннер",
        "保罗·布伦纳",
        "Paul Brenner",
        home_unit=org_units["germany"],
        user=user,
    )
    org.membership(who, org_units["committee"], "candidate")
    return user


@pytest.fixture
def observer(org_units, django_user_model):
    """A journalist of a partner media outlet: a person in the registry, not a member."""
    from rostra.org import builders as org

    user = _user(django_user_model, "observer", "Sofia", "Lindqvist")
    media = org.partner("north-review", "media", "North Review")
    who = org.person("p-observer", "Sofia Lindqvist", "Sofia Lindqvist", user=user)
    org.position(who, "Correspondent", partner=media, role="representative")
    return user


@pytest.fixture
def fast_passwords(settings):
    """A fast password hasher, for modules that make many users (the default one takes ~0.5 s
    a user on purpose). Use it with `pytestmark = pytest.mark.usefixtures("fast_passwords")`."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


# --- A real browser: Debian's headless Chromium through Playwright ---------------------------
CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[1] / "test-artifacts"


@pytest.fixture
def chromium():
    """A headless Chromium, closed whatever happens (skips where the package is missing).
    Tests using it also need `pytest.mark.django_db(transaction=True, serialized_rollback=True)`
    and a server (`live_server`); Playwright's sync API needs DJANGO_ALLOW_ASYNC_UNSAFE."""
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}")
    from playwright.sync_api import sync_playwright

    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            headless=True,
            args=["--no-sandbox", "--disable-background-networking", "--disable-component-update"],
            timeout=60_000,
        )
        watched = CSPWatchedBrowser(browser)
        try:
            yield watched
        finally:
            close_browser_context_connections()
            browser.close()
        if watched.violations:
            pytest.fail("Content-Security-Policy violations:\n" + "\n".join(watched.violations))


def close_browser_context_connections() -> None:
    """Close the database connections opened while Playwright's sync API ran in this thread.

    Its event loop counts as running in the main thread, so asgiref (Django's connection
    handler) keeps the connections of code run meanwhile (fixtures such as `news_indexes`, the
    test's own reads) per context, not per thread: another connection than the thread's, which
    the test database's teardown never sees. On PostgreSQL it stayed checked out of the pool,
    open to the test database until the end of the run. Called while the loop still runs, so
    that it reaches those connections (the thread's own are pytest-django's to close)."""
    from django.db import connections

    connections.close_all()


# Every page of the shared browser reports what the Content-Security-Policy blocked; a test
# whose pages broke the policy fails (the fixture's teardown), whatever it asserted itself.
_CSP_REPORTER = """
document.addEventListener("securitypolicyviolation", (e) => {
  console.error("CSP violation: " + e.effectiveDirective + " blocked " + (e.blockedURI || "inline")
    + " in " + (e.sourceFile || e.documentURI) + ":" + e.lineNumber);
});
"""


class CSPWatchedBrowser:
    """The Playwright browser, with every new context and page watched for CSP violations."""

    def __init__(self, browser):
        self._browser = browser
        self.violations: list[str] = []

    def __getattr__(self, name):
        return getattr(self._browser, name)

    def new_context(self, *args, **kwargs):
        context = self._browser.new_context(*args, **kwargs)
        self._watch(context)
        return context

    def new_page(self, *args, **kwargs):
        context = self.new_context(*args, **kwargs)
        page = context.new_page()
        page.on("close", lambda _page: context.close())
        return page

    def _watch(self, context) -> None:
        context.add_init_script(_CSP_REPORTER)
        context.on("console", self._console)

    def _console(self, message) -> None:
        text = message.text
        if message.type == "error" and (
            text.startswith("CSP violation") or "Content Security Policy" in text
        ):
            self.violations.append(text)


def save_screenshot(page, name: str) -> Path:
    """A full-page screenshot in test-artifacts/<name>.png, to look at after the run."""
    ARTIFACTS.mkdir(exist_ok=True)
    path = ARTIFACTS / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    return path


def pytest_collection_modifyitems(items):
    """Every test that empties the database at its end (transactional, or a live server) puts
    the migrated data back for the next one: without serialized rollback, Django's flush ran
    the post-migrate handlers, which re-made the groups and locales, and the next test that
    restores the serialized data failed on them (or a later test found no locales at all)."""
    for item in items:
        marker = item.get_closest_marker("django_db")
        if marker is not None:
            if marker.kwargs.get("transaction") and not marker.kwargs.get("serialized_rollback"):
                kwargs = {**marker.kwargs, "serialized_rollback": True}
                item.add_marker(pytest.mark.django_db(*marker.args, **kwargs), append=False)
        elif {"live_server", "transactional_db"} & set(getattr(item, "fixturenames", ())):
            item.add_marker(
                pytest.mark.django_db(transaction=True, serialized_rollback=True), append=False
            )
