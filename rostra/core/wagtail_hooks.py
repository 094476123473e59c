"""Admin-wide hooks: the page editor's sending of a form (publish, workflow actions), and dates
written by the admin's scripts in the admin's language."""

from __future__ import annotations

from typing import Any

from django.http import HttpRequest, JsonResponse
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.models import Page

# Buttons of the editor's footer that do more than save a draft: never from an autosave.
_ACTIONS = (
    "action-publish",
    "action-submit",
    "action-workflow-action",
    "action-restart-workflow",
    "action-cancel-workflow",
    "action-unpublish",
)


@hooks.register("insert_global_admin_js")
def dates_in_admin_language() -> SafeString:
    # Before any form media (the page comments' script), on every admin page.
    return format_html('<script src="{}"></script>', static("core/admin/dates.js"))


@hooks.register("insert_editor_js")
def editor_js() -> SafeString:
    return format_html('<script src="{}"></script>', static("core/admin/editor.js"))


@hooks.register("before_edit_page")
def refuse_actions_from_autosave(request: HttpRequest, page: Page) -> JsonResponse | None:
    """An autosave (a `fetch` that asks for JSON) saves a draft and nothing else: one that
    carries a publication or a workflow action is a copy of a form already being sent, and
    would save the page as a draft over what that form does."""
    if (
        request.method == "POST"
        and not request.accepts("text/html")
        and any(request.POST.get(name) for name in _ACTIONS)
    ):
        return JsonResponse(
            {
                "success": False,
                "error_code": "blocked_by_hook",
                "error_message": _("The page is being published or reviewed; not autosaved."),
            },
            status=409,
        )
    return None


def _names_optional() -> None:
    """The admin's account form asks for a first and a last name; an account without them
    (a fresh superuser) could not save its language or any other preference: the error sat
    on the "Account" tab, out of sight. A person may have one name, or none on file."""
    from wagtail.admin.forms.account import NameEmailForm
    from wagtail.admin.views.account import NameEmailSettingsPanel

    class OptionalNamesForm(NameEmailForm):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self.fields["first_name"].required = False
            self.fields["last_name"].required = False

    NameEmailSettingsPanel.form_class = OptionalNamesForm


_names_optional()
