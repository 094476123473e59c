"""The demo site's text and pictures: the association (association.py), its photos
(photos.py) and its reports (congress.py, meetings.py, culture.py, chapters.py), all invented
for Rostra's demo."""

from __future__ import annotations

import datetime

# Every story's date is counted back from this day, so that each load gives the same dates.
ANCHOR = datetime.date(2026, 11, 20)


def all_stories():
    from rostra.demo.content import chapters, congress, culture, meetings

    return [*meetings.STORIES, *culture.STORIES, *congress.STORIES, *chapters.STORIES]


def problems() -> list[str]:
    """What is inconsistent in the content (unknown photos, places or categories, duplicate
    slugs, missing captions); empty when all is well."""
    from rostra.demo.content.association import CATEGORIES, LANGUAGES, PLACES
    from rostra.demo.content.photos import PHOTOS
    from rostra.demo.content.types import Img, Video

    photos = {photo.key for photo in PHOTOS}
    found, used, slugs = [], set(), {language: set() for language in LANGUAGES}
    if len(photos) != len(PHOTOS) or len({p.title for p in PHOTOS}) != len(PHOTOS):
        found.append("photo keys and titles must be unique")
    keys = [story.key for story in all_stories()]
    if len(set(keys)) != len(keys):
        found.append("story keys must be unique")
    for story in all_stories():
        where = story.key
        if story.place not in PLACES:
            found.append(f"{where}: unknown place {story.place}")
        if story.category not in CATEGORIES:
            found.append(f"{where}: unknown category {story.category}")
        wanted = [story.lead_photo, *story.gallery] if story.lead_photo else [*story.gallery]
        for language, text in story.texts.items():
            if text.slug in slugs[language] or not text.slug.isascii():
                found.append(f"{where}/{language}: slug {text.slug} repeated or not ASCII")
            slugs[language].add(text.slug)
            if len(text.captions) != len(story.gallery):
                found.append(f"{where}/{language}: one caption per gallery photo")
            for block in text.body:
                if isinstance(block, Img):
                    wanted.append(block.photo)
                elif isinstance(block, Video) and block.poster:
                    wanted.append(block.poster)
        for key in wanted:
            if key not in photos:
                found.append(f"{where}: unknown photo {key}")
        used.update(wanted)
    found += [f"photo {key} is not used" for key in sorted(photos - used)]
    return found
