"""An ASGI factory for multi-process serving (``pos-hub serve --workers N``): each worker process opens
the hub from ``$POS_HUB_DB`` (and ``$POS_HUB_SMS``) itself."""

from __future__ import annotations

import os

from fastapi import FastAPI

from .app import create_app
from .server import open_hub
from .sms import make_gateway


def app_from_env() -> FastAPI:
    hub = open_hub(os.environ.get("POS_HUB_DB") or None, migrate=False)
    if os.environ.get("POS_HUB_SMS", "console") != "console":
        hub.sms = make_gateway(os.environ["POS_HUB_SMS"])
    return create_app(hub)
