"""The registry in the Wagtail admin: one viewset per model, grouped under "Organization".

Every viewset uses `ScopedPolicy`, so the listing, the edit and delete views and the history
show a chapter secretary only what permissions.py lets them manage, and every save goes
through actions.do_save.
"""

from __future__ import annotations

import django_filters
from django.db.models import Case, IntegerField, Value, When
from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column, TitleColumn
from wagtail.admin.views.generic.models import CreateView, EditView
from wagtail.admin.viewsets.base import ViewSet, ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.log_actions import log

from rostra.core.admin_languages import language_panels
from rostra.core.admin_scope import (
    ScopedDeleteView,
    ScopedHistoryView,
    ScopedIndexView,
    ScopedPolicy,
    ScopedUsageView,
    checked,
)
from rostra.org import actions, admin_views, permissions
from rostra.org.i18n import field_names
from rostra.org.models import (
    CommemorativeDate,
    Consent,
    Honour,
    Membership,
    PartnerOrganization,
    Person,
    Position,
    Unit,
    unit_tree,
)
from rostra.org.status import MembershipStatus

# --- Permission policy and scoped views ----------------------------------------------------


class RegistryPolicy(ScopedPolicy):
    """Django's model permissions, narrowed per object by permissions.py."""

    def may_manage(self, user, instance) -> bool:
        return permissions.can_manage(user, instance)

    def scope(self, user, queryset):
        return permissions.scope(user, queryset)


class ScopedCreateView(CreateView):
    def save_instance(self):
        instance = actions.do_save(self.form.save(commit=False), acting_user=self.request.user)
        log(instance=instance, action="wagtail.create", content_changed=True)
        return instance


class ScopedEditView(EditView):
    def get_object(self, queryset=None):
        return checked(self, super().get_object(queryset))

    def save_instance(self):
        instance = actions.do_save(self.form.save(commit=False), acting_user=self.request.user)
        self.has_content_changes = self.form.has_changed()
        log(instance=instance, action="wagtail.edit", content_changed=self.has_content_changes)
        return instance


class ScopedForm(WagtailAdminModelForm):
    """Offers a secretary only their own units and people in the choosers."""

    def __init__(self, *args, for_user=None, **kwargs):
        super().__init__(*args, for_user=for_user, **kwargs)
        if for_user is None or permissions.is_org_admin(for_user):
            return
        for name in ("home_unit", "unit"):
            if name in self.fields:
                self.fields[name].queryset = permissions.units_managed_by(for_user)
                self.fields[name].required = True
        if "person" in self.fields:
            self.fields["person"].queryset = permissions.people_managed_by(for_user)


class RegistryViewSet(ModelViewSet):
    index_view_class = ScopedIndexView
    add_view_class = ScopedCreateView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None  # the ORM: these models are not in the site search index

    @property
    def permission_policy(self):
        return RegistryPolicy(self.model)


def _names(base: str) -> list:
    """One panel per configured language, two to a row."""
    return language_panels(base)


def _all(*bases: str) -> list[str]:
    """The per-language columns of `bases`, for search and export lists."""
    return [name for base in bases for name in field_names(base)]


# --- Viewsets ------------------------------------------------------------------------------


class UnitIndexView(ScopedIndexView):
    """Units in their tree, each under the unit it is part of and indented (#11, point 16);
    a click on a column's heading still sorts the list by that column."""

    def order_queryset(self, queryset):
        if self.request.GET.get("ordering"):
            return super().order_queryset(queryset)
        tree = unit_tree()
        if not tree:
            return queryset
        end = Value(len(tree))
        return queryset.annotate(
            tree_position=Case(
                *(When(pk=pk, then=Value(n)) for n, (pk, _depth) in enumerate(tree)),
                default=end,
                output_field=IntegerField(),
            ),
            tree_depth=Case(
                *(When(pk=pk, then=Value(depth)) for pk, depth in tree),
                default=Value(0),
                output_field=IntegerField(),
            ),
        ).order_by("tree_position", "pk")

    def _get_title_column(self, field_name, column_class=TitleColumn, **kwargs):
        kwargs.setdefault("accessor", _tree_label)
        return super()._get_title_column(field_name, column_class, **kwargs)


