"""The demo photos as Wagtail images, kept in their own collection and found again by title."""

from __future__ import annotations

from wagtail.images import get_image_model
from wagtail.models import Collection

from rostra.demo.content.types import Photo
from rostra.demo.pictures import painter
from rostra.news import builders

COLLECTION_NAME = "Demo photos"


def demo_collection() -> Collection:
    root = Collection.get_first_root_node()
    existing = root.get_children().filter(name=COLLECTION_NAME).first()
    return existing or root.add_child(name=COLLECTION_NAME)


PHOTO_SIZE = (1600, 1067)


def ensure_photos(
    photos: list[Photo], size: tuple[int, int] = PHOTO_SIZE
) -> tuple[dict[str, object], list]:
    """{key: image} for `photos`, drawing only those not stored yet; and the new images.
    (Tests draw them smaller, which makes their renditions much quicker.)"""
    collection = demo_collection()
    Image = get_image_model()
    existing = {image.title: image for image in Image.objects.filter(collection=collection)}
    images, created = {}, []
    for photo in photos:
        image = existing.get(photo.title)
        if image is None:
            image = builders.make_image(
                photo.title,
                color=photo.color,
                size=size,
                draw_extra=painter(photo.key, photo.scene, photo.label, photo.banner),
            )
            created.append(image)
        images[photo.key] = image
    if created:
        Image.objects.filter(pk__in=[image.pk for image in created]).update(collection=collection)
        for image in created:
            image.collection = collection
    return images, created
