"""The catalog version a sale was quoted with (the ``sale.finished`` event carries it with the rules version).

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("sales") as batch_op:
        batch_op.add_column(sa.Column("catalog_version", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sales") as batch_op:
        batch_op.drop_column("catalog_version")
