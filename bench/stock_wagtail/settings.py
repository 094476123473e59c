"""Rostra's models and database, served the way a stock Wagtail site serves them.

Wagtail's own `serve` view behind `i18n_patterns` (its page-tree walk, site lookup and view
restrictions), Django's ASGI handler and middleware as in Wagtail's project template and
bakerydemo, a template written with Wagtail's own tags. Nothing of Rostra's routing, page
cache, view counting (`rostra.readers` is left out) or rendition shortcuts.
"""

from pathlib import Path

from rostra.settings import *  # noqa: F403
from rostra.settings import INSTALLED_APPS, TEMPLATES

# The archive importer is left out too: it imports the readers' models (comments).
INSTALLED_APPS = [app for app in INSTALLED_APPS if app not in {"rostra.readers", "rostra.archive"}]
MIDDLEWARE = [
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]
ROOT_URLCONF = "stock_wagtail.urls"
TEMPLATES = [
    {
        **TEMPLATES[0],
        "DIRS": [Path(__file__).resolve().parent / "templates"],
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ]
        },
    }
]
