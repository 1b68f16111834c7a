"""Crash safety for real: a child process indexing with a real embedding model is killed
with SIGKILL in the middle of a large file; the index stays consistent and the next run
redoes only what was unfinished."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.documents import indexer as indexer_module
from desktop.documents.index import DocumentIndex
from desktop.documents.indexer import index_collection
from desktop.documents.lexical import bm25_ranking
from desktop.documents.records import INDEXED, INDEXING, PENDING
from tests.unit.documents_crash_child import CHUNK_TOKENS
from tests.unit.test_history_crash import LineReader

ROOT = Path(__file__).resolve().parents[2]
CHILD = Path(__file__).with_name("documents_crash_child.py")
pytestmark = [
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
    pytest.mark.smollm,
    pytest.mark.slow,
]


def _files(folder: Path) -> None:
    folder.mkdir()
    for name in ("a1.txt", "a2.txt", "a3.txt", "c1.txt", "c2.txt"):
        (folder / name).write_text(f"Small note {name} about otters.", encoding="utf-8")
    big = " ".join(f"Sentence {i} of the big file mentions herons." for i in range(30))
    (folder / "big.txt").write_text(big, encoding="utf-8")


def _wait_for_status(db: Path, name: str, status: str, proc: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + 120
    conn = sqlite3.connect(db)
    try:
        while time.monotonic() < deadline:
            row = conn.execute(
                "SELECT status FROM files WHERE path LIKE ?", (f"%{name}",)
            ).fetchone()
            if row and row[0] == status:
                return
            assert proc.poll() is None, "the child finished before it could be killed"
            time.sleep(0.01)
    finally:
        conn.close()
    raise AssertionError(f"{name} never reached {status}")


def test_sigkill_mid_file_leaves_a_consistent_index_that_resumes(
    tmp_path: Path, smollm_path: Path, smollm_embedder, monkeypatch: pytest.MonkeyPatch
):
    folder = tmp_path / "docs"
    _files(folder)
    db = tmp_path / "docs.sqlite3"
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Otters", folder)
    proc = subprocess.Popen(
        [sys.executable, str(CHILD), str(db), str(collection.id), str(smollm_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=dict(os.environ, PYTHONPATH=str(ROOT)),
        cwd=ROOT,
    )
    try:
        reader = LineReader(proc)
        assert reader.line(120) == "loaded"
        while (line := reader.line(120)) != "file 3 big.txt":
            assert line.startswith("file ")
        _wait_for_status(db, "big.txt", INDEXING, proc)  # a first batch of it is committed
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()
        for stream in (proc.stdout, proc.stderr):
            if stream is not None:
                stream.close()

    raw = sqlite3.connect(db)
    assert raw.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    raw.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')")
    raw.close()
    with DocumentIndex.open(db, check=True) as index:
        assert index.note is None
        files = {f.name: f for f in index.files(collection.id)}
        assert [files[n].status for n in ("a1.txt", "a2.txt", "a3.txt")] == [INDEXED] * 3
        assert files["big.txt"].status == INDEXING  # half written, and so not searchable
        assert files["c1.txt"].status == PENDING
        assert bm25_ranking(index.conn, "herons", [collection.id], 5) == []
        for name in ("a1.txt", "a2.txt", "a3.txt"):
            vectors = index.conn.execute(
                "SELECT count(*) FROM vectors JOIN chunks ON chunks.id = vectors.chunk_id "
                "WHERE chunks.file_id = ?",
                (files[name].id,),
            ).fetchone()[0]
            assert vectors == files[name].chunks == 1

    read: list[str] = []
    real_extract = indexer_module.extract

    def reading(path: Path, cancel: object = None) -> object:
        read.append(path.name)
        return real_extract(path, None)

    monkeypatch.setattr(indexer_module, "extract", reading)
    monkeypatch.setattr(indexer_module, "WRITE_BATCH", 3)
    report = index_collection(
        collection.id, db_path=db, embedder=smollm_embedder, chunk_tokens=CHUNK_TOKENS,
        overlap_tokens=4,
    )  # fmt: skip
    assert read == ["big.txt", "c1.txt", "c2.txt"]  # the finished files are not read again
    assert (report.indexed, report.unchanged, report.failed) == (3, 3, ())
    with DocumentIndex.open(db) as index:
        assert index.collection(collection.id).indexed == 6
        chunks = index.conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
        vectors = index.conn.execute("SELECT count(*) FROM vectors").fetchone()[0]
        assert chunks == vectors
        big = index.file(files["big.txt"].id)
        ordinals = [c.ordinal for c in index.file_chunks(big.id)]
        assert ordinals == list(range(big.chunks))  # no leftover of the killed run
        assert bm25_ranking(index.conn, "herons", [collection.id], 5)
