from django.urls import path

from rostra.assembly.consumers import RoomConsumer

websocket_urlpatterns = [
    path("ws/live/<str:slug>/", RoomConsumer.as_asgi()),
]
