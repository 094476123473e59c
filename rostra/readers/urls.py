from django.urls import path

from rostra.readers import views

app_name = "readers"
urlpatterns = [
    path("<int:page_id>/", views.post_comment, name="post_comment"),
    path("stamp/", views.form_stamp_view, name="form_stamp"),
]
