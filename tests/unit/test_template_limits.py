"""Untrusted chat templates render within a time and size budget; real ones are unchanged."""

from __future__ import annotations

import json
import time
import tracemalloc
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

import jinja2
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jinja2.sandbox import ImmutableSandboxedEnvironment

from desktop.core.chat_template import TemplateError, TemplateLimitError, render_chat
from desktop.core.models.describe import model_details
from desktop.core.models.discovery import InstalledModel, ModelFormat, ModelSource
from desktop.core.models.tiny_gguf import build_tiny_gguf
from desktop.core.template_limits import MAX_TEXT, Budget
from desktop.core.thinking import ThinkingCapability, detect_capability
from desktop.engines.base import LoadOptions, ModelLoadError
from tests.robustness_counts import inputs_tried

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
DEEPSEEK_DIR = Path(__file__).resolve().parents[2] / ".cache" / "deepseek-v3-tokenizer"
DEEPSEEK_CONFIG = DEEPSEEK_DIR / "tokenizer_config.json"

# Each of these loops for ever, or builds gigabytes of text, in a plain Jinja sandbox.
HOSTILE = {
    "range of 10**9": "{% for i in range(10**9) %}x{% endfor %}",
    "nested loops": "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}"
    "{% endfor %}",
    "loops over messages": "{% for m in messages %}{% for i in range(100000) %}"
    "{% for k in range(100000) %}{{ '' }}{% endfor %}{% endfor %}{% endfor %}",
    "string times 10**9": "{{ 'x' * 10**9 }}",
    "list times 10**9": "{{ ['x'] * 10**9 }}",
    "power": "{{ 10 ** (10 ** 9) }}",
    "squaring": "{% set ns = namespace(n=10) %}{% for i in range(100) %}"
    "{% set ns.n = ns.n * ns.n %}{% endfor %}{{ ns.n }}",
    "recursive macro": "{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}",
    "macro tree": "{% macro f(n) %}{% if n %}{{ f(n - 1) }}{{ f(n - 1) }}{% endif %}"
    "{% endmacro %}{{ f(60) }}",
    "recursive loop": "{% for x in [1] recursive %}{{ loop([1]) }}{% endfor %}",
    "set doubling with ~": "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
    "{% set ns.s = ns.s ~ ns.s %}{% endfor %}{{ ns.s }}",
    "set doubling with +": "{% set ns = namespace(s='x') %}{% for i in range(64) %}"
    "{% set ns.s = ns.s + ns.s %}{% endfor %}{{ ns.s }}",
    "str.center": "{{ 'x'.center(10**10) }}",
    "center filter": "{{ 'x' | center(10**10) }}",
    "str.replace": "{% set s = 'x' * 1000000 %}{{ s.replace('x', s) }}",
    "str.format width": "{{ '{:>9999999999}'.format(1) }}",
    "printf width": "{{ '%9999999999d' % 1 }}",
    "format filter": "{{ '%9999999999d' | format(1) }}",
    "join filter": "{% set l = ['x' * 3000000] * 100 %}{{ l | join }}",
    "printing a list": "{% set l = ['x' * 3000000] * 100 %}{{ l }}",
    "indent filter": "{{ ('\\n' * 3000000) | indent(1000) }}",
    "memory by many copies": "{% set big = 'x' * 3000000 %}{% set ns = namespace(l=[]) %}"
    "{% for i in range(100000) %}{% set ns.l = ns.l + [big ~ i] %}{% endfor %}",
    "huge output": "{% for i in range(100000) %}{{ 'x' * 1000 }}{% endfor %}",
}


@pytest.mark.parametrize("template", HOSTILE.values(), ids=HOSTILE.keys())
def test_hostile_templates_stop_quickly_with_a_plain_message(template: str) -> None:
    inputs_tried()
    tracemalloc.start()
    started = time.monotonic()
    try:
        with pytest.raises(TemplateLimitError) as caught:
            render_chat(template, [{"role": "user", "content": "Hello"}])
        elapsed = time.monotonic() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert elapsed < 2.5, f"took {elapsed:.1f} s"
    assert peak < 400_000_000, f"peak {peak / 1e6:.0f} MB"
    message = str(caught.value)
    assert message.startswith("The model's chat template did not finish")
    assert "Traceback" not in message
    assert "jinja" not in message.lower()


