"""Chat imports that would reach raw Python errors get plain messages and write nothing;
random and mutated files too. Text after a NUL is found by search."""

from __future__ import annotations

import json
import random
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.core.history.store import HistoryError, HistoryStore
from tests.robustness_counts import faults_injected, inputs_tried

FORMAT = "qwen-desk-history"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


def ours(message: dict[str, Any] | None = None, **conversation: Any) -> dict[str, Any]:
    msg = {"id": 1, "role": "user", "content": "Hello", "created": "2025-01-01T00:00:00Z"}
    conv = {
        "title": "T",
        "created": "2025-01-01T00:00:00Z",
        "updated": "2025-01-01T00:00:00Z",
        "messages": [{**msg, **(message or {})}],
        **conversation,
    }
    return {"format": FORMAT, "version": 1, "conversations": [conv]}


def _deep(levels: int) -> str:
    return "[" * levels + "]" * levels


BAD_IMPORTS: dict[str, tuple[str, str]] = {
    "900-deep list in our format": (
        json.dumps(ours(stats="X")).replace('"X"', _deep(900)),
        "nested too deeply",
    ),
    "900-deep object in stats": (
        json.dumps(ours({"stats": "X"})).replace('"X"', '{"a":' * 900 + "1" + "}" * 900),
        "nested too deeply",
    ),
    "900-deep OpenAI list": (
        json.dumps([{"role": "user", "content": "hi", "x": "X"}]).replace('"X"', _deep(900)),
        "nested too deeply",
    ),
    "5,000-digit number": (
        json.dumps(ours()).replace('"version": 1', '"version": ' + "9" * 5000),
        "a number (5,000 digits long) too large",
    ),
    "5,000-digit message id": (
        json.dumps(ours({"id": 0})).replace('"id": 0', '"id": ' + "1" * 5000),
        "a number (5,000 digits long) too large",
    ),
    "number beyond a float": (
        json.dumps(ours({"stats": {"x": 1}})).replace(": 1}", ": 1e999}"),
        "(1e999)",
    ),
    "NaN": ('[{"role": "user", "content": "hi", "x": NaN}]', "NaN is not a number JSON allows"),
    "date before 1691": (
        json.dumps(ours(created="1600-01-01T00:00:00Z")),
        "conversations[0].created is '1600-01-01T00:00:00Z', a date outside the years",
    ),
    "date after 2248": (
        json.dumps(ours({"created": "2300-06-01T12:00:00Z"})),
        "messages[0].created is '2300-06-01T12:00:00Z', a date outside",
    ),
    "first day of the calendar with an offset": (
        json.dumps(ours(updated="0001-01-01T00:00:00+14:00")),
        "a date outside the years 1700 to 2199",
    ),
    "last day of the calendar with an offset": (
        json.dumps(ours(updated="9999-12-31T23:59:59-14:00")),
        "a date outside the years 1700 to 2199",
    ),
}


@pytest.mark.parametrize("case", BAD_IMPORTS, ids=list(BAD_IMPORTS))
def test_bad_imports_get_plain_messages_and_write_nothing(store: HistoryStore, case: str) -> None:
    text, expected = BAD_IMPORTS[case]
    inputs_tried()
    with pytest.raises(HistoryError) as caught:
        store.import_file(text)
    message = str(caught.value)
    assert message.startswith("The file cannot be imported: ")
    assert message.endswith("Nothing was imported.")
    assert expected in message
    assert store.list_conversations() == []
    assert store.list_trash() == []


def test_dates_at_the_ends_of_the_range_round_trip(store: HistoryStore) -> None:
    for stamp in ("1700-01-01T00:00:00.000Z", "2199-12-31T23:59:59.999Z"):
        (new,) = store.import_file(json.dumps(ours({"created": stamp}, created=stamp)))
        exported = json.loads(store.export_json([new]))["conversations"][0]
        assert exported["created"] == stamp
        assert exported["messages"][0]["created"] == stamp


# -- text after a NUL is searchable -------------------------------------------------------------


