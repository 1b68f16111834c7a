"""Build tiny Qwen2/Qwen3 GGUF models with random weights (a few hundred KB).

Used by the tests and by ``--self-test`` to exercise real llama.cpp without downloading
anything. The vocabulary is byte-level BPE (all 256 bytes plus a few merges: llama.cpp
refuses a BPE vocabulary without merges) with ChatML and thinking tokens.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any, Literal

TemplateKind = Literal["hybrid", "always", "never", "none"]
Behaviour = Literal["random", "eos", "endless"]

# Qwen3's own thinking switch, reduced to its essentials: with enable_thinking false the
# generation prompt carries an empty think block.
HYBRID_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}"
    "{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}{%- endif %}"
)
# Qwen3-Thinking-2507 / QwQ: the generation prompt opens the think block itself.
ALWAYS_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n<think>\\n' }}{%- endif %}"
)
# Qwen2.5: plain ChatML.
NEVER_TEMPLATE = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
    "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}{%- endif %}"
)
TEMPLATES = {"hybrid": HYBRID_TEMPLATE, "always": ALWAYS_TEMPLATE, "never": NEVER_TEMPLATE}

SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>"]
THINK_TOKENS = ["<think>", "</think>"]
MERGES = ["Ġ t", "h e", "t h", "i n", "e r", "a n", "Ġ a", "o n", "r e", "Ġt he"]


def _byte_symbols() -> list[str]:
    """GPT-2's reversible byte -> printable character map, in byte order."""
    printable = list(range(ord("!"), ord("~") + 1)) + list(range(ord("¡"), ord("¬") + 1))
    printable += list(range(ord("®"), ord("ÿ") + 1))
    mapping: dict[int, str] = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in mapping:
            mapping[b] = chr(256 + extra)
            extra += 1
    return [mapping[b] for b in range(256)]


def build_tiny_gguf(
    path: Path,
    *,
    arch: Literal["qwen3", "qwen2"] = "qwen3",
    template: TemplateKind = "hybrid",
    behaviour: Behaviour = "random",
    n_embd: int = 64,
    n_layers: int = 2,
    context_length: int = 4096,
    seed: int = 0,
    chat_template: str | None = None,
    name: str = "",
) -> Path:
    """Write a tiny model to ``path`` and return it.

    ``behaviour="eos"`` makes every position predict ``<|im_end|>`` (the reply ends at once);
    ``"random"`` gives arbitrary bytes, a good test of UTF-8-safe streaming; ``"endless"``
    zeroes the end-of-turn rows so greedy decoding never ends the turn (context-limit tests).
    ``chat_template`` replaces the template of ``template`` (e.g. a faulty one, for tests);
    ``name`` replaces the ``general.name`` (family detection reads it).
    """
    import gguf

    merged = [m.replace(" ", "") for m in MERGES]
    tokens = _byte_symbols() + merged + SPECIAL_TOKENS + THINK_TOKENS
    types = [1] * (256 + len(merged)) + [3] * len(SPECIAL_TOKENS) + [4] * len(THINK_TOKENS)
    n_vocab = len(tokens)
    im_end = tokens.index("<|im_end|>")

    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(path), arch)
    writer.add_name(name or f"tiny-{arch}-{template}")
    writer.add_file_type(0)
    writer.add_context_length(context_length)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre("qwen2")
    writer.add_token_list(tokens)
    writer.add_token_types(types)
    writer.add_token_merges(MERGES)
    writer.add_bos_token_id(tokens.index("<|endoftext|>"))
    writer.add_eos_token_id(im_end)
    writer.add_pad_token_id(tokens.index("<|endoftext|>"))
    writer.add_add_bos_token(False)
    if chat_template is not None:
        writer.add_chat_template(chat_template)
    elif template != "none":
        writer.add_chat_template(TEMPLATES[template])

    silenced = [tokens.index(t) for t in SPECIAL_TOKENS] if behaviour == "endless" else []
    write_weights(
        writer,
        arch=arch,
        n_vocab=n_vocab,
        n_embd=n_embd,
        n_layers=n_layers,
        seed=seed,
        end_of_turn=im_end if behaviour == "eos" else None,
        silenced=silenced,
    )
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path


