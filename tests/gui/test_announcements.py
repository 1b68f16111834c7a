"""Screen readers hear a finished reply, a failed one, an error notice and a finished download
exactly once each (a 200-token stream is one announcement, not 200), through Qt's
announcement event."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget

from desktop.core.history.store import HistoryStore
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.engines.fake import FakeEngine
from desktop.gui import announce
from desktop.gui.library.downloads import DownloadState
from desktop.gui.widgets.notice import Notice, NoticeKind
from desktop.gui.window.main_window import MainWindow
from tests.gui.a11y_support import main_window
from tests.gui.library_support import FILENAME, REPO, page_maker, tiny_catalog, wait
from tests.gui.window_support import make_main_window
from tests.hub_server import FakeHub

Heard = list[tuple[str, bool]]


@pytest.fixture
def heard() -> Iterator[Heard]:
    said: Heard = []
    stop = announce.listen(lambda text, assertive: said.append((text, assertive)))
    yield said
    stop()


class FailingEngine(FakeEngine):
    """Streams a few tokens, then the back end fails (as a real one can, mid-reply)."""

    def _stream(self, pieces, limit, assembler, cancel):
        yield from super()._stream(pieces[:5], limit, assembler, cancel)
        raise RuntimeError("the device ran out of memory")


def chat(qtbot, win: MainWindow, text: str) -> None:
    win.load_model(Path("fake.gguf"))
    qtbot.waitUntil(lambda: win.model is not None, timeout=10_000)
    win.controller.set_thinking(False)
    win.composer.set_text(text)
    win.composer.send_requested.emit(text)
    qtbot.waitUntil(lambda: win.controller.generating, timeout=5000)
    qtbot.waitUntil(lambda: not win.controller.generating, timeout=20_000)


def test_a_200_token_reply_is_announced_once_when_it_ends(
    qtbot, tmp_path: Path, store: HistoryStore, heard: Heard
) -> None:
    engine = FakeEngine(" ".join(f"w{i}" for i in range(200)), tokens_per_s=600)
    win = make_main_window(store, tmp_path / "settings.json", engine, use_webengine=False)
    qtbot.addWidget(win)
    win.show()
    streamed: list[str] = []
    real = win.chat_view.stream_text

    def counted(message_id: int, delta: str) -> None:
        streamed.append(delta)
        real(message_id, delta)

    win.chat_view.stream_text = counted  # type: ignore[method-assign]
    chat(qtbot, win, "Count for me")
    qtbot.wait(200)  # nothing more comes later
    assert len("".join(streamed).split()) == 200
    assert len(streamed) >= 3  # it really streamed, in many deltas
    assert heard == [("Reply finished", False)]
    win.close()


def test_a_failed_reply_is_announced_once_and_at_once(
    qtbot, tmp_path: Path, store: HistoryStore, heard: Heard
) -> None:
    win = make_main_window(store, tmp_path / "settings.json", FailingEngine("a b c d e f g"))
    qtbot.addWidget(win)
    win.show()
    chat(qtbot, win, "Hello")
    qtbot.wait(100)
    assert len(heard) == 1, heard
    text, assertive = heard[0]
    assert text.startswith("The reply failed:")
    assert "out of memory" in text
    assert assertive
    win.close()


def test_a_failed_load_is_announced_once(
    qtbot, tmp_path: Path, store: HistoryStore, heard: Heard
) -> None:
    engine = FakeEngine("Hi.", fail_load="The file is not a GGUF model.")
    win = make_main_window(store, tmp_path / "settings.json", engine, use_webengine=False)
    qtbot.addWidget(win)
    win.load_model(Path("broken.gguf"))
    qtbot.waitUntil(lambda: bool(heard), timeout=10_000)
    qtbot.wait(100)
    assert heard == [("The file is not a GGUF model.", True)]
    win.close()


def test_error_notices_are_announced_and_plain_ones_are_not(qtbot, heard: Heard) -> None:
    notice = Notice("testNotice", "Test notice")
    qtbot.addWidget(notice)
    notice.show_message("Chat deleted.")
    assert heard == []
    notice.show_message("Could not read <b>the folder</b>.", kind=NoticeKind.ERROR)
    assert heard == [("Could not read the folder.", True)]


def test_a_finished_download_is_announced_once(qtbot, tmp_path: Path, heard: Heard) -> None:
    tiny = build_tiny_gguf(tmp_path / "source" / "tiny.gguf").read_bytes()
    with FakeHub(token="hf_test") as hub, page_maker(qtbot) as make:
        hub.add(REPO, FILENAME, tiny)
        page = make(tiny_catalog(len(tiny)), hub=hub)
        page.catalog_view.card("tiny-qwen3").quant_row("Q8_0").download_button.click()
        (row,) = page.downloads_view.rows()
        wait(qtbot, lambda: row.item.state is DownloadState.DONE)
        wait(qtbot, lambda: bool(heard))
        qtbot.wait(200)
    assert heard == [("Tiny Qwen3 · Q8_0 is downloaded", False)]


def test_the_announcement_is_a_qt_announcement_event(qtbot, monkeypatch) -> None:
    """What reaches the platform's accessibility bridge: one QAccessibleAnnouncementEvent
    with the text, polite or assertive."""
    posted: list[tuple[str, object]] = []

    def record(event: QAccessibleEvent) -> None:
        assert event.type() == QAccessible.Event.Announcement
        posted.append((event.message(), event.politeness()))  # type: ignore[attr-defined]

    monkeypatch.setattr(announce, "_post", record)
    window = QWidget()
    qtbot.addWidget(window)
    announce.announce("Reply  finished\n", window)
    announce.announce("It failed", window, assertive=True)
    announce.announce("   ", window)  # nothing to say: nothing said
    politeness = QAccessible.AnnouncementPoliteness
    assert posted == [("Reply finished", politeness.Polite), ("It failed", politeness.Assertive)]


def test_without_the_announcement_event_a_live_label_is_renamed(qtbot, monkeypatch) -> None:
    """Qt before 6.8: the text goes into a hidden label whose name change is reported."""
    posted: list[QAccessibleEvent] = []
    monkeypatch.setattr(announce, "ANNOUNCEMENT_EVENT", None)
    monkeypatch.setattr(announce, "_post", posted.append)
    window = QWidget()
    qtbot.addWidget(window)
    announce.announce("Download finished", window)
    (event,) = posted
    assert event.type() == QAccessible.Event.NameChanged
    label = window.findChild(QLabel, "announcement")
    assert label is not None
    assert label.accessibleName() == "Download finished"


def test_main_window_fixture_is_usable_here(qtbot, tmp_path: Path, store: HistoryStore) -> None:
    """The shared window helper (offline, fake engine) opens and closes cleanly."""
    with main_window(qtbot, tmp_path, store, use_webengine=False) as win:
        assert win.isVisible()
