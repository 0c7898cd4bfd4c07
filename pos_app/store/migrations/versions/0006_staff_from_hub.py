"""Staff come from the hub: ``cashiers.from_hub``; the old default PINs (1111/2222/9999) are switched off.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02

A till pulls its store's staff (PIN hashes only) from the hub with the catalog and checks PINs offline
against them. Until issue 12 every empty till seeded three people with PINs 1111, 2222 and 9999, the
packaged till in a real store too: their rows are deactivated here (kept, shifts and approvals refer to
them). The demo hub sends them again to a demo till.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

OLD_DEFAULTS = {"1": "1111", "2": "2222", "9": "9999"}


def upgrade() -> None:
    from pos_app.loyalty.pins import check_pin

    with op.batch_alter_table("cashiers") as batch_op:
        batch_op.add_column(sa.Column("from_hub", sa.Boolean(), server_default=sa.false(), nullable=False))
    conn = op.get_bind()
    for number, pin_hash in conn.execute(sa.text("SELECT number, pin_hash FROM cashiers WHERE active")).all():
        default = OLD_DEFAULTS.get(number)
        if default is not None and check_pin(default, pin_hash):
            conn.execute(sa.text("UPDATE cashiers SET active = 0 WHERE number = :n"), {"n": number})


def downgrade() -> None:
    with op.batch_alter_table("cashiers") as batch_op:
        batch_op.drop_column("from_hub")
