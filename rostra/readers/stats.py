"""Figures for the admin: an article's views per day, the week's most read."""

from __future__ import annotations

import datetime
from typing import Any

from django.db.models import Sum
from django.utils import timezone

from rostra.readers.models import DailyViews


def daily_series(page_id: int, days: int = 30) -> list[tuple[datetime.date, int]]:
    """The last `days` days, oldest first, with 0 for days without views."""
    today = timezone.localdate()
    start = today - datetime.timedelta(days=days - 1)
    rows = dict(
        DailyViews.objects.filter(page_id=page_id, date__gte=start).values_list("date", "views")
    )
    return [
        (start + datetime.timedelta(days=n), rows.get(start + datetime.timedelta(days=n), 0))
        for n in range(days)
    ]


def most_read(days: int = 7, limit: int = 10) -> list[dict[str, Any]]:
    """[{"page": ArticlePage, "views": n}] of the last `days` days, most read first."""
    from rostra.news.models import ArticlePage

    since = timezone.localdate() - datetime.timedelta(days=days - 1)
    top = list(
        DailyViews.objects.filter(date__gte=since)
        .values("page_id")
        .annotate(total=Sum("views"))
        .order_by("-total", "page_id")[:limit]
    )
    pages = ArticlePage.objects.select_related("locale").in_bulk([row["page_id"] for row in top])
    return [
        {"page": pages[row["page_id"]], "views": row["total"]}
        for row in top
        if row["page_id"] in pages
    ]


def svg_bars(
    series: list[tuple[datetime.date, int]], width: int = 640, height: int = 160
) -> dict[str, Any]:
    """Geometry of a bar chart drawn by the template as inline SVG (no script, no CDN)."""
    peak = max((n for _day, n in series), default=0) or 1
    gap = 2
    bar = max(1.0, (width - gap * len(series)) / max(len(series), 1))
    bars = []
    for i, (day, n) in enumerate(series):
        h = round((height - 20) * n / peak, 1)
        bars.append(
            {
                "x": round(i * (bar + gap), 1),
                "y": round(height - 16 - h, 1),
                "w": round(bar, 1),
                "h": h,
                "day": day,
                "views": n,
            }
        )
    return {
        "width": width,
        "height": height,
        "bars": bars,
        "peak": peak,
        "total": sum(n for _d, n in series),
    }
