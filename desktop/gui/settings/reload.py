"""What a change of load settings means for the loaded model: the sentence the window shows.

Context length, threads, GPU layers, the KV-cache type and the other load options take
effect only when a model loads, so after Settings changes them for the loaded model the
window says so and offers *Reload now* (the shown conversation stays).
"""

from __future__ import annotations

from desktop.core.i18n import QT_TRANSLATE_NOOP, format_number, translate
from desktop.core.load_options import LoadOptions

_NAMES = {
    "n_ctx": QT_TRANSLATE_NOOP("ReloadNotice", "context length"),
    "n_threads": QT_TRANSLATE_NOOP("ReloadNotice", "threads"),
    "n_gpu_layers": QT_TRANSLATE_NOOP("ReloadNotice", "GPU layers"),
    "kv_cache_type": QT_TRANSLATE_NOOP("ReloadNotice", "KV-cache type"),
    "flash_attn": QT_TRANSLATE_NOOP("ReloadNotice", "flash attention"),
    "use_mmap": QT_TRANSLATE_NOOP("ReloadNotice", "memory mapping"),
    "use_mlock": QT_TRANSLATE_NOOP("ReloadNotice", "locking the model in memory"),
}


def _value(name: str, value: object) -> str:
    if isinstance(value, bool):
        return translate("ReloadNotice", "on") if value else translate("ReloadNotice", "off")
    if name == "n_threads" and value == 0:
        return translate("ReloadNotice", "automatic")
    if name == "n_gpu_layers" and value == -1:
        return translate("ReloadNotice", "all")
    if isinstance(value, int):
        return format_number(value)
    return str(value)


def load_changes(before: LoadOptions, after: LoadOptions) -> list[str]:
    """Each changed option as "context length 8,192 → 16,384", in a fixed order."""
    changes = []
    for name, label in _NAMES.items():
        old, new = getattr(before, name), getattr(after, name)
        if old != new:
            changes.append(
                translate("ReloadNotice", "{option} {old} → {new}").format(
                    option=translate("ReloadNotice", label),
                    old=_value(name, old),
                    new=_value(name, new),
                )
            )
    return changes


def reload_text(model_name: str, before: LoadOptions, after: LoadOptions) -> str:
    """The notice for the loaded model, or "" when nothing that loading uses has changed."""
    changes = load_changes(before, after)
    if not changes:
        return ""
    return translate(
        "ReloadNotice",
        "The new settings ({changes}) apply when {model} is loaded again; "
        "it still runs with the old ones. Reload now to use them (this chat stays open).",
    ).format(changes="; ".join(changes), model=model_name)
