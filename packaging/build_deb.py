"""Wrap the PyInstaller build (``dist/pos-till/``) as a Debian package with ``dpkg-deb``.

Layout: the app in ``/opt/pos-till/``, the launcher ``/usr/bin/pos-till``, the desktop entry
``/usr/share/applications/pos-till.desktop`` and the icon in the hicolor theme. Prints the path of
the ``.deb`` (``dist/pos-till_<version>_<arch>.deb``). Usage: ``python packaging/build_deb.py``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HERE = ROOT / "packaging"
DEBIAN = HERE / "debian"


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def architecture() -> str:
    return subprocess.run(["dpkg", "--print-architecture"], capture_output=True, text=True, check=True).stdout.strip()


def depends() -> str:
    lines = (DEBIAN / "depends.txt").read_text(encoding="utf-8").splitlines()
    return ", ".join(["libc6"] + [line.strip() for line in lines if line.strip() and not line.startswith("#")])


def tree_size_kb(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) // 1024 + 1


def install(src: Path, dest: Path, mode: int) -> None:
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(src, dest)
    dest.chmod(mode)


def normalise_modes(root: Path) -> None:
    """Directories 0755, executables 0755, everything else 0644 (what lintian expects)."""
    for path in [root, *root.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            executable = path.stat().st_mode & stat.S_IXUSR
            path.chmod(0o755 if executable else 0o644)


def stage(app: Path, staging: Path) -> None:
    shutil.copytree(app, staging / "opt" / "pos-till", symlinks=True)
    install(HERE / "till.toml.example", staging / "opt" / "pos-till" / "till.toml.example", 0o644)
    install(DEBIAN / "pos-till.sh", staging / "usr" / "bin" / "pos-till", 0o755)
    install(DEBIAN / "pos-till.desktop", staging / "usr" / "share" / "applications" / "pos-till.desktop", 0o644)
    install(HERE / "pos-till.svg", staging / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "pos-till.svg",
            0o644)
    normalise_modes(staging)
    control = (DEBIAN / "control.in").read_text(encoding="utf-8")
    for key, value in {"VERSION": version(), "ARCH": architecture(), "DEPENDS": depends(),
                       "SIZE_KB": str(tree_size_kb(staging))}.items():
        control = control.replace(f"@{key}@", value)
    meta = staging / "DEBIAN"
    meta.mkdir(mode=0o755)
    (meta / "control").write_text(control, encoding="utf-8")
    (meta / "control").chmod(0o644)


def build(app: Path, out_dir: Path, compression: str, level: int) -> Path:
    if not (app / "pos-till").is_file():
        sys.exit(f"build_deb: {app}/pos-till not found; run PyInstaller first (make package)")
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"pos-till_{version()}_{architecture()}.deb"
    with tempfile.TemporaryDirectory(prefix="pos-till-deb-") as tmp:
        staging = Path(tmp) / "root"
        stage(app, staging)
        subprocess.run(["dpkg-deb", "--root-owner-group", f"-Z{compression}", f"-z{level}", "--build", str(staging),
                        str(target)],
                       check=True, stdout=subprocess.DEVNULL)
    return target


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--app", type=Path, default=ROOT / "dist" / "pos-till", help="the PyInstaller one-folder build")
    parser.add_argument("--out", type=Path, default=ROOT / "dist", help="where the .deb goes")
    # xz (every dpkg reads it) at level 1: 13 s and ~48 MB here, against ~2 min and 43 MB at the default level 6.
    parser.add_argument("--compression", default=os.environ.get("DEB_COMPRESSION", "xz"),
                        choices=("xz", "gzip", "zstd", "none"))
    parser.add_argument("--level", type=int, default=int(os.environ.get("DEB_COMPRESSION_LEVEL", "1")))
    args = parser.parse_args(argv)
    print(build(args.app, args.out, args.compression, args.level))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
