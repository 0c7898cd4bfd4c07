"""PostgreSQL-only statements of the event hot path: a data-modifying CTE writes two rows in one round
trip where SQLite (in-process, no round trip to save) runs two plain inserts."""

from __future__ import annotations

from sqlalchemy import Integer, String, bindparam, text

from .types import UTCDateTime

SALE_WITH_LINES = text("""
WITH sale AS (
    INSERT INTO sales (receipt_no, store, till, member_id, sold_at, offline, status, flagged, flag_reason,
                       accrual_points, redeem_points, gift_points, event_id)
    VALUES (:receipt_no, :store, :till, :member_id, :sold_at, :offline, 'finished', false, NULL,
            :accrual_points, :redeem_points, :gift_points, :event_id)
    ON CONFLICT (receipt_no) DO NOTHING
    RETURNING id)
INSERT INTO sale_lines (sale_id, line_no, sku, qty, accrual_points, redeem_points, gift_points, returned_qty)
SELECT sale.id, l.line_no, l.sku, l.qty, l.accrual_points, l.redeem_points, l.gift_points, 0
FROM sale, jsonb_to_recordset(CAST(:lines AS jsonb))
     AS l(line_no integer, sku varchar, qty integer, accrual_points integer, redeem_points integer,
          gift_points integer)
RETURNING sale_id
""").bindparams(bindparam("sold_at", type_=UTCDateTime), bindparam("lines", type_=String)).columns(sale_id=Integer)
"""The sale and its lines (``:lines``: a JSON array); no row when the receipt was already recorded."""

LOT_WITH_MOVEMENT = text("""
WITH lot AS (
    INSERT INTO lots (member_id, sale_id, points, remaining, earned_at, available_at, expires_at, cancelled,
                      expired)
    VALUES (:member_id, :sale_id, :points, :points, :at, :available_at, :expires_at, false, false)
    RETURNING id)
INSERT INTO movements (member_id, kind, points, at, effective_at, sale_id, lot_id, receipt_no, note, author,
                       event_id)
SELECT :member_id, :kind, :points, :at, :available_at, :sale_id, lot.id, :receipt_no, :note, :author, :event_id
FROM lot
RETURNING lot_id, id
""").bindparams(*(bindparam(name, type_=UTCDateTime) for name in ("at", "available_at", "expires_at"))
                ).columns(lot_id=Integer, id=Integer)
"""An accrual: its lot and movement (movement effective when the lot becomes available)."""
