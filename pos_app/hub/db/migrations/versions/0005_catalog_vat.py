"""catalog_items.vat: each catalog item's VAT rate (a code of pos_app.loyalty.vat's table)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 16:00:00

Existing items get ``none`` (not subject to VAT) until the next ``catalog import`` sets their rate.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0005'
down_revision: Union[str, Sequence[str], None] = '0004'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('catalog_items') as batch:
        batch.add_column(sa.Column('vat', sa.String(length=8), server_default='none', nullable=False))


def downgrade() -> None:
    with op.batch_alter_table('catalog_items') as batch:
        batch.drop_column('vat')
