"""Writing what a source read: each entry in its own transaction, whole or not at all.

An entry is found again by its key (old address or guid) in ArchiveEntry: a second run
updates its page (or skips it when nothing changed) and never makes another.
"""

from __future__ import annotations

import contextlib
import datetime
import functools
import gc
import hashlib
import io
import logging
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.files.images import ImageFile
from django.db import models, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.db.models.signals import post_save
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from modelcluster.models import get_all_child_relations
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Collection, Locale, Page, PageLogEntry, ReferenceIndex, Revision
from wagtail.signal_handlers import disable_reference_index_auto_update

from rostra.archive import cleaning, indexing
from rostra.archive.models import ArchiveEntry, OldAddress
from rostra.archive.presets import Preset
from rostra.archive.records import Entry, EntryError, Failure, Parsed, Photo
from rostra.news.content import locale_tree
from rostra.news.models import (
    ArticleGalleryImage,
    ArticlePage,
    ArticleStats,
    ArticleTag,
    Category,
    Tag,
)
from rostra.readers import pagecache
from rostra.readers.models import Comment
from rostra.readers.sanitize import clean_comment, clean_text

log = logging.getLogger("rostra.archive")
COLLECTION_NAME = "Archive"
# Entries between two bulk indexings of what they wrote (and two clearings of the photo cache).
CHUNK = 200


class ImportFailed(Exception):
    """The source as a whole cannot be read (missing folder, not an export file)."""


@dataclass
class Report:
    dry_run: bool = False
    imported: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[Failure] = field(default_factory=list)
    failed: list[Failure] = field(default_factory=list)
    notes: list[Failure] = field(default_factory=list)

    @property
    def total(self) -> int:
        return self.imported + self.updated + self.unchanged + len(self.failed)

    def as_dict(self) -> dict:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict) -> Report:
        data = dict(data)
        for name in ("skipped", "failed", "notes"):
            data[name] = [Failure(**f) for f in data.get(name, [])]
        return cls(**data)


@dataclass
class Options:
    language: str = "en"  # of entries that do not say theirs
    encoding: str = ""  # force one encoding for every page of a saved copy
    uploads: Path | None = None  # WordPress: the local copy of wp-content/uploads
    authors: dict[str, str] = field(default_factory=dict)  # old name → Rostra user name
    categories: dict[str, str] = field(default_factory=dict)  # old category → category slug
    dry_run: bool = False


def read_source(source: Path, preset: Preset, options: Options) -> Parsed:
    from rostra.archive.sources.ucoz import Mirror
    from rostra.archive.sources.wxr import Export

    if preset.kind == "html":
        if not source.is_dir():
            raise ImportFailed(
                _("%(source)s: not a folder (a saved copy of a site is a folder)")
                % {"source": source}
            )
        return Mirror(source, preset, options.encoding, options.language).read()
    if not source.is_file():
        raise ImportFailed(
            _("%(source)s: no such file (a WordPress export is an .xml file)") % {"source": source}
        )
    uploads = options.uploads
    if uploads is None:
        for candidate in (source.parent / "uploads", source.parent / "wp-content" / "uploads"):
            if candidate.is_dir():
                uploads = candidate
                break
    try:
        return Export(source, preset, uploads, options.language).read()
    except EntryError as error:
        raise ImportFailed(str(error)) from error


