"""Words and numbers the Library page shows: sizes, speeds, fit verdicts, model sources."""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from typing import TypeVar

from desktop.core.hardware import MachineProfile
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.catalog import CatalogEntry, GGUFQuant
from desktop.core.models.discovery import InstalledModel, ModelFormat, ModelSource
from desktop.core.models.families import (
    Family,
    defaults_for,
    family_of,
    long_context_for,
    size_in_billions,
)
from desktop.core.models.fit import FitEstimate, Verdict, estimate_fit, max_context
from desktop.core.models.gguf_info import read_gguf_info
from desktop.core.models.library import LibraryError
from desktop.core.thinking import ThinkingCapability, detect_capability
from desktop.core.units import format_size

K = TypeVar("K")


class Texts(Mapping[K, str]):
    """A table of interface texts marked with ``QT_TRANSLATE_NOOP(context, ...)``, read in the
    interface language: ``TABLE[key]`` is already translated."""

    def __init__(self, context: str, texts: dict[K, str]) -> None:
        self._context = context
        self._texts = texts

    def __getitem__(self, key: K) -> str:
        return translate(self._context, self._texts[key])

    def __iter__(self) -> Iterator[K]:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


VERDICT_TEXT = Texts(
    "ModelFit",
    {
        Verdict.FITS: QT_TRANSLATE_NOOP("ModelFit", "Fits"),
        Verdict.TIGHT: QT_TRANSLATE_NOOP("ModelFit", "Tight"),
        Verdict.WONT_FIT: QT_TRANSLATE_NOOP("ModelFit", "Won't fit"),
    },
)
VERDICT_KEY = {Verdict.FITS: "fits", Verdict.TIGHT: "tight", Verdict.WONT_FIT: "wont"}
THINKING_TEXT = Texts(
    "ModelThinking",
    {
        ThinkingCapability.HYBRID: QT_TRANSLATE_NOOP("ModelThinking", "Thinking on/off"),
        ThinkingCapability.ALWAYS: QT_TRANSLATE_NOOP("ModelThinking", "Always thinks"),
        ThinkingCapability.NEVER: QT_TRANSLATE_NOOP("ModelThinking", "No thinking"),
    },
)
THINKING_TIP = Texts(
    "ModelThinking",
    {
        ThinkingCapability.HYBRID: QT_TRANSLATE_NOOP(
            "ModelThinking", "Can think step by step before answering; you switch it per chat."
        ),
        ThinkingCapability.ALWAYS: QT_TRANSLATE_NOOP(
            "ModelThinking", "Always reasons step by step first: slower, stronger at hard tasks."
        ),
        ThinkingCapability.NEVER: QT_TRANSLATE_NOOP(
            "ModelThinking", "Answers straight away, without a thinking phase."
        ),
    },
)
SOURCE_TEXT = Texts(
    "ModelSource",
    {
        ModelSource.LIBRARY: QT_TRANSLATE_NOOP("ModelSource", "In library"),
        ModelSource.LINKED: QT_TRANSLATE_NOOP("ModelSource", "Linked in place"),
        ModelSource.HF_CACHE: QT_TRANSLATE_NOOP("ModelSource", "Found in Hugging Face cache"),
        ModelSource.LM_STUDIO: QT_TRANSLATE_NOOP("ModelSource", "Found in LM Studio"),
        ModelSource.OLLAMA: QT_TRANSLATE_NOOP("ModelSource", "Found in Ollama"),
        ModelSource.GPT4ALL: QT_TRANSLATE_NOOP("ModelSource", "Found in GPT4All"),
    },
)
FAMILY_TEXT = Texts(
    "ModelFamily",
    {
        "qwen3": "Qwen3",
        "qwen3-2507": QT_TRANSLATE_NOOP("ModelFamily", "Qwen3 2507 update"),
        "qwen2.5": "Qwen2.5",
        "qwen2.5-coder": "Qwen2.5 Coder",
        "qwen2.5-math": "Qwen2.5 Math",
        "qwq": "QwQ",
    },
)


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return translate("Downloads", "{seconds} s left").format(seconds=max(1, round(seconds)))
    if seconds < 3600:
        return translate("Downloads", "{minutes} min left").format(minutes=round(seconds / 60))
    return translate("Downloads", "{hours} h left").format(hours=f"{seconds / 3600:.1f}")


