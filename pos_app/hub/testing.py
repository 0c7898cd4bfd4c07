"""A real hub on a loopback port for tests (the till, sync and UI tests use it too).

    from pos_app.hub.testing import running_hub

    with running_hub() as hub:                       # temp SQLite file, demo store, system clock
        url = f"{hub.url}/v1/members/by-phone/+79123456789"
        requests.get(url, timeout=(2, 5), headers=hub.headers)
        code = hub.last_sms_code("+79990000001")     # codes the console gateway "sent"

Signature (kept stable): ``running_hub(db_url=None, demo=True, clock=None, settings=None, store="S1",
till="T1") -> Iterator[HubHandle]``.

- ``db_url``: None = a fresh SQLite file in a temp dir (removed afterwards); or any SQLAlchemy URL
  (e.g. ``postgresql+psycopg://...``; the database is migrated, not emptied).
- ``demo``: seed the demo store (``pos_app.hub.demo``: catalog, members, and the demo staff 1/1111,
  2/2222, 9/9999 in ``store``; see ``DEMO_PHONES`` and ``DEMO_STAFF`` there).
- ``clock``: e.g. ``pos_app.hub.clock.ManualClock()``; tests move it instead of sleeping.
- ``HubHandle``: ``url`` ("http://127.0.0.1:PORT", no trailing slash), ``token`` (bearer token of till
  ``store``/``till``), ``headers`` ({"Authorization": "Bearer ..."}), ``hub`` (the in-process ``Hub``:
  ``hub.db``, ``hub.clock``), ``db_url``, ``sms_outbox`` (JSON lines of sent SMS), ``new_token(store, till)``,
  ``sms_messages()``, ``last_sms_code(phone)``, ``stop()`` / ``start()`` (the same port: simulates the hub
  going away and coming back).
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from ..loyalty import normalize_phone
from .clock import Clock
from .context import Hub
from .settings import HubSettings
from .server import BackgroundServer, open_hub
from .sms import ConsoleGateway
from .tills import add_till

CODE = re.compile(r"\b(\d{6})\b")


@dataclass
class HubHandle:
    url: str
    token: str
    hub: Hub
    db_url: str
    sms_outbox: Path
    store: str = "S1"
    till: str = "T1"
    _server: BackgroundServer | None = field(default=None, repr=False)

    @property
    def headers(self) -> dict[str, str]:
        return {"Authorization": f"Bearer {self.token}"}

    @property
    def port(self) -> int:
        return int(self.url.rsplit(":", 1)[1])

    def new_token(self, store: str, till: str) -> str:
        with self.hub.db.write() as s:
            return add_till(s, store, till, at=self.hub.clock.now(), actor="testing")

    def sms_messages(self) -> list[dict]:
        gateway = self.hub.sms
        return gateway.messages() if isinstance(gateway, ConsoleGateway) else []

    def last_sms_code(self, phone: str) -> str | None:
        from .catalog.rules import current_rules

        with self.hub.db.read() as s:
            region = current_rules(s)[1].region
        e164 = normalize_phone(phone, region)
        for message in reversed(self.sms_messages()):
            if message["phone"] == e164:
                match = CODE.search(message["text"])
                return match.group(1) if match else None
        return None

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def start(self) -> None:
        if self._server is None:
            self._server = BackgroundServer(self.hub, port=self.port).start()


@contextmanager
def running_hub(db_url: str | None = None, demo: bool = True, clock: Clock | None = None,
                settings: HubSettings | None = None, store: str = "S1", till: str = "T1",
                program: str = "ru") -> Iterator[HubHandle]:
    """``program``: the demo store seeded when ``demo`` (``ru`` or ``prozis``; the hub's ``sms_countries``
    are that program's unless ``settings`` are given)."""
    with tempfile.TemporaryDirectory(prefix="pos-hub-") as tmp:
        url = db_url or f"sqlite:///{Path(tmp) / 'hub.sqlite3'}"
        outbox = Path(tmp) / "sms.jsonl"
        if settings is None and demo:
            from .demo import program_named

            settings = HubSettings(sms_countries=program_named(program).sms_countries)
        hub = open_hub(url, clock=clock, settings=settings, sms=ConsoleGateway(outbox))
        if demo:
            from .demo import seed_demo

            seed_demo(hub, stores=(store,), program=program)
        with hub.db.write() as s:
            token = add_till(s, store, till, at=hub.clock.now(), actor="testing")
        server = BackgroundServer(hub).start()
        handle = HubHandle(url=server.url, token=token, hub=hub, db_url=url, sms_outbox=outbox, store=store,
                           till=till, _server=server)
        try:
            yield handle
        finally:
            handle.stop()
            hub.db.dispose()
