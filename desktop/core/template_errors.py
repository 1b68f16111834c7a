"""The errors of chat-template rendering, apart from the renderer so that code which only
catches them does not import Jinja at start-up."""

from __future__ import annotations


class TemplateError(ValueError):
    """The chat template could not be rendered; the message says why."""


class TemplateLimitError(TemplateError):
    """The chat template ran past its time or size budget and was stopped."""
