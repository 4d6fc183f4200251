"""Caseload cache: the caseload as it was last read, for the first paint at start-up.

One row (id 1): a change counter that triggers on the tables the caseload is
read from bump in the same transaction as any write to them (whichever code
writes: services, command line, a later sync), the counter the saved
snapshot was read at, and the snapshot itself (JSON). A write also empties
the snapshot, so a deleted person's name does not outlive the deletion in it.
See ``storage/caseload_cache.py``. Local only: not synced, not exported.

Revision ID: 0007_caseload_cache
Revises: 0006_cockpit
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007_caseload_cache"
down_revision = "0006_cockpit"
branch_labels = None
depends_on = None

# The tables ``storage/caseload_cache.read_rows`` reads, frozen here as they are at this revision.
_WATCHED = ("beneficiary", "accompaniment", "interview", "target_job", "site")
_OPS = ("INSERT", "UPDATE", "DELETE")


def upgrade() -> None:
    op.create_table(
        "caseload_cache",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("changes", sa.Integer(), nullable=False),
        sa.Column("snapshot_changes", sa.Integer(), nullable=True),
        sa.Column("app_key", sa.String(length=80), nullable=True),
        sa.Column("valid_until", sa.String(length=32), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_caseload_cache"),
    )
    op.execute("INSERT INTO caseload_cache (id, changes) VALUES (1, 0)")
    for table in _WATCHED:
        for what in _OPS:
            op.execute(
                f"CREATE TRIGGER caseload_cache_{table}_{what.lower()} AFTER {what} ON {table} "
                "BEGIN UPDATE caseload_cache SET changes = changes + 1, data = NULL WHERE id = 1; END"
            )


def downgrade() -> None:
    for table in _WATCHED:
        for what in _OPS:
            op.execute(f"DROP TRIGGER IF EXISTS caseload_cache_{table}_{what.lower()}")
    op.drop_table("caseload_cache")
