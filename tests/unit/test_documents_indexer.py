"""The background indexer: folders and files, only changed files again, plain messages for
bad files while the rest is indexed, cancel, and searches that never wait for it."""

from __future__ import annotations

import os
import threading
import time
from pathlib import Path

import pytest

from desktop.documents import indexer as indexer_module
from desktop.documents.index import DocumentIndex
from desktop.documents.indexer import index_collection, scan_folder
from desktop.documents.lexical import bm25_ranking
from desktop.documents.records import FAILED, INDEXED, PENDING
from tests.documents_corpus import write_docx, write_pdf


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "docs.sqlite3"


def _write(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def extract_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Names of the files the indexer really reads (extracts), in order."""
    calls: list[str] = []
    real = indexer_module.extract

    def counting(path: Path, cancel: threading.Event | None = None):
        calls.append(path.name)
        return real(path, cancel)

    monkeypatch.setattr(indexer_module, "extract", counting)
    return calls


def test_scan_skips_hidden_tool_folders_and_unknown_kinds(tmp_path: Path):
    _write(
        tmp_path,
        {
            "a.md": "a", "sub/b.py": "b", ".git/c.txt": "c", "node_modules/d.js": "d",
            ".hidden.txt": "e", "photo.jpg": "f", "sub/.venv/g.py": "g",
        },
    )  # fmt: skip
    assert [p.name for p in scan_folder(tmp_path)] == ["a.md", "b.py"]


def test_folder_indexing_reads_only_changed_files_again(db: Path, tmp_path: Path, extract_calls):
    folder = tmp_path / "notes"
    _write(
        folder, {"a.txt": "apples are red", "b.txt": "bananas are yellow", "c.md": "# C\ncherries"}
    )
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Notes", folder)
    report = index_collection(collection.id, db_path=db)
    assert (report.total, report.indexed, report.unchanged, report.failed) == (3, 3, 0, ())
    assert extract_calls == ["a.txt", "b.txt", "c.md"]

    extract_calls.clear()
    assert index_collection(collection.id, db_path=db).unchanged == 3
    assert extract_calls == []  # nothing changed: nothing read

    (folder / "b.txt").write_text("blueberries are blue", encoding="utf-8")  # changed
    os.utime(folder / "a.txt", ns=(1, 1))  # touched, same content: hash says unchanged
    (folder / "c.md").unlink()  # gone
    (folder / "d.txt").write_text("dates are sweet", encoding="utf-8")  # new
    report = index_collection(collection.id, db_path=db)
    assert extract_calls == ["b.txt", "d.txt"]
    assert (report.indexed, report.unchanged, report.removed) == (2, 1, 1)
    with DocumentIndex.open(db) as index:
        names = {f.name: f for f in index.files(collection.id)}
        assert set(names) == {"a.txt", "b.txt", "d.txt"}
        assert all(f.status == INDEXED for f in names.values())
        assert bm25_ranking(index.conn, "bananas", [collection.id], 5) == []
        hits = bm25_ranking(index.conn, "blueberries", [collection.id], 5)
        assert [index.chunks(hits)[hits[0]].path.name] == ["b.txt"]
        assert names["a.txt"].size == len("apples are red")


def test_every_bad_file_gets_its_message_and_the_rest_is_indexed(db: Path, tmp_path: Path):
    from pypdf import PdfWriter

    folder = tmp_path / "mixed"
    folder.mkdir()
    write_pdf(folder / "good.pdf", ["Good page one about owls.", "Good page two about larks."])
    write_docx(folder / "good.docx", [(1, "Birds"), (None, "Robins sing at dawn.")])
    write_pdf(folder / "scan.pdf", [""], image_only=True)
    whole = write_pdf(tmp_path / "whole.pdf", ["Some text"] * 20).read_bytes()
    (folder / "broken.pdf").write_bytes(whole[: len(whole) // 4])
    writer = PdfWriter(clone_from=folder / "good.pdf")
    writer.encrypt(user_password="pw", algorithm="AES-256")
    writer.write(folder / "locked.pdf")
    (folder / "binary.txt").write_bytes(b"\x00\x01binary")
    (folder / "empty.md").write_bytes(b"")
    (folder / "fine.md").write_text("# Fine\nFinches eat seeds.")
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Birds", folder)
    report = index_collection(collection.id, db_path=db)
    failed = {f.path.name: f.message for f in report.failed}
    assert set(failed) >= {"scan.pdf", "locked.pdf", "binary.txt", "empty.md"}
    assert "no text layer" in failed["scan.pdf"]
    assert "protected by a password" in failed["locked.pdf"]
    assert "binary file" in failed["binary.txt"]
    assert "is empty" in failed["empty.md"]
    assert all("Traceback" not in m and "Error(" not in m for m in failed.values())
    with DocumentIndex.open(db) as index:
        files = {f.name: f for f in index.files(collection.id)}
        for name in ("good.pdf", "good.docx", "fine.md"):
            assert files[name].status == INDEXED, files[name].error
        for name, message in failed.items():
            assert files[name].status == FAILED
            assert files[name].error == message
        assert files["good.pdf"].pages == 2
        owl = bm25_ranking(index.conn, "owls", [collection.id], 3)
        assert index.chunks(owl)[owl[0]].page == 1
        lark = bm25_ranking(index.conn, "larks", [collection.id], 3)
        assert index.chunks(lark)[lark[0]].page == 2
    again = index_collection(collection.id, db_path=db)  # same bad files: same messages
    assert {f.path.name: f.message for f in again.failed} == failed
    assert again.indexed == 0


def test_cancel_between_files_then_resume(db: Path, tmp_path: Path):
    folder = tmp_path / "many"
    _write(folder, {f"f{i:02}.txt": f"file {i} text" for i in range(10)})
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Many", folder)
    cancel = threading.Event()
    seen: list[tuple[int, int, Path | None]] = []

    def progress(done: int, total: int, current: Path | None) -> None:
        seen.append((done, total, current))
        if done == 4:
            cancel.set()

    report = index_collection(collection.id, db_path=db, progress=progress, cancel=cancel)
    assert report.cancelled
    assert report.indexed == 4
    assert "cancelled" in report.summary
    assert seen[0] == (0, 10, folder.resolve() / "f00.txt")
    with DocumentIndex.open(db) as index:
        statuses = [f.status for f in index.files(collection.id)]
        assert statuses == [INDEXED] * 4 + [PENDING] * 6
    seen.clear()
    report = index_collection(collection.id, db_path=db, progress=progress)
    assert (report.indexed, report.unchanged, report.cancelled) == (6, 4, False)
    assert seen[-1] == (10, 10, None)


def test_a_large_file_is_written_in_batches_and_cancel_inside_it_leaves_no_part(
    db: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setattr(indexer_module, "WRITE_BATCH", 5)
    folder = tmp_path / "big"
    _write(
        folder, {"big.txt": "\n\n".join(f"Paragraph {i} about topic {i}." * 8 for i in range(60))}
    )
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Big", folder)
    cancel = threading.Event()
    writes = 0
    real_insert = indexer_module._insert

    def insert_then_cancel(*args, **kwargs) -> None:
        nonlocal writes
        real_insert(*args, **kwargs)
        writes += 1
        if writes == 2:
            cancel.set()  # after two batches of the file were written

    monkeypatch.setattr(indexer_module, "_insert", insert_then_cancel)

    class Vectors:  # stands for the embedder's check between batches
        model_id, dim = "fake", 2

        def embed(self, texts):
            import numpy as np

            from desktop.documents.embedder import Embeddings

            if cancel.is_set():
                raise AssertionError("embedded after cancel")
            return Embeddings(np.ones((len(texts), 2), np.float32), [1] * len(texts))

    report = index_collection(collection.id, db_path=db, cancel=cancel, embedder=Vectors())  # type: ignore[arg-type]
    assert report.cancelled
    with DocumentIndex.open(db) as index:
        info = index.files(collection.id)[0]
        assert info.status == PENDING
        assert info.chunks == 0
        assert index.conn.execute("SELECT count(*) FROM vectors").fetchone()[0] == 0
    monkeypatch.setattr(indexer_module, "_insert", real_insert)
    cancel.clear()
    report = index_collection(collection.id, db_path=db, embedder=Vectors())  # type: ignore[arg-type]
    with DocumentIndex.open(db) as index:
        info = index.files(collection.id)[0]
        assert info.status == INDEXED
        assert info.chunks > 10
        vectors = index.conn.execute("SELECT count(*) FROM vectors").fetchone()[0]
        assert vectors == info.chunks


@pytest.mark.slow
def test_a_thousand_small_files_index_while_searches_stay_fast(db: Path, tmp_path: Path):
    folder = tmp_path / "thousand"
    _write(
        folder, {f"d{i // 100}/n{i:04}.txt": f"note {i} mentions walrus{i}" for i in range(1000)}
    )
    (folder / "needle.md").write_text("# Needle\nThe narwhal hides here.")
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Thousand", folder)
    index_collection(collection.id, db_path=db, cancel=threading.Event(), progress=None)
    # Index again from scratch on a thread while this thread searches.
    with DocumentIndex.open(db) as index:
        index.conn.execute("UPDATE files SET status = 'pending'")
    progress: list[int] = []
    worker = threading.Thread(
        target=index_collection,
        args=(collection.id,),
        kwargs={"db_path": db, "progress": lambda done, total, path: progress.append(done)},
    )
    worker.start()
    slowest = 0.0
    searches = 0
    with DocumentIndex.open(db) as index:
        while worker.is_alive():
            started = time.perf_counter()
            index.conn.execute("SELECT count(*) FROM files WHERE status = 'indexed'").fetchone()
            bm25_ranking(index.conn, "walrus77", [collection.id], 5)
            slowest = max(slowest, time.perf_counter() - started)
            searches += 1
            time.sleep(0.005)
    worker.join()
    assert progress[-1] == 1001
    assert searches > 10
    assert slowest < 0.5, f"a search waited {slowest:.3f} s for the indexer"
    with DocumentIndex.open(db) as index:
        assert index.collection(collection.id).indexed == 1001
        hit = bm25_ranking(index.conn, "narwhal", [collection.id], 1)
        assert index.chunks(hit)[hit[0]].path.name == "needle.md"


def test_a_missing_folder_leaves_its_collection_as_it_was(db: Path, tmp_path: Path):
    from desktop.documents.records import DocumentError

    folder = tmp_path / "usb"
    _write(folder, {"a.txt": "apples", "b.txt": "bananas"})
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("USB", folder)
    index_collection(collection.id, db_path=db)
    folder.rename(tmp_path / "unplugged")
    with pytest.raises(DocumentError, match="cannot be found") as caught:
        index_collection(collection.id, db_path=db)
    assert caught.value.reason == "folder_missing"
    with DocumentIndex.open(db) as index:
        assert index.collection(collection.id).indexed == 2
