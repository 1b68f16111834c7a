"""A hardware-honest first recommendation: on a 2-core, 24 GB machine without a GPU the chat
pick is Qwen2.5 1.5B, the reasons say it is about speed here, and Qwen3 is offered beside it."""

from __future__ import annotations

from desktop.core.hardware import GIB, GPUInfo, MachineProfile
from desktop.core.models.advice import advise, hardware_text, speed_text
from desktop.core.models.catalog import load_catalog

# This project's machine: 2 physical cores, 24 GB, no GPU (psutil reports ~23.5 GiB).
TWO_CORES_24GB = MachineProfile("Linux", "x86_64", 24 * GIB, 22 * GIB, 2, 2, False)


def test_the_chat_pick_on_two_cores_is_qwen25_and_says_why() -> None:
    advice = advise("chat", TWO_CORES_24GB, load_catalog())
    assert advice is not None
    assert (advice.pick.entry.id, advice.pick.quant.quant) == ("qwen2.5-1.5b-instruct", "Q4_K_M")
    assert advice.why == (
        "Qwen2.5 1.5B Instruct answers at about 6 tokens a second on this computer (2 CPU "
        "cores, no GPU). It is the most capable model that still replies at a comfortable pace "
        "here; memory is not the limit, speed is: Qwen3 1.7B would manage about 4 tokens a "
        "second and thinks before it answers, so a reply can take minutes. Qwen3 0.6B has the "
        "thinking switch and is quicker (about 11 tokens a second) but less capable."
    )
    assert advice.qwen3 is not None
    assert (advice.qwen3.entry.id, advice.qwen3.quant.quant) == ("qwen3-0.6b", "Q8_0")


def test_where_a_qwen3_is_the_pick_no_second_choice_is_offered() -> None:
    eight_cores = MachineProfile("Linux", "x86_64", 16 * GIB, 12 * GIB, 8, 16, False)
    advice = advise("chat", eight_cores, load_catalog())
    assert advice is not None
    assert advice.pick.entry.id == "qwen3-8b"
    assert advice.qwen3 is None
    assert advice.why.endswith("Switch Thinking on in a chat for harder questions; replies then "
                               "take longer.")  # fmt: skip


def test_a_machine_short_of_memory_is_told_so() -> None:
    small = MachineProfile("Linux", "x86_64", 8 * GIB, 3 * GIB, 4, 8, False)
    advice = advise("chat", small, load_catalog())
    assert advice is not None
    assert "the most capable model that fits in the memory free now (3.0 GiB)" in advice.why


def test_words_for_speed_and_hardware() -> None:
    assert speed_text(0.4) == "less than one token a second"
    assert speed_text(6.1) == "about 6 tokens a second"
    gpu = GPUInfo("NVIDIA GeForce RTX 4090", "nvidia", 24 * GIB, 22 * GIB)
    with_gpu = MachineProfile("Linux", "x86_64", 64 * GIB, 60 * GIB, 16, 32, False, (gpu,))
    assert hardware_text(with_gpu) == "NVIDIA GeForce RTX 4090"
    assert hardware_text(TWO_CORES_24GB) == "2 CPU cores, no GPU"
