"""Every test runs headless, with its own config and data folders."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def own_user_folders(tmp_path, monkeypatch):
    """No test reads or writes the real user's settings, recent files or autosaves."""
    config = tmp_path / "user-config"
    data = tmp_path / "user-data"
    monkeypatch.setenv("JOURNEYMAPPER_CONFIG_DIR", str(config))
    monkeypatch.setenv("JOURNEYMAPPER_DATA_DIR", str(data))
    return config, data
