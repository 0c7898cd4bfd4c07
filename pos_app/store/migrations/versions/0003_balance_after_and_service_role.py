"""The member's balance after a sale and each returned line's figures in the journal; the service-zone role is called ``service``.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sales") as batch_op:
        batch_op.add_column(sa.Column("balance_after", sa.Integer(), nullable=True))
    with op.batch_alter_table("return_lines") as batch_op:  # each line's figures, for a reprint
        batch_op.add_column(sa.Column("annulled_points", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("refunded_points", sa.Integer(), server_default="0", nullable=False))
        batch_op.add_column(sa.Column("refund_minor", sa.Integer(), server_default="0", nullable=False))
    with op.batch_alter_table("cashiers") as batch_op:
        batch_op.drop_constraint(op.f("ck_cashiers_role"), type_="check")
    op.execute("UPDATE cashiers SET role = 'service' WHERE role = 'service_zone'")
    with op.batch_alter_table("cashiers") as batch_op:
        batch_op.create_check_constraint("role", "role IN ('cashier', 'service', 'supervisor')")


def downgrade() -> None:
    with op.batch_alter_table("cashiers") as batch_op:
        batch_op.drop_constraint(op.f("ck_cashiers_role"), type_="check")
    op.execute("UPDATE cashiers SET role = 'service_zone' WHERE role = 'service'")
    with op.batch_alter_table("cashiers") as batch_op:
        batch_op.create_check_constraint("role", "role IN ('cashier', 'service_zone', 'supervisor')")
    with op.batch_alter_table("return_lines") as batch_op:
        for column in ("annulled_points", "refunded_points", "refund_minor"):
            batch_op.drop_column(column)
    with op.batch_alter_table("sales") as batch_op:
        batch_op.drop_column("balance_after")
