"""The Qt-free packages' texts (the `messages` area) follow the interface language, while what
the model reads stays English whatever the language (issue 18)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.core import i18n
from desktop.core.models.describe import THINKING_TEXT, VERDICT_TEXT, eta_text
from desktop.core.models.fit import Verdict
from desktop.core.thinking import ThinkingCapability
from desktop.engines.remote_errors import bad_response, from_status
from desktop.tools.calls import shown_result
from desktop.tools.loop import NOT_RUN_DENIED
from desktop.tools.mcp_client import McpClient
from desktop.tools.mcp_config import ServerConfig
from desktop.tools.runner import RunLimits, RunResult

# A stand-in for a translation: every text known to the catalog comes back marked, with its
# placeholders kept, the way a real .qm translation keeps them.
KNOWN = {
    ("RemoteEngine", "{server} needs an API key. Enter it in Connect to a server…"): (
        "«{server} KEY»"
    ),
    ("RemoteEngine", "{server} rejected the request ({status})."): "«{server} {status}»",
    ("RemoteEngine", "The server said: {said}"): "«SAID {said}»",
    ("ModelFit", "Won't fit"): "«WONT»",
    ("ModelThinking", "Always thinks"): "«ALWAYS»",
    ("Downloads", "{minutes} min left"): "«{minutes} MIN»",
    ("ToolResult", "The user denied this tool call."): "«DENIED»",
    ("PythonRunner", "Stopped: the program ran longer than the time limit of {seconds} s."): (
        "«TIME {seconds}»"
    ),
    ("McpServer", 'The MCP server "{name}" was stopped.'): "«STOPPED {name}»",
}


def _backend(context: str, text: str, disambiguation: str | None, n: int) -> str:
    del disambiguation
    out = KNOWN.get((context, text), text)
    return out.replace("%n", str(n)) if n >= 0 else out


@pytest.fixture
def language() -> Iterator[None]:
    i18n.install(_backend)
    try:
        yield
    finally:
        i18n.install(None)


def test_plain_messages_follow_the_interface_language(language: None) -> None:
    assert str(from_status(401, "", "gpu-box:8000")) == "«gpu-box:8000 KEY»"
    said = from_status(418, '{"error": {"message": "no tea"}}', "gpu-box:8000")
    assert str(said) == "«gpu-box:8000 418» «SAID no tea»"
    assert VERDICT_TEXT[Verdict.WONT_FIT] == "«WONT»"
    assert THINKING_TEXT[ThinkingCapability.ALWAYS] == "«ALWAYS»"
    assert eta_text(600) == "«10 MIN»"
    # A text the catalog does not know stays in English, placeholders filled.
    assert "sent a model list that Qwen Desk cannot read" in str(bad_response("h:1", "model list"))


def test_english_without_a_translation_is_unchanged() -> None:
    assert str(from_status(401, "", "gpu-box:8000")) == (
        "gpu-box:8000 needs an API key. Enter it in Connect to a server…"
    )
    assert VERDICT_TEXT[Verdict.WONT_FIT] == "Won't fit"
    assert eta_text(600) == "10 min left"


def test_what_the_model_reads_stays_english(language: None) -> None:
    timed_out = RunResult("", "", None, 10.0, timed_out=True)
    limits = RunLimits(time_s=10)
    assert timed_out.summary(limits) == (
        "Stopped: the program ran longer than the time limit of 10 s."
    )
    assert timed_out.summary(limits, shown=True) == "«TIME 10»"
    assert NOT_RUN_DENIED == "The user denied this tool call."
    assert shown_result(NOT_RUN_DENIED) == "«DENIED»"
    assert shown_result("42\n") == "42\n"  # a tool's own output is shown as it is


def test_an_mcp_failure_is_english_for_the_model_and_translated_for_settings(
    language: None,
) -> None:
    import asyncio

    client = McpClient(ServerConfig("files", command="mcp-files"))
    client._failure = asyncio.CancelledError()
    client.error = client._failed(client._failure)
    assert client.error == 'The MCP server "files" was stopped.'
    assert client.error_shown == "«STOPPED files»"


def test_a_denied_call_card_reads_in_the_interface_language(language: None) -> None:
    from desktop.gui.chat.tool_views import card_of_result
    from desktop.tools.calls import CallStatus, ToolCall, ToolResult

    denied = ToolResult(ToolCall("c1", "python", {"code": "1"}), CallStatus.DENIED, NOT_RUN_DENIED)
    assert card_of_result(denied).result == "«DENIED»"
    assert denied.content == "The user denied this tool call."  # the model's copy
