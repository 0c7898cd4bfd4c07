"""A wheel carries the till's data files: built, installed (not editable) into a fresh venv, it passes
``pos-till --self-check`` reading its templates, translations and style sheet from the installed copy.

Offline and quick (~15 s): the wheel is built without build isolation (setuptools and wheel come with
the ``test`` extra) from a copy of the sources, installed into a venv without pip by this venv's pip
(``pip --python``, ``--no-deps``), and the fresh venv finds the dependencies through a ``.pth`` line
naming this venv's site-packages. Python reads that line after its own site-packages, and does not
process the ``.pth`` files in the folder it names, so this venv's editable hook for ``pos_app`` never
runs: the installed wheel is what gets imported (asserted below, by path).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import zipfile
from pathlib import Path

import pytest

from tests.selfcheck.output import CHECK_NAMES, check_lines, outcomes

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ("pyproject.toml", "setup.py", "README.md", "pos_app", "receipts", "resources")
SHIPPED = (
    "pos_app/receipts/sale.txt", "pos_app/receipts/return.txt", "pos_app/receipts/test_page.txt", "pos_app/receipts/sk/sale.txt",
    "pos_app/resources/styles/till.qss", "pos_app/resources/styles/arrow_down.png",
    "pos_app/resources/translations/till_ru.qm", "pos_app/resources/translations/till_en.qm",
    "pos_app/resources/translations/till_sk.qm",
    "pos_app/store/migrations/script.py.mako",
)


def run(args: list[str], **kwargs) -> subprocess.CompletedProcess:
    proc = subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=180, **kwargs)
    assert proc.returncode == 0, f"{args}\n{proc.stdout}\n{proc.stderr}"
    return proc


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    from pos_app.ui.i18n import LANGUAGES, ensure_compiled

    for language in LANGUAGES:  # make builds them; a fresh checkout gets them here
        assert ensure_compiled(language) is not None, language
    src = tmp_path_factory.mktemp("src")
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "screenshots", "*.egg-info")
    for name in SOURCES:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, src / name, ignore=skip)
        else:
            shutil.copy2(source, src / name)
    out = tmp_path_factory.mktemp("dist")
    run([sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "--no-index", "--no-build-isolation",
         "-w", out, src])
    (built,) = out.glob("pos_app-*.whl")
    return built


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    venv = tmp_path_factory.mktemp("venv")
    run([sys.executable, "-m", "venv", "--without-pip", venv])
    python = venv / "bin" / "python"
    run([sys.executable, "-m", "pip", "--python", python, "install", "-q", "--no-deps", "--no-index", wheel])
    site = Path(run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"]).stdout.strip())
    ours = {sysconfig.get_path("purelib"), sysconfig.get_path("platlib")}
    (site / "zz_dependencies.pth").write_text("\n".join(sorted(ours)) + "\n", encoding="utf-8")
    return venv


def clean_env(tmp_path: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "POS_TILL_", "VIRTUAL_ENV"))}
    env.update(QT_QPA_PLATFORM="offscreen", POS_TILL_CONFIG=str(tmp_path / "none.toml"), HOME=str(tmp_path))
    return env


def test_the_wheel_holds_templates_styles_and_compiled_translations(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    assert not [name for name in SHIPPED if name not in names]
    assert not [name for name in names if name.startswith("pos_app/resources/screenshots") or name.endswith(".ts")]


def test_the_installed_wheel_passes_the_self_check_from_its_own_files(venv, tmp_path):
    env = clean_env(tmp_path)
    where = run([venv / "bin" / "python", "-c",
                 "import pos_app, pos_app.data_files as d; "
                 "print(pos_app.__file__, d.receipts_dir(), d.translations_dir(), d.style_sheet(), sep='\\n')"],
                cwd=tmp_path, env=env).stdout.split()
    installed = str(venv.resolve())
    assert all(path.startswith(installed) for path in where), where  # not the checkout's pos_app/receipts/...
    assert where[1].endswith("pos_app/receipts") and where[2].endswith("pos_app/resources/translations")

    proc = subprocess.run([venv / "bin" / "pos-till", "--self-check"], capture_output=True, text=True,
                          timeout=180, cwd=tmp_path, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert outcomes(proc.stdout) == dict.fromkeys(CHECK_NAMES, True), proc.stdout
    assert f"{len(CHECK_NAMES)}/{len(CHECK_NAMES)} ok, all passed" in proc.stdout
    by_name = check_lines(proc.stdout)
    assert f"from {where[1]} " in by_name["receipts"]
    assert f"from {where[2]}," in by_name["translations"]
    assert f"style {where[3]} " in by_name["main window"]