def test_the_budget_grows_with_the_conversation() -> None:
    """The limits are for what a template adds: a long conversation gets more of each."""
    small = Budget.for_inputs({"messages": [{"role": "user", "content": "Hello"}]})
    large = Budget.for_inputs({"messages": [{"role": "user", "content": "x" * 8_000_000}]})
    assert small.seconds < 1.1
    assert MAX_TEXT < small.max_text < MAX_TEXT + 1000
    assert large.seconds > 4.5
    assert large.max_text > 2 * 8_000_000


def test_the_sandbox_still_refuses_python_internals() -> None:
    for template in (
        "{{ ''.__class__.__mro__ }}",
        "{{ messages.__class__.__base__.__subclasses__() }}",
        "{{ raise_exception.__globals__ }}",
        "{{ cycler.__init__.__globals__ }}",
    ):
        inputs_tried()
        try:
            leaked = render_chat(template, [])
        except TemplateError as exc:
            leaked = "" if "unsafe" in str(exc) or "undefined" in str(exc) else str(exc)
        assert leaked == "", "an unsafe attribute is refused or renders as nothing"


def test_deeply_nested_template_source_is_refused_plainly() -> None:
    template = "{{ " + "(" * 5000 + "1" + ")" * 5000 + " }}"
    with pytest.raises(TemplateError, match="nested too deeply"):
        render_chat(template, [])


def test_capability_detection_reports_a_template_that_does_not_finish() -> None:
    with pytest.raises(TemplateLimitError):
        detect_capability(HOSTILE["nested loops"])
    assert detect_capability("{{ undefined_function() }}") is ThinkingCapability.NEVER


def test_loading_a_model_whose_template_loops_fails_fast(tmp_path: Path) -> None:
    from desktop.engines.llamacpp import LlamaCppEngine

    model = build_tiny_gguf(tmp_path / "looping.gguf", chat_template=HOSTILE["nested loops"])
    engine = LlamaCppEngine()
    started = time.monotonic()
    with pytest.raises(ModelLoadError) as caught:
        engine.load(model, LoadOptions(n_ctx=512))
    assert time.monotonic() - started < 5
    assert caught.value.reason == "chat_template"
    assert "did not finish" in str(caught.value)


def test_library_details_of_such_a_model_finish_and_say_why(tmp_path: Path) -> None:
    model = build_tiny_gguf(tmp_path / "looping.gguf", chat_template=HOSTILE["nested loops"])
    installed = InstalledModel(
        path=model,
        name="looping",
        format=ModelFormat.GGUF,
        source=ModelSource.LIBRARY,
        files=(model,),
        size_bytes=model.stat().st_size,
    )
    started = time.monotonic()
    rows = dict(model_details(installed))
    assert time.monotonic() - started < 5
    assert rows["Chat template"].startswith("faulty: it did not finish")
    assert rows["Thinking"] == "unknown"


# -- real templates render exactly as before ------------------------------------------------


@lru_cache(maxsize=16)
def _reference_template(template: str) -> jinja2.Template:
    """What ``render_chat`` used before the limits: Jinja's plain immutable sandbox."""
    env = ImmutableSandboxedEnvironment(
        trim_blocks=True, lstrip_blocks=True, extensions=["jinja2.ext.loopcontrols"]
    )
    env.filters["tojson"] = lambda value, indent=None, ensure_ascii=False: json.dumps(
        value, indent=indent, ensure_ascii=ensure_ascii
    )

    def raise_exception(message: str) -> None:
        raise jinja2.TemplateError(message)

    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = lambda fmt: datetime.now().strftime(fmt)
    return env.from_string(template)


def _reference_render(template: str, variables: dict[str, Any]) -> str:
    return _reference_template(template).render(**variables)


