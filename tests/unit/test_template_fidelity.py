"""Every published template the app supports, run through the real engine (parametrised).

Each case is a tiny GGUF with the genuine Qwen vocabulary (DeepSeek's added tokens for the
R1 distill) and the published template (tests/fixtures/templates, sources in its README).
We check what a user's model would do: the rendered prompt (against Hugging Face's own
renderer where transformers is installed), each special token as one id, the thinking split
and budget, the stop tokens, capability and family detection, and the history the model
sees after its own thinking was left out.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from desktop.core.chat_template import render_chat
from desktop.core.models.request_defaults import apply_system_prompt, choose_system
from desktop.core.thinking import BUDGET_CLOSE_TEXT, ThinkingCapability
from desktop.engines.base import (
    Finished,
    GenerationRequest,
    LoadOptions,
    Sampling,
    StopReason,
    TextDelta,
    ThinkingDelta,
    ThinkingMode,
)
from desktop.engines.llamacpp import LlamaCppEngine
from tests.genuine_qwen3 import VARIANTS, template_text

OPTIONS = LoadOptions(n_ctx=2048, n_threads=1)
EXPECTED = {  # variant: (capability, family)
    "qwen3": (ThinkingCapability.HYBRID, "qwen3"),
    "qwen3-thinking-2507": (ThinkingCapability.ALWAYS, "qwen3-2507-thinking"),
    "qwq": (ThinkingCapability.ALWAYS, "qwq"),
    "qwen2.5": (ThinkingCapability.NEVER, "qwen2.5-instruct"),
    "qwen2.5-math": (ThinkingCapability.NEVER, "qwen2.5-math"),
    "deepseek-r1-distill-qwen": (ThinkingCapability.ALWAYS, "deepseek-r1-distill-qwen"),
}
SPECIAL = {  # variant vocabulary: the added tokens a prompt may hold, with their ids
    "qwen": {"<|im_start|>": 151644, "<|im_end|>": 151645, "<think>": 151667, "</think>": 151668},
    "deepseek": {
        "<｜begin▁of▁sentence｜>": 151646,
        "<｜User｜>": 151644,
        "<｜Assistant｜>": 151645,
        "<think>": 151648,
        "</think>": 151649,
    },
}
KEYS = list(EXPECTED)
QUESTION = [{"role": "user", "content": "What is 2+2?"}]


def specials(key: str) -> dict[str, int]:
    return SPECIAL["deepseek" if key.startswith("deepseek") else "qwen"]


@pytest.fixture(scope="module")
def engines(genuine_models: Callable[..., Path]) -> Iterator[Callable[[str], LlamaCppEngine]]:
    loaded: dict[str, LlamaCppEngine] = {}

    def get(key: str) -> LlamaCppEngine:
        if key not in loaded:
            engine = LlamaCppEngine()
            engine.load(genuine_models(key), OPTIONS)
            loaded[key] = engine
        return loaded[key]

    yield get
    for engine in loaded.values():
        engine.unload()


def reference_render(key: str, messages: Sequence[Mapping[str, Any]], **extra: Any) -> str:
    """Hugging Face's own chat-template renderer, the behaviour model authors test against."""
    utils = pytest.importorskip(
        "transformers.utils.chat_template_utils", reason="transformers not installed"
    )
    bos = "<｜begin▁of▁sentence｜>" if key.startswith("deepseek") else ""
    rendered, _ = utils.render_jinja_template(
        conversations=[list(messages)],
        chat_template=template_text(VARIANTS[key]),
        add_generation_prompt=True,
        bos_token=bos,
        **extra,
    )
    return str(rendered[0])


def llm_of(engine: LlamaCppEngine) -> Any:
    assert engine._loaded is not None
    return engine._loaded.llm


@pytest.mark.parametrize("key", KEYS)
def test_capability_and_family_are_detected(engines, key: str):
    info = engines(key).info()
    assert info is not None
    capability, family = EXPECTED[key]
    assert info.thinking is capability
    assert info.details["family"] == family


@pytest.mark.parametrize("key", KEYS)
@pytest.mark.parametrize("mode", [ThinkingMode.ON, ThinkingMode.OFF])
def test_prompt_renders_as_hugging_face_renders_it(engines, key: str, mode: ThinkingMode):
    engine = engines(key)
    prompt = engine.render_prompt(GenerationRequest(QUESTION, thinking=mode))
    thinks = EXPECTED[key][0] is ThinkingCapability.ALWAYS or (
        EXPECTED[key][0] is ThinkingCapability.HYBRID and mode is ThinkingMode.ON
    )
    assert prompt == reference_render(key, QUESTION, enable_thinking=thinks)
    if EXPECTED[key][0] is ThinkingCapability.ALWAYS:
        assert prompt.endswith("<think>\n")  # the template opens the block itself


@pytest.mark.parametrize("key", KEYS)
def test_every_special_token_in_the_prompt_is_one_id(engines, key: str):
    engine = engines(key)
    history = [
        *QUESTION,
        {"role": "assistant", "content": "4"},
        {"role": "user", "content": "And 3+3?"},
    ]
    prompt = engine.render_prompt(GenerationRequest(history, thinking=ThinkingMode.ON))
    ids = llm_of(engine).tokenize(prompt.encode(), add_bos=False, special=True)
    found = 0
    for text, token_id in specials(key).items():
        assert prompt.count(text) == ids.count(token_id), text
        found += prompt.count(text)
    assert found >= 4
    if EXPECTED[key][0] is ThinkingCapability.NEVER:
        return  # Qwen2.5's vocabulary has no <think> tokens; it never thinks
    # The budget's early stop closes thinking with </think> as one token.
    assert engine._loaded is not None
    injected = engine._tokenize(engine._loaded, BUDGET_CLOSE_TEXT, prompt=False)
    assert injected.count(specials(key)["</think>"]) == 1


