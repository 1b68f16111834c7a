"""MLX renders a conversation as llama.cpp does: earlier answers of a DeepSeek-R1 distill go
back with the blank line its template keeps after ``</think>`` (no MLX needed: the prompt is
rendered by our sandboxed template before the model is involved)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

from desktop.core.chat_template import render_chat
from desktop.core.thinking import ThinkingCapability, history_gap
from desktop.engines.base import GenerationRequest, ModelInfo, ThinkingMode
from desktop.engines.mlx import _Session
from desktop.engines.streaming import prepare_messages

DEEPSEEK = (
    "{% for m in messages %}{% if m['role'] == 'user' %}{{'<｜User｜>' + m['content']}}"
    "{% else %}{% set c = m['content'] %}{% if '</think>' in c %}"
    "{% set c = c.split('</think>')[-1] %}{% endif %}"
    "{{'<｜Assistant｜>' + c + '<｜end▁of▁sentence｜>'}}{% endif %}{% endfor %}"
    "{% if add_generation_prompt %}{{'<｜Assistant｜><think>\\n'}}{% endif %}"
)


def test_an_earlier_deepseek_answer_keeps_its_templates_blank_line() -> None:
    info = ModelInfo(Path("r1"), "r1", "mlx", "qwen2", 4096, 131072, ThinkingCapability.ALWAYS)
    tokenizer = SimpleNamespace(special_tokens_map={}, chat_template=DEEPSEEK)
    session = _Session(object(), tokenizer, None, info)
    request = GenerationRequest(
        [
            {"role": "user", "content": "What is 2+2?"},
            {"role": "assistant", "content": "<think>Add them.</think>\n\n4"},
            {"role": "user", "content": "And 3+3?"},
        ],
        thinking=ThinkingMode.ON,
    )
    prompt = session.render(request, thinking=True)
    assert "<｜Assistant｜>\n\n4<｜end▁of▁sentence｜>" in prompt
    assert "Add them" not in prompt
    # The same prompt the llama.cpp engine builds for this template.
    assert prompt == render_chat(
        DEEPSEEK,
        prepare_messages(request, history_gap(DEEPSEEK)),
        add_generation_prompt=True,
        enable_thinking=True,
    )
