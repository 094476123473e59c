"""Public pages of the events, inside the language prefix (/en/events/...)."""

from django.urls import path

from rostra.events import views

app_name = "events"
urlpatterns = [
    path("", views.index, name="index"),
    path("calendar.ics", views.calendar_ics, name="calendar_ics"),
    path("unit/<str:slug>/", views.unit_events, name="unit"),
    path("p/<str:token>/", views.personal, name="personal"),
    path("partner/<str:token>/", views.partner_answer, name="partner_answer"),
    path("<str:slug>/", views.detail, name="detail"),
    path("<str:slug>/event.ics", views.event_ics, name="event_ics"),
    path("<str:slug>/register/", views.register, name="register"),
    path("<str:slug>/register/sent/", views.registration_sent, name="registration_sent"),
    path("<str:slug>/minutes/", views.minutes, name="minutes"),
    path("<str:slug>/minutes.pdf", views.minutes_pdf, name="minutes_pdf"),
]
