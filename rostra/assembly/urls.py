"""The live room, inside the language prefix: /en/live/<event slug>/."""

from django.urls import path

from rostra.assembly import views

app_name = "assembly"
urlpatterns = [
    path("<str:slug>/", views.room, name="room"),
]
