"""Wagtail model views limited to the objects a user manages (a secretary's own chapter, an
organizer's own events).

An app subclasses `ScopedPolicy` with its rule (`may_manage`, `scope`) and gives it to its
viewsets; the views below ask the viewset's policy. Wagtail checks model permissions only, so
the object views check the object too: 403 rather than 404, because a 404 under /admin/ is
redirected by the locale middleware.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, TypeAlias, TypeVar

from django.contrib.auth.models import AnonymousUser, User
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.db import models
from django.db.models import QuerySet
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.views.generic import history, usage
from wagtail.admin.views.generic.models import DeleteView, IndexView
from wagtail.permission_policies import ModelPermissionPolicy

# The admin's user (Wagtail's policies are also asked about the anonymous visitor).
AnyUser: TypeAlias = User | AnonymousUser
M = TypeVar("M", bound=models.Model)


class ScopedPolicy(ModelPermissionPolicy):
    """Django's model permissions, narrowed per object by `may_manage` and `scope`."""

    def may_manage(self, user: AnyUser, instance: models.Model) -> bool:
        raise NotImplementedError

    def scope(self, user: AnyUser, queryset: QuerySet[M]) -> QuerySet[M]:
        raise NotImplementedError

    def user_has_permission_for_instance(
        self, user: AnyUser, action: str, instance: models.Model
    ) -> bool:
        return self.user_has_permission(user, action) and self.may_manage(user, instance)

    def user_has_any_permission_for_instance(
        self, user: AnyUser, actions: Iterable[str], instance: models.Model
    ) -> bool:
        return self.user_has_any_permission(user, actions) and self.may_manage(user, instance)

    def instances_user_has_any_permission_for(
        self, user: AnyUser, actions: Iterable[str]
    ) -> QuerySet[models.Model]:
        model: type[models.Model] = self.model
        if not self.user_has_any_permission(user, actions):
            return model._default_manager.none()
        return self.scope(user, model._default_manager.all())


def checked(view: Any, instance: models.Model) -> models.Model:
    """`instance`, if the view's user manages it; PermissionDenied otherwise.

    `view`: any of Wagtail's model views (untyped) whose viewset has a ScopedPolicy."""
    if not view.permission_policy.may_manage(view.request.user, instance):
        raise PermissionDenied
    return instance


class ScopedIndexView(IndexView):
    def get_base_queryset(self) -> QuerySet[models.Model]:
        policy: ScopedPolicy = self.permission_policy
        return policy.scope(self.request.user, super().get_base_queryset())

    def _get_custom_column(
        self, field_name: str, column_class: type[Column] = Column, **kwargs: Any
    ) -> Column:
        # A yes/no field reads as a tick or a cross, not "True" and "False" (#11, point 16).
        if column_class is Column and _is_boolean(self.model, field_name):
            column_class = BooleanColumn
        return super()._get_custom_column(field_name, column_class, **kwargs)


def _is_boolean(model: type[models.Model], field_name: str) -> bool:
    try:
        return isinstance(model._meta.get_field(field_name), models.BooleanField)
    except FieldDoesNotExist:
        return getattr(getattr(model, field_name, None), "boolean", False) is True


class ScopedDeleteView(DeleteView):
    def get_object(self, queryset: QuerySet[models.Model] | None = None) -> models.Model:
        return checked(self, super().get_object(queryset))


class ScopedHistoryView(history.HistoryView):
    def get_object(self) -> models.Model:
        return checked(self, super().get_object())


class ScopedUsageView(usage.UsageView):
    def get_object(self) -> models.Model:
        return checked(self, super().get_object())
