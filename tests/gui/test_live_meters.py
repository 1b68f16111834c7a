"""While a reply streams, the window's live meters (speed, tokens, context) change at most
four times a second, not at every batch of tokens; the reply's last counts are shown when it
ends, and a new reply's first count at once."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QWidget

from desktop.chat.outcome import Outcome
from desktop.core.history import HistoryStore
from desktop.engines.base import GenerationStats
from desktop.gui.window import tools as window_tools
from desktop.gui.window.tools import WindowTools
from tests.gui.window_support import make_state


def test_live_meters_change_four_times_a_second_and_end_exact(
    qtbot: Any, store: HistoryStore, tmp_path: Path, monkeypatch
) -> None:
    clock = [100.0]
    monkeypatch.setattr(window_tools.time, "monotonic", lambda: clock[0])
    state = make_state(store, tmp_path / "settings.json")
    host = QWidget()
    qtbot.addWidget(host)
    tools = WindowTools(state, host)
    tools.strip.setParent(host)  # as the window's status bar holds it: it goes with the host
    shown: list[int] = []
    tools.source.generation_changed.connect(lambda figures: shown.append(figures.tokens))
    generation = state.generation
    try:
        generation.reply_started.emit("chat")
        generation.prompt_counted.emit(10, 50, 1000)
        for count in range(1, 17):  # 16 batches of tokens 62.5 ms apart: one second
            generation.tokens_counted.emit(count, 0)
            clock[0] += 0.0625
        assert shown[0] == 0  # the start
        assert shown[1:] == [1, 5, 9, 13]  # the first at once, then every 250 ms
        assert tools.source.context.reply == 13
        stats = GenerationStats(generated_tokens=16)
        generation.reply_finished.emit(Outcome(stats), "chat")
        assert tools.source.context.reply == 16  # the last count, shown as the reply ends
        assert shown[-1] == 16
        # The next reply's first count is shown at once.
        generation.reply_started.emit("chat")
        generation.tokens_counted.emit(1, 0)
        assert shown[-1] == 1
    finally:
        tools.close()
        state.shutdown()
