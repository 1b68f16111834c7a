"""Beside the composer: whether this chat's replies get tools (and plainly why not, when the
model's chat template has no tool support), Qwen2.5-Math's "Use Python" switch, and a notice
when an MCP server fails (read from what the tool box knows; nothing here waits on a server).
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QLabel, QWidget

from desktop.chat.options import ChatOptions
from desktop.chat.tool_turns import knows_tools
from desktop.core.i18n import format_number, translate
from desktop.core.models.families import Family, family_from_details
from desktop.core.prompts import MATHS
from desktop.core.settings import Settings
from desktop.engines.base import ModelInfo
from desktop.gui.app_state import AppState
from desktop.gui.chat.controller import ChatController

POLL_MS = 1000  # how often server failures are looked for while tools are on
WARNING_STYLE = "color: #c92a2a;"


class ToolsBar(QWidget):
    notice = Signal(str)  # a plain sentence for the window's banner

    def __init__(self, state: AppState, controller: ChatController) -> None:
        super().__init__()
        self.setObjectName("toolsBar")
        self.state = state
        self.controller = controller
        self._reported: set[tuple[str, str]] = set()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.label = QLabel()
        self.label.setObjectName("toolsState")
        self.label.setAccessibleName(translate("ToolsBar", "Tools"))
        self.math_python = QCheckBox(translate("ToolsBar", "Use Python"))
        self.math_python.setObjectName("mathPython")
        self.math_python.setAccessibleName(translate("ToolsBar", "Use Python (Qwen2.5-Math)"))
        self.math_python.toggled.connect(self._on_math_python_toggled)
        layout.addWidget(self.label)
        layout.addWidget(self.math_python)
        self._timer = QTimer(self, interval=POLL_MS)
        self._timer.timeout.connect(self._look_for_failures)
        state.generation.model_changed.connect(self.refresh)
        state.settings.changed.connect(self.refresh)
        controller.options_changed.connect(self.refresh)
        self.refresh()

    def refresh(self, *_: object) -> None:
        settings, model = self.state.settings.value, self.state.generation.model
        self._show_tools(settings, model)
        self._show_math(settings, model, self.controller.options)
        if settings.tools.enabled and self.state.toolbox is not None:
            self._timer.start()
        else:
            self._timer.stop()

    def _show_tools(self, settings: Settings, model: ModelInfo | None) -> None:
        label, box = self.label, self.state.toolbox
        label.setStyleSheet("")
        if not settings.tools.enabled or box is None:
            label.hide()
            return
        label.show()
        if model is not None and not knows_tools(model):
            label.setText(translate("ToolsBar", "This model cannot use tools"))
            label.setStyleSheet(WARNING_STYLE)
            label.setToolTip(
                translate(
                    "ToolsBar",
                    "{name}'s chat template has no tool support, so tools are not offered "
                    "to it (it would ignore them). Load a model that knows tools, such as Qwen3 "
                    "or Qwen2.5.",
                ).format(name=model.name)
            )
            return
        names = box.registry().names()
        label.setText(
            translate("ToolsBar", "Tools on · {count}").format(count=format_number(len(names)))
            if names
            else translate("ToolsBar", "Tools on · none")
        )
        label.setToolTip(
            translate("ToolsBar", "Tools offered to the model: {names}").format(
                names=", ".join(names)
            )
            if names
            else translate(
                "ToolsBar",
                "Tools are on but none is available: switch the Python runner or an MCP "
                "server on in Settings ▸ Tools.",
            )
        )

    def _show_math(self, settings: Settings, model: ModelInfo | None, options: ChatOptions) -> None:
        math = model is not None and family_from_details(model.details) is Family.QWEN25_MATH
        box = self.math_python
        box.setVisible(math and options.preset == MATHS)
        box.blockSignals(True)
        box.setChecked(options.math_python)
        box.blockSignals(False)
        box.setEnabled(settings.tools.python)
        box.setToolTip(
            translate(
                "ToolsBar",
                "Qwen2.5-Math writes Python and Qwen Desk runs it (asking first, like the python "
                "tool), then the model goes on with the output: tool-integrated reasoning.",
            )
            if settings.tools.python
            else translate(
                "ToolsBar",
                "Switch the Python runner on in Settings ▸ Tools to let Qwen2.5-Math use it.",
            )
        )

    def _on_math_python_toggled(self, on: bool) -> None:
        self.controller.set_options(math_python=on)

    def _look_for_failures(self) -> None:
        box = self.state.toolbox
        if box is None:
            return
        for status in box.statuses():
            key = (status.name, status.message)
            if status.state == "failed" and key not in self._reported:
                self._reported.add(key)
                self.notice.emit(status.message)
