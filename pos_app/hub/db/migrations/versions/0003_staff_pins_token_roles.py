"""staff.pin_hash (a salted slow hash), tills.role (a till or a back-office token)

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22 10:00:00

Staff belong to the hub (issue 12): ``pos-hub staff add`` keeps each person's PIN only as a PBKDF2
hash; tills pull their store's staff (hashes only) and check PINs offline. ``tills.role`` tells a till's
token from a back-office one (``pos-hub token add --role back-office``), which may read the review queue
and nothing a till does.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0003'
down_revision: Union[str, Sequence[str], None] = '0002'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('staff') as batch:
        batch.add_column(sa.Column('pin_hash', sa.String(200), nullable=True))
        batch.add_column(sa.Column('active', sa.Boolean(), nullable=False, server_default=sa.true()))
    with op.batch_alter_table('tills') as batch:
        batch.add_column(sa.Column('role', sa.String(16), nullable=False, server_default='till'))


def downgrade() -> None:
    with op.batch_alter_table('tills') as batch:
        batch.drop_column('role')
    with op.batch_alter_table('staff') as batch:
        batch.drop_column('active')
        batch.drop_column('pin_hash')