def family_text(family: str) -> str:
    return FAMILY_TEXT.get(family, family.replace("-", " ").title())


def params_text(entry: CatalogEntry) -> str:
    """ "8.2B parameters", or "30.5B parameters (3.3B active)" for a mixture of experts."""
    total = f"{entry.params_total_b:g}"
    if entry.is_moe:
        return translate("ModelFacts", "{total}B parameters ({active}B active)").format(
            total=total, active=f"{entry.params_active_b:g}"
        )
    return translate("ModelFacts", "{total}B parameters").format(total=total)


def context_text(entry: CatalogEntry) -> str:
    native = entry.context_native // 1024
    if entry.context_max > entry.context_native:
        # Qwen's cards reach the longer context with YaRN rope scaling (llama.cpp applies it).
        return translate("ModelFacts", "{native}K context (up to {most}K with YaRN)").format(
            native=native, most=entry.context_max // 1024
        )
    return translate("ModelFacts", "{native}K context").format(native=native)


def fit_for(entry: CatalogEntry, quant: GGUFQuant, profile: MachineProfile) -> FitEstimate:
    """The estimate at the default context, or the model's maximum when that is smaller."""
    return estimate_fit(entry, quant, profile, min(8192, entry.context_max))


def fit_tooltip(entry: CatalogEntry, quant: GGUFQuant, profile: MachineProfile) -> str:
    """The numbers behind a fit badge, as a few plain lines."""
    fit = fit_for(entry, quant, profile)
    largest = max_context(entry, quant, profile)
    tight = max_context(entry, quant, profile, comfortable=False)
    headline = {
        Verdict.FITS: translate(
            "ModelFit", "Fits on this computer at {context} tokens of context:"
        ),
        Verdict.TIGHT: translate(
            "ModelFit", "Tight on this computer at {context} tokens of context:"
        ),
        Verdict.WONT_FIT: translate(
            "ModelFit", "Won't fit on this computer at {context} tokens of context:"
        ),
    }[fit.verdict]
    lines = [
        headline.format(context=f"{fit.n_ctx:,}"),
        "  " + translate("ModelFit", "weights {size}").format(size=format_size(fit.weights_bytes)),
        "  + "
        + translate("ModelFit", "KV cache ({kind}) {size}").format(
            kind=fit.kv_type, size=format_size(fit.kv_cache_bytes)
        ),
        "  + "
        + translate("ModelFit", "overhead {size}").format(size=format_size(fit.runtime_bytes)),
        "  = "
        + translate("ModelFit", "{size} of {budget} available").format(
            size=format_size(fit.total_bytes), budget=format_size(fit.budget_bytes)
        ),
    ]
    if largest is not None:
        lines.append(
            translate(
                "ModelFit", "Largest context that fits comfortably: {context} tokens."
            ).format(context=f"{largest:,}")
        )
    elif tight is not None:
        lines.append(
            translate(
                "ModelFit", "Only fits tightly, up to {context} tokens; close other apps first."
            ).format(context=f"{tight:,}")
        )
    else:
        lines.append(
            translate("ModelFit", "Does not fit even with a small context; pick a smaller model.")
        )
    if quant.size_estimated:
        lines.append(
            translate("ModelFit", "The size is an estimate until the catalog is refreshed.")
        )
    return "\n".join(lines)


def model_line(model: InstalledModel) -> str:
    """ "GGUF · Q4_K_M · 4.7 GiB · In library", "… · Found in Hugging Face cache (Qwen/…)"."""
    parts = [model.format.value.upper()]
    if model.quant:
        parts.append(model.quant)
    if model.size_bytes:
        parts.append(format_size(model.size_bytes))
    source = SOURCE_TEXT.get(model.source, model.source.value)
    parts.append(f"{source} ({model.origin})" if model.origin else source)
    return " · ".join(parts)


def count_text(n: int) -> str:
    """ "8.2 billion", "412 thousand"."""
    if n >= 1e9:
        return translate("ModelFacts", "{count} billion").format(count=f"{n / 1e9:.1f}")
    if n >= 1e6:
        return translate("ModelFacts", "{count} million").format(count=f"{n / 1e6:.1f}")
    if n >= 1e3:
        return translate("ModelFacts", "{count} thousand").format(count=f"{n / 1e3:.1f}")
    return str(n)