def test_words_after_a_nul_are_found_and_the_index_stays_sound(store: HistoryStore) -> None:
    chat = store.create_conversation("Plain title")
    message = store.add_user_message(chat.id, "before\x00after words\x00tail end")
    reply = store.begin_reply(chat.id)
    store.append(reply, text="streamed\x00hidden answer", thinking="think\x00deeper")
    store.finish(reply)

    def found(query: str, **options: bool) -> list[int | None]:
        return [h.message_id for h in store.search(query, **options)]

    assert found("after words") == [message.id]
    assert found("tail") == [message.id]
    assert found("hidden answer") == [reply]
    assert found("deeper", include_thinking=True) == [reply]
    (hit,) = store.search("after")
    assert "\x00" not in hit.snippet
    store.rename(chat.id, "title\x00second part")
    assert [h.field for h in store.search("second part")] == ["title"]
    edited = store.edit_user_message(message.id, "plain\x00edited")
    assert found("edited") == [edited.id]
    store.delete_message(reply)
    assert found("hidden") == []
    conn = sqlite3.connect(store.db_path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        conn.execute("INSERT INTO messages_fts(messages_fts) VALUES ('integrity-check')")
        conn.execute("INSERT INTO titles_fts(titles_fts) VALUES ('integrity-check')")
    finally:
        conn.close()


# -- random and mutated files ------------------------------------------------------------------

_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(10**40), 10**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=20,
)
_text = st.text(max_size=60)  # any code point, NUL and lone surrogates included
_role = st.sampled_from(["system", "developer", "user", "assistant", "tool", "wizard", ""])
_openai_message = st.fixed_dictionaries(
    {"role": _role},
    optional={
        "content": _text
        | st.none()
        | st.lists(st.fixed_dictionaries({"type": st.just("text"), "text": _text})),
        "reasoning_content": _text,
    },
)


def _assert_import_is_clean(store: HistoryStore, text: str) -> None:
    """The import either succeeds or says why in a plain sentence, writing nothing."""
    before = [c.id for c in store.list_conversations()]
    try:
        new = store.import_file(text)
    except HistoryError as exc:
        refused = str(exc)
    else:
        refused = ""
    if refused:
        assert refused.startswith("The file cannot be imported"), refused
        assert refused.endswith("Nothing was imported."), refused
        assert [c.id for c in store.list_conversations()] == before
        return
    for conversation_id in new:
        store.path(conversation_id)
    store.export_json(new)
    store.export_markdown(new)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(messages=st.lists(_openai_message, max_size=6))
def test_random_openai_lists_import_or_are_refused_plainly(
    store: HistoryStore, messages: list[dict[str, Any]]
) -> None:
    inputs_tried()
    _assert_import_is_clean(store, json.dumps(messages))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(document=_json)
def test_random_json_imports_or_is_refused_plainly(store: HistoryStore, document: Any) -> None:
    inputs_tried()
    _assert_import_is_clean(store, json.dumps(document))


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    yield prefix
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _paths(item, (*prefix, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _paths(item, (*prefix, index))


def _replace(document: Any, path: tuple[Any, ...], new: Any) -> Any:
    if not path:
        return new
    head, *rest = path
    copy = dict(document) if isinstance(document, dict) else list(document)
    copy[head] = _replace(document[head], tuple(rest), new)
    return copy


@pytest.fixture
def export_text(tmp_path: Path) -> str:
    source, _ = HistoryStore.open(tmp_path / "source.sqlite3")
    try:
        chat = source.create_conversation(sampling={"temperature": 0.7}, thinking_mode="on")
        question = source.add_user_message(chat.id, "Hello 你好\x00 there")
        reply = source.begin_reply(chat.id, model="Qwen3")
        source.append(reply, thinking="Think.", text="Hi.")
        source.finish(reply, {"generated_tokens": 2}, "eos")
        again = source.regenerate(reply)
        source.finish(again)
        assert question.id
        return source.export_json()
    finally:
        source.close()


@settings(
    max_examples=300, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(seed=st.integers(0, 2**32 - 1), replacement=_json)
def test_a_real_export_with_one_value_changed_imports_or_is_refused_plainly(
    store: HistoryStore, export_text: str, seed: int, replacement: Any
) -> None:
    document = json.loads(export_text)
    path = random.Random(seed).choice(list(_paths(document)))
    inputs_tried()
    faults_injected()
    _assert_import_is_clean(store, json.dumps(_replace(document, path, replacement)))