class Importer:
    def __init__(self, preset: Preset, options: Options):
        self.preset = preset
        self.options = options
        self.report = Report(dry_run=options.dry_run)
        self._indexes: dict = {}
        self._users: dict = {}
        self._collection = None
        self._taken_slugs: dict[int, set[str]] = {}
        # Photos met in this chunk by content digest (a story's versions share their album),
        # and the digests of every photo already stored (a new one needs no lookup).
        self._images: dict[str, object] = {}
        self._stored_hashes: set[str] | None = None
        # The pages' "published" history entries: those of the entry being written, then
        # those of committed entries, written in bulk with the chunk (one user action: one
        # uuid for the whole run, as Wagtail groups the entries of one action).
        self._entry_logs: list[PageLogEntry] = []
        self._logs: list[PageLogEntry] = []
        self._log_uuid = uuid.uuid4()
        # Read once per run instead of once per entry (ten thousand entries make the count):
        # the keys of the entries imported before, the redirect table, each language's tags
        # and the categories met. What an entry adds to them is applied once it is committed
        # (`_staged`); after a failed entry the small caches are read again.
        self._known_keys: set[str] | None = None
        self._addresses: dict[str, tuple] | None = None
        self._tags: dict[int, dict[str, Tag]] = {}
        self._categories: dict[tuple, Category] = {}
        self._staged: list[Callable[[], None]] = []

    # --- the run -----------------------------------------------------------------------
    def run(self, parsed: Parsed, progress: Callable[[int, int], None] | None = None) -> Report:
        if not self.options.dry_run:
            return self._run(parsed, progress)
        # A dry run does everything, then takes it all back.
        with transaction.atomic():
            report = self._run(parsed, progress)
            transaction.set_rollback(True)
        return report

    def _run(self, parsed: Parsed, progress) -> Report:
        with indexing.deferred():
            report = self._run_entries(parsed, progress)
            if not self.options.dry_run:
                indexing.flush()
        return report

    def _run_entries(self, parsed: Parsed, progress) -> Report:
        report = self.report
        report.failed += parsed.failures
        report.skipped += parsed.skipped
        total = sum(len(s.entries) for s in parsed.stories)
        # The language trees first, outside the entries' transactions (one that fails takes
        # back only its own writes).
        for language in sorted({e.language for s in parsed.stories for e in s.entries}):
            with contextlib.suppress(EntryError):  # each entry of that language says it
                self.index(language)
        done = 0
        self.published = False
        for story in parsed.stories:
            translation_key = self.translation_key(story.entries)
            source_category = None
            for entry in story.entries:
                self._entry_logs, self._staged = [], []
                try:
                    with transaction.atomic(), disable_reference_index_auto_update():
                        outcome, category = self.import_entry(
                            entry, translation_key, source_category
                        )
                except (EntryError, ValidationError, ValueError, OSError) as error:
                    report.failed.append(Failure(entry.key, _reason(error)))
                    outcome, category = "failed", None
                except Exception as error:  # one bad entry must not stop ten thousand
                    log.exception("archive import: %s", entry.key)
                    report.failed.append(Failure(entry.key, f"{type(error).__name__}: {error}"))
                    outcome, category = "failed", None
                if outcome == "failed":
                    # What was made in the rolled-back transaction is gone: forget it.
                    self._users, self._collection, self._taken_slugs = {}, None, {}
                    self._images, self._stored_hashes = {}, None
                    self._tags, self._categories = {}, {}
                else:
                    setattr(report, outcome, getattr(report, outcome) + 1)
                    for apply in self._staged:
                        apply()
                    report.notes += [Failure(entry.key, note) for note in entry.notes]
                    self._logs += self._entry_logs
                if source_category is None:
                    source_category = category
                done += 1
                if done % CHUNK == 0:
                    # What the committed entries wrote becomes searchable chunk by chunk.
                    self.flush_chunk()
                if progress:
                    progress(done, total)
        self.flush_chunk()
        if self.published and not self.options.dry_run:
            # New articles appear in listings, feeds and the home page: every cached page goes.
            transaction.on_commit(pagecache.invalidate_all)
        return report

    def flush_chunk(self) -> None:
        """After a chunk of committed entries: their history entries and search index."""
        if not self.options.dry_run:
            PageLogEntry.objects.bulk_create(self._logs)
            indexing.flush()
        self._logs = []
        self._images = {}

    def translation_key(self, entries: list[Entry]) -> uuid.UUID:
        """The story's pages share one translation key: the one it already has, if any."""
        if not self.known_keys().intersection(e.key for e in entries):
            return uuid.uuid4()  # a new story
        existing = (
            ArchiveEntry.objects.filter(
                preset=self.preset.name, key__in=[e.key for e in entries], page__isnull=False
            )
            .values_list("page__translation_key", flat=True)
            .first()
        )
        return existing or uuid.uuid4()

    def known_keys(self) -> set[str]:
        """The keys of the entries imported before by this preset (and by this run)."""
        if self._known_keys is None:
            self._known_keys = set(
                ArchiveEntry.objects.filter(preset=self.preset.name).values_list("key", flat=True)
            )
        return self._known_keys

    # --- one entry ---------------------------------------------------------------------
    def import_entry(self, entry: Entry, translation_key, source_category):
        record = None
        if entry.key in self.known_keys():
            record = (
                ArchiveEntry.objects.select_for_update(of=("self",))
                .filter(preset=self.preset.name, key=entry.key)
                .select_related("page")
                .first()
            )
        fingerprint = entry.fingerprint()
        page = record.page if record else None
        if page is not None and page.locale.language_code != entry.language:
            raise EntryError(
                _(
                    "it was imported in %(before)s before and now says %(now)s; move or delete "
                    "the old article first"
                )
                % {"before": page.locale.language_code, "now": entry.language}
            )
        if page is not None and record.fingerprint == fingerprint:
            self.save_addresses(record, entry, page)
            return "unchanged", page.category
        index = self.index(entry.language)
        owner = self.user(entry)
        category = self.category(entry, index.locale, source_category)
        images = self.images(entry)
        lead_image = images[id(entry.lead_photo)] if entry.lead_photo else None
        body = self.body(entry, images)
        gallery = [(images[id(p)], p.caption) for p in entry.gallery]
        gallery = [(image, caption) for image, caption in gallery if image is not None]
        description = entry.lead or cleaning.plain_text(
            next((v for k, v in entry.body if k == "paragraph"), "")
        )
        fields = {
            "title": entry.title,
            "draft_title": entry.title,
            "date": entry.date,
            "place": entry.place,
            "source": entry.source,
            "lead": entry.lead,
            "search_description": description[:200],
            "lead_image": lead_image,
            "body": body,
            "category": category,
        }
        gallery_items = [
            ArticleGalleryImage(image=image, caption=caption, locale=index.locale, sort_order=n)
            for n, (image, caption) in enumerate(gallery)
        ]
        if page is None:
            outcome = "imported"
            page = ArticlePage(
                slug=self.slug(entry, index),
                locale=index.locale,
                translation_key=translation_key,
                owner=owner,
                **fields,
            )
            self.create_live(
                page,
                index,
                owner,
                _aware(entry.published_at or entry.date),
                gallery_items,
                self.tags(index.locale, entry.tags),
            )
        else:
            outcome = "updated"
            for name, value in fields.items():
                setattr(page, name, value)
            page.owner = owner
            page.gallery_images = gallery_items
            page.tags.set(self.tags(index.locale, entry.tags), clear=True)
            with _validated_without_relations(page):
                page.save()
            page.save_revision(user=owner, clean=True).publish(
                user=owner, skip_permission_checks=True
            )
        # Indexed once, whole (tags included), instead of at every save: the search index in
        # bulk after the chunk's entries are committed.
        ReferenceIndex.create_or_update_for_object(page)
        indexing.note(page)
        if record is None:
            record = ArchiveEntry(preset=self.preset.name, key=entry.key)
        if outcome == "imported":
            ArticleStats.objects.create(page=page, views=entry.views)
        else:
            self.views(page, entry, record)
        record.comments = self.comments(page, entry, record.comments or {})
        record.page = page
        record.language = entry.language
        record.old_url = entry.old_url[:500]
        record.fingerprint = fingerprint
        record.imported_views = entry.views
        record.notes = "\n".join(entry.notes)
        record.save()
        self.save_addresses(record, entry, page)
        self._staged.append(functools.partial(self.known_keys().add, entry.key))
        return outcome, category

    def create_live(self, page, index, owner, published_at, gallery_items, tags) -> None:
        """A new page, live at once with its one revision: the rows that add_child(), save()
        and publish() leave behind, written with one insert per table and no read-back (ten
        thousand entries make that count): the tree path after the parent's last child (as
        treebeard computes it), the same validation, the url_path, the gallery and the tags.
        """
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = published_at
        page.last_published_at = timezone.now()
        page.depth = index.depth + 1
        last = (
            Page.objects.filter(
                depth=page.depth, path__range=Page._get_children_path_interval(index.path)
            )
            .order_by("-path")
            .values_list("path", flat=True)
            .first()
        )
        if last:
            page.path = Page(path=last)._inc_path()
        else:
            page.path = Page._get_path(index.path, page.depth, 1)
        page._cached_parent_obj = index
        # Child rows held in memory, as the editor's form leaves them: the validation and the
        # revision read them there; the relations the page has no rows in are empty.
        page.gallery_images = gallery_items
        # What page.tags.set() leaves for tags of the page's language, without its lookups.
        page.tagged_items = [ArticleTag(tag=tag) for tag in tags]
        assigned = getattr(page, "_cluster_related_objects", {})
        for relation in get_all_child_relations(page):
            if relation.get_accessor_name() not in assigned:
                setattr(page, relation.get_accessor_name(), [])
        with _validated_without_relations(page):
            page.full_clean()  # what Page.save() runs for a live page
        page.set_url_path(index)
        # The rows themselves. Page.save() adds nothing more for a new page that is no site
        # root; ArticlePage.save() puts tags and category in the page's language, which they
        # are already in (self.tags(), self.category()).
        models.Model.save(page, force_insert=True)
        Page.objects.filter(path=index.path).update(numchild=F("numchild") + 1)
        index.numchild += 1
        ArticleGalleryImage.objects.bulk_create(gallery_items)
        ArticleTag.objects.bulk_create(list(page.tagged_items.all()))
        revision = Revision.objects.create(
            content_object=page,
            base_content_type=page.get_base_content_type(),
            user=owner,
            content=page.serializable_data(),
            object_str=str(page),
        )
        # On Page's own table (through ArticlePage, Django first reads the child row's id).
        Page.objects.filter(pk=page.pk).update(
            latest_revision=revision,
            live_revision=revision,
            latest_revision_created_at=revision.created_at,
        )
        page.latest_revision = page.live_revision = revision
        # What saving a new page and log(page, "wagtail.publish") write, kept to be written in
        # bulk.
        for action, logged_revision in (("wagtail.create", None), ("wagtail.publish", revision)):
            self._entry_logs.append(
                PageLogEntry(
                    content_type=ContentType.objects.get_for_model(page, for_concrete_model=False),
                    label=page.get_admin_display_title(),
                    action=action,
                    timestamp=timezone.now(),
                    data={},
                    user=owner,
                    uuid=self._log_uuid,
                    revision=logged_revision,
                    content_changed=True,
                    page=page,
                )
            )
        self.published = True

    def index(self, language: str):
        if language not in self._indexes:
            if not Locale.objects.filter(language_code=language).exists():
                raise EntryError(
                    _("the language %(language)s is not one of this site's languages")
                    % {"language": language}
                )
            self._indexes[language] = locale_tree(language)
        return self._indexes[language]

    def slug(self, entry: Entry, index) -> str:
        base = slugify(entry.slug or entry.title, allow_unicode=True)[:70].strip("-")
        if not base:
            base = slugify(entry.old_url.rsplit("/", 1)[-1], allow_unicode=True) or "entry"
        taken = self._taken_slugs.get(index.pk)
        if taken is None:
            taken = set(index.get_children().values_list("slug", flat=True))
            self._taken_slugs[index.pk] = taken
        slug, n = base, 1
        while slug in taken:
            n += 1
            slug = f"{base}-{n}"
        if slug != base:
            entry.notes.append(
                _(
                    "the address name “%(slug)s” is already used by another article: "
                    "imported as “%(new)s”"
                )
                % {"slug": base, "new": slug}
            )
        taken.add(slug)
        return slug

    def tags(self, locale, names: list[str]) -> list[Tag]:
        """The tags of these names in this language, created where missing (as the page's tag
        manager does), each looked up once per run."""
        known = self._tags.get(locale.pk)
        if known is None:
            known = {tag.name: tag for tag in Tag.objects.filter(locale=locale)}
            self._tags[locale.pk] = known
        names = list(dict.fromkeys(names))
        missing = [name for name in names if name not in known]
        if missing:
            manager = ArticlePage(locale=locale).tags
            made = manager._to_tag_model_instances(missing, {})
            # One tag per name, in order; by its own name should a setting make them differ
            # (case-insensitive tags find "Congress" for "congress").
            if len(made) == len(missing):
                known.update(zip(missing, made, strict=True))
            else:
                known.update((tag.name, tag) for tag in made)
        return [known[name] for name in names if name in known]

    def user(self, entry: Entry):
        """The Rostra user the old "Added by" names; else an account that only keeps the name
        (inactive, no password: it cannot sign in)."""
        name = entry.added_by.strip()
        if not name:
            return None
        if name in self._users:
            return self._users[name]
        User = get_user_model()
        wanted = self.options.authors.get(name)
        user = None
        if wanted:
            user = User.objects.filter(username=wanted).first()
            if user is None:
                raise EntryError(
                    _("“Added by” %(name)s is mapped to %(user)s, who is not a user")
                    % {"name": name, "user": wanted}
                )
        if user is None:
            user = User.objects.filter(username__iexact=name).first()
        if user is None:
            username = (
                "archive-"
                + (
                    slugify(name)
                    or hashlib.sha1(name.encode(), usedforsecurity=False).hexdigest()[:8]
                )
            )[:150]
            user, created = User.objects.get_or_create(
                username=username,
                defaults={"first_name": (entry.added_by_name or name)[:150], "is_active": False},
            )
            if created:
                user.set_unusable_password()
                user.save(update_fields=["password"])
        self._users[name] = user
        return user

    def category(self, entry: Entry, locale, source_category) -> Category | None:
        """Looked up once per language and name in a run (a mapped name whose slug does not
        exist yet depends on the story's category too)."""
        name = entry.category.strip()
        if not name:
            return None
        wanted = self.options.categories.get(name)
        source_key = source_category.translation_key if wanted and source_category else None
        key = (locale.pk, name, source_key)
        if key not in self._categories:
            self._categories[key] = self._category(name, wanted, locale, source_category)
        return self._categories[key]

    def _category(self, name: str, wanted, locale, source_category) -> Category:
        found = Category.objects.filter(locale=locale)
        if wanted:
            category = found.filter(slug=wanted).first()
            if category is None and source_category is not None:
                category = found.filter(translation_key=source_category.translation_key).first()
            if category is None:
                raise EntryError(
                    _("category %(name)s is mapped to %(slug)s, which does not exist")
                    % {"name": name, "slug": wanted}
                )
            return category
        slug = slugify(name, allow_unicode=True)[:100] or "category"
        category = found.filter(name__iexact=name).first() or found.filter(slug=slug).first()
        if category is not None:
            return category
        key = uuid.uuid4()
        if (
            source_category is not None
            and not found.filter(translation_key=source_category.translation_key).exists()
        ):
            key = source_category.translation_key  # the same topic in another language
        return Category.objects.create(
            locale=locale, name=name[:100], slug=slug, translation_key=key
        )

    def images(self, entry: Entry) -> dict[int, object]:
        """The stored image of each photo of the entry (by the Photo's id; None: none), the
        new ones written with one insert."""
        found: dict[int, object] = {}
        new: list = []
        for photo in entry.photos():
            if id(photo) not in found:
                found[id(photo)] = self.image(photo, entry, new)
        if new:
            # bulk_create() stores each file as save() does, but sends no post_save: sent here,
            # for what listens to new images (the search index, focal points where enabled).
            Image = get_image_model()
            Image.objects.bulk_create(new)
            for image in new:
                post_save.send(
                    sender=Image,
                    instance=image,
                    created=True,
                    update_fields=None,
                    raw=False,
                    using=image._state.db,
                )
        return found

    def image(self, photo: Photo, entry: Entry, new: list):
        """The stored image of a photo: one stored before (same content), else a new one,
        added to `new` to be written."""
        if photo.path is None:
            return None  # noted when the entry was read
        try:
            data = photo.path.read_bytes()
            with PILImage.open(io.BytesIO(data)) as picture:
                width, height = picture.size
                picture.verify()
        except (OSError, SyntaxError, ValueError) as error:
            entry.notes.append(
                _("photo %(photo)s could not be read: %(error)s")
                % {"photo": photo.src, "error": error}
            )
            return None
        if self.options.dry_run:
            return None
        digest = hashlib.sha1(data, usedforsecurity=False).hexdigest()
        if digest in self._images:
            return self._images[digest]
        Image = get_image_model()
        if self._stored_hashes is None:
            self._stored_hashes = set(
                Image.objects.exclude(file_hash="").values_list("file_hash", flat=True)
            )
        if digest in self._stored_hashes:
            existing = Image.objects.filter(file_hash=digest).first()
            if existing is not None:
                self._images[digest] = existing
                return existing
        # The size read above, and what _set_image_file_metadata() finds, given at once: the
        # file is not parsed again.
        image = Image(
            title=(photo.caption or photo.path.stem)[:255],
            collection=self.collection(),
            file=ImageFile(io.BytesIO(data), name=photo.path.name),
            width=width,
            height=height,
            file_size=len(data),
            file_hash=digest,
        )
        new.append(image)
        self._images[digest] = image
        self._stored_hashes.add(digest)
        return image

    def collection(self):
        if self._collection is None:
            root = Collection.get_first_root_node()
            self._collection = root.get_children().filter(
                name=COLLECTION_NAME
            ).first() or root.add_child(name=COLLECTION_NAME)
        return self._collection

    def body(self, entry: Entry, images: dict[int, object]) -> list[dict]:
        blocks = []
        for kind, value in entry.body:
            if kind == "image":
                image = images[id(value)]
                if image is not None:
                    blocks.append(
                        {
                            "type": "image",
                            "value": {"image": image.pk, "caption": value.caption[:300]},
                        }
                    )
            elif kind == "quote":
                blocks.append({"type": "quote", "value": {**value, "role": ""}})
            else:
                blocks.append({"type": kind, "value": value})
        return blocks

    def views(self, page, entry: Entry, record: ArchiveEntry) -> None:
        """The old count is the starting total; a later run adds only its difference, so views
        counted here since the import stay."""
        stats, created = ArticleStats.objects.get_or_create(
            page=page, defaults={"views": entry.views}
        )
        if not created:
            difference = entry.views - (record.imported_views if record.pk else 0)
            if difference:
                ArticleStats.objects.filter(pk=stats.pk).update(
                    views=Greatest(F("views") + difference, 0)
                )

    def comments(self, page, entry: Entry, known: dict[str, int]) -> dict[str, int]:
        if not known:
            return self.new_comments(page, entry)
        kept: dict[str, int] = {}
        existing = {c.pk: c for c in Comment.objects.filter(page=page, pk__in=known.values())}
        for comment in entry.comments:
            parent_id = kept.get(comment.parent_key) if comment.parent_key else None
            if parent_id:
                parent = existing.get(parent_id)
                if parent is not None and parent.parent_id:
                    parent_id = parent.parent_id  # one level of replies
            values = {
                "name": clean_text(comment.name)[:80] or "—",
                "body": clean_comment(comment.body),
                "status": Comment.Status.APPROVED,
                "parent_id": parent_id,
            }
            obj = existing.get(known.get(comment.key, 0))
            if obj is None:
                obj = Comment.objects.create(page=page, **values)
                existing[obj.pk] = obj
            else:
                Comment.objects.filter(pk=obj.pk).update(**values)
            written = _aware(comment.date or entry.published_at or entry.date)
            Comment.objects.filter(pk=obj.pk).update(created_at=written, moderated_at=written)
            kept[comment.key] = obj.pk
        return kept

    def new_comments(self, page, entry: Entry) -> dict[str, int]:
        """What comments() writes when none was imported before (every one is new), with one
        insert for the threads, one for the replies and one update for the dates."""
        kept: dict[str, Comment] = {}
        threads, replies = [], []
        for comment in entry.comments:
            parent = kept.get(comment.parent_key) if comment.parent_key else None
            if parent is not None and parent.parent is not None:
                parent = parent.parent  # one level of replies
            obj = Comment(
                page=page,
                name=clean_text(comment.name)[:80] or "—",
                body=clean_comment(comment.body),
                status=Comment.Status.APPROVED,
                parent=parent,
            )
            # Set after the insert (the field is auto_now_add).
            obj.written = _aware(comment.date or entry.published_at or entry.date)
            (replies if parent is not None else threads).append(obj)
            kept[comment.key] = obj
        if not threads:
            return {}
        Comment.objects.bulk_create(threads)
        if replies:
            Comment.objects.bulk_create(replies)
        by_date: dict[datetime.datetime, list[int]] = {}
        for obj in threads + replies:
            by_date.setdefault(obj.written, []).append(obj.pk)
        for written, pks in by_date.items():
            Comment.objects.filter(pk__in=pks).update(created_at=written, moderated_at=written)
        return {key: obj.pk for key, obj in kept.items()}

    def addresses(self) -> dict[str, tuple]:
        """The redirect table: {old address: (id, page id, route, entry id, the page's
        translation key)}."""
        if self._addresses is None:
            self._addresses = {
                path: rest
                for path, *rest in OldAddress.objects.values_list(
                    "path", "pk", "page_id", "route", "entry_id", "page__translation_key"
                )
            }
        return self._addresses

    def save_addresses(self, record: ArchiveEntry, entry: Entry, page) -> None:
        routes = [(entry.old_url, ""), *((a, "") for a in entry.aliases)]
        if entry.gallery_url:
            routes.append((entry.gallery_url, "photos/"))
        routes += [(a, "photos/") for a in entry.gallery_aliases]
        table = self.addresses()
        wanted: dict[str, str] = {}
        for path, route in routes:
            if not path or path == "/":
                continue
            path = path[:500]
            current = table.get(path)
            if (
                route
                and path not in wanted
                and current is not None
                and current[1] != page.pk
                and current[4] == page.translation_key
            ):
                continue  # the versions of a story share their album: it stays with the first
            wanted[path] = route
        new, written = [], {}
        for path, route in wanted.items():
            current = table.get(path)
            if current is None:
                new.append(OldAddress(path=path, page=page, route=route, entry=record))
            elif current[1:4] != (page.pk, route, record.pk):
                OldAddress.objects.filter(pk=current[0]).update(
                    page=page, route=route, entry=record
                )
                written[path] = (current[0], page.pk, route, record.pk, page.translation_key)
        if new:
            OldAddress.objects.bulk_create(new)
            for address in new:
                written[address.path] = (
                    address.pk,
                    page.pk,
                    address.route,
                    record.pk,
                    page.translation_key,
                )
        if written:
            self._staged.append(functools.partial(table.update, written))


