"""The registry's groups and their permissions, set up after every migrate (idempotent).

Organization administrators manage everything in the registry. Chapter secretaries get the
model permissions for people and memberships; *which* people and memberships they reach is
decided per object by permissions.py (their secretary position).
"""

from __future__ import annotations

from rostra.org.permissions import CHAPTER_SECRETARIES, ORG_ADMINISTRATORS

_ALL_MODELS = [
    "unit",
    "person",
    "consent",
    "membership",
    "position",
    "partnerorganization",
    "honour",
    "commemorativedate",
]
GRANTS = {
    ORG_ADMINISTRATORS: ["wagtailadmin.access_admin", "org.administer_org"]
    + [
        f"org.{action}_{model}"
        for model in _ALL_MODELS
        for action in ("add", "change", "delete", "view")
    ],
    CHAPTER_SECRETARIES: [
        "wagtailadmin.access_admin",
        "org.add_person",
        "org.change_person",
        "org.view_person",
        "org.add_membership",
        "org.change_membership",
        "org.view_membership",
        "org.add_consent",
        "org.change_consent",
        "org.view_consent",
    ],
}
