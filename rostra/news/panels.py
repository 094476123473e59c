"""The article editor's photo gallery: many photos chosen in one go (issue #11, point 17).

Wagtail's MultipleChooserPanel opens the image chooser with a tick box on every photo and adds
one gallery item per ticked photo, each showing its thumbnail; before it, a gallery of twenty
photos cost sixty clicks (add, choose, pick, twenty times). The panel also offers Wagtail's
page for uploading many files at once, whose photos the chooser then lists first.
"""

from __future__ import annotations

from django.urls import reverse
from wagtail.admin.panels import MultipleChooserPanel


class GalleryPanel(MultipleChooserPanel):
    class BoundPanel(MultipleChooserPanel.BoundPanel):
        template_name = "news/admin/gallery_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            context["upload_many_url"] = reverse("wagtailimages:add_multiple")
            return context
