"""Search: words anywhere in answers, thinking and titles; Chinese, emoji, short words."""

from __future__ import annotations

import json

import pytest

from desktop.core.history.records import MARK_END, MARK_START, SearchHit
from desktop.core.history.store import HistoryStore


def _chat(store: HistoryStore, title: str, *pairs: tuple[str, str]) -> list[int]:
    """A conversation of (question, answer) pairs; an explicit title keeps titles out of hits."""
    conversation = store.create_conversation(title or "chat")
    ids = []
    for question, answer in pairs:
        ids.append(store.add_user_message(conversation.id, question).id)
        ids.append(store.add_message(conversation.id, "assistant", answer).id)
    return ids


def _ids(hits: list[SearchHit]) -> list[int | None]:
    return [hit.message_id for hit in hits]


def test_finds_a_word_with_a_highlighted_snippet(store: HistoryStore) -> None:
    ids = _chat(store, "Cooking", ("How long do eggs boil?", "Boil the eggs for seven minutes."))
    hits = store.search("seven")
    assert _ids(hits) == [ids[1]]
    hit = hits[0]
    assert hit.field == "content"
    assert hit.role == "assistant"
    assert hit.conversation_title == "Cooking"
    assert f"{MARK_START}seven{MARK_END}" in hit.snippet
    assert ("seven", True) in hit.segments()
    assert "<mark>seven</mark>" in hit.snippet_html()


def test_case_insensitive_and_every_word_must_match(store: HistoryStore) -> None:
    ids = _chat(
        store,
        "t",
        ("The quick brown fox", "jumps over the lazy dog"),
        ("A quick reply", "nothing else"),
    )
    assert _ids(store.search("QUICK FOX")) == [ids[0]]
    assert set(_ids(store.search("quick"))) == {ids[0], ids[2]}
    assert store.search("quick cat") == []
    assert store.search("   ") == []
    assert store.search("") == []


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("喜欢吃", [1]),  # three characters: the trigram index
        ("苹果", [1]),  # two characters: the LIKE fallback
        ("果", [1]),  # one character
        ("我喜欢吃苹果", [1]),
        ("喜欢 橙子", [1]),
        ("香蕉", []),
        ("吃香蕉", []),
        ("你好 hello", [0]),  # a short and a long word
        ("苹果 hello", []),  # both words, but in different messages
    ],
)
def test_chinese_words_are_found_without_spaces(
    store: HistoryStore, query: str, found: list[int]
) -> None:
    ids = _chat(store, "水果", ("hello 你好", "我喜欢吃苹果，也喜欢橙子。"))
    hits = [hit for hit in store.search(query) if hit.field != "title"]
    assert _ids(hits) == [ids[i] for i in found]
    for hit in hits:
        for word in query.split():
            assert MARK_START + word + MARK_END in hit.snippet


def test_chinese_short_word_with_english_word_in_the_same_message(store: HistoryStore) -> None:
    ids = _chat(store, "", ("hello 苹果", "ok"))
    assert _ids(store.search("苹果 hello")) == [ids[0]]
    hit = store.search("苹果 hello")[0]
    assert f"{MARK_START}hello{MARK_END}" in hit.snippet
    assert f"{MARK_START}苹果{MARK_END}" in hit.snippet


def test_japanese_and_korean(store: HistoryStore) -> None:
    ids = _chat(store, "", ("東京の天気はどうですか", "서울은 맑습니다"))
    assert _ids(store.search("天気")) == [ids[0]]
    assert _ids(store.search("맑습니다")) == [ids[1]]


@pytest.mark.parametrize("query", ["🎉", "🎉🎉🎉", "👍🏽", "👨‍👩‍👧", "party 🎉"])
def test_emoji(store: HistoryStore, query: str) -> None:
    ids = _chat(
        store, "", ("let's party 🎉🎉🎉 👍🏽 family 👨‍👩‍👧", "ok"), ("no emoji here", "none")
    )
    assert _ids(store.search(query)) == [ids[0]]


