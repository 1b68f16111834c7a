"""History at scale: 10,000 conversations / 200,000 messages, then the operations users feel.

Prints figures, not a test. Targets (DESIGN.md, issue 3): open a 1,000-message conversation
<= 50 ms to data, first page of a search <= 50 ms (rare and common word), append() <= 0.2 ms
median while streaming. Run: ``.venv/bin/python benchmarks/history_scale.py``.
"""

from __future__ import annotations

import json
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop.core.history.records import title_from_text
from desktop.core.history.schema import sort_key
from desktop.core.history.store import HistoryStore

CONVERSATIONS = 10_000
MESSAGES = 200_000
BIG = 1_000  # messages in the one long conversation
RARE = "quixotically"
COMMON = "the"
CJK_SHORT = "苹果"

_VOCABULARY = (
    "the of and to a in is it you that he was for on are with as I his they be at one have this "
    "from or had by hot word but what some we can out other were all there when up use your how "
    "said an each she which do their time if will way about many then them write would like so "
    "these her long make thing see him two has look more day could go come did number sound no "
    "most people my over know water than call first who may down side been now find any new work "
    "part take get place made live where after back little only round man year came show every "
    "good me give our under name very through just form sentence great think say help low line "
    "function python model token memory thread return value error file list string class import"
)
WORDS = _VOCABULARY.split()
CJK = "我喜欢吃苹果也喜欢橙子今天天气很好我们去公园散步吧这个模型运行得很快"


def _text(rng: random.Random, weights: list[float], words: int) -> str:
    chosen = rng.choices(WORDS, cum_weights=weights, k=words)
    if rng.random() < 0.1:
        start = rng.randrange(len(CJK) - 8)
        chosen.insert(rng.randrange(len(chosen)), CJK[start : start + rng.randint(4, 8)])
    return " ".join(chosen)


