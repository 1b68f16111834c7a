"""The recommendation explained: why this model on this computer (its speed here against what a
more capable model would cost), and the Qwen3 with the thinking switch offered beside it.

On a small machine the honest pick is often not a Qwen3: a 2-core laptop decodes Qwen2.5 1.5B
at about 6 tokens a second, Qwen3 1.7B at under 4, and a thinking reply is hundreds of tokens
long. The words say so, with this machine's figures, and the card lets the user choose Qwen3.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop.core.hardware import MachineProfile
from desktop.core.i18n import translate
from desktop.core.models.catalog import Catalog, CatalogEntry
from desktop.core.models.fit import (
    DEFAULT_CONTEXT,
    MIN_TOKENS_PER_S,
    Recommendation,
    candidates,
    fitting,
    recommendation_speed,
)
from desktop.core.thinking import ThinkingCapability
from desktop.core.units import format_size

QWEN3_FAMILIES = ("qwen3", "qwen3-2507")
TASK_WORDS = {"chat": "chat", "code": "code", "maths": "maths"}


@dataclass(frozen=True)
class Advice:
    """The pick for a task, why, and the Qwen3 with the thinking switch as a second choice
    (``None`` when the pick is one, or none runs fast enough here)."""

    pick: Recommendation
    why: str
    qwen3: Recommendation | None = None


def speed_text(tokens_per_s: float) -> str:
    """ "about 6 tokens a second", "less than one token a second"."""
    if tokens_per_s < 1:
        return translate("ModelAdvice", "less than one token a second")
    return translate("ModelAdvice", "about {count} tokens a second").format(
        count=round(tokens_per_s)
    )


def hardware_text(profile: MachineProfile) -> str:
    """What decodes here, as the reason for the speed: "2 CPU cores, no GPU"."""
    if profile.apple_silicon:
        return "Apple Silicon"
    nvidia = [g.name for g in profile.gpus if g.vendor == "nvidia"]
    if nvidia:
        return nvidia[0]
    cores = profile.cores_physical
    if cores == 1:
        return translate("ModelAdvice", "1 CPU core, no GPU")
    return translate("ModelAdvice", "{count} CPU cores, no GPU").format(count=cores)


def _thinks(entry: CatalogEntry) -> bool:
    return entry.thinking is not ThinkingCapability.NEVER


def _switch(entry: CatalogEntry) -> bool:
    """A Qwen3 whose thinking the user switches per chat."""
    return entry.family in QWEN3_FAMILIES and entry.thinking is ThinkingCapability.HYBRID


def advise(
    task: str,
    profile: MachineProfile,
    catalog: Catalog | Iterable[CatalogEntry],
    n_ctx: int = DEFAULT_CONTEXT,
) -> Advice | None:
    """The recommendation for ``task`` with its reasons; ``None`` when nothing fits."""
    entries = list(catalog)
    fast = candidates(task, profile, entries, n_ctx)
    if not fast:
        return None
    pick = fast[0]
    speed = recommendation_speed(pick, profile)
    lines = [
        translate(
            "ModelAdvice", "{model} answers at {speed} on this computer ({hardware})."
        ).format(model=pick.entry.name, speed=speed_text(speed), hardware=hardware_text(profile))
    ]
    if speed < MIN_TOKENS_PER_S:
        lines.append(
            translate(
                "ModelAdvice",
                "Nothing in the catalog runs faster here; expect to wait for replies.",
            )
        )
    stronger = [
        r
        for r in fitting(task, profile, entries, n_ctx)
        if r.score > pick.score and r.entry.id != pick.entry.id
    ]
    if stronger and speed >= MIN_TOKENS_PER_S:
        # Why not a more capable one: name the quickest of them, a Qwen3 if there is one.
        stronger.sort(key=lambda r: -recommendation_speed(r, profile))
        shown = next((r for r in stronger if _switch(r.entry)), stronger[0])
        if _thinks(shown.entry):
            text = translate(
                "ModelAdvice",
                "It is the most capable model that still replies at a comfortable pace here; "
                "memory is not the limit, speed is: {model} would manage {speed} and thinks "
                "before it answers, so a reply can take minutes.",
            )
        else:
            text = translate(
                "ModelAdvice",
                "It is the most capable model that still replies at a comfortable pace here; "
                "memory is not the limit, speed is: {model} would manage {speed}.",
            )
        lines.append(
            text.format(
                model=shown.entry.name, speed=speed_text(recommendation_speed(shown, profile))
            )
        )
    elif not stronger and _larger_exist(task, pick, entries):
        free = format_size(profile.memory_budget)
        lines.append(
            translate(
                "ModelAdvice",
                "It is the most capable model that fits in the memory free now ({free}).",
            ).format(free=free)
        )
    qwen3 = None
    if _switch(pick.entry):
        lines.append(
            translate(
                "ModelAdvice",
                "Switch Thinking on in a chat for harder questions; replies then take longer.",
            )
        )
    else:
        qwen3 = next((r for r in fast if _switch(r.entry)), None)
        if qwen3 is not None:
            other = speed_text(recommendation_speed(qwen3, profile))
            if recommendation_speed(qwen3, profile) > speed:
                text = translate(
                    "ModelAdvice",
                    "{model} has the thinking switch and is quicker ({speed}) but less capable.",
                )
            elif task == "code":
                text = translate(
                    "ModelAdvice",
                    "{model} has the thinking switch but is slower here ({speed}) and less suited "
                    "to code.",
                )
            elif task == "maths":
                text = translate(
                    "ModelAdvice",
                    "{model} has the thinking switch but is slower here ({speed}) and less suited "
                    "to maths.",
                )
            else:
                text = translate(
                    "ModelAdvice",
                    "{model} has the thinking switch but is slower here ({speed}) and less suited "
                    "to chat.",
                )
            lines.append(text.format(model=qwen3.entry.name, speed=other))
    return Advice(pick, " ".join(lines), qwen3)


def _larger_exist(task: str, pick: Recommendation, entries: list[CatalogEntry]) -> bool:
    """Whether the catalog has a model for ``task`` with more parameters than the pick."""
    size = pick.entry.params_total_b
    return any(task in e.tasks and e.params_total_b > size for e in entries)
