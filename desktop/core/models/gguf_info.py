"""Read a GGUF file's header: metadata, tensor table, and a check that the file is whole.

Runs before llama.cpp sees a file, so a wrong or damaged file gets a plain message instead
of a crash deep in native code. Only the header is read; tensor data is never touched.
"""

from __future__ import annotations

import mmap
import re
import struct
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.core.i18n import translate

MAGIC = b"GGUF"
DEFAULT_ALIGNMENT = 32

# ggml tensor type -> (elements per block, bytes per block); mirrors ggml's type traits.
GGML_BLOCK_SIZES: dict[int, tuple[int, int]] = {
    0: (1, 4), 1: (1, 2), 2: (32, 18), 3: (32, 20), 6: (32, 22), 7: (32, 24), 8: (32, 34),
    9: (32, 40), 10: (256, 84), 11: (256, 110), 12: (256, 144), 13: (256, 176), 14: (256, 210),
    15: (256, 292), 16: (256, 66), 17: (256, 74), 18: (256, 98), 19: (256, 50), 20: (32, 18),
    21: (256, 110), 22: (256, 82), 23: (256, 136), 24: (1, 1), 25: (1, 2), 26: (1, 4),
    27: (1, 8), 28: (1, 8), 29: (256, 56), 30: (1, 2), 34: (256, 54), 35: (256, 66),
    39: (32, 17),
}  # fmt: skip

# general.file_type -> the quant name people know (llama_ftype).
FILE_TYPES: dict[int, str] = {
    0: "F32", 1: "F16", 2: "Q4_0", 3: "Q4_1", 7: "Q8_0", 8: "Q5_0", 9: "Q5_1", 10: "Q2_K",
    11: "Q3_K_S", 12: "Q3_K_M", 13: "Q3_K_L", 14: "Q4_K_S", 15: "Q4_K_M", 16: "Q5_K_S",
    17: "Q5_K_M", 18: "Q6_K", 19: "IQ2_XXS", 20: "IQ2_XS", 21: "Q2_K_S", 22: "IQ3_XS",
    23: "IQ3_XXS", 24: "IQ1_S", 25: "IQ4_NL", 26: "IQ3_S", 27: "IQ3_M", 28: "IQ2_S",
    29: "IQ2_M", 30: "IQ4_XS", 31: "IQ1_M", 32: "BF16", 36: "TQ1_0", 37: "TQ2_0",
    38: "MXFP4_MOE",
}  # fmt: skip

_SCALARS: dict[int, str] = {
    0: "<B", 1: "<b", 2: "<H", 3: "<h", 4: "<I", 5: "<i", 6: "<f", 7: "<?", 10: "<Q",
    11: "<q", 12: "<d",
}  # fmt: skip
_STRING, _ARRAY = 8, 9
_KEEP_ARRAYS = {"tokenizer.ggml.tokens", "tokenizer.ggml.token_type"}
MAX_ARRAY_DEPTH = 4  # arrays of arrays: real files nest one level at most
MAX_KEPT_ITEMS = 4_000_000  # a vocabulary read into memory (real ones: up to ~260,000)
# Keys that must hold whole numbers (``{arch}`` is the architecture), with the largest value
# a real model could have: beyond it the header is damaged, not the model huge.
WHOLE_NUMBER_KEYS: dict[str, int] = {
    "general.alignment": 1 << 30,
    "general.file_type": 1 << 16,
    "split.count": 1 << 16,
    "{arch}.context_length": 1 << 32,
    "{arch}.block_count": 1 << 16,
    "{arch}.embedding_length": 1 << 24,
    "{arch}.attention.head_count": 1 << 16,
    "{arch}.attention.head_count_kv": 1 << 16,
    "{arch}.attention.key_length": 1 << 20,
}
SPLIT_PATTERN = re.compile(r"^(?P<stem>.+)-(?P<no>\d{5})-of-(?P<count>\d{5})\.gguf$")


class GGUFError(ValueError):
    """The file is not a usable GGUF model. ``reason`` is a stable code; str() is plain."""

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason


