"""The bundled Qwen catalog: complete and valid, queryable, and refreshable from a (fake) Hub."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from huggingface_hub.hf_api import BlobLfsInfo, RepoSibling

from desktop.core.models.catalog import (
    TASKS,
    CatalogError,
    bundled_catalog_path,
    load_catalog,
    parse_catalog,
    refresh_cache_dir,
)
from desktop.core.models.catalog_refresh import quant_of, refresh_from_hub
from desktop.core.thinking import ThinkingCapability

EXPECTED_IDS = {
    *(f"qwen3-{s}" for s in ("0.6b", "1.7b", "4b", "8b", "14b", "32b", "30b-a3b")),
    *(f"qwen3-{s}-{k}-2507" for s in ("4b", "30b-a3b") for k in ("instruct", "thinking")),
    *(f"qwen2.5-{s}-instruct" for s in ("0.5b", "1.5b", "3b", "7b", "14b", "32b", "72b")),
    *(f"qwen2.5-coder-{s}-instruct" for s in ("0.5b", "1.5b", "3b", "7b", "14b", "32b")),
    *(f"qwen2.5-math-{s}-instruct" for s in ("1.5b", "7b", "72b")),
    "qwq-32b",
    "qwen3-embedding-0.6b",
}
CHAT_IDS = EXPECTED_IDS - {"qwen3-embedding-0.6b"}


@pytest.fixture
def catalog():
    return load_catalog()


@pytest.fixture
def raw() -> dict[str, Any]:
    return json.loads(bundled_catalog_path().read_text(encoding="utf-8"))


def test_catalog_has_every_curated_model(catalog):
    assert {e.id for e in catalog} == EXPECTED_IDS
    assert len(catalog) == 29
    assert catalog.catalog_date


def test_every_entry_is_complete(catalog):
    for e in catalog:
        for value in (e.name, e.family, e.license, e.description):
            assert value, e.id
        assert 0 < e.params_active_b <= e.params_total_b, e.id
        assert 0 < e.context_native <= e.context_max, e.id
        assert min(e.arch.n_layers, e.arch.n_kv_heads, e.arch.head_dim) > 0, e.id
        assert e.tasks <= TASKS, e.id
        assert bool(e.tasks) is (not e.is_embedding), e.id  # embedders serve no chat task
        assert (e.embedding is not None) is e.is_embedding, e.id
        assert isinstance(e.thinking, ThinkingCapability), e.id
        assert e.gguf, e.id
        assert e.mlx or e.is_embedding, e.id
        for source, quant in e.quants():
            assert "/" in source.repo, e.id
            assert quant.files, e.id
            assert quant.size > 0, e.id
            assert all(f.size > 0 and f.filename.endswith(".gguf") for f in quant.files)
            assert quant_of(quant.files[0].filename) == quant.quant, quant.files[0].filename
        assert all(m.size > 0 and m.bits == 4 for m in e.mlx), e.id
        assert e.provenance_label == "bundled"


def test_thinking_capabilities(catalog):
    by_thinking = {t: {e.id for e in catalog if e.thinking is t} for t in ThinkingCapability}
    assert by_thinking[ThinkingCapability.ALWAYS] == {
        "qwen3-4b-thinking-2507",
        "qwen3-30b-a3b-thinking-2507",
        "qwq-32b",
    }
    assert {e.id for e in catalog if e.family == "qwen3"} == by_thinking[ThinkingCapability.HYBRID]
    never = by_thinking[ThinkingCapability.NEVER]
    assert {"qwen3-4b-instruct-2507", "qwen3-30b-a3b-instruct-2507"} <= never
    assert all(e.id in never for e in catalog if e.family.startswith("qwen2.5"))


def test_qwen3_embedding_is_the_recommended_embedder_and_never_a_chat_pick(catalog):
    from desktop.core.hardware import GIB, MachineProfile
    from desktop.core.models.embedders import recommended_embedder
    from desktop.core.models.fit import candidates, recommend

    entry = catalog.by_id("qwen3-embedding-0.6b")
    assert entry.is_embedding
    assert recommended_embedder(catalog) == entry
    assert entry.embedding is not None
    assert entry.embedding.dim == 1024
    assert entry.embedding.pooling == "last"
    assert entry.embedding.append_eos
    assert entry.embedding.query("Find it", "where?") == "Instruct: Find it\nQuery:where?"
    source, quant = entry.quant("Q8_0")
    assert (source.repo, source.official) == ("Qwen/Qwen3-Embedding-0.6B-GGUF", True)
    assert quant.files[0].filename == "Qwen3-Embedding-0.6B-Q8_0.gguf"
    assert quant.files[0].sha256 is not None
    assert len(quant.files[0].sha256) == 64
    assert [e.id for e in catalog if e.is_embedding] == ["qwen3-embedding-0.6b"]
    big = MachineProfile("Linux", "x86_64", 256 * GIB, 200 * GIB, 64, 128, False)
    small = MachineProfile("Linux", "x86_64", 2 * GIB, GIB, 2, 2, False)
    for task in sorted(TASKS):
        assert entry not in catalog.for_task(task)
    for profile in (big, small):
        for task in ("chat", "code", "maths"):
            assert all(r.entry != entry for r in candidates(task, profile, catalog, 4096))
            found = recommend(task, profile, catalog)
            assert found is None or not found.entry.is_embedding
    # Were it listed for chat by mistake, the filter still keeps it out.
    from dataclasses import replace

    tagged = replace(entry, tasks=frozenset({"chat"}))
    assert all(r.entry != tagged for r in candidates("chat", big, [tagged], 4096))


def test_licences(catalog):
    other = {e.id: e.license for e in catalog if e.license != "Apache-2.0"}
    assert other == {
        "qwen2.5-3b-instruct": "Qwen-Research",
        "qwen2.5-coder-3b-instruct": "Qwen-Research",
        "qwen2.5-72b-instruct": "Qwen",
        "qwen2.5-math-72b-instruct": "Qwen",
    }


def test_architecture_facts_match_the_published_configs(catalog):
    q3 = catalog.by_id("qwen3-8b")
    assert (q3.arch.n_layers, q3.arch.n_kv_heads, q3.arch.head_dim) == (36, 8, 128)
    assert (q3.context_native, q3.context_max) == (32768, 131072)
    q25 = catalog.by_id("qwen2.5-7b-instruct")
    assert (q25.arch.n_layers, q25.arch.n_kv_heads, q25.arch.head_dim) == (28, 4, 128)
    moe = catalog.by_id("qwen3-30b-a3b")
    assert moe.is_moe
    assert (moe.arch.n_layers, moe.arch.n_kv_heads) == (48, 4)
    assert catalog.by_id("qwen2.5-0.5b-instruct").arch.head_dim == 64
    assert catalog.by_id("qwen2.5-math-7b-instruct").context_max == 4096


def test_split_gguf_is_one_quant_with_all_its_parts(catalog):
    source, quant = catalog.by_id("qwen2.5-7b-instruct").quant("q4_k_m")
    assert source.repo == "Qwen/Qwen2.5-7B-Instruct-GGUF"
    assert source.official
    assert [f.filename for f in quant.files] == [
        "qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf",
        "qwen2.5-7b-instruct-q4_k_m-00002-of-00002.gguf",
    ]
    assert quant.is_split
    assert quant.size == 3_993_201_344 + 689_872_288
    assert not quant.size_estimated
    assert len(catalog.by_id("qwen2.5-72b-instruct").quant("Q4_K_M")[1].files) == 12


def test_lookups(catalog):
    assert catalog.get("nope") is None
    with pytest.raises(CatalogError, match='no model "nope"'):
        catalog.by_id("nope")
    code = {e.id for e in catalog.for_task("code")}
    assert "qwen2.5-coder-7b-instruct" in code
    assert "qwen2.5-math-7b-instruct" not in code
    assert {e.family for e in catalog.for_task("maths")} >= {"qwen2.5-math", "qwq", "qwen3"}
    with pytest.raises(CatalogError, match="Unknown task"):
        catalog.for_task("poetry")
    with pytest.raises(CatalogError, match="no Q2_K download"):
        catalog.by_id("qwen3-8b").quant("Q2_K")
    assert catalog.families()[0] == "qwen3"


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (lambda d: d["models"][0].pop("license"), "missing 'license'"),
        (lambda d: d["models"][0].update(thinking="sometimes"), "bad 'thinking'"),
        (lambda d: d["models"][0].update(tasks=["chat", "dance"]), "bad tasks"),
        (lambda d: d["models"][0]["architecture"].update(n_layers=0), "non-positive"),
        (
            lambda d: d["models"][0]["sources"]["gguf"][0]["quants"][0]["files"][0].update(size=-1),
            "non-positive 'size'",
        ),
        (lambda d: d["models"][0]["parameters_b"].update(active=999), "inconsistent"),
        (lambda d: d["models"][0]["sources"].update(gguf=[]), "no GGUF download"),
        (lambda d: d["models"].append(copy.deepcopy(d["models"][0])), "same model id twice"),
        (lambda d: d.update(schema_version=99), "another version"),
        (lambda d: d["models"][0].update(name=42), "bad 'name'"),
        (lambda d: d["models"][0].update(kind="reranker"), "bad 'kind'"),
        (lambda d: d["models"][-1].update(tasks=["chat"]), "bad tasks"),
        (lambda d: d["models"][-1].pop("embedding"), "missing 'embedding'"),
        (lambda d: d["models"][-1]["embedding"].update(pooling="max"), "bad embedding 'pooling'"),
        (lambda d: d["models"][-1]["embedding"].update(dim=0), "bad embedding 'dim'"),
        (lambda d: d["models"][-1]["embedding"].update(query_format="{q}"), "without {query}"),
    ],
)
def test_invalid_entries_raise_plain_errors(raw, mutate, message):
    mutate(raw)
    with pytest.raises(CatalogError, match=message):
        parse_catalog(raw)


def test_unreadable_catalog_file_says_to_reinstall(tmp_path):
    path = tmp_path / "catalog.json"
    path.write_text("{ not json")
    with pytest.raises(CatalogError, match="reinstall"):
        load_catalog(path)


@pytest.mark.parametrize(
    ("filename", "quant"),
    [
        ("Qwen3-8B-Q4_K_M.gguf", "Q4_K_M"),
        ("qwen2.5-7b-instruct-q5_k_m-00002-of-00002.gguf", "Q5_K_M"),
        ("Qwen2.5-Math-7B-Instruct-IQ4_XS.gguf", "IQ4_XS"),
        ("qwq-32b-q8_0.gguf", "Q8_0"),
        ("Qwen3-30B-A3B-UD-Q4_K_XL.gguf", "Q4_K_XL"),
        ("BF16/Qwen3-8B-BF16-00001-of-00002.gguf", "BF16"),
        ("qwen2.5-7b-instruct-fp16.gguf", "FP16"),
        ("model.Q5_K_S.gguf", "Q5_K_S"),
        ("README.md", None),
        ("Qwen3-8B.gguf", None),
    ],
)
def test_quant_of_filenames(filename, quant):
    assert quant_of(filename) == quant


def _sibling(name: str, size: int, sha: str | None = None) -> RepoSibling:
    lfs = BlobLfsInfo(size=size, sha256=sha, pointer_size=134) if sha else None
    return RepoSibling(rfilename=name, size=size, lfs=lfs)


class FakeApi:
    def __init__(self, repos: dict[str, list[RepoSibling]], fail: bool = False) -> None:
        self.repos = repos
        self.fail = fail
        self.calls: list[tuple[str, bool]] = []

    def model_info(self, repo_id: str, *, files_metadata: bool = False) -> Any:
        self.calls.append((repo_id, files_metadata))
        if self.fail:
            raise ConnectionError("the Hub is unreachable")
        return SimpleNamespace(siblings=self.repos[repo_id])


def test_refresh_reads_real_sizes_and_caches_them(catalog, app_home):
    entry = catalog.by_id("qwen3-8b")
    api = FakeApi(
        {
            "Qwen/Qwen3-8B-GGUF": [
                _sibling(".gitattributes", 1500),
                _sibling("README.md", 9000),
                _sibling("Qwen3-8B-Q4_K_M.gguf", 5_027_783_488, "a" * 64),
                _sibling("Qwen3-8B-Q8_0.gguf", 8_709_519_456, "b" * 64),
                _sibling("BF16/Qwen3-8B-BF16-00001-of-00002.gguf", 9_000_000_000, "c" * 64),
                _sibling("BF16/Qwen3-8B-BF16-00002-of-00002.gguf", 7_400_000_000, "d" * 64),
            ],
            "Qwen/Qwen3-8B-MLX-4bit": [
                _sibling("config.json", 1000),
                _sibling("model.safetensors", 4_600_000_000, "e" * 64),
            ],
        }
    )
    when = datetime(2026, 11, 2, 9, 30, tzinfo=UTC)
    fresh = refresh_from_hub(entry, api, now=when)
    assert api.calls == [("Qwen/Qwen3-8B-GGUF", True), ("Qwen/Qwen3-8B-MLX-4bit", True)]
    assert fresh.provenance_label == "refreshed 2026-11-02"
    q8 = fresh.quant("Q8_0")[1]
    assert q8.size == 8_709_519_456
    assert not q8.size_estimated
    assert q8.files[0].sha256 == "b" * 64
    bf16 = fresh.quant("BF16")[1]
    assert bf16.is_split
    assert bf16.size == 16_400_000_000
    assert fresh.mlx[0].size == 4_600_001_000
    assert not fresh.mlx[0].size_estimated
    assert (refresh_cache_dir() / "qwen3-8b.json").is_file()
    assert refresh_cache_dir().is_relative_to(app_home)

    reloaded = load_catalog()
    assert reloaded.by_id("qwen3-8b").provenance_label == "refreshed 2026-11-02"
    assert reloaded.by_id("qwen3-8b").quant("BF16")[1].size == 16_400_000_000
    assert reloaded.by_id("qwen3-4b").provenance_label == "bundled"


def test_refresh_failure_is_plain_and_leaves_the_bundled_data(catalog):
    entry = catalog.by_id("qwen3-4b")
    with pytest.raises(CatalogError) as caught:
        refresh_from_hub(entry, FakeApi({}, fail=True))
    assert "Could not refresh Qwen3 4B" in str(caught.value)
    assert "bundled sizes stay in use" in str(caught.value)
    assert not (refresh_cache_dir() / "qwen3-4b.json").exists()
    assert load_catalog().by_id("qwen3-4b") == entry


def test_a_broken_refresh_cache_is_ignored(catalog):
    folder = refresh_cache_dir()
    folder.mkdir(parents=True)
    (folder / "qwen3-8b.json").write_text('{"schema_version": 1, "id": "qwen3-8b"}')
    (folder / "qwen3-4b.json").write_text("garbage")
    assert load_catalog() == catalog


def test_bundled_catalog_path_is_in_resources():
    assert bundled_catalog_path() == Path(__file__).resolve().parents[2] / "resources" / (
        "catalog.json"
    )
