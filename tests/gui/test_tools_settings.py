"""Settings ▸ Tools: the tool settings are saved with the dialog, mcp.json is checked when
saved, a failing server shows its plain error, a real MCP server's tools show with switches
that take effect at once, and secrets go to the keychain."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTreeWidgetItem

from desktop.core.settings import Settings, ToolSettings
from desktop.gui.settings.dialog import SettingsDialog
from desktop.gui.tasks import TaskRunner
from desktop.tools.mcp_config import KEYCHAIN_SERVICE
from desktop.tools.toolbox import ToolBox

SERVER = str(Path(__file__).resolve().parents[1] / "mcp_server.py")


@pytest.fixture
def toolbox(tmp_path: Path) -> Iterator[ToolBox]:
    box = ToolBox(ToolSettings(enabled=True), mcp_path=tmp_path / "mcp.json")
    yield box
    box.close()


@pytest.fixture
def dialog(qtbot, toolbox: ToolBox) -> Iterator[SettingsDialog]:
    tasks = TaskRunner(name="settings-test")
    made = SettingsDialog(Settings(tools=toolbox.settings), tasks=tasks, toolbox=toolbox)
    qtbot.addWidget(made)
    made.tabs.setCurrentWidget(made.tools_tab)
    made.show()
    yield made
    made.close()
    tasks.shutdown()


def children(item: QTreeWidgetItem) -> dict[str, QTreeWidgetItem]:
    found = [item.child(i) for i in range(item.childCount())]
    return {child.text(0): child for child in found if child is not None}


def server_rows(dialog: SettingsDialog) -> dict[str, QTreeWidgetItem]:
    tree = dialog.tools_tab.servers
    rows = {}
    for i in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(i)
        if item is not None:
            rows[item.text(0)] = item
    return rows


def test_the_tool_settings_are_saved_with_the_dialog(dialog: SettingsDialog) -> None:
    tab = dialog.tools_tab
    assert tab.enabled.isChecked()
    tab.enabled.setChecked(False)
    tab.python_trusted.setChecked(True)
    tab.time_limit.setText("5")
    tab.memory_limit.setText("512")
    tab.max_rounds.setText("3")
    saved = dialog.settings().tools
    assert saved == ToolSettings(
        enabled=False,
        python=True,
        trusted=["python"],
        max_rounds=3,
        python_time_s=5.0,
        python_memory_mb=512,
    )
    tab.time_limit.setText("forever")
    assert not dialog.ok_button.isEnabled()
    assert "Time limit must be a number" in tab.time_limit.message.text()
    assert "Tools" in dialog.problem.text()


def test_a_bad_mcp_json_is_refused_plainly_and_not_written(
    dialog: SettingsDialog, toolbox: ToolBox
) -> None:
    editor = dialog.tools_tab.file
    editor.editor.setPlainText('{"mcpServers": {"x": {"command": "a",}}}')
    editor.save_file.click()
    message = editor.file_message.text()
    assert "not valid JSON at line 1" in message
    assert "Traceback" not in message
    assert toolbox.mcp_path is not None
    assert not toolbox.mcp_path.exists()


def test_servers_show_their_state_and_tools_with_switches(
    qtbot, dialog: SettingsDialog, toolbox: ToolBox
) -> None:
    config = {
        "mcpServers": {
            "test": {"command": sys.executable, "args": [SERVER, "stdio"]},
            "crashy": {"command": sys.executable, "args": [SERVER, "crash"]},
        }
    }
    editor = dialog.tools_tab.file
    editor.editor.setPlainText(json.dumps(config, indent=2))
    editor.save_file.click()
    assert "Saved (test, crashy)" in editor.file_message.text()

    def settled() -> bool:
        rows = server_rows(dialog)
        return {"test", "crashy"} <= set(rows) and all(
            rows[n].text(1).startswith(("Ready", "Failed")) for n in ("test", "crashy")
        )

    qtbot.waitUntil(settled, timeout=60_000)
    rows = server_rows(dialog)
    assert rows["crashy"].text(1).startswith("Failed: ")
    assert 'The MCP server "crashy" stopped' in rows["crashy"].text(1)
    tools = children(rows["test"])
    assert {"add", "whoami", "explode", "sleep"} <= set(tools)
    assert all(t.checkState(0) == Qt.CheckState.Checked for t in tools.values())
    assert "add" in toolbox.registry()
    tools["add"].setCheckState(0, Qt.CheckState.Unchecked)
    assert "add" not in toolbox.registry(), "the switch applies at once"
    assert toolbox.mcp_path is not None
    stored = json.loads(toolbox.mcp_path.read_text(encoding="utf-8"))
    assert stored["qwenDesk"]["disabledTools"] == {"test": ["add"]}
    assert '"disabledTools"' in editor.editor.toPlainText()
    children(server_rows(dialog)["test"])["whoami"].setCheckState(2, Qt.CheckState.Checked)
    assert "whoami" in dialog.settings().tools.trusted


def test_a_secret_goes_to_the_keychain_and_its_reference_into_the_file(
    dialog: SettingsDialog,
) -> None:
    editor = dialog.tools_tab.file
    editor.secret_name.setText("search-token")
    editor.secret_value.setText("s3cret")
    editor.save_secret.click()
    assert keyring.get_password(KEYCHAIN_SERVICE, "mcp:search-token") == "s3cret"
    assert editor.secret_value.text() == ""
    assert "s3cret" not in editor.file_message.text()
    editor.editor.setPlainText("")
    editor.insert_secret.click()
    assert editor.editor.toPlainText() == '"keychain:search-token"'


def test_an_unreadable_mcp_json_at_start_is_shown(qtbot, tmp_path: Path) -> None:
    path = tmp_path / "mcp.json"
    path.write_text("{not json", encoding="utf-8")
    box = ToolBox(ToolSettings(enabled=True), mcp_path=path)
    try:
        made = SettingsDialog(Settings(tools=box.settings), toolbox=box)
        qtbot.addWidget(made)
        problems = made.tools_tab.problems
        assert not problems.isHidden()
        assert "mcp.json is not valid JSON at line 1" in problems.text()
        assert made.tools_tab.file.editor.toPlainText() == "{not json", "kept to be fixed"
    finally:
        box.close()
