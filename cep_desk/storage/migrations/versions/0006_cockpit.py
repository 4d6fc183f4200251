"""Caseload cockpit: planned appointments, reminders (snooze / done).

Only new tables. Written by hand (not imported from models.py) so this
revision stays what it was when models change later.

Revision ID: 0006_cockpit
Revises: 0005_documents
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006_cockpit"
down_revision = "0005_documents"
branch_labels = None
depends_on = None


def _synced(table: str) -> list[sa.SchemaItem]:
    """The columns every synced entity carries (models.Synced), and its primary key."""
    return [
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
    ]


def _fk(table: str, column: str, target: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=f"fk_{table}_{column}_{target}")


# Indexes on existing tables for the agenda and the home view's reads (see models_cockpit.py).
_READ_INDEXES = (
    ("conclusion", "ix_conclusion_next_appointment", ["next_appointment"]),
    ("beneficiary", "ix_beneficiary_cockpit", ["id", "deleted_at", "first_name", "last_name"]),
    ("accompaniment", "ix_accompaniment_paused",
     ["status", "deleted_at", "beneficiary_id", "return_date", "created_at", "id"]),
    ("interview", "ix_interview_recent", ["starts_at", "deleted_at", "beneficiary_id"]),
    ("contact_log", "ix_contact_log_recent", ["at", "deleted_at", "beneficiary_id"]),
)


def upgrade() -> None:
    t = "appointment"
    op.create_table(
        t,
        sa.Column("beneficiary_id", sa.String(length=36), nullable=True),
        sa.Column("site_id", sa.String(length=36), nullable=True),
        sa.Column("starts_at", sa.DateTime(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("modality", sa.String(length=20), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("interview_id", sa.String(length=36), nullable=True),
        _fk(t, "beneficiary_id", "beneficiary"), _fk(t, "site_id", "site"), _fk(t, "interview_id", "interview"),
        *_synced(t),
    )
    with op.batch_alter_table(t) as batch_op:
        batch_op.create_index("ix_appointment_starts_at", ["starts_at"], unique=False)
        batch_op.create_index("ix_appointment_beneficiary_starts", ["beneficiary_id", "starts_at"], unique=False)

    t = "reminder_state"
    op.create_table(
        t,
        sa.Column("key", sa.String(length=120), nullable=False),
        sa.Column("beneficiary_id", sa.String(length=36), nullable=True),
        sa.Column("snoozed_until", sa.Date(), nullable=True),
        sa.Column("done", sa.Boolean(), nullable=False),
        _fk(t, "beneficiary_id", "beneficiary"), *_synced(t),
        sa.UniqueConstraint("key", name="uq_reminder_state_key"),
    )
    for table, name, columns in _READ_INDEXES:   # plain CREATE INDEX: the tables are not rebuilt
        op.create_index(name, table, columns, unique=False)


def downgrade() -> None:
    for table, name, _columns in reversed(_READ_INDEXES):
        op.drop_index(name, table_name=table)
    op.drop_table("reminder_state")
    op.drop_table("appointment")
