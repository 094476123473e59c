"""`{% motion_result motion %}`: the picture of a vote's result (bars, shares, the rule and
the votes it needed), for the minutes, the report and any page that shows a result."""

from __future__ import annotations

from django import template

from rostra.events.models import Motion
from rostra.events.result_picture import picture

register = template.Library()


@register.inclusion_tag("events/includes/motion_result.html")
def motion_result(motion: Motion | None, language: str | None = None) -> dict[str, object]:
    if motion is None or motion.state != "closed":
        return {"result": None}
    return {"result": picture(motion, language), "motion": motion}
