"""The co-construction session: diagnosis versions, exploration options, the
action plan (objectives, actions, funding files, jalons, its history),
conclusions, contacts between sessions and the local session draft.

Only new tables: existing rows are untouched, so the upgrade of a store full
of people is a few CREATE TABLE statements. Written by hand (not imported
from models.py) so this revision stays what it was when models change later.

Revision ID: 0003_co_construction
Revises: 0002_caseload_indexes
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003_co_construction"
down_revision = "0002_caseload_indexes"
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


def _person(table: str) -> list[sa.SchemaItem]:
    return [sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
            _fk(table, "beneficiary_id", "beneficiary")]


def _index(table: str, name: str, columns: list[str]) -> None:
    with op.batch_alter_table(table) as batch_op:
        batch_op.create_index(name, columns, unique=False)


def upgrade() -> None:
    t = "diagnosis_version"
    op.create_table(
        t, *_person(t),
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("counsellor_only", sa.JSON(), nullable=False),
        _fk(t, "interview_id", "interview"), *_synced(t),
    )
    _index(t, "ix_diagnosis_version_interview_id", ["interview_id"])
    _index(t, "ix_diagnosis_version_beneficiary_number", ["beneficiary_id", "number"])

    t = "exploration_option"
    op.create_table(
        t, *_person(t),
        sa.Column("interview_id", sa.String(length=36), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("state", sa.String(length=12), nullable=False),
        sa.Column("state_on", sa.Date(), nullable=True),
        sa.Column("code_ogr", sa.String(length=10), nullable=True),
        sa.Column("code_rome", sa.String(length=5), nullable=True),
        sa.Column("want", sa.Text(), nullable=False),
        sa.Column("can", sa.Text(), nullable=False),
        sa.Column("market", sa.Text(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk(t, "interview_id", "interview"), *_synced(t),
    )
    _index(t, "ix_exploration_option_beneficiary_id", ["beneficiary_id"])

    t = "plan_objective"
    op.create_table(
        t, *_person(t),
        sa.Column("accompaniment_id", sa.String(length=36), nullable=True),
        sa.Column("thematique", sa.String(length=120), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk(t, "accompaniment_id", "accompaniment"), *_synced(t),
    )
    _index(t, "ix_plan_objective_beneficiary_id", ["beneficiary_id"])

    t = "plan_action"
    op.create_table(
        t, *_person(t),
        sa.Column("accompaniment_id", sa.String(length=36), nullable=True),
        sa.Column("objective_id", sa.String(length=36), nullable=True),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("who", sa.String(length=30), nullable=False),
        sa.Column("estimate_value", sa.Integer(), nullable=True),
        sa.Column("estimate_unit", sa.String(length=12), nullable=True),
        sa.Column("due_date", sa.Date(), nullable=True),
        sa.Column("partner", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("plan_b", sa.Text(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        _fk(t, "accompaniment_id", "accompaniment"), _fk(t, "objective_id", "plan_objective"), *_synced(t),
    )
    _index(t, "ix_plan_action_beneficiary_id", ["beneficiary_id"])

    t = "funding_file"
    op.create_table(
        t, *_person(t),
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("lever", sa.String(length=30), nullable=False),
        sa.Column("funder", sa.String(length=200), nullable=False),
        sa.Column("quote_cents", sa.Integer(), nullable=True),
        sa.Column("submitted_on", sa.Date(), nullable=True),
        sa.Column("decision_expected_on", sa.Date(), nullable=True),
        sa.Column("decision", sa.String(length=12), nullable=False),
        sa.Column("decided_on", sa.Date(), nullable=True),
        sa.Column("refusal_reason", sa.Text(), nullable=False),
        _fk(t, "action_id", "plan_action"), *_synced(t),
    )
    _index(t, "ix_funding_file_beneficiary_id", ["beneficiary_id"])
    _index(t, "ix_funding_file_action_id", ["action_id"])

    t = "milestone"
    op.create_table(
        t, *_person(t),
        sa.Column("action_id", sa.String(length=36), nullable=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("label", sa.String(length=300), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("done", sa.Boolean(), nullable=False),
        sa.Column("remind_days_before", sa.Integer(), nullable=True),
        _fk(t, "action_id", "plan_action"), *_synced(t),
    )
    _index(t, "ix_milestone_action_id", ["action_id"])
    _index(t, "ix_milestone_beneficiary_on", ["beneficiary_id", "on"])

    t = "plan_change"
    op.create_table(
        t, *_person(t),
        sa.Column("interview_id", sa.String(length=36), nullable=True),
        sa.Column("on", sa.Date(), nullable=False),
        sa.Column("entity", sa.String(length=40), nullable=False),
        sa.Column("entity_id", sa.String(length=36), nullable=False),
        sa.Column("change", sa.String(length=10), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        _fk(t, "interview_id", "interview"), *_synced(t),
    )
    _index(t, "ix_plan_change_beneficiary_id", ["beneficiary_id"])

    t = "conclusion"
    op.create_table(
        t, *_person(t),
        sa.Column("interview_id", sa.String(length=36), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("next_appointment", sa.DateTime(), nullable=True),
        sa.Column("come_back", sa.Boolean(), nullable=True),
        sa.Column("come_back_on", sa.Date(), nullable=True),
        sa.Column("come_back_purpose", sa.Text(), nullable=False),
        _fk(t, "interview_id", "interview"), *_synced(t),
    )
    _index(t, "ix_conclusion_beneficiary_id", ["beneficiary_id"])
    _index(t, "ix_conclusion_interview_id", ["interview_id"])

    t = "contact_log"
    op.create_table(
        t, *_person(t),
        sa.Column("accompaniment_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=12), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("duration_min", sa.Integer(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("notes_private", sa.Text(), nullable=False),
        _fk(t, "accompaniment_id", "accompaniment"), *_synced(t),
    )
    _index(t, "ix_contact_log_beneficiary_at", ["beneficiary_id", "at"])

    t = "session_draft"
    op.create_table(
        t,
        sa.Column("key", sa.String(length=80), nullable=False),
        *_person(t),
        sa.Column("interview_id", sa.String(length=36), nullable=True),
        sa.Column("step", sa.String(length=30), nullable=False),
        sa.Column("payload", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        _fk(t, "interview_id", "interview"),
        sa.PrimaryKeyConstraint("key", name=f"pk_{t}"),
    )
    _index(t, "ix_session_draft_beneficiary_id", ["beneficiary_id"])


TABLES = ("diagnosis_version", "exploration_option", "plan_objective", "plan_action", "funding_file",
          "milestone", "plan_change", "conclusion", "contact_log", "session_draft")


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)  # its indexes go with it
