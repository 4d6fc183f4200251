"""ORM schema of the local store (SQLAlchemy 2 typed mappings).

Every entity that will sync carries a UUIDv7 ``id``, ``created_at``,
``updated_at``, a soft-delete ``deleted_at`` (tombstone until the hub
acknowledges it) and ``server_version`` (the hub's sequence when last seen,
NULL until the first sync). Dates are stored as ISO text by SQLite; times
are UTC.

Any change here needs an Alembic revision in ``migrations/versions``; a test
compares this metadata with the migrated schema.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from cep_desk.domain.ids import uuid7

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)


class Synced:
    """Columns every synced entity carries."""

    id: Mapped[str] = mapped_column(String(36), primary_key=True, default=uuid7)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    deleted_at: Mapped[datetime | None] = mapped_column(DateTime, default=None)
    server_version: Mapped[int | None] = mapped_column(Integer, default=None)


class CounsellorProfile(Synced, Base):
    __tablename__ = "counsellor_profile"
    first_name: Mapped[str] = mapped_column(String(100), default="")
    last_name: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    operator: Mapped[str | None] = mapped_column(String(40))
    structure: Mapped[str] = mapped_column(String(200), default="")
    level_vocabulary: Mapped[str] = mapped_column(String(40), default="national_2020")


class Site(Synced, Base):
    __tablename__ = "site"
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(20), default="principal")
    commune_insee: Mapped[str | None] = mapped_column(String(5))
    address: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class Beneficiary(Synced, Base):
    __tablename__ = "beneficiary"
    last_name: Mapped[str] = mapped_column(String(100))
    first_name: Mapped[str] = mapped_column(String(100))
    birth_name: Mapped[str] = mapped_column(String(100), default="")
    sex: Mapped[str | None] = mapped_column(String(2))
    birth_date: Mapped[date | None] = mapped_column(Date)
    email: Mapped[str] = mapped_column(String(254), default="")
    phone: Mapped[str] = mapped_column(String(30), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    postal_code: Mapped[str] = mapped_column(String(5), default="")
    commune_insee: Mapped[str | None] = mapped_column(String(5))
    pcs: Mapped[str | None] = mapped_column(String(40))
    qualification_level: Mapped[str | None] = mapped_column(String(4))
    diploma_obtained: Mapped[str | None] = mapped_column(String(4))
    sector: Mapped[str | None] = mapped_column(String(12))
    company_size: Mapped[str | None] = mapped_column(String(12))
    rqth: Mapped[str | None] = mapped_column(String(4))
    origin: Mapped[str | None] = mapped_column(String(40))
    resignation_project: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_given: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_date: Mapped[date | None] = mapped_column(Date)
    consent_explained: Mapped[str] = mapped_column(Text, default="")
    notes_shareable: Mapped[str] = mapped_column(Text, default="")
    notes_private: Mapped[str] = mapped_column(Text, default="")

    statuses: Mapped[list[EmploymentStatus]] = relationship(
        back_populates="beneficiary", order_by="EmploymentStatus.start_date"
    )
    target_jobs: Mapped[list[TargetJob]] = relationship(back_populates="beneficiary")
    accompaniments: Mapped[list[Accompaniment]] = relationship(
        back_populates="beneficiary", order_by="Accompaniment.created_at"
    )


class EmploymentStatus(Synced, Base):
    __tablename__ = "employment_status"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    code: Mapped[str] = mapped_column(String(20))
    jobseeker_category: Mapped[str | None] = mapped_column(String(1))
    start_date: Mapped[date | None] = mapped_column(Date)
    end_date: Mapped[date | None] = mapped_column(Date)
    beneficiary: Mapped[Beneficiary] = relationship(back_populates="statuses")


class TargetJob(Synced, Base):
    __tablename__ = "target_job"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    code_ogr: Mapped[str] = mapped_column(String(10))
    code_rome: Mapped[str] = mapped_column(String(5))
    label: Mapped[str] = mapped_column(String(300))
    beneficiary: Mapped[Beneficiary] = relationship(back_populates="target_jobs")


class Accompaniment(Synced, Base):
    __tablename__ = "accompaniment"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    level: Mapped[str] = mapped_column(String(10))
    first_request_date: Mapped[date | None] = mapped_column(Date)
    first_appointment_date: Mapped[date | None] = mapped_column(Date)
    referent: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="actif")
    status_since: Mapped[date | None] = mapped_column(Date)
    return_date: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(30))
    reasons: Mapped[list[str]] = mapped_column(JSON, default=list)

    # Covers the caseload's "current accompaniment per person" scan.
    __table_args__ = (
        Index("ix_accompaniment_caseload", "beneficiary_id", "deleted_at", "created_at", "status", "level"),
    )

    beneficiary: Mapped[Beneficiary] = relationship(back_populates="accompaniments")
    history: Mapped[list[AccompanimentStatusChange]] = relationship(
        back_populates="accompaniment", order_by="AccompanimentStatusChange.created_at"
    )


class AccompanimentStatusChange(Synced, Base):
    __tablename__ = "accompaniment_status_change"
    accompaniment_id: Mapped[str] = mapped_column(ForeignKey("accompaniment.id"), index=True)
    from_status: Mapped[str | None] = mapped_column(String(20))
    to_status: Mapped[str] = mapped_column(String(20))
    on: Mapped[date] = mapped_column(Date)
    return_date: Mapped[date | None] = mapped_column(Date)
    closure_reason: Mapped[str | None] = mapped_column(String(30))
    partner: Mapped[str] = mapped_column(String(200), default="")
    comment: Mapped[str] = mapped_column(Text, default="")
    accompaniment: Mapped[Accompaniment] = relationship(back_populates="history")


class Interview(Synced, Base):
    """A session (entretien)."""

    __tablename__ = "interview"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"))
    accompaniment_id: Mapped[str | None] = mapped_column(ForeignKey("accompaniment.id"), index=True)
    starts_at: Mapped[datetime] = mapped_column(DateTime)
    duration_min: Mapped[int] = mapped_column(Integer, default=60)
    channel: Mapped[str] = mapped_column(String(20), default="presentiel")
    format: Mapped[str] = mapped_column(String(20), default="individuel")
    site_id: Mapped[str | None] = mapped_column(ForeignKey("site.id"))
    level: Mapped[str] = mapped_column(String(10), default="N1")
    purpose: Mapped[str] = mapped_column(String(20), default="cep")
    notes_shareable: Mapped[str] = mapped_column(Text, default="")
    notes_private: Mapped[str] = mapped_column(Text, default="")

    # Declared so the unit of work orders INSERTs after the rows they point to.
    beneficiary: Mapped[Beneficiary] = relationship()
    accompaniment: Mapped[Accompaniment | None] = relationship()
    site: Mapped[Site | None] = relationship()

    __table_args__ = (
        Index("ix_interview_beneficiary_starts", "beneficiary_id", "starts_at"),
        # Covers the caseload's "latest session per person" scan: no table page is read.
        Index("ix_interview_caseload", "beneficiary_id", "deleted_at", "starts_at", "site_id"),
    )


# -- co-construction session (issue 3) ------------------------------------------------------------
class DiagnosisVersion(Synced, Base):
    """One version of the shared diagnosis, made in one session; ``number`` counts 1, 2, 3… per person.

    ``payload`` is what the person may read on the shared screen; ``counsellor_only``
    holds the counsellor's view of each obstacle and the competences the counsellor
    noticed. Counsellor-only is not private: it syncs and hands over to a colleague,
    but the side-by-side mode never reads that column. (Private notes stay on the
    interview, in ``notes_private``.)
    """

    __tablename__ = "diagnosis_version"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"))
    interview_id: Mapped[str] = mapped_column(ForeignKey("interview.id"), index=True)
    number: Mapped[int] = mapped_column(Integer)
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    counsellor_only: Mapped[dict] = mapped_column(JSON, default=dict)

    beneficiary: Mapped[Beneficiary] = relationship()
    interview: Mapped[Interview] = relationship()

    __table_args__ = (Index("ix_diagnosis_version_beneficiary_number", "beneficiary_id", "number"),)


class ExplorationOption(Synced, Base):
    """An option explored with the person; a rejected one is kept (state ``ecartee``), never deleted."""

    __tablename__ = "exploration_option"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    interview_id: Mapped[str | None] = mapped_column(ForeignKey("interview.id"))  # last changed in
    label: Mapped[str] = mapped_column(String(300))
    state: Mapped[str] = mapped_column(String(12), default="proposee")
    state_on: Mapped[date | None] = mapped_column(Date)
    code_ogr: Mapped[str | None] = mapped_column(String(10))
    code_rome: Mapped[str | None] = mapped_column(String(5))
    want: Mapped[str] = mapped_column(Text, default="")
    can: Mapped[str] = mapped_column(Text, default="")
    market: Mapped[str] = mapped_column(Text, default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    beneficiary: Mapped[Beneficiary] = relationship()
    interview: Mapped[Interview | None] = relationship()


class PlanObjective(Synced, Base):
    __tablename__ = "plan_objective"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    accompaniment_id: Mapped[str | None] = mapped_column(ForeignKey("accompaniment.id"))
    thematique: Mapped[str] = mapped_column(String(120))
    label: Mapped[str] = mapped_column(String(300), default="")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int] = mapped_column(Integer, default=0)

    beneficiary: Mapped[Beneficiary] = relationship()
    accompaniment: Mapped[Accompaniment | None] = relationship()


class PlanAction(Synced, Base):
    """An action of the plan. Its funding files are rows of ``funding_file`` rather than
    columns here: one training is often co-funded (CPF plus an employer or OPCO top-up,
    a Region grant plus personal funding), and each request has its own funder, dates
    and decision — which the funding outcomes indicator counts one by one."""

    __tablename__ = "plan_action"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    accompaniment_id: Mapped[str | None] = mapped_column(ForeignKey("accompaniment.id"))
    objective_id: Mapped[str | None] = mapped_column(ForeignKey("plan_objective.id"))
    label: Mapped[str] = mapped_column(String(300))
    type: Mapped[str] = mapped_column(String(30), default="autre")
    who: Mapped[str] = mapped_column(String(30), default="personne")
    estimate_value: Mapped[int | None] = mapped_column(Integer)
    estimate_unit: Mapped[str | None] = mapped_column(String(12))
    due_date: Mapped[date | None] = mapped_column(Date)
    partner: Mapped[str] = mapped_column(String(200), default="")
    status: Mapped[str] = mapped_column(String(20), default="en_projet")
    status_on: Mapped[date | None] = mapped_column(Date)
    plan_b: Mapped[str] = mapped_column(Text, default="")
    position: Mapped[int] = mapped_column(Integer, default=0)

    beneficiary: Mapped[Beneficiary] = relationship()
    accompaniment: Mapped[Accompaniment | None] = relationship()
    objective: Mapped[PlanObjective | None] = relationship()


class FundingFile(Synced, Base):
    """A funding request for an action: quote, funder, dates, decision (refusals are tracked too)."""

    __tablename__ = "funding_file"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    action_id: Mapped[str] = mapped_column(ForeignKey("plan_action.id"), index=True)
    lever: Mapped[str] = mapped_column(String(30))
    funder: Mapped[str] = mapped_column(String(200), default="")
    quote_cents: Mapped[int | None] = mapped_column(Integer)   # euros × 100: no float rounding
    submitted_on: Mapped[date | None] = mapped_column(Date)
    decision_expected_on: Mapped[date | None] = mapped_column(Date)
    decision: Mapped[str] = mapped_column(String(12), default="en_attente")
    decided_on: Mapped[date | None] = mapped_column(Date)
    refusal_reason: Mapped[str] = mapped_column(Text, default="")

    beneficiary: Mapped[Beneficiary] = relationship()
    action: Mapped[PlanAction] = relationship()


class Milestone(Synced, Base):
    """A jalon: always dated (the column is NOT NULL, the domain refuses a jalon without a date)."""

    __tablename__ = "milestone"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"))
    action_id: Mapped[str | None] = mapped_column(ForeignKey("plan_action.id"), index=True)
    on: Mapped[date] = mapped_column(Date)
    label: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(30), default="autre")
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    remind_days_before: Mapped[int | None] = mapped_column(Integer)

    beneficiary: Mapped[Beneficiary] = relationship()
    action: Mapped[PlanAction | None] = relationship()

    __table_args__ = (Index("ix_milestone_beneficiary_on", "beneficiary_id", "on"),)


class PlanChange(Synced, Base):
    """History of the plan: one row per entity created, updated or removed in a write,
    ``fields`` = {field: [before, after]}. Rows are only ever added."""

    __tablename__ = "plan_change"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    interview_id: Mapped[str | None] = mapped_column(ForeignKey("interview.id"))
    on: Mapped[date] = mapped_column(Date)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    change: Mapped[str] = mapped_column(String(10))
    fields: Mapped[dict] = mapped_column(JSON, default=dict)

    beneficiary: Mapped[Beneficiary] = relationship()
    interview: Mapped[Interview | None] = relationship()


class Conclusion(Synced, Base):
    """The conclusion d'entretien of one session, and its follow-up question."""

    __tablename__ = "conclusion"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    interview_id: Mapped[str] = mapped_column(ForeignKey("interview.id"), index=True)
    text: Mapped[str] = mapped_column(Text, default="")
    next_appointment: Mapped[datetime | None] = mapped_column(DateTime)
    come_back: Mapped[bool | None] = mapped_column(Boolean)
    come_back_on: Mapped[date | None] = mapped_column(Date)
    come_back_purpose: Mapped[str] = mapped_column(Text, default="")

    beneficiary: Mapped[Beneficiary] = relationship()
    interview: Mapped[Interview] = relationship()


