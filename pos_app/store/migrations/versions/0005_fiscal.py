"""Fiscal registration: documents being registered (with their key), the register's answer on each sale
and return, VAT rates on the catalog and the journal's lines.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "fiscal_pending",
        sa.Column("key", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=8), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("cashier", sa.String(length=16), nullable=False),
        sa.Column("payload_json", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_fiscal_pending")),
    )
    with op.batch_alter_table("sales") as batch_op:
        batch_op.add_column(sa.Column("fiscal_json", sa.Text(), nullable=True))
    with op.batch_alter_table("sale_returns") as batch_op:
        batch_op.add_column(sa.Column("fiscal_json", sa.Text(), nullable=True))
    with op.batch_alter_table("sale_lines") as batch_op:
        batch_op.add_column(sa.Column("vat", sa.String(length=8), server_default="none", nullable=False))
    with op.batch_alter_table("catalog_items") as batch_op:
        batch_op.add_column(sa.Column("vat", sa.String(length=8), server_default="none", nullable=False))


def downgrade() -> None:
    with op.batch_alter_table("catalog_items") as batch_op:
        batch_op.drop_column("vat")
    with op.batch_alter_table("sale_lines") as batch_op:
        batch_op.drop_column("vat")
    with op.batch_alter_table("sale_returns") as batch_op:
        batch_op.drop_column("fiscal_json")
    with op.batch_alter_table("sales") as batch_op:
        batch_op.drop_column("fiscal_json")
    op.drop_table("fiscal_pending")