def _tree_label(unit: Unit) -> str:
    depth = getattr(unit, "tree_depth", 0) or 0
    # Em spaces: kept by HTML (only ASCII white space collapses).
    return "\u2003" * depth + ("↳ " if depth else "") + str(unit)


class UnitViewSet(RegistryViewSet):
    model = Unit
    index_view_class = UnitIndexView
    icon = "group"
    menu_label = _("Units")
    list_display = ["__str__", "kind", "parent", Column("country", label=_("country")), "is_public"]
    list_filter = ["kind", "is_public", "parent"]
    search_fields = [*_all("name", "country"), "slug"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("parent"), FieldPanel("slug")]),
            MultiFieldPanel(_names("name"), heading=_("Name")),
            MultiFieldPanel(_names("country"), heading=_("Country or region")),
            FieldRowPanel([FieldPanel("is_public"), FieldPanel("sort_order")]),
            MultiFieldPanel(_names("description"), heading=_("Description"), classname="collapsed"),
        ],
        base_form_class=ScopedForm,
    )


class PersonViewSet(RegistryViewSet):
    model = Person
    icon = "user"
    menu_label = _("People")
    list_display = ["ref", "__str__", "home_unit", "language", "public_profile"]
    list_filter = ["home_unit", "language", "public_profile"]
    search_fields = ["ref", "original_name", *_all("name"), "email"]
    list_export = ["ref", "original_name", *_all("name"), "email"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("ref"), FieldPanel("home_unit"), FieldPanel("language")]),
            MultiFieldPanel([FieldPanel("original_name"), *_names("name")], heading=_("Names")),
            MultiFieldPanel(
                [FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]), FieldPanel("address")],
                heading=_("Contact (private)"),
            ),
            MultiFieldPanel(
                [FieldPanel("public_profile"), FieldPanel("photo"), *_names("bio")],
                heading=_("Public profile (shown only with recorded consent)"),
            ),
            FieldPanel("user"),
        ],
        base_form_class=ScopedForm,
    )


class ConsentViewSet(RegistryViewSet):
    model = Consent
    icon = "tick"
    menu_label = _("Consents")
    list_display = ["person", "kind", "given_at", "withdrawn_at", "recorded_by"]
    list_filter = ["kind"]
    search_fields = ["person__original_name", "person__name_en", "person__ref"]
    form_fields = ["person", "kind", "given_at", "withdrawn_at", "note"]
    edit_handler = ObjectList(
        [FieldPanel(name) for name in form_fields], base_form_class=ScopedForm
    )


class MembershipFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=MembershipStatus.choices, method="filter_status"
    )

    class Meta:
        model = Membership
        fields = ["unit", "type", "manual_status"]

    def filter_status(self, queryset, name, value):
        return queryset.with_status().filter(computed_status=value)


class MembershipViewSet(RegistryViewSet):
    model = Membership
    icon = "clipboard-list"
    menu_label = _("Memberships")
    list_display = [
        "person",
        "unit",
        "type",
        "start_date",
        "end_date",
        Column("status_label", label=_("Status"), accessor="status_label"),
    ]
    filterset_class = MembershipFilterSet
    search_fields = ["person__original_name", "person__name_en", "person__ref", "unit__name_en"]
    list_export = ["person", "unit", "type", "start_date", "end_date", "manual_status"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("person"), FieldPanel("unit"), FieldPanel("type")]),
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            FieldRowPanel([FieldPanel("manual_status"), FieldPanel("manual_status_date")]),
            FieldPanel("note"),
        ],
        base_form_class=ScopedForm,
    )


class PositionViewSet(RegistryViewSet):
    model = Position
    icon = "pick"
    menu_label = _("Positions")
    list_display = ["__str__", "person", "unit", "partner", "role", "start_date", "end_date"]
    list_filter = ["role", "unit", "partner", "is_public"]
    search_fields = [*_all("title"), "person__original_name", "person__name_en"]
    list_export = [*_all("title"), "person", "unit", "partner", "role", "start_date", "end_date"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("person"), FieldPanel("role")]),
            FieldRowPanel([FieldPanel("unit"), FieldPanel("partner")]),
            MultiFieldPanel(_names("title"), heading=_("Title")),
            FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
            FieldRowPanel([FieldPanel("is_public"), FieldPanel("sort_order")]),
        ],
        base_form_class=ScopedForm,
    )


