"""Reading registry.yaml: the invented association's registry, checked against its types."""

from __future__ import annotations

import functools
from pathlib import Path

from rostra.demo.content import build, read_yaml
from rostra.org import builders as b
from rostra.org.demo.types import Registry
from rostra.org.i18n import suffix

PATH = Path(__file__).resolve().parent / "registry.yaml"


@functools.cache
def registry() -> Registry:
    return build(Registry, read_yaml(PATH), PATH)


def texts_fields(texts: dict[str, str], base: str) -> dict[str, str]:
    """{f"{base}_{language}": text} for the configured languages, from texts keyed by
    language code (one without a text stays empty, and is read in English)."""
    return b.names(
        texts.get("en", ""),
        texts.get("ru", ""),
        texts.get("zh-hans", ""),
        texts.get("de", ""),
        base=base,
        **{suffix(code): text for code, text in texts.items() if code not in FOUR},
    )


FOUR = {"en", "ru", "zh-hans", "de"}


def people_names() -> list[tuple[str, str, dict[str, str]]]:
    """60 (ref, original, names) triples: 20 written in Chinese, 20 Russian, 20 German."""
    names = registry().names
    people = []
    for i in range(20):
        family, given = names.zh_family[i], names.zh_given[(i * 7) % 20]
        original = family[0] + given[0]
        latin = f"{family[1]} {given[1]}"
        people.append(
            (
                f"cn-{i + 1:02d}",
                original,
                b.names(latin, f"{family[2]} {given[2]}", original, latin),
            )
        )
    for i in range(20):
        given = names.ru_given[i]
        family = names.ru_family[(i * 3) % 10]
        female = given[4]
        suffix_ru, suffix_lat = ("а", "a") if female else ("", "")
        original = f"{given[0]} {family[0]}{suffix_ru}"
        people.append(
            (
                f"ru-{i + 1:02d}",
                original,
                b.names(
                    f"{given[1]} {family[1]}{suffix_lat}",
                    original,
                    f"{given[3]}·{family[4] if female else family[3]}",
                    f"{given[2]} {family[2]}{suffix_lat}",
                ),
            )
        )
    for i in range(20):
        given, family = names.de_given[i], names.de_family[(i * 3 + 1) % 10]
        original = f"{given[0]} {family[0]}"
        people.append(
            (
                f"de-{i + 1:02d}",
                original,
                b.names(original, f"{given[1]} {family[1]}", f"{given[2]}·{family[2]}", original),
            )
        )
    return people
