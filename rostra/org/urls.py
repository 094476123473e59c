"""Public pages of the organization registry, inside the language prefix (/en/org/...)."""

from django.urls import path

from rostra.org import views

app_name = "org"
urlpatterns = [
    path("", views.structure, name="structure"),
    path("people/<slug:ref>/", views.profile, name="profile"),
    path("partners/", views.partners, name="partners"),
    path("calendar/", views.calendar, name="calendar"),
    path("calendar.ics", views.calendar_ics, name="calendar_ics"),
]