def write_weights(
    writer: Any,
    *,
    arch: str,
    n_vocab: int,
    n_embd: int,
    n_layers: int,
    seed: int = 0,
    end_of_turn: int | None = None,
    silenced: Sequence[int] = (),
    embedding_type: Any = None,
) -> None:
    """Add the metadata and random tensors of a tiny qwen2/qwen3 model to a ``GGUFWriter``.

    ``end_of_turn`` set: every position predicts that token (the reply ends at once).
    ``silenced``: output rows zeroed so greedy decoding never picks them. ``embedding_type``
    (a numpy dtype) stores the two vocabulary-sized matrices smaller, e.g. float16.
    """
    import numpy as np

    rng = np.random.default_rng(seed)
    n_head, n_kv_head = 4, 2
    head_dim = n_embd // n_head
    n_ff = n_embd * 2
    writer.add_embedding_length(n_embd)
    writer.add_feed_forward_length(n_ff)
    writer.add_block_count(n_layers)
    writer.add_head_count(n_head)
    writer.add_head_count_kv(n_kv_head)
    writer.add_key_length(head_dim)
    writer.add_value_length(head_dim)
    writer.add_rope_freq_base(1_000_000.0)
    writer.add_layer_norm_rms_eps(1e-6)

    def rand(*shape: int, scale: float = 0.2) -> Any:
        return (rng.standard_normal(shape) * scale).astype(np.float32)

    if end_of_turn is not None:
        # Every token embeds to one vector and the blocks add nothing, so the final hidden
        # state is fixed; the output row of the end-of-turn token is aligned with it.
        direction = rand(n_embd, scale=1.0)
        embeddings = np.tile(direction, (n_vocab, 1))
        output = rand(n_vocab, n_embd, scale=0.01)
        rms = float(np.sqrt(np.mean(direction**2)))
        output[end_of_turn] = direction / rms
        block_out_scale = 0.0
    else:
        embeddings = rand(n_vocab, n_embd, scale=1.0)
        output = rand(n_vocab, n_embd, scale=0.5)
        block_out_scale = 0.2
        for token_id in silenced:
            output[token_id] = 0.0
    if embedding_type is not None:
        embeddings, output = embeddings.astype(embedding_type), output.astype(embedding_type)

    writer.add_tensor("token_embd.weight", embeddings)
    writer.add_tensor("output_norm.weight", np.ones(n_embd, dtype=np.float32))
    writer.add_tensor("output.weight", output)
    for i in range(n_layers):
        blk = f"blk.{i}"
        writer.add_tensor(f"{blk}.attn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"{blk}.attn_q.weight", rand(n_head * head_dim, n_embd))
        writer.add_tensor(f"{blk}.attn_k.weight", rand(n_kv_head * head_dim, n_embd))
        writer.add_tensor(f"{blk}.attn_v.weight", rand(n_kv_head * head_dim, n_embd))
        writer.add_tensor(
            f"{blk}.attn_output.weight", rand(n_embd, n_head * head_dim, scale=block_out_scale)
        )
        if arch == "qwen3":
            writer.add_tensor(f"{blk}.attn_q_norm.weight", np.ones(head_dim, dtype=np.float32))
            writer.add_tensor(f"{blk}.attn_k_norm.weight", np.ones(head_dim, dtype=np.float32))
        else:
            writer.add_tensor(f"{blk}.attn_q.bias", rand(n_head * head_dim, scale=0.02))
            writer.add_tensor(f"{blk}.attn_k.bias", rand(n_kv_head * head_dim, scale=0.02))
            writer.add_tensor(f"{blk}.attn_v.bias", rand(n_kv_head * head_dim, scale=0.02))
        writer.add_tensor(f"{blk}.ffn_norm.weight", np.ones(n_embd, dtype=np.float32))
        writer.add_tensor(f"{blk}.ffn_gate.weight", rand(n_ff, n_embd))
        writer.add_tensor(f"{blk}.ffn_up.weight", rand(n_ff, n_embd))
        writer.add_tensor(f"{blk}.ffn_down.weight", rand(n_embd, n_ff, scale=block_out_scale))
