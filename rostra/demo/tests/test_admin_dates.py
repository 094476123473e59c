"""An editor whose admin is in Russian, Chinese or German meets no date written the English way
("11/29/2026 9:33 p.m.", "Nov. 29, 2026", "29 November 2026") anywhere in the Wagtail admin
or in Django's admin (the background tasks' results).

The walk starts at every admin address that takes no argument and follows the links of each
page to the objects' own pages (edit, history, usage, inspect, delete, the event desk…), one
of each kind, over the demo site plus what the demo does not make (import runs, CSV imports,
redirects, a vote, a locked page, a page in review, a task's result)."""

from __future__ import annotations

import datetime
import html
import json
import re
import uuid
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve
from django.utils import timezone

from rostra.core.tests.english_dates import english_dates

pytestmark = pytest.mark.django_db

# Not visited: leaving, the public page in its own language, files, Wagtail's test error page.
SKIP = re.compile(
    r"logout|/preview|/export|/login|password_reset|/jsi18n|/sprite|autosave|/failwhale"
)
PER_KIND = 1
MOMENT = datetime.datetime(2026, 11, 29, 21, 33, tzinfo=datetime.UTC)


def test_the_check_sees_django_english_styles():
    from django.utils import translation
    from django.utils.formats import date_format

    with translation.override("en"):
        for style in ("SHORT_DATETIME_FORMAT", "DATETIME_FORMAT", "DATE_FORMAT"):
            assert english_dates(date_format(MOMENT, style)), style
    assert english_dates("Переведено вручную 29 November 2026")
    assert not english_dates("29. November 2026, 21:33")  # German, not English
    with translation.override("ru"):
        for style in ("SHORT_DATETIME_FORMAT", "DATETIME_FORMAT", "DATE_FORMAT"):
            assert not english_dates(date_format(MOMENT, style)), style


def seen_text(body: str) -> str:
    """What a person reads: the text, the tooltips and labels; not the scripts, nor what an
    editor typed into a form (an English article may well name a day in English)."""
    soup = BeautifulSoup(body, "lxml")
    for tag in soup(["script", "style", "textarea", "template", "noscript", "select"]):
        tag.decompose()
    parts = [soup.get_text(" ")]
    for tag in soup.find_all(True):
        for name in ("title", "aria-label", "data-w-tooltip-content-value", "placeholder"):
            if tag.has_attr(name):
                parts.append(str(tag[name]))
    return html.unescape(" ".join(parts))


def _routes(patterns, prefix: str = ""):
    for pattern in patterns:
        route = str(pattern.pattern).lstrip("^").rstrip("$").replace("\\Z", "")
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern):
            yield prefix + route


def start_paths() -> list[str]:
    """Every admin address without an argument."""
    paths = []
    for route in _routes(get_resolver().url_patterns):
        if not route.startswith(("admin/", "django-admin/")):
            continue
        if any(ch in route for ch in "<([?*+\\"):
            continue
        path = "/" + route
        if not SKIP.search(path):
            paths.append(path)
    return sorted(set(paths))


def _kind(path: str) -> str | None:
    try:
        match = resolve(path)
    except Resolver404:
        return None
    return match.route


def walk(client, extra: list[str]) -> dict[str, list[str]]:
    """Visit the admin; returns {address: English dates seen there}."""
    queue = start_paths() + extra
    seen_paths: set[str] = set(queue)
    per_kind: dict[str, int] = {}
    found: dict[str, list[str]] = {}
    visited = 0
    while queue:
        path = queue.pop(0)
        response = client.get(path)
        visited += 1
        if response.status_code != 200:
            continue
        kind = response.get("Content-Type", "")
        body = response.content.decode(response.charset or "utf-8", "replace")
        if kind.startswith("application/json"):
            try:
                data = json.loads(body)
            except ValueError:
                continue
            body = data.get("html", "") if isinstance(data, dict) else ""
        elif not kind.startswith("text/html"):
            continue
        dates = english_dates(seen_text(body))
        if dates:
            found[path] = dates
        for href in re.findall(r'href="([^"#]+)"', body):
            target = urlsplit(html.unescape(href)).path
            if not target.startswith(("/admin/", "/django-admin/")) or target in seen_paths:
                continue
            if SKIP.search(target):
                continue
            route = _kind(target)
            if route is None or per_kind.get(route, 0) >= PER_KIND:
                continue
            per_kind[route] = per_kind.get(route, 0) + 1
            seen_paths.add(target)
            queue.append(target)
    assert visited > 100, visited  # the walk reached the admin's pages
    return found


