"""File → Export Image…: the whole map as a PNG at a chosen resolution, or as an SVG."""

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QMouseEvent
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox

from journeymapper.app import image_export, windows
from journeymapper.app.image_export_dialog import ExportImageDialog
from journeymapper.model import NodeKind
from journeymapper.look import palette as pal

from test_app_support import Prompts

SVG_NS = "{http://www.w3.org/2000/svg}"


pytestmark = pytest.mark.usefixtures("no_windows_left")


def save_as(monkeypatch, path, file_type="PNG image (*.png)"):
    """The save dialog answers ``path`` with ``file_type`` chosen; records what it offered."""
    offered = []

    def ask(parent, caption, suggestion, filters, selected="", *args, **kwargs):
        offered.append((suggestion, filters))
        return str(path), file_type

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return offered


def resolution(monkeypatch, percent):
    """The resolution dialog is answered with ``percent`` and Export; records its size text."""
    shown = []

    def exec_(dialog):
        assert dialog.select_scale(percent / 100), f"{percent} % is not offered"
        shown.append((dialog.size_label.text(), dialog.note.text()))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(ExportImageDialog, "exec", exec_)
    return shown


def pixel(image: QImage, scene, x: float, y: float, scale: float) -> QColor:
    """The image's colour at scene point (x, y), the image covering the map at ``scale``."""
    source = image_export.map_rect(scene)
    return image.pixelColor(int((x - source.left()) * scale), int((y - source.top()) * scale))


def close_to(colour: QColor, hex_colour: str, tolerance: int = 12) -> bool:
    want = QColor(hex_colour)
    return all(abs(a - b) <= tolerance for a, b in ((colour.red(), want.red()),
                                                     (colour.green(), want.green()),
                                                     (colour.blue(), want.blue())))


def owned_touchpoint(window):
    document = window.session.document
    return next(n for n in document.nodes(NodeKind.TOUCHPOINT) if n.owner_id)


def test_png_at_200_percent_is_twice_the_map_and_shows_the_owner_stripes(qtbot, monkeypatch,
                                                                       tmp_path):
    prompts = Prompts(monkeypatch)
    window = windows.new_from_template("sample-airline")
    scene = window.editor.scene
    save_as(monkeypatch, tmp_path / "flyreise-100.png")
    resolution(monkeypatch, 100)
    assert window.actions["export_image"].trigger() is None
    at_100 = QImage(str(tmp_path / "flyreise-100.png"))
    save_as(monkeypatch, tmp_path / "flyreise")  # no extension typed: the file type adds it
    shown = resolution(monkeypatch, 200)
    window.actions["export_image"].trigger()
    image = QImage(str(tmp_path / "flyreise.png"))
    assert prompts.asked == []
    assert not image.isNull()
    # the whole map, twice as many pixels each way, and the dialog said so beforehand
    assert at_100.width() >= scene.grid.width and at_100.height() >= scene.grid.height
    assert abs(image.width() - 2 * at_100.width()) <= 1
    assert abs(image.height() - 2 * at_100.height()) <= 1
    assert shown[0][0].replace(",", "").replace("\u00a0", "").replace(" ", "") == \
        f"{image.width()}×{image.height()}pixels"
    assert shown[0][1] == ""  # not reduced
    assert round(image.dotsPerMeterX() * 0.0254) == 192
    # every owned touchpoint shows its owner's colour in its stripe, even the far-right ones
    document = window.session.document
    for node in document.nodes(NodeKind.TOUCHPOINT):
        if node.owner_id is None:
            continue
        rect = scene.node_item(node.id).scene_rect()
        colour = pixel(image, scene, rect.left() + pal.OWNER_STRIPE / 2, rect.center().y(), 2.0)
        assert close_to(colour, document.owner(node.owner_id).colour), node.label
    # white paper outside the grid, not the canvas's grey or transparency
    assert close_to(image.pixelColor(2, image.height() - 3), pal.PAPER)


