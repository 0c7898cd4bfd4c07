"""Opening a hub (database migrated) and serving it with uvicorn."""

from __future__ import annotations

import socket
import threading
from pathlib import Path

import uvicorn

from .app import create_app
from .clock import Clock, SystemClock
from .context import Hub
from .db import default_db_url, upgrade
from .db.engine import Database
from .settings import HubSettings
from .sms import SmsGateway, make_gateway


def default_sms_outbox(db_url: str) -> Path | None:
    """Next to a SQLite file: ``<db>.sms.jsonl``; None otherwise (log only)."""
    if db_url.startswith("sqlite:///") and not db_url.endswith(":memory:"):
        return Path(db_url[len("sqlite:///"):]).with_suffix(".sms.jsonl")
    return None


def open_hub(db_url: str | None = None, *, clock: Clock | None = None, settings: HubSettings | None = None,
             sms: SmsGateway | None = None, migrate: bool = True) -> Hub:
    url = db_url or default_db_url()
    db = Database(url)
    if migrate:
        upgrade(db.engine)
    return Hub(db=db, clock=clock or SystemClock(), settings=settings or HubSettings(),
               sms=sms or make_gateway("console", default_sms_outbox(url)))


def bind_socket(host: str, port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


class BackgroundServer:
    """uvicorn in a thread on an already bound socket (port 0 = any free port)."""

    def __init__(self, hub: Hub, host: str = "127.0.0.1", port: int = 0, log_level: str = "warning"):
        self.sock = bind_socket(host, port)
        self.host, self.port = self.sock.getsockname()[:2]
        config = uvicorn.Config(create_app(hub), log_level=log_level, access_log=False, lifespan="off",
                                timeout_graceful_shutdown=2)
        self.server = uvicorn.Server(config)
        self.server.install_signal_handlers = lambda: None  # type: ignore[method-assign]  # not the main thread
        self.thread = threading.Thread(target=self.server.run, kwargs={"sockets": [self.sock]}, daemon=True,
                                       name=f"hub-{self.port}")

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 20.0) -> "BackgroundServer":
        self.thread.start()
        started = threading.Event()
        for _ in range(int(timeout / 0.01)):
            if self.server.started:
                started.set()
                break
            if not self.thread.is_alive():
                break
            started.wait(0.01)
        if not self.server.started:
            raise RuntimeError("the hub did not start")
        return self

    def stop(self) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)
        self.sock.close()
