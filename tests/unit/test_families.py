"""Qwen families: detection, the model cards' defaults, and what each request sends."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core.models.catalog import load_catalog
from desktop.core.models.families import (
    Family,
    SystemPolicy,
    defaults_for,
    family_of,
    family_of_catalog,
    long_context_for,
    size_in_billions,
)
from desktop.core.models.request_defaults import (
    apply_system_prompt,
    choose_system,
    presence_penalty_offer,
    preset_prompt,
    request_defaults,
    system_messages,
    template_default_system,
    with_presence_penalty,
)
from desktop.core.prompts import PRESETS, QWEN25_MATH_COT, QWEN25_TEMPLATE_DEFAULT
from desktop.core.sampling import Sampling
from desktop.core.settings import (
    SAMPLING_CUSTOM,
    SAMPLING_MODEL_CARD,
    GenerationSettings,
    load_settings,
)
from tests.genuine_qwen3 import VARIANTS, template_text

F = Family


@pytest.mark.parametrize(
    ("name", "arch", "file_name", "family"),
    [
        ("Qwen3 8B", "qwen3", "Qwen3-8B-Q4_K_M.gguf", F.QWEN3),
        ("Qwen3 30B A3B", "qwen3moe", "Qwen3-30B-A3B-Q4_K_M.gguf", F.QWEN3),
        ("Qwen3 4B Instruct 2507", "qwen3", "x.gguf", F.QWEN3_2507_INSTRUCT),
        ("", "qwen3moe", "Qwen3-30B-A3B-Thinking-2507-Q8_0.gguf", F.QWEN3_2507_THINKING),
        ("QwQ 32B", "qwen2", "qwq-32b-q4_k_m.gguf", F.QWQ),
        ("Qwen2.5 7B Instruct", "qwen2", "qwen2.5-7b-instruct-q4_k_m.gguf", F.QWEN25_INSTRUCT),
        ("Qwen2.5 Coder 14B Instruct", "qwen2", "a.gguf", F.QWEN25_CODER),
        ("", "qwen2", "Qwen2.5-Math-7B-Instruct-Q8_0.gguf", F.QWEN25_MATH),
        ("DeepSeek R1 Distill Qwen 7B", "qwen2", "d.gguf", F.DEEPSEEK_R1_DISTILL_QWEN),
        ("DeepSeek R1 Distill Llama 8B", "llama", "d.gguf", F.UNKNOWN),
        ("Qwen3 Coder 30B A3B Instruct", "qwen3moe", "c.gguf", F.UNKNOWN),
        ("SmolLM2 135M Instruct", "llama", "smollm2.gguf", F.UNKNOWN),
    ],
)
def test_family_from_names(name: str, arch: str, file_name: str, family: Family):
    assert family_of(name, arch, None, file_name) is family


@pytest.mark.parametrize(
    ("key", "family"),
    [
        ("qwen3", F.QWEN3),
        ("qwen3-thinking-2507", F.QWEN3_2507_THINKING),
        ("qwq", F.QWQ),
        ("qwen2.5", F.QWEN25_INSTRUCT),
        ("qwen2.5-math", F.QWEN25_MATH),
        ("deepseek-r1-distill-qwen", F.DEEPSEEK_R1_DISTILL_QWEN),
    ],
)
def test_family_from_the_published_template_alone(key: str, family: Family):
    variant = VARIANTS[key]
    assert family_of("", variant.arch, template_text(variant), "model.gguf") is family


def test_sampling_follows_each_model_card():
    def values(s: Sampling) -> tuple[float, float, int, float, float]:
        return (s.temperature, s.top_p, s.top_k, s.min_p, s.repeat_penalty)

    qwen3 = defaults_for(F.QWEN3)
    assert values(qwen3.thinking) == (0.6, 0.95, 20, 0.0, 1.0)
    assert values(qwen3.non_thinking) == (0.7, 0.8, 20, 0.0, 1.0)
    for family in (F.QWQ, F.DEEPSEEK_R1_DISTILL_QWEN):
        d = defaults_for(family)
        assert (d.thinking.temperature, d.thinking.top_p) == (0.6, 0.95)
    for family in (F.QWEN25_INSTRUCT, F.QWEN25_CODER):
        assert values(defaults_for(family).non_thinking) == (0.7, 0.8, 20, 0.0, 1.05)
    assert values(defaults_for(F.QWEN3_2507_INSTRUCT).non_thinking)[:2] == (0.7, 0.8)
    assert values(defaults_for(F.QWEN3_2507_THINKING).thinking)[:2] == (0.6, 0.95)
    assert defaults_for(F.QWEN25_INSTRUCT).reason(False) == (
        "Qwen2.5-Instruct model card: temperature 0.7, top-p 0.8, top-k 20, repetition penalty 1.05"
    )
    assert "thinking mode" in qwen3.reason(True)
    assert "non-thinking mode" in qwen3.reason(False)


def test_request_defaults_per_family_unless_the_user_chose_their_own():
    card = GenerationSettings()
    assert card.sampling_source == SAMPLING_MODEL_CARD
    sampling, reason = request_defaults(card, F.QWEN25_INSTRUCT, thinking=False)
    assert sampling.repeat_penalty == 1.05
    assert reason.startswith("Qwen2.5-Instruct model card")
    sampling, _ = request_defaults(card, F.QWQ, thinking=True)
    assert (sampling.temperature, sampling.top_k) == (0.6, 40)
    own = Sampling(temperature=1.1, top_p=0.5, top_k=7)
    custom = GenerationSettings(non_thinking=own, sampling_source=SAMPLING_CUSTOM)
    assert request_defaults(custom, F.QWEN25_INSTRUCT, thinking=False) == (
        own,
        "Your own sampling from Settings (non-thinking mode)",
    )


def test_settings_from_schema_2_keep_changed_sampling_as_custom(tmp_path: Path):
    stock = {"temperature": 0.6, "top_p": 0.95, "top_k": 20, "min_p": 0.0}
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"schema_version": 2, "generation": {"thinking": stock}}))
    assert load_settings(path).generation.sampling_source == SAMPLING_MODEL_CARD
    changed = {**stock, "temperature": 0.9}
    path.write_text(json.dumps({"schema_version": 2, "generation": {"thinking": changed}}))
    settings = load_settings(path)
    assert settings.generation.sampling_source == SAMPLING_CUSTOM
    assert settings.generation.thinking.temperature == 0.9
    assert settings.schema_version == 3


def test_math_model_gets_the_cards_system_prompt():
    # The window starts every chat on the General preset: on a Math model that means its card.
    choice = choose_system(F.QWEN25_MATH, "General", PRESETS["General"])
    assert (choice.placement, choice.text) == ("system", QWEN25_MATH_COT)
    assert choose_system(F.QWEN25_MATH, "Maths", PRESETS["Maths"]).text == QWEN25_MATH_COT
    assert preset_prompt(F.QWEN25_MATH, "Maths") == QWEN25_MATH_COT
    assert preset_prompt(F.QWEN3, "Maths") == PRESETS["Maths"]
    assert defaults_for(F.QWEN25_MATH).preset == "Maths"
    # A prompt the user wrote is theirs.
    assert choose_system(F.QWEN25_MATH, "General", "Answer in French.").text == "Answer in French."


def test_coder_models_default_to_the_coder_preset():
    assert defaults_for(F.QWEN25_CODER).preset == "Coder"
    choice = choose_system(F.QWEN25_CODER, "General", "")
    assert (choice.placement, choice.text) == ("system", PRESETS["Coder"])


def test_qwen25_general_means_the_templates_own_default():
    assert defaults_for(F.QWEN25_INSTRUCT).system is SystemPolicy.TEMPLATE_DEFAULT
    choice = choose_system(F.QWEN25_INSTRUCT, "General", PRESETS["General"])
    assert choice.placement == "none"
    assert "template adds its own default" in choice.reason
    assert system_messages(choice) == []
    user = [{"role": "user", "content": "Hi"}]
    assert apply_system_prompt(choice, user) == user
    written = choose_system(F.QWEN25_INSTRUCT, "General", "Be terse.")
    assert apply_system_prompt(written, user)[0] == {"role": "system", "content": "Be terse."}
    template = template_text(VARIANTS["qwen2.5"])
    assert template_default_system(template) == QWEN25_TEMPLATE_DEFAULT
    assert template_default_system(template_text(VARIANTS["qwen3"])) is None


def test_deepseek_distills_get_no_system_prompt():
    assert defaults_for(F.DEEPSEEK_R1_DISTILL_QWEN).system is SystemPolicy.NONE
    user = [{"role": "user", "content": "Hi"}, {"role": "assistant", "content": "Hello"}]
    none = choose_system(F.DEEPSEEK_R1_DISTILL_QWEN, "General", PRESETS["General"])
    assert apply_system_prompt(none, user) == user
    folded = choose_system(F.DEEPSEEK_R1_DISTILL_QWEN, "General", "Answer in French.")
    assert folded.placement == "user"
    sent = apply_system_prompt(folded, [*user, {"role": "user", "content": "Bye"}])
    assert sent[0] == {"role": "user", "content": "Answer in French.\n\nHi"}
    assert sent[2]["content"] == "Bye"  # only the first user turn: the prefix stays cached
    assert not any(m["role"] == "system" for m in sent)


def test_other_presets_and_empty_prompts():
    assert choose_system(F.QWEN3, "Coder", PRESETS["Coder"]).reason == "The Coder preset"
    assert choose_system(F.QWEN3, "Custom", "").placement == "none"
    general = choose_system(F.QWEN3, "General", "")
    assert (general.placement, general.text) == ("system", PRESETS["General"])


def test_presence_penalty_advice_where_the_card_gives_it():
    assert presence_penalty_offer(F.QWEN3, "Q4_K_M")
    assert presence_penalty_offer(F.QWQ, "Q8_0")
    assert presence_penalty_offer(F.QWEN3, "F16") is None  # not quantised
    assert presence_penalty_offer(F.QWEN25_INSTRUCT, "Q4_K_M") is None
    assert with_presence_penalty(Sampling()).presence_penalty == 1.5


def test_yarn_offer_follows_the_cards():
    assert size_in_billions("Qwen3 8B") == 8
    assert size_in_billions("x", "30B-A3B") == 30
    assert size_in_billions("x", "", 1_540_000_000) == pytest.approx(1.54)
    offer = long_context_for(F.QWEN3, 8)
    assert offer is not None
    assert (offer.native, offer.factor, offer.max) == (32768, 4.0, 131072)
    assert offer.factor_for(65536) == 2.0  # "as needed", the card's own example
    assert offer.factor_for(200_000) == 4.0
    assert long_context_for(F.QWEN3, 1.7) is None
    assert long_context_for(F.QWEN25_INSTRUCT, 3.09) is None
    assert long_context_for(F.QWEN25_INSTRUCT, 7.6) is not None
    assert long_context_for(F.QWQ, 32) is not None
    for family in (F.QWEN25_MATH, F.QWEN3_2507_INSTRUCT, F.DEEPSEEK_R1_DISTILL_QWEN):
        assert long_context_for(family, 72) is None


def test_catalog_context_agrees_with_the_yarn_offer():
    for entry in load_catalog():
        if entry.is_embedding:
            continue  # embedding models do not chat: no family defaults, no context offer
        family = family_of_catalog(entry.family, entry.thinking)
        assert family is not F.UNKNOWN, entry.id
        offer = long_context_for(family, entry.params_total_b)
        if entry.context_max > entry.context_native:
            assert offer is not None, entry.id
            assert (offer.native, offer.max) == (entry.context_native, entry.context_max)
        else:
            assert offer is None, entry.id


def test_family_defaults_are_complete():
    for family in Family:
        defaults = defaults_for(family)
        assert defaults.family is family
        assert defaults.preset in PRESETS
        assert isinstance(defaults.thinking, Sampling)
        assert replace(defaults.thinking, seed=-1) == defaults.thinking  # cards fix no seed


def test_model_details_say_which_defaults_apply(genuine_models):
    from desktop.core.models.describe import model_details
    from desktop.core.models.discovery import InstalledModel, ModelFormat, ModelSource
    from desktop.core.models.families import family_from_details

    path = genuine_models("qwen2.5")
    model = InstalledModel(
        path=path,
        name=path.stem,
        format=ModelFormat.GGUF,
        source=ModelSource.LIBRARY,
        files=(path,),
        size_bytes=path.stat().st_size,
    )
    rows = dict(model_details(model))
    assert rows["Family"] == "Qwen2.5-Instruct"
    assert rows["Sampling"].endswith("repetition penalty 1.05")
    assert "template's own default" in rows["System prompt"]
    assert rows["Long context"] == "up to 131,072 tokens with YaRN (model card)"  # a 7B
    assert family_from_details({"family": "qwq"}) is F.QWQ
    assert family_from_details({"family": "nonsense"}) is F.UNKNOWN
    assert family_from_details({}) is F.UNKNOWN
