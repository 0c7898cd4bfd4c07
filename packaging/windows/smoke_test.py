"""Smoke test of the Windows installer under wine (``make package-windows-test``), in a throwaway WINEPREFIX.

1. install silently with the configuration as options (``/CONFIG=`` a prepared file, plus ``/TOKEN=``):
   files, Start-menu shortcut, uninstall entry, ``C:\\ProgramData\\pos-till\\till.toml``;
2. run the installed till's ``--self-check`` offscreen (through ``pos-till.cmd``): every check passes and
   the config check read the machine-wide file;
3. give the till data: its own store (``till.db`` in the user's data folder, platformdirs), seeded from
   till.toml, plus a marker setting;
4. rebuild the installer as a newer version (same files, zlib) and upgrade silently without options:
   new version registered, till.toml unchanged, till.db and the marker still there, self-check passes;
5. uninstall silently: program, shortcut and entry gone, till.toml and till.db kept;
6. reinstall with a wrong option (exit code 2, till.toml untouched, the kept data found), uninstall with
   ``/PURGE``: the data is gone too.

wine's stdout must be a pipe (with a file Python aborts in init_sys_streams): every run here captures.
Figures go to build/windows-test/smoke.json, the self-check output to build/windows-test/selfcheck.txt.
Without wine (and not root to install it, see scripts/ensure_wine.sh) the test says so and is skipped.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
WORK = ROOT / "build" / "windows-test"
PREFIX = WORK / "prefix"
APPDIR_WIN = r"C:\Program Files\pos-till"
UNINST_KEY = r"HKLM\Software\Microsoft\Windows\CurrentVersion\Uninstall\pos-till"
SHORTCUT = "ProgramData/Microsoft/Windows/Start Menu/Programs/POS till.lnk"
MARKER = "windows_smoke_marker"
SEED = """# prepared by store IT
[hub]
url = "http://hub.example.lan:8765"

[till]
store = "S7"
till = "T3"
language = "ru"

[printer]
kind = "file"
path = 'C:\\pos-till-receipts.bin'
columns = 32
"""
timings: dict[str, float] = {}


def step(name: str):
    class Timer:
        def __enter__(self):
            print(f"smoke: {name} ...", flush=True)
            self.started = time.monotonic()

        def __exit__(self, *exc):
            timings[name] = round(time.monotonic() - self.started, 1)
            if exc[0] is None:
                print(f"smoke: {name}: ok ({timings[name]} s)", flush=True)
    return Timer()


def env() -> dict[str, str]:
    e = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "POS_TILL_", "VIRTUAL_ENV", "WINE"))}
    e.update(WINEPREFIX=str(PREFIX), WINEARCH="win64", WINEDEBUG="-all", QT_QPA_PLATFORM="offscreen",
             WINEDLLOVERRIDES="mscoree,mshtml=")  # no wine-mono/gecko download prompts
    return e


def wine(*args: str, check: bool = True, timeout: int = 600) -> subprocess.CompletedProcess:
    proc = subprocess.run(["wine", *args], env=env(), stdin=subprocess.DEVNULL, capture_output=True,
                          text=True, encoding="utf-8", errors="replace", timeout=timeout)
    if check and proc.returncode != 0:
        raise AssertionError(f"wine {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def drive_c(path: str) -> Path:
    """C:\\x\\y -> the file in the prefix."""
    assert path[:3].upper() == "C:\\", path
    return PREFIX / "drive_c" / Path(*path[3:].split("\\"))


def python(code: str) -> str:
    return wine(APPDIR_WIN + r"\python\python.exe", "-c", code).stdout


def registered_version() -> str | None:
    proc = wine("reg", "query", UNINST_KEY, "/v", "DisplayVersion", check=False)
    if proc.returncode != 0:
        return None
    return proc.stdout.split("REG_SZ")[-1].strip()


def self_check(label: str) -> str:
    proc = wine("cmd", "/c", APPDIR_WIN + r"\pos-till.cmd", "--self-check", check=False)
    out = proc.stdout + proc.stderr
    (WORK / f"selfcheck-{label}.txt").write_text(out, encoding="utf-8")
    assert proc.returncode == 0 and "8/8 ok, all passed" in out, f"self-check ({label}) failed:\n{out}"
    assert r"files read: C:\ProgramData\pos-till\till.toml" in out, out
    return out


TILL_DATA = f"""
from pos_app.config import load_config, seed_store
from pos_app.store import get_setting, open_store, set_setting
from pos_app.store.paths import default_db_path
import sys
store = open_store(default_db_path())
try:
    if sys.argv[-1] == "write":
        seed_store(store, load_config())
        with store.write() as s:
            set_setting(s, "{MARKER}", "kept")
    with store.read() as s:
        print(default_db_path(), get_setting(s, "{MARKER}"), get_setting(s, "store_id"), get_setting(s, "till_token"))
finally:
    store.close()
