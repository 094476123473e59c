"""A WordPress export file (WXR): posts, categories, tags, authors, approved comments,
attachments (from a local copy of the uploads folder, never fetched) and the translation
groups of Polylang or WPML."""

from __future__ import annotations

import datetime
import re
from pathlib import Path
from urllib.parse import unquote, urlsplit
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml.ElementTree import iterparse
from django.utils.translation import gettext as _

from rostra.archive import cleaning
from rostra.archive.presets import Preset
from rostra.archive.records import Comment, Entry, EntryError, Failure, Parsed, Photo
from rostra.archive.sources.common import old_path, parse_date
from rostra.archive.stories import group_stories

WXR_FORMATS = ("%Y-%m-%d %H:%M:%S",)
_BLOCK_START = re.compile(
    r"^\s*<(p|div|h[1-6]|ul|ol|li|blockquote|figure|table|pre|hr|img|\[)", re.IGNORECASE
)
_SIZED = re.compile(r"-\d+x\d+(\.\w+)$")


def _kind(tag: str) -> tuple[str, str]:
    if tag.startswith("{"):
        uri, name = tag[1:].split("}", 1)
        if "/excerpt/" in uri:
            return "excerpt", name
        if "wordpress.org/export" in uri:
            return "wp", name
        if "modules/content" in uri:
            return "content", name
        if "purl.org/dc/" in uri:
            return "dc", name
        return uri, name
    return "", tag


def _fields(element: Element) -> dict:
    """{(namespace kind, name): text} of an element's children (the first of each)."""
    out: dict = {}
    for child in element:
        out.setdefault(_kind(child.tag), (child.text or "").strip())
    return out


def autop(text: str) -> str:
    """WordPress keeps posts without paragraph tags (its wpautop adds them when showing)."""
    text = text.replace("\r\n", "\n")
    chunks = [c.strip() for c in re.split(r"\n\s*\n", text) if c.strip()]
    out = []
    for chunk in chunks:
        if _BLOCK_START.match(chunk):
            out.append(chunk)
        else:
            out.append("<p>" + chunk.replace("\n", "<br>\n") + "</p>")
    return "\n".join(out)


def php_array(serialized: str) -> dict[str, str]:
    """Polylang's translation group, `a:2:{s:2:"en";i:12;s:2:"ru";i:13;}`: {language: post id}."""
    return dict(re.findall(r's:\d+:"([^"]+)";i:(\d+);', serialized))


