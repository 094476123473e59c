"""An old entry's HTML as an article body: the blocks editors use (paragraphs, headings,
quotations, images), cleaned with the rules of the paragraph editor.

nh3 first drops what never comes over (scripts, styles, forms, frames, event handlers, layout
tables: their text stays, their markup goes); then the tree is cut into blocks, and each
paragraph keeps only what the article's paragraph editor allows (bold, italic, links, lists).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape

import nh3
from bs4 import BeautifulSoup, NavigableString, Tag

from rostra.archive.records import Photo

HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
BLOCK_TAGS = HEADINGS | {"p", "div", "blockquote", "ol", "ul", "img", "figure", "hr", "section"}
# What the first pass keeps: structure to cut blocks along, and the paragraph's markup.
STRUCTURE_TAGS = BLOCK_TAGS | {
    "a",
    "b",
    "strong",
    "i",
    "em",
    "li",
    "br",
    "figcaption",
    "cite",
    "span",
    "article",
}
STRUCTURE_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt", "title"}}
# The article paragraph's features (news.blocks: bold, italic, link, ol, ul) as stored.
PARAGRAPH_TAGS = {"b", "i", "a", "ol", "ul", "li", "br"}
URL_SCHEMES = {"http", "https", "mailto"}
_SPACES = re.compile(r"\s+")


def clean_structure(html: str) -> str:
    return nh3.clean(
        html,
        tags=STRUCTURE_TAGS,
        attributes=STRUCTURE_ATTRIBUTES,
        url_schemes=URL_SCHEMES,
        link_rel=None,
        strip_comments=True,
    )


def text_of(node) -> str:
    return _SPACES.sub(" ", node.get_text(" ") if isinstance(node, Tag) else str(node)).strip()


def _paragraph_html(nodes: list) -> str:
    html = "".join(str(node) for node in nodes)
    html = re.sub(r"<(/?)strong\b", r"<\1b", html)
    html = re.sub(r"<(/?)em\b", r"<\1i", html)
    html = nh3.clean(
        html,
        tags=PARAGRAPH_TAGS,
        attributes={"a": {"href"}},
        url_schemes=URL_SCHEMES,
        link_rel=None,
    ).strip()
    for _ in range(3):  # empty bold or italic left where a dateline or a link was taken out
        html = re.sub(r"<(b|i)>\s*</\1>", "", html)
    html = re.sub(r"^(<br>\s*)+|(\s*<br>)+$", "", html).strip()
    if not _text(html).strip():
        return ""
    if html.startswith(("<ol", "<ul")):
        return html
    return f"<p>{html}</p>"


class BodyBuilder:
    def __init__(self, find_photo: Callable[[str], Photo]):
        self.find_photo = find_photo
        self.blocks: list = []
        self._inline: list = []

    def flush(self) -> None:
        if self._inline:
            html = _paragraph_html(self._inline)
            self._inline = []
            if html:
                self.blocks.append(("paragraph", html))

    def add_image(self, img: Tag, caption: str = "") -> None:
        src = (img.get("src") or "").strip()
        if not src:
            return
        self.flush()
        photo = self.find_photo(src)
        photo.caption = caption or (img.get("alt") or img.get("title") or "").strip()
        self.blocks.append(("image", photo))

    def walk(self, node) -> None:
        for child in list(node.children):
            if isinstance(child, NavigableString):
                if str(child).strip() or self._inline:
                    self._inline.append(child)
                continue
            if not isinstance(child, Tag):
                continue
            name = child.name
            if name in HEADINGS:
                self.flush()
                text = text_of(child)
                if text:
                    self.blocks.append(("heading", text[:200]))
            elif name == "blockquote":
                self.flush()
                cite = child.find("cite")
                speaker = text_of(cite) if cite else ""
                if cite:
                    cite.decompose()
                text = "\n".join(
                    t for t in (text_of(p) for p in child.find_all(["p", "div"])) if t
                ) or text_of(child)
                if text:
                    self.blocks.append(("quote", {"text": text, "speaker": speaker[:200]}))
            elif name == "img":
                self.add_image(child)
            elif name == "figure":
                caption = child.find("figcaption")
                for img in child.find_all("img"):
                    self.add_image(img, text_of(caption) if caption else "")
            elif name in ("ol", "ul"):
                self.flush()
                self._inline = [child]
                self.flush()
            elif name == "hr":
                self.flush()
            elif name in ("p", "div", "section", "article"):
                self.flush()
                self.walk(child)
                self.flush()
            elif child.find(["img", *HEADINGS, "blockquote", "p", "div"]):
                # An inline element wrapping blocks (a link around a photo): its blocks win.
                self.walk(child)
            else:
                self._inline.append(child)


def html_to_blocks(html: str, find_photo: Callable[[str], Photo]) -> list:
    """[(block type, value)] for an entry's HTML; images as Photo (resolved by find_photo)."""
    soup = BeautifulSoup(clean_structure(html), "html.parser")
    builder = BodyBuilder(find_photo)
    builder.walk(soup)
    builder.flush()
    return builder.blocks


def _text(html: str) -> str:
    """The text of an HTML fragment, without building a tree for it (one per paragraph of ten
    thousand entries made a tenth of an import)."""
    return unescape(nh3.clean(html, tags=set()))


def plain_text(html: str) -> str:
    return _SPACES.sub(" ", _text(html)).strip()
