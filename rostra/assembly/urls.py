"""The live room, inside the language prefix: /en/live/<event slug>/."""

from django.urls import path

from rostra.assembly import ballot_page, views

app_name = "assembly"
urlpatterns = [
    path("<str:slug>/", views.room, name="room"),
    # ballots (#14): a secret vote's bulletin board and its record
    path("<str:slug>/bulletin/<int:motion>/", ballot_page.bulletin, name="bulletin"),
]
