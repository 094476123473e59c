"""A saved copy of a site made with a hosted builder (uCoz and the like): the folder
`wget --mirror` or a browser makes of its public pages. Read with the preset's selectors."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from django.utils.translation import gettext as _

from rostra.archive import cleaning
from rostra.archive.presets import Preset
from rostra.archive.records import Comment, Entry, EntryError, Failure, Parsed, Photo
from rostra.archive.sources.common import decode, old_path, parse_date
from rostra.archive.stories import group_stories

IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png", ".gif", ".webp")
_DIGITS = re.compile(r"\d[\d\s\u00a0.,]*")


class Mirror:
    def __init__(self, root: Path, preset: Preset, encoding: str = "", language: str = "en"):
        self.root = root.resolve()
        self.preset = preset
        self.encoding = encoding
        self.language = language
        self.entry_paths = re.compile(preset.entry_paths)
        # Each gallery page read: {address: its photos, or what is wrong with it}.
        self._galleries: dict[str, list[tuple[str, Path | None, str]] | str] = {}

    # --- files and addresses -----------------------------------------------------------
    def address_of(self, file: Path) -> str:
        relative = file.relative_to(self.root).as_posix()
        for extension in self.preset.added_extensions:
            if relative.lower().endswith(extension):
                relative = relative[: -len(extension)]
                break
        if relative == "index" or relative.endswith("/index"):
            relative = relative[: -len("index")]
        return old_path("/" + relative.replace("@", "?", 1) if "@" in relative else "/" + relative)

    def file_of(self, address: str) -> Path | None:
        """The saved file of an old address, never outside the copy (never fetched)."""
        parts = urlsplit(address)
        relative = parts.path.lstrip("/")
        names = [relative]
        if parts.query:
            names = [f"{relative}?{parts.query}", f"{relative}@{parts.query}", relative]
        for name in list(names):
            names += [name + ext for ext in self.preset.added_extensions]
            names += [f"{name}/index{ext}" for ext in self.preset.added_extensions]
        for name in names:
            candidate = (self.root / name).resolve()
            if candidate.is_relative_to(self.root) and candidate.is_file():
                return candidate
        return None

    def photo(self, src: str, page_address: str) -> Photo:
        address = old_path(src, page_address)
        return Photo(src=address, path=self.file_of(address))

    def entry_files(self) -> Iterator[tuple[Path, str]]:
        for folder, _dirs, files in os.walk(self.root):
            for name in sorted(files):
                file = Path(folder) / name
                if file.suffix.lower() in IMAGE_EXTENSIONS:
                    continue
                address = self.address_of(file)
                if self.entry_paths.search(address.split("?", 1)[0]):
                    yield file, address

    # --- reading ------------------------------------------------------------------------
    def read(self) -> Parsed:
        parsed = Parsed()
        entries = []
        for file, address in sorted(self.entry_files(), key=lambda item: item[1]):
            try:
                entries.append(self.read_entry(file, address))
            except EntryError as error:
                parsed.failures.append(Failure(address, str(error)))
        stories, failures = group_stories(entries, self.language)
        parsed.stories = stories
        parsed.failures += failures
        return parsed

    def soup(self, file: Path) -> BeautifulSoup:
        text, _encoding = decode(file.read_bytes(), self.encoding)
        # lxml's parser (libxml2) builds the page's tree several times faster than Python's,
        # and forgives broken markup the same way browsers do.
        return BeautifulSoup(text, "lxml")

    def read_entry(self, file: Path, address: str) -> Entry:
        preset = self.preset
        soup = self.soup(file)
        canonical = soup.find("link", rel="canonical")
        if canonical and canonical.get("href"):
            address = old_path(canonical["href"])
        blocks = soup.select(preset.block)
        if not blocks:
            raise EntryError(
                _(
                    "broken HTML: no entry block (%(selector)s) on the page; the file may be "
                    "cut off or not an entry"
                )
                % {"selector": preset.block}
            )
        block = blocks[0]
        title_node = block.select_one(preset.title) or soup.select_one(preset.title)
        message = block.select_one(preset.message) or soup.select_one(preset.message)
        if title_node is None or not cleaning.text_of(title_node):
            raise EntryError(
                _("broken HTML: the entry has no title (%(selector)s)") % {"selector": preset.title}
            )
        if message is None:
            raise EntryError(
                _("broken HTML: the entry has no text (%(selector)s)")
                % {"selector": preset.message}
            )
        entry = Entry(
            key=address, old_url=address, title=cleaning.text_of(title_node)[:255], date=None
        )  # type: ignore[arg-type]
        details = block.select_one(preset.details) or soup.select_one(preset.details)
        if details is None:
            entry.notes.append(
                _("no details line (%(selector)s): no category, views or tags")
                % {"selector": preset.details}
            )
        else:
            self.read_details(details, entry)
        self.read_links(message, entry, address)
        self.read_dateline(message, entry)
        if entry.date is None:
            raise EntryError(_("no date found in the details line or the dateline"))
        entry.body = cleaning.html_to_blocks(
            message.decode_contents(), lambda src: self.photo(src, address)
        )
        # A photo at the top of the text (before the second paragraph) is the lead photo.
        for position, (kind, value) in enumerate(entry.body[:2]):
            if kind == "image":
                entry.lead_photo = value
                del entry.body[position]
                break
        entry.comments = self.read_comments(soup)
        if entry.gallery_url:
            self.read_gallery(entry)
        if not entry.lead_photo and entry.gallery:
            entry.lead_photo = entry.gallery[0]
        for photo in entry.photos():
            if photo.path is None:
                entry.notes.append(
                    _("photo %(photo)s is not in the saved copy") % {"photo": photo.src}
                )
        return entry

    def read_details(self, details: Tag, entry: Entry) -> None:
        preset = self.preset
        # "Category: English | Views: 443 | Added by: editor1 | Tags: congress, anniversary"
        for part in cleaning.text_of(details).split("|"):
            label, _sep, value = part.partition(":")
            if not _sep:
                continue
            kind = preset.label_kind(label)
            value = value.strip()
            if kind == "category":
                language = preset.language_of(value)
                if language:  # the old site said the language with its category
                    entry.language = language
                else:
                    entry.category = value
            elif kind == "views":
                digits = _DIGITS.search(value)
                entry.views = int(re.sub(r"\D", "", digits.group())) if digits else 0
            elif kind == "added_by":
                entry.added_by = value
            elif kind == "tags":
                entry.tags = [t.strip() for t in value.split(",") if t.strip()]
            elif kind == "date":
                when = parse_date(value, preset.date_formats)
                if when:
                    entry.date = when.date()
                    entry.published_at = when

    def read_links(self, message: Tag, entry: Entry, address: str) -> None:
        """The links to the other language versions and to "all photos": read, then taken out
        of the text (Rostra shows both itself)."""
        emptied = []
        for link in message.find_all("a", href=True):
            text = cleaning.text_of(link)
            language = self.preset.language_of(text)
            if language:
                target = old_path(link["href"], address)
                if target != address:
                    entry.versions[language] = target
                elif not entry.language:
                    entry.language = language
            elif text.lower() in {name.lower() for name in self.preset.all_photos}:
                entry.gallery_url = old_path(link["href"], address)
            else:
                continue
            emptied.append(link.parent)
            link.decompose()
        for parent in emptied:
            if parent is None or parent is message or parent.parent is None:
                continue
            rest = re.sub(r"[\[\]\s|/,·•]", "", self._without_languages(cleaning.text_of(parent)))
            if not rest and not parent.find("img"):
                parent.decompose()
        # The current language is often plain text among the links: "[English] [Русский] …".
        for string in list(message.find_all(string=True)):
            if re.fullmatch(r"\s*(\[[^\]]{1,20}\]\s*)+", str(string)):
                names = re.findall(r"\[([^\]]+)\]", str(string))
                if all(self.preset.language_of(n) for n in names):
                    string.replace_with("")

    def _without_languages(self, text: str) -> str:
        return re.sub(
            r"\[([^\]]{1,20})\]",
            lambda m: "" if self.preset.language_of(m.group(1)) else m.group(0),
            text,
        )

    def read_dateline(self, message: Tag, entry: Entry) -> None:
        first = next((s for s in message.find_all(string=True) if s.strip()), None)
        if first is None:
            return
        match = re.match(self.preset.dateline, str(first))
        if not match:
            return
        entry.place = match.group("place").strip()[:120]
        entry.source = match.group("source").strip()[:120]
        if entry.date is None:
            when = parse_date(match.group("date"), self.preset.date_formats)
            if when:
                entry.date = when.date()
        rest = str(first)[match.end() :]
        if not rest.strip():
            # The dateline in bold, then " — The text…": the dash goes with the dateline.
            following = first.find_next(string=lambda s: s.strip())
            if following is not None and following.find_parent() and message in following.parents:
                following.replace_with(
                    NavigableString(re.sub(r"^\s*[—–:.-]\s*", "", str(following)))
                )
        first.replace_with(NavigableString(rest))

    def read_comments(self, soup: BeautifulSoup) -> list[Comment]:
        preset = self.preset
        comments = []
        for node in soup.select(preset.comment):
            name_node = node.select_one(preset.comment_name)
            body_node = node.select_one(preset.comment_body)
            if body_node is None:
                continue
            date_node = node.select_one(preset.comment_date)
            name = cleaning.text_of(name_node) if name_node else ""
            when = (
                parse_date(cleaning.text_of(date_node), preset.date_formats) if date_node else None
            )
            body = body_node.decode_contents().strip()
            key = hashlib.sha256(f"{name}\n{when}\n{body}".encode()).hexdigest()[:24]
            comments.append(Comment(key=key, name=name or "—", body=body, date=when))
        return comments

    def read_gallery(self, entry: Entry) -> None:
        photos = self._galleries.get(entry.gallery_url)
        if photos is None:
            photos = self._read_gallery(entry.gallery_url)
            self._galleries[entry.gallery_url] = photos
        if isinstance(photos, str):
            entry.notes.append(photos)
            return
        entry.gallery += [Photo(src, path, caption) for src, path, caption in photos]

    def _read_gallery(self, address: str) -> list[tuple[str, Path | None, str]] | str:
        """The photos of a gallery page (address, file, caption), or what is wrong with it.
        Read once: the language versions of a story share their gallery."""
        file = self.file_of(address)
        if file is None:
            return _("the gallery page %(page)s is not in the saved copy") % {"page": address}
        try:
            soup = self.soup(file)
        except EntryError as error:
            return _("the gallery page %(page)s: %(error)s") % {"page": address, "error": error}
        photos = []
        for item in soup.select(self.preset.gallery_photo):
            img = item if item.name == "img" else item.find("img")
            link = item if item.name == "a" else item.find("a", href=True)
            src = ""
            if link is not None and link.get("href", "").lower().endswith(IMAGE_EXTENSIONS):
                src = link["href"]  # the full-size photo, not the thumbnail
            elif img is not None:
                src = img.get("src", "")
            if not src:
                continue
            caption_node = item.select_one(self.preset.gallery_caption)
            caption = cleaning.text_of(caption_node) if caption_node else ""
            if not caption and img is not None:
                caption = (img.get("alt") or img.get("title") or "").strip()
            photo = self.photo(src, address)
            photos.append((photo.src, photo.path, caption[:300]))
        return photos
