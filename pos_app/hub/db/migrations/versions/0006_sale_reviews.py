"""sales.reviewed_at / reviewed_by / review_note (the review queue); members.confirmed (registration codes)

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 16:00:00

A flagged sale is open for review until a back-office person resolves it (``pos-hub review resolve``):
who, when and their note are kept on the sale (and in the audit log). An index on the open ones keeps
``GET /v1/review?status=open`` and the history's "under review" marks cheap.

``members.confirmed``: false for a member a till registered offline (no registration token): they earn
points but cannot spend them until the phone is confirmed with a code. Existing members are confirmed.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0006'
down_revision: Union[str, Sequence[str], None] = '0005'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('sales') as batch:
        batch.add_column(sa.Column('reviewed_at', sa.DateTime(), nullable=True))
        batch.add_column(sa.Column('reviewed_by', sa.String(length=100), nullable=True))
        batch.add_column(sa.Column('review_note', sa.Text(), nullable=True))
    op.create_index('ix_sales_flagged_open', 'sales', ['flagged', 'reviewed_at'])
    with op.batch_alter_table('members') as batch:
        batch.add_column(sa.Column('confirmed', sa.Boolean(), nullable=False, server_default=sa.true()))


def downgrade() -> None:
    with op.batch_alter_table('members') as batch:
        batch.drop_column('confirmed')
    op.drop_index('ix_sales_flagged_open', table_name='sales')
    with op.batch_alter_table('sales') as batch:
        batch.drop_column('review_note')
        batch.drop_column('reviewed_by')
        batch.drop_column('reviewed_at')
