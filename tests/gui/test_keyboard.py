"""Keyboard-only use: the Tab order of the main window, F6 between panes with a visible focus
ring, menus with mnemonics, and the Library's cards and downloads worked with Space and
Enter alone (no mouse event in these tests)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.core.history.store import HistoryStore
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.gui.library.downloads import DownloadState
from desktop.gui.widgets import focus_ring
from desktop.gui.window.main_window import MainWindow
from tests.gui.a11y_support import main_window
from tests.gui.library_support import FILENAME, REPO, page_maker, tiny_catalog, wait
from tests.hub_server import FakeHub


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def chain_from(start: QWidget, count: int) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (visible and taking Tab focus), in order."""
    seen: list[QWidget] = []
    widget = start
    for _ in range(400):
        following = widget.nextInFocusChain()
        assert following is not None
        widget = following
        proxy = widget.focusProxy() or widget
        takes_tab = bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)
        if widget.isVisible() and widget.isEnabled() and takes_tab and proxy not in seen:
            seen.append(proxy)
        if len(seen) == count or widget is start:
            break
    return seen


def transcript_of(win: MainWindow) -> QWidget:
    """The widget that takes the transcript's focus (its focus proxies followed)."""
    widget: QWidget = win.chat_view
    while (proxy := widget.focusProxy()) is not None:
        widget = proxy
    return widget


def with_a_chat(qtbot, win: MainWindow) -> None:
    win.load_model(Path("fake.gguf"))
    qtbot.waitUntil(lambda: win.model is not None, timeout=10_000)
    win.composer.set_text("Hello")
    qtbot.keyClick(win.composer.input, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not win.controller.generating, timeout=10_000)
    qtbot.waitUntil(win.sidebar.conversation_list.isVisible, timeout=5000)


def test_tab_goes_sidebar_search_chats_transcript_message_box_send(
    qtbot, tmp_path: Path, store: HistoryStore
) -> None:
    with main_window(qtbot, tmp_path, store, use_webengine=False) as win:
        with_a_chat(qtbot, win)
        sidebar, composer = win.sidebar, win.composer
        transcript = transcript_of(win)
        assert transcript.objectName() == "chatPlainBrowser"
        composer.set_text("And then?")  # Send takes the focus only when there is a message
        order = chain_from(sidebar.search_box, 24)
        wanted = [sidebar.conversation_list, transcript, composer.input, composer.send_button]
        positions = [order.index(widget) for widget in wanted]
        assert positions == sorted(positions), [w.objectName() for w in order]
        # And with real key presses: search -> chats -> transcript; message box -> ... -> Send.
        sidebar.focus_search()
        qtbot.keyClick(sidebar.search_box, Qt.Key.Key_Tab)
        assert focused() is sidebar.conversation_list
        qtbot.keyClick(sidebar.conversation_list, Qt.Key.Key_Tab)
        assert focused() is transcript
        composer.focus_input()
        for _ in range(6):
            if focused() is composer.send_button:
                break
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        assert focused() is composer.send_button


