"""A throwaway PostgreSQL server on a loopback port, for tests and benchmarks.

    server = start_postgres()          # or None, with the reason in ``why_not()``
    url = server.create_database("t1") # postgresql+psycopg://postgres@127.0.0.1:PORT/t1
    server.stop()

It runs ``initdb``/``pg_ctl`` from PATH or ``/usr/lib/postgresql/*/bin``. PostgreSQL refuses to run as
root, so as root it runs them as the ``postgres`` user (``runuser``), which the Debian package creates.
``python tests/hub/hub_pg_server.py`` starts one and waits (Ctrl-C stops it)."""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass


def _bin(name: str) -> str | None:
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)
    return candidates[0] if candidates else None


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def why_not() -> str | None:
    """None if a server can be started here, else the reason."""
    if os.environ.get("POS_TEST_NO_PG"):
        return "POS_TEST_NO_PG is set"
    if not _bin("initdb") or not _bin("pg_ctl"):
        return "initdb/pg_ctl not found (install Debian's postgresql package)"
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no 'postgres' user to run the server as"
        if not shutil.which("runuser"):
            return "running as root and runuser is missing"
    return None


@dataclass
class PgServer:
    port: int
    datadir: str
    owner: str | None
    base: str

    @property
    def admin_url(self) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/postgres"

    @property
    def pid(self) -> int | None:
        """The postmaster's process id (benchmarks read its CPU time), or None if unreadable."""
        try:
            with open(os.path.join(self.datadir, "postmaster.pid")) as f:
                return int(f.readline())
        except (OSError, ValueError):
            return None

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def execute(self, sql: str) -> None:
        import psycopg

        with psycopg.connect(f"host=127.0.0.1 port={self.port} user=postgres dbname=postgres",
                             autocommit=True) as conn:
            conn.execute(sql)

    def create_database(self, name: str, template: str | None = None) -> str:
        self.execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        return self.url(name)

    def stop(self) -> None:
        _run(self.owner, [_bin("pg_ctl"), "-D", self.datadir, "-m", "immediate", "-w", "stop"], check=False)
        shutil.rmtree(self.base, ignore_errors=True)


def _run(owner: str | None, cmd: list[str], check: bool = True) -> subprocess.CompletedProcess:
    if owner:
        cmd = ["runuser", "-u", owner, "--", *cmd]
    # cwd: the server's user may not be allowed into the caller's directory
    return subprocess.run(cmd, check=check, capture_output=True, text=True, timeout=120, cwd=tempfile.gettempdir())


def start_postgres(durable: bool = False) -> PgServer:
    """Start a server (raises RuntimeError with the server's words if it cannot). ``durable=False`` turns
    fsync off for fast tests; benchmarks pass True."""
    reason = why_not()
    if reason:
        raise RuntimeError(reason)
    owner = "postgres" if os.geteuid() == 0 else None
    base = tempfile.mkdtemp(prefix="pos-pg-")
    datadir, sockdir = os.path.join(base, "data"), os.path.join(base, "sock")
    os.makedirs(sockdir)
    if owner:
        entry = pwd.getpwnam(owner)
        os.chmod(base, 0o755)
        for path in (base, sockdir):
            os.chown(path, entry.pw_uid, entry.pw_gid)
    port = _free_port()
    try:
        _run(owner, [_bin("initdb"), "-D", datadir, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync",
                     "--locale=C.UTF-8" if _has_c_utf8() else "--no-locale"])
        opts = f"-p {port} -k {sockdir} -c listen_addresses=127.0.0.1 -c max_connections=200 -c shared_buffers=128MB"
        if not durable:
            opts += " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        _run(owner, [_bin("pg_ctl"), "-D", datadir, "-o", opts, "-l", os.path.join(base, "server.log"), "-w",
                     "-t", "60", "start"])
    except subprocess.CalledProcessError as exc:
        log = ""
        try:
            log = open(os.path.join(base, "server.log")).read()[-2000:]
        except OSError:
            pass
        shutil.rmtree(base, ignore_errors=True)
        raise RuntimeError(f"{exc.cmd[0]} failed: {exc.stderr.strip()[-1000:]} {log}") from None
    return PgServer(port=port, datadir=datadir, owner=owner, base=base)


def _has_c_utf8() -> bool:
    try:
        out = subprocess.run(["locale", "-a"], capture_output=True, text=True, timeout=10).stdout.lower()
    except (OSError, subprocess.SubprocessError):
        return False
    return "c.utf8" in out or "c.utf-8" in out


if __name__ == "__main__":
    server = start_postgres()
    print(server.admin_url, flush=True)
    try:
        import time

        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
