"""Qwen3 thinking: stream splitting, capability detection, the budget and the one decision.

The splitter turns a stream of text chunks into (is_thinking, text) segments. Tags may be
split across chunks; a prompt that already opened ``<think>`` (Qwen3-Thinking-2507, QwQ)
starts the stream inside thinking, so the output carries only ``</think>``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from enum import StrEnum
from functools import lru_cache
from typing import Any

OPEN_TAG = "<think>"
CLOSE_TAG = "</think>"

# Text injected when the thinking budget runs out; Qwen's own guidance for budget forcing.
BUDGET_CLOSE_TEXT = (
    "\n\nConsidering the limited time by the user, I have to give the solution based on "
    "the thinking directly now.\n" + CLOSE_TAG + "\n\n"
)


class ThinkingCapability(StrEnum):
    HYBRID = "hybrid"  # the template has the enable_thinking switch (Qwen3)
    ALWAYS = "always"  # always thinks (QwQ, Qwen3-Thinking-2507)
    NEVER = "never"  # never thinks (Qwen2.5, Qwen3-Instruct-2507)


class ThinkSplitter:
    """Incremental ``<think>…</think>`` splitter.

    ``feed`` returns the segments that are certain so far; text that could be the start of a
    tag is held back until the next chunk decides it. ``flush`` releases what is held.
    Thinking is shown without the newlines Qwen puts right after ``<think>`` and right before
    ``</think>``, so an empty block (``<think>\n\n</think>``: ``/no_think``, or the
    template's own empty block) yields no thinking at all.
    """

    def __init__(self, starts_in_thinking: bool = False) -> None:
        self.in_thinking = starts_in_thinking
        self.seen_answer_text = False
        self.block_has_text = False  # the current thinking block has shown text
        self.last_block_had_text = False  # the thinking block that ended last showed text
        self._pending = ""
        self._newlines = ""  # thinking newlines held until text follows them

    def feed(self, chunk: str) -> list[tuple[bool, str]]:
        out: list[tuple[bool, str]] = []
        text = self._pending + chunk
        self._pending = ""
        while text:
            tag = CLOSE_TAG if self.in_thinking else OPEN_TAG
            index = text.find(tag)
            # A stray closing tag while answering (a prompt that opened thinking without our
            # knowing) is dropped rather than shown.
            stray = -1 if self.in_thinking else text.find(CLOSE_TAG)
            if stray >= 0 and (index < 0 or stray < index):
                self._emit(out, text[:stray])
                text = text[stray + len(CLOSE_TAG) :]
                continue
            if index >= 0:
                self._emit(out, text[:index])
                text = text[index + len(tag) :]
                self._switch()
                continue
            keep = _partial_tag_suffix(text, tag)
            if not self.in_thinking:
                keep = max(keep, _partial_tag_suffix(text, CLOSE_TAG))
            self._emit(out, text[: len(text) - keep])
            self._pending = text[len(text) - keep :]
            break
        return out

    def flush(self) -> list[tuple[bool, str]]:
        out: list[tuple[bool, str]] = []
        self._emit(out, self._pending)
        self._pending = ""
        self._newlines = ""  # a reply cut off mid-thinking: trailing newlines say nothing
        return out

    def _switch(self) -> None:
        if self.in_thinking:
            self.last_block_had_text = self.block_has_text
        self.in_thinking = not self.in_thinking
        self.block_has_text = False
        self._newlines = ""  # newlines right before </think> are dropped

    def _emit(self, out: list[tuple[bool, str]], text: str) -> None:
        if not text:
            return
        if self.in_thinking:
            if not self.block_has_text:
                text = text.lstrip("\n")  # the newline after <think>
            body = text.rstrip("\n")
            held, self._newlines = self._newlines, text[len(body) :]
            if not body:
                self._newlines = held + self._newlines if self.block_has_text else ""
                return
            text = held + body
            self.block_has_text = True
        else:
            # Models put blank lines right after </think>; drop them before the answer starts.
            if not self.seen_answer_text:
                text = text.lstrip("\n")
                if not text:
                    return
            self.seen_answer_text = True
        if out and out[-1][0] == self.in_thinking:
            out[-1] = (self.in_thinking, out[-1][1] + text)
        else:
            out.append((self.in_thinking, text))


def _partial_tag_suffix(text: str, tag: str) -> int:
    """Length of the longest suffix of ``text`` that is a proper prefix of ``tag``."""
    for length in range(min(len(tag) - 1, len(text)), 0, -1):
        if tag.startswith(text[-length:]):
            return length
    return 0


def split_text(text: str, starts_in_thinking: bool = False) -> tuple[str, str]:
    """Split a whole reply into (thinking, answer)."""
    splitter = ThinkSplitter(starts_in_thinking)
    segments = splitter.feed(text) + splitter.flush()
    thinking = "".join(t for is_thinking, t in segments if is_thinking)
    answer = "".join(t for is_thinking, t in segments if not is_thinking)
    return thinking, answer


def prompt_opens_thinking(prompt: str) -> bool:
    """True when the rendered prompt ends inside an open ``<think>`` block."""
    tail = prompt[prompt.rfind("<|im_start|>") :] if "<|im_start|>" in prompt else prompt
    return tail.rfind(OPEN_TAG) > tail.rfind(CLOSE_TAG)


_THINK_BLOCK = re.compile(r"<think>.*?</think>\s*", re.DOTALL)


def strip_thinking(messages: Sequence[Mapping[str, Any]], gap: str = "") -> list[dict[str, Any]]:
    """History rule: earlier assistant turns go back to the model without their thinking.

    ``gap`` is what the model's own template keeps between ``</think>`` and an earlier
    answer (:func:`history_gap`): nothing for Qwen's templates, which strip the newlines,
    the blank line for DeepSeek-R1's, which keeps everything after ``</think>``. Other keys
    (an assistant's ``tool_calls``, a tool message's ``tool_call_id``) pass through.
    """
    cleaned: list[dict[str, Any]] = []
    for message in messages:
        item = {k: v for k, v in message.items() if k != "reasoning_content"}
        if item.get("role") == "assistant":
            # OpenAI-style tool-call messages may carry content None; templates want text.
            content = item.get("content") or ""
            if CLOSE_TAG in content:
                content = content.split(CLOSE_TAG)[-1]
            content = _THINK_BLOCK.sub("", content).lstrip()
            item["content"] = gap + content if content else content
        cleaned.append(item)
    return cleaned


def history_gap(template: str | None) -> str:
    """What ``template`` keeps between ``</think>`` and the answer of an earlier turn, found
    by rendering a probe: "" for Qwen3/QwQ (they ``lstrip`` it), "\\n\\n" for DeepSeek-R1."""
    if not template:
        return ""
    from desktop.core.chat_template import TemplateError, render_chat

    def newlines_before_answer(reply: str) -> int | None:
        probe = [
            {"role": "user", "content": "Q1"},
            {"role": "assistant", "content": reply},
            {"role": "user", "content": "Q2"},
        ]
        try:
            rendered = render_chat(template, probe, add_generation_prompt=False)
        except TemplateError:
            return None
        if "THOUGHT" in rendered or "ANSWER" not in rendered:
            return None  # the template keeps old thinking: we strip it, with no gap
        before = rendered[: rendered.index("ANSWER")]
        return len(before) - len(before.rstrip("\n"))

    with_thinking = newlines_before_answer("<think>\nTHOUGHT\n</think>\n\nANSWER")
    plain = newlines_before_answer("ANSWER")
    if with_thinking is None or plain is None or with_thinking <= plain:
        return ""
    return "\n" * (with_thinking - plain)


_SOFT_SWITCH = re.compile(r"/(no_think|think)\s*$")


def soft_switch(text: str) -> bool | None:
    """Qwen3's soft switch at the end of a message: True for ``/think``, False for
    ``/no_think``, None when there is none. The model follows the latest one; it only works
    while ``enable_thinking`` is on, and the reply's think block may then be empty."""
    match = _SOFT_SWITCH.search(text)
    if match is None:
        return None
    return match.group(1) == "think"


_PROBE = [{"role": "user", "content": "Hello"}]


@lru_cache(maxsize=32)
def detect_capability(template: str | None) -> ThinkingCapability:
    """Tell from a chat template whether the model can switch thinking, always or never thinks.
    Cached: a load asks for it several times (capability, family, the library's facts) and
    each answer renders the untrusted template in the sandbox; a failure is not cached.

    Raises ``TemplateLimitError`` when the template does not finish (loops, or builds huge
    text): such a model cannot be used, and the message says so plainly.
    """
    if not template:
        return ThinkingCapability.NEVER
    from desktop.core.chat_template import (  # jinja2: import late
        TemplateError,
        TemplateLimitError,
        render_chat,
    )

    try:
        on = render_chat(template, _PROBE, enable_thinking=True)
        off = render_chat(template, _PROBE, enable_thinking=False)
    except TemplateLimitError:
        raise
    except TemplateError:
        on = off = ""
    if "enable_thinking" in template and on != off:
        return ThinkingCapability.HYBRID
    if on and prompt_opens_thinking(on):
        return ThinkingCapability.ALWAYS
    return ThinkingCapability.NEVER


def resolve_thinking(mode: str, capability: ThinkingCapability) -> bool:
    """Whether this request thinks: 'on'/'off'/'auto' against what the model can do."""
    if capability is ThinkingCapability.ALWAYS:
        return True
    if capability is ThinkingCapability.NEVER:
        return False
    return mode != "off"
