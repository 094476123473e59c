"""The blocks an article body is made of."""

from __future__ import annotations

import copy

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents import blocks as documents_blocks
from wagtail.images import blocks as images_blocks

from rostra.core.queries import PreparedQuery

VIDEO_FILE_EXTENSIONS = (".mp4", ".webm", ".ogv", ".ogg", ".mov")

_by_ids: dict[type, PreparedQuery] = {}


class _PreparedChooserMixin:
    """Wagtail's chooser block, loading a body's chosen objects with a statement built once
    per process (rostra.core.queries), and with no statement at all when none is chosen (a
    video without a poster or a file): every article view reads its body.

    Stored and migrated as Wagtail's own block (`deconstruct`): only the loading differs."""

    wagtail_path: str

    def bulk_to_python(self, values):
        ids = [value for value in values if value is not None]
        if not ids:
            return [None] * len(values)
        model = self.model_class
        query = _by_ids.get(model)
        if query is None:
            query = _by_ids[model] = PreparedQuery(
                lambda pks: model._default_manager.filter(pk__in=pks)
            )
        # As the ORM would send them ("5" as 5): the prepared statement takes values as is.
        to_python = model._meta.pk.to_python
        objects = {obj.pk: obj for obj in query([to_python(pk) for pk in ids])}
        result, seen = [], set()
        for pk in values:
            obj = objects.get(pk)
            if obj is not None and pk in seen:
                obj = copy.copy(obj)  # as Wagtail: a photo chosen twice is two objects
            seen.add(pk)
            result.append(obj)
        return result

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return self.wagtail_path, args, kwargs


class ImageChooserBlock(_PreparedChooserMixin, images_blocks.ImageChooserBlock):
    wagtail_path = "wagtail.images.blocks.ImageChooserBlock"


class DocumentChooserBlock(_PreparedChooserMixin, documents_blocks.DocumentChooserBlock):
    wagtail_path = "wagtail.documents.blocks.DocumentChooserBlock"


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quotation"))
    speaker = blocks.CharBlock(label=_("Speaker"), required=False, max_length=200)
    role = blocks.CharBlock(
        label=_("Speaker's role"),
        required=False,
        max_length=200,
        help_text=_("e.g. Chairman of the Coordinating Committee"),
    )

    class Meta:
        icon = "openquote"
        template = "news/blocks/quote.html"
        label = _("Quotation")


class ImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=300)

    class Meta:
        icon = "image"
        template = "news/blocks/image.html"
        label = _("Image")


class VideoBlock(blocks.StructBlock):
    """A video: an uploaded file, or a link. Links are never fetched (no oEmbed)."""

    file = DocumentChooserBlock(label=_("Video file"), required=False)
    url = blocks.URLBlock(label=_("Video link"), required=False)
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=200)
    poster = ImageChooserBlock(label=_("Poster image"), required=False)

    class Meta:
        icon = "media"
        template = "news/blocks/video.html"
        label = _("Video")

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("file")) == bool(value.get("url")):
            message = _("Give either an uploaded video file or a link, not both or neither.")
            raise blocks.StructBlockValidationError(
                block_errors={"file": ErrorList([ValidationError(message)])}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        url = value["file"].url if value.get("file") else value.get("url", "")
        context["src"] = url
        context["playable"] = url.lower().split("?")[0].endswith(VIDEO_FILE_EXTENSIONS)
        return context


class ArticleBodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=["bold", "italic", "link", "ol", "ul", "document-link"],
        template="news/blocks/paragraph.html",
    )
    heading = blocks.CharBlock(
        label=_("Heading"), max_length=200, icon="title", template="news/blocks/heading.html"
    )
    quote = QuoteBlock()
    image = ImageBlock()
    video = VideoBlock()