def test_the_picture_leaves_out_the_selection_and_the_text_being_typed(qtbot, monkeypatch,
                                                                     tmp_path):
    window = windows.new_from_template("sample-plumber-no")
    qtbot.waitExposed(window)
    scene = window.editor.scene
    resolution(monkeypatch, 100)
    save_as(monkeypatch, tmp_path / "plain.png")
    window.actions["export_image"].trigger()
    plain = QImage(str(tmp_path / "plain.png"))

    node = owned_touchpoint(window)
    arrow = window.session.document.out_edges(node.id)[0]
    scene.select_ids([node.id, arrow.id])
    chosen = window.session.selection.ids()
    told = []
    window.session.selection.changed.connect(lambda: told.append(True))
    save_as(monkeypatch, tmp_path / "selected.png")
    window.actions["export_image"].trigger()
    assert window.session.selection.ids() == chosen  # given back as it was
    assert told == []  # and the panels were not disturbed
    assert sorted(scene.selected_node_ids()) == [node.id]
    assert QImage(str(tmp_path / "selected.png")) == plain  # no outline, no handle
    stage = window.session.document.stages[0]
    scene.select_header(stage.id)  # a selected stage shows a dashed outline on its header
    save_as(monkeypatch, tmp_path / "stage.png")
    window.actions["export_image"].trigger()
    assert QImage(str(tmp_path / "stage.png")) == plain
    assert window.session.selection.ids() == (stage.id,)

    scene.select_ids([])  # the pointer rests on a card: its arrow handle shows on screen
    view = window.editor.view
    item = scene.node_item(node.id)
    view.centerOn(item)
    spot = view.mapFromScene(item.scene_rect().center())
    view.viewport().repaint()
    before = view.viewport().grab().toImage()
    for at in (spot, spot + QPoint(2, 1)):
        QApplication.sendEvent(view.viewport(), QMouseEvent(
            QEvent.Type.MouseMove, QPointF(at), QPointF(view.viewport().mapToGlobal(at)),
            Qt.MouseButton.NoButton, Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier))
    view.viewport().repaint()
    hovered = view.viewport().grab().toImage()
    assert hovered != before
    scene.clearSelection()
    save_as(monkeypatch, tmp_path / "hovered.png")
    window.actions["export_image"].trigger()
    assert QImage(str(tmp_path / "hovered.png")) == plain
    view.viewport().repaint()
    assert view.viewport().grab().toImage() == hovered  # the screen still shows it

    other = next(n for n in window.session.document.nodes(NodeKind.TOUCHPOINT)
                 if n.id != node.id)
    scene.edit_text(other.id)
    editor = scene.editing.inline
    assert editor is not None
    editor.setPlainText("Halvskrevet – æøå")
    save_as(monkeypatch, tmp_path / "typing.png")
    window.actions["export_image"].trigger()
    assert QImage(str(tmp_path / "typing.png")) == plain  # the map as it is, not the typing
    assert scene.editing.inline is editor and editor.text() == "Halvskrevet – æøå"
    assert window.session.document.node(other.id).label == other.label  # nothing committed


def test_svg_is_vector_with_the_labels_in_norwegian_and_a_title(qtbot, monkeypatch, tmp_path):
    window = windows.new_from_template("sample-plumber-no")
    scene = window.editor.scene
    document = window.session.document
    node = owned_touchpoint(window)
    scene.select_ids([node.id])
    offered = save_as(monkeypatch, tmp_path / "rørlegger", "SVG vector image (*.svg)")
    window.actions["export_image"].trigger()
    assert "*.svg" in offered[0][1] and "*.png" in offered[0][1]
    target = tmp_path / "rørlegger.svg"
    root = ET.parse(target).getroot()  # well-formed
    assert root.tag == SVG_NS + "svg"
    assert root.find(SVG_NS + "title").text == document.info.title
    assert root.find(SVG_NS + "desc").text
    assert root.findall(f".//{SVG_NS}image") == []  # drawn, not a screenshot inside
    text = " ".join(" ".join(t.itertext()).strip() for t in root.iter(SVG_NS + "text"))
    text = " ".join(text.split())
    for touchpoint in document.nodes(NodeKind.TOUCHPOINT):
        assert touchpoint.label in text  # wrapped over lines, but whole
    assert "Rørleggeren kommer presis" in text and "Kjøper" in text
    for stage in document.stages:
        assert stage.name in text
    for journey in document.journeys:
        assert journey.name in text
    assert window.session.selection.ids() == (node.id,)
    # the same map in vector: the view box is the PNG's size at 100 %
    box = [float(v) for v in root.get("viewBox").split()]
    source = image_export.map_rect(scene)
    assert box[2:] == [image_export.pixel_size(source, 1.0).width(),
                       image_export.pixel_size(source, 1.0).height()]


