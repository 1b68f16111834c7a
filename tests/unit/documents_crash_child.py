"""Child process for the documents crash test: indexes a collection until it is killed.

Usage: documents_crash_child.py DB COLLECTION_ID MODEL. Embeds with the real model (slow
enough to be killed mid-file), writes a large file in small batches, and reports progress on
stdout as ``file <done> <name>`` before each file.
"""

from __future__ import annotations

import sys
from pathlib import Path

from desktop.documents import indexer
from desktop.documents.embedder import Embedder

CHUNK_TOKENS = 32


def main() -> None:
    db, collection_id, model = Path(sys.argv[1]), int(sys.argv[2]), Path(sys.argv[3])
    indexer.WRITE_BATCH = 3
    indexer.EMBED_BATCH = 3
    with Embedder(model, n_ctx=512) as embedder:
        print("loaded", flush=True)
        indexer.index_collection(
            collection_id,
            db_path=db,
            embedder=embedder,
            chunk_tokens=CHUNK_TOKENS,
            overlap_tokens=4,
            progress=lambda done, total, path: print(
                f"file {done} {path.name if path else '-'}", flush=True
            ),
        )
    print("finished", flush=True)


if __name__ == "__main__":
    main()