@dataclass(frozen=True)
class TensorInfo:
    name: str
    shape: tuple[int, ...]
    ggml_type: int
    offset: int

    @property
    def n_elements(self) -> int:
        n = 1
        for dim in self.shape:
            n *= dim
        return n

    def n_bytes(self) -> int | None:
        sizes = GGML_BLOCK_SIZES.get(self.ggml_type)
        if sizes is None:
            return None
        block, size = sizes
        return self.n_elements // block * size


@dataclass
class GGUFInfo:
    path: Path
    version: int
    metadata: dict[str, Any]
    tensors: list[TensorInfo]
    file_size: int
    data_offset: int
    tokens: list[str] = field(default_factory=list, repr=False)

    @property
    def architecture(self) -> str:
        return str(self.metadata.get("general.architecture", "unknown"))

    @property
    def name(self) -> str:
        return str(self.metadata.get("general.name") or self.path.stem)

    def arch_value(self, key: str, default: Any = None) -> Any:
        return self.metadata.get(f"{self.architecture}.{key}", default)

    @property
    def size_label(self) -> str:
        return str(self.metadata.get("general.size_label") or "")

    @property
    def name_text(self) -> str:
        """Every naming field (name, basename, finetune, size label), for family detection."""
        keys = ("general.name", "general.basename", "general.finetune", "general.size_label")
        return " ".join(str(self.metadata[k]) for k in keys if self.metadata.get(k))

    @property
    def rope_scaling_type(self) -> str:
        """ "yarn" when the file itself already carries YaRN scaling (some 128K re-uploads)."""
        return str(self.arch_value("rope.scaling.type", "") or "")

    @property
    def context_length(self) -> int:
        return int(self.arch_value("context_length", 0) or 0)

    @property
    def n_layers(self) -> int:
        return int(self.arch_value("block_count", 0) or 0)

    @property
    def n_kv_heads(self) -> int:
        return int(
            self.arch_value("attention.head_count_kv", 0)
            or self.arch_value("attention.head_count", 0)
            or 0
        )

    @property
    def head_dim(self) -> int:
        key_length = self.arch_value("attention.key_length")
        if key_length:
            return int(key_length)
        heads = int(self.arch_value("attention.head_count", 0) or 0)
        width = int(self.arch_value("embedding_length", 0) or 0)
        return width // heads if heads else 0

    @property
    def quant(self) -> str:
        file_type = self.metadata.get("general.file_type")
        if isinstance(file_type, int):
            return FILE_TYPES.get(file_type, f"type {file_type}")
        return "unknown"

    @property
    def n_params(self) -> int:
        return sum(t.n_elements for t in self.tensors)

    @property
    def chat_template(self) -> str | None:
        template = self.metadata.get("tokenizer.chat_template")
        return template if isinstance(template, str) and template.strip() else None

    @property
    def has_chatml_tokens(self) -> bool:
        return "<|im_start|>" in self.tokens and "<|im_end|>" in self.tokens

    def token_text(self, key: str) -> str:
        token_id = self.metadata.get(key)
        if isinstance(token_id, int) and 0 <= token_id < len(self.tokens):
            return self.tokens[token_id]
        return ""

    @property
    def split_count(self) -> int:
        return int(self.metadata.get("split.count", 1) or 1)


