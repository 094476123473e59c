"""Which entries are language versions of one story, and whether they agree. No Django."""

from __future__ import annotations

from rostra.archive.records import Entry, Failure, Story

LANGUAGE_NAMES = {"en": "English", "ru": "Russian", "zh-hans": "Chinese", "de": "German"}


def _name(language: str) -> str:
    return LANGUAGE_NAMES.get(language, language)


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
                    f"its {_name(language)} version {target} is not among the entries read"
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
            failures += [Failure(e.key, f"language versions disagree: {problem}") for e in members]
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
                return (
                    f"{entry.key} links to {other.key} as its {_name(language)} version, "
                    f"but {other.key} is in {_name(other.language)}"
                )
            earlier = said.get(id(other))
            if earlier and earlier[0] != language:
                return (
                    f"{earlier[1].key} calls {other.key} its {_name(earlier[0])} version, "
                    f"{entry.key} its {_name(language)} version"
                )
            said[id(other)] = (language, entry)
    for entry in members:
        if not entry.language:
            entry.language = said[id(entry)][0] if id(entry) in said else default
    seen: dict[str, Entry] = {}
    for entry in members:
        if entry.language in seen:
            return (
                f"{seen[entry.language].key} and {entry.key} are both the "
                f"{_name(entry.language)} version"
            )
        seen[entry.language] = entry
    return ""
