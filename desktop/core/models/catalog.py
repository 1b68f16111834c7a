"""The curated Qwen catalog: which models exist, what they need, and where to get them.

The bundled data lives in ``resources/catalog.json``. :func:`refresh_from_hub` reads the real
file list and sizes of an entry's repositories from Hugging Face and caches them under the
app cache folder; :func:`load_catalog` lays cached refreshes over the bundled data, and each
entry says where its numbers come from (:attr:`CatalogEntry.provenance_label`).
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Protocol

from desktop.core.atomic import write_text_atomic
from desktop.core.paths import app_paths, resources_dir
from desktop.core.thinking import ThinkingCapability

TASKS = frozenset({"chat", "code", "maths", "reasoning", "multilingual"})
SCHEMA_VERSION = 1
_SPLIT_RE = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)
_QUANT_RE = re.compile(
    r"(?:^|[-_.])(?P<quant>I?Q\d(?:_[0-9A-Z]+)*|F16|FP16|BF16|F32)(?=[-_.]|$)", re.IGNORECASE
)


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
        return [e for e in self.entries if task in e.tasks]

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
    tasks = frozenset(_req(data, "tasks", list, where))
    if not tasks or not tasks <= TASKS:
        raise CatalogError(f"Catalog entry {where} has bad tasks: {sorted(tasks)}.")
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
            "The model catalog was written for another version of Qwen Desk; "
            "reinstall the app to restore it."
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
            f"The model catalog ({path}) could not be read ({exc}); reinstall the app."
        ) from None
    catalog = parse_catalog(data)
    refreshed = [_load_refresh(e, cache_dir or refresh_cache_dir()) for e in catalog.entries]
    return replace(catalog, entries=tuple(refreshed))


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
            f"Could not refresh {entry.name} from Hugging Face ({type(exc).__name__}). "
            "Check your internet connection and try again; the bundled sizes stay in use."
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


def _load_refresh(entry: CatalogEntry, cache_dir: Path) -> CatalogEntry:
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
