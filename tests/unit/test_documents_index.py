"""The documents database: schema and opening, collections, deletion with everything in it,
chat attachments and saved citations."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from desktop.core.paths import app_paths
from desktop.documents.attachments import (
    attach_files,
    attachments,
    detach_file,
    disable_collection,
    enable_collection,
    forget_conversation,
    load_citations,
    save_citations,
)
from desktop.documents.citations import Citation
from desktop.documents.index import DocumentIndex
from desktop.documents.indexer import index_collection
from desktop.documents.records import FAILED, PENDING, DocumentError
from desktop.documents.schema import CURRENT_VERSION, DB_NAME


@pytest.fixture
def index(tmp_path: Path):
    opened = DocumentIndex.open(tmp_path / "docs.sqlite3", check=True)
    yield opened
    opened.close()


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "folder"
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_the_index_lives_beside_the_history_in_wal_mode(app_home: Path):
    with DocumentIndex.open() as index:
        assert index.path == app_paths().data / DB_NAME
        assert index.path.parent == app_paths().history_db.parent
        assert index.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert index.conn.execute("PRAGMA user_version").fetchone()[0] == CURRENT_VERSION
        assert index.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert index.note is None


def test_a_damaged_index_is_set_aside_with_a_note(tmp_path: Path):
    path = tmp_path / "docs.sqlite3"
    path.write_bytes(b"garbage that is no database" * 100)
    with DocumentIndex.open(path, check=True) as index:
        assert index.note is not None
        assert "could not be opened" in index.note
        assert "add your documents again" in index.note
        assert index.collections() == []
    assert list(tmp_path.glob("docs.sqlite3.corrupt-*"))


def test_a_newer_index_is_refused_untouched(tmp_path: Path):
    path = tmp_path / "docs.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.close()
    with pytest.raises(DocumentError, match="written by a newer Qwen Desk"):
        DocumentIndex.open(path)


def test_collections_are_named_uniquely(index: DocumentIndex, tmp_path: Path):
    folder = _folder(tmp_path, {"a.txt": "alpha"})
    papers = index.create_collection("  Papers  ", folder)
    assert papers.name == "Papers"
    assert papers.root == folder.resolve()
    notes = index.create_collection("Notes")
    assert notes.root is None
    with pytest.raises(DocumentError, match='A collection named "Papers" already exists'):
        index.create_collection("Papers")
    with pytest.raises(DocumentError, match="not a folder"):
        index.create_collection("Gone", tmp_path / "missing")
    with pytest.raises(DocumentError, match="Give the collection a name"):
        index.create_collection("   ")
    assert [c.name for c in index.collections()] == ["Notes", "Papers"]
    assert index.rename_collection(notes.id, "Memos").name == "Memos"


def test_adding_files_marks_unreadable_kinds_failed_at_once(index: DocumentIndex, tmp_path: Path):
    collection = index.create_collection("Mixed")
    added = index.add_files(collection.id, [tmp_path / "a.txt", tmp_path / "b.exe"])
    by_name = {f.name: f for f in added}
    assert by_name["a.txt"].status == PENDING
    assert by_name["b.exe"].status == FAILED
    assert "b.exe is not a kind of file Qwen Desk can read" in (by_name["b.exe"].error or "")
    again = index.add_files(collection.id, [tmp_path / "a.txt"])  # no duplicate
    assert len(again) == 1
    assert len(index.files(collection.id)) == 2


def test_deleting_a_collection_deletes_its_chunks_vectors_and_search_rows(
    index: DocumentIndex, tmp_path: Path
):
    folder = _folder(tmp_path, {f"n{i}.txt": f"note number {i} about zebras" for i in range(5)})
    keep = index.create_collection("Keep", _folder(tmp_path / "k", {"k.txt": "zebras stay"}))
    doomed = index.create_collection("Doomed", folder)
    index_collection(keep.id, db_path=index.path)
    index_collection(doomed.id, db_path=index.path)
    file_id = index.files(doomed.id)[0].id
    chunk_id = index.file_chunks(file_id)[0].id
    index.conn.execute(
        "INSERT INTO vectors(chunk_id, model, dim, vector) VALUES (?, 'm', 1, x'0000803f')",
        (chunk_id,),
    )
    assert index.collection(doomed.id).chunks == 5
    index.delete_collection(doomed.id)
    db = index.conn
    assert db.execute("SELECT count(*) FROM files").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM chunks").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM vectors").fetchone()[0] == 0
    found = db.execute("SELECT rowid FROM chunks_fts WHERE chunks_fts MATCH 'zebras'").fetchall()
    assert len(found) == 1
    db.execute("INSERT INTO chunks_fts(chunks_fts) VALUES ('integrity-check')")
    with pytest.raises(DocumentError, match="no longer exists"):
        index.collection(doomed.id)


def test_chat_attachments_and_switched_on_collections(index: DocumentIndex, tmp_path: Path):
    folder = _folder(tmp_path, {"a.md": "# A\ntext", "b.txt": "bee"})
    shared = index.create_collection("Shared", folder)
    own = attach_files(index, 42, [folder / "a.md", folder / "b.txt"])
    assert own.conversation_id == 42
    assert own.files == 2
    assert index.collections() == [index.collection(shared.id)]  # private ones are hidden
    enable_collection(index, 42, shared.id)
    enable_collection(index, 42, shared.id)  # twice is once
    seen = attachments(index, 42)
    assert [f.name for f in seen.files] == ["a.md", "b.txt"]
    assert [c.id for c in seen.collections] == [shared.id]
    assert seen.collection_ids == [own.id, shared.id]
    assert attachments(index, 7).is_empty
    with pytest.raises(DocumentError, match="cannot be switched on elsewhere"):
        enable_collection(index, 7, own.id)
    detach_file(index, 42, seen.files[0].id)
    with pytest.raises(DocumentError, match="not attached to this chat"):
        detach_file(index, 7, seen.files[1].id)
    disable_collection(index, 42, shared.id)
    seen = attachments(index, 42)
    assert [f.name for f in seen.files] == ["b.txt"]
    assert seen.collections == []


def test_citations_are_kept_per_message_and_forgotten_with_the_chat(
    index: DocumentIndex, tmp_path: Path
):
    cites = [
        Citation(1, tmp_path / "r.pdf", 3, None, "Page three text", 10, 25, 5),
        Citation(2, tmp_path / "g.md", None, "Install › Linux", "Use apt", 0, 7),
    ]
    attach_files(index, 9, [tmp_path / "r.pdf"])
    save_citations(index, 9, 1001, cites)
    loaded = load_citations(index, 1001)
    assert [(c.number, c.label, c.text) for c in loaded] == [
        (1, "r.pdf, page 3", "Page three text"),
        (2, "g.md, section Install › Linux", "Use apt"),
    ]
    assert Citation.from_json(cites[1].to_json()) == cites[1]
    forget_conversation(index, 9)
    assert load_citations(index, 1001) == []
    assert index.chat_collection(9) is None
