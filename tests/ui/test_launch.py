"""Where ``pos-till`` keeps its data: the same place the store and the self-check use."""

from __future__ import annotations

from pos_app.store.paths import ENV_DATA_DIR
from pos_app.ui.launch import _data_dir


def test_the_data_dir_follows_the_store_setting(tmp_path, monkeypatch):
    monkeypatch.setenv(ENV_DATA_DIR, str(tmp_path / "from-env"))
    assert _data_dir(None) == tmp_path / "from-env" and (tmp_path / "from-env").is_dir()
    assert _data_dir(tmp_path / "given") == tmp_path / "given"  # --data-dir or till.toml win
