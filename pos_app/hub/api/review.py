"""The review queue of flagged sales, for a back-office token (``pos-hub token add --role back-office``)."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from ..review import review_list
from .deps import BackOfficeDep, HubDep
from .errors import responses
from .schemas import ReviewOut

router = APIRouter(prefix="/v1", tags=["review"])


@router.get("/review", response_model=ReviewOut, operation_id="review_queue", responses=responses())
def review(hub: HubDep, _who: BackOfficeDep,
           status: Annotated[Literal["open", "resolved", "all"],
                             Query(description="open (default): not resolved yet")] = "open") -> dict:
    """Flagged sales with the reason, the member (masked phone), store, till, receipt and figures. Resolved
    with ``pos-hub review resolve ID --note TEXT`` (who and when go to the audit log)."""
    with hub.db.read() as s:
        return {"status": status, "sales": review_list(s, status)}
