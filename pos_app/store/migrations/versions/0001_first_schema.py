"""First schema: catalog, rules, member cache, staff, shifts, sales journal, outbox.

Revision ID: 0001
Revises:
Create Date: 2026-11-21
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = '0001'
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('cashiers',
    sa.Column('number', sa.String(length=16), nullable=False),
    sa.Column('name', sa.String(length=100), nullable=False),
    sa.Column('role', sa.String(length=16), nullable=False),
    sa.Column('pin_hash', sa.String(length=200), nullable=False),
    sa.Column('active', sa.Boolean(), nullable=False),
    sa.CheckConstraint("role IN ('cashier', 'service_zone', 'supervisor')", name=op.f('ck_cashiers_role')),
    sa.PrimaryKeyConstraint('number', name=op.f('pk_cashiers'))
    )
    op.create_table('catalog_items',
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('barcode', sa.String(length=64), nullable=True),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('price_minor', sa.Integer(), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=True),
    sa.Column('on_sale', sa.Boolean(), nullable=False),
    sa.Column('bonus_points', sa.Integer(), nullable=False),
    sa.Column('gift_points', sa.Integer(), nullable=True),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.PrimaryKeyConstraint('sku', name=op.f('pk_catalog_items'))
    )
    with op.batch_alter_table('catalog_items', schema=None) as batch_op:
        batch_op.create_index('ix_catalog_items_barcode', ['barcode'], unique=False)

    op.create_table('member_cache',
    sa.Column('phone', sa.String(length=20), nullable=False),
    sa.Column('member_id', sa.String(length=64), nullable=False),
    sa.Column('display_name', sa.String(length=200), nullable=False),
    sa.Column('available', sa.Integer(), nullable=False),
    sa.Column('pending', sa.Integer(), nullable=False),
    sa.Column('pending_json', sa.Text(), nullable=False),
    sa.Column('birth_date', sa.String(length=10), nullable=True),
    sa.Column('read_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('phone', name=op.f('pk_member_cache'))
    )
    op.create_table('outbox',
    sa.Column('seq', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.Column('kind', sa.String(length=32), nullable=False),
    sa.Column('payload_json', sa.Text(), nullable=False),
    sa.Column('created_at', sa.DateTime(), nullable=False),
    sa.Column('attempts', sa.Integer(), nullable=False),
    sa.Column('next_attempt_at', sa.DateTime(), nullable=False),
    sa.Column('last_error', sa.Text(), nullable=True),
    sa.Column('problem', sa.Boolean(), nullable=False),
    sa.Column('problem_code', sa.String(length=64), nullable=True),
    sa.PrimaryKeyConstraint('seq', name=op.f('pk_outbox')),
    sa.UniqueConstraint('event_id', name=op.f('uq_outbox_event_id'))
    )
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.create_index('ix_outbox_problem_seq', ['problem', 'seq'], unique=False)

    op.create_table('program_rules',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('rules_json', sa.Text(), nullable=False),
    sa.Column('pulled_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_program_rules'))
    )
    op.create_table('settings',
    sa.Column('key', sa.String(length=64), nullable=False),
    sa.Column('value_json', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('key', name=op.f('pk_settings'))
    )
    op.create_table('sync_versions',
    sa.Column('name', sa.String(length=32), nullable=False),
    sa.Column('version', sa.Integer(), nullable=False),
    sa.Column('pulled_at', sa.DateTime(), nullable=False),
    sa.PrimaryKeyConstraint('name', name=op.f('pk_sync_versions'))
    )
    op.create_table('shifts',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('cashier', sa.String(length=16), nullable=False),
    sa.Column('opened_at', sa.DateTime(), nullable=False),
    sa.Column('closed_at', sa.DateTime(), nullable=True),
    sa.ForeignKeyConstraint(['cashier'], ['cashiers.number'], name=op.f('fk_shifts_cashier_cashiers')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_shifts'))
    )
    op.create_table('sales',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('receipt_no', sa.String(length=40), nullable=False),
    sa.Column('store', sa.String(length=16), nullable=False),
    sa.Column('till', sa.String(length=16), nullable=False),
    sa.Column('sold_at', sa.DateTime(), nullable=False),
    sa.Column('cashier', sa.String(length=16), nullable=False),
    sa.Column('shift_id', sa.Integer(), nullable=True),
    sa.Column('member_phone', sa.String(length=20), nullable=True),
    sa.Column('tender', sa.String(length=8), nullable=False),
    sa.Column('total_minor', sa.Integer(), nullable=False),
    sa.Column('bonus_payment_minor', sa.Integer(), nullable=False),
    sa.Column('to_pay_minor', sa.Integer(), nullable=False),
    sa.Column('change_minor', sa.Integer(), nullable=False),
    sa.Column('redeem_points', sa.Integer(), nullable=False),
    sa.Column('gift_points', sa.Integer(), nullable=False),
    sa.Column('accrual_points', sa.Integer(), nullable=False),
    sa.Column('offline', sa.Boolean(), nullable=False),
    sa.Column('supervisor', sa.String(length=16), nullable=True),
    sa.Column('redeem_token', sa.String(length=200), nullable=True),
    sa.Column('rules_version', sa.Integer(), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['shift_id'], ['shifts.id'], name=op.f('fk_sales_shift_id_shifts')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sales')),
    sa.UniqueConstraint('event_id', name=op.f('uq_sales_event_id')),
    sa.UniqueConstraint('receipt_no', name=op.f('uq_sales_receipt_no')),
    sa.UniqueConstraint('seq', name=op.f('uq_sales_seq'))
    )
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sales_member_phone'), ['member_phone'], unique=False)

    op.create_table('cancellations',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('cancelled_at', sa.DateTime(), nullable=False),
    sa.Column('cashier', sa.String(length=16), nullable=False),
    sa.Column('supervisor', sa.String(length=16), nullable=True),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_cancellations_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_cancellations')),
    sa.UniqueConstraint('event_id', name=op.f('uq_cancellations_event_id')),
    sa.UniqueConstraint('sale_id', name=op.f('uq_cancellations_sale_id'))
    )
    op.create_table('sale_lines',
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('sku', sa.String(length=64), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('category', sa.String(length=64), nullable=True),
    sa.Column('price_minor', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.Column('bonus_points', sa.Integer(), nullable=False),
    sa.Column('on_sale', sa.Boolean(), nullable=False),
    sa.Column('credit', sa.Boolean(), nullable=False),
    sa.Column('gift_points', sa.Integer(), nullable=True),
    sa.Column('eligible', sa.Boolean(), nullable=False),
    sa.Column('reason', sa.String(length=32), nullable=True),
    sa.Column('redeem_points', sa.Integer(), nullable=False),
    sa.Column('bonus_payment_minor', sa.Integer(), nullable=False),
    sa.Column('accrual_points', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_lines_sale_id_sales')),
    sa.PrimaryKeyConstraint('sale_id', 'line_no', name=op.f('pk_sale_lines'))
    )
    op.create_table('sale_returns',
    sa.Column('id', sa.Integer(), autoincrement=True, nullable=False),
    sa.Column('seq', sa.Integer(), nullable=False),
    sa.Column('return_no', sa.String(length=40), nullable=False),
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('returned_at', sa.DateTime(), nullable=False),
    sa.Column('cashier', sa.String(length=16), nullable=False),
    sa.Column('supervisor', sa.String(length=16), nullable=True),
    sa.Column('refund_minor', sa.Integer(), nullable=False),
    sa.Column('annulled_points', sa.Integer(), nullable=False),
    sa.Column('refunded_points', sa.Integer(), nullable=False),
    sa.Column('event_id', sa.String(length=36), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_returns_sale_id_sales')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sale_returns')),
    sa.UniqueConstraint('event_id', name=op.f('uq_sale_returns_event_id')),
    sa.UniqueConstraint('return_no', name=op.f('uq_sale_returns_return_no')),
    sa.UniqueConstraint('seq', name=op.f('uq_sale_returns_seq'))
    )
    with op.batch_alter_table('sale_returns', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_sale_returns_sale_id'), ['sale_id'], unique=False)

    op.create_table('sale_tenders',
    sa.Column('sale_id', sa.Integer(), nullable=False),
    sa.Column('idx', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('amount_minor', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['sale_id'], ['sales.id'], name=op.f('fk_sale_tenders_sale_id_sales')),
    sa.PrimaryKeyConstraint('sale_id', 'idx', name=op.f('pk_sale_tenders'))
    )
    op.create_table('return_lines',
    sa.Column('return_id', sa.Integer(), nullable=False),
    sa.Column('line_no', sa.Integer(), nullable=False),
    sa.Column('qty', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['return_id'], ['sale_returns.id'], name=op.f('fk_return_lines_return_id_sale_returns')),
    sa.PrimaryKeyConstraint('return_id', 'line_no', name=op.f('pk_return_lines'))
    )


def downgrade() -> None:
    op.drop_table('return_lines')
    op.drop_table('sale_tenders')
    with op.batch_alter_table('sale_returns', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sale_returns_sale_id'))

    op.drop_table('sale_returns')
    op.drop_table('sale_lines')
    op.drop_table('cancellations')
    with op.batch_alter_table('sales', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_sales_member_phone'))

    op.drop_table('sales')
    op.drop_table('shifts')
    op.drop_table('sync_versions')
    op.drop_table('settings')
    op.drop_table('program_rules')
    with op.batch_alter_table('outbox', schema=None) as batch_op:
        batch_op.drop_index('ix_outbox_problem_seq')

    op.drop_table('outbox')
    op.drop_table('member_cache')
    with op.batch_alter_table('catalog_items', schema=None) as batch_op:
        batch_op.drop_index('ix_catalog_items_barcode')

    op.drop_table('catalog_items')
    op.drop_table('cashiers')
