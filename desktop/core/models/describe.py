"""Words and numbers the Library page shows: sizes, speeds, fit verdicts, model sources."""

from __future__ import annotations

import json

from desktop.core.hardware import MachineProfile
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

VERDICT_TEXT = {Verdict.FITS: "Fits", Verdict.TIGHT: "Tight", Verdict.WONT_FIT: "Won't fit"}
VERDICT_KEY = {Verdict.FITS: "fits", Verdict.TIGHT: "tight", Verdict.WONT_FIT: "wont"}
THINKING_TEXT = {
    ThinkingCapability.HYBRID: "Thinking on/off",
    ThinkingCapability.ALWAYS: "Always thinks",
    ThinkingCapability.NEVER: "No thinking",
}
THINKING_TIP = {
    ThinkingCapability.HYBRID: "Can think step by step before answering; you switch it per chat.",
    ThinkingCapability.ALWAYS: "Always reasons step by step first: slower, stronger at hard tasks.",
    ThinkingCapability.NEVER: "Answers straight away, without a thinking phase.",
}
SOURCE_TEXT = {
    ModelSource.LIBRARY: "In library",
    ModelSource.LINKED: "Linked in place",
    ModelSource.HF_CACHE: "Found in Hugging Face cache",
    ModelSource.LM_STUDIO: "Found in LM Studio",
    ModelSource.OLLAMA: "Found in Ollama",
    ModelSource.GPT4ALL: "Found in GPT4All",
}
FAMILY_TEXT = {
    "qwen3": "Qwen3",
    "qwen3-2507": "Qwen3 2507 update",
    "qwen2.5": "Qwen2.5",
    "qwen2.5-coder": "Qwen2.5 Coder",
    "qwen2.5-math": "Qwen2.5 Math",
    "qwq": "QwQ",
}


def eta_text(seconds: float | None) -> str:
    if seconds is None:
        return ""
    if seconds < 60:
        return f"{max(1, round(seconds))} s left"
    if seconds < 3600:
        return f"{round(seconds / 60)} min left"
    return f"{seconds / 3600:.1f} h left"


def family_text(family: str) -> str:
    return FAMILY_TEXT.get(family, family.replace("-", " ").title())


def params_text(entry: CatalogEntry) -> str:
    """ "8.2B parameters", or "30.5B parameters (3.3B active)" for a mixture of experts."""
    text = f"{entry.params_total_b:g}B parameters"
    if entry.is_moe:
        text += f" ({entry.params_active_b:g}B active)"
    return text


def context_text(entry: CatalogEntry) -> str:
    text = f"{entry.context_native // 1024}K context"
    if entry.context_max > entry.context_native:
        # Qwen's cards reach the longer context with YaRN rope scaling (llama.cpp applies it).
        text += f" (up to {entry.context_max // 1024}K with YaRN)"
    return text


def fit_for(entry: CatalogEntry, quant: GGUFQuant, profile: MachineProfile) -> FitEstimate:
    """The estimate at the default context, or the model's maximum when that is smaller."""
    return estimate_fit(entry, quant, profile, min(8192, entry.context_max))


def fit_tooltip(entry: CatalogEntry, quant: GGUFQuant, profile: MachineProfile) -> str:
    """The numbers behind a fit badge, as a few plain lines."""
    fit = fit_for(entry, quant, profile)
    largest = max_context(entry, quant, profile)
    tight = max_context(entry, quant, profile, comfortable=False)
    lines = [
        f"{VERDICT_TEXT[fit.verdict]} on this computer at {fit.n_ctx:,} tokens of context:",
        f"  weights {format_size(fit.weights_bytes)}",
        f"  + KV cache ({fit.kv_type}) {format_size(fit.kv_cache_bytes)}",
        f"  + overhead {format_size(fit.runtime_bytes)}",
        f"  = {format_size(fit.total_bytes)} of {format_size(fit.budget_bytes)} available",
    ]
    if largest is not None:
        lines.append(f"Largest context that fits comfortably: {largest:,} tokens.")
    elif tight is not None:
        lines.append(f"Only fits tightly, up to {tight:,} tokens; close other apps first.")
    else:
        lines.append("Does not fit even with a small context; pick a smaller model.")
    if quant.size_estimated:
        lines.append("The size is an estimate until the catalog is refreshed.")
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
    for word, scale in (("billion", 1e9), ("million", 1e6), ("thousand", 1e3)):
        if n >= scale:
            return f"{n / scale:.1f} {word}"
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
        params, quant, names = "", f"{bits}-bit MLX", model.path.name
        size_b = size_in_billions(names)
    else:
        info = read_gguf_info(model.path)
        template = info.chat_template
        arch, context = info.architecture, info.context_length
        params, quant, names = count_text(info.n_params), info.quant, info.name_text
        size_b = size_in_billions(names, info.size_label, info.n_params)
    template = template if isinstance(template, str) and template.strip() else None
    template_text = "present" if template else "missing (a plain fallback is used)"
    from desktop.core.template_limits import TemplateLimitError  # jinja2: import late

    try:
        thinking = THINKING_TEXT[detect_capability(template)]
    except TemplateLimitError:
        template_text = "faulty: it did not finish (the model cannot be used)"
        thinking = "unknown"
    try:
        family = family_rows(names, arch, template, model.path.name, size_b)
    except TemplateLimitError:
        family = []
    rows = [("Architecture", arch)]
    if params:
        rows.append(("Parameters", params))
    rows += [
        ("Quantisation", quant),
        ("File size", format_size(model.size_bytes)),
        ("Native context", f"{context:,} tokens" if context else "not stated"),
        ("Chat template", template_text),
        ("Thinking", thinking),
        *family,
        ("Location", str(model.path)),
    ]
    return rows


def family_rows(
    names: str, arch: str, template: str | None, file_name: str, size_b: float
) -> list[tuple[str, str]]:
    """Which model card's defaults apply to a model, and why (for its details)."""
    family = family_of(names, arch, template, file_name)
    if family is Family.UNKNOWN:
        return [("Family", "not a Qwen family Qwen Desk knows; Qwen3's sampling is used")]
    defaults = defaults_for(family)
    rows = [("Family", defaults.label), ("Sampling", defaults.reason(False))]
    if defaults.thinking != defaults.non_thinking:
        rows.append(("Sampling when thinking", defaults.reason(True)))
    if defaults.notes:
        rows.append(("System prompt", defaults.notes))
    offer = long_context_for(family, size_b)
    if offer is not None:
        rows.append(("Long context", f"up to {offer.max:,} tokens with YaRN (model card)"))
    return rows


def plain_error(action: str, exc: Exception) -> str:
    """A sentence for the message bar: the library's own words, or the OS error and a fix."""
    if isinstance(exc, LibraryError):
        return str(exc)
    if isinstance(exc, OSError):
        return f"Could not {action}: {exc.strerror or exc}. Check the file and try again."
    return f"Could not {action} ({type(exc).__name__}: {exc})."
