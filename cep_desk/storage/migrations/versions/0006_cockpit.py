"""Caseload cockpit: planned appointments, reminders (snooze / done).

Only new tables. Written by hand (not imported from models.py) so this
revision stays what it was when models change later.

Revision ID: 0006_cockpit
Revises: 0005_documents
"""

from __future__ import annotations

revision = "0006_cockpit"
down_revision = "0005_documents"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