@pytest.fixture
def everything(demo_site, demo_media, django_user_model):
    """The demo, plus the kinds of things the admin lists that the demo does not make."""
    from django_tasks_db.models import DBTaskResult, get_date_max
    from wagtail.contrib.redirects.models import Redirect
    from wagtail.models import Comment as PageComment
    from wagtail.models import Workflow

    from rostra.archive.models import ImportRun, OldAddress
    from rostra.assembly import seed
    from rostra.assembly.models import NamedVote
    from rostra.news.models import ArticlePage
    from rostra.org.models import ImportJob, ImportStatus
    from rostra.readers.models import Comment

    root = django_user_model.objects.create_superuser("dates-root", "root@example.org", "x")
    article = ArticlePage.objects.live().filter(locale__language_code="ru").first()
    ImportRun.objects.create(
        source="/srv/old-site", preset="ucoz", status=ImportRun.Status.DONE, started_by=root
    )
    ImportJob.objects.create(
        kind="people", user=root, file_name="people.csv", data=b"", status=ImportStatus.DONE
    )
    OldAddress.objects.create(path="/news/1-old", page=article)
    Redirect.objects.create(old_path="/old-news", redirect_link="https://example.org/")
    DBTaskResult.objects.create(
        args_kwargs={"args": [1], "kwargs": {}},
        task_path="rostra.archive.tasks.run_archive_import",
        backend_name="default",
        run_after=get_date_max(),  # none (the tests' backend refuses a time)
        started_at=MOMENT,
        finished_at=MOMENT,
        status="SUCCESSFUL",
        exception_class_path="",
        traceback="",
    )
    meeting = seed.meeting(slug="dates-congress", delegates=2)
    motion = seed.yes_no(meeting.items[1])
    voter = meeting.delegates[0]
    NamedVote.objects.create(
        motion=motion, voter=voter, cast_by=voter, option="yes", vote_id=uuid.uuid4()
    )
    voter.checked_in_at = MOMENT
    voter.save(update_fields=["checked_in_at"])
    Comment.objects.filter(pk=Comment.objects.first().pk).update(status=Comment.Status.PENDING)
    PageComment.objects.create(page=article, user=root, text="Check the date", contentpath="title")
    article.locked, article.locked_at, article.locked_by = True, timezone.now(), root
    article.save(update_fields=["locked", "locked_at", "locked_by"])
    other = ArticlePage.objects.live().filter(locale__language_code="ru").exclude(pk=article.pk)
    workflow = Workflow.objects.filter(active=True).first()
    if workflow is not None:
        workflow.start(other.first(), root)
    return root


@pytest.mark.parametrize("language", ["ru", "zh-hans", "de"])
def test_it_shows_no_english_dates_in_the_admin_of_an_editor_in_another_language(
    client, everything, language
):
    from wagtail.users.models import UserProfile

    from rostra.events.models import Event
    from rostra.news.models import ArticlePage

    profile = UserProfile.get_for_user(everything)
    profile.preferred_language = language
    profile.save()
    client.force_login(everything)
    article = ArticlePage.objects.live().filter(locale__language_code="ru").first()
    event = Event.objects.order_by("pk").first()
    extra = [
        "/admin/comments/?status=approved",
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{article.pk}/history/",
        f"/admin/comments/views/{article.pk}/",
        f"/admin/events/{event.pk}/desk/",
    ]
    found = walk(client, extra)
    assert found == {}, json.dumps(found, ensure_ascii=False, indent=1)
