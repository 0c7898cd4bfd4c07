"""Catalog item versions, catalog version times, the versions a sale was recomputed with, token index

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-22 10:00:00

The hub recomputes every sale at the rules and catalog versions the till quoted with, so it keeps every
version of every catalog item (``catalog_item_versions``) and when each catalog version was made
(``catalog_versions``). Items already in the catalog become their current version's row, and that version
counts from the beginning of time (its real date was not kept). ``redeem_tokens.member_id`` is indexed:
a member's live reservations are summed on every redemption code request.
"""
from datetime import datetime
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table('catalog_item_versions',
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('price_minor', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=False),
    sa.Column('on_sale', sa.Boolean(), nullable=False),
    sa.Column('bonus_points', sa.Integer(), nullable=False),
    sa.Column('gift_points', sa.Integer(), nullable=True),
    sa.Column('removed', sa.Boolean(), nullable=False),
    sa.PrimaryKeyConstraint('sku', 'version')
    )
    op.create_table('catalog_versions',
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('version')
    )
    with op.batch_alter_table('catalog_versions', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_catalog_versions_created_at'), ['created_at'], unique=False)
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.add_column(sa.Column('rules_version', sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column('catalog_version', sa.Integer(), nullable=True))
    with op.batch_alter_table('redeem_tokens', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_redeem_tokens_member_id'), ['member_id'], unique=False)
    cols = ('sku', 'version', 'price_minor', 'category', 'on_sale', 'bonus_points', 'gift_points', 'removed')
    items = sa.table('catalog_items', *(sa.column(c) for c in cols))
    history = sa.table('catalog_item_versions', *(sa.column(c) for c in cols))
    op.execute(history.insert().from_select(list(cols), sa.select(*(items.c[c] for c in cols))))
    counters = sa.table('counters', sa.column('name', sa.String()), sa.column('value', sa.Integer()))
    current = op.get_bind().execute(sa.select(counters.c.value).where(counters.c.name == 'catalog')).scalar()
    versions = sa.table('catalog_versions', sa.column('version', sa.Integer()), sa.column('created_at', sa.DateTime()))
    if current:
        op.bulk_insert(versions, [{"version": current, "created_at": datetime(1970, 1, 1)}])


def downgrade() -> None:
    with op.batch_alter_table('redeem_tokens', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_redeem_tokens_member_id'))
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_column('catalog_version')
        batch_op.drop_column('rules_version')
    with op.batch_alter_table('catalog_versions', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_catalog_versions_created_at'))
    op.drop_table('catalog_versions')
    op.drop_table('catalog_item_versions')
