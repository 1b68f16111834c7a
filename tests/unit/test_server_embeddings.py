"""POST /v1/embeddings (issue 15): OpenAI-shaped embeddings from the embedding model chosen
for documents, checked with the official ``openai`` client and real SmolLM2 vectors from
llama.cpp (float and base64 encodings, a list of inputs in order, token counts), and plain
errors for what cannot be served."""

from __future__ import annotations

from typing import Any

import numpy as np
import openai
import pytest

from desktop.engines.fake import FakeEngine
from tests.server_support import raw, serving


@pytest.fixture
def served(smollm_embedder: Any):
    with serving(FakeEngine(), embedder=lambda: smollm_embedder) as server:
        yield server


def test_the_openai_client_gets_real_vectors(served, smollm_embedder) -> None:
    texts = ["The capital of France is Paris.", "Bees make honey."]
    answer = served.client().embeddings.create(model="anything", input=texts)
    assert [item.index for item in answer.data] == [0, 1]
    expected = smollm_embedder.embed(texts).vectors
    for item, row in zip(answer.data, expected, strict=True):
        vector = np.asarray(item.embedding, dtype=np.float32)
        assert vector.shape == (smollm_embedder.dim,)
        assert np.allclose(vector, row, atol=1e-5)
        assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-3
    assert answer.model == smollm_embedder.path.name.removesuffix(".gguf")
    assert answer.usage.prompt_tokens == answer.usage.total_tokens > 0


def test_float_and_base64_encodings_agree(served) -> None:
    as_floats = served.client().embeddings.create(
        model="m", input="hello there", encoding_format="float"
    )
    as_base64 = raw(
        served.url, "POST", "/v1/embeddings",
        {"model": "m", "input": "hello there", "encoding_format": "base64"},
    )  # fmt: skip
    assert as_base64.status == 200
    import base64

    decoded = np.frombuffer(base64.b64decode(as_base64.json()["data"][0]["embedding"]), "<f4")
    assert np.allclose(decoded, np.asarray(as_floats.data[0].embedding), atol=1e-6)


def test_bad_inputs_are_plain_422s(served) -> None:
    for body, param in (
        ({"model": "m", "input": [1, 2, 3]}, "input"),
        ({"model": "m", "input": []}, "input"),
        ({"model": "m", "input": "x", "encoding_format": "int8"}, "encoding_format"),
    ):
        answer = raw(served.url, "POST", "/v1/embeddings", body)
        assert answer.status == 422, body
        assert answer.error["param"] == param


def test_no_embedding_model_is_a_404_the_client_reads() -> None:
    with (
        serving(FakeEngine(), embedder=lambda: None) as server,
        pytest.raises(openai.NotFoundError) as caught,
    ):
        server.client().embeddings.create(model="m", input="x")
    assert "Use for documents" in caught.value.message
