"""Text embeddings with llama.cpp, on an instance of its own (never the chat model's).

:class:`Embedder` loads a GGUF with ``embedding=True`` and turns texts into unit-length
float32 vectors (NumPy), in batches. Qwen3-Embedding uses last-token pooling, an end-of-text
token after each input and the query instruction ``Instruct: {task}\\nQuery:{query}``;
a GGUF that declares its own pooling uses it; any other model (SmolLM2 in the tests) is
mean-pooled. :meth:`Embedder.embed` is what ``POST /v1/embeddings`` needs: vectors and the
token count of each input. One lock serialises use, so the indexer and a query can share it.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.core.i18n import translate
from desktop.documents.records import DocumentError

if TYPE_CHECKING:
    import numpy as np

    from desktop.core.models.embedders import EmbeddingSpec

QWEN3_QUERY_FORMAT = "Instruct: {task}\nQuery:{query}"
PLAIN_QUERY_FORMAT = "{query}"
DEFAULT_TASK = "Given a question, retrieve passages from the user's documents that answer it"
DEFAULT_CONTEXT = 2048  # longest input in tokens; longer inputs are cut to this
# Tokens decoded per llama.cpp call. The lock is held for one call at a time, so a query
# embedded while the indexer embeds waits for at most one such batch.
BATCH_TOKENS = 512
POOLING = {"model": -1, "none": 0, "mean": 1, "cls": 2, "last": 3}  # llama_pooling_type


@dataclass(frozen=True)
class EmbedderProfile:
    """How a model wants its inputs pooled and its queries worded."""

    pooling: str  # "last", "mean", "cls" or "model" (what the GGUF declares)
    query_format: str
    append_eos: bool


@dataclass(frozen=True)
class Embeddings:
    vectors: np.ndarray  # (n, dim) float32, each row of unit length when normalised
    token_counts: list[int]  # tokens of each input as embedded (after any cut)
    truncated: int = 0  # inputs cut to the model's context

    @property
    def total_tokens(self) -> int:
        return sum(self.token_counts)


def profile_from_spec(spec: EmbeddingSpec) -> EmbedderProfile:
    """The profile a catalog entry declares (``CatalogEntry.embedding``)."""
    return EmbedderProfile(spec.pooling, spec.query_format, spec.append_eos)


def profile_for(name: str, declared_pooling: int | None) -> EmbedderProfile:
    """The profile of a model from its name (file or ``general.name``) and GGUF pooling."""
    if "qwen3-embedding" in name.lower().replace(" ", "-").replace("_", "-"):
        return EmbedderProfile("last", QWEN3_QUERY_FORMAT, append_eos=True)
    if declared_pooling is not None and declared_pooling in (1, 2, 3):
        return EmbedderProfile("model", PLAIN_QUERY_FORMAT, append_eos=False)
    return EmbedderProfile("mean", PLAIN_QUERY_FORMAT, append_eos=False)


class Embedder:
    """An embedding model loaded with llama.cpp. Close it (or use ``with``) to free memory."""

    def __init__(
        self,
        path: Path,
        *,
        n_ctx: int = DEFAULT_CONTEXT,
        n_threads: int | None = None,
        n_gpu_layers: int = 0,
        profile: EmbedderProfile | None = None,
    ) -> None:
        from desktop.core.hardware import physical_cores
        from desktop.core.models.gguf_info import GGUFError, read_gguf_info
        from desktop.engines.llamacpp_support import (
            extra_buffers_safe,
            llama_module,
            model_params_hook,
        )

        self.path = Path(path)
        try:
            info = read_gguf_info(self.path)
        except GGUFError as exc:
            raise DocumentError(
                translate("Documents", "The embedding model cannot be used: {error}").format(
                    error=exc
                ),
                exc.reason,
            ) from exc
        self.name = info.name
        declared = info.arch_value("pooling_type")
        self.profile = profile or profile_for(f"{info.name} {self.path.name}", declared)
        trained = info.context_length
        self.n_ctx = min(n_ctx, trained) if trained > 0 else n_ctx
        self._llama = llama_module()
        try:
            # The AMX path of llama.cpp crashes on quantised models (as for the chat engine).
            with model_params_hook(None, use_extra_bufts=extra_buffers_safe()):
                self._llm: Any = self._llama.Llama(
                    str(self.path),
                    embedding=True,
                    pooling_type=POOLING[self.profile.pooling],
                    n_ctx=self.n_ctx,
                    n_batch=self.n_ctx,
                    n_ubatch=self.n_ctx,
                    n_threads=n_threads or physical_cores(),
                    n_gpu_layers=n_gpu_layers,
                    verbose=False,
                )
        except Exception as exc:  # llama.cpp reports load failures as bare exceptions
            raise DocumentError(
                translate(
                    "Documents",
                    "The embedding model {name} could not be loaded ({error}). Check "
                    "that the file is complete, or choose another embedding model.",
                ).format(name=self.path.name, error=exc),
                "load_failed",
            ) from exc
        self.dim = int(self._llm.n_embd())
        self._eos = int(self._llm.token_eos())
        self._lock = threading.Lock()
        self._batch: Any = None
        size = self.path.stat().st_size
        # Vectors from another file or pooling are never compared with this model's.
        self.model_id = f"{self.path.name}:{size}:{self.profile.pooling}:{self.dim}"

    def close(self) -> None:
        with self._lock:
            if self._batch is not None:
                self._llama.llama_batch_free(self._batch)
                self._batch = None
            if self._llm is not None:
                self._llm.close()
                self._llm = None

    def __enter__(self) -> Embedder:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def format_query(self, query: str, task: str = DEFAULT_TASK) -> str:
        return self.profile.query_format.format(task=task, query=query)

    def _tokens(self, text: str) -> tuple[list[int], bool]:
        """Tokens of ``text`` as embedded (EOS added where wanted), and whether it was cut."""
        tokens: list[int] = self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=False)
        if self.profile.append_eos and (not tokens or tokens[-1] != self._eos):
            tokens.append(self._eos)
        if len(tokens) <= self.n_ctx:
            return tokens, False
        return [*tokens[: self.n_ctx - 1], tokens[-1]], True

    def embed(self, texts: Sequence[str], *, normalize: bool = True) -> Embeddings:
        """Vectors (unit length when ``normalize``) and token counts for ``texts``."""
        import numpy as np

        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        counts: list[int] = []
        truncated = 0
        sequences = []
        with self._lock:
            self._require_open()
            for text in texts:
                tokens, cut = self._tokens(text)
                truncated += cut
                sequences.append(tokens)
                counts.append(len(tokens))
        start = 0
        while start < len(sequences):
            with self._lock:  # one batch at a time: other callers get their turn between
                self._require_open()
                end = self._fill(sequences, start)
                self._decode(out, start, end)
            start = end
        if normalize and len(texts):
            norms = np.linalg.norm(out, axis=1, keepdims=True)
            out /= np.where(norms > 0, norms, 1.0)
        return Embeddings(out, counts, truncated)

    def embed_query(self, query: str, task: str = DEFAULT_TASK) -> np.ndarray:
        """The unit vector of a search question, worded as the model expects queries."""
        result: np.ndarray = self.embed([self.format_query(query, task)]).vectors[0]
        return result

    def _require_open(self) -> None:
        if self._llm is None:
            raise DocumentError(
                translate("Documents", "The embedding model was closed; load it again."),
                "closed",
            )

    def count_tokens(self, text: str) -> int:
        with self._lock:
            self._require_open()
            return len(self._llm.tokenize(text.encode("utf-8"), add_bos=True, special=False))

    # --- llama.cpp batches ------------------------------------------------------------------

    def _fill(self, sequences: list[list[int]], start: int) -> int:
        """Put sequences from ``start`` into one batch (BATCH_TOKENS, or one longer sequence);
        returns the end."""
        if self._batch is None:
            self._batch = self._llama.llama_batch_init(self.n_ctx, 0, 1)
        batch = self._batch
        batch.n_tokens = 0
        end = start
        max_seqs = min(64, int(self._llm.context_params.n_seq_max) or 1)
        while end < len(sequences) and end - start < max_seqs:
            tokens = sequences[end]
            if end > start and batch.n_tokens + len(tokens) > min(BATCH_TOKENS, self.n_ctx):
                break
            seq = end - start
            for pos, token in enumerate(tokens):
                i = batch.n_tokens
                batch.token[i] = token
                batch.pos[i] = pos
                batch.n_seq_id[i] = 1
                batch.seq_id[i][0] = seq
                batch.logits[i] = True
                batch.n_tokens += 1
            end += 1
        return end

    def _decode(self, out: np.ndarray, start: int, end: int) -> None:
        import numpy as np

        llama, ctx = self._llama, self._llm.ctx
        llama.llama_memory_clear(llama.llama_get_memory(ctx), True)
        code = llama.llama_decode(ctx, self._batch)
        if code != 0:
            raise DocumentError(
                translate(
                    "Documents",
                    "The embedding model failed on a batch of text (llama.cpp error "
                    "{code}); try indexing again, or choose another embedding model.",
                ).format(code=code),
                "embed_failed",
            )
        for seq in range(end - start):
            pointer = llama.llama_get_embeddings_seq(ctx, seq)
            if not pointer:
                raise DocumentError(
                    translate(
                        "Documents",
                        "The embedding model returned no vector; it may not support "
                        "embeddings. Choose an embedding model such as Qwen3 Embedding.",
                    ),
                    "no_embedding",
                )
            out[start + seq] = np.ctypeslib.as_array(pointer, shape=(self.dim,))


def embed_texts(
    embedder: Embedder, texts: str | Sequence[str], *, normalize: bool = True
) -> Embeddings:
    """What ``POST /v1/embeddings`` needs: a vector per input (in order) and its token count.

    Inputs longer than the model's context are cut to it (``Embeddings.truncated`` says how
    many were); an input that is not text is refused with a plain :class:`DocumentError`.
    """
    items = [texts] if isinstance(texts, str) else list(texts)
    wrong = [index for index, text in enumerate(items) if not isinstance(text, str)]
    if wrong:
        raise DocumentError(
            f"Input {wrong[0]} is not text; send a string or a list of strings to embed.",
            "bad_input",
        )
    return embedder.embed(items, normalize=normalize)
