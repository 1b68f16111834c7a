"""The main window: open a model, chat with it, watch the reply stream, stop it.

This is the foundation window; the full transcript (Markdown, code, maths), sidebar and
history arrive with the chat-window work. Generation never runs on this thread.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop.core.settings import Settings, save_settings
from desktop.core.thinking import ThinkingCapability
from desktop.engines.base import (
    GenerationRequest,
    GenerationStats,
    LoadOptions,
    ModelInfo,
    StopReason,
    ThinkingMode,
)
from desktop.gui.workers import GenerationThread


@dataclass
class Turn:
    role: str
    text: str = ""
    thinking: str = ""
    footer: str = ""


@dataclass
class Conversation:
    turns: list[Turn] = field(default_factory=list)

    def messages(self) -> list[dict[str, str]]:
        return [
            {"role": t.role, "content": t.text} for t in self.turns if t.text or t.role == "user"
        ]


class MainWindow(QMainWindow):
    def __init__(self, generation: GenerationThread, settings: Settings, settings_path: Path):
        super().__init__()
        self.setObjectName("mainWindow")
        self.setWindowTitle("Qwen Desk")
        self.resize(980, 720)
        self.generation = generation
        self.settings = settings
        self.settings_path = settings_path
        self.model: ModelInfo | None = None
        self.conversation = Conversation()
        self.generating = False
        self._build()
        worker = generation.worker
        worker.load_progressed.connect(self._on_worker_load_progressed)
        worker.loaded.connect(self._on_worker_loaded)
        worker.load_failed.connect(self._on_worker_load_failed)
        worker.tokens_arrived.connect(self._on_worker_tokens_arrived)
        worker.thinking_arrived.connect(self._on_worker_thinking_arrived)
        worker.finished.connect(self._on_worker_finished)
        worker.failed.connect(self._on_worker_failed)

    # -- layout ----------------------------------------------------------------------------

    def _build(self) -> None:
        open_action = QAction("&Open model…", self)
        open_action.setObjectName("openModelAction")
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_model)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(open_action)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self.model_label = _named(
            QLabel("No model loaded — File ▸ Open model… (Ctrl+O)"), "modelLabel", "Loaded model"
        )
        self.progress = _named(QProgressBar(), "loadProgress", "Model load progress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.transcript = _named(QTextBrowser(), "transcript", "Conversation")
        self.transcript.setOpenExternalLinks(False)
        self.thinking_box = _named(QCheckBox("Thinking"), "thinkingToggle", "Thinking mode")
        self.thinking_box.setChecked(True)
        self.thinking_box.setEnabled(False)
        self.composer = _named(QPlainTextEdit(), "composer", "Message")
        self.composer.setPlaceholderText("Type a message — Enter sends, Shift+Enter adds a line")
        self.composer.setMaximumHeight(120)
        self.composer.installEventFilter(self)
        self.send_button = _named(QPushButton("Send"), "sendButton", "Send or stop")
        self.send_button.clicked.connect(self._on_send_clicked)

        top = QHBoxLayout()
        top.addWidget(self.model_label, 1)
        top.addWidget(self.progress)
        bottom = QHBoxLayout()
        bottom.addWidget(self.composer, 1)
        side = QVBoxLayout()
        side.addWidget(self.thinking_box)
        side.addWidget(self.send_button)
        bottom.addLayout(side)
        layout = QVBoxLayout()
        layout.addLayout(top)
        layout.addWidget(self.transcript, 1)
        layout.addLayout(bottom)
        central = QWidget()
        central.setLayout(layout)
        self.setCentralWidget(central)
        self._render()

    # -- model -----------------------------------------------------------------------------

    def choose_model(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, "Open a model", str(Path.home()), "GGUF models (*.gguf);;All files (*)"
        )
        if path:
            self.load_model(Path(path))

    def load_model(self, path: Path) -> None:
        load = self.settings.load_settings_for(str(path))
        options = LoadOptions(
            n_ctx=load.n_ctx,
            n_threads=load.n_threads,
            n_gpu_layers=load.n_gpu_layers,
            flash_attn=load.flash_attn,
            use_mmap=load.use_mmap,
            use_mlock=load.use_mlock,
            kv_cache_type=load.kv_cache_type,
        )
        self.progress.setValue(0)
        self.progress.show()
        self.model_label.setText(f"Loading {path.name}…")
        self.send_button.setEnabled(False)
        self.generation.load(path, options)

    def _on_worker_load_progressed(self, fraction: float, phrase: str) -> None:
        self.progress.setValue(int(fraction * 100))
        self.progress.setFormat(f"{phrase} %p%")

    def _on_worker_loaded(self, info: ModelInfo) -> None:
        self.model = info
        self.progress.hide()
        self.send_button.setEnabled(True)
        hybrid = info.thinking is ThinkingCapability.HYBRID
        self.thinking_box.setEnabled(hybrid)
        self.thinking_box.setChecked(info.thinking is not ThinkingCapability.NEVER)
        label = {"hybrid": "thinking switchable", "always": "always thinks", "never": "no thinking"}
        self.model_label.setText(
            f"<b>{html.escape(info.name)}</b> · {info.engine} · context {info.n_ctx:,} · "
            f"{label[info.thinking.value]}"
        )
        self.settings.last_model = str(info.path)
        save_settings(self.settings, self.settings_path)

    def _on_worker_load_failed(self, message: str) -> None:
        self.progress.hide()
        self.send_button.setEnabled(self.model is not None)
        self.model_label.setText(f"<span style='color:#b3261e'>{html.escape(message)}</span>")

    # -- chat ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.composer and event.type() == QEvent.Type.KeyPress:
            key = event if isinstance(event, QKeyEvent) else None
            enter = key is not None and key.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            if enter and key and not key.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                self._on_send_clicked()
                return True
            if key and key.key() == Qt.Key.Key_Escape and self.generating:
                self.stop()
                return True
        return super().eventFilter(watched, event)

    def _on_send_clicked(self) -> None:
        if self.generating:
            self.stop()
        else:
            self.send(self.composer.toPlainText())

    def send(self, text: str) -> None:
        text = text.strip()
        if not text or self.model is None or self.generating:
            return
        self.composer.clear()
        self.conversation.turns.append(Turn("user", text))
        history = self.conversation.messages()
        self.conversation.turns.append(Turn("assistant"))
        gen = self.settings.generation
        thinking = ThinkingMode.ON if self.thinking_box.isChecked() else ThinkingMode.OFF
        request = GenerationRequest(
            history,
            thinking=thinking,
            thinking_budget=gen.thinking_budget,
            max_tokens=gen.max_tokens,
        )
        self._set_generating(True)
        self._render()
        self.generation.generate(request)

    def stop(self) -> None:
        self.generation.cancel()

    def _set_generating(self, on: bool) -> None:
        self.generating = on
        self.send_button.setText("Stop" if on else "Send")

    def _on_worker_tokens_arrived(self, text: str) -> None:
        self.conversation.turns[-1].text += text
        self._render()

    def _on_worker_thinking_arrived(self, text: str) -> None:
        self.conversation.turns[-1].thinking += text
        self._render()

    def _on_worker_finished(self, stats: GenerationStats) -> None:
        turn = self.conversation.turns[-1]
        stopped = " · stopped" if stats.stop_reason is StopReason.CANCELLED else ""
        turn.footer = (
            f"{stats.generated_tokens} tokens · {stats.generation_tps:.1f} tok/s · "
            f"TTFT {stats.ttft_s * 1000:.0f} ms{stopped}"
        )
        self._set_generating(False)
        self._render()

    def _on_worker_failed(self, message: str) -> None:
        if self.conversation.turns and self.conversation.turns[-1].role == "assistant":
            self.conversation.turns[-1].footer = message
        self._set_generating(False)
        self._render()

    def _render(self) -> None:
        if not self.conversation.turns:
            self.transcript.setHtml(
                "<h2>Welcome to Qwen Desk</h2><p>Open a GGUF model you already have with "
                "<b>File ▸ Open model…</b> (Ctrl+O), then type below. Everything runs on this "
                "computer; nothing leaves it.</p>"
            )
            return
        parts = []
        for turn in self.conversation.turns:
            who = "You" if turn.role == "user" else (self.model.name if self.model else "Model")
            body = html.escape(turn.text).replace("\n", "<br>")
            block = f"<p><b>{html.escape(who)}</b></p>"
            if turn.thinking:
                thought = html.escape(turn.thinking).replace("\n", "<br>")
                block += f"<p style='color:#6b6b6b'><i>{thought}</i></p>"
            block += f"<p>{body}</p>"
            if turn.footer:
                block += f"<p style='color:#8a8a8a;font-size:small'>{html.escape(turn.footer)}</p>"
            parts.append(block)
        self.transcript.setHtml("<hr>".join(parts))
        bar = self.transcript.verticalScrollBar()
        bar.setValue(bar.maximum())

    def closeEvent(self, event: QCloseEvent) -> None:
        self.generation.shutdown()
        super().closeEvent(event)


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str, accessible: str) -> W:
    widget.setObjectName(name)
    widget.setAccessibleName(accessible)
    return widget
