"""The settings dialog's Tools tab: tools on or off, the Python runner and its limits, trusted
tools, and the MCP servers: each server's state and each tool's switch, and mcp.json with its
keychain secrets (:mod:`desktop.gui.settings.mcp_editor`).

The switches and mcp.json are saved at once (they live in mcp.json, not in the settings);
everything else is part of :class:`ToolSettings` and saved with the dialog. Nothing here waits
on a server: statuses are read from what the tool box already knows, and restarting the
servers after a save runs on the task runner.
"""

from __future__ import annotations

import dataclasses
import logging
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QScrollArea,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.settings import ToolSettings
from desktop.gui.settings.fields import (
    ERROR_COLOR,
    NumberField,
    check_box,
    field_cell,
    hint_label,
    named,
)
from desktop.gui.settings.mcp_editor import McpFileEditor
from desktop.gui.tasks import TaskRunner
from desktop.render.tool_cards import isolation_note
from desktop.tools.mcp_config import (
    McpConfigError,
    default_path,
    set_tool_enabled,
)
from desktop.tools.mcp_tools import ServerStatus
from desktop.tools.python_tool import NAME as PYTHON
from desktop.tools.toolbox import ToolBox

log = logging.getLogger(__name__)

STATUS_POLL_MS = 500
STATE_WORDS = {
    "ready": QT_TRANSLATE_NOOP("ToolsTab", "Ready"),
    "failed": QT_TRANSLATE_NOOP("ToolsTab", "Failed"),
    "blocked": QT_TRANSLATE_NOOP("ToolsTab", "Blocked (offline)"),
    "off": QT_TRANSLATE_NOOP("ToolsTab", "Off"),
    "idle": QT_TRANSLATE_NOOP("ToolsTab", "Not started"),
    "starting": QT_TRANSLATE_NOOP("ToolsTab", "Starting…"),
}
OK_COLOR = "#2b8a3e"


