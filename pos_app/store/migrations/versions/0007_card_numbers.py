"""Member cards: the member cache keeps the member's card number, so a scanned card finds them offline.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01

Members cached before this revision have no card number until the next online look-up (a card of theirs
scanned offline is "not in the till's cache", like an unknown phone).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("member_cache") as batch_op:
        batch_op.add_column(sa.Column("card_number", sa.String(13), nullable=True))
        batch_op.create_index("ix_member_cache_card_number", ["card_number"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("member_cache") as batch_op:
        batch_op.drop_index("ix_member_cache_card_number")
        batch_op.drop_column("card_number")
