"""The list of renditions (prefetched on the article page, made ahead by the demo) follows
the image specs the news templates use."""

import re
from pathlib import Path

from rostra.news.renditions import RENDITION_SPECS

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
SPEC = re.compile(r"\b((?:fill|width|height|max|min|scale)-(?:\{[0-9x,]+\}|[0-9x]+))")


def _expand(spec: str) -> list[str]:
    """fill-{320x240,640x480} -> [fill-320x240, fill-640x480] (srcset_image's notation)."""
    operation, _, sizes = spec.partition("-")
    return [f"{operation}-{size}" for size in sizes.strip("{}").split(",")]


def test_it_makes_every_spec_the_news_templates_use():
    used = {
        expanded
        for template in TEMPLATES.rglob("*.html")
        for spec in SPEC.findall(template.read_text())
        for expanded in _expand(spec)
    }
    listed = {spec for specs in RENDITION_SPECS.values() for spec in specs}
    assert used, "no image specs found in the templates"
    assert used <= listed, f"not made ahead: {sorted(used - listed)}"
