"""``POST /v1/embeddings``: OpenAI-shaped embeddings from the embedding model chosen for
documents (the Library's "Use for documents"; desktop/documents/embedder_choice.py).

Input is a string or a list of strings (token-id inputs are refused: the model's tokenizer is
not the client's); ``encoding_format`` is ``float`` (the default) or ``base64`` (little-endian
float32, what the official ``openai`` client asks for). The vectors are computed on a worker
thread, so the server's loop keeps answering; the embedder's own lock lets the window's
indexing and the server take turns.
"""

from __future__ import annotations

import asyncio
import base64
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.documents.records import DocumentError
from desktop.server.errors import ApiError
from desktop.server.schemas import parse_body

if TYPE_CHECKING:
    from desktop.documents.embedder import Embedder

EmbedderSource = Callable[[], "Embedder | None"]
MAX_INPUTS = 2048  # OpenAI's own limit on inputs per request
FORMATS = ("float", "base64")


def parse_embeddings(data: Mapping[str, Any]) -> tuple[list[str], str, int | None]:
    """(texts, encoding format, dimensions) of a request, or a 4xx saying what is wrong."""
    raw = data.get("input")
    if isinstance(raw, str):
        texts = [raw]
    elif isinstance(raw, list) and raw and all(isinstance(t, str) for t in raw):
        texts = list(raw)
    elif isinstance(raw, list) and raw and all(isinstance(t, int | list) for t in raw):
        raise ApiError(
            422,
            "Token-id inputs are not supported; send the text as a string or a list of strings.",
            param="input",
            code="unsupported_input",
        )
    else:
        raise ApiError(
            422, "'input' must be a string or a non-empty list of strings.", param="input",
            code="invalid_type",
        )  # fmt: skip
    if len(texts) > MAX_INPUTS:
        raise ApiError(
            422, f"At most {MAX_INPUTS} inputs per request.", param="input", code="too_many"
        )
    if any(not t for t in texts):
        raise ApiError(422, "An input is empty.", param="input", code="empty_input")
    encoding = data.get("encoding_format", "float") or "float"
    if encoding not in FORMATS:
        raise ApiError(
            422, "'encoding_format' must be 'float' or 'base64'.", param="encoding_format",
            code="invalid_value",
        )  # fmt: skip
    dimensions = data.get("dimensions")
    if dimensions is not None and (
        not isinstance(dimensions, int) or isinstance(dimensions, bool) or dimensions <= 0
    ):
        raise ApiError(
            422, "'dimensions' must be a positive integer.", param="dimensions",
            code="invalid_type",
        )  # fmt: skip
    return texts, str(encoding), dimensions


def embedder_id(embedder: Embedder) -> str:
    name = Path(embedder.path).name
    return name[: -len(".gguf")] if name.lower().endswith(".gguf") else name


def no_embedder() -> ApiError:
    return ApiError(
        404,
        "No embedding model is chosen. In Qwen Desk, open the Library and choose 'Use for "
        "documents' on an embedding model (Qwen3 Embedding 0.6B is recommended).",
        param="model",
        code="model_not_found",
    )


async def embeddings(request: Any, source: EmbedderSource | None) -> Any:
    from starlette.responses import JSONResponse

    texts, encoding, dimensions = parse_embeddings(parse_body(await request.body()))
    if source is None:
        raise no_embedder()
    embedder = await asyncio.to_thread(source)
    if embedder is None:
        raise no_embedder()
    if dimensions is not None and dimensions > embedder.dim:
        raise ApiError(
            422, f"'dimensions' can be at most {embedder.dim} for this model.",
            param="dimensions", code="invalid_value",
        )  # fmt: skip
    try:
        result = await asyncio.to_thread(embedder.embed, texts)
    except DocumentError as exc:
        raise ApiError(500, str(exc), code="embedding_failed") from exc
    vectors = result.vectors
    if dimensions is not None:  # Matryoshka-style cut, renormalised
        import numpy as np

        vectors = vectors[:, :dimensions]
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1, norms)
    data = [
        {"object": "embedding", "index": i, "embedding": _encoded(row, encoding)}
        for i, row in enumerate(vectors)
    ]
    tokens = result.total_tokens
    return JSONResponse(
        {
            "object": "list",
            "data": data,
            "model": embedder_id(embedder),
            "usage": {"prompt_tokens": tokens, "total_tokens": tokens},
        }
    )


def _encoded(row: Any, encoding: str) -> Any:
    if encoding == "base64":
        return base64.b64encode(row.astype("<f4").tobytes()).decode("ascii")
    return [float(x) for x in row]
