"""Settings and the recent-files list: kept between runs, never corrupted, no dead entries."""

import json

from journeymapper.config import paths
from journeymapper.config.settings import MAX_RECENT, RecentFiles, Settings


def test_settings_survive_a_new_settings_object_and_keep_unicode():
    Settings().set("last_folder", "/home/åse/kundereiser")
    Settings().set("pdf_paper", "A3")
    again = Settings()
    assert again.get("last_folder") == "/home/åse/kundereiser"
    assert again.get("pdf_paper") == "A3"
    assert again.get("missing", "default") == "default"
    assert (paths.config_dir() / "settings.json").is_file()


def test_two_writers_each_keep_their_own_keys():
    first, second = Settings(), Settings()
    first.set("a", 1)
    second.set("b", 2)  # second never read "a" itself, but must not lose it
    assert Settings().get("a") == 1 and Settings().get("b") == 2


def test_a_broken_settings_file_is_set_aside_and_defaults_are_used():
    path = paths.config_dir() / "settings.json"
    path.write_text("{ not json", encoding="utf-8")
    settings = Settings()
    assert settings.get("pdf_paper", "A4") == "A4"
    settings.set("pdf_paper", "A2")
    assert json.loads(path.read_text(encoding="utf-8")) == {"pdf_paper": "A2"}
    assert (paths.config_dir() / "settings.json.broken").read_text() == "{ not json"


def test_writes_leave_no_temporary_files_behind():
    for i in range(5):
        Settings().set("n", i)
    assert sorted(p.name for p in paths.config_dir().iterdir()) == ["settings.json"]


def test_recent_files_newest_first_without_duplicates(tmp_path):
    a, b = tmp_path / "a.jmap", tmp_path / "b.jmap"
    a.write_text("{}")
    b.write_text("{}")
    recent = RecentFiles()
    recent.add(a)
    recent.add(b)
    recent.add(a)
    assert RecentFiles().paths() == [a.resolve(), b.resolve()]


def test_recent_files_are_limited_and_missing_ones_pruned(tmp_path):
    files = []
    for i in range(MAX_RECENT + 3):
        f = tmp_path / f"kart-{i}-øy.jmap"
        f.write_text("{}")
        files.append(f)
        RecentFiles().add(f)
    listed = RecentFiles().paths()
    assert len(listed) == MAX_RECENT
    assert listed[0] == files[-1].resolve()
    files[-1].unlink()
    listed = RecentFiles().paths()
    assert files[-1].resolve() not in listed and len(listed) == MAX_RECENT - 1
    assert len(Settings().get("recent_files")) == MAX_RECENT - 1  # pruned in the file too


def test_an_unwritable_settings_folder_does_not_stop_the_program(tmp_path):
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder should be")
    settings = Settings(blocked / "settings.json")
    assert settings.set("pdf_paper", "A3") is False
    assert settings.get("pdf_paper", "A4") == "A4"
    RecentFiles(settings).add(tmp_path / "kart.jmap")  # no exception
