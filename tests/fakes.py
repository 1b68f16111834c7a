"""Fakes for slow or unreachable things the tests replace (DESIGN.md: tests/fakes.py).

The scripted inference engine is ``desktop.engines.fake.FakeEngine`` (the app's benchmarks and
UI work use it too); the loopback Hugging Face server is ``tests/hub_server.py``.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from types import SimpleNamespace
from typing import Any

from huggingface_hub.hf_api import ModelInfo

SHA = {n: f"{n:064x}" for n in range(1, 10)}


def hub_model(repo: str, downloads: int, likes: int = 0, when: str = "2025-07-30T10:00:00Z"):
    """A search result as the Hub's JSON makes it."""
    return ModelInfo(id=repo, downloads=downloads, likes=likes, lastModified=when)


def repo_info(repo: str, files: list[tuple[str, int, str | None]]) -> ModelInfo:
    """``model_info(repo, files_metadata=True)``: siblings with sizes and LFS metadata."""
    siblings = [
        {
            "rfilename": name,
            "size": size,
            **({"lfs": {"size": size, "sha256": sha, "pointerSize": 134}} if sha else {}),
        }
        for name, size, sha in files
    ]
    return ModelInfo(id=repo, siblings=siblings)


class HTTPError(Exception):
    """Shaped like huggingface_hub's HfHubHTTPError: it carries the response."""

    def __init__(self, status: int) -> None:
        super().__init__(f"{status} Client Error")
        self.response = SimpleNamespace(status_code=status)


class FakeHubApi:
    """Duck-typed ``HfApi``: ``list_models`` by library filter, ``model_info`` per repo."""

    def __init__(
        self,
        models: dict[str, list[ModelInfo]] | None = None,
        repos: dict[str, ModelInfo] | None = None,
        *,
        error: Exception | None = None,
        block: threading.Event | None = None,
    ) -> None:
        self.models = models or {}
        self.repos = repos or {}
        self.error = error
        self.block = block
        self.calls: list[tuple[str, Any]] = []

    def _maybe_fail(self) -> None:
        if self.block is not None:
            self.block.wait(10)
        if self.error is not None:
            raise self.error

    def list_models(self, **kwargs: Any) -> Iterator[ModelInfo]:
        self.calls.append(("list_models", kwargs))
        self._maybe_fail()
        words = str(kwargs.get("search") or "").lower().split()
        found = self.models.get(str(kwargs.get("filter")), [])
        return iter([m for m in found if all(w in m.id.lower() for w in words)])

    def model_info(self, repo_id: str, *, files_metadata: bool = False) -> ModelInfo:
        self.calls.append(("model_info", repo_id))
        self._maybe_fail()
        if repo_id not in self.repos:
            raise HTTPError(404)
        return self.repos[repo_id]
