"""The curated Qwen catalog: which models exist, what they need, and where to get them.

The bundled data lives in ``resources/catalog.json``. ``catalog_refresh.refresh_from_hub``
reads the real file list and sizes of an entry's repositories from Hugging Face and caches
them under the app cache folder; :func:`load_catalog` lays cached refreshes over the bundled
data, and each entry says where its numbers come from (:attr:`CatalogEntry.provenance_label`).
Embedding models (``"kind": "embedding"``, see ``embedders``) are listed too, never for chat.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

from desktop.core.i18n import translate
from desktop.core.models.embedders import (
    CHAT,
    EMBEDDING,
    KINDS,
    EmbeddingSpec,
    EmbeddingSpecError,
    parse_embedding_spec,
)
from desktop.core.paths import app_paths, resources_dir
from desktop.core.thinking import ThinkingCapability

TASKS = frozenset({"chat", "code", "maths", "reasoning", "multilingual"})
SCHEMA_VERSION = 1


class CatalogError(Exception):
    """The catalog data is unusable, or a lookup or refresh failed (message is for users)."""


@dataclass(frozen=True)
class GGUFFile:
    filename: str
    size: int
    sha256: str | None = None


@dataclass(frozen=True)
class GGUFQuant:
    """One quantisation of a model: one file, or the parts of a split GGUF."""

    quant: str
    files: tuple[GGUFFile, ...]
    size_estimated: bool

    @property
    def size(self) -> int:
        return sum(f.size for f in self.files)

    @property
    def is_split(self) -> bool:
        return len(self.files) > 1


@dataclass(frozen=True)
class GGUFSource:
    repo: str
    revision: str
    official: bool
    quants: tuple[GGUFQuant, ...]


@dataclass(frozen=True)
class MLXSource:
    repo: str
    bits: int
    size: int
    size_estimated: bool


@dataclass(frozen=True)
class Architecture:
    """What the KV-cache estimate needs (from the model's config.json)."""

    n_layers: int
    n_kv_heads: int
    head_dim: int


@dataclass(frozen=True)
class CatalogEntry:
    id: str
    name: str
    family: str
    params_total_b: float
    params_active_b: float
    context_native: int
    context_max: int
    arch: Architecture
    tasks: frozenset[str]
    thinking: ThinkingCapability
    license: str
    description: str
    gguf: tuple[GGUFSource, ...]
    mlx: tuple[MLXSource, ...]
    refreshed_at: datetime | None = None
    kind: str = CHAT  # or EMBEDDING: not for chat, never recommended for a chat task
    embedding: EmbeddingSpec | None = None

    @property
    def is_embedding(self) -> bool:
        return self.kind == EMBEDDING

    @property
    def is_moe(self) -> bool:
        return self.params_active_b < self.params_total_b

    @property
    def provenance_label(self) -> str:
        """ "bundled", or "refreshed 2025-07-30" once sizes came from Hugging Face."""
        if self.refreshed_at is None:
            return "bundled"
        return f"refreshed {self.refreshed_at.date().isoformat()}"

    def quants(self) -> Iterator[tuple[GGUFSource, GGUFQuant]]:
        for source in self.gguf:
            for quant in source.quants:
                yield source, quant

    def quant(self, name: str) -> tuple[GGUFSource, GGUFQuant]:
        """The first source offering quantisation ``name`` (case-insensitive)."""
        for source, quant in self.quants():
            if quant.quant.upper() == name.upper():
                return source, quant
        raise CatalogError(f"{self.name} has no {name} download in the catalog.")


@dataclass(frozen=True)
class Catalog:
    entries: tuple[CatalogEntry, ...]
    catalog_date: str

    def __iter__(self) -> Iterator[CatalogEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, entry_id: str) -> CatalogEntry | None:
        return next((e for e in self.entries if e.id == entry_id), None)

    def by_id(self, entry_id: str) -> CatalogEntry:
        entry = self.get(entry_id)
        if entry is None:
            raise CatalogError(f'There is no model "{entry_id}" in the catalog.')
        return entry

    def for_task(self, task: str) -> list[CatalogEntry]:
        if task not in TASKS:
            raise CatalogError(f'Unknown task "{task}"; use one of {", ".join(sorted(TASKS))}.')
        return [e for e in self.entries if task in e.tasks and not e.is_embedding]

    def families(self) -> list[str]:
        return list(dict.fromkeys(e.family for e in self.entries))


# --- parsing and validation -----------------------------------------------------------------


def _req(data: Mapping[str, Any], key: str, kind: type | tuple[type, ...], where: str) -> Any:
    if key not in data:
        raise CatalogError(f"Catalog entry {where} is missing '{key}'.")
    value = data[key]
    if not isinstance(value, kind) or (isinstance(value, bool) and kind is not bool):
        raise CatalogError(f"Catalog entry {where} has a bad '{key}': {value!r}.")
    return value


def _positive(value: float, key: str, where: str) -> None:
    if value <= 0:
        raise CatalogError(f"Catalog entry {where} has a non-positive '{key}': {value!r}.")


def _parse_quant(data: Mapping[str, Any], where: str) -> GGUFQuant:
    files = []
    for f in _req(data, "files", list, where):
        size = _req(f, "size", int, where)
        _positive(size, "size", where)
        files.append(GGUFFile(_req(f, "filename", str, where), size, f.get("sha256")))
    if not files:
        raise CatalogError(f"Catalog entry {where} lists a quantisation without files.")
    return GGUFQuant(
        _req(data, "quant", str, where), tuple(files), _req(data, "size_estimated", bool, where)
    )


def parse_entry(data: Mapping[str, Any]) -> CatalogEntry:
    """Build and validate one entry; raises :class:`CatalogError` naming what is wrong."""
    where = repr(data.get("id", "?"))
    params = _req(data, "parameters_b", dict, where)
    context = _req(data, "context", dict, where)
    arch_data = _req(data, "architecture", dict, where)
    arch = Architecture(*(_req(arch_data, k, int, where) for k in Architecture.__annotations__))
    for key in Architecture.__annotations__:
        _positive(getattr(arch, key), key, where)
    kind = data.get("kind", CHAT)
    if kind not in KINDS:
        raise CatalogError(f"Catalog entry {where} has a bad 'kind': {kind!r}.")
    tasks = frozenset(_req(data, "tasks", list, where))
    if (not tasks and kind == CHAT) or (tasks and kind == EMBEDDING) or not tasks <= TASKS:
        raise CatalogError(f"Catalog entry {where} has bad tasks: {sorted(tasks)}.")
    try:
        spec = (
            parse_embedding_spec(_req(data, "embedding", dict, where))
            if kind == EMBEDDING
            else None
        )
    except EmbeddingSpecError as exc:
        raise CatalogError(f"Catalog entry {where} has {exc}.") from None
    try:
        thinking = ThinkingCapability(_req(data, "thinking", str, where))
    except ValueError:
        raise CatalogError(f"Catalog entry {where} has a bad 'thinking' value.") from None
    gguf, mlx = _parse_sources(_req(data, "sources", dict, where), where)
    entry = CatalogEntry(
        id=_req(data, "id", str, where),
        name=_req(data, "name", str, where),
        family=_req(data, "family", str, where),
        params_total_b=float(_req(params, "total", (int, float), where)),
        params_active_b=float(_req(params, "active", (int, float), where)),
        context_native=_req(context, "native", int, where),
        context_max=_req(context, "max", int, where),
        arch=arch,
        tasks=tasks,
        thinking=thinking,
        license=_req(data, "license", str, where),
        description=str(data.get("description", "")),
        gguf=gguf,
        mlx=mlx,
        kind=kind,
        embedding=spec,
    )
    for key in ("params_total_b", "params_active_b", "context_native", "context_max"):
        _positive(getattr(entry, key), key, where)
    if entry.params_active_b > entry.params_total_b or entry.context_max < entry.context_native:
        raise CatalogError(f"Catalog entry {where} has inconsistent parameters or context.")
    return entry


def _parse_sources(
    sources: Mapping[str, Any], where: str
) -> tuple[tuple[GGUFSource, ...], tuple[MLXSource, ...]]:
    gguf = tuple(
        GGUFSource(
            _req(s, "repo", str, where),
            s.get("revision", "main"),
            bool(s.get("official", False)),
            tuple(_parse_quant(q, where) for q in _req(s, "quants", list, where)),
        )
        for s in sources.get("gguf", [])
    )
    mlx = tuple(
        MLXSource(
            _req(s, "repo", str, where),
            _req(s, "bits", int, where),
            _req(s, "size", int, where),
            _req(s, "size_estimated", bool, where),
        )
        for s in sources.get("mlx", [])
    )
    if not gguf or not any(s.quants for s in gguf):
        raise CatalogError(f"Catalog entry {where} has no GGUF download.")
    for source in mlx:
        _positive(source.size, "size", where)
    return gguf, mlx


def parse_catalog(data: Mapping[str, Any]) -> Catalog:
    if data.get("schema_version") != SCHEMA_VERSION:
        raise CatalogError(
            translate(
                "Catalog",
                "The model catalog was written for another version of Qwen Desk; reinstall the "
                "app to restore it.",
            )
        )
    entries = tuple(parse_entry(e) for e in _req(data, "models", list, "list"))
    ids = [e.id for e in entries]
    if len(ids) != len(set(ids)):
        raise CatalogError("The model catalog lists the same model id twice.")
    return Catalog(entries, str(data.get("catalog_date", "")))


def bundled_catalog_path() -> Path:
    return resources_dir() / "catalog.json"


def refresh_cache_dir() -> Path:
    return app_paths().cache / "catalog"


def load_catalog(path: Path | None = None, cache_dir: Path | None = None) -> Catalog:
    """The bundled catalog, with any cached Hub refreshes laid over their entries."""
    path = path or bundled_catalog_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise CatalogError(
            translate(
                "Catalog",
                "The model catalog ({path}) could not be read ({error}); reinstall the app.",
            ).format(path=path, error=exc)
        ) from None
    catalog = parse_catalog(data)
    from desktop.core.models.catalog_refresh import load_refresh

    refreshed = [load_refresh(e, cache_dir or refresh_cache_dir()) for e in catalog.entries]
    return replace(catalog, entries=tuple(refreshed))