class Export:
    def __init__(self, file: Path, preset: Preset, uploads: Path | None, language: str = "en"):
        self.file = file
        self.preset = preset
        self.uploads = uploads.resolve() if uploads else None
        self.language = language

    def photo(self, url: str, caption: str = "") -> Photo:
        path = None
        if self.uploads is not None:
            address = unquote(urlsplit(url).path)
            marker = self.preset.uploads_marker
            relative = address.split(marker, 1)[1] if marker in address else address.lstrip("/")
            for name in (relative, _SIZED.sub(r"\1", relative)):
                candidate = (self.uploads / name).resolve()
                if candidate.is_relative_to(self.uploads) and candidate.is_file():
                    path = candidate
                    break
        return Photo(src=old_path(url), path=path, caption=caption)

    def items(self) -> tuple[list[dict], dict]:
        items, channel = [], {"authors": {}, "groups": {}}
        try:
            for _event, element in iterparse(str(self.file), events=("end",)):
                kind, name = _kind(element.tag)
                if kind == "" and name == "item":
                    items.append(self.item(element))
                    element.clear()
                elif kind == "wp" and name == "author":
                    fields = _fields(element)
                    login = fields.get(("wp", "author_login"), "")
                    channel["authors"][login] = fields.get(("wp", "author_display_name"), login)
                elif kind == "wp" and name == "term":
                    fields = _fields(element)
                    if fields.get(("wp", "term_taxonomy")) == "post_translations":
                        slug = fields.get(("wp", "term_slug"), "")
                        channel["groups"][slug] = php_array(
                            fields.get(("wp", "term_description"), "")
                        )
        except (ParseError, DefusedXmlException) as error:
            raise EntryError(
                _("not a readable WordPress export: %(error)s") % {"error": error}
            ) from error
        except OSError as error:
            raise EntryError(f"{self.file}: {error.strerror}") from error
        return items, channel

    def item(self, element: Element) -> dict:
        data = {"fields": _fields(element), "terms": [], "meta": {}, "comments": []}
        for child in element:
            kind, name = _kind(child.tag)
            if kind == "" and name == "category":
                data["terms"].append(
                    (child.get("domain", ""), child.get("nicename", ""), (child.text or "").strip())
                )
            elif kind == "" and name == "guid":
                data["guid"] = (child.text or "").strip()
            elif kind == "wp" and name == "postmeta":
                fields = _fields(child)
                data["meta"][fields.get(("wp", "meta_key"), "")] = fields.get(
                    ("wp", "meta_value"), ""
                )
            elif kind == "wp" and name == "comment":
                data["comments"].append(_fields(child))
        return data

    def read(self) -> Parsed:
        parsed = Parsed()
        items, channel = self.items()
        attachments: dict[str, dict] = {}
        children: dict[str, list[dict]] = {}
        for item in items:
            fields = item["fields"]
            if fields.get(("wp", "post_type")) == "attachment":
                attachments[fields.get(("wp", "post_id"), "")] = item
                children.setdefault(fields.get(("wp", "post_parent"), "0"), []).append(item)
        posts = [i for i in items if i["fields"].get(("wp", "post_type")) in self.preset.post_types]
        key_of_id = {p["fields"].get(("wp", "post_id"), ""): p.get("guid", "") for p in posts}
        self._wpml: dict[str, list] = {}
        for post in posts:
            group = post["meta"].get("_wpml_import_translation_group")
            language = self.preset.language_of(post["meta"].get("_wpml_import_language_code", ""))
            if group and language:
                self._wpml.setdefault(group, []).append(
                    (language, post["fields"].get(("wp", "post_id"), ""), post.get("guid", ""))
                )
        entries = []
        for item in posts:
            fields = item["fields"]
            key = item.get("guid") or fields.get(("", "link"), "")
            status = fields.get(("wp", "status"), "")
            if status != "publish":
                parsed.skipped.append(
                    Failure(key, _("not published (status: %(status)s)") % {"status": status})
                )
                continue
            try:
                entries.append(self.entry(item, channel, attachments, children, key_of_id))
            except EntryError as error:
                parsed.failures.append(Failure(key, str(error)))
        stories, failures = group_stories(entries, self.language)
        parsed.stories = stories
        parsed.failures += failures
        return parsed

    def entry(self, item, channel, attachments, children, key_of_id) -> Entry:
        fields, meta = item["fields"], item["meta"]
        post_id = fields.get(("wp", "post_id"), "")
        key = item.get("guid") or fields.get(("", "link"), "")
        title = fields.get(("", "title"), "")
        if not title:
            raise EntryError(_("the post has no title"))
        when = parse_date(fields.get(("wp", "post_date"), ""), WXR_FORMATS)
        if when is None:
            raise EntryError(
                _("unreadable date “%(date)s”") % {"date": fields.get(("wp", "post_date"), "")}
            )
        gmt = parse_date(fields.get(("wp", "post_date_gmt"), ""), WXR_FORMATS)
        link = fields.get(("", "link"), "")
        entry = Entry(
            key=key,
            old_url=old_path(link) if link else old_path(key),
            title=title[:255],
            date=when.date(),
            published_at=gmt.replace(tzinfo=datetime.UTC) if gmt else when,
            slug=unquote(fields.get(("wp", "post_name"), "")),
        )
        if key and old_path(key) != entry.old_url:
            entry.aliases.append(old_path(key))  # the ?p=123 address
        login = fields.get(("dc", "creator"), "")
        entry.added_by = login
        entry.added_by_name = channel["authors"].get(login, login)
        for meta_key in self.preset.views_meta:
            if meta.get(meta_key, "").strip().isdigit():
                entry.views = int(meta[meta_key])
                break
        categories, group = [], ""
        for domain, nicename, name in item["terms"]:
            if domain == "category":
                categories.append(name)
            elif domain == "post_tag":
                entry.tags.append(name)
            elif domain == "language":
                entry.language = (
                    self.preset.language_of(nicename) or self.preset.language_of(name) or ""
                )
            elif domain == "post_translations":
                group = nicename
        wpml_language = meta.get("_wpml_import_language_code") or meta.get("wpml_language")
        if wpml_language and not entry.language:
            entry.language = self.preset.language_of(wpml_language) or ""
        categories = [c for c in categories if c.lower() not in ("uncategorized", "без рубрики")]
        if categories:
            entry.category = categories[0]
            if categories[1:]:
                entry.tags += categories[1:]
                entry.notes.append(
                    _("also filed in %(categories)s: kept as tags")
                    % {"categories": ", ".join(categories[1:])}
                )
        if group and group in channel["groups"]:
            for language, other_id in channel["groups"][group].items():
                other_key = key_of_id.get(other_id)
                code = self.preset.language_of(language)
                if other_key and code and other_id != post_id:
                    entry.versions[code] = other_key
        wpml_group = meta.get("_wpml_import_translation_group")
        if wpml_group:
            entry.versions.update(self._wpml_versions(wpml_group, post_id))
        body_html, gallery_ids = self.shortcodes(fields.get(("content", "encoded"), ""))
        entry.body = cleaning.html_to_blocks(autop(body_html), self.photo)
        entry.lead = cleaning.plain_text(fields.get(("excerpt", "encoded"), ""))[:1000]
        thumbnail = attachments.get(meta.get("_thumbnail_id", ""))
        if thumbnail is not None:
            entry.lead_photo = self.attachment_photo(thumbnail)
        attached = (
            [attachments[i] for i in gallery_ids if i in attachments]
            if gallery_ids
            else sorted(
                children.get(post_id, []),
                key=lambda a: (
                    int(a["fields"].get(("wp", "menu_order"), "0") or 0),
                    int(a["fields"].get(("wp", "post_id"), "0") or 0),
                ),
            )
        )
        # A photo already in the text or the lead photo is not repeated in the gallery (the
        # text may show a resized copy of it: compared by the file found).
        shown = {v.path or v.src for k, v in entry.body if k == "image"}
        if entry.lead_photo:
            shown.add(entry.lead_photo.path or entry.lead_photo.src)
        for attachment in attached:
            photo = self.attachment_photo(attachment)
            if (photo.path or photo.src) in shown:
                continue
            entry.gallery.append(photo)
            page = attachment["fields"].get(("", "link"), "")
            if page:
                entry.gallery_aliases.append(old_path(page))
        if entry.gallery_aliases:
            entry.gallery_url = entry.gallery_aliases.pop(0)
        if entry.lead_photo is None and entry.gallery:
            entry.lead_photo = entry.gallery[0]
        for comment in item["comments"]:
            if comment.get(("wp", "comment_approved")) != "1":
                continue
            if comment.get(("wp", "comment_type"), "") not in ("", "comment"):
                continue  # pingbacks and trackbacks
            date = parse_date(
                comment.get(("wp", "comment_date_gmt"), "")
                or comment.get(("wp", "comment_date"), ""),
                WXR_FORMATS,
            )
            parent = comment.get(("wp", "comment_parent"), "0")
            entry.comments.append(
                Comment(
                    key=comment.get(("wp", "comment_id"), ""),
                    name=comment.get(("wp", "comment_author"), "") or "—",
                    body=autop(comment.get(("wp", "comment_content"), "")),
                    date=date.replace(tzinfo=datetime.UTC) if date else None,
                    parent_key="" if parent in ("", "0") else parent,
                )
            )
        for photo in entry.photos():
            if photo.path is None:
                entry.notes.append(
                    _("photo %(photo)s is not in the uploads folder") % {"photo": photo.src}
                )
        return entry

    def _wpml_versions(self, group: str, post_id: str) -> dict[str, str]:
        return {language: key for language, pid, key in self._wpml.get(group, []) if pid != post_id}

    def attachment_photo(self, attachment: dict) -> Photo:
        fields = attachment["fields"]
        url = fields.get(("wp", "attachment_url"), "") or attachment.get("guid", "")
        caption = cleaning.plain_text(fields.get(("excerpt", "encoded"), "")) or fields.get(
            ("", "title"), ""
        )
        return self.photo(url, caption[:300])

    def shortcodes(self, html: str) -> tuple[str, list[str]]:
        """[caption] becomes a figure; [gallery ids="…"] names the gallery; other shortcodes
        are taken out (their content stays)."""
        gallery_ids: list[str] = []

        def gallery(match: re.Match) -> str:
            ids = re.search(r'ids\s*=\s*["\']([\d,\s]+)["\']', match.group(0))
            if ids:
                gallery_ids.extend(i.strip() for i in ids.group(1).split(",") if i.strip())
            return ""

        html = re.sub(r"\[gallery[^\]]*\]", gallery, html)
        html = re.sub(
            r"\[caption[^\]]*\](.*?)\[/caption\]",
            lambda m: _figure(m.group(1)),
            html,
            flags=re.DOTALL,
        )
        html = re.sub(r"\[/?[a-zA-Z_-]+(\s[^\]]*)?\]", "", html)
        return html, gallery_ids


def _figure(inner: str) -> str:
    match = re.match(r"\s*((?:<a[^>]*>)?\s*<img[^>]*>\s*(?:</a>)?)(.*)$", inner, re.DOTALL)
    if not match:
        return inner
    return f"<figure>{match.group(1)}<figcaption>{match.group(2).strip()}</figcaption></figure>"
