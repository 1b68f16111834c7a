"""The same number of bytes reads the same everywhere: machine line, diagnostics, meters,
library rows, downloads, fit hints (the issue saw RAM as 23.5 / 24.2 / 25 / 25.3 "GB")."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.core.diagnostics import diagnostics_text
from desktop.core.hardware import GPUInfo, MachineProfile, describe
from desktop.core.hub.downloads import DownloadRequest, DownloadState
from desktop.core.models.catalog import GGUFFile, GGUFQuant
from desktop.core.models.describe import model_line
from desktop.core.models.discovery import InstalledModel, ModelFormat, ModelSource
from desktop.core.settings import Settings
from desktop.core.stats import GpuSample, SystemSample
from desktop.core.units import format_size
from desktop.gui.library.downloads import DownloadItem, DownloadPart
from desktop.gui.library.downloads_view import status_text
from desktop.gui.library.hub_view import hub_fit
from desktop.gui.meters.panel import MetersPanel, MeterStrip, gpu_text
from desktop.gui.meters.source import MeterSource
from desktop.gui.settings.fields import ModelFacts, fit_hint

N = 25_300_000_000  # what one machine reported as 23.5, 24.2, 25 and 25.3 "GB"
TEXT = "23.6 GiB"


def test_one_number_of_bytes_reads_the_same_everywhere(qtbot: QtBot, tmp_path: Path) -> None:
    assert format_size(N) == TEXT
    gpu = GPUInfo("NVIDIA RTX A5000", "nvidia", N, N)
    profile = MachineProfile("Linux", "x86_64", N, N, 8, 16, False, (gpu,))
    seen: dict[str, str] = {}
    seen["machine line"] = describe(profile)
    seen["diagnostics"] = diagnostics_text(
        settings=Settings(), model_info=None, log_dir=tmp_path, qt_version="6", profile=profile
    )
    model = InstalledModel(
        "big", tmp_path / "big.gguf", ModelFormat.GGUF, ModelSource.LIBRARY, (), N, "Q8_0"
    )
    seen["installed row"] = model_line(model)
    quant = GGUFQuant("Q8_0", (GGUFFile("big.gguf", N),), size_estimated=False)
    seen["Hub fit tooltip"] = hub_fit(None, quant, profile)[1]
    facts = ModelFacts("big", 1000, 2, 2, 16, 4096)
    seen["settings fit hint"] = fit_hint(
        facts, MachineProfile("L", "x", N, N, 8, 8, False), 512, "f16"
    )
    item = DownloadItem(1, "big", [DownloadPart(DownloadRequest("r", "f", tmp_path / "f"))])
    item.state, item.done, item.total = DownloadState.RUNNING, 1, N
    seen["download row"] = status_text(item)
    sample = SystemSample(0.0, 1.0, 1.0, N, N, N, GpuSample("GPU", 1.0, N, N), N)
    seen["GPU meter"] = gpu_text(sample)
    source = MeterSource()
    panel, strip = MetersPanel(source), MeterStrip(source)
    qtbot.addWidget(panel)
    qtbot.addWidget(strip)
    source.sampled.emit(sample)
    seen["memory meter"] = panel.memory_label.text()
    seen["RAM strip"] = strip.ram_label.text()
    source.close()
    for place, text in seen.items():
        assert TEXT in text, f"{place}: {text!r}"
        for wrong in ("23.5", "24.2", "25.3", " GB", " MB"):
            assert wrong not in text, f"{place} says {wrong!r}: {text!r}"
