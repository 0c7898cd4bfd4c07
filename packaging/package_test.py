"""Install the built .deb into a fresh directory and check that the installed till works.

``make package-test`` runs it after ``make package``. Steps: read the package's control fields,
unpack it (``dpkg-deb -x``) into a new root, check the layout (app, launcher, desktop entry, icon),
pre-seed a machine-wide config file the way a store's IT would, run the installed
``usr/bin/pos-till --self-check`` offscreen as a fresh user (exit 0 required), then measure the
unpacked app's size (must be under the target) and its cold start to a shown main window
(``--self-check=startup``, several runs: first and median). Writes the figures to
``build/package-test.json``. Exit status 0 only when every step passed.
"""

from __future__ import annotations

import argparse
import configparser
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SIZE_TARGET_MB = 150
STARTUP_TARGET_S = 2.0
SHOWN = re.compile(r"shown ([0-9.]+) s after process start \(([0-9.]+) s CPU\)")


class Failed(Exception):
    pass


def newest_deb(folder: Path) -> Path:
    debs = sorted(folder.glob("pos-till_*.deb"), key=lambda p: p.stat().st_mtime)
    if not debs:
        raise Failed(f"no pos-till_*.deb in {folder}; run make package")
    return debs[-1]


def control_fields(deb: Path) -> dict[str, str]:
    text = subprocess.run(["dpkg-deb", "-f", str(deb)], capture_output=True, text=True, check=True).stdout
    fields: dict[str, str] = {}
    for line in text.splitlines():
        if line[:1] not in (" ", "\t") and ":" in line:
            key, value = line.split(":", 1)
            fields[key] = value.strip()
    for key in ("Package", "Version", "Architecture", "Depends", "Installed-Size"):
        if not fields.get(key):
            raise Failed(f"control field {key} missing")
    return fields


def check_layout(root: Path) -> None:
    app = root / "opt" / "pos-till" / "pos-till"
    launcher = root / "usr" / "bin" / "pos-till"
    desktop = root / "usr" / "share" / "applications" / "pos-till.desktop"
    icon = root / "usr" / "share" / "icons" / "hicolor" / "scalable" / "apps" / "pos-till.svg"
    for path in (app, launcher, desktop, icon):
        if not path.is_file():
            raise Failed(f"{path.relative_to(root)} missing from the package")
    for path in (app, launcher):
        if not os.access(path, os.X_OK):
            raise Failed(f"{path.relative_to(root)} is not executable")
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(desktop, encoding="utf-8")
    section = entry["Desktop Entry"]
    if section.get("Exec", "").split()[0] != "pos-till" or section.get("Icon") != "pos-till":
        raise Failed("desktop entry must run pos-till with the pos-till icon")
    validator = shutil.which("desktop-file-validate")
    if validator:
        proc = subprocess.run([validator, str(desktop)], capture_output=True, text=True)
        if proc.returncode != 0:
            raise Failed(f"desktop-file-validate: {proc.stdout}{proc.stderr}")
    bundle = root / "opt" / "pos-till" / "_internal"
    for needed in ("pos_app/receipts/sale.txt", "pos_app/resources/translations/till_ru.qm",
                   "pos_app/resources/translations/till_en.qm",
                   "pos_app/resources/translations/till_sk.qm", "pos_app/resources/styles/till.qss",
                   "escpos/capabilities.json", "pos_app/store/migrations/env.py"):
        if not (bundle / needed).is_file():
            raise Failed(f"{needed} missing from the bundle")
    for unwanted in ("pos_app/resources/screenshots", "resources", "receipts", "phonenumbers/geodata",
                     "PySide6/Qt/lib/libQt6Qml.so.6"):
        if (bundle / unwanted).exists():
            raise Failed(f"{unwanted} should not be in the bundle")


