"""Search Hugging Face for GGUF and MLX models, list a repository's files, refresh the catalog.

huggingface_hub sends its requests through our client (:mod:`desktop.core.hub.http_client`:
proxies as for downloads; a connection that cannot be made is reported at once, not retried).
Every call still runs on a daemon thread and is given up after a bounded wait (or at once when
``cancel`` is set). Failures come out as the download module's plain-sentence errors
(:class:`OfflineError`, :class:`NetworkError`, ...).
"""

from __future__ import annotations

import itertools
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, TypeVar

from desktop.core.hub.download_http import DEFAULT_ENDPOINT, token_may_go
from desktop.core.hub.downloads import (
    AuthError,
    DownloadError,
    NetworkError,
    NotFoundError,
    OfflineError,
)
from desktop.core.hub.http_client import Unreachable, proxy_for, use_for_huggingface_hub
from desktop.core.hub.repo_id import repo_id_problem
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.catalog import (
    Architecture,
    Catalog,
    CatalogEntry,
    CatalogError,
    GGUFFile,
    GGUFQuant,
    GGUFSource,
)
from desktop.core.models.catalog_refresh import quant_of, refresh_from_hub
from desktop.core.thinking import ThinkingCapability

log = logging.getLogger(__name__)

FORMATS = ("gguf", "mlx")  # Hub library tags of the formats Qwen Desk runs
DEFAULT_TIMEOUT_S = 20.0
DEFAULT_QUERY = "Qwen"
OFFLINE_HUB_MESSAGE = QT_TRANSLATE_NOOP(
    "HubSearch",
    "Offline mode is on, so Hugging Face is not asked. Turn it off in Settings to search or "
    "refresh.",
)
_SPLIT_RE = re.compile(r"^(?P<stem>.+)-(?P<index>\d{5})-of-(?P<count>\d{5})\.gguf$", re.I)
_TICK_S = 0.05
T = TypeVar("T")


class HubCancelled(DownloadError):
    """The app is closing, so a request to Hugging Face was abandoned."""


@dataclass(frozen=True)
class HubModel:
    """One search result: a model repository in a format Qwen Desk can run."""

    repo: str
    format: str  # "gguf" or "mlx"
    downloads: int
    likes: int
    last_modified: datetime | None


@dataclass(frozen=True)
class HubFile:
    """A file of a repository; the parts of a split GGUF are one item."""

    name: str  # the file name, or the first part's for a split GGUF
    size: int
    quant: str | None
    files: tuple[GGUFFile, ...]

    @property
    def sha256(self) -> str | None:
        return self.files[0].sha256 if len(self.files) == 1 else None

    @property
    def is_split(self) -> bool:
        return len(self.files) > 1

    @property
    def is_gguf_model(self) -> bool:
        """A GGUF language model (not a vision projector or another kind of file)."""
        lower = self.name.lower()
        return lower.endswith(".gguf") and "mmproj" not in lower

    def as_quant(self) -> GGUFQuant:
        """The file as a catalog quantisation, which the download controller takes."""
        return GGUFQuant(self.quant or self.name, self.files, size_estimated=False)


@dataclass(frozen=True)
class RefreshOutcome:
    catalog: Catalog
    refreshed: int
    failures: list[str] = field(default_factory=list)


# --- bounded calls and plain errors --------------------------------------------------------


def bounded(call: Callable[[], T], *, timeout_s: float, cancel: threading.Event | None = None) -> T:
    """``call()`` on a daemon thread; NetworkError after ``timeout_s``, HubCancelled on cancel."""
    box: dict[str, Any] = {}
    finished = threading.Event()

    def target() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed to the waiting caller
            box["error"] = exc
        finally:
            finished.set()

    threading.Thread(target=target, name="hub-request", daemon=True).start()
    deadline = time.monotonic() + timeout_s
    while not finished.wait(min(_TICK_S, max(0.0, deadline - time.monotonic()))):
        if cancel is not None and cancel.is_set():
            raise HubCancelled(translate("HubSearch", "The request to Hugging Face was cancelled."))
        if time.monotonic() >= deadline:
            raise NetworkError(
                translate(
                    "HubSearch",
                    "Hugging Face did not answer within {seconds} seconds. Check your internet "
                    "connection and try again.",
                ).format(seconds=f"{timeout_s:g}")
            )
    if "error" in box:
        raise box["error"]
    return box["value"]


