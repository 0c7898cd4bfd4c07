"""Fixtures every till-side test folder shares."""

from __future__ import annotations

import pytest

from pos_app.store import open_store


@pytest.fixture
def store(tmp_path):
    """A migrated till store in a real SQLite file."""
    s = open_store(tmp_path / "till.db")
    yield s
    s.close()