def test_f6_cycles_the_panes_and_the_focus_ring_shows_where(
    qtbot, tmp_path: Path, store: HistoryStore
) -> None:
    with main_window(qtbot, tmp_path, store, use_webengine=False) as win:
        with_a_chat(qtbot, win)
        ring = focus_ring.install(QApplication.instance())  # type: ignore[arg-type]
        chats, input_box = win.sidebar.conversation_list, win.composer.input
        transcript = transcript_of(win)
        win.composer.focus_input()
        qtbot.keyClick(input_box, Qt.Key.Key_F6)
        assert focused() is chats
        assert ring.target() is chats  # drawn around the pane that has the focus
        qtbot.keyClick(chats, Qt.Key.Key_F6)
        assert focused() is transcript
        assert ring.target() is transcript
        qtbot.keyClick(transcript, Qt.Key.Key_F6)
        assert focused() is input_box
        assert ring.target() is None  # the message box's card marks its focus itself
        qtbot.keyClick(input_box, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
        assert focused() is transcript
        # A click moves the focus without a ring (as the web's :focus-visible).
        qtbot.mouseClick(chats.viewport(), Qt.MouseButton.LeftButton)
        assert ring.target() is None
        # With the Library shown in place of the chat, F6 goes there.
        page = win.library.open()
        chats.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(chats, Qt.Key.Key_F6)
        now = focused()
        assert now is not None
        assert page.isAncestorOf(now)


def _mnemonic(text: str) -> str:
    index = text.replace("&&", "").find("&")
    return text.replace("&&", "")[index + 1].lower() if index >= 0 else ""


def test_every_menu_item_has_a_mnemonic_or_a_shortcut(
    qtbot, tmp_path: Path, store: HistoryStore
) -> None:
    with main_window(qtbot, tmp_path, store, use_webengine=False) as win:
        menus = [a.menu() for a in win.menuBar().actions() if a.menu()]
        tops = [_mnemonic(a.text()) for a in win.menuBar().actions()]
        assert all(tops), tops
        assert len(set(tops)) == len(tops), tops
        lacking: list[str] = []

        def walk(menu: QMenu) -> None:
            keys = []
            for action in menu.actions():
                if action.isSeparator():
                    continue
                sub = action.menu()
                if isinstance(sub, QMenu):
                    walk(sub)
                key = _mnemonic(action.text())
                keys.append(key)
                if not key and action.shortcut().isEmpty():
                    lacking.append(action.text())
            doubled = {k for k in keys if k and keys.count(k) > 1}
            if doubled:
                lacking.append(f"{menu.title()}: mnemonic used twice: {sorted(doubled)}")

        for menu in menus:
            assert isinstance(menu, QMenu)
            walk(menu)
        assert not lacking, lacking
        # Shortcuts work from anywhere in the window: Ctrl+K searches, Ctrl+L comes back.
        win.composer.focus_input()
        qtbot.keyClick(win.composer.input, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
        assert focused() is win.sidebar.search_box
        qtbot.keyClick(win.sidebar.search_box, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
        assert focused() is win.composer.input
        pane = win.findChild(QAction, "nextPaneAction")
        assert pane is not None
        assert pane.shortcut().toString() == "F6"


def test_library_download_with_space_and_enter_only(qtbot, tmp_path: Path) -> None:
    tiny = build_tiny_gguf(tmp_path / "source" / "tiny.gguf").read_bytes()
    with FakeHub(token="hf_test") as hub, page_maker(qtbot) as make:
        hub.add(REPO, FILENAME, tiny, stall_at=len(tiny) // 2)
        page = make(tiny_catalog(len(tiny)), hub=hub)
        download = page.catalog_view.card("tiny-qwen3").quant_row("Q8_0").download_button
        assert download.focusPolicy() & Qt.FocusPolicy.TabFocus
        download.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(download, Qt.Key.Key_Space)
        wait(qtbot, lambda: bool(page.downloads_view.rows()))
        (row,) = page.downloads_view.rows()
        wait(qtbot, lambda: row.item.state is DownloadState.RUNNING)
        for button in (row.pause_button, row.resume_button, row.cancel_button):
            assert button.focusPolicy() & Qt.FocusPolicy.TabFocus, button.objectName()
        row.pause_button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(row.pause_button, Qt.Key.Key_Return)  # Enter, not only Space
        wait(qtbot, lambda: row.item.state is DownloadState.PAUSED)
        row.resume_button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(row.resume_button, Qt.Key.Key_Enter)
        wait(qtbot, lambda: row.item.state is DownloadState.RUNNING)
        row.cancel_button.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.keyClick(row.cancel_button, Qt.Key.Key_Space)
        wait(qtbot, lambda: not page.downloads_view.rows())
