"""Migration 0003 (co-construction tables) on a store full of data: a store written by the
previous release (at 0002) is backed up, upgraded, keeps every person and session, matches
the ORM, and takes a guided session; the downgrade removes only the new tables."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext

from cep_desk.domain.accompaniment import AccompanimentDraft
from cep_desk.domain.beneficiary import BeneficiaryDraft
from cep_desk.domain.conclusion import ConclusionDraft
from cep_desk.domain.diagnosis import Diagnosis
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.plan import Objective, Plan, PlanAction
from cep_desk.services.context import ServiceContext
from cep_desk.services.facade import Services
from cep_desk.storage import migrate
from cep_desk.storage.engine import WRITER
from cep_desk.storage.models import Base
from cep_desk.storage.store import Store
from tests.conftest import TODAY

NEW_TABLES = {"diagnosis_version", "exploration_option", "plan_objective", "plan_action", "funding_file",
              "milestone", "plan_change", "conclusion", "contact_log", "session_draft"}
PREVIOUS = "0002_caseload_indexes"


def services_for(store: Store) -> Services:
    return Services(ServiceContext(store, actor="Claire Martin", today=lambda: TODAY,
                                   now=lambda: datetime(2026, 11, 23, 10, 0)))


def tables(store: Store) -> set[str]:
    with store.engine.connect() as conn:
        names = {r[0] for r in conn.exec_driver_sql("SELECT name FROM sqlite_master WHERE type='table'")}
        conn.rollback()
    return names


def move_to(store: Store, revision: str) -> None:
    cfg = migrate._alembic_config()
    with store.engine.connect().execution_options(**WRITER) as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def fill(services: Services, people: int = 3) -> list[str]:
    ids = []
    for i in range(people):
        bid = services.beneficiaries.create(
            BeneficiaryDraft(last_name=f"Martin{i}", first_name="Léa", notes_private="privé"),
            AccompanimentDraft(level="N2", reasons=["recul"], first_request_date=date(2026, 10, 1)))
        acc = services.accompaniments.for_beneficiary(bid)[0].id
        services.interviews.record(bid, acc, InterviewDraft(starts_at=datetime(2026, 10, 5 + i, 9), level="N2"))
        ids.append(bid)
    return ids


def guided_session() -> SessionRecord:
    goal = Objective("choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite")
    return SessionRecord(
        InterviewDraft(starts_at=datetime(2026, 11, 23, 9, 0), level="N2"),
        Diagnosis(request_words="Faire le point.", project_state="aucun"), [], None,
        Plan([goal], [PlanAction("Enquête métier", "enquete_metier", "personne", goal.id, 2, "semaines",
                                 date(2026, 12, 7))]),
        ConclusionDraft(""))


def test_a_store_of_the_previous_release_is_backed_up_and_upgraded(data_dir: Path) -> None:
    store = Store.open_dir(data_dir, create_mode="keyring")
    ids = fill(services_for(store))
    move_to(store, PREVIOUS)                 # the store as the previous release left it
    assert store.schema_revision() == PREVIOUS and not (NEW_TABLES & tables(store))
    store.close()

    store = Store.open_dir(data_dir)
    try:
        assert store.schema_revision() == migrate.HEAD
        backup = Path(store.last_migration_backup or "")
        assert backup.exists() and f"before-{migrate.HEAD}" in backup.name
        assert NEW_TABLES <= tables(store)
        with store.engine.connect() as conn:
            assert compare_metadata(MigrationContext.configure(conn), Base.metadata) == []
            conn.rollback()
        services = services_for(store)
        assert sorted(r.id for r in services.caseload()) == sorted(ids)
        assert [len(services.beneficiaries.get(b).interviews) for b in ids] == [1, 1, 1]
        assert services.beneficiaries.get(ids[0]).draft.notes_private == "privé"
        acc = services.accompaniments.for_beneficiary(ids[0])[0].id
        saved = services.sessions.record(ids[0], acc, guided_session())
        assert saved.diagnosis_number == 1 and saved.plan_changes == 2
        assert len(services.beneficiaries.get(ids[0]).interviews) == 2
        assert store.integrity_check() == []
    finally:
        store.close()


def test_downgrade_removes_only_the_new_tables(data_dir: Path) -> None:
    store = Store.open_dir(data_dir, create_mode="keyring")
    try:
        services = services_for(store)
        [bid] = fill(services, people=1)
        acc = services.accompaniments.for_beneficiary(bid)[0].id
        services.sessions.record(bid, acc, guided_session())
        people, sessions = store.count("beneficiary"), store.count("interview")
        move_to(store, PREVIOUS)
        assert not (NEW_TABLES & tables(store))
        assert (store.count("beneficiary"), store.count("interview")) == (people, sessions)
    finally:
        store.close()
