"""schema.org data of the news site (JSON-LD): the organization and each article."""

from __future__ import annotations

from rostra.core.addresses import absolute


def organization(site_name: str, home_url: str, logo_url: str = "") -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "Organization",
        "name": site_name,
        "url": absolute(home_url),
    }
    if logo_url:
        data["logo"] = absolute(logo_url)
    return data


def news_article(page, site_name: str, image_url: str = "") -> dict:
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "datePublished": page.date.isoformat(),
        "inLanguage": page.locale.language_code.replace("zh-hans", "zh-Hans"),
        "mainEntityOfPage": absolute(page.url),
        "publisher": {"@type": "Organization", "name": site_name},
    }
    if page.last_published_at:
        data["dateModified"] = page.last_published_at.isoformat()
    if page.lead:
        data["description"] = page.lead
    if image_url:
        data["image"] = [absolute(image_url)]
    author = page.added_by
    if author:
        data["author"] = {"@type": "Person", "name": author}
    if page.place:
        data["contentLocation"] = {"@type": "Place", "name": page.place}
    return data
