"""Member cards: every member has a card number (EAN-13, prefix 29) from the ``card`` counter

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 16:40:00

Members registered before this revision get their cards now, in the order they registered; the ``card``
counter continues after them. A replaced card's number is never handed out again (the counter only grows).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0007'
down_revision: Union[str, Sequence[str], None] = '0006'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    from pos_app.loyalty.cards import card_number

    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.add_column(sa.Column('card_number', sa.String(length=13), nullable=True))
        batch_op.create_unique_constraint('uq_members_card_number', ['card_number'])
    bind = op.get_bind()
    members = sa.table('members', sa.column('member_id', sa.String()), sa.column('registered_at', sa.DateTime()),
                       sa.column('card_number', sa.String()))
    ids = bind.execute(sa.select(members.c.member_id).order_by(members.c.registered_at, members.c.member_id)).scalars().all()
    for serial, member_id in enumerate(ids, start=1):
        bind.execute(members.update().where(members.c.member_id == member_id).values(card_number=card_number(serial)))
    counters = sa.table('counters', sa.column('name', sa.String()), sa.column('value', sa.Integer()))
    op.bulk_insert(counters, [{"name": "card", "value": len(ids)}])


def downgrade() -> None:
    op.execute("DELETE FROM counters WHERE name = 'card'")
    with op.batch_alter_table('members', schema=None) as batch_op:
        batch_op.drop_constraint('uq_members_card_number', type_='unique')
        batch_op.drop_column('card_number')
