"""The newsroom in the Wagtail admin: a synced translation handed in for review and decided
from wagtail-localize's translation editor (rostra.news.actions says why), which writes when
each text was translated in the admin's language."""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.admin import messages

from rostra.news import actions

SUBMIT = "rostra-submit-translation"
DECIDE = "rostra-review-translation"


@hooks.register("before_edit_page")
def translation_review(request, page):
    """Runs before wagtail-localize's own hook (rostra.news comes first in INSTALLED_APPS),
    which would show the translation editor again without looking at these buttons."""
    if request.method != "POST" or not (SUBMIT in request.POST or DECIDE in request.POST):
        return None
    if actions.synced_translation(page) is None:
        return None
    title = page.get_admin_display_title()
    language = page.locale.get_display_name()
    try:
        if SUBMIT in request.POST:
            outcome = actions.do_submit_translation(page, request.user)
            text = {
                "submitted": _("'%(title)s' (%(language)s) has been submitted for review."),
                "resubmitted": _("'%(title)s' (%(language)s) has been submitted again."),
                "updated": _("'%(title)s' (%(language)s): the draft under review is updated."),
            }[outcome]
        else:
            action = request.POST.get(DECIDE, "")
            comment = request.POST.get("comment", "").strip()[:2000]
            actions.do_review_translation(page, request.user, action, comment)
            text = {
                "approve": _("'%(title)s' (%(language)s) is approved and published."),
                "reject": _("Changes to '%(title)s' (%(language)s) have been requested."),
            }.get(action, _("'%(title)s' (%(language)s) has been reviewed."))
    except PermissionDenied:
        messages.error(request, _("You cannot do this with this translation now."))
    except actions.TranslationNotSubmitted as error:
        messages.error(
            request,
            _("'%(title)s' (%(language)s) could not be handed on: %(reason)s")
            % {"title": title, "language": language, "reason": error},
        )
    else:
        messages.success(request, text % {"title": title, "language": language})
    return redirect(request.path)


def _translation_dates_in_admin_language() -> None:
    """wagtail-localize's editor says under each translated text when it was translated, with
    `strftime("%-d %B %Y")`: in English whatever the admin's language ("Переведено вручную
    29 November 2026"), on the day in UTC. Here the same sentences (its own messages) carry the
    date as the admin's language writes it, in the editor's time zone."""
    from django.utils import formats, timezone
    from wagtail_localize.models import StringTranslation

    def get_comment(self: StringTranslation) -> str | None:
        date = formats.date_format(timezone.localtime(self.updated_at), "DATE_FORMAT")
        if self.tool_name:
            return _("Translated with {tool_name} on {date}").format(
                tool_name=self.tool_name, date=date
            )
        if self.translation_type == StringTranslation.TRANSLATION_TYPE_MANUAL:
            return _("Translated manually on {date}").format(date=date)
        if self.translation_type == StringTranslation.TRANSLATION_TYPE_MACHINE:
            return _("Machine translated on {date}").format(date=date)
        return None

    StringTranslation.get_comment = get_comment


_translation_dates_in_admin_language()
