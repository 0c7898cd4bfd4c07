"""The statements of the event hot path, run with ``raw.run``.

On PostgreSQL, data-modifying CTEs write several rows in one round trip. SQLite runs in-process (there
is no round trip to save), so it runs the plain statements one after another; what matters there is not
going through Core for each of them."""

from .raw import Sql

CLAIM_EVENT = Sql.both("""
INSERT INTO events (id, kind, payload_hash, store, till, received_at, result)
VALUES (%(id)s, %(kind)s, %(payload_hash)s, %(store)s, %(till)s, %(received_at)s, NULL)
""")
"""Claiming an event id: a unique violation when it is taken (PostgreSQL waits for an uncommitted holder)."""

SET_EVENT_RESULT = Sql(
    "UPDATE events SET result = CAST(%(result)s AS json) WHERE id = %(id)s",
    "UPDATE events SET result = :result WHERE id = :id",
)
"""``result``: JSON text."""

LOCK_MEMBER_BY_PHONE = Sql(
    "SELECT member_id FROM members WHERE phone = %(phone)s FOR NO KEY UPDATE",
    "SELECT member_id FROM members WHERE phone = :phone",  # BEGIN IMMEDIATE already serialises writers
)

_OPEN_LOTS_AND_AVAILABLE = """
SELECT 0, min(id), sum(remaining), available_at, expires_at FROM lots
WHERE member_id = %(member_id)s AND remaining > 0 AND NOT cancelled
GROUP BY available_at, expires_at
UNION ALL
SELECT 1, NULL, coalesce(sum(points), 0), NULL, NULL FROM movements
WHERE member_id = %(member_id)s AND effective_at <= %(at)s
"""
OPEN_LOTS_AND_AVAILABLE = Sql.both(_OPEN_LOTS_AND_AVAILABLE)
"""A member's open lots, those with the same dates taken together (kind 0: the first lot's id, remaining,
available_at, expires_at: a member who buys ten things in a day has one row, not ten), and the points
available as of ``at`` (kind 1: the sum of movements effective by then)."""

# ----- PostgreSQL: one round trip each ------------------------------------------------------------------

SALE_WITH_LINES_AND_LEDGER = Sql("""
WITH sale AS (
    INSERT INTO sales (receipt_no, store, till, member_id, sold_at, offline, status, flagged, flag_reason,
                       accrual_points, redeem_points, gift_points, event_id)
    VALUES (%(receipt_no)s, %(store)s, %(till)s, %(member_id)s, %(sold_at)s, %(offline)s, 'finished', false, NULL,
            %(accrual_points)s, %(redeem_points)s, %(gift_points)s, %(event_id)s)
    ON CONFLICT (receipt_no) DO NOTHING
    RETURNING id),
new_lines AS (
    INSERT INTO sale_lines (sale_id, line_no, sku, qty, accrual_points, redeem_points, gift_points, returned_qty)
    SELECT sale.id, l.line_no, l.sku, l.qty, l.accrual_points, l.redeem_points, l.gift_points, 0
    FROM sale, jsonb_to_recordset(CAST(%(lines)s AS jsonb))
         AS l(line_no integer, sku varchar, qty integer, accrual_points integer, redeem_points integer,
              gift_points integer)
    RETURNING 1)
SELECT 2, (SELECT id FROM sale), CAST(NULL AS bigint), CAST(NULL AS timestamp), CAST(NULL AS timestamp)
UNION ALL
""" + _OPEN_LOTS_AND_AVAILABLE.replace("%(at)s", "%(now)s"), "")
"""The sale and its lines (``lines``: a JSON array), and in the same round trip the member's open lots
and available points as of ``now`` (rows as ``OPEN_LOTS_AND_AVAILABLE``; the lock on the member was
taken by an earlier statement, so this statement's snapshot sees the ledger as it is). The row of kind
2 holds the new sale's id, or NULL when the receipt was already recorded."""

LOT_WITH_MOVEMENT = Sql("""
WITH lot AS (
    INSERT INTO lots (member_id, sale_id, points, remaining, earned_at, available_at, expires_at, cancelled,
                      expired)
    VALUES (%(member_id)s, %(sale_id)s, %(points)s, %(points)s, %(at)s, %(available_at)s, %(expires_at)s,
            false, false)
    RETURNING id)
INSERT INTO movements (member_id, kind, points, at, effective_at, sale_id, lot_id, receipt_no, note, author,
                       event_id)
SELECT CAST(%(member_id)s AS varchar), CAST(%(kind)s AS varchar), CAST(%(points)s AS integer),
       CAST(%(at)s AS timestamp), CAST(%(available_at)s AS timestamp), CAST(%(sale_id)s AS integer), lot.id,
       CAST(%(receipt_no)s AS varchar), CAST(%(note)s AS varchar), CAST(%(author)s AS varchar),
       CAST(%(event_id)s AS varchar)
FROM lot
RETURNING lot_id, id
""", "")
"""An accrual: its lot and movement (the movement counts when the lot becomes available)."""

# ----- SQLite: the same writes as plain statements --------------------------------------------------------

INSERT_SALE = Sql.sqlite_only("""
INSERT INTO sales (receipt_no, store, till, member_id, sold_at, offline, status, flagged, flag_reason,
                   accrual_points, redeem_points, gift_points, event_id)
VALUES (%(receipt_no)s, %(store)s, %(till)s, %(member_id)s, %(sold_at)s, %(offline)s, 'finished', 0, NULL,
        %(accrual_points)s, %(redeem_points)s, %(gift_points)s, %(event_id)s)
ON CONFLICT (receipt_no) DO NOTHING
RETURNING id
""")
"""The new sale's id; no row when the receipt was already recorded."""

INSERT_SALE_LINE = Sql.sqlite_only("""
INSERT INTO sale_lines (sale_id, line_no, sku, qty, accrual_points, redeem_points, gift_points, returned_qty)
VALUES (%(sale_id)s, %(line_no)s, %(sku)s, %(qty)s, %(accrual_points)s, %(redeem_points)s, %(gift_points)s, 0)
""")

INSERT_LOT = Sql.sqlite_only("""
INSERT INTO lots (member_id, sale_id, points, remaining, earned_at, available_at, expires_at, cancelled, expired)
VALUES (%(member_id)s, %(sale_id)s, %(points)s, %(points)s, %(at)s, %(available_at)s, %(expires_at)s, 0, 0)
RETURNING id
""")

INSERT_MOVEMENT = Sql.sqlite_only("""
INSERT INTO movements (member_id, kind, points, at, effective_at, sale_id, lot_id, receipt_no, note, author,
                       event_id)
VALUES (%(member_id)s, %(kind)s, %(points)s, %(at)s, %(available_at)s, %(sale_id)s, %(lot_id)s, %(receipt_no)s,
        %(note)s, %(author)s, %(event_id)s)
RETURNING id
""")
