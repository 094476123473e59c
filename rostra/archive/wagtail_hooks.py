from __future__ import annotations

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from rostra.archive import admin_views, permissions


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [
        path("archive/import/", admin_views.start, name="archive_import"),
        path("archive/import/<int:run_id>/", admin_views.run_detail, name="archive_import_run"),
    ]


class ImportMenuItem(MenuItem):
    def is_shown(self, request) -> bool:
        return permissions.can_import(request.user)


@hooks.register("register_settings_menu_item")
def register_import_menu():
    return ImportMenuItem(
        _("Import an archive"), reverse("archive_import"), icon_name="download", order=900
    )
