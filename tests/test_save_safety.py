"""Saving never destroys a map: through symbolic links, over read-only files, and
with messages that name the user's file (never a hidden temporary one)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from journeymapper import io
from journeymapper.io import atomic
from journeymapper.io.templates import find_template

ROOT = Path(__file__).resolve().parents[1]
needs_links = pytest.mark.skipif(not hasattr(os, "symlink") or sys.platform == "win32",
                                 reason="symbolic links need POSIX here")


def _maps():
    first = find_template("empty-three-stages").open()
    second = find_template("empty-three-stages").open()
    second.set_info(title="Kundereisen – ærlig og øvet")
    return first, second


@needs_links
def test_saving_through_a_symbolic_link_updates_its_target_and_keeps_the_link(tmp_path):
    first, second = _maps()
    real = tmp_path / "delt" / "kart.jmap"
    real.parent.mkdir()
    io.save(first, real, keep_backup=False)
    link = tmp_path / "snarvei.jmap"
    link.symlink_to(real)

    io.save(second, link)

    assert link.is_symlink() and os.readlink(link) == str(real)
    assert io.load(real).info.title == "Kundereisen – ærlig og øvet"
    backup = atomic.backup_path(real)
    assert backup.is_file() and not backup.is_symlink()
    assert io.dumps(io.load(backup)) == io.dumps(first)
    assert not atomic.backup_path(link).exists(), "the backup lives beside the real file"
    assert sorted(p.name for p in real.parent.iterdir()) == ["kart.jmap", "kart.jmap.bak"]


@needs_links
def test_a_relative_link_and_a_link_to_a_link_are_followed_to_the_end(tmp_path):
    first, second = _maps()
    real = tmp_path / "kart.jmap"
    io.save(first, real, keep_backup=False)
    (tmp_path / "mellom.jmap").symlink_to("kart.jmap")
    (tmp_path / "snarvei.jmap").symlink_to("mellom.jmap")
    io.save(second, tmp_path / "snarvei.jmap")
    assert (tmp_path / "snarvei.jmap").is_symlink() and (tmp_path / "mellom.jmap").is_symlink()
    assert io.load(real).info.title == "Kundereisen – ærlig og øvet"


def test_a_read_only_map_is_not_replaced_and_the_error_names_it(tmp_path):
    first, second = _maps()
    path = tmp_path / "kart.jmap"
    io.save(first, path, keep_backup=False)
    before = path.read_bytes()
    path.chmod(0o444)
    try:
        with pytest.raises(atomic.ReadOnlyFileError) as caught:
            io.save(second, path)
    finally:
        path.chmod(0o644)
    assert str(caught.value) == f"“{path}” is read-only; save it under another name"
    assert isinstance(caught.value, OSError)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kart.jmap"], "no backup, no leftovers"


UNPRIVILEGED_SAVE = textwrap.dedent("""
    import os, sys
    from journeymapper import io
    from journeymapper.io.templates import find_template
    # Everything read from the clone is read first: a plain user may not read a clone
    # in root's home (a newcomer's "git clone" as root puts it in /root).
    document = find_template("empty-three-stages").open()
    if os.geteuid() == 0:                  # root writes anywhere: be a plain user
        os.setgid(65534)
        os.setuid(65534)
    try:
        io.save(document, sys.argv[1])
    except OSError as exc:
        print(str(exc))
        print(exc.filename)
        print(exc.strerror)
""")


@pytest.mark.skipif(not hasattr(os, "geteuid"), reason="POSIX permissions")
def test_a_save_refused_by_a_read_only_folder_names_the_map_not_the_temporary_file():
    import tempfile

    top = Path(tempfile.mkdtemp(prefix="jm-ro-"))
    try:
        top.chmod(0o755)
        folder = top / "låst"
        folder.mkdir()
        path = folder / "kart.jmap"
        io.save(_maps()[0], path, keep_backup=False)
        before = path.read_bytes()
        if os.geteuid() == 0:
            os.chown(path, 65534, 65534)   # the file is the user's; the folder is not
        folder.chmod(0o555)
        env = dict(os.environ, PYTHONPATH=str(ROOT))
        done = subprocess.run([sys.executable, "-c", UNPRIVILEGED_SAVE, str(path)], env=env,
                              capture_output=True, text=True, timeout=60, cwd=top)
        assert done.returncode == 0, done.stderr
        message, filename, reason = done.stdout.splitlines()
        assert message == f"Cannot write “{path}”: Permission denied"
        assert filename == str(path)
        assert ".tmp" not in done.stdout
        assert path.read_bytes() == before
    finally:
        folder.chmod(0o755)
        shutil.rmtree(top)
