"""Shared helpers for the benchmark scripts: where the SmolLM2 model is."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def smollm_path() -> Path:
    path = Path(
        os.environ.get("QWEN_DESK_SMOLLM")
        or ROOT / ".cache" / "models" / "SmolLM2-135M-Instruct.Q4_1.gguf"
    )
    if not path.is_file():
        sys.exit(f"SmolLM2 model not found at {path}; run `make models` first.")
    return path
