"""The FastAPI application of a hub."""

from __future__ import annotations

from fastapi import Depends, FastAPI

from ..loyalty.phones import mobile_e164_pattern
from .api import errors, events, members, public, registrations, review, schemas
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
    _phones_of_this_hub(app, hub.settings.sms_countries)
    return app


def _phones_of_this_hub(app: FastAPI, countries: tuple[str, ...]) -> None:
    """The document's phone pattern is built for the default SMS countries; a hub set up for others
    (``HubSettings.sms_countries``) serves its own, so the document says what this hub accepts."""
    if tuple(countries) == schemas.DEFAULTS.sms_countries:
        return
    swap = {schemas.PHONE_PATTERN: mobile_e164_pattern(tuple(countries)),
            schemas.PHONE_DESCRIPTION: schemas.phone_description(tuple(countries))}
    build = app.openapi

    def replace(node):
        if isinstance(node, dict):
            return {k: replace(v) for k, v in node.items()}
        if isinstance(node, list):
            return [replace(v) for v in node]
        return swap.get(node, node) if isinstance(node, str) else node

    def openapi() -> dict:
        if app.openapi_schema is None:
            app.openapi_schema = replace(build())
        return app.openapi_schema

    app.openapi = openapi