@pytest.mark.parametrize("key", ["qwen3-thinking-2507", "qwq", "deepseek-r1-distill-qwen"])
def test_budget_closes_the_thinking_the_template_opened(engines, key: str):
    engine = engines(key)
    request = GenerationRequest(
        QUESTION, thinking_budget=6, max_tokens=24, sampling=Sampling(seed=5)
    )
    events = list(engine.generate(request, threading.Event()))
    stats = events[-1].stats if isinstance(events[-1], Finished) else None
    assert stats is not None
    assert stats.stop_reason is not StopReason.ERROR
    assert stats.budget_hit
    assert stats.thinking_tokens == 6
    thinking = "".join(e.text for e in events if isinstance(e, ThinkingDelta))
    assert thinking.endswith("thinking directly now.")
    context = list(llm_of(engine)._input_ids)
    assert context.count(specials(key)["</think>"]) == 1


@pytest.mark.parametrize("key", ["qwen2.5", "qwen2.5-math"])
def test_never_thinking_models_ignore_the_budget(engines, key: str):
    request = GenerationRequest(
        QUESTION, thinking_budget=3, max_tokens=8, sampling=Sampling(seed=5)
    )
    events = list(engines(key).generate(request, threading.Event()))
    final = events[-1]
    assert isinstance(final, Finished)
    assert not final.stats.budget_hit
    assert final.stats.thinking_tokens == 0
    assert not any(isinstance(e, ThinkingDelta) for e in events)


@pytest.mark.parametrize("key", KEYS)
def test_end_of_turn_tokens_stop_generation(engines, key: str):
    import llama_cpp

    engine = engines(key)
    assert engine._loaded is not None
    vocab = engine._loaded.vocab
    ids = specials(key)
    eos = 151643 if key.startswith("deepseek") else ids["<|im_end|>"]
    assert llama_cpp.llama_vocab_is_eog(vocab, eos)
    assert llama_cpp.llama_vocab_is_eog(vocab, 151643)  # <|endoftext|> / end of sentence
    assert not llama_cpp.llama_vocab_is_eog(vocab, ids["</think>"])


@pytest.mark.parametrize("key", ["qwen3", "deepseek-r1-distill-qwen"])
def test_a_model_that_ends_its_turn_stops_at_once(genuine_models, key: str):
    engine = LlamaCppEngine()
    engine.load(genuine_models(key, ends_at_once=True), OPTIONS)
    try:
        request = GenerationRequest(QUESTION, thinking=ThinkingMode.OFF, max_tokens=16)
        events = list(engine.generate(request, threading.Event()))
    finally:
        engine.unload()
    final = events[-1]
    assert isinstance(final, Finished)
    assert final.stats.stop_reason is StopReason.EOS
    assert final.stats.generated_tokens == 0
    assert not any(isinstance(e, TextDelta) for e in events)


@pytest.mark.parametrize("key", KEYS)
def test_history_matches_the_templates_own_thinking_rule(engines, key: str):
    """The app stores an answer without its thinking; what the model then sees must be what
    its own template makes of the full reply (DeepSeek keeps the blank line after
    </think>, Qwen strips it)."""
    engine = engines(key)
    reply = "<think>\nLet me add.\n</think>\n\nIt is 4."
    follow_up = {"role": "user", "content": "Sure?"}
    full = [*QUESTION, {"role": "assistant", "content": reply}, follow_up]
    stored = [*QUESTION, {"role": "assistant", "content": "It is 4."}, follow_up]
    ours = engine.render_prompt(GenerationRequest(stored, thinking=ThinkingMode.ON))
    assert "Let me add." not in ours
    thinks = EXPECTED[key][0] is not ThinkingCapability.NEVER
    own = render_chat(
        template_text(VARIANTS[key]),
        full,
        bos_token=engine._loaded.bos_text if engine._loaded else "",
        enable_thinking=thinks,
    )
    if "Let me add." in own:
        return  # a template that never saw thinking keeps it; the app leaves it out anyway
    assert ours == own


@pytest.mark.parametrize("key", KEYS)
def test_default_system_prompt_per_family(engines, key: str):
    engine = engines(key)
    info = engine.info()
    assert info is not None
    from desktop.core.models.families import Family

    choice = choose_system(Family(info.details["family"]), "General", "")
    prompt = engine.render_prompt(GenerationRequest(apply_system_prompt(choice, QUESTION)))
    if key == "qwen2.5":  # the template's own default, sent by the template only once
        assert choice.placement == "none"
        assert prompt.count("You are Qwen, created by Alibaba Cloud.") == 1
    elif key == "qwen2.5-math":  # the Math card's chain-of-thought prompt
        assert prompt.count("Please reason step by step, and put your final answer within") == 1
        assert "\\boxed{}" in prompt
    elif key == "deepseek-r1-distill-qwen":  # no system prompt at all
        assert choice.placement == "none"
        assert prompt == "<｜begin▁of▁sentence｜><｜User｜>What is 2+2?<｜Assistant｜><think>\n"
    else:
        assert choice.placement == "system"
        assert prompt.startswith("<|im_start|>system\nYou are Qwen, a helpful and honest")
