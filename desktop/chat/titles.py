"""Chat titles written by the loaded model after the first reply (Qt-free).

The request is a *background* job (see runner.py): it waits behind everything the user asks
for and stops when a new job arrives, so a title never delays a reply. The model gets the
first exchange with thinking off (or a small thinking budget for models that always think)
and a few tokens; the answer is cleaned (quotes, markup, trailing punctuation, ``<think>``
leftovers, length) and stored only while the chat still has its automatic title, the one
taken from the first message, so a rename made meanwhile always wins.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from desktop.chat.outcome import Outcome, ReplyListener
from desktop.core.history import HistoryError, HistoryStore, Message
from desktop.core.history.records import title_from_text
from desktop.core.sampling import Sampling
from desktop.core.thinking import ThinkingCapability
from desktop.engines.base import GenerationRequest, ModelInfo, StopReason, ThinkingMode

TitleListener = Callable[[int, "str | None"], None]
"""Called (on the generation thread) with the conversation id and the stored title, or None
when no title was stored (stopped, failed, unusable answer, renamed meanwhile)."""

TITLE_SOURCE = "title"  # the runner's job source for titles (the meters leave them out)
TITLE_INSTRUCTION = (
    "Write a title of 3 to 6 words for this conversation, in its language. "
    "Reply with the title only."
)
EXCERPT_CHARS = (800, 400)  # the user's message, the reply: the topic, not the details
MAX_TOKENS = 24
THINKING_BUDGET = 96  # models that always think get a little room for it
SAMPLING = Sampling(temperature=0.3, top_p=0.9, top_k=20, min_p=0.0)
MAX_WORDS = 8
MAX_CHARS = 60
MAX_CHARS_UNSPACED = 24  # Chinese, Japanese: no spaces between words

_THINK_BLOCK = re.compile(r"<think>.*?(</think>|$)", re.DOTALL | re.IGNORECASE)
_TAGS = re.compile(r"</?think>|<\|[^|>]*\|>", re.IGNORECASE)
_LABEL = re.compile(  # "Title:", "**Title:**", "标题：" before the title itself
    r"^\s*(?:#+\s*)?(?:\*\*)?\s*(?:chat title|title|标题|題名|タイトル)\s*[:：]\s*(?:\*\*)?", re.I
)
_QUOTES = "\"'`“”‘’«»「」『』„‚*_#"
_TRAILING = ".!?。！？:;,、，；：…-–— "


def clean_title(text: str) -> str | None:
    """The model's answer as a title, or None when nothing usable is left."""
    text = _TAGS.sub("", _THINK_BLOCK.sub("", text))
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if len(lines) > 1 and lines[0].endswith((":", "：")):
        lines = lines[1:]  # "Here is a title:" then the title
    line = _LABEL.sub("", lines[0] if lines else "")
    for _ in range(3):  # "**"Title"**." peels in a few rounds
        line = line.strip().strip(_QUOTES).rstrip(_TRAILING).strip()
    line = " ".join(line.split())
    head = line.split(":", 1)[0].strip()
    if len(line.split()) > MAX_WORDS - 2 and len(head.split()) >= 2 and head != line:
        line = head  # "Best Balcony Vegetables: A Guide to …" keeps its head
    words = line.split(" ")
    if len(words) > MAX_WORDS:
        line = " ".join(words[:MAX_WORDS])
    limit = MAX_CHARS if " " in line else MAX_CHARS_UNSPACED
    if len(line) > limit:
        cut = line[:limit]
        space = cut.rfind(" ")
        line = cut[:space] if space > limit // 2 else cut
    line = line.rstrip(_TRAILING).strip()  # a cut can end on a sentence's full stop
    return line if len(line) >= 2 else None


def first_exchange(thread: Sequence[Message]) -> tuple[Message, Message] | None:
    """The first user message and the first reply to it with some text (a reply that used
    tools is several rows: calls, results, then the answer)."""
    user = next((m for m in thread if m.role == "user"), None)
    if user is None:
        return None
    for message in thread[thread.index(user) + 1 :]:
        if message.role == "user":
            return None
        if message.role == "assistant" and message.content.strip():
            return user, message
    return None


def title_request(user: str, reply: str, model: ModelInfo) -> GenerationRequest:
    """The request that asks ``model`` for a title of the exchange."""
    # One user turn ending in "Title:": even a 135M model answers with a title then.
    asked, answered = user[: EXCERPT_CHARS[0]], reply[: EXCERPT_CHARS[1]]
    prompt = f"{TITLE_INSTRUCTION}\n\nUser: {asked}\nAssistant: {answered}\n\nTitle:"
    messages = [{"role": "user", "content": prompt}]
    if model.thinking is ThinkingCapability.ALWAYS:
        return GenerationRequest(
            messages,
            thinking=ThinkingMode.ON,
            thinking_budget=THINKING_BUDGET,
            sampling=SAMPLING,
            max_tokens=THINKING_BUDGET + MAX_TOKENS,
        )
    return GenerationRequest(
        messages, thinking=ThinkingMode.OFF, sampling=SAMPLING, max_tokens=MAX_TOKENS
    )


def needs_title(store: HistoryStore, conversation_id: int) -> tuple[str, str, str] | None:
    """(current title, first user text, first reply) when the chat still has the automatic
    title taken from its first message and a first reply; else None."""
    try:
        conversation = store.get_conversation(conversation_id)
        if conversation.title_set_by_user or conversation.trashed is not None:
            return None  # before reading the whole thread
        exchange = first_exchange(store.path(conversation_id))
    except HistoryError:
        return None
    if exchange is None:
        return None
    user, reply = exchange
    if conversation.title != title_from_text(user.content):
        return None  # already written by the model, or an older title
    return conversation.title, user.content, reply.content


class TitleWriter(ReplyListener):
    """Collects the model's answer; at the end stores the cleaned title if still wanted."""

    def __init__(
        self, store: HistoryStore, conversation_id: int, replaces: str, done: TitleListener
    ) -> None:
        self.store = store
        self.conversation_id = conversation_id
        self.replaces = replaces
        self.done = done
        self.parts: list[str] = []

    def text(self, text: str) -> None:
        self.parts.append(text)

    def finished(self, outcome: Outcome) -> None:
        title = None
        if outcome.stats.stop_reason not in (StopReason.ERROR, StopReason.CANCELLED):
            title = clean_title("".join(self.parts))
        stored = None
        if title is not None:
            try:
                if self.store.set_written_title(self.conversation_id, title, self.replaces):
                    stored = title
            except HistoryError:
                stored = None
        self.done(self.conversation_id, stored)
