"""Events in the Wagtail admin: one viewset per model, grouped under "Events", and the event
desk (participants at a glance, invitations, check-in at the door, the report, the minutes).

Every viewset uses `EventScopedPolicy`: a unit's organizers see and change only the events of
their units (permissions.py) and everything that belongs to those events.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from django import forms
from django.db import models
from django.db.models import QuerySet
from django.urls import URLPattern, path, reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views.generic.models import CreateView, EditView
from wagtail.admin.viewsets.model import ModelViewSet, ModelViewSetGroup
from wagtail.admin.widgets.button import HeaderButton
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
from rostra.events import actions, admin_views, permissions
from rostra.events.admin_forms import EventChildForm, EventForm, MotionForm, ParticipantForm
from rostra.events.models import (
    AgendaAttachment,
    AgendaItem,
    Event,
    EventKind,
    EventPhoto,
    EventSession,
    Motion,
    Participant,
)
from rostra.events.permissions import User
from rostra.org.i18n import field_names

M = TypeVar("M", bound=models.Model)

# The lookup from each model to its event.
EVENT_PATH = {
    Event: "",
    EventSession: "event",
    Participant: "event",
    AgendaItem: "event",
    EventPhoto: "event",
    Motion: "item__event",
    AgendaAttachment: "item__event",
}


def event_of(instance: models.Model) -> Event | None:
    if isinstance(instance, Event):
        return instance
    if isinstance(instance, Motion | AgendaAttachment):
        return instance.item.event if instance.item_id else None
    # Every other model of EVENT_PATH has its event.
    return instance.event if getattr(instance, "event_id", None) else None  # type: ignore[attr-defined]


def may_manage(user: User, instance: models.Model) -> bool:
    event = event_of(instance)
    if event is None or event.pk is None:
        return permissions.can_create_event(user)
    return permissions.can_manage_event(user, event)


def scope(user: User, queryset: QuerySet[M]) -> QuerySet[M]:
    path_ = EVENT_PATH.get(queryset.model)
    if path_ is None:
        return queryset
    managed = permissions.events_managed_by(user)
    if permissions.organizer_unit_ids(user) is None:
        return queryset
    if path_ == "":
        return queryset.filter(pk__in=managed.values("pk"))
    return queryset.filter(**{f"{path_}__in": managed.values("pk")})


class EventScopedPolicy(ScopedPolicy):
    def may_manage(self, user: User, instance: models.Model) -> bool:
        return may_manage(user, instance)

    def scope(self, user: User, queryset: QuerySet[M]) -> QuerySet[M]:
        return scope(user, queryset)


class ScopedCreateView(CreateView):
    # Set by EventModelViewSet: it knows how its model is saved (None until then: Django's
    # as_view() takes only arguments the class has as attributes).
    viewset: EventModelViewSet[Any] = None  # type: ignore[assignment]

    def get_initial_form_instance(self) -> models.Model | None:
        """ "Add" from an event's desk (?event=<pk>, or ?item=<pk> for a motion) starts on
        that event: it is preselected and the choosers offer only its own."""
        instance: models.Model | None = super().get_initial_form_instance()
        fields = {f.name for f in self.model._meta.get_fields()}
        for name, model in (("event", Event), ("item", AgendaItem)):
            pk = self.request.GET.get(name, "")
            if name in fields and pk.isdigit():
                found = model.objects.filter(pk=pk).first()
                if found is not None and may_manage(self.request.user, found):
                    instance = instance or self.model()
                    setattr(instance, name, found)
        return instance

    def save_instance(self) -> models.Model:
        instance: models.Model = self.form.save(commit=False)
        checked(self, instance)
        instance = self.viewset.save(self, instance)
        log(instance=instance, action="wagtail.create", content_changed=True)
        return instance


class ScopedEditView(EditView):
    viewset: EventModelViewSet[Any] = None  # type: ignore[assignment]  # as ScopedCreateView's

    def get_object(self, queryset: QuerySet[models.Model] | None = None) -> models.Model:
        return checked(self, super().get_object(queryset))

    def save_instance(self) -> models.Model:
        instance: models.Model = self.form.save(commit=False)
        checked(self, instance)
        instance = self.viewset.save(self, instance)
        self.has_content_changes = self.form.has_changed()
        log(instance=instance, action="wagtail.edit", content_changed=self.has_content_changes)
        return instance


class EventModelViewSet(ModelViewSet, Generic[M]):
    index_view_class = ScopedIndexView
    add_view_class = ScopedCreateView
    edit_view_class = ScopedEditView
    delete_view_class = ScopedDeleteView
    history_view_class = ScopedHistoryView
    usage_view_class = ScopedUsageView
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None

    @property
    def permission_policy(self) -> EventScopedPolicy:
        return EventScopedPolicy(self.model)

    def get_add_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        view_kwargs: dict[str, Any] = super().get_add_view_kwargs(viewset=self, **kwargs)
        return view_kwargs

    def get_edit_view_kwargs(self, **kwargs: Any) -> dict[str, Any]:
        view_kwargs: dict[str, Any] = super().get_edit_view_kwargs(viewset=self, **kwargs)
        return view_kwargs

    def save(self, view: ScopedCreateView | ScopedEditView, instance: M) -> M:
        """Write the form's instance; subclasses route it through actions."""
        instance.save()
        view.form.save_m2m()
        return instance


