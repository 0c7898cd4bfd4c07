"""registration_tokens: what a till got for a registration whose SMS code the hub verified

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 17:00:00

``POST /v1/registrations`` answers a registration token (kept here only as its SHA-256); a
``member.registered`` event carrying it creates (or confirms) the member as confirmed. Without one the
member is created unconfirmed (``members.confirmed``, 0006): they earn points but cannot spend them until
the phone is confirmed with a code (``POST /v1/confirmations``).
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


revision: str = '0008'
down_revision: Union[str, Sequence[str], None] = '0007'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    op.create_table(
        'registration_tokens',
        sa.Column('token_hash', sa.String(length=64), primary_key=True),
        sa.Column('phone', sa.String(length=20), nullable=False),
        sa.Column('created_at', sa.DateTime(), nullable=False),
        sa.Column('expires_at', sa.DateTime(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table('registration_tokens')
