"""Alembic environment: always run on the connection the store hands over,
inside its single write transaction, so a failed migration leaves nothing."""

from __future__ import annotations

from alembic import context

from cep_desk.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    transaction_per_migration=False,
)
with context.begin_transaction():
    context.run_migrations()
