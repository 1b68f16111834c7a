"""Refresh catalog entries from the Hugging Face Hub, and the cache of those refreshes.

:func:`refresh_from_hub` reads the real file list and sizes of an entry's repositories (every
GGUF quantisation, split parts grouped, with LFS sha256) and caches them under the app cache
folder; :func:`load_refresh` lays a cached refresh over a bundled entry (used by
``catalog.load_catalog``). :func:`quant_of` reads the quantisation from a GGUF file name.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop.core.atomic import write_text_atomic
from desktop.core.i18n import translate
from desktop.core.models.catalog import (
    SCHEMA_VERSION,
    CatalogEntry,
    CatalogError,
    GGUFFile,
    GGUFQuant,
    _parse_sources,
    refresh_cache_dir,
)

_SPLIT_RE = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)
_QUANT_RE = re.compile(
    r"(?:^|[-_.])(?P<quant>I?Q\d(?:_[0-9A-Z]+)*|F16|FP16|BF16|F32)(?=[-_.]|$)", re.IGNORECASE
)


# --- refresh from the Hub -------------------------------------------------------------------


class HubApi(Protocol):
    """The part of ``huggingface_hub.HfApi`` that a refresh uses (tests pass a fake)."""

    def model_info(self, repo_id: str, *, files_metadata: bool = ...) -> Any: ...


def quant_of(filename: str) -> str | None:
    """The quantisation named in a GGUF filename ("Qwen3-8B-Q4_K_M.gguf" -> "Q4_K_M")."""
    stem = _SPLIT_RE.sub(lambda m: m.group("stem"), filename.rsplit("/", 1)[-1])
    stem = stem.removesuffix(".gguf")
    matches = list(_QUANT_RE.finditer(stem))
    return matches[-1].group("quant").upper() if matches else None


def _siblings(info: Any) -> list[tuple[str, int, str | None]]:
    out = []
    for sibling in getattr(info, "siblings", None) or []:
        name = getattr(sibling, "rfilename", None)
        size = getattr(sibling, "size", None)
        lfs = getattr(sibling, "lfs", None)
        sha = lfs.get("sha256") if isinstance(lfs, Mapping) else getattr(lfs, "sha256", None)
        if isinstance(name, str):
            out.append((name, int(size or 0), sha))
    return out


def _gguf_quants(files: Iterable[tuple[str, int, str | None]]) -> tuple[GGUFQuant, ...]:
    groups: dict[str, list[GGUFFile]] = {}
    for name, size, sha in sorted(files):
        if not name.lower().endswith(".gguf") or size <= 0:
            continue
        quant = quant_of(name)
        if quant is None or "mmproj" in name.lower():
            continue
        match = _SPLIT_RE.match(name)
        key = match.group("stem") if match else name
        groups.setdefault(key, []).append(GGUFFile(name, size, sha))
    quants = [GGUFQuant(quant_of(k) or "?", tuple(v), False) for k, v in groups.items()]
    return tuple(sorted(quants, key=lambda q: q.size))


def refresh_from_hub(
    entry: CatalogEntry,
    api: HubApi | None = None,
    *,
    cache_dir: Path | None = None,
    now: datetime | None = None,
) -> CatalogEntry:
    """Read the real files and sizes of ``entry``'s repositories and cache them.

    Every GGUF quantisation the repositories hold is listed (split parts grouped), with
    exact sizes and LFS sha256. Raises :class:`CatalogError` when the Hub cannot be asked.
    """
    if api is None:
        from huggingface_hub import HfApi  # heavy; only when refreshing

        api = HfApi()
    gguf = []
    mlx = []
    try:
        for source in entry.gguf:
            info = api.model_info(source.repo, files_metadata=True)
            quants = _gguf_quants(_siblings(info))
            gguf.append(replace(source, quants=quants or source.quants))
        for msource in entry.mlx:
            info = api.model_info(msource.repo, files_metadata=True)
            total = sum(size for _, size, _ in _siblings(info))
            mlx.append(replace(msource, size=total, size_estimated=False) if total else msource)
    except Exception as exc:  # the Hub client raises many kinds; all mean "could not ask"
        raise CatalogError(
            translate(
                "HubSearch",
                "Could not refresh {name} from Hugging Face ({error}). Check your internet "
                "connection and try again; the bundled sizes stay in use.",
            ).format(name=entry.name, error=type(exc).__name__)
        ) from exc
    stamp = now or datetime.now(UTC)
    refreshed = replace(entry, gguf=tuple(gguf), mlx=tuple(mlx), refreshed_at=stamp)
    _save_refresh(refreshed, cache_dir or refresh_cache_dir())
    return refreshed


def _entry_sources_to_json(entry: CatalogEntry) -> dict[str, Any]:
    """The sources in the catalog.json schema (the dataclass fields are its keys)."""
    return {"gguf": [asdict(s) for s in entry.gguf], "mlx": [asdict(m) for m in entry.mlx]}


def _cache_file(cache_dir: Path, entry_id: str) -> Path:
    return cache_dir / f"{re.sub(r'[^A-Za-z0-9._-]', '_', entry_id)}.json"


def _save_refresh(entry: CatalogEntry, cache_dir: Path) -> None:
    assert entry.refreshed_at is not None
    doc = {
        "schema_version": SCHEMA_VERSION,
        "id": entry.id,
        "refreshed_at": entry.refreshed_at.isoformat(),
        "sources": _entry_sources_to_json(entry),
    }
    write_text_atomic(_cache_file(cache_dir, entry.id), json.dumps(doc, indent=1))


def load_refresh(entry: CatalogEntry, cache_dir: Path) -> CatalogEntry:
    """``entry`` with its cached refresh applied; a missing or broken cache is ignored."""
    path = _cache_file(cache_dir, entry.id)
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
        if doc.get("schema_version") != SCHEMA_VERSION or doc.get("id") != entry.id:
            return entry
        stamp = datetime.fromisoformat(doc["refreshed_at"])
        gguf, mlx = _parse_sources(doc["sources"], repr(entry.id))
    except (OSError, ValueError, KeyError, TypeError, AttributeError, CatalogError):
        return entry
    return replace(entry, gguf=gguf, mlx=mlx, refreshed_at=stamp)
