"""Password reset e-mails, rationed: a form that sends reset links can otherwise be used to
flood someone's mailbox. At most ROSTRA_PASSWORD_RESET_PER_HOUR e-mails per address, and
requests per client address, per hour; past that the page answers exactly as before (no hint
whether the address has an account) and nothing is sent."""

from __future__ import annotations

import logging
import time
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from wagtail.admin.forms.auth import PasswordResetForm

from rostra.readers import visitors

log = logging.getLogger("rostra.core")
HOUR = 3600


def _take(key: str) -> bool:
    """One more use of an hourly allowance; False once it is used up."""
    limit = settings.ROSTRA_PASSWORD_RESET_PER_HOUR
    bucket = f"core:reset:{key}:{int(time.time() // HOUR)}"
    cache.add(bucket, 0, timeout=HOUR + 60)
    try:
        used = cache.incr(bucket)
    except ValueError:  # expired between add and incr
        cache.set(bucket, 1, timeout=HOUR + 60)
        used = 1
    return used <= limit


class LimitedPasswordResetForm(PasswordResetForm):
    def save(self, *args: Any, request: HttpRequest | None = None, **kwargs: Any) -> None:
        if request is not None:
            address = visitors.client_address(
                request.META.get("REMOTE_ADDR", ""), request.META.get("HTTP_X_FORWARDED_FOR", "")
            )
            if not _take("client:" + visitors.address_hash(address, "password-reset")):
                log.warning("password reset: too many requests from one client, none sent")
                return
        super().save(*args, request=request, **kwargs)

    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        *args: Any,
        **kwargs: Any,
    ) -> None:
        if not _take("to:" + visitors.address_hash(to_email.lower(), "password-reset")):
            log.warning("password reset: too many e-mails to one address this hour, none sent")
            return
        super().send_mail(
            subject_template_name,
            email_template_name,
            context,
            from_email,
            to_email,
            *args,
            **kwargs,
        )