def model_details(model: InstalledModel) -> list[tuple[str, str]]:
    """What a model file says about itself, as (label, value) pairs. Reads the GGUF header or
    the MLX config, so call it off the GUI thread; raises ``GGUFError``, ``OSError``."""
    if model.format is ModelFormat.MLX:
        config = json.loads((model.path / "config.json").read_text(encoding="utf-8"))
        tokenizer = model.path / "tokenizer_config.json"
        template = None
        if tokenizer.is_file():
            template = json.loads(tokenizer.read_text(encoding="utf-8")).get("chat_template")
        arch = str(config.get("model_type", "unknown"))
        context = int(config.get("max_position_embeddings", 0) or 0)
        bits = (config.get("quantization") or {}).get("bits", "?")
        quant = translate("ModelFacts", "{bits}-bit MLX").format(bits=bits)
        params, names = "", model.path.name
        size_b = size_in_billions(names)
    else:
        info = read_gguf_info(model.path)
        template = info.chat_template
        arch, context = info.architecture, info.context_length
        params, quant, names = count_text(info.n_params), info.quant, info.name_text
        size_b = size_in_billions(names, info.size_label, info.n_params)
    template = template if isinstance(template, str) and template.strip() else None
    template_text = (
        translate("ModelFacts", "present")
        if template
        else translate("ModelFacts", "missing (a plain fallback is used)")
    )
    from desktop.core.template_limits import TemplateLimitError  # jinja2: import late

    try:
        thinking = THINKING_TEXT[detect_capability(template)]
    except TemplateLimitError:
        template_text = translate(
            "ModelFacts", "faulty: it did not finish (the model cannot be used)"
        )
        thinking = translate("ModelFacts", "unknown")
    try:
        family = family_rows(names, arch, template, model.path.name, size_b)
    except TemplateLimitError:
        family = []
    rows = [(translate("ModelFacts", "Architecture"), arch)]
    if params:
        rows.append((translate("ModelFacts", "Parameters"), params))
    native = (
        translate("ModelFacts", "{context} tokens").format(context=f"{context:,}")
        if context
        else translate("ModelFacts", "not stated")
    )
    rows += [
        (translate("ModelFacts", "Quantisation"), quant),
        (translate("ModelFacts", "File size"), format_size(model.size_bytes)),
        (translate("ModelFacts", "Native context"), native),
        (translate("ModelFacts", "Chat template"), template_text),
        (translate("ModelFacts", "Thinking"), thinking),
        *family,
        (translate("ModelFacts", "Location"), str(model.path)),
    ]
    return rows


def family_rows(
    names: str, arch: str, template: str | None, file_name: str, size_b: float
) -> list[tuple[str, str]]:
    """Which model card's defaults apply to a model, and why (for its details)."""
    family = family_of(names, arch, template, file_name)
    if family is Family.UNKNOWN:
        return [
            (
                translate("ModelFacts", "Family"),
                translate(
                    "ModelFacts", "not a Qwen family Qwen Desk knows; Qwen3's sampling is used"
                ),
            )
        ]
    defaults = defaults_for(family)
    rows = [
        (translate("ModelFacts", "Family"), defaults.label_text()),
        (translate("ModelFacts", "Sampling"), defaults.reason(False)),
    ]
    if defaults.thinking != defaults.non_thinking:
        rows.append((translate("ModelFacts", "Sampling when thinking"), defaults.reason(True)))
    if defaults.notes:
        rows.append((translate("ModelFacts", "System prompt"), defaults.notes_text()))
    offer = long_context_for(family, size_b)
    if offer is not None:
        rows.append(
            (
                translate("ModelFacts", "Long context"),
                translate("ModelFacts", "up to {context} tokens with YaRN (model card)").format(
                    context=f"{offer.max:,}"
                ),
            )
        )
    return rows


def plain_error(action: str, exc: Exception) -> str:
    """A sentence for the message bar: the library's own words, or the OS error and a fix."""
    if isinstance(exc, LibraryError):
        return str(exc)
    if isinstance(exc, OSError):
        return translate(
            "Library", "Could not {action}: {error}. Check the file and try again."
        ).format(action=action, error=exc.strerror or exc)
    return translate("Library", "Could not {action} ({kind}: {error}).").format(
        action=action, kind=type(exc).__name__, error=exc
    )