class ContactLog(Synced, Base):
    """A call, e-mail, letter or text between sessions; counts in the time spent."""

    __tablename__ = "contact_log"
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"))
    accompaniment_id: Mapped[str | None] = mapped_column(ForeignKey("accompaniment.id"))
    kind: Mapped[str] = mapped_column(String(12))
    at: Mapped[datetime] = mapped_column(DateTime)
    duration_min: Mapped[int] = mapped_column(Integer, default=10)
    note: Mapped[str] = mapped_column(Text, default="")
    notes_private: Mapped[str] = mapped_column(Text, default="")

    beneficiary: Mapped[Beneficiary] = relationship()
    accompaniment: Mapped[Accompaniment | None] = relationship()

    __table_args__ = (Index("ix_contact_log_beneficiary_at", "beneficiary_id", "at"),)


class SessionDraft(Base):
    """The session being typed, saved every few seconds so nothing typed is lost.

    Deliberately *not* synced and without outbox or audit rows: it is one desk's
    unfinished working copy (private notes included), rewritten every few seconds
    and deleted when the session is saved — sending it to the hub would flood the
    queue with half-typed text, and the audit log records changes to the record,
    not keystrokes. One draft per person and session: ``key`` is
    ``"<beneficiary id>:<interview id or 'new'>"``, so saving is a single upsert.
    """

    __tablename__ = "session_draft"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    beneficiary_id: Mapped[str] = mapped_column(ForeignKey("beneficiary.id"), index=True)
    interview_id: Mapped[str | None] = mapped_column(ForeignKey("interview.id"))
    step: Mapped[str] = mapped_column(String(30), default="")
    payload: Mapped[dict] = mapped_column(JSON, default=dict)
    saved_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)


