"""Content-Security-Policy on every page (strict on the public site and the live room, the
admin's inline scripts allowed under /admin/ only), and HTTPS enforced behind an HTTPS proxy."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROSTRA = str(Path(sys.executable).with_name("rostra"))


def _policy(response) -> dict[str, list[str]]:
    directives = {}
    for part in response["Content-Security-Policy"].split(";"):
        name, *values = part.split()
        directives[name] = values
    return directives


@pytest.mark.django_db
def test_it_allows_only_the_sites_own_scripts_on_public_pages(client, make_article):
    article = make_article()
    policy = _policy(client.get(article.url))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]


@pytest.mark.django_db
def test_it_allows_the_admins_inline_scripts_under_admin_only(client):
    for url in ("/admin/login/", "/django-admin/login/"):
        policy = _policy(client.get(url))
        assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
        assert policy["img-src"] == ["'self'", "data:", "blob:"]  # no Gravatar


def _behind_https_proxy(script: str, tmp_path) -> str:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "REDIS_URL")}
    env.update(ROSTRA_DATA_DIR=str(tmp_path / "data"), BEHIND_HTTPS_PROXY="1")
    done = subprocess.run(
        [ROSTRA, "shell", "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_it_redirects_to_https_and_sends_hsts_behind_an_https_proxy(tmp_path):
    out = _behind_https_proxy(
        "from django.test import Client\n"
        "c = Client()\n"
        "plain = c.get('/robots.txt')\n"
        "secure = c.get('/robots.txt', headers={'X-Forwarded-Proto': 'https'})\n"
        "print('PLAIN', plain.status_code, plain['Location'])\n"
        "print('SECURE', secure.status_code, secure['Strict-Transport-Security'])\n",
        tmp_path,
    )
    assert "PLAIN 301 https://testserver/robots.txt" in out
    assert "SECURE 200 max-age=31536000" in out


@pytest.mark.browser
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_it_makes_the_browser_refuse_injected_inline_code(client, chromium, news_indexes):
    # The home page as Django renders it, policy header included, handed to the browser at
    # this site's address (no server thread: nothing left running against the database).
    home = client.get("/en/")
    page = chromium.new_page()
    page.route(
        "http://testserver/en/",
        lambda route: route.fulfill(
            status=200,
            body=home.content,
            headers={
                "Content-Type": home["Content-Type"],
                "Content-Security-Policy": home["Content-Security-Policy"],
            },
        ),
    )
    page.route("http://testserver/static/**", lambda route: route.fulfill(status=404))
    page.goto("http://testserver/en/")
    with page.expect_console_message(lambda m: "CSP violation: script-src" in m.text):
        ran = page.evaluate(
            """() => {
                window.injected = false;
                const s = document.createElement("script");
                s.textContent = "window.injected = true";
                document.body.append(s);
                return window.injected;
            }"""
        )
    assert ran is False
    assert any("script-src" in v for v in chromium.violations)  # and the suite sees it
    chromium.violations.clear()  # expected here: the test's own injection
    page.close()
