"""A tiny Qwen3 model in MLX format, built in code for the MLX engine tests.

Real Qwen3 architecture (2 layers, 64 wide) with random weights and a byte-level BPE
tokenizer with ChatML and thinking tokens. Builds in well under a second.
"""

from __future__ import annotations

import json
from pathlib import Path

SPECIAL_TOKENS = ["<|endoftext|>", "<|im_start|>", "<|im_end|>", "<think>", "</think>"]
VOCAB_SIZE = 320  # padded past the tokenizer's size, like real Qwen checkpoints

# A few merges: common English pairs, whole CJK characters and one emoji split mid-way, so
# tokens hold both whole and partial UTF-8 characters.
_MERGES = [t.encode() for t in ("th", "he", "in", "er", "an", " t", " a", "the", " the")]
_MERGES += [t.encode() for t in "你好世界"] + ["😀".encode()[:2]]

_TURNS = (
    "{%- for message in messages %}"
    "{{- '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>\\n' }}"
    "{%- endfor %}"
)
TEMPLATES: dict[str, str | None] = {
    "hybrid": _TURNS + "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
    "{%- if enable_thinking is defined and enable_thinking is false %}"
    "{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}{%- endif %}",
    "always": _TURNS
    + "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n<think>\\n' }}{%- endif %}",
    "none": None,
}


def _bytes_to_unicode() -> dict[int, str]:
    """GPT-2's byte -> printable character map used by byte-level BPE."""
    printable = [*range(ord("!"), ord("~") + 1), *range(0xA1, 0xAD), *range(0xAE, 0x100)]
    mapping = {b: chr(b) for b in printable}
    extra = 0
    for b in range(256):
        if b not in mapping:
            mapping[b] = chr(256 + extra)
            extra += 1
    return mapping


def _tokenizer_json() -> str:
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers

    byte_chars = _bytes_to_unicode()
    vocab = {byte_chars[b]: b for b in range(256)}
    merges: list[tuple[str, str]] = []
    for data in _MERGES:  # merge left to right, so every merge's parts already exist
        pieces = [byte_chars[b] for b in data]
        while len(pieces) > 1:
            merged = pieces[0] + pieces[1]
            if merged not in vocab:
                merges.append((pieces[0], pieces[1]))
                vocab[merged] = len(vocab)
            pieces = [merged, *pieces[2:]]
    tokenizer = Tokenizer(models.BPE(vocab=vocab, merges=merges))
    tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(add_prefix_space=False, use_regex=True)
    tokenizer.decoder = decoders.ByteLevel()
    tokenizer.add_special_tokens(SPECIAL_TOKENS)
    return tokenizer.to_str()


def build_tiny_qwen3_mlx(
    folder: Path, *, template: str = "hybrid", stops: bool = False, seed: int = 0
) -> Path:
    """Write a loadable tiny Qwen3 MLX model folder and return it.

    ``stops=False`` makes the special tokens (and the padded ids) practically never generated,
    so replies run to ``max_tokens``; ``stops=True`` makes ``<|im_end|>`` likely enough that
    replies end on their own after a few dozen tokens.
    """
    import mlx.core as mx
    from mlx.utils import tree_flatten
    from mlx_lm.models.qwen3 import Model, ModelArgs

    folder.mkdir(parents=True, exist_ok=True)
    tokenizer_text = _tokenizer_json()
    added = {t["content"]: t["id"] for t in json.loads(tokenizer_text)["added_tokens"]}
    n_tokens = max(added.values()) + 1
    config = {
        "model_type": "qwen3",
        "architectures": ["Qwen3ForCausalLM"],
        "hidden_size": 64,
        "num_hidden_layers": 2,
        "intermediate_size": 128,
        "num_attention_heads": 4,
        "num_key_value_heads": 2,
        "head_dim": 16,
        "rms_norm_eps": 1e-6,
        "vocab_size": VOCAB_SIZE,
        "max_position_embeddings": 4096,
        "rope_theta": 1000000.0,
        "tie_word_embeddings": True,
        "bos_token_id": added["<|endoftext|>"],
        "eos_token_id": added["<|im_end|>"],
        "torch_dtype": "float32",
    }
    mx.random.seed(seed)
    model = Model(ModelArgs.from_dict(config))
    # Dimension 0 of the residual stream carries the input token's own embedding value only
    # (no layer writes to it), which lets the tied output layer push chosen tokens up or down.
    embed = model.model.embed_tokens.weight
    column = mx.full((VOCAB_SIZE,), 1.0)
    column[n_tokens:] = -1.0
    for token_id in added.values():
        column[token_id] = -1.0
    if stops:
        column[added["<|im_end|>"]] = 2.5
    embed[:, 0] = column
    for layer in model.model.layers:
        layer.self_attn.o_proj.weight[0, :] = 0.0
        layer.mlp.down_proj.weight[0, :] = 0.0
    mx.save_safetensors(str(folder / "model.safetensors"), dict(tree_flatten(model.parameters())))

    (folder / "config.json").write_text(json.dumps(config, indent=1))
    (folder / "tokenizer.json").write_text(tokenizer_text, encoding="utf-8")
    tokenizer_config: dict[str, object] = {
        "tokenizer_class": "PreTrainedTokenizerFast",
        "eos_token": "<|im_end|>",
        "pad_token": "<|endoftext|>",
        "bos_token": None,
        "model_max_length": 4096,
        "clean_up_tokenization_spaces": False,
    }
    chat_template = TEMPLATES[template]
    if chat_template is not None:
        tokenizer_config["chat_template"] = chat_template
    (folder / "tokenizer_config.json").write_text(json.dumps(tokenizer_config, indent=1))
    return folder