class OutboxEntry(Base):
    """A change waiting for the hub, written in the same transaction as the change (SYNC.md)."""

    __tablename__ = "outbox"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    op_id: Mapped[str] = mapped_column(String(36), unique=True, default=uuid7)
    tx_id: Mapped[str] = mapped_column(String(36), index=True)
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    op: Mapped[str] = mapped_column(String(10))  # insert | update | delete
    base_version: Mapped[int | None] = mapped_column(Integer)
    fields_json: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    state: Mapped[str] = mapped_column(String(12), default="pending")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    last_error: Mapped[str | None] = mapped_column(Text)


class AuditEntry(Base):
    """Who changed what and when: field names only, never the text of private notes."""

    __tablename__ = "audit_log"
    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    tx_id: Mapped[str] = mapped_column(String(36), index=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(40))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(36))
    fields: Mapped[list[str]] = mapped_column(JSON, default=list)


class AppSetting(Base):
    """Store-wide settings that belong with the data (not per machine)."""

    __tablename__ = "app_setting"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value: Mapped[dict] = mapped_column(JSON, default=dict)


class CaseloadCache(Base):
    """The caseload as last read, for the first paint at start-up (``storage/caseload_cache.py``).

    A cache, not an entity: no id of its own, not synced, not exported. Triggers
    (migration 0007) count the writes to the tables it is read from.
    """

    __tablename__ = "caseload_cache"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    changes: Mapped[int] = mapped_column(Integer)
    snapshot_changes: Mapped[int | None] = mapped_column(Integer)
    app_key: Mapped[str | None] = mapped_column(String(80))
    valid_until: Mapped[str | None] = mapped_column(String(32))
    data: Mapped[bytes | None] = mapped_column(LargeBinary)


# Tables of later parts live in their own modules; importing them here puts them
# in ``Base.metadata`` whoever imports the models first.
from cep_desk.storage import models_cockpit, models_documents, models_partners  # noqa: E402, F401
