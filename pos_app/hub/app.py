"""The FastAPI application of a hub."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from .api import errors, events, members, public, registrations, review
from .api.deps import reject_unknown_query
from .api.guard import RequestGuard
from .context import Hub


def create_app(hub: Hub) -> FastAPI:
    app = FastAPI(title="Loyalty hub", version="1.0.0",
                  description="Members, points and the ledger. Tills authenticate with "
                              "`Authorization: Bearer <till token>`. Errors: "
                              '`{"error": {"code", "message", "field"}}` with a 4xx status.',
                  dependencies=[Depends(reject_unknown_query)])
    app.state.hub = hub
    errors.install(app)
    app.add_middleware(RequestGuard, hub=hub)  # the token before the body; the body's size limit
    for module in (public, members, registrations, events, review):
        app.include_router(module.router)
    return app
