"""Changes of state of the newsroom that Wagtail's own views do not cover: a synced
translation (wagtail-localize) going through the editorial review like any page.

wagtail-localize 1.14's translation editor saves each translated string as it is typed and
offers one way to apply them to the page: "Publish", for those who may publish. An editor could
translate but not hand the translation in, and a chief editor's "Publish" skipped the review.
Here the strings are applied to a draft revision of the translation and the page's workflow
("Editorial review") starts, resumes after requested changes, or takes the reviewer's decision.
"""

from __future__ import annotations

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.models import Page, WorkflowState
from wagtail_localize.models import Translation


class TranslationNotSubmitted(Exception):
    """The translation cannot be handed in now (no workflow, locked, strings invalid)."""


@dataclass(frozen=True)
class ReviewState:
    """What the translation editor shows about the review of one translation to one person."""

    status: str  # "" (not in review), "in_progress" or "needs_changes"
    task_name: str
    requested_by: str
    comment: str
    can_submit: bool
    # (action name, label) of the reviewer's decisions this person may take, e.g. approve.
    decisions: tuple[tuple[str, str], ...]


def synced_translation(page: Page) -> Translation | None:
    """The enabled wagtail-localize translation whose target is this page, if any (the same
    test wagtail-localize makes before showing its translation editor)."""
    return (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source")
        .first()
    )


def review_state(page: Page, user) -> ReviewState:
    page = page.specific
    perms = page.permissions_for_user(user)
    state = page.current_workflow_state
    status, task_name, requested_by, comment = "", "", "", ""
    decisions: tuple[tuple[str, str], ...] = ()
    if state is not None:
        status = (
            "needs_changes"
            if state.status == WorkflowState.STATUS_NEEDS_CHANGES
            else ("in_progress")
        )
        requested_by = _name(state.requested_by)
        task_state = state.current_task_state
        if task_state is not None:
            task = task_state.task.specific
            task_name = task.name
            comment = task_state.get_comment() if status == "needs_changes" else ""
            if status == "in_progress":
                # Each action once (a task may list one twice), in the task's order.
                names: dict[str, str] = {}
                for name, label, _modal in task.get_actions(page, user):
                    names.setdefault(name, str(label))
                decisions = tuple(names.items())
    can_submit = (status != "in_progress" or not decisions) and perms.can_submit_for_moderation()
    return ReviewState(status, task_name, requested_by, comment, can_submit, decisions)


@transaction.atomic
def do_submit_translation(page: Page, user) -> str:
    """Apply the translated strings to a draft of the translation and hand it in for review.

    Returns "submitted", "resubmitted" (after requested changes) or "updated" (already
    awaiting review: the reviewer sees the new draft)."""
    page = _locked(page)
    if not page.permissions_for_user(user).can_submit_for_moderation():
        raise PermissionDenied
    translation = synced_translation(page)
    if translation is None:
        raise TranslationNotSubmitted(_("this page is not a synced translation."))
    page = _save_draft(page, translation, user)
    state = page.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return "resubmitted"
    if state is not None:
        return "updated"
    workflow = page.get_workflow()
    if workflow is None:
        raise TranslationNotSubmitted(_("no review workflow applies to this page."))
    workflow.start(page, user)
    return "submitted"


@transaction.atomic
def do_review_translation(page: Page, user, action: str, comment: str = "") -> None:
    """The reviewer's decision on a translation awaiting review ("approve" publishes it,
    "reject" requests changes), on the draft made of the strings as they are now: a reviewer
    who corrected a word in the translation editor approves the corrected text."""
    page = _locked(page)
    task = _awaiting(page)
    if action not in {name for name, *_rest in task.get_actions(page, user)}:
        raise PermissionDenied
    translation = synced_translation(page)
    if translation is not None and action == "approve":
        page = _save_draft(page, translation, user)
        task = _awaiting(page)
    kwargs = {"comment": comment} if comment else {}
    # Read again after the draft: approving publishes the workflow's latest revision.
    task.on_action(page.current_workflow_state.current_task_state.specific, user, action, **kwargs)


def _awaiting(page: Page):
    """The task of the page's review now in progress (its approval, in Rostra)."""
    state = page.current_workflow_state
    if (
        state is None
        or state.status != WorkflowState.STATUS_IN_PROGRESS
        or state.current_task_state is None
    ):
        raise TranslationNotSubmitted(_("it is not awaiting review."))
    return state.current_task_state.task.specific


def _locked(page: Page) -> Page:
    """The page, its row locked for this transaction: two clicks (or a click and the
    editor's autosave) act one after the other on the same state."""
    return Page.objects.select_for_update().get(pk=page.pk).specific


def _save_draft(page: Page, translation: Translation, user) -> Page:
    """A new revision of the translation from its strings, leaving what readers see alone.

    wagtail-localize's draft save also writes the draft into the page's own row; for a page
    that is live, that row is what readers get, so it is put back to the live revision."""
    was_live = page.live
    try:
        translation.save_target(user=user, publish=False)
    except ValidationError as error:
        raise TranslationNotSubmitted(" ".join(error.messages)) from error
    page = Page.objects.get(pk=page.pk).specific
    if was_live and page.live_revision_id:
        live = page.live_revision.as_object()
        live.save(clean=False)
        page = Page.objects.get(pk=page.pk).specific
    return page


def _name(user) -> str:
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()
