"""File → Export Image…: choose PNG or SVG by the file name, a PNG's scale, then write it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QRectF, Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QWidget,
)

from ..config.settings import Settings
from .export_dialog import refuse_map_target
from .image_export import (
    BASE_DPI,
    SCALES,
    ImageExportError,
    fit_scale,
    map_rect,
    pixel_size,
    render_png,
    render_svg,
)


def _number(value: int) -> str:
    return QLocale().toString(int(value))


class ExportImageDialog(QDialog):
    """The PNG's resolution, with the size in pixels it gives (and a word when it is capped)."""

    def __init__(self, source: QRectF, scale: float = 2.0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QRectF(source)
        self.setWindowTitle(self.tr("Export Image"))
        self.scale_box = QComboBox()
        for value in SCALES:
            self.scale_box.addItem(self.tr("{0} % ({1} dpi)").format(
                round(value * 100), round(value * BASE_DPI)), value)
        index = self.scale_box.findData(scale)
        self.scale_box.setCurrentIndex(index if index >= 0 else 1)
        self.size_label = QLabel()
        self.note = QLabel()
        self.note.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Resolution:"), self.scale_box)
        form.addRow(self.tr("Image size:"), self.size_label)
        form.addRow(self.note)
        form.addRow(buttons)
        self.scale_box.currentIndexChanged.connect(self._show_size)
        self._show_size()

    def scale(self) -> float:
        return float(self.scale_box.currentData())

    def select_scale(self, scale: float) -> bool:
        index = self.scale_box.findData(scale)
        if index >= 0:
            self.scale_box.setCurrentIndex(index)
        return index >= 0

    def _show_size(self, *_args) -> None:
        wanted = self.scale()
        used = fit_scale(self.source, wanted)
        size = pixel_size(self.source, used)
        self.size_label.setText(self.tr("{0} × {1} pixels").format(
            _number(size.width()), _number(size.height())))
        if used < wanted - 1e-9:
            self.note.setText(self.tr("This map is too large for {0} %: the image will be "
                                      "made at {1} % so that it can still be opened.")
                              .format(round(wanted * 100), int(used * 100)))
            self.note.show()
        else:
            self.note.clear()
            self.note.hide()


def _target(path: str, chosen_filter: str, svg_filter: str) -> tuple[Path, str]:
    """The file and its format: the typed extension wins, else the chosen file type."""
    target = Path(path)
    suffix = target.suffix.lower()
    if suffix in (".png", ".svg"):
        return target, suffix[1:]
    kind = "svg" if chosen_filter == svg_filter else "png"
    return target.with_name(target.name + "." + kind), kind


def export_image_interactively(parent: QWidget, scene, settings: Settings, suggestion: Path,
                               title: str, source: Path | None = None) -> Path | None:
    """Ask file and type (and a PNG's resolution), write the picture; the path or None.

    Whatever goes wrong is shown in a message; the map and its selection are untouched:
    a file name that is the open map (``source``) or another map is refused and asked again.
    """
    translate = QCoreApplication.translate
    caption = translate("ExportImageDialog", "Export Image")
    png_filter = translate("ExportImageDialog", "PNG image (*.png)")
    svg_filter = translate("ExportImageDialog", "SVG vector image (*.svg)")
    kind = settings.get("image_format", "png")
    kind = kind if kind in ("png", "svg") else "png"
    folder = settings.get("last_image_folder")
    if isinstance(folder, str) and Path(folder).is_dir():
        suggestion = Path(folder) / suggestion.name
    suggestion = suggestion.with_suffix("." + kind)
    while True:
        path, chosen = QFileDialog.getSaveFileName(
            parent, caption, str(suggestion), f"{png_filter};;{svg_filter}",
            svg_filter if kind == "svg" else png_filter)
        if not path:
            return None
        target, kind = _target(path, chosen, svg_filter)
        if not refuse_map_target(parent, Path(path), target, source):
            break
        suggestion = target.with_name(target.stem.removesuffix(".jmap") + "." + kind)
    if target != Path(path) and target.exists():  # the file dialog asked about another name
        answer = QMessageBox.question(
            parent, translate("ExportImageDialog", "Replace File?"),
            translate("ExportImageDialog", "“{0}” already exists. Replace it?")
            .format(target.name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
    settings.set("image_format", kind)
    source = map_rect(scene)
    scale = 1.0
    if kind == "png":
        remembered = settings.get("image_scale", 2.0)
        dialog = ExportImageDialog(source, remembered if remembered in SCALES else 2.0, parent)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        scale = dialog.scale()
        settings.set("image_scale", scale)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if kind == "png":
            size = render_png(scene, target, scale)
        else:
            render_svg(scene, target, title)
    except (ImageExportError, OSError) as exc:
        QApplication.restoreOverrideCursor()
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        QMessageBox.critical(
            parent, translate("ExportImageDialog", "Cannot Export Image"),
            translate("ExportImageDialog", "The image could not be written to “{0}”: {1}")
            .format(target, reason))
        return None
    QApplication.restoreOverrideCursor()
    settings.set("last_image_folder", str(target.parent))
    if kind == "png" and size != pixel_size(source, scale):
        QMessageBox.information(
            parent, caption,
            translate("ExportImageDialog", "The map is too large for {0} %, so the image was "
                      "made smaller: {1} × {2} pixels.")
            .format(round(scale * 100), _number(size.width()), _number(size.height())))
    return target
