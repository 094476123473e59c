"""A form renderer for forms on readers' pages, which writes plain inputs and labels in Python.

Django renders every widget and label through its form templates: an <input> is three
templates (text.html, input.html, attrs.html), and the comment form under every article took
more of the page's time than its body. This renderer writes exactly what Django's templates
for the label and the <input>/<textarea> widgets write (a test compares both on bound and
unbound forms) and leaves every other template to Django.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.forms.renderers import DjangoTemplates
from django.http import HttpRequest
from django.utils.html import conditional_escape
from django.utils.safestring import SafeData, mark_safe


def _formatted(value: Any) -> str:
    """`{{ value|stringformat:'s' }}`: the text, escaped unless it is already safe."""
    if isinstance(value, tuple):
        value = str(value)
    text = "%s" % (value,)  # noqa: UP031 (the filter's own formatting)
    return conditional_escape(mark_safe(text) if isinstance(value, SafeData) else text)  # noqa: S308


def _attributes(attrs: dict[str, Any]) -> str:
    """django/forms/widgets/attrs.html and django/forms/attrs.html."""
    return "".join(
        f" {conditional_escape(name)}" + ("" if value is True else f'="{_formatted(value)}"')
        for name, value in attrs.items()
        if value is not False
    )


def _input(context: dict[str, Any]) -> str:
    widget = context["widget"]
    value = "" if widget["value"] is None else f' value="{_formatted(widget["value"])}"'
    return (
        f'<input type="{conditional_escape(widget["type"])}" '
        f'name="{conditional_escape(widget["name"])}"{value}{_attributes(widget["attrs"])}>'
    )


def _textarea(context: dict[str, Any]) -> str:
    widget = context["widget"]
    value = conditional_escape(widget["value"]) if widget["value"] else ""
    return (
        f'<textarea name="{conditional_escape(widget["name"])}"'
        f"{_attributes(widget['attrs'])}>\n{value}</textarea>"
    )


def _label(context: dict[str, Any]) -> str:
    label = conditional_escape(context["label"])
    if not context["use_tag"]:
        return label
    tag = conditional_escape(context["tag"])
    return f"<{tag}{_attributes(context['attrs'])}>{label}</{tag}>"


_WRITERS: dict[str, Callable[[dict[str, Any]], str]] = {
    "django/forms/widgets/text.html": _input,
    "django/forms/widgets/email.html": _input,
    "django/forms/widgets/hidden.html": _input,
    "django/forms/widgets/input.html": _input,
    "django/forms/widgets/textarea.html": _textarea,
    "django/forms/label.html": _label,
}


class ReaderFormRenderer(DjangoTemplates):
    def render(
        self, template_name: str, context: dict[str, Any], request: HttpRequest | None = None
    ) -> str:
        writer = _WRITERS.get(template_name)
        if writer is None:
            return super().render(template_name, context, request=request)
        return writer(context)