class PartnerViewSet(RegistryViewSet):
    model = PartnerOrganization
    icon = "site"
    menu_label = _("Partner organizations")
    list_display = [
        "__str__",
        "kind",
        Column("country", label=_("country")),
        Column("city", label=_("city")),
        "is_public",
    ]
    list_filter = ["kind", "is_public"]
    search_fields = [*_all("name", "city", "country"), "slug"]
    list_export = ["slug", "kind", *_all("name", "country", "city")]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("slug")]),
            MultiFieldPanel(_names("name"), heading=_("Name")),
            MultiFieldPanel(_names("country"), heading=_("Country")),
            MultiFieldPanel(_names("city"), heading=_("City")),
            FieldPanel("website"),
            FieldRowPanel([FieldPanel("contact_email"), FieldPanel("contact_phone")]),
            FieldPanel("is_public"),
            MultiFieldPanel(_names("description"), heading=_("Description"), classname="collapsed"),
        ],
        base_form_class=ScopedForm,
    )


class HonourViewSet(RegistryViewSet):
    model = Honour
    icon = "pick"
    menu_label = _("Honours")
    list_display = [
        "__str__",
        "kind",
        "date",
        "recipient_person",
        "recipient_partner",
        "recipient_unit",
    ]
    list_filter = ["kind", "given_by_unit", "given_by_partner"]
    search_fields = [*_all("title", "occasion"), "recipient_person__name_en"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
            MultiFieldPanel(_names("title"), heading=_("Title")),
            MultiFieldPanel(_names("occasion"), heading=_("Occasion")),
            MultiFieldPanel(
                [
                    FieldPanel("recipient_person"),
                    FieldPanel("recipient_partner"),
                    FieldPanel("recipient_unit"),
                ],
                heading=_("Given to (one of)"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("given_by_unit"),
                    FieldPanel("given_by_partner"),
                    FieldPanel("given_by_person"),
                ],
                heading=_("Given by"),
            ),
        ],
        base_form_class=ScopedForm,
    )


class CommemorativeDateViewSet(RegistryViewSet):
    model = CommemorativeDate
    icon = "date"
    menu_label = _("Commemorative dates")
    list_display = ["__str__", "day", "month", "year", "category", "is_public"]
    list_filter = ["category", "month", "is_public"]
    search_fields = _all("title", "note")
    list_export = ["day", "month", "year", "category", *_all("title")]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("day"), FieldPanel("month"), FieldPanel("year")]),
            FieldRowPanel(
                [FieldPanel("category"), FieldPanel("lead_days"), FieldPanel("is_public")]
            ),
            MultiFieldPanel(_names("title"), heading=_("Title")),
            MultiFieldPanel(_names("note"), heading=_("Note")),
        ],
        base_form_class=ScopedForm,
    )


# --- CSV import and export -----------------------------------------------------------------


class CsvMenuItem(MenuItem):
    def is_shown(self, request):
        return permissions.managed_unit_ids(request.user) != set()


class CsvViewSet(ViewSet):
    name = "org_csv"
    icon = "download"
    menu_label = _("CSV import and export")
    menu_item_class = CsvMenuItem

    def get_urlpatterns(self):
        return [
            path("", admin_views.csv_index, name="index"),
            path("export/<str:kind>/", admin_views.csv_export, name="export"),
            path("imports/<int:pk>/", admin_views.csv_job, name="job"),
            path("imports/<int:pk>/status/", admin_views.csv_job_status, name="job_status"),
        ]


class OrganizationGroup(ViewSetGroup):
    menu_label = _("Organization")
    menu_icon = "group"
    menu_order = 250
    items = (
        UnitViewSet("org_units"),
        PersonViewSet("org_people"),
        ConsentViewSet("org_consents"),
        MembershipViewSet("org_memberships"),
        PositionViewSet("org_positions"),
        PartnerViewSet("org_partners"),
        HonourViewSet("org_honours"),
        CommemorativeDateViewSet("org_dates"),
        CsvViewSet(),
    )


@hooks.register("register_admin_viewset")
def register_organization() -> OrganizationGroup:
    return OrganizationGroup()