class _Reader:
    def __init__(self, buffer: mmap.mmap | bytes, size: int) -> None:
        self.buf = buffer
        self.size = size
        self.pos = 0

    def take(self, n: int) -> bytes:
        end = self.pos + n
        if n < 0 or end > self.size:
            raise EOFError
        chunk = self.buf[self.pos : end]
        self.pos = end
        return bytes(chunk)

    def scalar(self, fmt: str) -> Any:
        return struct.unpack(fmt, self.take(struct.calcsize(fmt)))[0]

    def string(self) -> str:
        length = self.scalar("<Q")
        if length > self.size:
            raise EOFError
        return self.take(length).decode("utf-8", errors="replace")

    def skip_string(self) -> None:
        length = self.scalar("<Q")
        if length > self.size - self.pos:
            raise EOFError
        self.pos += length

    def value(self, vtype: int, keep: bool, depth: int = 0) -> Any:
        if vtype in _SCALARS:
            return self.scalar(_SCALARS[vtype])
        if vtype == _STRING:
            return self.string()
        if vtype == _ARRAY:
            if depth >= MAX_ARRAY_DEPTH:
                raise ValueError(f"arrays nested more than {MAX_ARRAY_DEPTH} deep")
            etype = self.scalar("<I")
            count = self.scalar("<Q")
            if count > self.size:
                raise EOFError
            if not keep:
                self._skip_array(etype, count, depth + 1)
                return count
            if count > MAX_KEPT_ITEMS:
                raise ValueError(f"a list of {count:,} items, more than any real vocabulary")
            return [self.value(etype, True, depth + 1) for _ in range(count)]
        raise ValueError(f"unknown metadata value type {vtype}")

    def _skip_array(self, etype: int, count: int, depth: int) -> None:
        if etype in _SCALARS:
            self.pos += struct.calcsize(_SCALARS[etype]) * count
            if self.pos > self.size:
                raise EOFError
        elif etype == _STRING:
            for _ in range(count):
                self.skip_string()
        else:
            for _ in range(count):
                self.value(etype, False, depth)


