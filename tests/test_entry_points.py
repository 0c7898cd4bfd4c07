"""The console entry points are installed and answer --help."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.mark.parametrize("name", ["pos-till", "pos-hub"])
def test_entry_point_help(name):
    exe = shutil.which(name) or str(Path(sys.executable).parent / name)
    proc = subprocess.run([exe, "--help"], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert name in proc.stdout
