"""The Installed tab: the models Qwen Desk can run, an Import button, the disk space they
take, and models found in other apps' folders. The page does the work; this view only shows
lists and reports clicks."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.i18n import translate
from desktop.core.models.discovery import InstalledModel
from desktop.core.units import format_size
from desktop.gui.library.catalog_cards import dim_label
from desktop.gui.library.installed_rows import ROW_STYLE, FoundRow, ModelRow, RowList

COPY_STEPS = 1000


class InstalledView(QWidget):
    """Installed and found models. Every action leaves as a signal for the page."""

    use_requested = Signal(object)  # InstalledModel
    details_requested = Signal(object)  # ModelRow
    delete_requested = Signal(object)  # InstalledModel
    open_folder_requested = Signal(object)  # InstalledModel
    use_in_place_requested = Signal(object)  # InstalledModel
    documents_requested = Signal(object)  # InstalledModel: an embedding model for documents
    import_clicked = Signal()
    import_mlx_clicked = Signal()
    rescan_clicked = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.embedder = ""  # the embedding model chosen for documents (its path)
        self.setObjectName("installedView")
        self.setStyleSheet(ROW_STYLE)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        bar = QHBoxLayout()
        self.import_button = QPushButton(translate("InstalledView", "Import GGUF…"))
        self.import_button.setObjectName("importButton")
        self.import_button.setAccessibleName(translate("InstalledView", "Import a GGUF model file"))
        self.import_button.setToolTip(
            translate("InstalledView", "Add a .gguf file from this computer (or drop one here).")
        )
        self.import_button.clicked.connect(self.import_clicked)
        self.import_mlx_button = QPushButton(translate("InstalledView", "Import MLX folder…"))
        self.import_mlx_button.setObjectName("importMlxButton")
        self.import_mlx_button.setAccessibleName(
            translate("InstalledView", "Import an MLX model folder")
        )
        self.import_mlx_button.setToolTip(
            translate(
                "InstalledView",
                "Add an MLX model folder (config.json and .safetensors files) from this computer.",
            )
        )
        self.import_mlx_button.clicked.connect(self.import_mlx_clicked)
        self.copy_check = QCheckBox(translate("InstalledView", "Copy into library"))
        self.copy_check.setObjectName("copyCheckBox")
        self.copy_check.setAccessibleName(
            translate("InstalledView", "Copy imported models into the library")
        )
        self.copy_check.setToolTip(
            translate(
                "InstalledView",
                "Off: the file stays where it is and is used from there.\n"
                "On: it is copied into the Qwen Desk models folder.",
            )
        )
        self.busy = dim_label("", "importBusy")
        self.busy.setAccessibleName(translate("InstalledView", "Import status"))
        self.copy_progress = QProgressBar()
        self.copy_progress.setObjectName("copyProgress")
        self.copy_progress.setAccessibleName(
            translate("InstalledView", "Progress of the copy into the library")
        )
        self.copy_progress.setRange(0, COPY_STEPS)
        self.copy_progress.setFixedWidth(160)
        self.copy_progress.hide()
        self.disk = dim_label("", "diskUsed")
        self.disk.setAccessibleName(translate("InstalledView", "Disk space used by models"))
        bar.addWidget(self.import_button)
        bar.addWidget(self.import_mlx_button)
        bar.addWidget(self.copy_check)
        bar.addWidget(self.busy, 1)
        bar.addWidget(self.copy_progress)
        bar.addWidget(self.disk)
        layout.addLayout(bar)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.installed = RowList("installedList", translate("InstalledView", "Installed models"))
        self.empty = dim_label(
            translate(
                "InstalledView",
                "No models yet. Download one in Discover, import a .gguf file, "
                "or drop one on this page.",
            ),
            "installedEmpty",
        )
        self.empty.setWordWrap(True)
        top_layout.addWidget(self.installed, 1)
        top_layout.addWidget(self.empty)
        splitter.addWidget(top)

        bottom = QWidget()
        found_layout = QVBoxLayout(bottom)
        found_layout.setContentsMargins(0, 6, 0, 0)
        found_bar = QHBoxLayout()
        found_title = QLabel(
            "<b>{}</b>".format(translate("InstalledView", "Found on this computer"))
        )
        found_title.setObjectName("foundTitle")
        self.found_status = dim_label("", "foundStatus")
        self.rescan_button = QPushButton(translate("InstalledView", "Scan again"))
        self.rescan_button.setObjectName("rescanButton")
        self.rescan_button.setAccessibleName(
            translate("InstalledView", "Look for models in other apps again")
        )
        self.rescan_button.clicked.connect(self.rescan_clicked)
        found_bar.addWidget(found_title)
        found_bar.addWidget(self.found_status, 1)
        found_bar.addWidget(self.rescan_button)
        found_layout.addLayout(found_bar)
        self.found = RowList("foundList", translate("InstalledView", "Models found in other apps"))
        found_layout.addWidget(self.found, 1)
        splitter.addWidget(bottom)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout.addWidget(splitter, 1)

    # --- filling --------------------------------------------------------------------------

    def set_models(self, models: list[InstalledModel], disk_used: int) -> None:
        rows: list[QWidget] = []
        for model in models:
            row = ModelRow(model)
            row.use_clicked.connect(self.use_requested)
            row.details_clicked.connect(self.details_requested)
            row.delete_clicked.connect(self.delete_requested)
            row.open_folder_clicked.connect(self.open_folder_requested)
            row.documents_clicked.connect(self.documents_requested)
            rows.append(row)
        self.installed.set_rows(rows)
        self.set_embedder(self.embedder)
        self.empty.setVisible(not models)
        size, count = format_size(disk_used), len(models)
        if count == 1:
            text = translate("InstalledView", "%n model · {size} in the models folder", None, 1)
        else:
            text = translate(
                "InstalledView", "%n models · {size} in the models folder", None, count
            )
        self.disk.setText(text.format(size=size))

    def set_found(self, models: list[InstalledModel] | None) -> None:
        """``None`` while a scan runs."""
        self.rescan_button.setEnabled(models is not None)
        if models is None:
            self.found_status.setText(translate("InstalledView", "Looking in other apps' folders…"))
            return
        rows: list[QWidget] = []
        for model in models:
            row = FoundRow(model)
            row.use_in_place_clicked.connect(self.use_in_place_requested)
            rows.append(row)
        self.found.set_rows(rows)
        count = len(models)
        self.found_status.setText(
            translate(
                "InstalledView",
                "%n in LM Studio, Ollama, GPT4All or the Hugging Face cache",
                None,
                count,
            )
            if models
            else translate(
                "InstalledView", "Nothing in LM Studio, Ollama, GPT4All or the Hugging Face cache"
            )
        )

    def set_copy_progress(self, done: int, total: int | None) -> None:
        """Show ``done`` of ``total`` bytes copied; ``None`` hides the bar."""
        self.copy_progress.setVisible(total is not None)
        if total is not None:
            fraction = done / total if total else 0.0
            self.copy_progress.setValue(round(min(fraction, 1.0) * COPY_STEPS))

    def set_busy(self, text: str) -> None:
        self.busy.setText(text)
        self.import_button.setEnabled(not text)
        self.import_mlx_button.setEnabled(not text)

    # --- queries --------------------------------------------------------------------------

    def set_embedder(self, path: str) -> None:
        """Mark the embedding model chosen for documents ("" when none)."""
        self.embedder = path
        for row in self.model_rows():
            if row.embedding:
                row.set_documents_choice(bool(path) and str(row.model.path) == path)

    def model_rows(self) -> list[ModelRow]:
        return [r for r in self.installed.rows() if isinstance(r, ModelRow)]

    def found_rows(self) -> list[FoundRow]:
        return [r for r in self.found.rows() if isinstance(r, FoundRow)]

    def remove_found(self, model: InstalledModel) -> None:
        for row in self.found_rows():
            if row.model.path == model.path:
                self.found.remove_row(row)
