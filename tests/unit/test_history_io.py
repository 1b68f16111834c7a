"""Export to Markdown and JSON, import of our JSON (exact round trip) and OpenAI lists."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.core.history.store import HistoryError, HistoryStore


@pytest.fixture
def other(tmp_path: Path) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path / "other.sqlite3")
    yield opened
    opened.close()


def _rich_history(store: HistoryStore) -> tuple[int, int]:
    """Two conversations with versions, thinking, stats, settings, odd text; one trashed."""
    chat = store.create_conversation(
        model="Qwen3-1.7B",
        system_prompt="Answer in English.",
        thinking_mode="on",
        sampling={"temperature": 0.6, "top_p": 0.95},
    )
    question = store.add_user_message(chat.id, "Translate 你好 🎉 and a\x00NUL")
    first = store.begin_reply(chat.id, model="Qwen3-1.7B")
    store.append(first, thinking="User wants a translation.", text="Hello 🎉")
    store.finish(first, {"generated_tokens": 9, "ttft_s": 0.125, "generation_tps": 41.5}, "eos")
    second = store.regenerate(first)
    store.append(second, text="Hi there")
    store.finish(second, {"generated_tokens": 3}, "cancelled")
    store.select_version(first)
    edited = store.edit_user_message(question.id, "Translate 谢谢")
    store.add_message(chat.id, "assistant", "Thanks", thinking="Short.")
    store.select_version(question.id)
    store.set_pinned(chat.id, True)
    store.rename(chat.id, "Translations")
    interrupted = store.begin_reply(chat.id)
    store.append(interrupted, text="cut off mid")
    store.flush()
    store._conn.execute("UPDATE messages SET state = 'interrupted' WHERE id = ?", (interrupted,))
    store._replies.done(interrupted)
    assert edited.id
    spare = store.create_conversation()
    store.add_user_message(spare.id, "Second conversation")
    gone = store.create_conversation("in the trash")
    store.trash(gone.id)
    return chat.id, spare.id


def _without_stamp(text: str) -> dict[str, object]:
    data = json.loads(text)
    data.pop("exported")
    return data


def test_json_export_import_round_trip_is_exact(store: HistoryStore, other: HistoryStore) -> None:
    chat, _ = _rich_history(store)
    exported = store.export_json()
    ids = other.import_json(exported)
    assert len(ids) == 2
    assert _without_stamp(other.export_json()) == _without_stamp(exported)
    # The imported copy behaves like the original: the same thread is shown, the same versions.
    original = store.path(chat)
    copy = other.path(ids[0])
    assert [(m.role, m.content, m.thinking, m.state, m.stats) for m in copy] == [
        (m.role, m.content, m.thinking, m.state, m.stats) for m in original
    ]
    assert [len(m.versions) for m in copy] == [len(m.versions) for m in original]
    assert [m.created for m in copy] == [m.created for m in original]
    assert other.get_conversation(ids[0]).title == "Translations"
    assert other.search("谢谢")
    assert other.search("Hello")


def test_json_export_has_everything(store: HistoryStore) -> None:
    chat, _ = _rich_history(store)
    data = json.loads(store.export_json([chat]))
    assert data["format"] == "qwen-desk-history"
    assert data["version"] == 1
    (conversation,) = data["conversations"]
    assert conversation["title"] == "Translations"
    assert conversation["pinned"] is True
    assert conversation["sampling"] == {"temperature": 0.6, "top_p": 0.95}
    messages = conversation["messages"]
    assert len(messages) == 6
    assert [m["role"] for m in messages] == [
        "user",
        "assistant",
        "assistant",
        "user",
        "assistant",
        "assistant",
    ]
    assert messages[1]["thinking"] == "User wants a translation."
    assert messages[1]["stats"]["stop_reason"] == "eos"
    assert messages[1]["shown"] is True
    assert messages[2]["parent"] == 1
    assert messages[2]["shown"] is False
    assert messages[0]["content"] == "Translate 你好 🎉 and a\x00NUL"
    assert messages[5]["state"] == "interrupted"
    assert [c["title"] for c in json.loads(store.export_json())["conversations"]] == [
        "Translations",
        "Second conversation",
    ]  # the trash is left out unless asked for by id


def test_markdown_export(store: HistoryStore) -> None:
    chat, spare = _rich_history(store)
    text = store.export_markdown([chat])
    assert text.startswith("# Translations\n")
    assert "> Answer in English." in text
    assert (
        "<details>\n<summary>Thinking</summary>\n\nUser wants a translation.\n\n</details>" in text
    )
    assert "Hello 🎉" in text
    assert "Hi there" not in text
    assert "version 1 of 2" in text
    assert "9 tokens · 41.5 tok/s" in text
    assert "stopped: eos" in text
    assert "*interrupted*" in text
    everything = store.export_markdown()
    assert everything.count("\n---\n") == 1
    assert "# Second conversation" in everything
    assert spare


def test_openai_list_import(store: HistoryStore) -> None:
    messages = [
        {"role": "system", "content": "You are helpful."},
        {"role": "user", "content": "What is 2+2?"},
        {"role": "assistant", "content": "<think>Add them.</think>\n\n4"},
        {
            "role": "user",
            "content": [{"type": "text", "text": "And "}, {"type": "text", "text": "3+3?"}],
        },
        {"role": "assistant", "content": "6", "reasoning_content": "Again."},
        {"role": "tool", "content": None},
    ]
    conversation_id = store.import_openai(json.dumps(messages))
    conversation = store.get_conversation(conversation_id)
    assert conversation.system_prompt == "You are helpful."
    assert conversation.title == "What is 2+2?"
    assert not conversation.title_set_by_user
    thread = store.path(conversation_id)
    assert [(m.role, m.content, m.thinking) for m in thread] == [
        ("user", "What is 2+2?", ""),
        ("assistant", "4", "Add them."),
        ("user", "And 3+3?", ""),
        ("assistant", "6", "Again."),
        ("tool", "", ""),
    ]
    wrapped = store.import_openai(json.dumps({"messages": messages[1:2]}), title="Named")
    assert store.get_conversation(wrapped).title == "Named"


def test_import_file_tells_the_formats_apart(
    store: HistoryStore, other: HistoryStore, tmp_path: Path
) -> None:
    _rich_history(store)
    ours = tmp_path / "export.json"
    ours.write_text(store.export_json(), encoding="utf-8")
    assert len(other.import_file(ours)) == 2
    openai = tmp_path / "openai.json"
    openai.write_bytes(b"\xef\xbb\xbf" + json.dumps([{"role": "user", "content": "hi"}]).encode())
    (new_id,) = other.import_file(openai)
    assert other.path(new_id)[0].content == "hi"


def _ours(**message: object) -> str:
    base: dict[str, object] = {
        "id": 1,
        "parent": None,
        "role": "user",
        "content": "x",
        "created": "2024-01-01T00:00:00Z",
    }
    base.update(message)
    good = {
        "id": 1,
        "parent": None,
        "role": "user",
        "content": "ok",
        "created": "2024-01-01T00:00:00Z",
    }
    return json.dumps(
        {
            "format": "qwen-desk-history",
            "version": 1,
            "conversations": [
                {
                    "title": "good",
                    "created": "2024-01-01T00:00:00Z",
                    "updated": "2024-01-01T00:00:00Z",
                    "messages": [good],
                },
                {
                    "title": "bad",
                    "created": "2024-01-01T00:00:00Z",
                    "updated": "2024-01-01T00:00:00Z",
                    "messages": [good | {"id": 7}, base],
                },
            ],
        },
        indent=1,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format": "qwen-desk-history",\n "version": 1,\n "conversations": [,]}', "line 3"),
        ("[1, 2", "line 1, column 6"),
        (_ours(role="bot"), "conversations[1].messages[1].role is 'bot'"),
        (_ours(content=5), "conversations[1].messages[1].content is a number, expected text"),
        (_ours(created="yesterday"), "conversations[1].messages[1].created is 'yesterday'"),
        (_ours(parent=99), "conversations[1].messages[1].parent refers to message 99"),
        (_ours(id=7), "conversations[1].messages[1].id 7 is used twice"),
        (_ours(content="\ud800"), "conversations[1].messages[1].content has a broken character"),
        (_ours(stats=[1]), "conversations[1].messages[1].stats is a list, expected an object"),
        ('{"format": "qwen-desk-history", "version": 9, "conversations": []}', "newer Qwen Desk"),
        ('{"format": "something else"}', "not a Qwen Desk export"),
    ],
)
def test_bad_json_files_name_the_problem_and_import_nothing(
    store: HistoryStore, text: str, expected: str
) -> None:
    with pytest.raises(HistoryError) as error:
        store.import_json(text)
    assert error.value.reason in ("import", "invalid")
    assert expected in str(error.value)
    assert store.list_conversations() == []


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ([], "has no messages"),
        ({"role": "user"}, "the field messages is missing"),
        ([{"role": "user"}], "[0].content is missing"),
        ([{"role": "wizard", "content": "hi"}], "[0].role is 'wizard'"),
        (
            [{"role": "user", "content": [{"type": "image_url"}]}],
            "[0].content[0].type is 'image_url'",
        ),
        ([{"role": "user", "content": "a"}, "b"], "[1] is text, expected an object"),
        ("just text", "is not a list of messages"),
    ],
)
def test_bad_openai_files_name_the_problem(
    store: HistoryStore, data: object, expected: str
) -> None:
    with pytest.raises(HistoryError) as error:
        store.import_openai(json.dumps(data))
    assert expected in str(error.value)
    assert store.list_conversations() == []


def test_file_problems_are_plain(store: HistoryStore, tmp_path: Path) -> None:
    with pytest.raises(HistoryError, match="could not be read"):
        store.import_file(tmp_path / "missing.json")
    bad = tmp_path / "latin1.json"
    bad.write_bytes(b'[\n{"role": "user",\n "content": "caf\xe9"}]')
    with pytest.raises(HistoryError, match="line 3 has bytes that are not UTF-8"):
        store.import_file(bad)
    with pytest.raises(HistoryError, match="nested too deeply"):
        store.import_json("[" * 100_000 + "]" * 100_000)


def test_a_failing_import_leaves_nothing_behind(store: HistoryStore, other: HistoryStore) -> None:
    """A write that fails half-way (the disk fills up) rolls the whole import back."""
    chat = store.create_conversation("big")
    for index in range(30):
        store.add_user_message(chat.id, f"{index} " + "words " * 2000)
    exported = store.export_json()
    pages = other._conn.execute("PRAGMA page_count").fetchone()[0]
    other._conn.execute(f"PRAGMA max_page_count = {pages + 40}")
    with pytest.raises(HistoryError) as error:
        other.import_json(exported)
    assert error.value.reason == "disk_full"
    assert other.list_conversations() == []
    assert other._conn.execute("SELECT count(*) FROM messages").fetchone()[0] == 0
    assert other.search("words") == []


def test_export_files_are_written_whole(
    store: HistoryStore, other: HistoryStore, tmp_path: Path
) -> None:
    chat, _ = _rich_history(store)
    store.export_file(tmp_path / "out" / "all.json")
    store.export_file(tmp_path / "out" / "chat.md", [chat])
    assert (tmp_path / "out" / "chat.md").read_text(encoding="utf-8").startswith("# Translations")
    assert len(other.import_file(tmp_path / "out" / "all.json")) == 2
    (tmp_path / "blocked").write_text("a file, not a folder")
    with pytest.raises(HistoryError, match="could not be written"):
        store.export_file(tmp_path / "blocked" / "x.json")
    with pytest.raises(HistoryError, match="not an export format"):
        store.export_file(tmp_path / "x.txt", kind="pdf")
