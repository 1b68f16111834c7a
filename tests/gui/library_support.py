"""Shared pieces of the Library page tests: a tiny catalog served by the loopback fake Hub,
a 16 GB machine, download timings, and a page factory that shuts every page down."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from desktop.core.hardware import GIB, MachineProfile
from desktop.core.hub.downloads import DownloadManager, RetryPolicy, Timeouts
from desktop.core.models.catalog import (
    Architecture,
    Catalog,
    CatalogEntry,
    GGUFFile,
    GGUFQuant,
    GGUFSource,
    load_catalog,
)
from desktop.core.models.library import DiscoveryRoots, Library
from desktop.core.thinking import ThinkingCapability
from desktop.gui.library.page import LibraryPage
from tests.hub_server import FakeHub

PROFILE_16GB = MachineProfile("Linux", "x86_64", 16 * GIB, 12 * GIB, 8, 16, False)
REPO = "test/Tiny-Qwen3-GGUF"
FILENAME = "Tiny-Qwen3-Q8_0.gguf"
# A stall timeout longer than any test, so a stalled transfer waits for Pause, not a retry.
TIMEOUTS = Timeouts(connect=2.0, stall=30.0, tick=0.02)
RETRY = RetryPolicy(max_retries=2, base_delay=0.01, max_delay=0.05)

PageFactory = Callable[..., LibraryPage]


def tiny_catalog(size: int, filename: str = FILENAME) -> Catalog:
    quant = GGUFQuant("Q8_0", (GGUFFile(filename, size),), size_estimated=False)
    entry = CatalogEntry(
        id="tiny-qwen3",
        name="Tiny Qwen3",
        family="qwen3",
        params_total_b=0.001,
        params_active_b=0.001,
        context_native=4096,
        context_max=4096,
        arch=Architecture(n_layers=2, n_kv_heads=2, head_dim=32),
        tasks=frozenset({"chat"}),
        thinking=ThinkingCapability.HYBRID,
        license="Apache-2.0",
        description="A tiny test model on the loopback fake Hub.",
        gguf=(GGUFSource(REPO, "main", True, (quant,)),),
        mlx=(),
    )
    return Catalog((entry,), "2026-01-01")


def wait(qtbot, condition: Callable[[], object], timeout_s: float = 10.0) -> None:
    """Wait on GUI-thread state while Qt processes events (never on cross-thread signals)."""
    qtbot.waitUntil(lambda: bool(condition()), timeout=int(timeout_s * 1000))


@contextmanager
def page_maker(
    qtbot: Any, library: Library | None = None, size: tuple[int, int] = (900, 700)
) -> Iterator[PageFactory]:
    """Yields ``make(catalog=None, *, hub, offline, roots, profile, hub_api)``: a shown
    LibraryPage whose first scans are done (downloads go to ``hub``); all shut down after."""
    pages: list[LibraryPage] = []

    def make(
        catalog: Catalog | None = None,
        *,
        hub: FakeHub | None = None,
        offline: Callable[[], bool] = lambda: False,
        roots: DiscoveryRoots | None = None,
        profile: MachineProfile = PROFILE_16GB,
        hub_api: object | None = None,
    ) -> LibraryPage:
        factory = None
        if hub is not None:
            endpoint = hub.endpoint

            def factory() -> DownloadManager:
                return DownloadManager(endpoint=endpoint, timeouts=TIMEOUTS, retry=RETRY)

        page = LibraryPage(
            library or Library(),
            catalog or load_catalog(),
            profile,
            manager_factory=factory,
            offline=offline,
            discovery_roots=roots or DiscoveryRoots(),
            hub_api=hub_api,
        )
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        pages.append(page)
        wait(qtbot, lambda: not page.jobs.busy)  # first scans done
        return page

    try:
        yield make
    finally:
        for page in pages:
            page.shutdown()
