"""Which entries are language versions of one story, and whether they agree."""

from __future__ import annotations

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from rostra.archive.records import Entry, Failure, Story

LANGUAGE_NAMES = {
    "en": gettext_lazy("English"),
    "ru": gettext_lazy("Russian"),
    "zh-hans": gettext_lazy("Chinese"),
    "de": gettext_lazy("German"),
}


def _name(language: str) -> str:
    return str(LANGUAGE_NAMES.get(language, language))


def group_stories(
    entries: list[Entry], default_language: str, source_language: str = "en"
) -> tuple[list[Story], list[Failure]]:
    """Stories (source language first) and the entries of stories whose versions disagree."""
    by_key: dict[str, Entry] = {}
    for entry in entries:
        for address in [entry.key, entry.old_url, *entry.aliases]:
            if address:
                by_key.setdefault(address, entry)
    parent = {id(e): id(e) for e in entries}

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for entry in entries:
        for language, target in entry.versions.items():
            other = by_key.get(target)
            if other is None:
                entry.notes.append(
                    _("its version in %(language)s, %(address)s, is not among the entries read")
                    % {"language": _name(language), "address": target}
                )
                continue
            parent[find(id(entry))] = find(id(other))

    groups: dict[int, list[Entry]] = {}
    for entry in entries:
        groups.setdefault(find(id(entry)), []).append(entry)

    stories, failures = [], []
    for members in groups.values():
        problem = _settle_languages(members, by_key, default_language)
        if problem:
            reason = _("language versions disagree: %(problem)s") % {"problem": problem}
            failures += [Failure(e.key, reason) for e in members]
            continue
        members.sort(key=lambda e: (e.language != source_language, e.key))
        stories.append(Story(members))
    stories.sort(key=lambda s: s.entries[0].key)
    return stories, failures


def _settle_languages(members: list[Entry], by_key: dict[str, Entry], default: str) -> str:
    """Gives each entry its language; returns what disagrees, or ""."""
    said: dict[int, tuple[str, Entry]] = {}
    for entry in members:
        for language, target in entry.versions.items():
            other = by_key.get(target)
            if other is None:
                continue
            if other.language and other.language != language:
                return _(
                    "%(entry)s links to %(other)s as its version in %(language)s, but "
                    "%(other)s is in %(other_language)s"
                ) % {
                    "entry": entry.key,
                    "other": other.key,
                    "language": _name(language),
                    "other_language": _name(other.language),
                }
            earlier = said.get(id(other))
            if earlier and earlier[0] != language:
                return _(
                    "%(first)s calls %(other)s its version in %(language)s, %(second)s its "
                    "version in %(second_language)s"
                ) % {
                    "first": earlier[1].key,
                    "other": other.key,
                    "language": _name(earlier[0]),
                    "second": entry.key,
                    "second_language": _name(language),
                }
            said[id(other)] = (language, entry)
    for entry in members:
        if not entry.language:
            entry.language = said[id(entry)][0] if id(entry) in said else default
    seen: dict[str, Entry] = {}
    for entry in members:
        if entry.language in seen:
            return _("%(first)s and %(second)s are both the version in %(language)s") % {
                "first": seen[entry.language].key,
                "second": entry.key,
                "language": _name(entry.language),
            }
        seen[entry.language] = entry
    return ""