def fresh_user_env(root: Path, home: Path) -> dict[str, str]:
    """A user who never ran the till; the machine-wide config is the package root's /etc/xdg."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POS_TILL_", "ESCPOS_", "XDG_", "PYTHON"))}
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_DATA_HOME=str(home / ".local/share"),
               XDG_CACHE_HOME=str(home / ".cache"), XDG_CONFIG_DIRS=str(root / "etc" / "xdg"),
               QT_QPA_PLATFORM="offscreen", LC_ALL="C.UTF-8")
    return env


def preseed_config(root: Path) -> Path:
    path = root / "etc" / "xdg" / "pos-till" / "till.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text('[hub]\nurl = "http://127.0.0.1:9"\ntoken = "package-test-token"\n\n'
                    '[till]\nstore = "S9"\ntill = "T9"\n', encoding="utf-8")
    return path


def run_self_check(launcher: Path, env: dict[str, str], config: Path) -> list[str]:
    """Problems found (empty when the installed self-check passed and read the pre-seeded config)."""
    proc = subprocess.run([str(launcher), "--self-check"], capture_output=True, text=True, env=env, timeout=300)
    print(proc.stdout, end="")
    problems = []
    if proc.returncode != 0:
        print(proc.stderr[-3000:], file=sys.stderr)
        problems.append(f"installed pos-till --self-check exited {proc.returncode}")
    if str(config) not in proc.stdout or "hub_url" not in proc.stdout:
        problems.append("the self-check did not read the pre-seeded machine-wide config file")
    return problems


def run_print_test(launcher: Path, env: dict[str, str], folder: Path) -> list[str]:
    """``pos-till --print-test`` to a file printer: the printing command line works in the package."""
    settings, output = folder / "printer.json", folder / "test-page.bin"
    settings.write_text(json.dumps({"kind": "file", "path": str(output)}), encoding="utf-8")
    proc = subprocess.run([str(launcher), "--print-test", "--printer", str(settings)], capture_output=True,
                          text=True, env=env, timeout=120)
    if proc.returncode != 0 or not output.is_file() or output.stat().st_size == 0:
        return [f"pos-till --print-test exited {proc.returncode}: {proc.stderr[-1000:]}"]
    print(f"ok    print-test     test page: {output.stat().st_size} bytes to a file printer")
    return []


def unpacked_size(folder: Path) -> tuple[float, float]:
    """(apparent MB, disk usage MB as du reports it)."""
    apparent = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    du = subprocess.run(["du", "-sk", str(folder)], capture_output=True, text=True, check=True).stdout.split()[0]
    return apparent / 1e6, int(du) * 1024 / 1e6


def startup_times(launcher: Path, env: dict[str, str], runs: int) -> list[tuple[float, float, float]]:
    """(seconds from process start to the main window shown, CPU seconds by then, wall seconds of the run)."""
    results = []
    for _ in range(runs):
        started = time.perf_counter()
        proc = subprocess.run([str(launcher), "--self-check=startup"], capture_output=True, text=True, env=env,
                              timeout=120)
        wall = time.perf_counter() - started
        found = SHOWN.search(proc.stdout)
        if proc.returncode != 0 or not found:
            raise Failed(f"--self-check=startup failed ({proc.returncode}): {proc.stdout}{proc.stderr[-2000:]}")
        results.append((float(found.group(1)), float(found.group(2)), wall))
    return results


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Install the .deb into a fresh directory and test it.")
    parser.add_argument("deb", nargs="?", type=Path, help="the package (default: the newest in dist/)")
    parser.add_argument("--runs", type=int, default=5, help="start-up measurements")
    args = parser.parse_args(argv)
    began = time.perf_counter()
    report: dict[str, object] = {}
    try:
        deb = args.deb or newest_deb(ROOT / "dist")
        fields = control_fields(deb)
        print(f"package: {deb.name} ({deb.stat().st_size / 1e6:.1f} MB), Depends: {fields['Depends']}")
        with tempfile.TemporaryDirectory(prefix="pos-till-install-") as tmp:
            root, home = Path(tmp) / "root", Path(tmp) / "home"
            home.mkdir()
            subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
            check_layout(root)
            print(f"installed into {root}: /opt/pos-till, /usr/bin/pos-till, desktop entry and icon present")
            config = preseed_config(root)
            env = fresh_user_env(root, home)
            launcher = root / "usr" / "bin" / "pos-till"
            problems = run_self_check(launcher, env, config)  # measured below even when it failed
            problems += run_print_test(launcher, env, home)
            apparent, disk = unpacked_size(root / "opt" / "pos-till")
            times = startup_times(launcher, env, args.runs)
        shown = [t for t, _, _ in times]
        cpu = [c for _, c, _ in times]
        walls = [w for _, _, w in times]
        report = {"deb": deb.name, "deb_mb": round(deb.stat().st_size / 1e6, 1), "unpacked_mb": round(apparent, 1),
                  "du_mb": round(disk, 1), "startup_shown_s": shown, "startup_first_s": shown[0],
                  "startup_median_s": statistics.median(shown), "startup_cpu_median_s": statistics.median(cpu),
                  "startup_run_wall_median_s": statistics.median(walls), "load_average": os.getloadavg()[0]}
        print(f"bundle size: {apparent:.1f} MB unpacked ({disk:.1f} MB on disk; target < {SIZE_TARGET_MB} MB)")
        print(f"cold start to a shown main window (fresh database): first {shown[0]:.2f} s, median "
              f"{statistics.median(shown):.2f} s over {len(shown)} runs (target < {STARTUP_TARGET_S} s); "
              f"each run {', '.join(f'{s:.2f}' for s in shown)}; CPU time to the window median "
              f"{statistics.median(cpu):.2f} s; machine load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
        if apparent > SIZE_TARGET_MB:
            problems.append(f"the unpacked app is {apparent:.1f} MB, over the {SIZE_TARGET_MB} MB target")
        if problems:
            raise Failed("; ".join(problems))
    except (Failed, subprocess.CalledProcessError, subprocess.TimeoutExpired) as exc:
        print(f"package-test: FAILED: {exc}", file=sys.stderr)
        return 1
    finally:
        report["package_test_s"] = round(time.perf_counter() - began, 1)
        out = ROOT / "build" / "package-test.json"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"package-test: passed in {report['package_test_s']} s (figures in {out.relative_to(ROOT)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
