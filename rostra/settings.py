"""Rostra's one settings module, driven by environment variables.

Embedded default (nothing set): SQLite in the data folder, local-memory cache, in-memory
channel layer, local media. Set DATABASE_URL, REDIS_URL and the S3 variables to run the same
code on real engines; see the README's production section for the full list.
"""

from __future__ import annotations

import secrets
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured

from rostra.env import env_bool, env_int, env_list, env_str

PACKAGE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = PACKAGE_DIR.parent
DATA_DIR = Path(env_str("ROSTRA_DATA_DIR") or PROJECT_DIR / "data").resolve()
DATA_DIR.mkdir(parents=True, exist_ok=True)


def _secret_key() -> str:
    """SECRET_KEY from the environment, else one generated once and kept in the data folder."""
    if key := env_str("SECRET_KEY"):
        return key
    path = DATA_DIR / "secret_key"
    if not path.exists():
        path.touch(mode=0o600)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = _secret_key()
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# Without SITE_URL, `rostra serve` and `rostra demo` make links follow the address they serve on.
SITE_URL_FROM_ENV = bool(env_str("SITE_URL"))

INSTALLED_APPS = [
    "rostra.core",
    "rostra.news",
    "rostra.readers",
    "rostra.org",
    "rostra.events",
    "rostra.assembly",
    "rostra.demo",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.simple_translation",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "channels",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "rostra.core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "rostra.core.middleware.PageEditLockMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "rostra.readers.middleware.PageCacheMarkMiddleware",
]

ROOT_URLCONF = "rostra.urls"
# Paths served outside the /<language>/ prefix (see rostra.core.middleware).
ROSTRA_UNPREFIXED_PATHS = (
    "/admin/",
    "/django-admin/",
    "/documents/",
    "/images/",
    "/media/",
    "/static/",
)
WSGI_APPLICATION = "rostra.wsgi.application"
ASGI_APPLICATION = "rostra.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "rostra.core.context_processors.site",
            ],
        },
    }
]

# --- Database ------------------------------------------------------------------------------
DATABASE_URL = env_str("DATABASE_URL")
# Each server process runs the sync part of requests on WEB_THREADS long-lived threads
# (rostra.core.asgi), so a thread can keep its SQLite connection open between requests. On
# PostgreSQL a psycopg pool keeps connections open and shares them instead (CONN_MAX_AGE 0).
WEB_THREADS = env_int("WEB_THREADS", 4, minimum=1)
# A `Server-Timing: app;dur=<ms>` header on every response rendered by Django (the client sees
# the total time anyway; this one leaves the network out).
SERVER_TIMING = env_bool("SERVER_TIMING", True)
# `rostra serve`: its default number of worker processes and its server. It sets ROSTRA_SERVING
# for the processes that serve: the view flusher starts there (rostra.core.lifespan), not in
# tests or commands; there too what is loaded at the start is frozen out of the garbage
# collector's full passes unless ROSTRA_GC_FREEZE=0.
WEB_CONCURRENCY = env_int("WEB_CONCURRENCY", 1, minimum=1)
ROSTRA_SERVER = env_str("ROSTRA_SERVER", "granian")
ROSTRA_SERVING = env_bool("ROSTRA_SERVING", False)
ROSTRA_GC_FREEZE = env_bool("ROSTRA_GC_FREEZE", True)
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=0)}
    if DATABASES["default"]["ENGINE"].endswith("postgresql"):
        DATABASES["default"].setdefault("OPTIONS", {})["pool"] = {
            "min_size": env_int("DB_POOL_MIN", 2, minimum=0),
            "max_size": env_int("DB_POOL_MAX", 20, minimum=1),
            "timeout": 10,
        }
        # Server-side parameters and prepared statements: PostgreSQL plans a page's queries
        # once per connection instead of on every request (the article page's joins took
        # longer to plan than to run). Turn off behind a transaction-mode PgBouncer.
        if env_bool("DB_PREPARED_STATEMENTS", True):
            DATABASES["default"]["OPTIONS"].update(server_side_binding=True, prepare_threshold=2)
else:
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": DATA_DIR / "rostra.sqlite3",
            "CONN_MAX_AGE": None,
            "OPTIONS": {
                # WAL lets readers go on while one writer writes; IMMEDIATE takes the write
                # lock at BEGIN so concurrent writers wait (timeout) instead of failing.
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
            },
        }
    }