def _languages(base: str) -> list[Any]:
    """One panel per configured language, two to a row."""
    return language_panels(base)


# --- Events --------------------------------------------------------------------------------


class EventEditView(ScopedEditView):
    @cached_property
    def header_buttons(self) -> list[Any]:
        return [
            *super().header_buttons,
            HeaderButton(
                _("Event desk"),
                url=reverse("events_desk", args=[self.object.pk]),
                icon_name="clipboard-list",
            ),
        ]


class EventViewSet(EventModelViewSet[Event]):
    url_prefix = "events/events"
    model = Event
    icon = "date"
    menu_label = _("Events")
    edit_view_class = EventEditView
    list_display = [
        "__str__",
        "kind",
        Column("when", label=_("Starts (local time)"), accessor=admin_views.local_start_label),
        "status",
        Column(
            "desk",
            label=_("Desk"),
            accessor=lambda e: admin_views.desk_link(e),
        ),
    ]
    list_filter = ["status", "kind", "format", "organizers"]
    search_fields = ["slug", *field_names("title"), *field_names("city")]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("kind"), FieldPanel("format"), FieldPanel("status")]),
            MultiFieldPanel([*_languages("title"), FieldPanel("slug")], heading=_("Title")),
            FieldRowPanel([FieldPanel("main_language"), FieldPanel("time_zone")]),
            FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
            MultiFieldPanel(
                [
                    *_languages("venue_name"),
                    FieldPanel("venue_address"),
                    *_languages("city"),
                    *_languages("country"),
                    FieldPanel("online_url"),
                ],
                heading=_("Where"),
            ),
            MultiFieldPanel(
                [
                    FieldPanel("organizers", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("partner_organizers", widget=forms.CheckboxSelectMultiple),
                    FieldPanel("occasion"),
                ],
                heading=_("Organizers and occasion"),
            ),
            MultiFieldPanel(
                [
                    FieldRowPanel([FieldPanel("registration_mode"), FieldPanel("capacity")]),
                    FieldRowPanel([FieldPanel("waiting_list"), FieldPanel("registration_closes")]),
                ],
                heading=_("Registration"),
            ),
            MultiFieldPanel(_languages("summary"), heading=_("Summary"), classname="collapsed"),
        ],
        base_form_class=EventForm,
    )

    def save(self, view: ScopedCreateView | ScopedEditView, instance: Event) -> Event:
        form = view.form
        event = actions.do_save_event(
            instance,
            acting_user=view.request.user,
            organizers=form.cleaned_data.get("organizers"),
        )
        event.partner_organizers.set(form.cleaned_data.get("partner_organizers") or [])
        return event


class EventKindViewSet(ModelViewSet):
    url_prefix = "events/kinds"
    model = EventKind
    icon = "tag"
    menu_label = _("Kinds of event")
    list_display = ["__str__", "slug", "sort_order"]
    copy_view_enabled = False
    inspect_view_enabled = False
    search_backend_name = None
    edit_handler = ObjectList(
        [FieldRowPanel([FieldPanel("slug"), FieldPanel("sort_order")]), *_languages("name")]
    )


class SessionViewSet(EventModelViewSet[EventSession]):
    url_prefix = "events/sessions"
    model = EventSession
    icon = "time"
    menu_label = _("Sessions and days")
    list_display = [
        "__str__",
        "event",
        Column("when", label=_("When (local time)"), accessor=admin_views.session_label),
    ]
    list_filter = ["event"]
    edit_handler = ObjectList(
        [
            FieldPanel("event"),
            *_languages("title"),
            FieldRowPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("sort_order")]),
        ],
        base_form_class=EventChildForm,
    )


class ParticipantViewSet(EventModelViewSet[Participant]):
    url_prefix = "events/participants"
    model = Participant
    icon = "user"
    menu_label = _("Participants")
    list_display = [
        "__str__",
        "event",
        "status",
        Column("roles", label=_("Roles"), accessor=lambda p: admin_views.roles_label(p)),
        Column("attended", label=_("Attended"), accessor=admin_views.attendance_label),
        "code",
    ]
    list_filter = ["event", "status", "roles__role"]
    search_fields = ["name", "email", "code", "person__original_name", "person__name_en"]
    list_export = ["event", "person", "name", "email", "status", "code", "checked_in_at"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("event"), FieldPanel("status"), FieldPanel("language")]),
            MultiFieldPanel(
                [FieldPanel("person"), FieldRowPanel([FieldPanel("name"), FieldPanel("email")])],
                heading=_("Who (a person of the registry, or a name and e-mail)"),
            ),
            FieldPanel("roles"),
            MultiFieldPanel(
                [
                    FieldRowPanel(
                        [FieldPanel("representing_unit"), FieldPanel("representing_partner")]
                    ),
                    FieldPanel("affiliation"),
                    *_languages("position"),
                ],
                heading=_("Represents at this event"),
            ),
            FieldRowPanel([FieldPanel("marked_present"), FieldPanel("sort_order")]),
        ],
        base_form_class=ParticipantForm,
    )

    def save(self, view: ScopedCreateView | ScopedEditView, instance: Participant) -> Participant:
        instance.save()
        actions.do_set_roles(
            instance, view.form.cleaned_data.get("roles") or [], acting_user=view.request.user
        )
        return instance


