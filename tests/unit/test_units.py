"""One size convention: binary units labelled KiB, MiB, GiB and TiB."""

from __future__ import annotations

import pytest

from desktop.core.units import GIB, KIB, MIB, TIB, format_size, format_speed, format_used


@pytest.mark.parametrize(
    ("n_bytes", "text"),
    [
        (0, "0 bytes"),
        (512, "512 bytes"),
        (1023, "1023 bytes"),
        (KIB, "1.0 KiB"),
        (12_345, "12.1 KiB"),
        (640 * MIB, "640 MiB"),
        (MIB, "1.0 MiB"),
        (99.94 * MIB, "99.9 MiB"),
        (100 * MIB, "100 MiB"),
        (1023 * MIB, "1023 MiB"),
        (GIB, "1.0 GiB"),
        (25_300_000_000, "23.6 GiB"),  # what a "25.3 GB" machine reports
        (5_030_000_000, "4.7 GiB"),
        (1.5 * TIB, "1.5 TiB"),
        (2048 * TIB, "2048 TiB"),
    ],
)
def test_format_size(n_bytes: float, text: str) -> None:
    assert format_size(n_bytes) == text


def test_units_are_binary() -> None:
    assert (KIB, MIB, GIB, TIB) == (2**10, 2**20, 2**30, 2**40)


def test_format_speed() -> None:
    assert format_speed(12 * MIB) == "12.0 MiB/s"
    assert format_speed(640 * KIB) == "640 KiB/s"
    assert format_speed(0) == "0 bytes/s"


def test_format_used_shares_the_totals_unit() -> None:
    assert format_used(8 * GIB, 16 * GIB) == "8.0/16.0 GiB"
    assert format_used(900 * MIB, 16 * GIB) == "0.9/16.0 GiB"
    assert format_used(300 * MIB, 512 * MIB) == "300/512 MiB"
    assert format_used(10, 100) == "10/100 bytes"
    total = 25_300_000_000
    assert format_used(0, total).endswith("/" + format_size(total))