def build(store: HistoryStore) -> None:
    """Bulk insert in one transaction (the FTS triggers index everything as it goes)."""
    rng = random.Random(3)
    cumulative: list[float] = []
    total = 0.0
    for rank in range(1, len(WORDS) + 1):
        total += 1.0 / rank  # Zipf: "the" is everywhere, the tail is rare
        cumulative.append(total)
    sizes = [BIG] + [(MESSAGES - BIG) // (CONVERSATIONS - 1)] * (CONVERSATIONS - 1)
    for index in range((MESSAGES - BIG) - sum(sizes[1:])):
        sizes[1 + index] += 1
    rare_at = set(rng.sample(range(MESSAGES), 5))
    db = store._conn
    start_ms = int(time.time() * 1000) - 365 * 86_400_000
    message_id = 0
    db.execute("BEGIN")
    for number, size in enumerate(sizes):
        created = start_ms + number * 3_000_000
        conversation_id = number + 1
        rows: list[tuple[object, ...]] = []
        parent: int | None = None
        title = ""
        for turn in range(size):
            message_id += 1
            role = "user" if turn % 2 == 0 else "assistant"
            content = _text(rng, cumulative, rng.randint(15, 35) if role == "user" else 70)
            if message_id - 1 in rare_at:
                content += f" {RARE}"
            thinking = _text(rng, cumulative, 40) if role == "assistant" and turn % 4 == 1 else ""
            stamp = created + turn * 1000
            stats = (
                json.dumps({"generated_tokens": 90, "generation_tps": 41.0}) if thinking else "{}"
            )
            rows.append(
                (
                    message_id,
                    conversation_id,
                    parent,
                    role,
                    content,
                    thinking,
                    stamp,
                    "complete",
                    stats,
                    "qwen3-4b",
                    1,
                    sort_key(stamp, message_id),
                )
            )
            parent = message_id
            title = title or title_from_text(content)
        db.execute(
            "INSERT INTO conversations (id, title, created, updated, model) VALUES (?,?,?,?,?)",
            (conversation_id, title, created, created + size * 1000, "qwen3-4b"),
        )
        db.executemany(
            "INSERT INTO messages (id, conversation_id, parent_id, role, content, thinking, "
            "created, state, stats, model, picked, sort_key) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
            rows,
        )
    db.execute("COMMIT")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def timed(action: Callable[[], object], runs: int = 15) -> tuple[float, float, object]:
    """(first run ms, median ms, result of the last run)."""
    samples = []
    result: object = None
    for _ in range(runs):
        began = time.perf_counter()
        result = action()
        samples.append((time.perf_counter() - began) * 1000)
    return samples[0], statistics.median(samples), result


def report(label: str, first: float, median: float, target: float | None = None) -> None:
    verdict = "" if target is None else ("  ok" if median <= target else "  OVER TARGET")
    goal = f" (target <= {target:g} ms)" if target is not None else ""
    print(f"{label:<44} first {first:8.2f} ms   median {median:8.2f} ms{goal}{verdict}")


def main() -> None:
    with tempfile.TemporaryDirectory(prefix="history-scale-") as folder:
        path = Path(folder) / "history.sqlite3"
        store, _ = HistoryStore.open(path)
        began = time.perf_counter()
        build(store)
        print(
            f"built {CONVERSATIONS:,} conversations / {MESSAGES:,} messages "
            f"in {time.perf_counter() - began:.1f} s"
        )
        store.close()
        size = path.stat().st_size
        print(f"database size: {size / 2**20:.1f} MiB ({size:,} bytes)")

        began = time.perf_counter()
        store, _ = HistoryStore.open(path, full_check=True)
        print(f"{'open with integrity_check':<44} {(time.perf_counter() - began) * 1000:8.1f} ms")
        store.close()
        began = time.perf_counter()
        store, _ = HistoryStore.open(path, full_check=False)
        print(f"{'open with quick_check':<44} {(time.perf_counter() - began) * 1000:8.1f} ms")

        try:
            first, median, _ = timed(lambda: store.list_conversations(limit=50))
            report("list_conversations (first 50)", first, median)
            first, median, thread = timed(lambda: store.path(1))
            assert isinstance(thread, list)
            assert len(thread) == BIG
            report(f"open a {BIG:,}-message conversation", first, median, 50)
            for label, query in (("rare", RARE), ("common", COMMON)):
                first, median, hits = timed(partial(store.search, query, limit=20))
                assert isinstance(hits, list)
                assert hits
                report(f"search {label} word '{query}' ({len(hits)} hits)", first, median, 50)
            first, median, hits = timed(lambda: store.search(f"{COMMON} {RARE}", limit=20))
            report("search two words, common + rare", first, median, 50)
            first, median, hits = timed(lambda: store.search(RARE, limit=20, include_thinking=True))
            report("search rare word incl. thinking", first, median, 50)
            first, median, hits = timed(lambda: store.search(CJK_SHORT, limit=20))
            report(f"search 2-char Chinese '{CJK_SHORT}' (LIKE)", first, median, 50)
            first, median, hits = timed(lambda: store.search("zzqx", limit=20), runs=5)
            report("search a word that is nowhere (trigram)", first, median, 50)
            first, median, hits = timed(lambda: store.search("zq", limit=20), runs=3)
            report("search 2 chars that are nowhere (full scan)", first, median)

            conversation = store.create_conversation()
            store.add_user_message(conversation.id, "Write a long story.")
            reply = store.begin_reply(conversation.id, model="qwen3-4b")
            samples = []
            streamed_until = time.monotonic() + 3.0
            while time.monotonic() < streamed_until:
                began = time.perf_counter()
                store.append(reply, text=" token")
                samples.append((time.perf_counter() - began) * 1000)
                time.sleep(0.002)  # a model producing ~400 tokens/s, in single-token batches
            samples.sort()
            median = statistics.median(samples)
            p99 = samples[int(len(samples) * 0.99)]
            verdict = "  ok" if median <= 0.2 else "  OVER TARGET"
            print(
                f"{'append() while streaming, ' + str(len(samples)) + ' calls':<44} "
                f"median {median * 1000:6.1f} us   p99 {p99 * 1000:7.1f} us   "
                f"max {samples[-1]:6.2f} ms (target median <= 0.2 ms){verdict}"
            )
            began = time.perf_counter()
            store.finish(reply, {"generated_tokens": len(samples)}, "eos")
            print(
                f"{'finish() (commit + index the reply)':<44} "
                f"{(time.perf_counter() - began) * 1000:8.2f} ms"
            )
        finally:
            store.close()
        size = path.stat().st_size
        print(f"database size at the end: {size / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
