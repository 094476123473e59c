"""The article's form in the admin."""

from __future__ import annotations

from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.coreutils import find_available_slug
from wagtail.models import Locale, Page
from wagtail.snippets.widgets import AdminSnippetChooser

# Fields of the page's other tabs (Promote, Settings): an error there is out of sight of an
# editor writing on the Content tab.
OTHER_TABS = {"slug", "seo_title", "search_description", "go_live_at", "expire_at"}


class LanguageSnippetChooser(AdminSnippetChooser):
    """A snippet chooser that opens on one language's items (its "All" choice shows the
    others): Wagtail's opened on every language's, mixed."""

    def __init__(self, model, language: str, **kwargs):
        super().__init__(model, **kwargs)
        self.language = language

    def get_chooser_modal_url(self):
        url = super().get_chooser_modal_url()
        return f"{url}{'&' if '?' in url else '?'}{urlencode({'locale': self.language})}"


class ArticlePageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("category")
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if field is not None and locale_id:
            # The categories of the article's language (and the one it has, whatever it is).
            field.queryset = field.queryset.filter(
                Q(locale_id=locale_id) | Q(pk=self.instance.category_id)
            )
            if isinstance(field.widget, AdminSnippetChooser):
                code = Locale.objects.get(pk=locale_id).language_code
                field.widget = LanguageSnippetChooser(field.widget.model, language=code)
        slug = self.fields.get("slug")
        if slug is not None and self._never_published():
            # Wagtail's script copies the title into the slug a tenth of a second after the
            # title field is left; a click on Save within that time sent an empty slug and
            # got "This field is required". Until the page is first published, an empty slug
            # is made from the title when it is saved (LanguageSlugMixin).
            slug.required = False
            slug.widget.attrs.pop("required", None)

    def clean_slug(self):
        """A new article whose title is that of another one in the same section gets the
        next free address (title-1) instead of an error; an existing page keeps the check.
        An empty slug (allowed until the page is first published) is left to the page's own
        rule, which makes it from the title in the page's language (LanguageSlugMixin)."""
        slug = self.cleaned_data.get("slug")
        parent = self.parent_page
        if (
            slug
            and self.instance.pk is None
            and parent is not None
            and not Page._slug_is_available(slug, parent, self.instance)
        ):
            slug = find_available_slug(parent, slug)
        return slug

    def _never_published(self) -> bool:
        # A new Page() says live=True until it is saved; only its missing pk tells it is new.
        page = self.instance
        return page.pk is None or (not page.live and page.first_published_at is None)

    def clean(self):
        cleaned_data = super().clean()
        if any(name in OTHER_TABS for name in self.errors) and not self.non_field_errors():
            # With a form-wide error, Wagtail's message at the top lists every field's error.
            self.add_error(
                None,
                _("A field on the Promote or Settings tab needs a change (listed here)."),
            )
        return cleaned_data
