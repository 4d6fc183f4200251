"""ORM tables for the documents part of the store (see models.py for the conventions:
every synced entity mixes in ``Synced``; any change needs an Alembic revision)."""

from __future__ import annotations

from cep_desk.storage.models import Base, Synced  # noqa: F401
