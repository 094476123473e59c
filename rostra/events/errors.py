"""What the events' actions raise when they cannot do what was asked.

Its own module so that every layer that refuses (actions, the report writer) and every view
that shows a refusal import it without importing each other.
"""

from __future__ import annotations

from django.core.exceptions import ValidationError


class Refused(ValidationError):
    """An action that cannot be done, with a message meant for the person who asked."""
