"""Partner directory (data·inclusion structures and services, contacts) and referrals (orientations).

Only new tables. Written by hand (not imported from models.py) so this
revision stays what it was when models change later.

Revision ID: 0004_partners
Revises: 0003_co_construction
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004_partners"
down_revision = "0003_co_construction"
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


def _index(table: str, name: str, columns: list[str], unique: bool = False) -> None:
    with op.batch_alter_table(table) as batch_op:
        batch_op.create_index(name, columns, unique=unique)


def _source(with_structure: bool) -> list[sa.Column]:
    cols = [sa.Column("structure_id", sa.String(length=36), nullable=False)] if with_structure else []
    return [
        *cols,
        sa.Column("source", sa.String(length=100), nullable=False),
        sa.Column("source_id", sa.String(length=200), nullable=False),
        sa.Column("date_maj", sa.Date(), nullable=False),
        sa.Column("own", sa.Boolean(), nullable=False),
        sa.Column("nom", sa.String(length=150), nullable=False),
    ]


def upgrade() -> None:
    t = "partner_structure"
    op.create_table(
        t, *_source(False),
        sa.Column("siret", sa.String(length=14), nullable=True),
        sa.Column("commune", sa.String(length=200), nullable=True),
        sa.Column("code_postal", sa.String(length=5), nullable=True),
        sa.Column("code_insee", sa.String(length=5), nullable=True),
        sa.Column("adresse", sa.String(length=300), nullable=True),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("telephone", sa.String(length=50), nullable=True),
        sa.Column("courriel", sa.String(length=254), nullable=True),
        sa.Column("site_web", sa.String(length=500), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        *_synced(t),
    )
    _index(t, "ix_partner_structure_source", ["source", "source_id"], unique=True)

    t = "partner_service"
    op.create_table(
        t, *_source(True),
        sa.Column("type", sa.String(length=30), nullable=True),
        sa.Column("frais", sa.String(length=10), nullable=True),
        sa.Column("code_insee", sa.String(length=5), nullable=True),
        sa.Column("commune", sa.String(length=200), nullable=True),
        sa.Column("record", sa.JSON(), nullable=False),
        _fk(t, "structure_id", "partner_structure"), *_synced(t),
    )
    _index(t, "ix_partner_service_structure_id", ["structure_id"])
    _index(t, "ix_partner_service_source", ["source", "source_id"], unique=True)

    t = "partner_search"
    op.create_table(
        t,
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("structure_id", sa.String(length=36), nullable=False),
        sa.Column("latitude", sa.Float(), nullable=True),
        sa.Column("longitude", sa.Float(), nullable=True),
        sa.Column("remote", sa.Boolean(), nullable=False),
        sa.Column("on_site", sa.Boolean(), nullable=False),
        sa.Column("type", sa.String(length=30), nullable=False),
        sa.Column("frais", sa.String(length=10), nullable=False),
        sa.Column("thematiques", sa.Text(), nullable=False),
        sa.Column("publics", sa.Text(), nullable=False),
        sa.Column("zone", sa.Text(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("name", sa.String(length=150), nullable=False),
        sa.Column("structure_name", sa.String(length=150), nullable=False),
        sa.Column("commune", sa.String(length=200), nullable=False),
        _fk(t, "service_id", "partner_service"),
        sa.PrimaryKeyConstraint("service_id", name=f"pk_{t}"),
    )
    _index(t, "ix_partner_search_latitude", ["latitude", "longitude"])

    t = "partner_relation"
    op.create_table(
        t,
        sa.Column("structure_id", sa.String(length=36), nullable=False),
        sa.Column("favourite", sa.Boolean(), nullable=False),
        sa.Column("tags", sa.JSON(), nullable=False),
        sa.Column("last_verified", sa.Date(), nullable=True),
        sa.Column("notes_shareable", sa.Text(), nullable=False),
        sa.Column("notes_private", sa.Text(), nullable=False),
        _fk(t, "structure_id", "partner_structure"),
        sa.UniqueConstraint("structure_id", name=f"uq_{t}_structure_id"),
        *_synced(t),
    )

    t = "partner_contact"
    op.create_table(
        t,
        sa.Column("structure_id", sa.String(length=36), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=30), nullable=False),
        sa.Column("email", sa.String(length=254), nullable=False),
        _fk(t, "structure_id", "partner_structure"), *_synced(t),
    )
    _index(t, "ix_partner_contact_structure_id", ["structure_id"])

    t = "action_service_link"
    op.create_table(
        t,
        sa.Column("action_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        _fk(t, "action_id", "plan_action"), _fk(t, "service_id", "partner_service"),
        sa.UniqueConstraint("action_id", name=f"uq_{t}_action_id"),
        *_synced(t),
    )
    _index(t, "ix_action_service_link_service_id", ["service_id"])

    t = "referral"
    op.create_table(
        t,
        sa.Column("beneficiary_id", sa.String(length=36), nullable=False),
        sa.Column("service_id", sa.String(length=36), nullable=False),
        sa.Column("structure_id", sa.String(length=36), nullable=False),
        sa.Column("plan_action_id", sa.String(length=36), nullable=True),
        sa.Column("contact_id", sa.String(length=36), nullable=True),
        sa.Column("sent_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("agreed", sa.Text(), nullable=False),
        sa.Column("consent", sa.Boolean(), nullable=False),
        sa.Column("shared", sa.JSON(), nullable=False),
        sa.Column("contact_preference", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("status_on", sa.Date(), nullable=True),
        sa.Column("status_reason", sa.Text(), nullable=False),
        sa.Column("outcome", sa.Text(), nullable=False),
        _fk(t, "beneficiary_id", "beneficiary"), _fk(t, "service_id", "partner_service"),
        _fk(t, "structure_id", "partner_structure"), _fk(t, "plan_action_id", "plan_action"),
        _fk(t, "contact_id", "partner_contact"), *_synced(t),
    )
    _index(t, "ix_referral_beneficiary_id", ["beneficiary_id"])
    _index(t, "ix_referral_service_id", ["service_id"])
    _index(t, "ix_referral_structure_id", ["structure_id"])


TABLES = ("partner_structure", "partner_service", "partner_search", "partner_relation", "partner_contact",
          "action_service_link", "referral")


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_table(table)  # its indexes go with it
