"""The editorial set-up every Rostra site has: groups, their permissions, the review workflow.

Editors write and submit; chief editors approve and publish; administrators manage everything
(users, settings, locales). Run after every migrate, so a new install and an upgraded one both
have it; running it again changes nothing that is already right.
"""

from __future__ import annotations

from django.apps import apps as global_apps
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from rostra.core.groups import ensure_groups

EDITORS = "Editors"
CHIEF_EDITORS = "Chief editors"
ADMINISTRATORS = "Administrators"
WORKFLOW_NAME = "Editorial review"

_PAGE_PERMS = {
    EDITORS: ["add_page", "change_page"],
    CHIEF_EDITORS: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
    ADMINISTRATORS: [
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
        "delete_page",
        "bulk_delete_page",
    ],
}
_MEDIA = [
    "add_image",
    "change_image",
    "choose_image",
    "add_document",
    "change_document",
    "choose_document",
]
_MODEL_PERMS = {
    EDITORS: ["wagtailadmin.access_admin", "news.view_category"],
    CHIEF_EDITORS: [
        "wagtailadmin.access_admin",
        "news.add_category",
        "news.change_category",
        "news.view_category",
        "wagtail_localize.submit_translation",
    ],
    ADMINISTRATORS: [
        "wagtailadmin.access_admin",
        "news.add_category",
        "news.change_category",
        "news.delete_category",
        "news.view_category",
        "wagtail_localize.submit_translation",
        "wagtailcore.add_locale",
        "wagtailcore.change_locale",
        "auth.add_user",
        "auth.change_user",
        "auth.view_user",
        "wagtailcore.add_workflow",
        "wagtailcore.change_workflow",
        "wagtailcore.add_task",
        "wagtailcore.change_task",
    ],
}


@transaction.atomic
def ensure_editorial_setup() -> None:
    root = Page.get_first_root_node()
    if root is None:
        return
    collection = Collection.get_first_root_node()
    # Wagtail's first migrations made "Moderators": that is our chief editors.
    if not Group.objects.filter(name=CHIEF_EDITORS).exists():
        Group.objects.filter(name="Moderators").update(name=CHIEF_EDITORS)
    groups = {}
    for name, page_perms in _PAGE_PERMS.items():
        group, _ = Group.objects.get_or_create(name=name)
        groups[name] = group
        for codename in page_perms:
            perm = Permission.objects.filter(
                content_type__app_label="wagtailcore", codename=codename
            ).first()
            if perm:
                GroupPagePermission.objects.get_or_create(group=group, page=root, permission=perm)
        if collection is not None:
            for codename in _MEDIA:
                perm = Permission.objects.filter(codename=codename).first()
                if perm:
                    GroupCollectionPermission.objects.get_or_create(
                        group=group, collection=collection, permission=perm
                    )

    ensure_groups(_MODEL_PERMS)

    task = GroupApprovalTask.objects.filter(name="Chief editor approval").first()
    if task is None:
        task = GroupApprovalTask.objects.create(name="Chief editor approval")
    task.groups.add(groups[CHIEF_EDITORS])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW_NAME)
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    WorkflowPage.objects.update_or_create(page=root, defaults={"workflow": workflow})


def on_post_migrate(sender, app_config=None, using="default", **kwargs) -> None:
    if app_config is None or app_config.label != "news":
        return
    for config in global_apps.get_app_configs():
        create_permissions(config, verbosity=0, using=using)
    ensure_editorial_setup()
