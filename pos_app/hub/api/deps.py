"""Shared route dependencies: the running hub and the authenticated till."""

from __future__ import annotations

import re
from typing import Annotated

from fastapi import Depends, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ..context import Hub
from ..db.models import Till
from ..errors import ApiError
from ..tills import authenticate

bearer = HTTPBearer(auto_error=False, description="The till's token from `pos-hub till add STORE TILL`.")


def get_hub(request: Request) -> Hub:
    return request.app.state.hub


def _caller(request: Request, credentials: HTTPAuthorizationCredentials | None) -> Till:
    """Authenticated by ``guard.RequestGuard`` before the body was read; here only when it did not run."""
    caller = request.scope.get("state", {}).get("caller")
    if caller is not None:
        return caller
    hub: Hub = request.app.state.hub
    with hub.db.read() as s:
        return authenticate(s, credentials.credentials if credentials else None)


def get_till(request: Request,
             credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Till:
    caller = _caller(request, credentials)
    if getattr(caller, "role", "till") != "till":
        raise ApiError("This token is not a till's.", code="forbidden", status=403)
    return caller


def get_back_office(request: Request,
                    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]) -> Till:
    caller = _caller(request, credentials)
    if getattr(caller, "role", "till") != "back-office":
        raise ApiError("This needs a back-office token (pos-hub token add --role back-office NAME).",
                       code="forbidden", status=403)
    return caller


HubDep = Annotated[Hub, Depends(get_hub)]
TillDep = Annotated[Till, Depends(get_till)]
BackOfficeDep = Annotated[Till, Depends(get_back_office)]


QUERY_PARAMETERS = {"/v1/catalog": {"since"}, "/v1/review": {"status"}}  # every other route takes none
INTEGER_QUERY = re.compile(r"[0-9]{1,10}")  # an integer query parameter as the document gives it: digits


def reject_unknown_query(request: Request) -> None:
    """A query parameter the route does not declare is a mistake worth saying (``422 unknown_parameter``);
    one given twice, or an integer (``since``) written otherwise than with digits, is ``422 invalid_input``."""
    if not request.query_params:
        return
    route = request.scope.get("route")
    allowed = QUERY_PARAMETERS.get(getattr(route, "path", ""), set())
    for name in request.query_params:
        if name not in allowed:
            raise ApiError(f"Unknown query parameter {name!r}.", code="unknown_parameter", field=name)
        values = request.query_params.getlist(name)
        if len(values) > 1:
            raise ApiError(f"Query parameter {name!r} is given more than once.", field=name)
        if name == "since" and not INTEGER_QUERY.fullmatch(values[0]):
            raise ApiError(f"{name} must be a whole number (digits).", field=name)
