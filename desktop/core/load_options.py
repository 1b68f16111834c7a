"""How a model is loaded: the one options type shared by settings, the window and engines."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LoadOptions:
    n_ctx: int = 8192
    n_threads: int = 0  # 0 = one per physical core
    n_gpu_layers: int = -1  # -1 = all layers on Metal/CUDA builds; CPU-only builds ignore it
    flash_attn: bool = False
    kv_cache_type: str = "f16"
    use_mmap: bool = True
    use_mlock: bool = False
    memory_limit_bytes: int = 0  # 0 = this machine's memory; tests lower it
    # Prompt-lookup decoding: guess up to this many next tokens from n-grams of the prompt
    # (fast when a reply repeats what was pasted); 0 = off. It keeps logits for the whole
    # context (n_ctx x vocabulary x 4 bytes), so it suits small contexts only.
    prompt_lookup: int = 0
