"""Cards of the Discover tab: one per catalog entry, with a fit badge and a Download button per
quantisation, and the "Recommended for this computer" box."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hardware import MachineProfile, describe
from desktop.core.i18n import QT_TRANSLATE_NOOP, translate
from desktop.core.models.advice import Advice
from desktop.core.models.catalog import CatalogEntry, GGUFQuant, GGUFSource
from desktop.core.models.describe import (
    THINKING_TEXT,
    THINKING_TIP,
    VERDICT_KEY,
    VERDICT_TEXT,
    context_text,
    fit_for,
    fit_tooltip,
    params_text,
)
from desktop.core.models.fit import Recommendation
from desktop.core.units import format_size
from desktop.gui.widgets import text_size

TASK_TITLES = {
    "chat": QT_TRANSLATE_NOOP("CatalogCards", "Chat"),
    "code": QT_TRANSLATE_NOOP("CatalogCards", "Code"),
    "maths": QT_TRANSLATE_NOOP("CatalogCards", "Maths"),
    "reasoning": QT_TRANSLATE_NOOP("CatalogCards", "Reasoning"),
}
"""Task titles in English; show them with :func:`task_title`."""
TASK_NAMES = {
    "chat": QT_TRANSLATE_NOOP("CatalogCards", "chat"),
    "code": QT_TRANSLATE_NOOP("CatalogCards", "code"),
    "maths": QT_TRANSLATE_NOOP("CatalogCards", "maths"),
    "reasoning": QT_TRANSLATE_NOOP("CatalogCards", "reasoning"),
}


def task_title(task: str) -> str:
    return translate("CatalogCards", TASK_TITLES[task])


OFFLINE_TIP = QT_TRANSLATE_NOOP(
    "CatalogCards", "Offline mode is on. Turn it off (File ▸ Offline mode) to download models."
)


def offline_tip() -> str:
    return translate("CatalogCards", OFFLINE_TIP)


CARD_STYLE = """
QFrame#catalogEntry, QFrame#recommendedBox {
  border: 1px solid palette(midlight); border-radius: 8px; background: palette(base);
}
QFrame#catalogEntry[recommended="true"] { border: 2px solid palette(highlight); }
QFrame#recommendedBox { border: 2px solid palette(highlight); }
QLabel#familyHeader { padding-top: 10px; }
QLabel#fitBadge { border-radius: 4px; padding: 1px 8px; color: white; font-weight: 600; }
QLabel#fitBadge[fit="fits"] { background: #1e7f3b; }
QLabel#fitBadge[fit="tight"] { background: #a86400; }
QLabel#fitBadge[fit="wont"] { background: #b3261e; }
QLabel#thinkingBadge, QLabel#moeBadge, QLabel#provenanceBadge {
  border: 1px solid palette(mid); border-radius: 4px; padding: 0px 6px;
}
QLabel#recommendedBadge {
  background: palette(highlight); color: palette(highlighted-text);
  border-radius: 4px; padding: 0px 6px; font-weight: 600;
}
QLabel[dim="true"] { color: palette(placeholder-text); }
"""


def dim_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setProperty("dim", True)
    if name:
        label.setObjectName(name)
    return label


def badge(text: str, name: str, tip: str = "") -> QLabel:
    label = QLabel(text)
    label.setObjectName(name)
    label.setAccessibleName(text)
    label.setToolTip(tip)
    return label


def fit_badge(entry: CatalogEntry, quant: GGUFQuant, profile: MachineProfile) -> QLabel:
    """A green, amber or red label; its tooltip carries the numbers behind it."""
    verdict = fit_for(entry, quant, profile).verdict
    label = badge(VERDICT_TEXT[verdict], "fitBadge", fit_tooltip(entry, quant, profile))
    label.setProperty("fit", VERDICT_KEY[verdict])
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setMinimumWidth(76)
    label.setAccessibleName(
        translate("CatalogCards", "{verdict} on this computer").format(
            verdict=VERDICT_TEXT[verdict]
        )
    )
    return label


class DownloadRow(QWidget):
    """A downloadable model file: its ``quant`` and a Download button that says Installed,
    and is off while offline mode is on."""

    quant: GGUFQuant
    download_button: QPushButton
    _installed = False
    _offline = False

    @property
    def filenames(self) -> set[str]:
        return {f.filename.rsplit("/", 1)[-1] for f in self.quant.files}

    def set_installed(self, installed: bool) -> None:
        self._installed = installed
        self._update_button()

    def set_offline(self, offline: bool) -> None:
        self._offline = offline
        self._update_button()

    def _update_button(self) -> None:
        self.download_button.setEnabled(not self._installed and not self._offline)
        self.download_button.setText(
            translate("CatalogCards", "Installed")
            if self._installed
            else translate("CatalogCards", "Download")
        )
        self.download_button.setToolTip(offline_tip() if self._offline else "")


class QuantRow(DownloadRow):
    """One downloadable quantisation: name, size, source, fit badge and Download."""

    download_clicked = Signal(object, object)  # GGUFSource, GGUFQuant

    def __init__(
        self, entry: CatalogEntry, source: GGUFSource, quant: GGUFQuant, profile: MachineProfile
    ) -> None:
        super().__init__()
        self.source, self.quant = source, quant
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        name = QLabel(quant.quant)
        name.setMinimumWidth(70)
        name.setObjectName("quantName")
        approx = "~" if quant.size_estimated else ""
        size = QLabel(approx + format_size(quant.size))
        size.setMinimumWidth(70)
        count = len(quant.files)
        parts = " · " + translate("CatalogCards", "%n parts", None, count) if quant.is_split else ""
        community = "" if source.official else " " + translate("CatalogCards", "(community)")
        repo = dim_label(source.repo + parts + community)
        self.badge = fit_badge(entry, quant, profile)
        self.download_button = QPushButton(translate("CatalogCards", "Download"))
        self.download_button.setObjectName("downloadButton")
        self.download_button.setAccessibleName(
            translate("CatalogCards", "Download {name} {quant}").format(
                name=entry.name, quant=quant.quant
            )
        )
        self.download_button.clicked.connect(lambda: self.download_clicked.emit(source, quant))
        for widget in (name, size, self.badge):
            row.addWidget(widget)
        row.addWidget(repo, 1)
        row.addWidget(self.download_button)


class EntryCard(QFrame):
    """A catalog entry: what it is, what it can do, and its quantisations."""

    download_clicked = Signal(object, object, object)  # entry, source, quant

    def __init__(self, entry: CatalogEntry, profile: MachineProfile) -> None:
        super().__init__()
        self.entry = entry
        self.setObjectName("catalogEntry")
        self.setAccessibleName(entry.name)
        self.setProperty("recommended", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(4)
        title = QHBoxLayout()
        name = QLabel(entry.name)
        name.setObjectName("entryName")
        text_size.relative(name, 1.1, bold=True)  # sizes follow the app's text size
        title.addWidget(name)
        title.addWidget(
            badge(THINKING_TEXT[entry.thinking], "thinkingBadge", THINKING_TIP[entry.thinking])
        )
        if entry.is_moe:
            tip = translate(
                "CatalogCards",
                "Mixture of experts: only the active parameters work on each token,"
                " so it is fast for its size.",
            )
            title.addWidget(badge(translate("CatalogCards", "MoE"), "moeBadge", tip))
        self.recommended_badge = badge("", "recommendedBadge")
        self.recommended_badge.hide()
        title.addWidget(self.recommended_badge)
        title.addStretch(1)
        provenance = badge(entry.provenance_label, "provenanceBadge")
        provenance.setToolTip(
            translate("CatalogCards", "Sizes from the catalog bundled with the app.")
            if entry.refreshed_at is None
            else translate("CatalogCards", "Sizes read from Hugging Face on that date.")
        )
        title.addWidget(provenance)
        layout.addLayout(title)
        facts = [params_text(entry), context_text(entry), entry.license]
        info = dim_label(" · ".join(facts), "entryFacts")
        layout.addWidget(info)
        if entry.description:
            description = QLabel(entry.description)
            description.setWordWrap(True)
            layout.addWidget(description)
        self.quant_rows: list[QuantRow] = []
        for source, quant in entry.quants():
            row = QuantRow(entry, source, quant, profile)
            row.download_clicked.connect(lambda s, q: self.download_clicked.emit(self.entry, s, q))
            self.quant_rows.append(row)
            layout.addWidget(row)

    def set_offline(self, offline: bool) -> None:
        for row in self.quant_rows:
            row.set_offline(offline)

    def quant_row(self, quant: str) -> QuantRow:
        return next(r for r in self.quant_rows if r.quant.quant.upper() == quant.upper())

    def set_recommended(self, tasks: list[str]) -> None:
        self.setProperty("recommended", bool(tasks))
        titles = translate("CatalogCards", ", ").join(
            translate("CatalogCards", TASK_NAMES[t]) for t in tasks
        )
        self.recommended_badge.setText(
            translate("CatalogCards", "Recommended for {tasks}").format(tasks=titles)
        )
        self.recommended_badge.setAccessibleName(self.recommended_badge.text())
        self.recommended_badge.setVisible(bool(tasks))
        self.style().unpolish(self)
        self.style().polish(self)

    def matches(self, task: str, words: list[str]) -> bool:
        """Whether the entry serves ``task`` ("all" for any) and contains every word."""
        if task != "all" and task not in self.entry.tasks:
            return False
        entry = self.entry
        quants = " ".join(q.quant for _, q in entry.quants())
        haystack = " ".join(
            [entry.id, entry.name, entry.family, entry.description, entry.license, quants]
        ).lower()
        return all(word in haystack for word in words)


class RecommendedBox(QFrame):
    """The best fitting model per task for this computer, each with a Download button; the
    chat pick says why it was chosen and offers the Qwen3 with the thinking switch beside it
    (the other tasks' reasons are in their tooltips)."""

    download_clicked = Signal(object, object, object)  # entry, source, quant

    def __init__(self, advice: dict[str, Advice | None], profile: MachineProfile) -> None:
        super().__init__()
        self.setObjectName("recommendedBox")
        self.setAccessibleName(translate("CatalogCards", "Recommended for this computer"))
        self._profile = profile
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        title = QLabel(translate("CatalogCards", "Recommended for this computer"))
        title.setObjectName("recommendedTitle")
        text_size.relative(title, 1.1, bold=True)
        layout.addWidget(title)
        layout.addWidget(dim_label(describe(profile), "machineLabel"))
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(12)
        self.buttons: dict[str, QPushButton] = {}
        self.qwen3_buttons: dict[str, QPushButton] = {}
        self.reasons: dict[str, QLabel] = {}
        for task, found in advice.items():
            row = self._grid.rowCount()
            self._grid.addWidget(QLabel(f"<b>{task_title(task)}</b>"), row, 0)
            if found is None:
                none = dim_label(
                    translate(
                        "CatalogCards", "Nothing in the catalog fits comfortably; free some memory."
                    )
                )
                self._grid.addWidget(none, row, 1, 1, 3)
                continue
            what = self._offer(row, found.pick, f"recommended_{task}")
            self.buttons[task] = self._button(
                row,
                found.pick,
                "recommendedDownloadButton",
                translate("CatalogCards", "Download recommended model for {task}").format(
                    task=translate("CatalogCards", TASK_NAMES[task])
                ),
            )
            if task != "chat":
                what.setToolTip(found.why)
                continue
            reason = dim_label(found.why, f"recommendedWhy_{task}")
            reason.setWordWrap(True)
            reason.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.reasons[task] = reason
            self._grid.addWidget(reason, row + 1, 1, 1, 3)
            if found.qwen3 is not None:
                alt = self._grid.rowCount()
                self._offer(alt, found.qwen3, f"recommendedQwen3_{task}", alternative=True)
                self.qwen3_buttons[task] = self._button(
                    alt,
                    found.qwen3,
                    "recommendedQwen3Button",
                    translate("CatalogCards", "Download {name} instead").format(
                        name=found.qwen3.entry.name
                    ),
                )
        self._grid.setColumnStretch(1, 1)
        layout.addLayout(self._grid)

    def _offer(self, row: int, rec: Recommendation, name: str, alternative: bool = False) -> QLabel:
        thinking = THINKING_TEXT[rec.entry.thinking].lower()
        text = f"{rec.entry.name} · {rec.quant.quant} · {format_size(rec.quant.size)} · {thinking}"
        if alternative:
            text = translate("CatalogCards", "Or: {model}").format(model=text)
        what = QLabel(text)
        what.setObjectName(name)
        what.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._grid.addWidget(what, row, 1)
        self._grid.addWidget(fit_badge(rec.entry, rec.quant, self._profile), row, 2)
        return what

    def _button(self, row: int, rec: Recommendation, name: str, what: str) -> QPushButton:
        button = QPushButton(translate("CatalogCards", "Download"))
        button.setObjectName(name)
        button.setAccessibleName(what)
        source = next(s for s in rec.entry.gguf if s.repo == rec.repo)
        button.clicked.connect(
            lambda _=False, r=rec, s=source: self.download_clicked.emit(r.entry, s, r.quant)
        )
        self._grid.addWidget(button, row, 3)
        return button

    def set_offline(self, offline: bool) -> None:
        for button in [*self.buttons.values(), *self.qwen3_buttons.values()]:
            button.setEnabled(not offline)
            button.setToolTip(offline_tip() if offline else "")
