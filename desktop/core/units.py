"""Byte sizes and speeds for people, in one convention everywhere.

Binary units, labelled honestly: 1 KiB = 1,024 bytes, 1 MiB = 1,024 KiB, 1 GiB = 1,024 MiB,
1 TiB = 1,024 GiB. Memory is counted in these units by every operating system, and model
files are compared with memory, so files use them too. One decimal below 100 ("23.5 GiB",
"1.0 MiB"), none from 100 ("640 MiB"): the same number of bytes reads the same in every
window, message and report.
"""

from __future__ import annotations

from desktop.core.i18n import format_number

KIB = 1024
MIB = 1024 * KIB
GIB = 1024 * MIB
TIB = 1024 * GIB

_UNITS = (("TiB", TIB), ("GiB", GIB), ("MiB", MIB), ("KiB", KIB))


def _unit_for(n_bytes: float) -> tuple[str, int]:
    size = abs(n_bytes)
    return next(((unit, scale) for unit, scale in _UNITS if size >= scale), ("bytes", 1))


def _number(value: float) -> str:
    return format_number(value, 1 if abs(value) < 100 else 0, group=False)


def format_size(n_bytes: float) -> str:
    """ "23.5 GiB", "640 MiB", "12.0 KiB", "512 bytes"."""
    unit, scale = _unit_for(n_bytes)
    if scale == 1:
        return f"{format_number(round(n_bytes), group=False)} bytes"
    return f"{_number(n_bytes / scale)} {unit}"


def format_speed(bytes_per_s: float) -> str:
    """ "12.0 MiB/s", "640 KiB/s", "0 bytes/s"."""
    return f"{format_size(bytes_per_s)}/s"


def format_used(used: float, total: float) -> str:
    """Compact "used of total" for tight spots: "7.5/14.9 GiB", the used figure in the total's
    unit (so the total reads exactly as :func:`format_size` writes it)."""
    unit, scale = _unit_for(total)
    if scale == 1:
        used_text, total_text = (format_number(round(n), group=False) for n in (used, total))
        return f"{used_text}/{total_text} bytes"
    return f"{_number(used / scale)}/{_number(total / scale)} {unit}"
