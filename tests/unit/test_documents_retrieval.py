"""Retrieval: real embeddings from SmolLM2 through llama.cpp, BM25 with CJK, reciprocal rank
fusion, and recall@5 on a labelled question set for BM25, vectors and the hybrid."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from desktop.documents.embedder import (
    QWEN3_QUERY_FORMAT,
    Embedder,
    EmbedderProfile,
    profile_for,
)
from desktop.documents.index import DocumentIndex
from desktop.documents.indexer import index_collection
from desktop.documents.lexical import bm25_ranking, query_terms
from desktop.documents.records import DocumentError
from desktop.documents.retrieval import (
    HYBRID,
    KEYWORDS,
    NO_EMBEDDER_NOTE,
    VECTORS,
    Retriever,
    reciprocal_rank_fusion,
)
from tests.documents_corpus import QUESTIONS, recall_at, write_corpus


def test_rrf_rewards_agreement_with_k_60():
    fused = reciprocal_rank_fusion([[1, 2, 3], [3, 1, 4]])
    assert [item for item, _ in fused] == [1, 3, 2, 4]
    assert fused[0][1] == pytest.approx(1 / 61 + 1 / 62)
    assert fused[-1][1] == pytest.approx(1 / 63)
    assert reciprocal_rank_fusion([]) == []


def test_query_terms_drop_stop_words_and_split_cjk():
    words, pieces, short = query_terms("What is the boiling point of Mercury? AI 水银的沸点")
    assert words == ["boiling", "point", "mercury", "ai"]
    assert pieces == ["水银的", "银的沸", "的沸点"]
    assert short == []
    assert query_terms("苹果 and Äpfel") == (["äpfel"], [], ["苹果"])


def test_bm25_finds_cjk_and_short_words(tmp_path: Path):
    folder = tmp_path / "zh"
    folder.mkdir()
    (folder / "a.txt").write_text("水银是唯一在室温下呈液态的金属。苹果很好吃。", encoding="utf-8")
    (folder / "b.txt").write_text(
        "Bananas and apples are fruit. AI is everywhere.", encoding="utf-8"
    )
    db = tmp_path / "i.sqlite3"
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("zh", folder)
        index_collection(collection.id, db_path=db)

        def top(query: str) -> str:
            ids = bm25_ranking(index.conn, query, [collection.id], 3)
            return index.chunks(ids)[ids[0]].path.name if ids else ""

        assert top("液态的金属") == "a.txt"
        assert top("苹果") == "a.txt"  # two characters: LIKE
        assert top("AI") == "b.txt"
        assert top("apple") == "b.txt"  # stemmed: "apples"
        assert top("ai") == "b.txt"  # two letters: the word index has it
        assert top("zzzzqqq") == ""


def test_profiles():
    qwen = profile_for("Qwen3 Embedding 0.6B Qwen3-Embedding-0.6B-Q8_0.gguf", None)
    assert qwen == EmbedderProfile("last", QWEN3_QUERY_FORMAT, append_eos=True)
    assert profile_for("nomic-embed-text", 1).pooling == "model"
    assert profile_for("SmolLM2", None).pooling == "mean"


def test_a_file_that_is_not_a_model_is_refused_plainly(tmp_path: Path):
    path = tmp_path / "fake.gguf"
    path.write_bytes(b"not a gguf")
    with pytest.raises(DocumentError, match="The embedding model cannot be used"):
        Embedder(path)


@pytest.mark.smollm
def test_real_embeddings_are_unit_vectors_batch_independent_with_token_counts(smollm_embedder):
    texts = ["The cat sat on the mat.", "A dog ran in the park.", "Stocks fell sharply."]
    batch = smollm_embedder.embed(texts)
    assert batch.vectors.shape == (3, smollm_embedder.dim)
    assert batch.vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(batch.vectors, axis=1), 1.0, atol=1e-5)
    alone = smollm_embedder.embed(texts[1:2])
    assert np.allclose(alone.vectors[0], batch.vectors[1], atol=1e-4)
    assert batch.token_counts == [smollm_embedder.count_tokens(t) for t in texts]
    assert batch.total_tokens == sum(batch.token_counts)
    raw = smollm_embedder.embed(texts[:1], normalize=False)
    assert np.linalg.norm(raw.vectors[0]) > 1.01 or np.linalg.norm(raw.vectors[0]) < 0.99
    long = smollm_embedder.embed(["word " * 2000])
    assert long.token_counts == [smollm_embedder.n_ctx]
    assert long.truncated == 1
    assert smollm_embedder.embed([]).vectors.shape == (0, smollm_embedder.dim)


@pytest.mark.smollm
def test_last_token_pooling_with_eos_as_for_qwen3_embedding(smollm_path: Path, smollm_embedder):
    profile = EmbedderProfile("last", QWEN3_QUERY_FORMAT, append_eos=True)
    with Embedder(smollm_path, n_ctx=256, profile=profile) as last:
        assert last.model_id != smollm_embedder.model_id
        one = last.embed(["Where is the cat?"])
        assert one.token_counts == [smollm_embedder.count_tokens("Where is the cat?") + 1]
        assert last.format_query("cats", task="Find pets") == "Instruct: Find pets\nQuery:cats"
        query = last.embed_query("cats")
        assert query.shape == (last.dim,)
        assert not np.allclose(
            one.vectors[0], smollm_embedder.embed(["Where is the cat?"]).vectors[0]
        )


@pytest.fixture(scope="module")
def labelled(tmp_path_factory: pytest.TempPathFactory, smollm_embedder):
    """The labelled corpus indexed once with real SmolLM2 vectors."""
    folder = tmp_path_factory.mktemp("labelled")
    corpus = write_corpus(folder / "docs")
    db = folder / "index.sqlite3"
    with DocumentIndex.open(db) as index:
        collection = index.create_collection("Labelled", corpus.folder)
    report = index_collection(collection.id, db_path=db, embedder=smollm_embedder)
    assert report.failed == ()
    return db, collection.id


@pytest.mark.smollm
@pytest.mark.slow
def test_hybrid_recall_at_5_is_at_least_the_better_of_bm25_and_vectors(labelled, smollm_embedder):
    db, collection_id = labelled
    with DocumentIndex.open(db) as index:
        retriever = Retriever(index, smollm_embedder)
        recall = {}
        for method in (KEYWORDS, VECTORS, HYBRID):
            ranked = []
            for question, _ in QUESTIONS:
                result = retriever.search(question, [collection_id], 5, method=method)
                assert result.method == method
                ranked.append([p.text for p in result.passages])
            recall[method] = recall_at(ranked)
    print("recall@5", recall)
    assert recall[HYBRID] >= max(recall[KEYWORDS], recall[VECTORS])
    assert recall[KEYWORDS] >= 0.5  # every lexical question and some others
    assert recall[VECTORS] > 5 / 24  # far better than chance (5 of 24 passages)


@pytest.mark.smollm
def test_search_results_carry_citation_facts_and_timings(labelled, smollm_embedder):
    db, collection_id = labelled
    with DocumentIndex.open(db) as index:
        result = Retriever(index, smollm_embedder).search(
            "What is the name of the colour printer?", [collection_id], 3
        )
        top = result.passages[0]
        assert top.file_name == "office.pdf"
        assert top.page == 3
        assert "ZEBRA-7" in top.text
        assert top.bm25_rank == 1
        assert top.vector_rank is not None
        assert result.method == HYBRID
        assert result.note is None
        assert result.embed_ms > 0
        assert set(result.timings) == {"bm25", "vector", "fusion"}
        science = Retriever(index, smollm_embedder).search("Mauna Loa", [collection_id], 1)
        assert science.passages[0].section == "Science notes › Volcanoes"


@pytest.mark.smollm
def test_without_an_embedder_bm25_works_and_says_what_one_would_add(labelled):
    db, collection_id = labelled
    with DocumentIndex.open(db) as index:
        result = Retriever(index).search("QNAP-TS453 snapshots", [collection_id], 3)
        assert result.method == KEYWORDS
        assert result.note == NO_EMBEDDER_NOTE
        assert "other words" in NO_EMBEDDER_NOTE
        assert "QNAP-TS453" in result.passages[0].text
        assert result.embed_ms == 0


@pytest.mark.smollm
def test_vectors_of_another_model_are_never_compared(labelled, smollm_embedder):
    db, collection_id = labelled
    with DocumentIndex.open(db) as index:
        retriever = Retriever(index, smollm_embedder)
        query = smollm_embedder.embed_query("bread dough")
        assert retriever.vector_ranking(query, [collection_id], 5)
        index.conn.execute("UPDATE vectors SET model = 'other-model'")
        try:
            assert retriever.vector_ranking(query, [collection_id], 5) != []  # cached, same gen
            index.conn.execute("UPDATE collections SET generation = generation + 1")
            assert retriever.vector_ranking(query, [collection_id], 5) == []
        finally:
            index.conn.execute(f"UPDATE vectors SET model = '{smollm_embedder.model_id}'")
            index.conn.execute("UPDATE collections SET generation = generation + 1")


def test_keyword_search_in_a_small_collection_beside_a_big_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from desktop.documents import lexical

    monkeypatch.setattr(lexical, "FIRST_WINDOW", 4)  # so the window must grow
    big, small = tmp_path / "big", tmp_path / "small"
    big.mkdir()
    small.mkdir()
    for number in range(60):
        (big / f"z{number:02}.txt").write_text(f"zebra zebra zebra herd {number}")
    (small / "one.txt").write_text("a lone zebra")
    db = tmp_path / "i.sqlite3"
    with DocumentIndex.open(db) as index:
        ids = [index.create_collection(n, f).id for n, f in (("Big", big), ("Small", small))]
        for cid in ids:
            index_collection(cid, db_path=db)
        found = bm25_ranking(index.conn, "zebra", [ids[1]], 5)
        assert [index.chunks(found)[i].path.name for i in found] == ["one.txt"]
        assert len(bm25_ranking(index.conn, "zebra", ids, 100)) == 61
        assert len(bm25_ranking(index.conn, "zebra", [ids[0]], 7)) == 7


@pytest.mark.smollm
def test_embed_texts_for_the_embeddings_endpoint_in_small_batches(
    smollm_embedder, monkeypatch: pytest.MonkeyPatch
):
    from desktop.documents import embedder as embedder_module
    from desktop.documents.embedder import embed_texts

    one = embed_texts(smollm_embedder, "hello there")
    assert one.vectors.shape == (1, smollm_embedder.dim)
    assert one.token_counts == [smollm_embedder.count_tokens("hello there")]
    monkeypatch.setattr(embedder_module, "BATCH_TOKENS", 1)  # each text alone in a batch
    calls: list[tuple[int, int]] = []
    real = smollm_embedder._decode

    def counting(out: np.ndarray, start: int, end: int) -> None:
        calls.append((start, end))
        real(out, start, end)

    monkeypatch.setattr(smollm_embedder, "_decode", counting)
    many = embed_texts(smollm_embedder, ["red apple", "green pear", "hello there"])
    assert calls == [(0, 1), (1, 2), (2, 3)]  # the lock is let go between batches
    assert np.allclose(many.vectors[2], one.vectors[0], atol=1e-4)
    with pytest.raises(DocumentError, match="Input 1 is not text"):
        embed_texts(smollm_embedder, ["fine", 42])  # type: ignore[list-item]


def test_the_catalog_embedder_profile_is_qwen3s():
    from desktop.core.models.catalog import load_catalog
    from desktop.core.models.embedders import recommended_embedder
    from desktop.documents.embedder import profile_from_spec

    entry = recommended_embedder(load_catalog())
    assert entry is not None
    assert entry.embedding is not None
    assert profile_from_spec(entry.embedding) == profile_for(
        entry.quant("Q8_0")[1].files[0].filename, None
    )
