"""The Downloads tab: one row per model (all parts of a split GGUF together) with a progress
bar, its figures, Pause / Resume / Cancel, and the plain reason when it failed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.hub.downloads import DownloadState
from desktop.core.i18n import translate
from desktop.core.models.describe import eta_text
from desktop.core.units import format_size, format_speed
from desktop.gui.library.catalog_cards import dim_label, offline_tip
from desktop.gui.library.downloads import SETTLED, DownloadItem, DownloadsController
from desktop.gui.library.installed_rows import RowList

PROGRESS_STEPS = 1000
ROW_STYLE = """
QFrame#downloadRow { border: none; border-bottom: 1px solid palette(mid); }
QLabel#downloadTitle { font-weight: 600; }
QLabel#downloadError { color: #d33c2f; }
"""


def status_text(item: DownloadItem) -> str:
    """ "42% · 210 MiB of 500 MiB · 12.0 MiB/s · 1 min left", "Paused · …", "Done · verified"."""
    amount = (
        translate("DownloadRow", "{done} of {total}").format(
            done=format_size(item.done), total=format_size(item.total)
        )
        if item.total
        else ""
    )
    percent = (
        translate("DownloadRow", "{percent}%").format(percent=100 * item.done // item.total)
        if item.total
        else ""
    )
    state = item.state
    if state is DownloadState.RUNNING:
        parts = [percent, amount, format_speed(item.speed)]
        parts.append(
            eta_text(item.eta)
            if item.speed > 0
            else translate("DownloadRow", "stalled, waiting for data")
        )
    elif state is DownloadState.QUEUED:
        parts = [translate("DownloadRow", "Waiting to start"), amount]
    elif state is DownloadState.PAUSED:
        parts = [translate("DownloadRow", "Paused"), percent, amount]
    elif state is DownloadState.DONE:
        parts = [
            translate("DownloadRow", "Done"),
            format_size(item.total) if item.total else "",
            translate("DownloadRow", "verified, in Installed"),
        ]
    elif state is DownloadState.FAILED:
        parts = [translate("DownloadRow", "Failed"), amount]
    else:
        parts = [translate("DownloadRow", "Cancelled")]
    return " · ".join(p for p in parts if p)


class DownloadRow(QFrame):
    """One download; its buttons call the controller directly."""

    def __init__(
        self, item: DownloadItem, controller: DownloadsController, offline: bool = False
    ) -> None:
        super().__init__()
        self.item = item
        self.offline = offline
        self.setObjectName("downloadRow")
        self.setAccessibleName(
            translate("DownloadRow", "Download of {name}").format(name=item.title)
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel(item.title)
        self.title.setObjectName("downloadTitle")
        labels = "\n".join(part.request.label for part in item.parts)
        saved = translate("DownloadRow", "Saved in {folder}").format(folder=item.dest.parent)
        self.title.setToolTip(f"{labels}\n{saved}")
        top.addWidget(self.title, 1)
        title = item.title
        self.pause_button = self._button(
            translate("DownloadRow", "Pause"),
            "pauseButton",
            translate("DownloadRow", "Pause download of {name}").format(name=title),
            lambda: controller.pause(item),
        )
        self.resume_button = self._button(
            translate("DownloadRow", "Resume"),
            "resumeButton",
            translate("DownloadRow", "Resume download of {name}").format(name=title),
            lambda: controller.resume(item),
        )
        self.cancel_button = self._button(
            translate("DownloadRow", "Cancel"),
            "cancelButton",
            translate("DownloadRow", "Cancel download of {name}").format(name=title),
            lambda: controller.cancel(item),
        )
        for button in (self.pause_button, self.resume_button, self.cancel_button):
            top.addWidget(button)
        layout.addLayout(top)
        self.progress = QProgressBar()
        self.progress.setObjectName("downloadProgress")
        self.progress.setAccessibleName(
            translate("DownloadRow", "Progress of {name}").format(name=item.title)
        )
        self.progress.setRange(0, PROGRESS_STEPS)
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(8)
        layout.addWidget(self.progress)
        self.status = dim_label("", "downloadStatus")
        layout.addWidget(self.status)
        self.error = QLabel()
        self.error.setObjectName("downloadError")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        self.refresh()

    def _button(self, text: str, name: str, accessible: str, slot: object) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setAccessibleName(accessible)
        button.clicked.connect(slot)
        return button

    def refresh(self) -> None:
        item = self.item
        state = item.state
        self.progress.setValue(round(item.fraction * PROGRESS_STEPS))
        self.status.setText(status_text(item))
        self.error.setText(item.error or "")
        self.error.setVisible(bool(item.error))
        active = state in (DownloadState.QUEUED, DownloadState.RUNNING)
        self.pause_button.setVisible(active)
        self.resume_button.setVisible(state in (DownloadState.PAUSED, DownloadState.FAILED))
        self.resume_button.setText(
            translate("DownloadRow", "Retry")
            if state is DownloadState.FAILED
            else translate("DownloadRow", "Resume")
        )
        # Offline: Resume and Retry wait for it to go off (offline pauses resume by themselves).
        self.resume_button.setEnabled(not self.offline)
        self.resume_button.setToolTip(offline_tip() if self.offline else "")
        self.cancel_button.setVisible(state is not DownloadState.DONE)

    def set_offline(self, offline: bool) -> None:
        self.offline = offline
        self.refresh()


class DownloadsView(QWidget):
    """The list of downloads, kept in step with a :class:`DownloadsController`."""

    def __init__(self, controller: DownloadsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("downloadsView")
        self.setStyleSheet(ROW_STYLE)
        self.controller = controller
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        header = QHBoxLayout()
        self.summary = dim_label("", "downloadsSummary")
        header.addWidget(self.summary, 1)
        self.clear_button = QPushButton(translate("DownloadsView", "Clear finished"))
        self.clear_button.setObjectName("clearFinishedButton")
        self.clear_button.setAccessibleName(translate("DownloadsView", "Clear finished downloads"))
        self.clear_button.setToolTip(
            translate(
                "DownloadsView",
                "Take finished and failed downloads off the list (a failed one's partial file is "
                "deleted).",
            )
        )
        self._offline = False
        self.clear_button.clicked.connect(controller.clear_finished)
        header.addWidget(self.clear_button)
        layout.addLayout(header)
        self.list = RowList("downloadsList", translate("DownloadsView", "Downloads"))
        layout.addWidget(self.list, 1)
        self.empty = dim_label(
            translate(
                "DownloadsView", "No downloads. Pick a model in Discover and press Download."
            ),
            "downloadsEmpty",
        )

        layout.addWidget(self.empty)
        self._rows: dict[int, DownloadRow] = {}
        controller.item_added.connect(self._on_controller_item_added)
        controller.item_changed.connect(self._on_controller_item_changed)
        controller.item_removed.connect(self._on_controller_item_removed)
        controller.summary_changed.connect(self._on_controller_summary_changed)
        for item in controller.items():
            self._on_controller_item_added(item)
        self._update_empty()

    def rows(self) -> list[DownloadRow]:
        return list(self._rows.values())

    def row_for(self, item: DownloadItem) -> DownloadRow:
        return self._rows[item.key]

    def set_offline(self, offline: bool) -> None:
        self._offline = offline
        for row in self._rows.values():
            row.set_offline(offline)

    def _on_controller_item_added(self, item: DownloadItem) -> None:
        row = DownloadRow(item, self.controller, self._offline)
        self._rows[item.key] = row
        self.list.set_rows(self.rows(), keep=True)
        self._update_empty()

    def _on_controller_item_changed(self, item: DownloadItem) -> None:
        row = self._rows.get(item.key)
        if row is not None:
            row.refresh()
        self._update_empty()

    def _on_controller_item_removed(self, item: DownloadItem) -> None:
        row = self._rows.pop(item.key, None)
        if row is not None:
            self.list.remove_row(row)
        self._update_empty()

    def _on_controller_summary_changed(self, text: str) -> None:
        self.summary.setText(text)

    def _update_empty(self) -> None:
        self.empty.setVisible(not self._rows)
        settled = any(i.state in SETTLED for i in self.controller.items())
        self.clear_button.setEnabled(settled)
