"""The demo editors: the people named as "added by" under the reports."""

from __future__ import annotations

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from rostra.demo.content import association


def ensure_editors() -> tuple[dict[str, object], int]:
    """{username: user}, creating the missing ones (without a usable password: an
    administrator gives them one if they are to sign in); and how many were new."""
    User = get_user_model()
    users, created = {}, 0
    site = association()
    for editor in site.editors:
        username, first, last, group_name = (
            editor.username,
            editor.first_name,
            editor.last_name,
            editor.group,
        )
        user = User.objects.filter(username=username).first()
        if user is None:
            user = User(
                username=username,
                first_name=first,
                last_name=last,
                email=f"{username}@{site.email_domain}",
            )
            user.set_unusable_password()
            user.save()
            group = Group.objects.filter(name=group_name).first()
            if group is not None:
                user.groups.add(group)
            created += 1
        users[username] = user
    return users, created
