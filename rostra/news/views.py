"""The search page of one language."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _
from wagtail.models import Locale

from rostra.core.search import MAX_QUERY_LENGTH, segment_query
from rostra.news.models import ArticlePage, paginate


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
        terms = segment_query(query)
        if terms:
            articles = ArticlePage.objects.live().public().filter(locale=Locale.get_active())
            results = articles.search(terms, operator="and")
            context["page_obj"] = paginate(request, results)
    return render(request, "news/search.html", context, status=status)