def _real_templates(qwen3_dir: Path | None) -> dict[str, str]:
    found = {path.stem: path.read_text(encoding="utf-8") for path in TEMPLATES.glob("*.jinja")}
    if qwen3_dir is not None:
        config = json.loads((qwen3_dir / "tokenizer_config.json").read_text(encoding="utf-8"))
        found["qwen3"] = config["chat_template"]
    if DEEPSEEK_CONFIG.is_file():
        found["deepseek-v3"] = json.loads(DEEPSEEK_CONFIG.read_text(encoding="utf-8"))[
            "chat_template"
        ]
    return found


TOOLS = [
    {
        "type": "function",
        "function": {
            "name": "get_weather",
            "description": "Weather for a city",
            "parameters": {"type": "object", "properties": {"city": {"type": "string"}}},
        },
    }
]
CALL = {"type": "function", "function": {"name": "get_weather", "arguments": '{"city": "Oslo"}'}}
CONVERSATIONS: list[tuple[list[dict[str, Any]], dict[str, Any]]] = [
    ([{"role": "user", "content": "Hello"}], {}),
    (
        [
            {"role": "system", "content": "Be brief."},
            {"role": "user", "content": "What is 2+2?"},
            {"role": "assistant", "content": "<think>\nadd\n</think>\n\n4"},
            {"role": "user", "content": "And 3+3? 你好 🎉"},
        ],
        {"enable_thinking": False},
    ),
    (
        [
            {"role": "user", "content": "Weather in Oslo?"},
            {"role": "assistant", "content": None, "tool_calls": [CALL]},
            {"role": "tool", "content": '{"temp": 3}'},
            {"role": "assistant", "content": "It is 3 °C."},
            {"role": "user", "content": "Thanks"},
        ],
        {"tools": TOOLS, "enable_thinking": True},
    ),
]


def _comparable(template: str, messages: list[dict[str, Any]], extra: dict[str, Any]) -> str:
    variables = {
        "messages": messages,
        "bos_token": "<s>",
        "eos_token": "</s>",
        "add_generation_prompt": True,
        **extra,
    }
    try:
        expected = _reference_render(template, variables)
    except Exception:  # this template does not take this conversation
        with pytest.raises(TemplateError):
            render_chat(template, messages, bos_token="<s>", eos_token="</s>", **extra)
        return ""
    rendered = render_chat(template, messages, bos_token="<s>", eos_token="</s>", **extra)
    assert rendered == expected
    return rendered


def test_real_templates_render_byte_identically(qwen3_tokenizer_dir: Path) -> None:
    templates = _real_templates(qwen3_tokenizer_dir)
    assert {"qwen3", "qwen2.5-instruct", "qwq", "deepseek-r1-distill-qwen"} <= set(templates)
    rendered = 0
    for name, template in templates.items():
        for messages, extra in CONVERSATIONS:
            inputs_tried()
            if _comparable(template, messages, extra):
                rendered += 1
        assert rendered, f"{name} rendered nothing"


def test_the_smollm_template_renders_byte_identically(smollm_path: Path) -> None:
    from desktop.core.models.gguf_info import read_gguf_info

    template = read_gguf_info(smollm_path).chat_template
    assert template
    for messages, extra in CONVERSATIONS[:2]:
        assert _comparable(template, messages, extra)


def test_a_long_real_conversation_renders_within_the_budget(qwen3_tokenizer_dir: Path) -> None:
    template = _real_templates(qwen3_tokenizer_dir)["qwen3"]
    messages = [
        {"role": "user" if i % 2 == 0 else "assistant", "content": f"message {i} " * 200}
        for i in range(2000)
    ]
    assert _comparable(template, messages, {"enable_thinking": True})


_text = st.text(st.characters(codec="utf-8"), max_size=200)
_message = st.fixed_dictionaries(
    {"role": st.sampled_from(["system", "user", "assistant"]), "content": _text}
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(messages=st.lists(_message, min_size=1, max_size=6), thinking=st.booleans())
def test_random_conversations_render_identically(
    qwen3_tokenizer_dir: Path, messages: list[dict[str, Any]], thinking: bool
) -> None:
    inputs_tried()
    for template in _real_templates(qwen3_tokenizer_dir).values():
        _comparable(template, messages, {"enable_thinking": thinking})
