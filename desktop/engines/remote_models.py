"""What a server says about its models: the list for the "Connect to a server…" dialog, and
the facts a loaded remote model's :class:`ModelInfo` is built from.

Context length comes from the model card when the server gives one (vLLM and SGLang:
``max_model_len``; llama-server: ``meta.n_ctx_train`` and ``/props``); thinking from the
chat template when the server shows it (llama-server's ``/props``), else from the model id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from desktop.core.thinking import ThinkingCapability, detect_capability
from desktop.engines.base import LoadOptions, ModelInfo, RemoteModel
from desktop.engines.remote_client import CONNECT_TIMEOUT_S, ServerClient
from desktop.engines.remote_errors import RemoteError
from desktop.engines.remote_net import check_offline_allowed, parse_base_url, stand_in_path

PROPS_TIMEOUT_S = 5.0
BUDGET_NOTE = (
    "not enforced: a server's stream cannot be steered mid-reply, so only the reply length "
    "limit applies"
)


def list_models(
    base_url: str,
    api_key: str = "",
    timeout: float = CONNECT_TIMEOUT_S,
    *,
    offline: bool | Callable[[], bool] = False,
) -> list[str]:
    """The model ids a server lists under ``GET /v1/models``. Raises a plain RemoteError
    (``reason`` says why: offline, connection_refused, unauthorized, not_found, …)."""
    url = parse_base_url(base_url)
    check_offline_allowed(base_url, offline)
    client = ServerClient(url, api_key, connect_timeout=timeout, read_timeout=timeout)
    try:
        return [card["id"] for card in client.model_cards()]
    finally:
        client.close()


_THINKING_ONLY = re.compile(r"qwq|thinking|deepseek-r1|r1-distill")
_NEVER_QWEN3 = re.compile(r"instruct-2507|coder|embedding|reranker")


def guess_capability(model_id: str) -> ThinkingCapability:
    """Thinking from a model id, when the server does not show its template.

    QwQ, *-Thinking-* and DeepSeek-R1 distills always think; Qwen3's Instruct-2507, Coder,
    embedding and reranker models never do; any other Qwen3 (Qwen3-8B, qwen3:32b, Qwen3-30B-A3B,
    quantised variants) is hybrid. Everything else is taken not to think: a model that does
    anyway is still shown thinking, since the stream decides what is thinking.
    """
    name = model_id.lower().rsplit("/", 1)[-1]
    if _THINKING_ONLY.search(name):
        return ThinkingCapability.ALWAYS
    if "qwen3" in name:
        return ThinkingCapability.NEVER if _NEVER_QWEN3.search(name) else ThinkingCapability.HYBRID
    return ThinkingCapability.NEVER


@dataclass(frozen=True)
class ServerFacts:
    """What the server told us about one model; zero or empty where it said nothing."""

    n_ctx: int = 0  # the context the server runs it with
    n_ctx_train: int = 0  # the model's native context
    architecture: str = ""
    chat_template: str = ""
    owned_by: str = ""


def _positive(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else 0


def read_facts(client: ServerClient, card: Mapping[str, Any]) -> ServerFacts:
    """Facts from the model card, plus llama-server's ``/props`` when the server has one."""
    meta = card.get("meta") if isinstance(card.get("meta"), dict) else {}
    assert isinstance(meta, dict)
    n_ctx = (
        _positive(card.get("max_model_len"))
        or _positive(card.get("context_length"))
        or _positive(card.get("max_context_length"))
        or _positive(meta.get("n_ctx"))
    )
    n_ctx_train = _positive(meta.get("n_ctx_train"))
    architecture = str(card.get("arch") or card.get("architecture") or meta.get("arch") or "")
    template = ""
    try:
        props = client.get_json(f"{client.url.root}/props", timeout=PROPS_TIMEOUT_S)
    except RemoteError:
        props = None  # vLLM, SGLang, Ollama have no /props; that is fine
    if isinstance(props, dict):
        settings = props.get("default_generation_settings")
        if isinstance(settings, dict):
            n_ctx = n_ctx or _positive(settings.get("n_ctx"))
        n_ctx = n_ctx or _positive(props.get("n_ctx"))
        if isinstance(props.get("chat_template"), str):
            template = props["chat_template"]
    return ServerFacts(
        n_ctx=n_ctx,
        n_ctx_train=n_ctx_train or n_ctx,
        architecture=architecture,
        chat_template=template,
        owned_by=str(card.get("owned_by") or ""),
    )


def describe(remote: RemoteModel, facts: ServerFacts, options: LoadOptions) -> ModelInfo:
    """The ModelInfo of a remote model; an unknown context falls back to the load setting."""
    url = parse_base_url(remote.base_url)
    if facts.chat_template:
        thinking = detect_capability(facts.chat_template)
        thinking_source = "the server's chat template"
    else:
        thinking = guess_capability(remote.model)
        thinking_source = "the model's name"
    details = {
        "server": url.base,
        "context": "as the server reports it"
        if facts.n_ctx
        else "not reported by the server; the context setting is assumed",
        "thinking": f"{thinking.value}, judged from {thinking_source}",
        "thinking budget": BUDGET_NOTE,
    }
    if facts.owned_by:
        details["served by"] = facts.owned_by
    n_ctx = facts.n_ctx or options.n_ctx
    return ModelInfo(
        path=stand_in_path(remote),
        name=remote.model,
        engine="remote",
        architecture=facts.architecture or "unknown",
        n_ctx=n_ctx,
        n_ctx_train=facts.n_ctx_train or n_ctx,
        thinking=thinking,
        details=details,
        remote=remote,
    )
