"""File → Export PDF…: choose paper, orientation and file, then write the PDF with progress."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QProgressDialog,
    QWidget,
)

from ..config.settings import Settings
from ..io.targets import SAME_FILE, export_refusal

PAPERS = ("A4", "A3", "A2", "A1", "A0", "letter", "poster")  # export.paper: PAPERS, POSTER
AUTO = "auto"  # export_pdf picks the orientation whose map needs fewer pages
ORIENTATIONS = (AUTO, "landscape", "portrait")
PROGRESS_AFTER_MS = 500  # an export that takes longer shows its progress and Cancel


def _known(value, choices: tuple[str, ...]) -> str:
    """``value`` when it is one of ``choices``, else the first (the default): a settings
    file edited by hand, or written by another version, never breaks the dialog."""
    return value if isinstance(value, str) and value in choices else choices[0]


class ExportPdfDialog(QDialog):
    """Paper size and orientation for the PDF (the file name is asked next)."""

    def __init__(self, parent: QWidget | None = None, paper: str = "A4",
                 orientation: str = AUTO) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        self.paper = QComboBox()
        for name in PAPERS:
            text = {"letter": self.tr("US Letter"),
                    "poster": self.tr("Poster: the map alone on one sheet")}.get(name, name)
            self.paper.addItem(text, name)
        self.paper.setItemData(
            self.paper.findData("poster"),
            self.tr("For the workshop wall: the whole map on the smallest sheet from A3 to A0 "
                    "on which every word prints at 6 pt or larger; without the summary and "
                    "the registers"), Qt.ItemDataRole.ToolTipRole)
        self.paper.setCurrentIndex(self.paper.findData(_known(paper, PAPERS)))
        self.orientation = QComboBox()
        self.orientation.addItem(self.tr("Automatic (fewest pages)"), AUTO)
        self.orientation.addItem(self.tr("Landscape"), "landscape")
        self.orientation.addItem(self.tr("Portrait"), "portrait")
        self.orientation.setItemData(
            0, self.tr("Landscape or portrait, whichever prints this map on fewer pages"),
            Qt.ItemDataRole.ToolTipRole)
        self.orientation.setCurrentIndex(
            self.orientation.findData(_known(orientation, ORIENTATIONS)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Paper:"), self.paper)
        form.addRow(self.tr("Orientation:"), self.orientation)
        form.addRow(buttons)

    def choice(self) -> tuple[str, str]:
        return self.paper.currentData(), self.orientation.currentData()


def refuse_map_target(parent: QWidget, chosen: Path, target: Path,
                      source: Path | None) -> bool:
    """Say so and return True when an export chosen as ``chosen`` (written to ``target``)
    would go over the open map (``source``) or any other map.

    An export keeps no backup: written over a map, it would destroy it. The name
    as chosen counts too: someone who picks ``kart.jmap`` in an export's file
    dialog has mistaken the file, even if the extension added would spare it.
    """
    translate = QCoreApplication.translate
    refusal = export_refusal(chosen, source) or export_refusal(target, source)
    if refusal is None:
        return False
    name = chosen.name
    if refusal == SAME_FILE:
        text = translate("ExportTarget", "“{0}” is the map open here. Writing the export "
                         "over it would destroy the map; choose another name.").format(name)
    else:
        text = translate("ExportTarget", "“{0}” is a journey map. Writing the export over "
                         "it would destroy the map; choose another name.").format(name)
    QMessageBox.warning(parent, translate("ExportTarget", "Choose Another Name"), text)
    return True


def export_interactively(parent: QWidget, document, settings: Settings,
                         suggestion: Path, source: Path | None = None) -> Path | None:
    """Ask paper and file, write the PDF with a progress dialog; the written path or None.

    The paper and orientation chosen are remembered for the next export (also when the
    file dialog is then cancelled); a new user starts on A4, automatic orientation.

    Whatever goes wrong is shown in a message; the map is never touched: a file
    name that is the open map (``source``) or another map is refused and asked again.
    """
    translate = QCoreApplication.translate
    title = translate("ExportPdfDialog", "Export PDF")
    try:
        from ..export.paper import POSTER
        from ..export.pdf import ExportCancelled, poster_note, unprintable_message, write_pdf
    except ImportError:
        QMessageBox.information(parent, title, translate(
            "ExportPdfDialog", "PDF export is not available in this version."))
        return None
    dialog = ExportPdfDialog(parent, settings.get("pdf_paper", "A4"),
                             settings.get("pdf_orientation", AUTO))
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    paper, orientation = dialog.choice()
    settings.set("pdf_paper", paper)
    settings.set("pdf_orientation", orientation)
    folder = settings.get("last_pdf_folder")
    if isinstance(folder, str) and Path(folder).is_dir():
        suggestion = Path(folder) / suggestion.name
    while True:
        path, _ = QFileDialog.getSaveFileName(
            parent, title, str(suggestion),
            translate("ExportPdfDialog", "PDF documents (*.pdf)"))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        if not refuse_map_target(parent, Path(path), target, source):
            break
        suggestion = target.with_name(target.stem.removesuffix(".jmap") + ".pdf")
    progress = QProgressDialog(parent)  # its own Cancel button, in Qt's translation
    progress.setLabelText(translate("ExportPdfDialog", "Writing the PDF…"))
    progress.setRange(0, 100)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setAutoReset(False)
    progress.setMinimumDuration(PROGRESS_AFTER_MS)  # a quick export shows no dialog

    def report(done: int, total: int) -> None:
        if total:
            progress.setValue(max(0, min(99, int(100 * done / total))))
            QCoreApplication.processEvents()
        if progress.wasCanceled():
            raise ExportCancelled  # stops the layout; nothing has been written

    lacking: list[str] = []  # what the PDF could not print, told once it is written

    try:
        result = write_pdf(document, target, paper=paper, orientation=orientation,
                           progress=report,
                           translate=QCoreApplication.translate,  # the window's language
                           unprintable=lambda chars: lacking.append(unprintable_message(chars)))
    except ExportCancelled:
        progress.close()
        return None
    except Exception as exc:  # the map stays open and unchanged whatever went wrong
        progress.close()
        # the system's reason, not the temporary file's name the user never chose
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        QMessageBox.critical(
            parent, translate("ExportPdfDialog", "Cannot Export PDF"),
            translate("ExportPdfDialog", "The PDF could not be written to “{0}”: {1}")
            .format(target, reason))
        return None
    progress.setValue(100)
    progress.close()
    settings.set("last_pdf_folder", str(target.parent))
    if paper == POSTER:  # the sheet it chose: the print shop must be told
        QMessageBox.information(parent, title, poster_note(result, QCoreApplication.translate))
    if lacking:  # written, but with "�" where no installed font has the character
        QMessageBox.warning(parent, translate("ExportPdfDialog", "Some Characters Are Missing"),
                            translate("ExportPdfDialog", "The PDF was written to “{0}”.")
                            .format(target) + "\n\n" + lacking[0])
    return target