def plain_error(exc: BaseException, repo: str | None = None) -> DownloadError:
    """A plain-sentence error for whatever the Hub client raised."""
    if isinstance(exc, DownloadError):
        return exc
    unreachable = _cause(exc, Unreachable)
    if unreachable is not None:
        text = (
            translate(
                "HubSearch",
                "Could not reach Hugging Face: {reason}. Check the proxy settings (HTTPS_PROXY "
                "and HTTP_PROXY, or the system's), or turn on offline mode to use only the models "
                "you already have.",
            )
            if unreachable.proxy
            else translate(
                "HubSearch",
                "Could not reach Hugging Face: {reason}. Check your internet connection, or turn "
                "on offline mode to use only the models you already have.",
            )
        )
        return NetworkError(text.format(reason=unreachable))
    if type(exc).__name__ == "OfflineModeIsEnabled":
        return OfflineError(
            translate(
                "HubSearch",
                "Hugging Face is switched off on this computer (HF_HUB_OFFLINE is set). Unset it "
                "to search the Hub.",
            )
        )
    status = getattr(getattr(exc, "response", None), "status_code", None)
    if status in (401, 403):
        return AuthError(
            translate(
                "HubSearch",
                "The repository {repo} is gated or private. Accept its licence on huggingface.co "
                "and add a Hugging Face token in Settings.",
            ).format(repo=repo)
            if repo
            else translate(
                "HubSearch",
                "Hugging Face refused the request. Check the Hugging Face token in Settings.",
            )
        )
    if status == 404:
        return NotFoundError(
            translate(
                "HubSearch", "Hugging Face has no model repository {repo}; check the name."
            ).format(repo=repo)
            if repo
            else translate("HubSearch", "Hugging Face could not find what was asked for.")
        )
    if isinstance(status, int):
        return NetworkError(
            translate(
                "HubSearch", "Hugging Face answered with error {status}. Try again later."
            ).format(status=status)
        )
    log.info("Hugging Face request failed", exc_info=exc)
    return NetworkError(
        translate(
            "HubSearch",
            "Could not reach Hugging Face ({error}). Check your internet connection and try again.",
        ).format(error=type(exc).__name__)
    )


def _cause(exc: BaseException, kind: type[Unreachable]) -> Unreachable | None:
    """``exc`` or the first of its causes that is a ``kind``."""
    seen: BaseException | None = exc
    for _ in range(10):
        if seen is None:
            return None
        if isinstance(seen, kind):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def default_api(token: str | None = None) -> Any:
    """A real ``HfApi`` (imported here: it is heavy) on our HTTP client. ``token`` reaches
    gated repositories, unless the Hub address is plain HTTP to another machine (or through a
    proxy on another machine): then no token is sent at all (``HfApi`` itself drops it on a
    redirect to another scheme or host)."""
    from huggingface_hub import HfApi

    use_for_huggingface_hub()
    endpoint = os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT
    if token and not token_may_go(endpoint, proxy_for(endpoint)):
        log.warning("not sending the Hugging Face token to %s: it is not HTTPS", endpoint)
        return HfApi(endpoint=endpoint, token=False)
    return HfApi(endpoint=endpoint, token=token)


def _is_offline(offline: bool | Callable[[], bool]) -> bool:
    return bool(offline()) if callable(offline) else bool(offline)


# --- search --------------------------------------------------------------------------------