class AgendaItemViewSet(EventModelViewSet[AgendaItem]):
    url_prefix = "events/agenda"
    model = AgendaItem
    icon = "list-ol"
    menu_label = _("Agenda and record")
    list_display = ["position", "__str__", "kind", "event", "speaker"]
    list_filter = ["event", "kind"]
    search_fields = field_names("title")
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("event"), FieldPanel("session")]),
            FieldRowPanel([FieldPanel("position"), FieldPanel("kind"), FieldPanel("speaker")]),
            MultiFieldPanel(_languages("title"), heading=_("Title")),
            MultiFieldPanel(_languages("text"), heading=_("Text or summary")),
            MultiFieldPanel(_languages("quote"), heading=_("Quote for the report")),
            MultiFieldPanel(
                [
                    FieldPanel("honour"),
                    FieldRowPanel([FieldPanel("recipient"), FieldPanel("recipient_partner")]),
                    FieldRowPanel([FieldPanel("presented_by"), FieldPanel("presented_by_partner")]),
                    FieldRowPanel([FieldPanel("video"), FieldPanel("video_url")]),
                ],
                heading=_("Ceremony and screening"),
            ),
            FieldRowPanel(
                [FieldPanel("speaking_limit"), FieldPanel("started_at"), FieldPanel("ended_at")]
            ),
        ],
        base_form_class=EventChildForm,
    )


class MotionViewSet(EventModelViewSet[Motion]):
    url_prefix = "events/motions"
    model = Motion
    icon = "tasks"
    menu_label = _("Motions and votes")
    list_display = ["__str__", "item", "state", "votes_cast", "adopted", "unanimous"]
    list_filter = ["state", "item__event"]
    edit_handler = ObjectList(
        [
            FieldRowPanel([FieldPanel("item"), FieldPanel("kind"), FieldPanel("majority")]),
            MultiFieldPanel(_languages("question"), heading=_("Question")),
            FieldPanel("options_text"),
            FieldRowPanel([FieldPanel("secret"), FieldPanel("allow_proxy"), FieldPanel("quorum")]),
            FieldPanel("counts_text"),
        ],
        base_form_class=MotionForm,
    )

    def save(self, view: ScopedCreateView | ScopedEditView, instance: Motion) -> Motion:
        instance.save()
        counts = view.form.cleaned_data.get("counts_text") or {}
        if counts:
            instance = actions.do_record_vote(instance, counts, acting_user=view.request.user)
        return instance


class AttachmentViewSet(EventModelViewSet[AgendaAttachment]):
    model = AgendaAttachment
    url_prefix = "events/attachments"
    icon = "doc-full"
    menu_label = _("Attachments")
    list_display = ["__str__", "item", "sort_order"]
    list_filter = ["item__event"]
    edit_handler = ObjectList(
        [FieldPanel("item"), FieldPanel("document"), FieldPanel("sort_order")],
        base_form_class=EventChildForm,
    )


class PhotoViewSet(EventModelViewSet[EventPhoto]):
    url_prefix = "events/photos"
    model = EventPhoto
    icon = "image"
    menu_label = _("Event photos")
    list_display = ["__str__", "event", "sort_order"]
    list_filter = ["event"]
    edit_handler = ObjectList(
        [FieldPanel("event"), FieldPanel("image"), FieldPanel("sort_order")],
        base_form_class=EventChildForm,
    )


class EventsGroup(ModelViewSetGroup):
    menu_label = _("Events")
    menu_icon = "date"
    menu_order = 260
    items = (
        EventViewSet("events_events"),
        SessionViewSet("events_sessions"),
        ParticipantViewSet("events_participants"),
        AgendaItemViewSet("events_agenda"),
        MotionViewSet("events_motions"),
        AttachmentViewSet("events_attachments"),
        PhotoViewSet("events_photos"),
        EventKindViewSet("events_kinds"),
    )


@hooks.register("register_admin_viewset")
def register_events() -> EventsGroup:
    return EventsGroup()


@hooks.register("register_admin_urls")
def register_event_desk_urls() -> list[URLPattern]:
    return [
        path("events/<int:pk>/desk/", admin_views.desk, name="events_desk"),
        path("events/<int:pk>/check-in/", admin_views.check_in, name="events_check_in"),
        path("events/<int:pk>/report/", admin_views.generate_report, name="events_report"),
        path("events/<int:pk>/invite/", admin_views.invite, name="events_invite"),
        path("events/<int:pk>/attendance/", admin_views.attendance, name="events_attendance"),
        path(
            "events/<int:pk>/participants/",
            admin_views.add_participants,
            name="events_add_participants",
        ),
        path(
            "events/<int:pk>/translate/",
            admin_views.translate_report,
            name="events_translate_report",
        ),
    ]
