"""Write GGUF headers byte by byte, right or wrong on purpose, for the reader's robustness
tests and the bad-input corpus (the gguf package refuses to write most of these)."""

from __future__ import annotations

import struct
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

UINT8, INT8, UINT16, INT16, UINT32, INT32, FLOAT32, BOOL = 0, 1, 2, 3, 4, 5, 6, 7
STRING, ARRAY, UINT64, INT64, FLOAT64 = 8, 9, 10, 11, 12
_FORMATS = {
    UINT8: "<B",
    INT8: "<b",
    UINT16: "<H",
    INT16: "<h",
    UINT32: "<I",
    INT32: "<i",
    FLOAT32: "<f",
    BOOL: "<?",
    UINT64: "<Q",
    INT64: "<q",
    FLOAT64: "<d",
}


@dataclass(frozen=True)
class Array:
    """A GGUF array value: ``items`` of ``element`` type (nested Arrays for arrays)."""

    element: int
    items: Sequence[Any]


@dataclass(frozen=True)
class Raw:
    """A value's bytes written as they are (for shapes the helpers cannot build)."""

    data: bytes


def nested_arrays(depth: int) -> Raw:
    """An array of an array of ... ``depth`` deep, around one byte (built without recursion)."""
    level = struct.pack("<IQ", ARRAY, 1)
    return Raw(level * depth + struct.pack("<IQ", UINT8, 1) + b"\x01")


def string(text: str | bytes) -> bytes:
    data = text.encode() if isinstance(text, str) else text
    return struct.pack("<Q", len(data)) + data


def value(vtype: int, item: Any) -> bytes:
    if isinstance(item, Raw):
        return item.data
    if vtype == STRING:
        return string(item)
    if vtype == ARRAY:
        assert isinstance(item, Array)
        body = b"".join(value(item.element, x) for x in item.items)
        return struct.pack("<IQ", item.element, len(item.items)) + body
    return struct.pack(_FORMATS[vtype], item)


def header(
    metadata: Sequence[tuple[str, int, Any]],
    tensors: Sequence[tuple[str, Sequence[int], int, int]] = (),
    *,
    version: int = 3,
    n_kv: int | None = None,
    n_tensors: int | None = None,
) -> bytes:
    """A GGUF file start: magic, version, counts, the key/values and the tensor table.
    ``n_kv`` / ``n_tensors`` may lie about the counts."""
    out = [b"GGUF", struct.pack("<I", version)]
    out.append(struct.pack("<Q", len(tensors) if n_tensors is None else n_tensors))
    out.append(struct.pack("<Q", len(metadata) if n_kv is None else n_kv))
    for key, vtype, item in metadata:
        out += [string(key), struct.pack("<I", vtype), value(vtype, item)]
    for name, shape, ggml_type, offset in tensors:
        out += [string(name), struct.pack("<I", len(shape))]
        out += [struct.pack("<Q", dim) for dim in shape]
        out.append(struct.pack("<IQ", ggml_type, offset))
    return b"".join(out)


def qwen_metadata(**overrides: tuple[int, Any]) -> list[tuple[str, int, Any]]:
    """Plausible metadata of a small Qwen3 model; ``overrides`` replace or add keys
    (dots written as ``__``), each as (type, value)."""
    base: dict[str, tuple[int, Any]] = {
        "general.architecture": (STRING, "qwen3"),
        "general.name": (STRING, "crafted"),
        "general.alignment": (UINT32, 32),
        "qwen3.context_length": (UINT32, 4096),
        "qwen3.block_count": (UINT32, 2),
        "qwen3.embedding_length": (UINT32, 64),
        "qwen3.attention.head_count": (UINT32, 4),
        "qwen3.attention.head_count_kv": (UINT32, 2),
        "tokenizer.ggml.tokens": (ARRAY, Array(STRING, ["<|im_start|>", "<|im_end|>", "a"])),
        "tokenizer.chat_template": (STRING, "{{ messages[0]['content'] }}"),
    }
    for key, typed in overrides.items():
        base[key.replace("__", ".")] = typed
    return [(key, vtype, item) for key, (vtype, item) in base.items()]


def model_file(metadata: Sequence[tuple[str, int, Any]], data_bytes: int = 64) -> bytes:
    """A whole (tiny) file: the header, one F32 tensor, padding and its data."""
    head = header(metadata, [("token_embd.weight", (data_bytes // 4,), 0, 0)])
    padded = head + b"\0" * (-len(head) % 32)
    return padded + b"\0" * data_bytes
