"""Printed deliverables: the documents handed over (what, when, which version) and signatures.

Only new tables. Written by hand (not imported from models.py) so this
revision stays what it was when models change later.

Revision ID: 0005_documents
Revises: 0004_partners
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005_documents"
down_revision = "0004_partners"
branch_labels = None
depends_on = None


def upgrade() -> None:
    t = "handed_document"
    op.create_table(
        t,
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("interview_id", sa.String(length=36), nullable=True),
        sa.Column("referral_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("produced_on", sa.Date(), nullable=False),
        sa.Column("produced_at", sa.DateTime(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("large_print", sa.Boolean(), nullable=False),
        sa.Column("signed", sa.Boolean(), nullable=False),
        sa.Column("signer", sa.String(length=200), nullable=False),
        sa.Column("signed_at", sa.DateTime(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("deleted_at", sa.DateTime(), nullable=True),
        sa.Column("server_version", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["beneficiary_id"], ["beneficiary.id"], name="fk_handed_document_beneficiary_id_beneficiary"),
        sa.ForeignKeyConstraint(["interview_id"], ["interview.id"], name="fk_handed_document_interview_id_interview"),
        sa.PrimaryKeyConstraint("id", name="pk_handed_document"),
    )
    with op.batch_alter_table(t) as batch_op:
        batch_op.create_index("ix_handed_document_beneficiary_kind", ["beneficiary_id", "kind"], unique=False)


def downgrade() -> None:
    op.drop_table("handed_document")