def test_query_syntax_characters_are_plain_text(store: HistoryStore) -> None:
    ids = _chat(store, "", ('50% of "a_b" AND c\\d OR NEAR(x) -y * {z}: ^w', "ok"))
    for query in ["50%", '"a_b"', "a_b", "AND", "c\\d", "NEAR(x)", "-y", "*", "{z}:", "^w", '"']:
        assert _ids(store.search(query)) == [ids[0]], query
    assert _ids(store.search("%")) == [ids[0]]
    assert store.search("_b_") == []
    assert store.search("\x00") == []
    assert store.search("\ud800") == []  # a broken character in the query is ignored


def test_titles_are_searched(store: HistoryStore) -> None:
    conversation = store.create_conversation("Trip to Kyoto")
    hits = store.search("kyoto")
    assert len(hits) == 1
    assert hits[0].field == "title"
    assert hits[0].message_id is None
    assert hits[0].conversation_id == conversation.id
    assert f"{MARK_START}Kyoto{MARK_END}" in hits[0].snippet
    store.rename(conversation.id, "Trip to Osaka")
    assert store.search("kyoto") == []
    assert [h.field for h in store.search("osaka")] == ["title"]


def test_thinking_only_when_asked(store: HistoryStore) -> None:
    conversation = store.create_conversation()
    reply = store.add_message(
        conversation.id, "assistant", "The answer is 42.", thinking="Let me ponder deeply."
    )
    assert store.search("ponder") == []
    hits = store.search("ponder", include_thinking=True)
    assert _ids(hits) == [reply.id]
    assert hits[0].field == "thinking"
    assert f"{MARK_START}ponder{MARK_END}" in hits[0].snippet
    assert store.search("po", include_thinking=False) == []
    assert _ids(store.search("po", include_thinking=True)) == [reply.id]


def test_newest_first_and_pages(store: HistoryStore) -> None:
    conversation = store.create_conversation("numbers")
    ids = [store.add_user_message(conversation.id, f"note number {i}").id for i in range(25)]
    hits = store.search("note")
    assert _ids(hits) == ids[::-1][:20]
    pages = [store.search("note", limit=7, offset=offset) for offset in (0, 7, 14, 21)]
    assert [i for page in pages for i in _ids(page)] == ids[::-1]
    assert store.search("note", limit=5, offset=100) == []


def test_imported_old_messages_sort_by_their_own_date(store: HistoryStore) -> None:
    recent = _chat(store, "", ("walrus today", "ok"))
    old = {
        "format": "qwen-desk-history",
        "version": 1,
        "conversations": [
            {
                "title": "old",
                "created": "2020-01-01T00:00:00Z",
                "updated": "2020-01-01T00:00:00Z",
                "messages": [
                    {
                        "id": 1,
                        "parent": None,
                        "role": "user",
                        "content": "walrus in 2020",
                        "created": "2020-01-01T00:00:00Z",
                    }
                ],
            }
        ],
    }
    store.import_json(json.dumps(old))
    hits = store.search("walrus")
    assert hits[0].message_id == recent[0]
    assert hits[1].snippet.endswith("in 2020")
    assert hits[1].created.year == 2020


def test_trashed_conversations_and_streaming_replies_are_left_out(store: HistoryStore) -> None:
    trashed = store.create_conversation()
    store.add_user_message(trashed.id, "pelican facts")
    store.trash(trashed.id)
    assert store.search("pelican") == []
    store.restore(trashed.id)
    assert len(store.search("pelican")) == 2  # the message and the automatic title
    live = store.create_conversation("x")
    reply = store.begin_reply(live.id)
    store.append(reply, text="flamingo")
    store.flush()
    assert store.search("flamingo") == []
    assert store.search("fl") == []
    store.finish(reply)
    assert _ids(store.search("flamingo")) == [reply]
    store.trash(trashed.id)
    store.empty_trash()
    assert store.search("pelican") == []


def test_snippet_is_one_line_around_the_match_in_a_long_message(store: HistoryStore) -> None:
    text = "filler line\n" * 2000 + "the needle is here\n" + "more filler\n" * 2000
    _chat(store, "", (text, "ok"))
    hit = store.search("needle")[0]
    assert hit.snippet.startswith("…")
    assert hit.snippet.endswith("…")
    assert "\n" not in hit.snippet
    assert len(hit.snippet) < 200
    assert f"{MARK_START}needle{MARK_END}" in hit.snippet