def test_a_map_too_large_for_the_resolution_is_made_smaller_and_the_user_told(
        qtbot, monkeypatch, tmp_path):
    monkeypatch.setattr(image_export, "MAX_SIDE", 4000)  # the airline map is ~2,800 wide
    prompts = Prompts(monkeypatch)
    window = windows.new_from_template("sample-airline")
    save_as(monkeypatch, tmp_path / "stor.png")
    shown = resolution(monkeypatch, 300)
    window.actions["export_image"].trigger()
    image = QImage(str(tmp_path / "stor.png"))
    assert max(image.width(), image.height()) <= 4000
    assert image.width() >= 3990  # reduced only as far as needed
    assert "too large for 300 %" in shown[0][1]
    [(kind, _title, text)] = prompts.asked
    digits = "".join(c for c in text if c.isdigit() or c == "×")
    assert kind == "information" and "300 %" in text
    assert f"{image.width()}×{image.height()}" in digits


def test_the_size_limits_hold_for_a_very_long_map():
    long_map = QRectF(0, 0, 120_000, 3_000)
    for scale in (1.0, 2.0, 3.0):
        size = image_export.pixel_size(long_map, image_export.fit_scale(long_map, scale))
        assert size.width() <= image_export.MAX_SIDE
        assert size.width() * size.height() <= image_export.MAX_PIXELS
        assert size.width() >= image_export.MAX_SIDE - 20
    square = QRectF(0, 0, 15_000, 15_000)
    size = image_export.pixel_size(square, image_export.fit_scale(square, 1.0))
    assert size.width() * size.height() <= image_export.MAX_PIXELS


def test_cancel_and_a_failed_write_leave_no_file_and_say_why(qtbot, monkeypatch, tmp_path):
    prompts = Prompts(monkeypatch)
    window = windows.new_from_template("sample-dentist")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    assert window.export_image() is False
    out = tmp_path / "bilder"
    out.mkdir()
    save_as(monkeypatch, out / "avbrutt.png")
    monkeypatch.setattr(ExportImageDialog, "exec", lambda d: QDialog.DialogCode.Rejected)
    assert window.export_image() is False
    assert list(out.iterdir()) == []
    save_as(monkeypatch, tmp_path / "finnes-ikke" / "kart.png")
    resolution(monkeypatch, 100)
    assert window.export_image() is False
    [(kind, title, text)] = prompts.asked
    assert kind == "critical" and "kart.png" in text
    assert window.isVisible() and not window.isWindowModified()


def test_the_last_folder_and_resolution_are_offered_next_time(qtbot, monkeypatch, tmp_path):
    window = windows.new_from_template("sample-dentist")
    folder = tmp_path / "bilder"
    folder.mkdir()
    save_as(monkeypatch, folder / "tannlege.png")
    resolution(monkeypatch, 300)
    window.export_image()
    offered = save_as(monkeypatch, folder / "igjen.png")
    seen = []

    def exec_(dialog):
        seen.append(dialog.scale())
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(ExportImageDialog, "exec", exec_)
    window.export_image()
    assert offered[0][0].startswith(str(folder))
    assert seen == [3.0]


def test_an_existing_picture_is_replaced_only_when_the_user_agrees(qtbot, monkeypatch, tmp_path):
    window = windows.new_from_template("sample-dentist")
    existing = tmp_path / "tannlege.svg"
    existing.write_bytes(b"<svg/>")
    save_as(monkeypatch, tmp_path / "tannlege", "SVG vector image (*.svg)")  # .svg added
    prompts = Prompts(monkeypatch)
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.No))
    assert window.export_image() is False
    assert existing.read_bytes() == b"<svg/>"
    monkeypatch.setattr(QMessageBox, "question",
                        staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    assert window.export_image() is True
    assert ET.parse(existing).getroot().find(SVG_NS + "title").text
    assert prompts.asked == []
