"""Take the README screenshots of the real window, headless (QT_QPA_PLATFORM=offscreen).

A scripted engine plays a Qwen3-style reply (thinking, code, maths) so the pictures are the
same every time; everything else — window, transcript, history — is the real app.
Usage: QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [out_dir]
QWEN_DESK_LANGUAGE=ne (or zh_CN, es) takes them in that interface language
(screenshot-ne-light.png, ...), from the .qm files `make translations` built.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["QWEN_DESK_HOME"] = tempfile.mkdtemp(prefix="qwen-desk-shots-")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop.core.history.store import HistoryStore
from desktop.core.paths import app_paths
from desktop.core.settings import Settings
from desktop.engines.fake import FakeEngine
from desktop.gui.app_state import build_state
from desktop.gui.chat.generation import GenerationService
from desktop.gui.language import install_language
from desktop.gui.webengine_setup import prepare_webengine_environment
from desktop.gui.window.main_window import MainWindow

THINKING = (
    "The user wants the roots of x^2 - 5x + 6. Factor: (x-2)(x-3). So x = 2 or x = 3. "
    "A short Python check with the quadratic formula would help."
)
ANSWER = r"""The quadratic $x^2 - 5x + 6 = 0$ factors as $(x-2)(x-3) = 0$, so by the
quadratic formula

$$x = \frac{5 \pm \sqrt{25 - 24}}{2} = \frac{5 \pm 1}{2}$$

A quick check in Python:

```python
import math

def roots(a: float, b: float, c: float) -> tuple[float, float]:
    d = math.sqrt(b * b - 4 * a * c)
    return (-b + d) / (2 * a), (-b - d) / (2 * a)

print(roots(1, -5, 6))  # (3.0, 2.0)
```

So the roots are $\boxed{x = 2 \text{ or } x = 3}$.
"""

# The conversation in the interface language, so the pictures also show the transcript's
# Devanagari and Chinese text (the model's thinking stays English, as Qwen3's often does).
LOCAL = {
    "ne": (
        "x^2 - 5x + 6 = 0 हल गर्नुहोस् र Python मा जाँच गर्नुहोस्।",
        ANSWER.replace(
            "The quadratic $x^2 - 5x + 6 = 0$ factors as $(x-2)(x-3) = 0$, so by the\n"
            "quadratic formula",
            "द्विघात समीकरण $x^2 - 5x + 6 = 0$ लाई $(x-2)(x-3) = 0$ मा खण्डीकरण गर्न सकिन्छ; "
            "द्विघात सूत्रअनुसार",
        )
        .replace("A quick check in Python:", "Python मा छिटो जाँच:")
        .replace("So the roots are", "त्यसैले मूलहरू")
        .replace(r"x = 2 \text{ or } x = 3", r"x = 2 \text{ वा } x = 3")
        .replace("}$.", "}$ हुन्।"),
        "द्विघात समीकरण हल गर्ने",
        ("Rust मा बाइनरी सर्च", "解释量子纠缠", "क्योटो यात्राको योजना"),
    ),
    "zh_CN": (
        "解方程 x^2 - 5x + 6 = 0，并用 Python 验证。",
        ANSWER.replace(
            "The quadratic $x^2 - 5x + 6 = 0$ factors as $(x-2)(x-3) = 0$, so by the\n"
            "quadratic formula",
            "二次方程 $x^2 - 5x + 6 = 0$ 可分解为 $(x-2)(x-3) = 0$，由求根公式",
        )
        .replace("A quick check in Python:", "用 Python 快速验证：")
        .replace("So the roots are", "所以方程的根为")
        .replace(r"x = 2 \text{ or } x = 3", r"x = 2 \text{ 或 } x = 3")
        .replace("}$.", "}$。"),
        "求解二次方程",
        ("Rust 中的二分查找", "解释量子纠缠", "京都旅行计划"),
    ),
}


def main() -> int:
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs")
    out.mkdir(parents=True, exist_ok=True)
    prepare_webengine_environment()  # as the app does: Chromium needs it as root
    app = QApplication(sys.argv)
    language = os.environ.get("QWEN_DESK_LANGUAGE", "")
    install_language(app, language or "en")
    prefix = f"screenshot-{language}-" if language else "screenshot-"
    paths = app_paths().ensure()
    store, _ = HistoryStore.open(paths.history_db)
    question = "Solve x^2 - 5x + 6 = 0 and check it in Python."
    answer, chat_title = ANSWER, "Solving a quadratic equation"
    titles: tuple[str, ...] = ("Binary search in Rust", "解释量子纠缠", "Trip plan for Kyoto")
    if language in LOCAL:
        question, answer, chat_title, titles = LOCAL[language]
    for title in titles:
        conversation = store.create_conversation(title)
        store.add_user_message(conversation.id, title)
    # The reply, then the chat's title, which the model writes after the first reply.
    reply = f"<think>{THINKING}</think>{answer}"
    engine = FakeEngine(tokens_per_s=400, replies=[reply, chat_title])
    generation = GenerationService(lambda source: engine)
    window = MainWindow(build_state(Settings(), paths.settings_file, store, generation=generation))
    window.resize(1280, 860)
    window.show()
    window.load_model(Path("Qwen3-8B-Q4_K_M.gguf"))
    shots = iter(["light", "dark"])
    state = {"sent": False}

    def snap(theme: str) -> None:
        window.apply_theme(theme)
        QTimer.singleShot(1200, lambda: _save(theme))

    def _save(theme: str) -> None:
        window.grab().save(str(out / f"{prefix}{theme}.png"))
        following = next(shots, None)
        if following:
            snap(following)
        else:
            window.close()
            app.quit()

    def tick() -> None:
        if window.model and not state["sent"]:
            state["sent"] = True
            window.composer.set_thinking(True)
            window.controller.set_thinking(True)
            window.controller.send(question)
        elif state["sent"] and not window.controller.generating:
            snap(next(shots))
            return
        QTimer.singleShot(100, tick)

    QTimer.singleShot(300, tick)
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    store.close()
    print(f"screenshots written to {out}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
