"""The Debian package layout from ``packaging/build_deb.py`` (staging only; dpkg-deb runs in package-test)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build_deb = load("build_deb")
needs_dpkg = pytest.mark.skipif(shutil.which("dpkg") is None, reason="needs dpkg (Debian/Ubuntu)")


@pytest.fixture
def fake_app(tmp_path):
    app = tmp_path / "pos-till"
    (app / "_internal").mkdir(parents=True)
    (app / "pos-till").write_text("#!/bin/sh\necho till\n")
    (app / "pos-till").chmod(0o700)
    (app / "_internal" / "data.txt").write_text("x" * 5000)
    return app


@needs_dpkg
def test_staging_lays_out_app_launcher_desktop_entry_icon_and_control(fake_app, tmp_path):
    staging = tmp_path / "root"
    build_deb.stage(fake_app, staging)
    app = staging / "opt" / "pos-till" / "pos-till"
    assert stat.S_IMODE(app.stat().st_mode) == 0o755
    assert stat.S_IMODE((staging / "opt" / "pos-till" / "_internal" / "data.txt").stat().st_mode) == 0o644
    launcher = staging / "usr" / "bin" / "pos-till"
    assert os.access(launcher, os.X_OK)
    assert (staging / "usr/share/applications/pos-till.desktop").read_text().count("Exec=pos-till") == 1
    assert (staging / "usr/share/icons/hicolor/scalable/apps/pos-till.svg").is_file()
    control = (staging / "DEBIAN" / "control").read_text()
    assert "Package: pos-till\n" in control and not re.search(r"@[A-Z_]+@", control)
    assert "Depends: libc6, libxcb1," in control and "#" not in control
    assert int(control.split("Installed-Size: ")[1].split()[0]) >= 5


@needs_dpkg
def test_launcher_finds_the_app_relative_to_itself(fake_app, tmp_path):
    staging = tmp_path / "root"
    build_deb.stage(fake_app, staging)
    proc = subprocess.run([str(staging / "usr" / "bin" / "pos-till")], capture_output=True, text=True, timeout=30)
    assert proc.stdout.strip() == "till"


def test_version_comes_from_pyproject():
    assert build_deb.version() == __import__("tomllib").loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
