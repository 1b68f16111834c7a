"""Tool calls and results in the history: stored, sent back to the model, exported, imported."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.history.store import HistoryStore
from desktop.engines.base import GenerationRequest, LoadOptions
from desktop.engines.fake import FakeEngine
from desktop.tools.approval import ApprovalPolicy
from desktop.tools.calls import ApprovedBy, CallStatus, ToolCall
from desktop.tools.history import (
    assistant_stats,
    calls_from_stats,
    model_message,
    result_from_stats,
    tool_stats,
)
from desktop.tools.loop import TurnFinished, run_tool_loop
from desktop.tools.registry import Tool, ToolRegistry

CALL = '<tool_call>\n{"name": "add", "arguments": {"a": 2, "b": 3}}\n</tool_call>'


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    yield opened
    opened.close()


def one_turn() -> tuple[FakeEngine, TurnFinished]:
    fake = FakeEngine(replies=["<think>Use the tool.</think>Adding. " + CALL, "It is 5."])
    fake.load(Path("fake.gguf"), LoadOptions())
    registry = ToolRegistry(
        [Tool("add", "Add.", {"type": "object"}, lambda args, cancel: str(args["a"] + args["b"]))]
    )
    request = GenerationRequest([{"role": "user", "content": "2 + 3?"}])
    events = list(
        run_tool_loop(
            fake.generate, request, registry, ApprovalPolicy(trusted={"add"}), threading.Event()
        )
    )
    turn = events[-1]
    assert isinstance(turn, TurnFinished)
    return fake, turn


def save(store: HistoryStore, turn: TurnFinished) -> int:
    """What the service does with a finished turn (each round as it finishes, in fact)."""
    conversation = store.create_conversation()
    store.add_user_message(conversation.id, "2 + 3?")
    for finished in turn.rounds:
        store.add_message(
            conversation.id,
            "assistant",
            str(finished.message["content"]),
            thinking=finished.thinking,
            stats={
                **assistant_stats(finished.calls),
                "stop_reason": finished.stats.stop_reason.value,
            },
        )
        for result in finished.results:
            store.add_message(conversation.id, "tool", result.content, stats=tool_stats(result))
    return conversation.id


def test_calls_from_stats_reads_message_tool_calls() -> None:
    call = ToolCall("c1", "add", {"a": 1})
    stored = assistant_stats([call])
    assert calls_from_stats(stored) == [call]
    assert calls_from_stats({"tool_calls": [call.as_message_call()]}) == [call]
    assert calls_from_stats({"tool_calls": "nonsense"}) == []


def test_the_stored_turn_goes_back_to_the_model_as_the_loop_sent_it(store: HistoryStore) -> None:
    fake, turn = one_turn()
    conversation = save(store, turn)
    path = store.path(conversation)
    assert [m.role for m in path] == ["user", "assistant", "tool", "assistant"]
    assert path[1].thinking == "Use the tool."
    rebuilt = [model_message(m.role, m.content, m.stats) for m in path]
    # The second request of the loop is exactly what the history gives back.
    assert rebuilt[:3] == list(fake.requests[1].messages)
    card = result_from_stats(path[2].content, path[2].stats)
    assert card is not None
    assert (card.call.name, card.status, card.content, card.approved_by) == (
        "add",
        CallStatus.OK,
        "5",
        ApprovedBy.TRUSTED,
    )
    assert result_from_stats("x", {}) is None


def test_json_export_and_import_carry_calls_and_results(store: HistoryStore) -> None:
    _, turn = one_turn()
    save(store, turn)
    exported = store.export_json()
    store.import_json(exported.encode())
    documents = json.loads(store.export_json())["conversations"]
    assert len(documents) == 2
    first, second = (
        [{k: v for k, v in m.items() if k != "created"} for m in c["messages"]] for c in documents
    )
    assert first == second
    assert first[1]["stats"]["tool_calls"][0]["name"] == "add"
    assert first[2]["stats"]["tool_call"]["status"] == "ok"


def test_markdown_export_shows_calls_and_results(store: HistoryStore) -> None:
    _, turn = one_turn()
    save(store, turn)
    text = store.export_markdown()
    assert "**Tool call:** `add`" in text
    assert '```json\n{\n  "a": 2,\n  "b": 3\n}\n```' in text
    assert "## Tool · add · " in text
    assert "```text\n5\n```" in text
    assert "*ok · " in text
    assert "allowed: trusted*" in text


def test_openai_import_keeps_tool_calls(store: HistoryStore) -> None:
    openai = [
        {"role": "user", "content": "Weather in Oslo?"},
        {
            "role": "assistant",
            "content": None,
            "tool_calls": [
                {
                    "id": "call_9",
                    "type": "function",
                    "function": {"name": "weather", "arguments": '{"city": "Oslo"}'},
                }
            ],
        },
        {"role": "tool", "tool_call_id": "call_9", "name": "weather", "content": "-3 C"},
        {"role": "assistant", "content": "It is -3 C."},
    ]
    conversation = store.import_openai(json.dumps(openai))
    path = store.path(conversation)
    rebuilt = [model_message(m.role, m.content, m.stats) for m in path]
    assert rebuilt[1] == {
        "role": "assistant",
        "content": "",
        "tool_calls": [
            {
                "type": "function",
                "id": "call_9",
                "function": {"name": "weather", "arguments": {"city": "Oslo"}},
            }
        ],
    }
    assert rebuilt[2] == openai[2]


def test_openai_import_refuses_unreadable_arguments(store: HistoryStore) -> None:
    from desktop.core.history.records import HistoryError

    bad = [
        {"role": "user", "content": "x"},
        {
            "role": "assistant",
            "content": "",
            "tool_calls": [{"id": "1", "function": {"name": "f", "arguments": "{oops"}}],
        },
    ]
    with pytest.raises(HistoryError, match=r"tool_calls\[0\]\.function\.arguments is not valid"):
        store.import_openai(json.dumps(bad))
