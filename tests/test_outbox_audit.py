"""Every write stores its outbox entries (for the sync) and audit entries in the
same transaction; private notes never reach either."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import text

from cep_desk.domain.accompaniment import AccompanimentDraft, StatusChange
from cep_desk.domain.beneficiary import BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.messages import ValidationFailed

TODAY = date(2026, 11, 23)
PRIVATE = "Violences conjugales, hébergée chez sa sœur"
PRIVATE_SESSION = "Évoque une addiction"
ACC = AccompanimentDraft(level="N1", reasons=["projet.evoluer"], first_request_date=date(2026, 11, 3))


def draft(**kw: object) -> BeneficiaryDraft:
    values: dict[str, object] = dict(
        last_name="Vidal", first_name="Nadia", email="nadia.vidal@example.fr", postal_code="12100",
        commune_insee="12145", notes_shareable="Projet : aide-soignante.", notes_private=PRIVATE,
        statuses=[EmploymentStatusEntry("cdd", date(2026, 9, 1), date(2027, 2, 28))],
        target_jobs=[TargetJobEntry("10891", "Aide-soignant / Aide-soignante", "J1501")],
    )
    values.update(kw)
    return BeneficiaryDraft(**values)  # type: ignore[arg-type]


def outbox(store, since: int = 0) -> list[dict]:  # type: ignore[no-untyped-def]
    with store.read() as s:
        rows = s.execute(text("SELECT seq, op_id, tx_id, entity, entity_id, op, base_version, fields_json, state, "
                              "attempts FROM outbox WHERE seq > :n ORDER BY seq"), {"n": since}).mappings().all()
    return [dict(r, fields=json.loads(r["fields_json"])) for r in rows]


def audit(store, since: int = 0) -> list[dict]:  # type: ignore[no-untyped-def]
    with store.read() as s:
        rows = s.execute(text("SELECT seq, tx_id, at, actor, action, entity, entity_id, fields FROM audit_log "
                              "WHERE seq > :n ORDER BY seq"), {"n": since}).mappings().all()
    return [dict(r, field_names=json.loads(r["fields"])) for r in rows]


def last_seq(store) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    with store.read() as s:
        return (s.execute(text("SELECT coalesce(max(seq), 0) FROM outbox")).scalar_one(),
                s.execute(text("SELECT coalesce(max(seq), 0) FROM audit_log")).scalar_one())


def ids_of(store, table: str) -> set[str]:  # type: ignore[no-untyped-def]
    with store.read() as s:
        return set(s.execute(text(f"SELECT id FROM {table}")).scalars())


def raw_table_text(store, table: str) -> str:  # type: ignore[no-untyped-def]
    """Every column of every row as one string, as a leak would appear."""
    with store.read() as s:
        return "\n".join(repr(tuple(r)) for r in s.execute(text(f"SELECT * FROM {table}")))


def test_create_writes_one_outbox_and_audit_entry_per_row_in_one_transaction(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    entries = outbox(store)
    expected = {
        ("beneficiary", bid),
        *(("employment_status", i) for i in ids_of(store, "employment_status")),
        *(("target_job", i) for i in ids_of(store, "target_job")),
        *(("accompaniment", i) for i in ids_of(store, "accompaniment")),
        *(("accompaniment_status_change", i) for i in ids_of(store, "accompaniment_status_change")),
    }
    assert len(expected) == 5
    assert {(e["entity"], e["entity_id"]) for e in entries} == expected
    assert len(entries) == 5
    assert len({e["tx_id"] for e in entries}) == 1
    assert all(e["op"] == "insert" and e["state"] == "pending" and e["attempts"] == 0 for e in entries)
    assert all(e["base_version"] is None for e in entries)  # never synced yet
    assert len({e["op_id"] for e in entries}) == 5
    # Parents before children, so the hub can replay them in order under foreign keys.
    order = [e["entity"] for e in entries]
    assert order.index("beneficiary") < order.index("employment_status")
    assert order.index("accompaniment") < order.index("accompaniment_status_change")
    # The insert payload is the row as written (minus private fields).
    ben = next(e for e in entries if e["entity"] == "beneficiary")["fields"]
    assert (ben["id"], ben["last_name"], ben["email"], ben["commune_insee"]) == (
        bid, "Vidal", "nadia.vidal@example.fr", "12145")

    log = audit(store)
    assert {(a["entity"], a["entity_id"]) for a in log} == expected
    assert {a["tx_id"] for a in log} == {entries[0]["tx_id"]}
    assert {a["actor"] for a in log} == {"Claire Martin"}
    assert {a["action"] for a in log} == {"create_beneficiary", "create_employment_status", "create_target_job",
                                          "create_accompaniment", "create_accompaniment_status_change"}
    ben_audit = next(a for a in log if a["entity"] == "beneficiary")
    assert {"last_name", "email", "notes_private"} <= set(ben_audit["field_names"])


def test_each_write_has_its_own_transaction_id(services, store) -> None:  # type: ignore[no-untyped-def]
    a = services.beneficiaries.create(draft(statuses=[], target_jobs=[]))
    b = services.beneficiaries.create(draft(last_name="Roux", statuses=[], target_jobs=[]))
    entries = outbox(store)
    assert [e["entity_id"] for e in entries] == [a, b]
    assert entries[0]["tx_id"] != entries[1]["tx_id"]


def test_private_notes_never_reach_outbox_or_audit(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    services.interviews.record(bid, acc_id, InterviewDraft(datetime(2026, 11, 20, 14), notes_private=PRIVATE_SESSION,
                                                           notes_shareable="Bilan des compétences"))
    current = services.beneficiaries.get(bid).draft
    services.beneficiaries.update(bid, replace(current, notes_private=PRIVATE + " — mise à l'abri"))
    services.beneficiaries.update(bid, replace(current, notes_private="", email="n.vidal@example.fr"))
    services.beneficiaries.delete(bid)

    entries = outbox(store)
    assert {e["op"] for e in entries} == {"insert", "update", "delete"}
    for e in entries:
        assert "notes_private" not in e["fields"], e["entity"]
    interview = next(e for e in entries if e["entity"] == "interview")
    assert interview["fields"]["notes_shareable"] == "Bilan des compétences"  # shareable notes do travel

    for table in ("outbox", "audit_log"):
        dump = raw_table_text(store, table)
        for secret in (PRIVATE, "Violences", "mise à l'abri", PRIVATE_SESSION, "addiction"):
            assert secret not in dump, (table, secret)
            assert json.dumps(secret)[1:-1] not in dump, (table, secret)  # nor JSON-escaped
    # The audit still says that private notes were changed (who and when), without their text.
    changes = [a for a in audit(store) if a["action"] == "update_beneficiary"]
    assert [a["field_names"] for a in changes] == [["notes_private"], ["email", "notes_private"]]


def test_updating_only_the_email_records_only_the_email(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    current = services.beneficiaries.get(bid).draft
    o, a = last_seq(store)
    assert services.beneficiaries.update(bid, replace(current, email="nadia@example.org")) == ["email"]

    (entry,) = outbox(store, o)
    assert (entry["entity"], entry["entity_id"], entry["op"]) == ("beneficiary", bid, "update")
    assert set(entry["fields"]) == {"email", "updated_at"}
    assert entry["fields"]["email"] == "nadia@example.org"
    (log,) = audit(store, a)
    assert (log["action"], log["entity_id"], log["field_names"]) == ("update_beneficiary", bid, ["email"])
    assert log["tx_id"] == entry["tx_id"]


def test_saving_an_unchanged_file_records_nothing(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    before = last_seq(store)
    assert services.beneficiaries.update(bid, services.beneficiaries.get(bid).draft) == []
    assert last_seq(store) == before


def test_soft_delete_writes_a_delete_operation(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    o, a = last_seq(store)
    services.beneficiaries.delete(bid)
    entries = outbox(store, o)
    # Every row of the person gets its tombstone, in one transaction, the person last.
    assert {e["op"] for e in entries} == {"delete"}
    assert len({e["tx_id"] for e in entries}) == 1
    assert {e["entity"] for e in entries} >= {"beneficiary", "accompaniment", "accompaniment_status_change"}
    entry = entries[-1]
    assert (entry["entity"], entry["entity_id"], entry["op"]) == ("beneficiary", bid, "delete")
    assert set(entry["fields"]) == {"deleted_at"}
    with store.read() as s:
        deleted_at = s.execute(text("SELECT deleted_at FROM beneficiary WHERE id=:i"), {"i": bid}).scalar_one()
        live_children = s.execute(text("SELECT count(*) FROM accompaniment WHERE beneficiary_id=:i "
                                       "AND deleted_at IS NULL"), {"i": bid}).scalar_one()
    assert live_children == 0
    assert entry["fields"]["deleted_at"] == datetime.fromisoformat(deleted_at).isoformat()
    logs = audit(store, a)
    assert len(logs) == len(entries)
    log = logs[-1]
    assert (log["action"], log["entity_id"], log["field_names"]) == ("delete_beneficiary", bid, ["deleted_at"])


def test_status_change_writes_history_insert_and_accompaniment_update(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    o, a = last_seq(store)
    services.accompaniments.change_status(acc_id, StatusChange("suspendu", TODAY, partner="Mission locale Millau"))
    entries = outbox(store, o)
    assert [(e["entity"], e["op"]) for e in entries] == [("accompaniment_status_change", "insert"),
                                                         ("accompaniment", "update")]
    assert len({e["tx_id"] for e in entries}) == 1
    history, update = entries
    assert (history["fields"]["from_status"], history["fields"]["to_status"], history["fields"]["partner"]) == (
        "actif", "suspendu", "Mission locale Millau")
    assert history["fields"]["accompaniment_id"] == acc_id
    assert update["entity_id"] == acc_id
    assert update["fields"]["status"] == "suspendu"
    assert set(update["fields"]) <= {"status", "status_since", "return_date", "closure_reason", "updated_at"}
    assert "status" in {f for x in audit(store, a) for f in x["field_names"]}
    assert [x["action"] for x in audit(store, a)] == ["create_accompaniment_status_change", "status_suspendu"]


def test_validation_failure_writes_no_outbox_or_audit(services, store) -> None:  # type: ignore[no-untyped-def]
    bid = services.beneficiaries.create(draft(), ACC)
    acc_id = services.beneficiaries.get(bid).current_accompaniment.id
    before = {t: store.count(t) for t in ("beneficiary", "outbox", "audit_log", "accompaniment_status_change")}
    with pytest.raises(ValidationFailed):
        services.beneficiaries.create(draft(last_name="", phone="12345"), ACC)
    with pytest.raises(ValidationFailed):
        services.beneficiaries.update(bid, draft(email="nadia@"))
    with pytest.raises(ValidationFailed):
        services.accompaniments.change_status(acc_id, StatusChange("en_pause", TODAY))  # no return date
    with pytest.raises(ValidationFailed):
        services.accompaniments.open(bid, AccompanimentDraft(level="N1", reasons=["nope"]))
    assert {t: store.count(t) for t in before} == before
