"""Thinking: stream splitting, capability detection, history rule, presets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.core.models.tiny_gguf import ALWAYS_TEMPLATE, HYBRID_TEMPLATE, NEVER_TEMPLATE
from desktop.core.sampling import NON_THINKING as NON_THINKING_PRESET
from desktop.core.sampling import THINKING as THINKING_PRESET
from desktop.core.thinking import (
    BUDGET_CLOSE_TEXT,
    ThinkingCapability,
    ThinkSplitter,
    detect_capability,
    history_gap,
    prompt_opens_thinking,
    resolve_thinking,
    soft_switch,
    split_text,
    strip_thinking,
)


def feed_in_chunks(text: str, cuts: list[int], starts_in_thinking: bool) -> tuple[str, str]:
    splitter = ThinkSplitter(starts_in_thinking)
    segments = []
    previous = 0
    for cut in [*sorted(set(cuts)), len(text)]:
        segments += splitter.feed(text[previous:cut])
        previous = cut
    segments += splitter.flush()
    thinking = "".join(t for is_thinking, t in segments if is_thinking)
    answer = "".join(t for is_thinking, t in segments if not is_thinking)
    return thinking, answer


def test_whole_reply_splits():
    # The newlines Qwen puts after <think> and before </think> are not shown.
    assert split_text("<think>\nhmm\n</think>\n\nHello") == ("hmm", "Hello")
    assert split_text("Just an answer") == ("", "Just an answer")
    # Thinking-2507: the template opened <think>, the output only closes it.
    assert split_text("pondering</think>\n\nAnswer", starts_in_thinking=True) == (
        "pondering",
        "Answer",
    )


def test_tag_split_across_chunks():
    splitter = ThinkSplitter()
    out = []
    for chunk in ["<th", "ink>ab", "c</thi", "nk>", "\n\nDo", "ne"]:
        out += splitter.feed(chunk)
    out += splitter.flush()
    assert out == [(True, "ab"), (True, "c"), (False, "Do"), (False, "ne")]


def test_text_that_only_looks_like_a_tag_is_kept():
    assert split_text("a <thin b") == ("", "a <thin b")
    assert split_text("x < y and <t") == ("", "x < y and <t")


def test_never_thinking_model_output_passes_through():
    assert split_text("Answer with no tags at all.") == ("", "Answer with no tags at all.")


pieces = st.lists(
    st.sampled_from(["<think>", "</think>", "a", "b c", "\n", "<", ">", "/", "思", "🙂", "th"]),
    max_size=30,
)


@settings(max_examples=300, deadline=None)
@given(
    parts=pieces,
    cuts=st.lists(st.integers(min_value=0, max_value=200), max_size=20),
    starts=st.booleans(),
)
def test_random_chunk_boundaries_give_the_same_split(parts, cuts, starts):
    text = "".join(parts)
    cuts = [c for c in cuts if c <= len(text)]
    assert feed_in_chunks(text, cuts, starts) == split_text(text, starts)


@settings(max_examples=200, deadline=None)
@given(
    thinking=st.text(max_size=40),
    answer=st.text(max_size=40),
    cuts=st.lists(st.integers(min_value=0, max_value=120), max_size=15),
)
def test_well_formed_replies_split_into_their_parts(thinking, answer, cuts):
    if "<" in thinking or "<" in answer:
        return
    text = f"<think>{thinking}</think>{answer}"
    cuts = [c for c in cuts if c <= len(text)]
    assert feed_in_chunks(text, cuts, False) == (thinking.strip("\n"), answer.lstrip("\n"))


def test_capability_from_template():
    assert detect_capability(HYBRID_TEMPLATE) is ThinkingCapability.HYBRID
    assert detect_capability(ALWAYS_TEMPLATE) is ThinkingCapability.ALWAYS
    assert detect_capability(NEVER_TEMPLATE) is ThinkingCapability.NEVER
    assert detect_capability(None) is ThinkingCapability.NEVER
    assert detect_capability("{% broken") is ThinkingCapability.NEVER


def test_real_qwen3_template_is_hybrid():
    # The decisive part of Qwen3's own template (generation prompt and thinking switch).
    template = (
        "{%- for message in messages %}{{- '<|im_start|>' + message.role + '\\n' + "
        "message.content + '<|im_end|>' + '\\n' }}{%- endfor %}"
        "{%- if add_generation_prompt %}{{- '<|im_start|>assistant\\n' }}"
        "{%- if enable_thinking is defined and enable_thinking is false %}"
        "{{- '<think>\\n\\n</think>\\n\\n' }}{%- endif %}{%- endif %}"
    )
    assert detect_capability(template) is ThinkingCapability.HYBRID


def test_resolve_thinking_mode():
    hybrid, always, never = ThinkingCapability
    assert resolve_thinking("auto", hybrid) is True
    assert resolve_thinking("off", hybrid) is False
    assert resolve_thinking("off", always) is True
    assert resolve_thinking("on", never) is False


def test_prompt_opens_thinking():
    assert prompt_opens_thinking("<|im_start|>assistant\n<think>\n")
    assert not prompt_opens_thinking("<|im_start|>assistant\n<think>\n\n</think>\n\n")
    assert not prompt_opens_thinking("<|im_start|>assistant\n")


def test_history_rule_drops_earlier_thinking():
    messages = [
        {"role": "user", "content": "q"},
        {
            "role": "assistant",
            "content": "<think>secret</think>\n\nvisible",
            "reasoning_content": "x",
        },
        {"role": "user", "content": "<think>user text stays</think>"},
    ]
    cleaned = strip_thinking(messages)
    assert cleaned[1] == {"role": "assistant", "content": "visible"}
    assert cleaned[2]["content"] == "<think>user text stays</think>"


def test_presets_follow_qwen_guidance():
    assert (THINKING_PRESET.temperature, THINKING_PRESET.top_p) == (0.6, 0.95)
    assert (NON_THINKING_PRESET.temperature, NON_THINKING_PRESET.top_p) == (0.7, 0.8)
    assert THINKING_PRESET.top_k == NON_THINKING_PRESET.top_k == 20
    assert THINKING_PRESET.min_p == NON_THINKING_PRESET.min_p == 0.0


def test_budget_close_text_closes_thinking():
    assert BUDGET_CLOSE_TEXT.rstrip().endswith("</think>")


def test_empty_think_block_shows_no_thinking():
    # /no_think with enable_thinking on: Qwen3 still writes an (empty) think block.
    assert split_text("<think>\n\n</think>\n\nHi") == ("", "Hi")
    splitter = ThinkSplitter()
    out = []
    for chunk in ["<think>", "\n\n", "</think>", "\n\n", "Hi"]:
        out += splitter.feed(chunk)
    out += splitter.flush()
    assert out == [(False, "Hi")]
    assert not splitter.last_block_had_text


def test_thinking_keeps_inner_blank_lines_but_not_the_edges():
    splitter = ThinkSplitter(starts_in_thinking=True)
    out = []
    for chunk in ["\n", "step 1", "\n\n", "step 2", "\n", "</think>", "\n\nAnswer"]:
        out += splitter.feed(chunk)
    assert out == [(True, "step 1"), (True, "\n\nstep 2"), (False, "Answer")]
    assert splitter.last_block_had_text


def test_soft_switch_at_the_end_of_a_message():
    assert soft_switch("Explain quicksort /no_think") is False
    assert soft_switch("Prove it /think\n") is True
    assert soft_switch("what does /think do in the middle?") is None
    assert soft_switch("") is None


def test_history_gap_follows_each_template():
    # Qwen's templates lstrip what follows </think>; DeepSeek-R1's keeps it whole.
    deepseek = (
        "{% for m in messages %}{% if m['role'] == 'user' %}{{'<｜User｜>' + m['content']}}"
        "{% else %}{% set c = m['content'] %}{% if '</think>' in c %}"
        "{% set c = c.split('</think>')[-1] %}{% endif %}"
        "{{'<｜Assistant｜>' + c + '<｜end▁of▁sentence｜>'}}{% endif %}{% endfor %}"
    )
    assert history_gap(deepseek) == "\n\n"
    assert history_gap(HYBRID_TEMPLATE) == ""  # keeps old thinking: we strip it, no gap
    assert history_gap(None) == ""
    messages = [{"role": "assistant", "content": "Answer"}]
    assert strip_thinking(messages, "\n\n") == [{"role": "assistant", "content": "\n\nAnswer"}]
    with_block = [{"role": "assistant", "content": "<think>x</think>\n\nAnswer"}]
    assert strip_thinking(with_block, "\n\n")[0]["content"] == "\n\nAnswer"


def test_empty_think_block_is_not_counted_as_thinking():
    from desktop.engines.base import Event, Finished, GenerationStats, StopReason, ThinkingDelta
    from desktop.engines.streaming import ReplyAssembler

    def run(tokens: list[str]) -> tuple[list[Event], GenerationStats]:
        assembler = ReplyAssembler(
            starts_in_thinking=False, thinking_budget=0, prompt_tokens=3, cached_prompt_tokens=0
        )
        events: list[Event] = []
        for token in tokens:
            events += assembler.on_token(token)
        events += assembler.finish(StopReason.EOS)
        final = events[-1]
        assert isinstance(final, Finished)
        return events, final.stats

    # Qwen3 answering "/no_think" while thinking is on: the block is there but empty.
    events, stats = run(["<think>", "\n\n", "</think>", "\n\n", "Hi"])
    assert not any(isinstance(e, ThinkingDelta) for e in events)
    assert (stats.generated_tokens, stats.thinking_tokens, stats.thinking_s) == (5, 0, 0.0)
    events, stats = run(["<think>", "\n", "hmm", "\n", "</think>", "\n\n", "Hi"])
    assert [e.text for e in events if isinstance(e, ThinkingDelta)] == ["hmm"]
    assert stats.thinking_tokens == 4  # "\n", "hmm", "\n", "</think>"
