"""The search page of one language: news, events and public profiles, each with its kind."""

from __future__ import annotations

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from rostra.core.search import MAX_QUERY_LENGTH, site
from rostra.news.models import paginate
from rostra.org.i18n import language_name


def _other_languages(query: str, language: str) -> list[dict]:
    """Where the query finds something in the other languages (for a search that found
    nothing here): each language's name, count and search link."""
    found = []
    for code, native in settings.LANGUAGES:
        if code == language:
            continue
        with translation.override(code):
            count = len(site.search(query, code))
            url = reverse("search")
        if count:
            found.append(
                {
                    "code": code,
                    "native": native,
                    "name": language_name(code),
                    "count": count,
                    "url": url,
                }
            )
    return found


def search(request: HttpRequest) -> HttpResponse:
    query = request.GET.get("q", "").strip()
    context: dict = {"query": query[:MAX_QUERY_LENGTH], "page_obj": None, "error": ""}
    status = 200
    if len(query) > MAX_QUERY_LENGTH:
        context["error"] = _("Your search is too long: use at most %(max)d characters.") % {
            "max": MAX_QUERY_LENGTH
        }
        status = 400
    elif query:
        language = translation.get_language() or settings.LANGUAGE_CODE
        hits = site.search(query, language)
        context["page_obj"] = paginate(request, hits)
        if not hits:
            context["other_languages"] = _other_languages(query, language)
    return render(request, "news/search.html", context, status=status)
