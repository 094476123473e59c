"""The demo's places in every language: countries, cities and venues are words of a language
("Moscow", «Москва», 莫斯科, "Moskau"), written once in registry.yaml under `places`.

The loaders fill one field per configured language; a language without an entry falls back
to English when read, like names.
"""

from __future__ import annotations

from rostra.org.demo.data import registry, texts_fields


def place(english: str, base: str) -> dict[str, str]:
    """{f"{base}_en": …, f"{base}_ru": …} for the configured languages ("" stays "")."""
    if not english:
        return texts_fields({}, base)
    return texts_fields(registry().places.get(english, {"en": english}), base)
