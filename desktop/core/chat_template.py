"""Render a model's own Jinja chat template, the way Hugging Face's tokenizers do.

Extra keywords such as ``enable_thinking`` reach the template, so Qwen3's thinking switch
works through the template itself rather than through ``/no_think`` text. The template comes
with the model file (untrusted): it runs in a sandbox with a time and size budget
(:mod:`desktop.core.template_limits`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from datetime import datetime
from functools import lru_cache
from typing import Any

import jinja2

from desktop.core.i18n import translate
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
    raise TemplateError(
        translate(
            "ChatTemplate", "The model's chat template refused the conversation: {message}"
        ).format(message=message)
    )


def _tojson(value: Any, indent: int | None = None, ensure_ascii: bool = False) -> str:
    return json.dumps(value, indent=indent, ensure_ascii=ensure_ascii)


@lru_cache(maxsize=16)
def _compile(template: str) -> jinja2.Template:
    if len(template) > MAX_TEMPLATE_CHARS:
        raise TemplateError(
            translate(
                "ChatTemplate",
                "The model's chat template is {count} characters long, far more than any real"
                " one; the model file is probably damaged. Use another build of the model.",
            ).format(count=f"{len(template):,}")
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
        raise TemplateError(
            translate(
                "ChatTemplate", "The model's chat template is not valid Jinja: {error}"
            ).format(error=exc)
        ) from exc
    except (RecursionError, MemoryError, ValueError, SyntaxError) as exc:  # nested too deep
        raise TemplateError(
            translate(
                "ChatTemplate",
                "The model's chat template is not valid Jinja: it is nested too deeply to read.",
            )
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
        raise TemplateError(
            translate("ChatTemplate", "The model's chat template failed: {error}").format(error=exc)
        ) from exc


_TOOLS_WORD = re.compile(r"\btools\b")


def template_knows_tools(template: str) -> bool:
    """Whether a chat template reads the ``tools`` it is given (Qwen's list them in a
    ``<tools>`` block); one that never names them would silently ignore tools."""
    return bool(_TOOLS_WORD.search(template))


CONTINUE_MARK = "\u2060QD-CONTINUE-HERE\u2060"  # never written by a model, never stripped


def render_continuation(
    template: str,
    messages: Sequence[Mapping[str, Any]],
    *,
    bos_token: str = "",
    eos_token: str = "",
    **extra: Any,
) -> str:
    """The prompt that continues the last message of ``messages`` (an assistant's, partly
    written): rendered with a mark after its text and no generation prompt, then cut at the
    mark, so the template's end-of-turn after it is gone. Raises :class:`TemplateError` when
    the last message is not the assistant's or the template drops its text."""
    if not messages or messages[-1].get("role") != "assistant":
        raise TemplateError(
            translate("ChatTemplate", "Only a reply the model has started can be continued.")
        )
    last = dict(messages[-1])
    last["content"] = f"{last.get('content') or ''}{CONTINUE_MARK}"
    rendered = render_chat(
        template,
        [*messages[:-1], last],
        bos_token=bos_token,
        eos_token=eos_token,
        add_generation_prompt=False,
        **extra,
    )
    at = rendered.rfind(CONTINUE_MARK)
    if at < 0:
        raise TemplateError(
            translate(
                "ChatTemplate",
                "The model's chat template leaves out the reply it has started, so the reply "
                "cannot be continued.",
            )
        )
    return rendered[:at]


CHATML_TEMPLATE = (
    "{% for message in messages %}"
    "{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}"
    "{% endfor %}"
    "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}"
)
"""Fallback only for models whose vocabulary has ChatML's tokens but ships no template."""