DB_VENDOR = DATABASES["default"]["ENGINE"].rsplit(".", 1)[-1]
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Cache, channel layer, background tasks ------------------------------------------------
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
    }
    CHANNEL_LAYERS = {
        "default": {
            "BACKEND": "channels_redis.core.RedisChannelLayer",
            # channels-redis waits up to 5 s in BZPOPMIN; redis-py's default read timeout is
            # also 5 s, so a busy worker timed out and lost its subscription (live room).
            # The live room's hubs (one channel per worker process) may get bursts.
            "CONFIG": {
                "hosts": [{"address": REDIS_URL, "socket_timeout": 30}],
                "channel_capacity": {"assembly.hub.*": 10000},
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    CHANNEL_LAYERS = {"default": {"BACKEND": "channels.layers.InMemoryChannelLayer"}}

# The live room (rostra.assembly): the Jitsi Meet server whose rooms online events embed
# (empty: no embed), and how often the growing count of votes is sent (milliseconds).
JITSI_SERVER = env_str("JITSI_SERVER", "meet.jit.si")
ASSEMBLY_COUNT_INTERVAL_MS = env_int("ASSEMBLY_COUNT_INTERVAL_MS", 250, minimum=20)
# Presence (liveroom): each worker beats every ASSEMBLY_HEARTBEAT_SECONDS; a worker silent for
# ASSEMBLY_STALE_SECONDS (or whose process is gone from this host) loses the presence it held.
ASSEMBLY_HEARTBEAT_SECONDS = env_int("ASSEMBLY_HEARTBEAT_SECONDS", 5, minimum=1)
ASSEMBLY_STALE_SECONDS = env_int("ASSEMBLY_STALE_SECONDS", 30, minimum=2)

# "immediate" runs a task in the request that enqueues it (embedded default); "database"
# queues it for `rostra db_worker`, which `rostra serve` starts beside the web server.
TASKS_BACKEND = env_str("TASKS_BACKEND", "immediate")
TASKS = {
    "default": {
        "BACKEND": {
            "immediate": "django_tasks.backends.immediate.ImmediateBackend",
            "database": "django_tasks_db.backend.DatabaseBackend",
        }.get(TASKS_BACKEND)
        or "invalid"
    }
}
if TASKS["default"]["BACKEND"] == "invalid":
    raise ImproperlyConfigured(f"TASKS_BACKEND={TASKS_BACKEND!r}: use 'immediate' or 'database'.")
# The admin's CSV import (org.csvjobs): with the immediate backend it runs in a thread of the
# server, so that the page answers at once and shows a progress bar (the worker does otherwise).
ORG_IMPORT_IN_THREAD = env_bool("ORG_IMPORT_IN_THREAD", TASKS_BACKEND == "immediate")

# Seconds between two runs of the scheduler inside `rostra serve` (scheduled publishing).
SCHEDULER_INTERVAL = env_int("ROSTRA_SCHEDULER_INTERVAL", 30, minimum=1)

# --- Languages -----------------------------------------------------------------------------
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("ru", "Русский"),
    ("zh-hans", "中文"),
    ("de", "Deutsch"),
]
# languages (#12): more languages are configuration, e.g. ROSTRA_EXTRA_LANGUAGES="es:Español".
# Their per-language fields and columns follow (rostra.org.i18n, rostra.core.language_columns);
# give them a message catalogue in LOCALE_PATHS. See README "Adding a language".
for _item in env_str("ROSTRA_EXTRA_LANGUAGES", "").split(","):
    _code, _sep, _name = _item.strip().partition(":")
    if _code and _code.lower() not in {c for c, _n in LANGUAGES}:
        LANGUAGES.append((_code.lower(), _name.strip() or _code))
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin in the site's languages only (Wagtail offers some forty).
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
USE_I18N = True
USE_TZ = True
TIME_ZONE = env_str("TIME_ZONE", "UTC")
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# Date formats that correct Django's for some languages (rostra/formats/<language>/formats.py).
FORMAT_MODULE_PATH = ["rostra.formats"]

# --- Static and media ----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT") or DATA_DIR / "static")
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns on a missing one
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT") or DATA_DIR / "media")
# WhiteNoise finds files in the apps too, so `collectstatic` is optional for development.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

AWS_STORAGE_BUCKET_NAME = env_str("AWS_STORAGE_BUCKET_NAME")
if AWS_STORAGE_BUCKET_NAME:
    AWS_S3_ENDPOINT_URL = env_str("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = env_str("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = env_str("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_QUERYSTRING_AUTH = False
    AWS_DEFAULT_ACL = None
    _media_storage = {"BACKEND": "storages.backends.s3.S3Storage"}
else:
    _media_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
STORAGES = {
    "default": _media_storage,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Local media is served by Rostra itself unless a proxy or S3 serves it.
SERVE_MEDIA = env_bool("SERVE_MEDIA", not AWS_STORAGE_BUCKET_NAME)

# --- Search --------------------------------------------------------------------------------
# Wagtail's database search, lightly extended (rostra.core.search): Chinese is segmented in the
# search fields, SQLite ranks title matches higher, PostgreSQL stems each language on its own.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": {
            "sqlite3": "rostra.core.search.sqlite",
            "postgresql": "rostra.core.search.postgres",
        }.get(DB_VENDOR, "wagtail.search.backends.database"),
    }
}
if env_str("OPENSEARCH_URL"):
    WAGTAILSEARCH_BACKENDS["default"] = {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [env_str("OPENSEARCH_URL")],
        "INDEX": env_str("OPENSEARCH_INDEX", "rostra"),
    }

# --- Wagtail -------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = env_str("ROSTRA_SITE_NAME", "Rostra")
WAGTAILADMIN_BASE_URL = SITE_URL
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_FINDERS: list[dict] = []  # no oEmbed fetches: there is no internet to ask
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt", "mp4", "webm", "ogv"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Avatars from Gravatar cannot be reached (and would tell it who uses the admin): initials.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Private pages and members-only views: the readers' login page and password form, in the theme
# and the reader's language (the Wagtail admin keeps its own login).
WAGTAIL_FRONTEND_LOGIN_URL = LOGIN_URL = "wagtailcore_login"
WAGTAIL_PASSWORD_REQUIRED_TEMPLATE = "core/password_required.html"  # noqa: S105 (a template)
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A new translation of a live page starts as a draft (by default wagtail-localize published it
# at once, with the source's words): it is published through the editorial review (#11, 5).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

# --- E-mail, security, logging -------------------------------------------------------------
EMAIL_BACKEND = (
    "django.core.mail.backends.smtp.EmailBackend"
    if env_str("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend"
)
EMAIL_HOST = env_str("EMAIL_HOST")
EMAIL_PORT = env_int("EMAIL_PORT", 587)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "rostra@localhost")

SECURE_PROXY_SSL_HEADER = (
    ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY", False) else None
)
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", False)
X_FRAME_OPTIONS = "SAMEORIGIN"
# A refused form gets a page in the theme and the reader's language (rostra.core.views).
CSRF_FAILURE_VIEW = "rostra.core.views.csrf_failure"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        "django_tasks": {"level": "WARNING"},
        "wagtail": {"level": "WARNING"},
    },
}

# --- News ----------------------------------------------------------------------------------
NEWS_PAGE_SIZE = env_int("ROSTRA_NEWS_PAGE_SIZE", 12, minimum=1)

# --- Organization registry -----------------------------------------------------------------
# A membership is "new" for this many days after it starts, and in "grace" this long after it
# ends; round anniversaries are the multiples of these steps; dates are listed this early.
ROSTRA_MEMBERSHIP_NEW_DAYS = env_int("ROSTRA_MEMBERSHIP_NEW_DAYS", 90, minimum=0)
ROSTRA_MEMBERSHIP_GRACE_DAYS = env_int("ROSTRA_MEMBERSHIP_GRACE_DAYS", 60, minimum=0)
ROSTRA_COMMEMORATION_LEAD_DAYS = env_int("ROSTRA_COMMEMORATION_LEAD_DAYS", 90, minimum=0)
ROSTRA_CALENDAR_FEED_YEARS = env_int("ROSTRA_CALENDAR_FEED_YEARS", 3, minimum=1)
try:
    ROSTRA_ROUND_ANNIVERSARY_STEPS = tuple(
        int(step) for step in env_list("ROSTRA_ROUND_ANNIVERSARY_STEPS", ["5", "10"])
    )
except ValueError:
    raise ImproperlyConfigured(
        "ROSTRA_ROUND_ANNIVERSARY_STEPS must be whole numbers separated by commas, e.g. 5,10."
    ) from None

# --- Readers: comments, view counting, page cache (rostra.readers) -------------------------
# Comments of signed-in users with this many approved comments go straight out (0: never).
ROSTRA_COMMENTS_TRUSTED_AFTER = env_int("ROSTRA_COMMENTS_TRUSTED_AFTER", 3, minimum=0)
# Comments close this many days after an article's date (0: never close automatically).
ROSTRA_COMMENTS_CLOSE_AFTER_DAYS = env_int("ROSTRA_COMMENTS_CLOSE_AFTER_DAYS", 90, minimum=0)
ROSTRA_COMMENTS_MAX_LENGTH = env_int("ROSTRA_COMMENTS_MAX_LENGTH", 4000, minimum=100)
# A form sent sooner than this after it was shown is refused (bots fill forms at once).
ROSTRA_COMMENTS_MIN_SECONDS = env_int("ROSTRA_COMMENTS_MIN_SECONDS", 3, minimum=0)
# At most this many comments per address per rate window.
ROSTRA_COMMENTS_RATE_LIMIT = env_int("ROSTRA_COMMENTS_RATE_LIMIT", 5, minimum=1)
ROSTRA_COMMENTS_RATE_WINDOW = env_int("ROSTRA_COMMENTS_RATE_WINDOW", 600, minimum=1)
# A visitor's views of one article count once per this many seconds.
ROSTRA_VIEWS_WINDOW = env_int("ROSTRA_VIEWS_WINDOW", 1800, minimum=1)
# Seconds between two writes of buffered views to the database.
ROSTRA_VIEWS_FLUSH_INTERVAL = env_int("ROSTRA_VIEWS_FLUSH_INTERVAL", 10, minimum=1)
# Count the address from X-Forwarded-For (only behind a proxy that sets it).
ROSTRA_TRUST_FORWARDED_FOR = env_bool("ROSTRA_TRUST_FORWARDED_FOR", False)
# Full-page cache for anonymous readers: on/off, lifetime, size per process, and how often
# (milliseconds) a worker asks whether anything was invalidated.
ROSTRA_PAGE_CACHE = env_bool("ROSTRA_PAGE_CACHE", True)
ROSTRA_PAGE_CACHE_SECONDS = env_int("ROSTRA_PAGE_CACHE_SECONDS", 600, minimum=1)
ROSTRA_PAGE_CACHE_ENTRIES = env_int("ROSTRA_PAGE_CACHE_ENTRIES", 2000, minimum=1)
ROSTRA_PAGE_CACHE_CHECK_MS = env_int("ROSTRA_PAGE_CACHE_CHECK_MS", 500, minimum=0)
# nginx serves cached pages itself from files Rostra writes, and logs the article views it
# served, which Rostra reads (rostra.readers.nginx and .viewlog; `rostra nginx_config`).
ROSTRA_NGINX_PAGES = env_bool("ROSTRA_NGINX_PAGES", False)
ROSTRA_NGINX_DIR = Path(env_str("ROSTRA_NGINX_DIR") or DATA_DIR / "nginx")
ROSTRA_NGINX_VIEWS_LOG = Path(env_str("ROSTRA_NGINX_VIEWS_LOG") or ROSTRA_NGINX_DIR / "views.log")
# Without Redis, the page cache's stamps and the serving processes' flush-request files
# (rostra.readers.flushctl) live in these folders; the view counter's Redis keys start with
# the prefix (the tests give each test its own).
ROSTRA_PAGE_CACHE_STAMPS = DATA_DIR / "stamps"
ROSTRA_RUN_DIR = DATA_DIR / "run"
ROSTRA_VIEWS_KEY_PREFIX = "readers:views:"

# --- Events (rostra.events) ----------------------------------------------------------------
# The font of the PDF minutes (rostra.events.pdf), a TrueType file or collection covering the
# site's scripts; unset or missing: the first installed of WenQuanYi Zen Hei, Noto Sans CJK
# and DejaVu Sans (no Chinese).
ROSTRA_PDF_FONT = env_str("ROSTRA_PDF_FONT")

# --- Archive import (rostra.archive) -------------------------------------------------------
# Importers of an organization's old site and the redirect table of its old addresses. The
# middleware sits inside LocaleMiddleware and looks an address up only on a 404.
INSTALLED_APPS.insert(INSTALLED_APPS.index("rostra.demo"), "rostra.archive")
MIDDLEWARE.insert(
    MIDDLEWARE.index("rostra.core.middleware.LocaleMiddleware") + 1,
    "rostra.archive.middleware.OldAddressMiddleware",
)
# Uploaded archives (the admin's import screen, rostra.archive.uploads): at most this large,
# this large once unpacked (zip bombs), and this many files.
ARCHIVE_UPLOAD_MAX_BYTES = env_int("ARCHIVE_UPLOAD_MAX_BYTES", 2 * 1024**3, minimum=1)
ARCHIVE_UNPACKED_MAX_BYTES = env_int("ARCHIVE_UNPACKED_MAX_BYTES", 8 * 1024**3, minimum=1)
ARCHIVE_MAX_MEMBERS = env_int("ARCHIVE_MAX_MEMBERS", 500_000, minimum=1)
# An import started in the admin runs in a thread of the server, as the CSV import does
# without a task worker (ORG_IMPORT_IN_THREAD).
ARCHIVE_IMPORT_IN_THREAD = env_bool("ARCHIVE_IMPORT_IN_THREAD", ORG_IMPORT_IN_THREAD)

# --- Security and operations (#10: rostra.core.security) -----------------------------------
# Views: the per-visitor de-duplication remembers at most this many (article, visitor) pairs
# per process (about 200 bytes each).
ROSTRA_VIEWS_SEEN_MAX = env_int("ROSTRA_VIEWS_SEEN_MAX", 100_000, minimum=100)
# The data folder and what Rostra writes there are private to the server's user (0700/0600;
# rostra.private_files). Media are public pages' images but are served by Rostra itself; a proxy
# serving MEDIA_ROOT directly must run as the same user, or set MEDIA_ROOT outside the folder.
from rostra import private_files  # noqa: E402

private_files.private_folder(DATA_DIR)
if DB_VENDOR == "sqlite3" and str(DATABASES["default"]["NAME"]) != ":memory:":
    private_files.private_sqlite(DATABASES["default"]["NAME"])
if MEDIA_ROOT.is_relative_to(DATA_DIR):
    FILE_UPLOAD_PERMISSIONS = private_files.FILE_MODE
    FILE_UPLOAD_DIRECTORY_PERMISSIONS = private_files.FOLDER_MODE

# A bad Host header or a 403 logs one line, not a traceback (rostra.core.log_filters).
from rostra.core.log_filters import REFUSAL_LOGGERS  # noqa: E402

LOGGING["filters"] = {"one_line": {"()": "rostra.core.log_filters.OneLineForRefusals"}}
for _name in REFUSAL_LOGGERS:
    LOGGING["loggers"].setdefault(_name, {}).setdefault("filters", []).append("one_line")

# Login throttling (django-axes): after ROSTRA_LOGIN_FAILURE_LIMIT wrong passwords from one
# address, or for one account, logging in is refused for ROSTRA_LOGIN_LOCKOUT_MINUTES, on every
# login (Wagtail admin, readers, Django admin); a success resets the count. Unlock at once with
# `rostra axes_reset_username NAME`, `rostra axes_reset_ip ADDRESS` or `rostra axes_reset`.
INSTALLED_APPS += ["axes"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AXES_FAILURE_LIMIT = env_int("ROSTRA_LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = env_int("ROSTRA_LOGIN_LOCKOUT_MINUTES", 60, minimum=1) / 60  # hours
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "rostra.core.auth_views.locked_out"
AXES_CLIENT_IP_CALLABLE = "rostra.core.auth_views.client_address"
AXES_VERBOSE = False
LOGGING["loggers"]["axes"] = {"level": "WARNING"}  # lockouts, not every attempt
# Password reset (Wagtail admin): at most this many e-mails per address, and per requesting
# client, per hour (rostra.core.password_reset).
ROSTRA_PASSWORD_RESET_PER_HOUR = env_int("ROSTRA_PASSWORD_RESET_PER_HOUR", 3, minimum=1)
# The name of a form class, not a password (S105).
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "rostra.core.password_reset.LimitedPasswordResetForm"  # noqa: S105

# Content-Security-Policy (django-csp; rostra.core.security says why the admin gets more).
from rostra.core.security import media_origins, public_policy  # noqa: E402

INSTALLED_APPS += ["csp"]
MIDDLEWARE.insert(
    MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1,
    "rostra.core.security.SiteCSPMiddleware",
)
CONTENT_SECURITY_POLICY = public_policy(
    JITSI_SERVER,
    media_origins(
        env_str("AWS_S3_CUSTOM_DOMAIN"),
        env_str("AWS_S3_ENDPOINT_URL"),
        MEDIA_URL if "//" in MEDIA_URL else None,
    ),
)
# No Gravatar images in the admin: each would tell gravatar.com who is signed in (and the
# policy allows images from this site only); Wagtail shows its default avatar instead.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Behind an HTTPS proxy (BEHIND_HTTPS_PROXY=1): plain HTTP is redirected to HTTPS, browsers are
# told to use HTTPS only (HSTS, SECURE_HSTS_SECONDS, a year by default; 0 turns it off) and
# cookies are secure unless SECURE_COOKIES=0.
if SECURE_PROXY_SSL_HEADER:
    SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
    SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES", True)