@contextlib.contextmanager
def _validated_without_relations(page):
    """The page's save validates every field but its relations: the importer set each of them
    to a row it has just read or written, and checking that each still exists cost a query per
    relation (a dozen per page). The slug's uniqueness among its siblings is still checked."""
    exclude = [f.name for f in type(page)._meta.concrete_fields if f.is_relation]
    # The tree path is computed by treebeard under a lock on the parent's row: checking that
    # no other page has it is a query per page for nothing.
    exclude.append("path")
    page.full_clean = functools.partial(page.full_clean, exclude=exclude)
    try:
        yield
    finally:
        del page.full_clean


def _aware(value) -> datetime.datetime:
    if not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time(12, 0))
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _reason(error: Exception) -> str:
    if isinstance(error, ValidationError):
        return (
            "; ".join(f"{k}: {' '.join(v)}" for k, v in error.message_dict.items())
            if hasattr(error, "error_dict")
            else " ".join(error.messages)
        )
    return str(error)


def do_import_archive(
    source: Path,
    preset: Preset,
    options: Options,
    progress: Callable[[int, int], None] | None = None,
    freeze: bool = False,
) -> Report:
    """Read the source, then import story by story (each entry in its own transaction).

    `freeze` (a process of its own, such as the command's; never a server's thread: the
    garbage collector is the whole process's): what is loaded and read by then is kept out
    of the collector's passes. Ten thousand entries read make each full pass long, and the
    writes start many; the entries are kept until the end anyway."""
    parsed = read_source(Path(source), preset, options)
    if not freeze:
        return Importer(preset, options).run(parsed, progress)
    gc.freeze()
    try:
        return Importer(preset, options).run(parsed, progress)
    finally:
        gc.unfreeze()