def read_gguf_info(path: Path | str) -> GGUFInfo:
    """Parse and check a GGUF header. Raises :class:`GGUFError` with a plain message."""
    path = Path(path)
    if not path.exists():
        raise GGUFError(
            translate("ModelFile", "The model file {path} does not exist. Check the path.").format(
                path=path
            ),
            "missing",
        )
    if path.is_dir():
        raise GGUFError(
            translate(
                "ModelFile", "{path} is a folder, not a GGUF file. Choose the .gguf file inside it."
            ).format(path=path),
            "is_directory",
        )
    try:
        size = path.stat().st_size
        if size == 0:
            raise GGUFError(
                translate("ModelFile", "{name} is empty (0 bytes). Download it again.").format(
                    name=path.name
                ),
                "empty",
            )
        with path.open("rb") as handle:
            if size < 24 or handle.read(4) != MAGIC:
                raise GGUFError(
                    translate(
                        "ModelFile",
                        "{name} is not a GGUF model file. Qwen Desk runs GGUF files (and MLX "
                        "folders "
                        "on Apple Silicon); download a GGUF build of the model.",
                    ).format(name=path.name),
                    "not_gguf",
                )
            with mmap.mmap(handle.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                return _parse(path, mapped, size)
    except OSError as exc:
        raise GGUFError(
            translate(
                "ModelFile",
                "{name} could not be read ({error}). Check that the file exists and that you "
                "may read it.",
            ).format(name=path.name, error=exc.strerror or exc),
            "unreadable",
        ) from exc


def _parse(path: Path, buffer: mmap.mmap, size: int) -> GGUFInfo:
    reader = _Reader(buffer, size)
    reader.pos = 4
    truncated = GGUFError(
        translate(
            "ModelFile",
            "{name} is cut short or damaged (its header ends early). Download it again.",
        ).format(name=path.name),
        "truncated",
    )
    try:
        version = reader.scalar("<I")
        if version not in (2, 3):
            raise GGUFError(
                translate(
                    "ModelFile", "{name} uses GGUF version {version}, which this app cannot read."
                ).format(name=path.name, version=version),
                "unsupported_version",
            )
        n_tensors = reader.scalar("<Q")
        n_kv = reader.scalar("<Q")
        if n_tensors > size or n_kv > size:
            raise truncated
        metadata: dict[str, Any] = {}
        tokens: Any = []
        for _ in range(n_kv):
            key = reader.string()
            vtype = reader.scalar("<I")
            value = reader.value(vtype, keep=key in _KEEP_ARRAYS)
            if key == "tokenizer.ggml.tokens":
                tokens = value  # checked below: must be a list of texts
                value = len(value) if isinstance(value, list) else 0
            metadata[key] = value
        tensors = []
        for _ in range(n_tensors):
            name = reader.string()
            n_dims = reader.scalar("<I")
            if n_dims > 8:
                raise truncated
            shape = tuple(reader.scalar("<Q") for _ in range(n_dims))
            tensors.append(TensorInfo(name, shape, reader.scalar("<I"), reader.scalar("<Q")))
    except EOFError as exc:
        raise truncated from exc
    except (ValueError, struct.error) as exc:
        if isinstance(exc, GGUFError):
            raise
        raise GGUFError(
            translate(
                "ModelFile",
                "{name} has a damaged header ({error}). Download the model again, or another "
                "build of it.",
            ).format(name=path.name, error=exc),
            "corrupt",
        ) from exc
    _check_values(path, metadata, tokens)
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    data_offset = -(-reader.pos // alignment) * alignment
    info = GGUFInfo(path, version, metadata, tensors, size, data_offset, tokens)
    _check_complete(info)
    return info


def _check_values(path: Path, metadata: dict[str, Any], tokens: object) -> None:
    """Raise a plain :class:`GGUFError` when a value the app relies on has the wrong type or
    an impossible size (text where a number belongs, a block count of 2^40)."""
    arch = str(metadata.get("general.architecture", ""))
    for pattern, largest in WHOLE_NUMBER_KEYS.items():
        key = pattern.replace("{arch}", arch)
        if key not in metadata:
            continue
        value = metadata[key]
        if isinstance(value, bool) or not isinstance(value, int):
            shown = repr(value)[:40] if isinstance(value, str | float) else type(value).__name__
            raise GGUFError(
                translate(
                    "ModelFile",
                    "{name} has a damaged header: {key} should be a whole number but is {shown}. "
                    "Download the model again, or another build of it.",
                ).format(name=path.name, key=key, shown=shown),
                "corrupt",
            )
        if value < 0 or value > largest:
            raise GGUFError(
                translate(
                    "ModelFile",
                    "{name} has a damaged header: {key} is {value}, which no real model has. "
                    "Download the model again, or another build of it.",
                ).format(name=path.name, key=key, value=f"{value:,}"),
                "corrupt",
            )
    alignment = metadata.get("general.alignment", DEFAULT_ALIGNMENT)
    if alignment < 1 or alignment & (alignment - 1):
        raise GGUFError(
            translate(
                "ModelFile",
                "{name} has a damaged header: general.alignment is {alignment}, not a power "
                "of two. Download the model again, or another build of it.",
            ).format(name=path.name, alignment=f"{alignment:,}"),
            "corrupt",
        )
    if not isinstance(tokens, list) or not all(isinstance(token, str) for token in tokens):
        raise GGUFError(
            translate(
                "ModelFile",
                "{name} has a damaged header: its vocabulary (tokenizer.ggml.tokens) is not a"
                " list of texts. Download the model again, or another build of it.",
            ).format(name=path.name),
            "corrupt",
        )


def _check_complete(info: GGUFInfo) -> None:
    end = info.data_offset
    for tensor in info.tensors:
        n_bytes = tensor.n_bytes()
        if n_bytes is not None:
            end = max(end, info.data_offset + tensor.offset + n_bytes)
    if end > info.file_size:
        missing = end - info.file_size
        raise GGUFError(
            translate(
                "ModelFile",
                "{name} is incomplete: {missing} bytes of model data are missing. The "
                "download was probably interrupted; download it again.",
            ).format(name=info.path.name, missing=f"{missing:,}"),
            "truncated",
        )


def split_parts(path: Path) -> list[Path]:
    """All files of a split GGUF (``-00001-of-00003.gguf``), or just ``[path]``."""
    match = SPLIT_PATTERN.match(path.name)
    if not match:
        return [path]
    count = int(match["count"])
    return [
        path.with_name(f"{match['stem']}-{i:05d}-of-{count:05d}.gguf") for i in range(1, count + 1)
    ]
