"""Start the program: a QApplication and a main window on a file or a sample map."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from ..io import JourneyFileError, load
from ..io.templates import find_template

DEFAULT_SAMPLE = "sample-airline"


def run(files: list[str], qt_args: list[str] | None = None) -> int:
    app = QApplication.instance() or QApplication([sys.argv[0], *(qt_args or [])])
    app.setApplicationName("JourneyMapper")
    app.setOrganizationName("JourneyMapper")
    tr = QCoreApplication.translate
    window = QMainWindow()
    try:
        document = load(files[0]) if files else find_template(DEFAULT_SAMPLE).open()
        name = os.path.basename(files[0]) if files else document.info.title
    except JourneyFileError as exc:
        QMessageBox.critical(None, tr("launch", "Cannot open the map"), str(exc))
        document, name = None, tr("launch", "Untitled")
    summary = tr("launch", "{0}: {1} steps in {2} micro-journeys").format(
        name, document.node_count() if document else 0, len(document.journeys) if document else 0)
    window.setCentralWidget(QLabel(summary))
    window.setWindowTitle(tr("launch", "{0} — JourneyMapper").format(name))
    window.resize(900, 600)
    window.show()
    return app.exec()