"""


def till_data(mode: str) -> list[str]:
    return wine(APPDIR_WIN + r"\python\python.exe", "-c", TILL_DATA, mode).stdout.split()


def installed_bytes() -> int:
    return sum(p.stat().st_size for p in drive_c(APPDIR_WIN).rglob("*") if p.is_file())


def main() -> int:
    if shutil.which("wine") is None:
        print("smoke: SKIPPED: wine is not installed (scripts/ensure_wine.sh installs it as root)")
        return 0
    sys.path.insert(0, str(HERE))
    from build_installer import project_version

    version = project_version()
    installer = ROOT / "dist" / f"pos-till-{version}-win64-setup.exe"
    assert installer.is_file(), f"{installer} missing: make package-windows"
    started = time.monotonic()
    shutil.rmtree(WORK, ignore_errors=True)
    WORK.mkdir(parents=True)
    try:
        with step("fresh WINEPREFIX (wineboot)"):
            subprocess.run(["wineboot", "-i"], env=env(), check=True, capture_output=True, timeout=300)
            seed = drive_c(r"C:\seed\till.toml")
            seed.parent.mkdir(parents=True)
            seed.write_text(SEED, encoding="utf-8")

        with step(f"silent install of {installer.name}"):
            wine(str(installer), "/S", r"/CONFIG=C:\seed\till.toml", "/TOKEN=till-token-123")
            assert drive_c(APPDIR_WIN + r"\python\pythonw.exe").is_file()
            assert (PREFIX / "drive_c" / SHORTCUT).is_file(), "no Start-menu shortcut"
            assert registered_version() == version, registered_version()
            config_file = drive_c(r"C:\ProgramData\pos-till\till.toml")
            config = tomllib.loads(config_file.read_text(encoding="utf-8"))
            assert config["hub"] == {"url": "http://hub.example.lan:8765", "token": "till-token-123"}, config
            assert config["till"]["store"] == "S7" and config["printer"]["columns"] == 32, config
            config_text = config_file.read_text(encoding="utf-8")
            size = installed_bytes()

        with step("self-check of the installed till"):
            output = self_check("install")
            print(output, end="")

        with step("till data in the user's data folder"):
            db_path, marker, store_id, token = till_data("write")
            assert (marker, store_id, token) == ("kept", "S7", "till-token-123"), (marker, store_id, token)
            db = drive_c(db_path)
            assert db.is_file() and "AppData" in db_path, db_path

        upgrade_version = f"{version}.1"
        upgrade = WORK / f"pos-till-{upgrade_version}-win64-setup.exe"
        with step("rebuild the installer as the next version"):
            subprocess.run([sys.executable, str(HERE / "build_installer.py"), "--reuse-stage", "--fast",
                            "--version", upgrade_version, "--out", str(upgrade)], check=True)

        with step(f"silent upgrade to {upgrade_version}"):
            wine(str(upgrade), "/S")
            assert registered_version() == upgrade_version, registered_version()
            assert config_file.read_text(encoding="utf-8") == config_text, "till.toml changed by the upgrade"
            assert till_data("read")[1:] == ["kept", "S7", "till-token-123"]
            self_check("upgrade")

        with step("silent uninstall (keeps the data)"):
            # _?= runs the uninstaller in place, so wine returns when it has finished
            wine(drive_c(APPDIR_WIN + r"\uninstall.exe").as_posix(), "/S", "_?=" + APPDIR_WIN)
            app = drive_c(APPDIR_WIN)
            assert not (app / "python").exists() and not (app / "pkgs").exists(), sorted(os.listdir(app))
            assert not (PREFIX / "drive_c" / SHORTCUT).exists(), "shortcut left behind"
            assert registered_version() is None, "uninstall entry left behind"
            assert config_file.read_text(encoding="utf-8") == config_text and db.is_file(), "data not kept"
            shutil.rmtree(app, ignore_errors=True)  # the in-place uninstaller cannot delete itself

        with step("reinstall with a wrong option (exit 2, till.toml kept), then uninstall /PURGE"):
            proc = wine(str(upgrade), "/S", '/PRINTER="kind=laser"', check=False)
            assert proc.returncode == 2, f"a wrong option gave exit code {proc.returncode}"
            assert config_file.read_text(encoding="utf-8") == config_text, "a wrong option changed till.toml"
            assert till_data("read")[1] == "kept", "reinstall did not find the kept data"
            wine(drive_c(APPDIR_WIN + r"\uninstall.exe").as_posix(), "/S", "/PURGE", "_?=" + APPDIR_WIN)
            assert not config_file.exists() and not db.exists(), "/PURGE left data behind"
    finally:
        subprocess.run(["wineserver", "-k"], env=env(), capture_output=True)
    total = round(time.monotonic() - started, 1)
    figures = {"installer_bytes": installer.stat().st_size, "installed_bytes": size, "seconds": total,
               "steps": timings}
    (WORK / "smoke.json").write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    print(f"smoke: all passed in {total} s; installer {installer.stat().st_size / 2**20:.1f} MB, "
          f"installed {size / 2**20:.1f} MB (figures in {WORK / 'smoke.json'})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
