"""Every file of the bad-input corpus (tests/corpus) gets its plain message, quickly, and
nothing else: no other exception, no traceback, nothing written. The damaged model headers
are built here (tests/corpus/build.py), never committed: no model file lives in the
repository."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop.core.chat_template import TemplateError, render_chat
from desktop.core.history.store import HistoryError, HistoryStore
from desktop.core.hub.repo_id import InvalidRepoId, check_repo_id
from desktop.core.models.gguf_info import GGUFError, read_gguf_info
from tests.corpus.build import gguf_cases, import_cases
from tests.robustness_counts import inputs_tried

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
KINDS = ("import", "template", "repo")  # committed; the gguf cases are built (built_gguf)


def _table() -> dict[str, str]:
    rows = {}
    for line in (CORPUS / "EXPECTED.tsv").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            case, expected = line.split("\t", 1)
            rows[case] = expected
    return rows


EXPECTED = _table()


@pytest.fixture(scope="module")
def built_gguf(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The damaged GGUF headers, written for this run."""
    folder = tmp_path_factory.mktemp("gguf")
    for name, data in gguf_cases().items():
        (folder / name).write_bytes(data)
    return folder


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HistoryStore]:
    opened, _ = HistoryStore.open(tmp_path_factory.mktemp("corpus") / "history.sqlite3")
    yield opened
    opened.close()


def _refusal(kind: str, path: Path, store: HistoryStore) -> str:
    """The plain message the app gives for ``path``; fails if it gives none."""
    attempts: dict[str, tuple[Callable[[], object], type[Exception]]] = {
        "gguf": (lambda: read_gguf_info(path), GGUFError),
        "import": (lambda: store.import_file(path), HistoryError),
        "template": (
            lambda: render_chat(path.read_text("utf-8"), [{"role": "user", "content": "Hi"}]),
            TemplateError,
        ),
        "repo": (lambda: check_repo_id(path.read_text("utf-8")), InvalidRepoId),
    }
    attempt, plain = attempts[kind]
    with pytest.raises(plain) as caught:
        attempt()
    return str(caught.value)


def test_every_corpus_file_is_in_the_table_and_back() -> None:
    files = {f"{p.parent.name}/{p.name}" for kind in KINDS for p in (CORPUS / kind).iterdir()}
    files |= {f"gguf/{name}" for name in gguf_cases()}
    assert files == set(EXPECTED)


def test_the_generated_files_are_up_to_date() -> None:
    for name, text in import_cases().items():
        assert (CORPUS / "import" / name).read_text(encoding="utf-8") == text, name


@pytest.mark.parametrize("case", sorted(EXPECTED))
def test_corpus_case_gets_its_plain_message(
    case: str, store: HistoryStore, built_gguf: Path
) -> None:
    kind, name = case.split("/", 1)
    path = built_gguf / name if kind == "gguf" else CORPUS / case
    inputs_tried()
    started = time.monotonic()
    message = _refusal(kind, path, store)
    assert time.monotonic() - started < 3
    assert EXPECTED[case] in message
    assert "Traceback" not in message
    assert "Error:" not in message  # no exception class names
    if kind == "import":
        assert store.list_conversations() == []
