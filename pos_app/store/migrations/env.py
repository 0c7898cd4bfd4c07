"""Alembic environment for the till's store. Run through ``pos_app.store.migrate``,
which hands over an open connection in ``config.attributes["connection"]``."""

from __future__ import annotations

from alembic import context

from pos_app.store.models import Base

config = context.config
connection = config.attributes["connection"]
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True)
with context.begin_transaction():
    context.run_migrations()
