"""Wagtail model views limited to the objects a user manages (a secretary's own chapter, an
organizer's own events).

An app subclasses `ScopedPolicy` with its rule (`may_manage`, `scope`) and gives it to its
viewsets; the views below ask the viewset's policy. Wagtail checks model permissions only, so
the object views check the object too: 403 rather than 404, because a 404 under /admin/ is
redirected by the locale middleware.
"""

from __future__ import annotations

from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.db.models import QuerySet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.generic.models import DeleteView, IndexView
from wagtail.permission_policies import ModelPermissionPolicy


class ScopedPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed per object by `may_manage` and `scope`."""

    def may_manage(self, user, instance) -> bool:
        raise NotImplementedError

    def scope(self, user, queryset: QuerySet) -> QuerySet:
        raise NotImplementedError

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action) and self.may_manage(user, instance)

    def user_has_any_permission_for_instance(self, user, actions, instance):
        return self.user_has_any_permission(user, actions) and self.may_manage(user, instance)

    def instances_user_has_any_permission_for(self, user, actions):
        if not self.user_has_any_permission(user, actions):
            return self.model._default_manager.none()
        return self.scope(user, self.model._default_manager.all())


def checked(view, instance):
    """`instance`, if the view's user manages it; PermissionDenied otherwise."""
    if not view.permission_policy.may_manage(view.request.user, instance):
        raise PermissionDenied
    return instance


class ScopedIndexView(IndexView):
    def get_base_queryset(self):
        return self.permission_policy.scope(self.request.user, super().get_base_queryset())

    def _get_custom_column(self, field_name, column_class=Column, **kwargs):
        # A yes/no field reads as a tick or a cross, not "True" and "False" (#11, point 16).
        if column_class is Column and _is_boolean(self.model, field_name):
            column_class = BooleanColumn
        return super()._get_custom_column(field_name, column_class, **kwargs)


def _is_boolean(model, field_name: str) -> bool:
    try:
        return isinstance(model._meta.get_field(field_name), models.BooleanField)
    except FieldDoesNotExist:
        return getattr(getattr(model, field_name, None), "boolean", False) is True


class ScopedDeleteView(DeleteView):
    def get_object(self, queryset=None):
        return checked(self, super().get_object(queryset))


class ScopedHistoryView(history.HistoryView):
    def get_object(self):
        return checked(self, super().get_object())


class ScopedUsageView(usage.UsageView):
    def get_object(self):
        return checked(self, super().get_object())
