from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.images.views.serve import ServeView

urlpatterns = [
    path("images/<str:signature>/<int:image_id>/<str:filter_spec>/", ServeView.as_view()),
]
urlpatterns += i18n_patterns(path("", include(wagtail_urls)), prefix_default_language=True)