class ToolsTab(QWidget):
    """Settings ▸ Tools."""

    validity_changed = Signal()

    def __init__(
        self,
        toolbox: ToolBox | None = None,
        parent: QWidget | None = None,
        *,
        mcp_path: Path | None = None,
        tasks: TaskRunner | None = None,
    ) -> None:
        super().__init__(parent)
        self.toolbox = toolbox
        self.mcp_path = mcp_path or (toolbox.mcp_path if toolbox else None) or default_path()
        self._tasks = tasks
        self._trusted_shown: set[str] = set()  # MCP tool names the tree shows a box for
        self._extra_trusted: list[str] = []
        self._statuses: list[ServerStatus] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        page = QWidget()
        scroll.setWidget(page)
        column = QVBoxLayout(page)
        self._build_general(column)
        self._build_python(column)
        self._build_servers(column)
        self.file = McpFileEditor(self.mcp_path)
        self.file.saved.connect(self._restart_servers)
        column.addWidget(self.file)
        column.addStretch(1)
        self._timer = QTimer(self, interval=STATUS_POLL_MS)
        self._timer.timeout.connect(self.refresh_servers)
        self.refresh_servers()

    # -- building ----------------------------------------------------------------------

    def _build_general(self, column: QVBoxLayout) -> None:
        self.enabled = check_box("toolsEnabled", translate("ToolsTab", "Let models use tools"))
        column.addWidget(
            field_cell(
                self.enabled,
                hint=hint_label(
                    translate(
                        "ToolsTab",
                        "Models whose chat template knows tools (Qwen3, Qwen2.5, QwQ) get them "
                        "through that template. Each call shows as a card and asks Run / Always "
                        "in this chat / Deny, except trusted tools.",
                    )
                ),
            )
        )
        form = QFormLayout()
        self.max_rounds = NumberField(
            "toolRounds", translate("ToolsTab", "Tool rounds in one reply"), 1, 50
        )
        self.call_timeout = NumberField(
            "mcpCallTimeout", translate("ToolsTab", "MCP call time limit"), 1, 3600, decimal=True
        )
        form.addRow(
            self.max_rounds.label, field_cell(self.max_rounds, message=self.max_rounds.message)
        )
        form.addRow(
            self.call_timeout.label,
            field_cell(
                self.call_timeout,
                QLabel(translate("ToolsTab", "s")),
                message=self.call_timeout.message,
            ),
        )
        column.addLayout(form)

    def _build_python(self, column: QVBoxLayout) -> None:
        box = QGroupBox(translate("ToolsTab", "Python runner"))
        form = QFormLayout(box)
        self.python = check_box("pythonRunner", translate("ToolsTab", "Python runner on"))
        form.addRow(
            "",
            field_cell(
                self.python,
                hint=hint_label(
                    translate(
                        "ToolsTab",
                        "The python tool, the Run button on Python code blocks and "
                        "Qwen2.5-Math's code runs.",
                    )
                ),
            ),
        )
        self.python_trusted = check_box(
            "pythonTrusted", translate("ToolsTab", "Run Python without asking (trusted)")
        )
        form.addRow("", self.python_trusted)
        time_limit, memory_limit = (
            translate("ToolsTab", "Time limit"),
            translate("ToolsTab", "Memory limit"),
        )
        self.time_limit = NumberField("pythonTime", time_limit, 0.5, 600, decimal=True)
        self.memory_limit = NumberField("pythonMemory", memory_limit, 64, 65536)
        form.addRow(
            time_limit,
            field_cell(
                self.time_limit, QLabel(translate("ToolsTab", "s")), message=self.time_limit.message
            ),
        )
        form.addRow(
            memory_limit,
            field_cell(
                self.memory_limit,
                QLabel(translate("ToolsTab", "MB")),
                message=self.memory_limit.message,
            ),
        )
        form.addRow("", hint_label(isolation_note(), "pythonIsolation"))
        column.addWidget(box)

    def _build_servers(self, column: QVBoxLayout) -> None:
        box = QGroupBox(translate("ToolsTab", "MCP servers"))
        layout = QVBoxLayout(box)
        self.servers = QTreeWidget()
        named(self.servers, "mcpServers", translate("ToolsTab", "MCP servers and their tools"))
        self.servers.setHeaderLabels(
            [
                translate("ToolsTab", "Server / tool"),
                translate("ToolsTab", "State"),
                translate("ToolsTab", "Trusted"),
            ]
        )
        self.servers.setRootIsDecorated(True)
        self.servers.setMinimumHeight(150)
        header = self.servers.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.servers.setColumnWidth(0, 240)
        self.servers.itemChanged.connect(self._on_servers_item_changed)
        layout.addWidget(self.servers)
        self.problems = QLabel()  # the whole of each server's error, not cut by a column
        named(self.problems, "mcpProblems", translate("ToolsTab", "MCP server problems"))
        self.problems.setWordWrap(True)
        self.problems.setStyleSheet(f"color: {ERROR_COLOR};")
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.hide()
        layout.addWidget(self.problems)
        layout.addWidget(
            hint_label(
                translate(
                    "ToolsTab",
                    "Check a tool to offer it to models; check Trusted to let it run without "
                    "asking. A server that fails shows why here; the chat carries on without it.",
                )
            )
        )
        column.addWidget(box)

    # -- values --------------------------------------------------------------------------

    def fields(self) -> list[NumberField]:
        return [self.max_rounds, self.call_timeout, self.time_limit, self.memory_limit]

    def set_values(self, tools: ToolSettings) -> None:
        self.enabled.setChecked(tools.enabled)
        self.python.setChecked(tools.python)
        self.python_trusted.setChecked(PYTHON in tools.trusted)
        self.max_rounds.set_value(tools.max_rounds)
        self.call_timeout.set_value(tools.mcp_call_timeout_s)
        self.time_limit.set_value(tools.python_time_s)
        self.memory_limit.set_value(tools.python_memory_mb)
        self._extra_trusted = [n for n in tools.trusted if n != PYTHON]
        self._fill_servers()

    def values(self, old: ToolSettings) -> ToolSettings:
        """The edited tool settings (a field still invalid keeps its old value)."""

        def pick(field: NumberField, fallback: float) -> float:
            value = field.value()
            return fallback if value is None else value

        trusted = [PYTHON] if self.python_trusted.isChecked() else []
        shown = self._checked_trusted()
        trusted += [n for n in self._extra_trusted if n not in self._trusted_shown]
        trusted += [n for n in shown if n not in trusted]
        return dataclasses.replace(
            old,
            enabled=self.enabled.isChecked(),
            python=self.python.isChecked(),
            trusted=trusted,
            max_rounds=int(pick(self.max_rounds, old.max_rounds)),
            mcp_call_timeout_s=float(pick(self.call_timeout, old.mcp_call_timeout_s)),
            python_time_s=float(pick(self.time_limit, old.python_time_s)),
            python_memory_mb=int(pick(self.memory_limit, old.python_memory_mb)),
        )

    # -- servers -------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        self._timer.start()  # states change while servers start: follow them while shown
        super().showEvent(event)

    def hideEvent(self, event: QHideEvent) -> None:
        self._timer.stop()
        super().hideEvent(event)

    def refresh_servers(self) -> None:
        """Show what the tool box knows now (never waits on a server)."""
        statuses = self.toolbox.statuses() if self.toolbox is not None else []
        if statuses != self._statuses:
            self._statuses = statuses
            self._fill_servers()

    def _checked_trusted(self) -> list[str]:
        names = []
        for i in range(self.servers.topLevelItemCount()):
            server = self.servers.topLevelItem(i)
            for j in range(server.childCount() if server else 0):
                item = server.child(j) if server else None
                if item is not None and item.checkState(2) == Qt.CheckState.Checked:
                    names.append(item.text(0))
        return names

    def _fill_servers(self) -> None:
        trusted = set(self._checked_trusted()) | set(self._extra_trusted)
        self.servers.blockSignals(True)
        self.servers.clear()
        self._trusted_shown = set()
        if not self._statuses:
            empty = QTreeWidgetItem(
                [translate("ToolsTab", "No MCP servers: add them in mcp.json below."), "", ""]
            )
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.servers.addTopLevelItem(empty)
            empty.setFirstColumnSpanned(True)  # the whole sentence, not cut at the column
        problems = [
            f"{s.name}: {s.message}" for s in self._statuses if s.state in ("failed", "blocked")
        ]
        if self.toolbox is not None and self.toolbox.config_error:
            problems.insert(0, self.toolbox.config_error)  # mcp.json itself could not be read
        self.problems.setText("\n".join(problems))
        self.problems.setVisible(bool(problems))
        for status in self._statuses:
            words = translate("ToolsTab", STATE_WORDS.get(status.state, status.state))
            same = status.message.rstrip(".…") == words.rstrip(".…")
            shown = f"{words}: {status.message}" if status.message and not same else words
            server = QTreeWidgetItem([status.name, shown, ""])
            server.setToolTip(1, shown)
            color = ERROR_COLOR if status.state == "failed" else OK_COLOR
            if status.state in ("failed", "ready"):
                server.setForeground(1, _brush(color))
            server.setData(0, Qt.ItemDataRole.UserRole, status.name)
            self.servers.addTopLevelItem(server)
            for tool in status.tools:
                item = QTreeWidgetItem([tool.name, tool.description.split("\n")[0], ""])
                item.setToolTip(1, tool.description)
                item.setFlags(
                    Qt.ItemFlag.ItemIsEnabled
                    | Qt.ItemFlag.ItemIsUserCheckable
                    | Qt.ItemFlag.ItemIsSelectable
                )
                on = tool.name in status.enabled
                item.setCheckState(0, Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                item.setCheckState(
                    2, Qt.CheckState.Checked if tool.name in trusted else Qt.CheckState.Unchecked
                )
                self._trusted_shown.add(tool.name)
                server.addChild(item)
            server.setExpanded(True)
        self.servers.blockSignals(False)

    def _on_servers_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        parent = item.parent()
        if parent is None or column != 0:
            return
        server = str(parent.data(0, Qt.ItemDataRole.UserRole))
        on = item.checkState(0) == Qt.CheckState.Checked
        try:
            if self.toolbox is not None:
                self.toolbox.set_tool_enabled(server, item.text(0), on)
            else:
                set_tool_enabled(self.mcp_path, server, item.text(0), on)
        except (McpConfigError, OSError) as exc:
            self.file.say(
                translate("ToolsTab", "The switch could not be saved: {error}").format(error=exc),
                error=True,
            )

            return
        self._statuses = self.toolbox.statuses() if self.toolbox is not None else []
        self.file.load()  # the switch lives in the file: show it there too

    def _restart_servers(self) -> None:
        toolbox = self.toolbox
        if toolbox is None:
            return
        if self._tasks is not None:  # closing the old servers may take seconds: off the GUI
            self._tasks.run(
                lambda ctx: toolbox.reload_mcp(),
                on_done=lambda _: self.refresh_servers(),
                owner=self,
                name="mcp-reload",
            )
        else:
            log.warning("no task runner: the MCP servers restart with the next settings change")


def _brush(color: str) -> QBrush:
    return QBrush(QColor(color))
