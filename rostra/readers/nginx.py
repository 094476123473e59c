"""nginx serving cached pages itself (ROSTRA_NGINX_PAGES): the files, and nginx's config.

When the page cache (pagecache.py) stores a page that nginx may serve (GET, no query string, an
address ending in "/"), it also writes the page to ROSTRA_NGINX_DIR/pages/<host><path>index.html
(a temporary file renamed into place: nginx never reads half a page). nginx's `try_files` serves
that file to anonymous readers (GET/HEAD, no session or CSRF cookie, no Authorization, no query
string) and sends everything else to Rostra. Such a page cannot carry a per-reader comment form
stamp: the file has none, and readers/js/stamp.js fetches one when the form gets focus (without
JavaScript the form comes back once with a fresh stamp and the text kept).

Invalidation follows the page cache's stamps: pagecache.invalidate_all() removes every file,
invalidate_pages() an article's files (listed in by-page/<id>/ when written). A writer checks the
stamps again after renaming its file into place and removes it if they moved meanwhile, so an
invalidation racing a write never leaves a stale file. Files older than
ROSTRA_PAGE_CACHE_SECONDS are swept by the view-log tailer (viewlog.py), like the page cache's
own entries expire.

Views: nginx logs each article served from a file, and each one Rostra says counts (the
X-Rostra-View response header), to one access log; viewlog.py counts them. For a file the
article is found in ids/<host><path>page (written with the file and kept: a log line read later
still finds it).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import secrets
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from urllib.parse import unquote_to_bytes, urlsplit

from django.conf import settings

VIEW_HEADER = "X-Rostra-View"  # the article whose view a response counts (log mode)
FILE_MARK = "file"  # the log's view field for a page nginx served from a file


def enabled() -> bool:
    return bool(getattr(settings, "ROSTRA_NGINX_PAGES", False))


def folder() -> Path:
    return Path(getattr(settings, "ROSTRA_NGINX_DIR", None) or settings.DATA_DIR / "nginx")


def pages_dir() -> Path:
    return folder() / "pages"


def views_log() -> Path:
    return Path(getattr(settings, "ROSTRA_NGINX_VIEWS_LOG", None) or folder() / "views.log")


def relative(host: bytes, raw_path: bytes) -> str | None:
    """The file's path under pages/ for a request, as nginx's `$host$uri` names it; None when
    nginx would not find it the same way (odd hosts, dot segments, no final slash)."""
    name = host.decode("latin-1").lower()
    name = name.rsplit(":", 1)[0] if not name.endswith("]") else name
    if not name or any(c in name for c in "/\\\0") or name.startswith("."):
        return None
    try:
        path = os.fsdecode(unquote_to_bytes(raw_path))
    except (UnicodeError, ValueError):
        return None
    if not path.startswith("/") or not path.endswith("/") or "\0" in path or "//" in path:
        return None
    if any(part in (".", "..") for part in path.split("/")):
        return None
    return name + path


def _atomic_write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(f".{target.name}.{secrets.token_hex(4)}")
    with open(tmp, "wb") as out:
        out.write(data)
    os.chmod(tmp, 0o644)  # nginx's workers read it (the folder decides who may reach it)
    os.replace(tmp, target)


def _by_page(page_id: int) -> Path:
    return folder() / "by-page" / str(int(page_id))


def write_page(
    key: tuple[bytes, bytes, bytes],
    body: bytes,
    page_id: int | None,
    count_page: int | None,
    fresh: Callable[[], bool],
) -> Path | None:
    """Write a stored page for nginx. `fresh()` says whether the stamps the page was rendered
    under are still current; it is asked after the rename (see the module's docstring)."""
    host, raw_path, query = key
    if query:
        return None
    rel = relative(host, raw_path)
    if rel is None:
        return None
    if count_page is not None:  # before the file: a logged hit always finds its article
        ids = folder() / "ids" / rel / "page"
        known = ""
        with contextlib.suppress(FileNotFoundError):
            known = ids.read_text()
        if known != str(count_page):
            _atomic_write(ids, str(count_page).encode())
    if page_id is not None:
        entry = _by_page(page_id) / hashlib.blake2b(rel.encode(), digest_size=12).hexdigest()
        _atomic_write(entry, rel.encode())
    target = pages_dir() / rel / "index.html"
    _atomic_write(target, body)
    if not fresh():
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return None
    return target


def page_of(rel: str) -> int | None:
    try:
        return int((folder() / "ids" / rel / "page").read_text())
    except (FileNotFoundError, NotADirectoryError, ValueError):
        return None


def remove_all() -> None:
    """Every page file goes (the folder is renamed away first: nginx at once finds none)."""
    pages = pages_dir()
    trash = folder() / f".trash-{secrets.token_hex(6)}"
    try:
        os.rename(pages, trash)
    except FileNotFoundError:
        pass
    else:
        shutil.rmtree(trash, ignore_errors=True)
    with contextlib.suppress(FileNotFoundError):
        shutil.rmtree(folder() / "by-page")


def remove_pages(page_ids: Iterable[int]) -> None:
    for page_id in page_ids:
        listing = _by_page(page_id)
        try:
            entries = list(listing.iterdir())
        except FileNotFoundError:
            continue
        for entry in entries:
            with contextlib.suppress(FileNotFoundError, NotADirectoryError):
                rel = entry.read_text()
                (pages_dir() / rel / "index.html").unlink()
            with contextlib.suppress(FileNotFoundError):
                entry.unlink()


def sweep(max_age: float | None = None) -> int:
    """Remove page files older than the page cache's lifetime; returns how many went."""
    max_age = settings.ROSTRA_PAGE_CACHE_SECONDS if max_age is None else max_age
    limit = time.time() - max_age
    removed = 0
    for dirpath, _dirs, files in os.walk(pages_dir()):
        if "index.html" in files:
            target = Path(dirpath) / "index.html"
            with contextlib.suppress(FileNotFoundError):
                if target.stat().st_mtime < limit:
                    target.unlink()
                    removed += 1
    return removed


# --- nginx's configuration -------------------------------------------------------------------

# What every public page of Rostra's carries whatever the page (its middleware's security
# headers and Vary); a page nginx serves from a file gets the same, copied into the config.
SHARED_HEADERS = (
    "Content-Security-Policy",
    "Cross-Origin-Opener-Policy",
    "Permissions-Policy",
    "Referrer-Policy",
    "Strict-Transport-Security",
    "Vary",
    "X-Content-Type-Options",
    "X-Frame-Options",
)


def page_headers() -> list[tuple[str, str]]:
    """The shared headers of a real answer of Rostra's middleware (its home page in the default
    language; a 404 gets them too), asked as a reader behind HTTPS would when Rostra is told it
    is behind an HTTPS proxy (HSTS is sent on secure requests only)."""
    from django.test import Client

    host = urlsplit(settings.SITE_URL).netloc or "localhost"
    secure = settings.SECURE_PROXY_SSL_HEADER is not None
    response = Client(raise_request_exception=False).get(
        f"/{settings.LANGUAGE_CODE}/", HTTP_HOST=host, secure=secure
    )
    headers = []
    for name in SHARED_HEADERS:
        value = response.headers.get(name)
        if value is None:
            continue
        if any(c in value for c in '$"\\\n\r'):
            raise ValueError(f"{name}: {value!r} cannot be written into nginx's config")
        headers.append((name, value))
    return headers


def _header_lines(headers: list[tuple[str, str]]) -> tuple[str, str]:
    """nginx's add_header lines for the location of page files, and the map's lines of the
    page's language by its address."""
    languages = "".join(f'  "~^/{code}/" {code};\n' for code, _name in settings.LANGUAGES)
    lines = [f'add_header {name} "{value}";' for name, value in headers]
    lines.append("add_header Content-Language $rostra_language;")
    return "\n    ".join(lines), languages


_HTTP = """\
# Rostra behind nginx, nginx serving cached pages itself (`rostra nginx_config`).
# Anonymous GET/HEAD without a query string: the file Rostra wrote, if there is one.
map "$request_method:$cookie_{session}$cookie_{csrf}$http_authorization:$args" $rostra_try {{
  default "/-no-file-";
  "~^(GET|HEAD)::$" "/$host${{uri}}index.html";
}}
# One line per article view: served from a file ("file"), or counted by Rostra (its id).
log_format rostra_file escape=json
  '$msec\\t$request_method\\t$status\\t$remote_addr\\t$http_x_forwarded_for\\t'
  '$http_sec_purpose\\t$http_purpose\\t$http_x_moz\\tfile\\t$host\\t$rostra_uri\\t'
  '$http_user_agent';
log_format rostra_proxied escape=json
  '$msec\\t$request_method\\t$status\\t$remote_addr\\t$http_x_forwarded_for\\t'
  '$http_sec_purpose\\t$http_purpose\\t$http_x_moz\\t$upstream_http_x_rostra_view\\t$host\\t'
  '$uri\\t$http_user_agent';
# The page's language, from its address (as Rostra's LocaleMiddleware says it).
map $rostra_uri $rostra_language {{
  default {default_language};
{languages}}}
map $http_upgrade $rostra_connection {{
  default upgrade;
  "" close;
}}
upstream rostra {{
  server {upstream};
  keepalive 32;
}}
server {{
  listen {listen};
  {server_name}client_max_body_size {body_size};
  location / {{
    root {pages};
    charset utf-8;
    # Every hit is answered in full, as Rostra's own cache does (and counted).
    etag off;
    if_modified_since off;
    add_header X-Page-Cache nginx;
    add_header Cache-Control "no-cache";
    # The headers Rostra sends with every page (security policy, Vary), copied from one of its
    # answers when this config was written: write it again after changing those settings.
    {headers}
    access_log {log} rostra_file buffer=64k flush=1s;
    set $rostra_uri $uri;  # the page's address (try_files changes $uri to the file's)
    try_files $rostra_try @rostra;
    # A file removed between try_files and its opening (an invalidation): Rostra answers.
    error_page 404 = @rostra;
  }}
  location @rostra {{
    proxy_pass http://rostra;
    proxy_http_version 1.1;
    proxy_set_header Connection "";
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_set_header X-Forwarded-Proto $scheme;
    proxy_hide_header {view_header};
    access_log {log} rostra_proxied buffer=64k flush=1s if=$upstream_http_x_rostra_view;
  }}
  location /ws/ {{
    proxy_pass http://rostra;
    proxy_http_version 1.1;
    proxy_set_header Upgrade $http_upgrade;
    proxy_set_header Connection $rostra_connection;
    proxy_set_header Host $http_host;
    proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
    proxy_read_timeout 1h;
    access_log off;
  }}
  location {static_url} {{
    alias {static_root}/;
    access_log off;
  }}
}}
"""

_MAIN = """\
daemon off;
{user}worker_processes {workers};
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  include {mime_types};
  access_log off;
  client_body_temp_path {prefix}/body;
  proxy_temp_path {prefix}/proxy;
  fastcgi_temp_path {prefix}/fastcgi;
  uwsgi_temp_path {prefix}/uwsgi;
  scgi_temp_path {prefix}/scgi;
{http}}}
"""


def config(
    listen: str,
    upstream: str,
    server_name: str = "",
    standalone_prefix: Path | None = None,
    workers: int | str = "auto",
    user: str | None = None,
) -> str:
    """The config for nginx's http block (for /etc/nginx/conf.d/), or with `standalone_prefix`
    a whole nginx.conf that keeps its pid, logs and temporary files in that folder."""
    static_url = "/" + urlsplit(settings.STATIC_URL).path.strip("/") + "/"
    headers, languages = _header_lines(page_headers())
    http = _HTTP.format(
        headers=headers,
        languages=languages,
        default_language=settings.LANGUAGE_CODE,
        session=settings.SESSION_COOKIE_NAME,
        csrf=settings.CSRF_COOKIE_NAME,
        upstream=upstream,
        listen=listen,
        server_name=f"server_name {server_name};\n  " if server_name else "",
        body_size="100m",
        pages=pages_dir(),
        log=views_log(),
        view_header=VIEW_HEADER,
        static_url=static_url,
        static_root=str(settings.STATIC_ROOT).rstrip("/"),
    )
    if standalone_prefix is None:
        return http
    indented = "".join(f"  {line}\n" if line else "\n" for line in http.splitlines())
    return _MAIN.format(
        user=f"user {user};\n" if user else "",
        workers=workers,
        prefix=standalone_prefix,
        mime_types="/etc/nginx/mime.types",
        http=indented,
    )
