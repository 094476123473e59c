"""The blocks an article body is made of."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

VIDEO_FILE_EXTENSIONS = (".mp4", ".webm", ".ogv", ".ogg", ".mov")


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
