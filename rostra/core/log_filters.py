"""One line, not a traceback, for requests refused on purpose.

Django logs a bad Host header (DisallowedHost and the other SuspiciousOperations) and every 403
(PermissionDenied) with the exception's whole traceback: a fuzzing run left hundreds of them,
hiding the real errors. These are the client's fault and the message says all there is to say
(the header, or the path refused), so the traceback is dropped; a 500 keeps its traceback.
"""

from __future__ import annotations

import logging

from django.core.exceptions import PermissionDenied, SuspiciousOperation

# Django names a logger per kind of SuspiciousOperation (django.security.<ClassName>); a filter
# on a logger sees only its own records, so each is named.
REFUSAL_LOGGERS = (
    "django.request",
    "django.security.csrf",
    "django.security.DisallowedHost",
    "django.security.DisallowedRedirect",
    "django.security.RequestDataTooBig",
    "django.security.SuspiciousFileOperation",
    "django.security.SuspiciousMultipartForm",
    "django.security.SuspiciousOperation",
    "django.security.SuspiciousSession",
    "django.security.TooManyFieldsSent",
    "django.security.TooManyFilesSent",
)


class OneLineForRefusals(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        exc = record.exc_info[1] if record.exc_info else None
        if isinstance(exc, PermissionDenied | SuspiciousOperation):
            record.exc_info = None
            record.exc_text = None
        return True
