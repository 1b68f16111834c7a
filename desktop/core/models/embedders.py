"""Embedding models in the catalog: what an embedder entry declares, and which one to use.

An embedding model is not a chat model: it turns text into vectors so a chat can find
passages of the user's documents by meaning (desktop/documents). Catalog entries with
``"kind": "embedding"`` carry an ``embedding`` block (vector width, pooling, how to word a
query) and list no chat tasks, so chat recommendations never pick them.
:func:`is_embedding_gguf` tells an embedding GGUF from a chat one by its metadata.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from desktop.core.models.catalog import CatalogEntry
    from desktop.core.models.gguf_info import GGUFInfo

CHAT = "chat"
EMBEDDING = "embedding"
KINDS = frozenset({CHAT, EMBEDDING})
POOLINGS = frozenset({"last", "mean", "cls"})


class EmbeddingSpecError(ValueError):
    """An ``embedding`` block is unusable; the text names the key."""


@dataclass(frozen=True)
class EmbeddingSpec:
    """How an embedding model is used: its vector width, pooling and query wording."""

    dim: int
    pooling: str  # "last" (Qwen3-Embedding), "mean" or "cls"
    query_format: str  # with {task} and {query}, e.g. "Instruct: {task}\nQuery:{query}"
    recommended: bool = False
    append_eos: bool = False  # end each input with the end-of-text token (Qwen3-Embedding)

    def query(self, task: str, query: str) -> str:
        return self.query_format.format(task=task, query=query)


def parse_embedding_spec(data: Mapping[str, Any]) -> EmbeddingSpec:
    """Validate an entry's ``embedding`` block; raises :class:`EmbeddingSpecError`."""
    dim = data.get("dim")
    if not isinstance(dim, int) or isinstance(dim, bool) or dim <= 0:
        raise EmbeddingSpecError(f"a bad embedding 'dim': {dim!r}")
    pooling = data.get("pooling")
    if pooling not in POOLINGS:
        raise EmbeddingSpecError(f"a bad embedding 'pooling': {pooling!r}")
    query_format = data.get("query_format")
    if not isinstance(query_format, str) or "{query}" not in query_format:
        raise EmbeddingSpecError("an embedding 'query_format' without {query}")
    try:
        query_format.format(task="t", query="q")
    except (KeyError, IndexError, ValueError):
        raise EmbeddingSpecError(f"a bad embedding 'query_format': {query_format!r}") from None
    return EmbeddingSpec(
        dim=dim,
        pooling=str(pooling),
        query_format=query_format,
        recommended=bool(data.get("recommended", False)),
        append_eos=bool(data.get("append_eos", False)),
    )


def embedding_entries(entries: Iterable[CatalogEntry]) -> list[CatalogEntry]:
    """The catalog's embedding models, recommended first."""
    found = [e for e in entries if e.embedding is not None]
    return sorted(found, key=lambda e: not (e.embedding and e.embedding.recommended))


def recommended_embedder(entries: Iterable[CatalogEntry]) -> CatalogEntry | None:
    """The embedding model to offer first (Qwen3 Embedding 0.6B), or None."""
    found = embedding_entries(entries)
    return found[0] if found else None


def is_embedding_gguf(info: GGUFInfo) -> bool:
    """True for a GGUF made to embed rather than chat: it declares a pooling type, or its
    name says "embedding" (Qwen3-Embedding GGUFs are Qwen3 models with no chat template)."""
    if info.arch_value("pooling_type") is not None:
        return True
    name = f"{info.name} {info.path.name}".lower()
    return "embedding" in name or "embed-" in name


def is_embedding_name(name: str) -> bool:
    """Whether a model's file or display name says it embeds (no file read: cheap enough for
    the GUI thread; Qwen3-Embedding GGUFs say so in their names)."""
    lowered = name.lower().replace("_", "-").replace(" ", "-")
    return "embedding" in lowered or "embed-" in lowered or lowered.startswith("embed")
