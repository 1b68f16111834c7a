"""The one notice widget: text across the full width, actions, dismiss, timeout, kinds; and
the window's banner, the composer, the sidebar and the Library page all use it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from desktop.gui.widgets.banner import Banner
from desktop.gui.widgets.notice import Notice, NoticeAction, NoticeKind

# The window's "conversation too long" banner: a long explanation and three actions.
OVERFLOW = (
    "This conversation no longer fits in the model's context (8,192 tokens): the next reply "
    "would push the oldest turns out. Drop the oldest turns, start a new chat with a summary "
    "of this one, or reload the model with a longer context if memory allows."
)


def shown(qtbot: QtBot, notice: Notice, width: int = 720) -> QWidget:
    host = QWidget()
    QVBoxLayout(host).addWidget(notice)
    qtbot.addWidget(host)
    host.resize(width, 300)
    host.show()
    qtbot.waitExposed(host)
    return host


def test_long_text_uses_the_full_width_beside_three_actions(qtbot: QtBot) -> None:
    banner = Banner()
    host = shown(qtbot, banner)
    labels = ["Drop the oldest turns", "New chat with a summary", "Reload with 1,024 context"]
    banner.show_message(OVERFLOW, [(label, lambda: None) for label in labels])
    qtbot.waitUntil(lambda: banner.label.width() > 0)
    layout = host.layout()
    assert layout is not None
    layout.activate()
    assert banner.label.width() >= 0.8 * banner.width(), (banner.label.width(), banner.width())
    assert banner.label.height() < 6 * banner.label.fontMetrics().height(), "a few lines at most"
    assert [b.text() for b in banner.buttons()] == labels
    assert [b.objectName() for b in banner.buttons()] == [f"bannerAction{i}" for i in range(3)]


def test_an_action_runs_and_hides_the_notice(qtbot: QtBot) -> None:
    notice = Notice("testNotice")
    _host = shown(qtbot, notice)  # the host owns the notice: keep it alive
    ran: list[str] = []
    notice.show_message("Chat deleted", [NoticeAction("Undo", lambda: ran.append("undo"), "undo")])
    button = notice.findChild(QWidget, "undo")
    assert button is notice.buttons()[0]
    assert button.accessibleName() == "Undo"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert ran == ["undo"]
    assert not notice.isVisible()


def test_at_most_three_actions(qtbot: QtBot) -> None:
    notice = Notice()
    qtbot.addWidget(notice)
    with pytest.raises(ValueError, match="at most 3"):
        notice.show_message("Too many", [(str(i), lambda: None) for i in range(4)])


def test_new_message_replaces_actions_and_empty_text_hides(qtbot: QtBot) -> None:
    notice = Notice()
    _host = shown(qtbot, notice)  # the host owns the notice: keep it alive
    notice.show_message("One", [("A", lambda: None), ("B", lambda: None)])
    assert len(notice.buttons()) == 2
    assert notice.actions_box.isVisible()
    notice.show_message("Two")
    assert notice.buttons() == []
    assert not notice.actions_box.isVisible()
    assert notice.text() == "Two"
    notice.show_message("")
    assert not notice.isVisible()


def test_dismiss_button_hides_and_says_so(qtbot: QtBot) -> None:
    notice = Notice("testNotice")
    _host = shown(qtbot, notice)  # the host owns the notice: keep it alive
    notice.show_message("Diagnostics copied.")
    with qtbot.waitSignal(notice.dismissed):
        qtbot.mouseClick(notice.close_button, Qt.MouseButton.LeftButton)
    assert not notice.isVisible()
    assert notice.close_button.objectName() == "testNoticeClose"
    assert notice.close_button.accessibleName() == "Dismiss the message"


def test_timeout_hides_by_itself_and_a_call_can_override_it(qtbot: QtBot) -> None:
    notice = Notice(timeout_ms=8000)
    _host = shown(qtbot, notice)  # the host owns the notice: keep it alive
    notice.show_message("Saved")
    assert notice.timer.isActive()
    assert notice.timer.interval() == 8000
    notice.show_message("Stays", timeout_ms=0)
    assert not notice.timer.isActive()
    with qtbot.waitSignal(notice.expired, timeout=2000):
        notice.show_message("Goes", timeout_ms=30)
    assert not notice.isVisible()
    plain = Notice()
    qtbot.addWidget(plain)
    plain.show_message("No timeout by default")
    assert not plain.timer.isActive()


def test_kinds_change_the_colours(qtbot: QtBot) -> None:
    notice = Notice("kindNotice")
    _host = shown(qtbot, notice)  # the host owns the notice: keep it alive
    colours = {}
    for kind in NoticeKind:
        notice.show_message(f"A {kind} message", kind=kind)
        assert notice.kind is kind
        assert notice.property("kind") == kind.value
        image = notice.grab().toImage()
        colours[kind] = image.pixelColor(image.width() // 2, 3).name()
    assert len(set(colours.values())) == 3, colours
    with pytest.raises(ValueError, match="shouting"):
        notice.show_message("x", kind="shouting")


def test_text_is_plain_unless_the_notice_takes_rich_text(qtbot: QtBot) -> None:
    plain, rich = Notice(), Banner()
    for notice in (plain, rich):
        qtbot.addWidget(notice)
        notice.show_message("<b>bold</b>")
    assert plain.label.textFormat() is Qt.TextFormat.PlainText
    assert rich.label.textFormat() is Qt.TextFormat.AutoText


def test_every_notice_in_the_app_is_this_widget(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop.core.history.store import HistoryStore
    from desktop.core.models.catalog import load_catalog
    from desktop.core.models.library import DiscoveryRoots, Library
    from desktop.gui.composer.composer import Composer
    from desktop.gui.library.page import LibraryPage
    from desktop.gui.sidebar.sidebar import Sidebar
    from tests.gui.library_support import PROFILE_16GB

    store, _ = HistoryStore.open(tmp_path / "history.sqlite3")
    composer, sidebar = Composer(), Sidebar(store)
    page = LibraryPage(Library(), load_catalog(), PROFILE_16GB, discovery_roots=DiscoveryRoots())
    for widget in (composer, sidebar, page):
        qtbot.addWidget(widget)
    assert isinstance(composer.notice, Notice)
    assert isinstance(sidebar.notice, Notice)
    assert isinstance(page.message_bar, Notice)
    assert issubclass(Banner, Notice)
    page.show_message("Could not read the folder.", error=True)
    assert page.message_bar.kind is NoticeKind.ERROR
    page.shutdown()
    store.close()
