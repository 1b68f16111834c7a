"""The conversation sidebar, driven with pytest-qt against a real HistoryStore."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QFileDialog, QLineEdit, QListView, QPushButton

from desktop.core.history.store import HistoryStore, SearchHit
from desktop.gui.sidebar.models import PAGE_SIZE, ConversationRole, relative_time
from desktop.gui.sidebar.parts import NOTICE_MS
from desktop.gui.sidebar.search import HitRole, snippet_html, trim_segments
from desktop.gui.sidebar.sidebar import Sidebar

NOW = datetime(2026, 3, 14, 15, 0, tzinfo=UTC)


def _iso(when: datetime) -> str:
    return when.isoformat().replace("+00:00", "Z")


def seed(store: HistoryStore, specs: list[tuple[str, datetime, bool, str]]) -> list[int]:
    """Import conversations (title, updated, pinned, first message) in one transaction."""
    conversations: list[dict[str, Any]] = [
        {
            "title": title,
            "title_set_by_user": bool(title),
            "created": _iso(when),
            "updated": _iso(when),
            "pinned": pinned,
            "model": None,
            "system_prompt": "",
            "thinking_mode": "auto",
            "sampling": {},
            "trashed": None,
            "messages": [
                {
                    "id": 1,
                    "parent": None,
                    "role": "user",
                    "content": text,
                    "thinking": "",
                    "created": _iso(when),
                    "state": "complete",
                    "stats": {},
                    "model": None,
                    "shown": True,
                }
            ]
            if text
            else [],
        }
        for title, when, pinned, text in specs
    ]
    data = {"format": "qwen-desk-history", "version": 1, "conversations": conversations}
    return store.import_json(json.dumps(data))


@pytest.fixture
def chats(store: HistoryStore) -> dict[str, int]:
    hour = timedelta(hours=1)
    ids = seed(
        store,
        [
            ("Old pinned", NOW - 50 * hour, True, "pinned but old"),
            ("Newest", NOW - hour, False, "the newest chat about bananas"),
            ("Middle", NOW - 5 * hour, False, "我们讨论了量子计算的基本原理"),
            ("Oldest", NOW - 90 * hour, False, "talk about the ocean"),
            ("Pinned recent", NOW - 2 * hour, True, "a pinned chat"),
        ],
    )
    return dict(
        zip(["old_pinned", "newest", "middle", "oldest", "pinned_recent"], ids, strict=True)
    )


@pytest.fixture
def sidebar(qtbot, store: HistoryStore) -> Sidebar:
    widget = Sidebar(store)
    qtbot.addWidget(widget)
    widget.resize(280, 600)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def titles(sidebar: Sidebar) -> list[str]:
    model = sidebar.list_model
    return [model.data(model.index(row)) for row in range(model.rowCount())]


def open_editor(sidebar: Sidebar) -> QLineEdit:
    """The inline title editor now open on the current row."""
    view = sidebar.conversation_list
    editor = view.indexWidget(view.currentIndex())
    assert isinstance(editor, QLineEdit)
    assert editor.objectName() == "renameEditor"
    return editor


def row_rect_center(view: QListView, row: int) -> QPoint:
    return view.visualRect(view.model().index(row, 0)).center()


def test_lists_pinned_first_then_newest(chats, sidebar):
    assert titles(sidebar) == ["Pinned recent", "Old pinned", "Newest", "Middle", "Oldest"]
    conversation = sidebar.list_model.index(0).data(ConversationRole)
    assert conversation.pinned
    assert sidebar.findChild(QPushButton, "newChatButton").accessibleName() == "New chat"
    assert sidebar.findChild(QListView, "conversationList") is sidebar.conversation_list


def test_empty_history_says_so(sidebar, store):
    assert sidebar.empty_label.isVisible()
    assert not sidebar.conversation_list.isVisible()
    conversation = store.create_conversation("First")
    sidebar.refresh(select_id=conversation.id)
    assert sidebar.conversation_list.isVisible()
    assert not sidebar.empty_label.isVisible()
    assert sidebar.current_id() == conversation.id


def test_relative_time():
    assert relative_time(NOW - timedelta(seconds=20), NOW) == "Just now"
    assert relative_time(NOW - timedelta(minutes=7), NOW) == "7 min ago"
    local_now = NOW.astimezone()
    midnight = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
    if local_now - timedelta(hours=2) >= midnight:
        assert relative_time(NOW - timedelta(hours=2), NOW) == "2 h ago"
    assert relative_time(midnight - timedelta(hours=3), local_now) == "Yesterday"
    assert relative_time(datetime(2026, 1, 5, 12, tzinfo=UTC), NOW) == "5 Jan"
    assert relative_time(datetime(2024, 7, 9, 12, tzinfo=UTC), NOW) == "9 Jul 2024"


def test_click_emits_selected_and_select_does_not(qtbot, chats, sidebar):
    view = sidebar.conversation_list
    with qtbot.waitSignal(sidebar.conversation_selected) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=row_rect_center(view, 2))
    assert blocker.args == [chats["newest"]]
    with qtbot.assertNotEmitted(sidebar.conversation_selected):
        sidebar.select(chats["oldest"])
    assert view.currentIndex().row() == 4
    sidebar.select(None)
    assert not view.selectionModel().hasSelection()


def test_arrow_keys_and_double_click(qtbot, chats, sidebar):
    view = sidebar.conversation_list
    sidebar.select(chats["newest"])
    view.setFocus()
    with qtbot.waitSignal(sidebar.conversation_selected) as blocker:
        qtbot.keyClick(view, Qt.Key.Key_Down)
    assert blocker.args == [chats["middle"]]
    oldest = row_rect_center(view, 4)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=oldest)  # a real double
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=oldest)  # click: two
    assert open_editor(sidebar).text() == "Oldest"
    qtbot.keyClick(open_editor(sidebar), Qt.Key.Key_Escape)


def test_enter_in_search_box_opens_the_first_result(qtbot, chats, sidebar):
    sidebar.search_box.setText("ocean")
    with qtbot.waitSignal(sidebar.conversation_selected) as blocker:
        qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Return)
    assert blocker.args == [chats["oldest"]]


def test_new_chat_button_emits(qtbot, sidebar):
    with qtbot.waitSignal(sidebar.new_chat_requested):
        qtbot.mouseClick(sidebar.new_chat_button, Qt.MouseButton.LeftButton)


def test_rename_with_f2_then_typing(qtbot, chats, sidebar, store):
    sidebar.select(chats["middle"])
    sidebar.conversation_list.setFocus()
    qtbot.keyClick(sidebar.conversation_list, Qt.Key.Key_F2)
    editor = open_editor(sidebar)
    assert editor.text() == "Middle"
    assert editor.hasFocus()
    editor.selectAll()
    qtbot.keyClicks(editor, "Quantum notes")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: store.get_conversation(chats["middle"]).title == "Quantum notes")
    assert "Quantum notes" in titles(sidebar)


def test_rename_escape_cancels_and_empty_restores_automatic_title(qtbot, chats, sidebar, store):
    sidebar.select(chats["newest"])
    sidebar.rename_current()
    editor_index = sidebar.conversation_list.currentIndex()
    editor = open_editor(sidebar)
    qtbot.keyClicks(editor, "Something else")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: sidebar.conversation_list.indexWidget(editor_index) is None)
    assert store.get_conversation(chats["newest"]).title == "Newest"
    sidebar.rename_current()
    editor = open_editor(sidebar)
    editor.clear()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: store.get_conversation(chats["newest"]).title == "the newest chat about bananas"
    )


def test_delete_then_undo_restores(qtbot, chats, sidebar, store):
    sidebar.select(chats["newest"])
    sidebar.conversation_list.setFocus()
    with qtbot.waitSignal(sidebar.conversation_deleted) as blocker:
        qtbot.keyClick(sidebar.conversation_list, Qt.Key.Key_Delete)
    assert blocker.args == [chats["newest"]]
    assert "Newest" not in titles(sidebar)
    assert store.get_conversation(chats["newest"]).trashed is not None
    assert sidebar.notice.isVisible()
    assert sidebar.notice_label.text() == "Chat deleted"
    assert sidebar.notice.timer.isActive()
    assert sidebar.notice.timer.interval() == NOTICE_MS
    undo = sidebar.findChild(QPushButton, "undoButton")
    with qtbot.waitSignal(sidebar.conversation_restored):
        qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert store.get_conversation(chats["newest"]).trashed is None
    assert titles(sidebar) == ["Pinned recent", "Old pinned", "Newest", "Middle", "Oldest"]
    assert not sidebar.notice.isVisible()


def test_undo_notice_goes_away_by_itself(qtbot, chats, sidebar):
    sidebar.notice.timer.setInterval(50)
    sidebar.delete_conversation(chats["oldest"])
    assert sidebar.notice.isVisible()
    qtbot.waitUntil(lambda: not sidebar.notice.isVisible())
    assert sidebar._trashed == []


def test_context_menu_pin_and_export(qtbot, chats, sidebar, store, tmp_path, monkeypatch):
    menu = sidebar.menu_for(chats["oldest"])
    names = [action.objectName() for action in menu.actions()]
    assert names[:3] == ["renameAction", "pinAction", "deleteAction"]
    pin = next(a for a in menu.actions() if a.objectName() == "pinAction")
    assert pin.text() == "Pin to top"
    pin.trigger()
    assert titles(sidebar)[:3] == ["Pinned recent", "Old pinned", "Oldest"]
    assert store.get_conversation(chats["oldest"]).pinned
    unpin = next(a for a in sidebar.menu_for(chats["oldest"]).actions() if a.text() == "Unpin")
    unpin.trigger()
    assert titles(sidebar)[-1] == "Oldest"

    target = tmp_path / "export"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    menu = sidebar.menu_for(chats["oldest"])
    export = menu.findChild(type(menu), "exportMenu")
    action = next(a for a in export.actions() if a.objectName() == "exportJsonAction")
    action.trigger()
    saved = json.loads((tmp_path / "export.json").read_text(encoding="utf-8"))
    assert saved["conversations"][0]["title"] == "Oldest"
    assert sidebar.notice_label.text() == "Exported to export.json"
    action = next(a for a in export.actions() if a.objectName() == "exportMarkdownAction")
    action.trigger()
    assert "ocean" in (tmp_path / "export.md").read_text(encoding="utf-8")


def test_search_as_you_type_highlights_and_click_selects(qtbot, chats, sidebar):
    sidebar.focus_search()
    assert sidebar.search_box.hasFocus()
    assert sidebar.search_box.placeholderText() == "Search chats (Ctrl+K)"
    qtbot.keyClicks(sidebar.search_box, "bananas")
    results = sidebar.search_results
    qtbot.waitUntil(lambda: results.isVisible() and sidebar.results_model.rowCount() > 0)
    hit = sidebar.results_model.index(0).data(HitRole)
    assert hit.conversation_id == chats["newest"]
    assert "background-color" in snippet_html(hit)
    assert ">bananas</span>" in snippet_html(hit)
    with qtbot.waitSignal(sidebar.conversation_selected) as blocker:
        qtbot.mouseClick(
            results.viewport(), Qt.MouseButton.LeftButton, pos=row_rect_center(results, 0)
        )
    assert blocker.args == [chats["newest"]]
    qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Escape)
    assert sidebar.conversation_list.isVisible()
    assert sidebar.search_box.text() == ""
    assert sidebar.conversation_list.currentIndex().data(ConversationRole).id == chats["newest"]


def test_search_finds_chinese_words(qtbot, chats, sidebar):
    sidebar.search_box.setText("量子")  # two characters: below the trigram length
    qtbot.waitUntil(lambda: sidebar.results_model.rowCount() > 0)
    hit = sidebar.results_model.hit(0)
    assert hit.conversation_id == chats["middle"]
    assert ">量子</span>" in snippet_html(hit)
    sidebar.search_box.setText("量子计算")
    qtbot.waitUntil(lambda: sidebar.results_model.query == "量子计算")
    assert sidebar.results_model.hit(0).conversation_id == chats["middle"]


def test_search_debounces_and_reports_no_match(qtbot, chats, sidebar, monkeypatch):
    calls: list[str] = []
    real = sidebar._store.search

    def counting_search(query: str, **kwargs: Any) -> list[SearchHit]:
        calls.append(query)
        return real(query, **kwargs)

    monkeypatch.setattr(sidebar._store, "search", counting_search)
    qtbot.keyClicks(sidebar.search_box, "zebra")
    qtbot.waitUntil(lambda: sidebar.no_results_label.isVisible())
    assert calls == ["zebra"]  # one query after typing stopped, not one per key
    assert "zebra" in sidebar.no_results_label.text()
    sidebar.search_box.clear()
    assert sidebar.conversation_list.isVisible()


def test_long_snippets_keep_the_match_in_view():
    segments = [("x" * 300 + " before ", False), ("match", True), (" after" * 50, False)]
    trimmed = trim_segments(segments)
    assert trimmed[0][0].startswith("…")
    assert len(trimmed[0][0]) <= 37
    assert trimmed[1] == ("match", True)
    assert sum(len(text) for text, _ in trimmed) < 200


def test_ten_thousand_conversations_stay_fast(qtbot, store, tmp_path):
    start = NOW - timedelta(days=400)
    specs = [(f"Chat {i}", start + timedelta(minutes=i), i % 997 == 0, "") for i in range(10_000)]
    seed(store, specs)
    widget = Sidebar(store)
    qtbot.addWidget(widget)
    widget.resize(280, 600)
    widget.show()
    began = time.perf_counter()
    widget.refresh()
    assert time.perf_counter() - began < 2.0
    model = widget.list_model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    assert model.index(0).data(ConversationRole).pinned
    # Scrolling to the end fetches further pages on demand.
    bar = widget.conversation_list.verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: model.rowCount() > PAGE_SIZE)
    # Selecting an old chat fetches the pages it needs, and refresh keeps them.
    began = time.perf_counter()
    widget.select(store.list_conversations(limit=1, offset=9_990)[0].id)
    widget.refresh()
    assert time.perf_counter() - began < 2.0
    assert model.rowCount() == 10_000
    assert widget.conversation_list.currentIndex().row() == 9_990


def test_search_shows_each_conversation_once(qtbot, store: HistoryStore, sidebar: Sidebar):
    conversation = store.create_conversation("Binary search questions")
    store.add_user_message(conversation.id, "What is binary search?")
    reply = store.begin_reply(conversation.id)
    store.append(reply, text="Binary search halves the range each step.")
    store.finish(reply)
    assert len(store.search("binary")) >= 3  # the title, the question and the answer
    sidebar.search_box.setText("binary")
    qtbot.waitUntil(lambda: sidebar.results_model.query == "binary")
    hits = [sidebar.results_model.hit(i) for i in range(sidebar.results_model.rowCount())]
    ids = [hit.conversation_id for hit in hits if hit is not None]
    assert ids == [conversation.id]
