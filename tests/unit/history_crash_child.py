"""Child process for the crash test: streams a reply into the history until it is killed.

Usage: history_crash_child.py DB CONVERSATION_ID MODE
MODE "stream": append a chunk every 10 ms for ever. MODE "stall": append for a while, then
stop appending (a stalled model) and wait. Each append is reported on stdout *after* append()
returned, as ``chunk <index> <monotonic time>``, so the parent knows what was handed over when.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from desktop.core.history.store import HistoryStore

STALL_AFTER = 60  # chunks before a "stall" child stops appending


def chunk_text(index: int) -> str:
    return f"<{index:05d}>"


def chunk_thinking(index: int) -> str:
    return f"[t{index}]" if index % 3 == 0 else ""


def main() -> None:
    db, conversation_id, mode = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    store, _ = HistoryStore.open(db)
    store.add_user_message(conversation_id, "Tell me a long story.")
    reply = store.begin_reply(conversation_id, model="crash-test")
    print(f"reply {reply}", flush=True)
    index = 0
    while True:
        if mode == "stall" and index == STALL_AFTER:
            print(f"stalled {time.monotonic()}", flush=True)
            time.sleep(3600)
        store.append(reply, text=chunk_text(index), thinking=chunk_thinking(index))
        print(f"chunk {index} {time.monotonic()}", flush=True)
        index += 1
        time.sleep(0.01)


if __name__ == "__main__":
    main()
