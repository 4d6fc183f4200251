"""Covering indexes for the caseload at start-up.

The caseload reads, for 10,000 people, the latest accompaniment and the
latest session of each; with these indexes SQLite answers from the index
pages alone instead of decrypting every session row (notes included).

Revision ID: 0002_caseload_indexes
Revises: 0001_initial
"""

from __future__ import annotations

from alembic import op

revision = "0002_caseload_indexes"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interview_caseload", "interview",
                    ["beneficiary_id", "deleted_at", "starts_at", "site_id"])
    op.create_index("ix_accompaniment_caseload", "accompaniment",
                    ["beneficiary_id", "deleted_at", "created_at", "status", "level"])


def downgrade() -> None:
    op.drop_index("ix_accompaniment_caseload", "accompaniment")
    op.drop_index("ix_interview_caseload", "interview")