def search_models(
    query: str,
    *,
    api: Any = None,
    limit: int = 30,
    offline: bool | Callable[[], bool] = False,
    formats: tuple[str, ...] = FORMATS,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> list[HubModel]:
    """GGUF and MLX repositories matching ``query``, most downloaded first."""
    if _is_offline(offline):
        raise OfflineError(translate("HubSearch", OFFLINE_HUB_MESSAGE))
    hub = api if api is not None else default_api()
    search = query.strip() or DEFAULT_QUERY
    found: dict[str, HubModel] = {}
    for fmt in formats:

        def fetch(fmt: str = fmt) -> list[Any]:
            listing = hub.list_models(
                search=search,
                filter=fmt,
                sort="downloads",
                limit=limit,
                expand=["downloads", "likes", "lastModified", "library_name"],
            )
            return list(itertools.islice(listing, limit))

        try:
            infos = bounded(fetch, timeout_s=timeout_s, cancel=cancel)
        except Exception as exc:
            raise plain_error(exc) from exc
        for info in infos:
            repo = str(getattr(info, "id", "") or "")
            if repo_id_problem(repo) is not None:
                log.warning("ignored a Hub search result with an invalid id: %r", repo[:200])
                continue
            if repo not in found:
                found[repo] = HubModel(
                    repo,
                    fmt,
                    int(getattr(info, "downloads", 0) or 0),
                    int(getattr(info, "likes", 0) or 0),
                    getattr(info, "last_modified", None),
                )
    return sorted(found.values(), key=lambda m: -m.downloads)[:limit]


# --- files of a repository -----------------------------------------------------------------


def _sibling_files(info: Any) -> list[GGUFFile]:
    files = []
    for sibling in getattr(info, "siblings", None) or []:
        name = getattr(sibling, "rfilename", None)
        lfs = getattr(sibling, "lfs", None)
        if isinstance(lfs, Mapping):
            sha, lfs_size = lfs.get("sha256"), lfs.get("size")
        else:
            sha, lfs_size = getattr(lfs, "sha256", None), getattr(lfs, "size", None)
        size = getattr(sibling, "size", None) or lfs_size or 0
        if isinstance(name, str):
            files.append(GGUFFile(name, int(size), sha if isinstance(sha, str) else None))
    return files


def group_files(files: list[GGUFFile]) -> list[HubFile]:
    """Split GGUF parts as one item; GGUF files smallest first, then the rest by name."""
    groups: dict[str, list[GGUFFile]] = {}
    for f in sorted(files, key=lambda f: f.filename):
        match = _SPLIT_RE.match(f.filename)
        groups.setdefault(match.group("stem") if match else f.filename, []).append(f)
    items = [
        HubFile(
            parts[0].filename,
            sum(p.size for p in parts),
            quant_of(parts[0].filename) if parts[0].filename.lower().endswith(".gguf") else None,
            tuple(parts),
        )
        for parts in groups.values()
    ]
    gguf = sorted((i for i in items if i.name.lower().endswith(".gguf")), key=lambda i: i.size)
    return gguf + [i for i in items if not i.name.lower().endswith(".gguf")]


def list_repo_files(
    repo: str,
    *,
    api: Any = None,
    offline: bool | Callable[[], bool] = False,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> list[HubFile]:
    """Every file of ``repo`` with its size, LFS sha256 and quantisation."""
    if _is_offline(offline):
        raise OfflineError(translate("HubSearch", OFFLINE_HUB_MESSAGE))
    hub = api if api is not None else default_api()
    try:
        info = bounded(
            lambda: hub.model_info(repo, files_metadata=True), timeout_s=timeout_s, cancel=cancel
        )
    except Exception as exc:
        raise plain_error(exc, repo) from exc
    return group_files(_sibling_files(info))


def catalog_entry_for(catalog: Catalog, repo: str) -> CatalogEntry | None:
    """The catalog entry downloaded from ``repo``, whose architecture gives a full estimate."""
    for entry in catalog:
        if any(s.repo == repo for s in entry.gguf) or any(m.repo == repo for m in entry.mlx):
            return entry
    return None


def stand_in_entry(repo: str, source: GGUFSource) -> CatalogEntry:
    """Downloads are named after a catalog entry; a repository outside the catalog gets this
    stand-in, of which only the name and source mean anything."""
    return CatalogEntry(
        id=f"hub:{repo}",
        name=repo.rsplit("/", 1)[-1],
        family="hub",
        params_total_b=0.0,
        params_active_b=0.0,
        context_native=0,
        context_max=0,
        arch=Architecture(0, 0, 0),
        tasks=frozenset(),
        thinking=ThinkingCapability.NEVER,
        license="",
        description="",
        gguf=(source,),
        mlx=(),
    )


def download_choices(model_format: str, files: list[HubFile]) -> list[tuple[str, str, GGUFQuant]]:
    """(label, detail, quant) per download offered: each GGUF model, or a whole MLX folder."""
    if model_format == "gguf":
        return [
            (
                f.quant or "GGUF",
                f.name + (f" · {len(f.files)} parts" if f.is_split else ""),
                f.as_quant(),
            )
            for f in files
            if f.is_gguf_model
        ]
    parts = tuple(p for f in files for p in f.files if not p.filename.startswith("."))
    if not any(p.filename.endswith(".safetensors") for p in parts):
        return []
    return [("MLX", f"whole model · {len(parts)} files", GGUFQuant("MLX", parts, False))]


# --- catalog refresh -----------------------------------------------------------------------


class _BoundedApi:
    """An HfApi stand-in whose ``model_info`` gives up after a bounded wait, with plain errors."""

    def __init__(self, api: Any, timeout_s: float, cancel: threading.Event | None) -> None:
        self._api, self._timeout_s, self._cancel = api, timeout_s, cancel

    def model_info(self, repo_id: str, *, files_metadata: bool = False) -> Any:
        try:
            return bounded(
                lambda: self._api.model_info(repo_id, files_metadata=files_metadata),
                timeout_s=self._timeout_s,
                cancel=self._cancel,
            )
        except Exception as exc:
            raise plain_error(exc, repo_id) from exc


def refresh_catalog(
    catalog: Catalog,
    *,
    api: Any = None,
    offline: bool | Callable[[], bool] = False,
    cache_dir: Path | None = None,
    timeout_s: float = DEFAULT_TIMEOUT_S,
    cancel: threading.Event | None = None,
) -> RefreshOutcome:
    """Refresh every entry's files and sizes from the Hub; stops at the first network failure."""
    if _is_offline(offline):
        raise OfflineError(translate("HubSearch", OFFLINE_HUB_MESSAGE))
    hub = _BoundedApi(api if api is not None else default_api(), timeout_s, cancel)
    entries: list[CatalogEntry] = []
    failures: list[str] = []
    refreshed = 0
    for index, entry in enumerate(catalog.entries):
        try:
            entries.append(refresh_from_hub(entry, hub, cache_dir=cache_dir))
            refreshed += 1
        except CatalogError as exc:
            entries.append(entry)
            cause = plain_error(exc.__cause__) if exc.__cause__ is not None else None
            if isinstance(cause, NetworkError | OfflineError | HubCancelled):
                failures.append(str(cause))
                entries.extend(catalog.entries[index + 1 :])
                break
            failures.append(str(exc) if cause is None else f"{entry.name}: {cause}")
    return RefreshOutcome(Catalog(tuple(entries), catalog.catalog_date), refreshed, failures)


def refresh_summary(outcome: RefreshOutcome, total: int) -> str:
    """One plain line on how a refresh went, naming the first failure."""
    refreshed = outcome.refreshed
    if not outcome.failures:
        return translate(
            "HubSearch",
            "Refreshed the files and sizes of %n models from Hugging Face.",
            None,
            refreshed,
        )
    text = ""
    if outcome.refreshed:
        text = translate(
            "HubSearch",
            "Refreshed the files and sizes of %n models of {total}.",
            None,
            refreshed,
        ).format(total=total)
        text += " "
    more = len(outcome.failures) - 1
    text += outcome.failures[0]
    if more:
        text += " " + translate("HubSearch", "(%n more could not be refreshed.)", None, more)
    return text
