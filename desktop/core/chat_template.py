"""Render a model's own Jinja chat template, the way Hugging Face's tokenizers do.

Extra keywords such as ``enable_thinking`` reach the template, so Qwen3's thinking switch
works through the template itself rather than through ``/no_think`` text. The template comes
with the model file (untrusted): it runs in a sandbox with a time and size budget
(:mod:`desktop.core.template_limits`).
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2

from desktop.core.template_limits import (
    MAX_TEMPLATE_CHARS,
    LimitedSandbox,
    TemplateError,
    TemplateLimitError,
    limited_filter,
    render_limited,
)

__all__ = ["CHATML_TEMPLATE", "TemplateError", "TemplateLimitError", "render_chat"]


def _raise_exception(message: str) -> None:
    raise TemplateError(f"The model's chat template refused the conversation: {message}")


def _tojson(value: Any, indent: int | None = None, ensure_ascii: bool = False) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)


@lru_cache(maxsize=16)
def _compile(template: str) -> jinja2.Template:
    if len(template) > MAX_TEMPLATE_CHARS:
        raise TemplateError(
            f"The model's chat template is {len(template):,} characters long, far more than "
            "any real one; the model file is probably damaged. Use another build of the model."
        )
    env = LimitedSandbox(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"]
    )
    env.filters["tojson"] = limited_filter("tojson", _tojson)
    env.globals["raise_exception"] = _raise_exception
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    try:
        return env.from_string(template)
    except jinja2.TemplateError as exc:
        raise TemplateError(f"The model's chat template is not valid Jinja: {exc}") from exc
    except (RecursionError, MemoryError, ValueError, SyntaxError) as exc:  # nested too deep
        raise TemplateError(
            "The model's chat template is not valid Jinja: it is nested too deeply to read."
        ) from exc


def render_chat(
    template: str,
    messages: Sequence[Mapping[str, Any]],
    *,
    bos_token: str = "",
    eos_token: str = "",
    add_generation_prompt: bool = True,
    **extra: Any,
) -> str:
    """Render ``messages`` with ``template``; ``extra`` (e.g. enable_thinking, tools) is passed
    on.

    Raises :class:`TemplateLimitError` when the template does not finish within about a
    second (more for a long conversation) or builds too much text.
    """
    variables = {
        "messages": [dict(m) for m in messages],
        "bos_token": bos_token,
        "eos_token": eos_token,
        "add_generation_prompt": add_generation_prompt,
        **extra,
    }
    try:
        return render_limited(_compile(template), variables)
    except TemplateError:
        raise
    except Exception as exc:  # a template can fail in many jinja/python ways
        raise TemplateError(f"The model's chat template failed: {exc}") from exc


CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)
"""Fallback only for models whose vocabulary has ChatML's tokens but ships no template."""
