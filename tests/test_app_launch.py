"""Starting the program: files from the command line, or a real sample map at once."""

import pytest
from PySide6.QtWidgets import QApplication

from journeymapper.app import launch
from journeymapper.io import dumps, save
from journeymapper.io.templates import find_template

from test_app_support import Prompts


pytestmark = pytest.mark.usefixtures("no_windows_left")


def test_with_no_files_a_new_user_sees_the_airline_sample_unsaved(qtbot, monkeypatch):
    prompts = Prompts(monkeypatch)
    [window] = launch.start([])
    sample = find_template("sample-airline").open()
    assert dumps(window.session.document) == dumps(sample)
    assert window.session.path is None and not window.isWindowModified()
    assert window.windowTitle().startswith(sample.info.title)
    assert window.session.document.node_count() > 10  # a real map, not an empty grid
    assert window.close() and prompts.asked == []  # untouched: closes without a question


def test_each_file_on_the_command_line_opens_and_a_bad_one_is_explained(qtbot, monkeypatch,
                                                                       tmp_path):
    prompts = Prompts(monkeypatch)
    good = tmp_path / "tannlege.jmap"
    save(find_template("sample-dentist").open(), good, keep_backup=False)
    other = tmp_path / "rørlegger.jmap"
    save(find_template("sample-plumber-no").open(), other, keep_backup=False)
    bad = tmp_path / "tom.jmap"
    bad.write_bytes(b"")
    opened = launch.start([str(good), str(bad), str(other), str(good)])
    assert [w.session.path for w in opened] == [good.resolve(), other.resolve()]
    [(_, _, message)] = prompts.of("critical")
    assert "tom.jmap" in message and "empty" in message


def test_when_every_file_fails_the_sample_opens_so_the_program_is_usable(qtbot, monkeypatch,
                                                                        tmp_path):
    prompts = Prompts(monkeypatch)
    [window] = launch.start([str(tmp_path / "finnes-ikke.jmap")])
    assert len(prompts.of("critical")) == 1
    assert window.session.path is None and window.session.document.node_count() > 0


def test_the_application_has_its_name_and_the_shipped_font(qapp):
    app = launch.application([])
    assert app is QApplication.instance()
    assert app.applicationName() == "JourneyMapper"
    assert app.organizationName() == "JourneyMapper"
    assert not app.windowIcon().isNull()  # the taskbar shows ours, not a blank
    assert "DejaVu Sans" in launch.register_fonts()
