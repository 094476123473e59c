"""Tags for the news templates."""

from __future__ import annotations

from django import template
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext

from rostra.core.templatetags.rostra_tags import image_url, responsive_image
from rostra.news.renditions import GALLERY_FULL, GALLERY_THUMBS

register = template.Library()


@register.simple_tag
def gallery_grid(gallery: list, page_url: str) -> str:
    """The photo grid: each thumbnail links to its no-JS photo page and carries the large
    rendition and caption for the lightbox (core/js/site.js).

    Built here rather than in a template loop: with eight or more photos the loop was the
    largest part of the article page's render time.
    """
    items = format_html_join(
        "\n",
        '<li><figure><a href="{}photos/{}/" data-lightbox-item data-full="{}" data-caption="{}">'
        "{}</a>{}</figure></li>",
        (
            (
                page_url,
                number,
                image_url(item.image, GALLERY_FULL),
                item.caption,
                responsive_image(
                    item.image,
                    GALLERY_THUMBS,
                    sizes="(max-width: 40rem) 50vw, 16rem",
                    alt=item.caption or item.image.title,
                    loading="lazy",
                ),
                format_html("<figcaption>{}</figcaption>", item.caption) if item.caption else "",
            )
            for number, item in enumerate(gallery, start=1)
        ),
    )
    return format_html(
        '<ul class="gallery-grid" data-lightbox data-label-dialog="{}" data-label-prev="{}" '
        'data-label-next="{}" data-label-close="{}">\n{}\n</ul>',
        gettext("Photo viewer"),
        gettext("Previous photo"),
        gettext("Next photo"),
        gettext("Close"),
        items,
    )
