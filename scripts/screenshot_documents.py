"""Take the README's documents screenshot: the real window and a real model answering from an
attached document, the passage behind [1] open. Run it on a display (Xvfb is fine):

    DISPLAY=:85 python scripts/screenshot_documents.py MODEL.gguf [out.png]

MODEL is a small real GGUF (the tests' SmolLM2-135M-Instruct will do). The document is
written to ~/Documents/qwen-desk-demo/ (removed afterwards); the app's folders are temporary.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ["QWEN_DESK_HOME"] = tempfile.mkdtemp(prefix="qwen-desk-docs-shot-")

from PySide6.QtCore import QCoreApplication, QEventLoop
from PySide6.QtWidgets import QApplication

from desktop.core.history.store import HistoryStore
from desktop.core.paths import app_paths
from desktop.core.settings import Settings
from desktop.gui.app_state import build_state
from desktop.gui.webengine_setup import prepare_webengine_environment
from desktop.gui.window.main_window import MainWindow

DOCUMENT = """# The solar system

The Sun holds 99.8 % of the mass of the solar system.

## Planets

Jupiter is the largest planet. It has 95 known moons, and its Great Red Spot is a storm
larger than the Earth.

Mars is the fourth planet from the Sun. Its red colour comes from iron oxide (rust) in its
soil.
"""
QUESTION = "In one sentence: why is Mars red? End the sentence with its source number, like [2]."


def pump(seconds: float, until: object = None) -> None:
    """Process events for ``seconds`` or until ``until()`` is true."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        if callable(until) and until():
            return
        time.sleep(0.01)


def main() -> int:
    model = Path(sys.argv[1]).resolve()
    out = Path(sys.argv[2] if len(sys.argv) > 2 else "docs/screenshot-documents.png").resolve()
    folder = Path.home() / "Documents" / "qwen-desk-demo"
    folder.mkdir(parents=True, exist_ok=True)
    document = folder / "solar-system.md"
    document.write_text(DOCUMENT, encoding="utf-8")
    prepare_webengine_environment()
    app = QApplication(sys.argv)
    paths = app_paths().ensure()
    store, _ = HistoryStore.open(paths.history_db)
    state = build_state(Settings(auto_titles=False), paths.settings_file, store)
    window = MainWindow(state)
    window.resize(1280, 800)
    window.move(0, 0)
    window.show()
    window.load_model(model)
    pump(120, lambda: window.model is not None)
    window.controller.set_thinking(False)
    window.controller.set_sampling(None, 80)  # a short answer: the picture needs no more
    window.documents.attach_paths([document])
    pump(60, lambda: not window.documents.jobs.busy)
    window.composer.set_text(QUESTION)
    window.composer.send_button.click()
    pump(500, lambda: not window.controller.generating)
    reply = window.controller.shown_messages()[-1]
    cited = reply.stats.get("citations") or []
    for _attempt in range(3):  # a tiny model does not always cite: ask it again
        if cited:
            break
        window.controller.regenerate(reply.id)
        pump(500, lambda: not window.controller.generating)
        reply = window.controller.shown_messages()[-1]
        cited = reply.stats.get("citations") or []
    print("answer:", reply.content)
    print("cited:", [c["number"] for c in cited])
    pump(2)
    if cited:
        # The last source it cites (the one about Mars, when it cites both).
        popup = window.documents.show_citation(reply.id, str(cited[-1]["number"]))
        if popup is not None:
            popup.resize(520, 300)
            popup.move(740, 430)
    pump(3)
    subprocess.run(["import", "-window", "root", "-crop", "1280x800+0+0", str(out)], check=True)
    print("saved", out)
    window.close()
    app.processEvents()
    store.close()
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
