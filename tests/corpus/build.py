"""The generated cases of the bad-input corpus. The damaged GGUF headers are built by the
test at run time (no model file is committed); the generated chat imports are written to
tests/corpus/import by ``python -m tests.corpus.build`` (run from the repository root). The
other text cases are written by hand."""

from __future__ import annotations

import json
from pathlib import Path

from tests import gguf_craft as g

HERE = Path(__file__).resolve().parent


def gguf_cases() -> dict[str, bytes]:
    q = g.qwen_metadata
    return {
        "nested-arrays.bin": g.model_file(q(general__deep=(g.ARRAY, g.nested_arrays(1000)))),
        "alignment-text.bin": g.model_file(q(general__alignment=(g.STRING, "32"))),
        "alignment-24.bin": g.model_file(q(general__alignment=(g.UINT32, 24))),
        "context-length-text.bin": g.model_file(q(qwen3__context_length=(g.STRING, "32768"))),
        "block-count-2e40.bin": g.model_file(q(qwen3__block_count=(g.UINT64, 1 << 40))),
        "vocabulary-number.bin": g.model_file(q(tokenizer__ggml__tokens=(g.UINT32, 151_936))),
        "unknown-value-type.bin": g.header([], n_kv=1) + g.string("k") + bytes([99, 0, 0, 0]),
        "version-1.bin": g.header([], version=1) + bytes(64),
        "header-cut.bin": g.model_file(q())[:120],
        "tensor-data-missing.bin": g.model_file(q())[:-32],
        "empty.bin": b"",
        "not-gguf.bin": b"PK\x03\x04 this is a zip file, not a model" + bytes(64),
    }


def import_cases() -> dict[str, str]:
    conversation = {
        "title": "T",
        "created": "2025-01-01T00:00:00Z",
        "updated": "2025-01-01T00:00:00Z",
        "messages": [{"id": 1, "role": "user", "content": "Hi", "created": "X"}],
    }
    ours = json.dumps(
        {"format": "qwen-desk-history", "version": 1, "conversations": [conversation]}
    )
    return {
        "deep-900.json": "[" * 900 + "]" * 900,
        "number-5000-digits.json": ours.replace('"version": 1', '"version": ' + "7" * 5000),
        "date-1600.json": ours.replace('"X"', '"1600-03-01T00:00:00Z"'),
        "date-2300.json": ours.replace('"X"', '"2300-03-01T00:00:00Z"'),
    }


def main() -> None:
    for name, text in import_cases().items():
        (HERE / "import" / name).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
