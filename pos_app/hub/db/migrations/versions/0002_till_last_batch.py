"""tills.last_batch_at: when a till's last batch of events was applied

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-21 23:40:00

Written by the commit that ends every batch (see ``Database.batch_connection``); ``pos-hub till list``
shows it, so a chain sees which tills have not synced for a while.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0002'
down_revision: Union[str, Sequence[str], None] = '0001'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('tills') as batch:
        batch.add_column(sa.Column('last_batch_at', sa.DateTime(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('tills') as batch:
        batch.drop_column('last_batch_at')
