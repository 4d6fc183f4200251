"""The demo caseload: valid by the domain rules, realistic, deterministic, and
written like real changes (outbox and audit), in a real encrypted store."""

from __future__ import annotations

import statistics
from collections import Counter
from datetime import date, timedelta
from itertools import pairwise

import pytest
from sqlalchemy import text

from cep_desk.demo import SITES, DemoCaseload, generate, open_demo_store, populate
from cep_desk.domain.accompaniment import (
    ACTIVE,
    CLOSED,
    PAUSED,
    REOPENED,
    SUSPENDED,
    validate_accompaniment,
    validate_transition,
)
from cep_desk.domain.beneficiary import validate_beneficiary
from cep_desk.domain.codelists import referentials
from cep_desk.domain.interview import validate_interview
from cep_desk.domain.places import commune_index
from cep_desk.domain.rules import age_on
from cep_desk.storage.keys import KeyManager
from tests.conftest import TODAY
from tests.outbox_checks import decoded_outbox, private_texts, tables_missing_outbox_inserts

OCCITANIE = {"09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"}
EIGHTEEN_MONTHS_AGO = date(2025, 5, 23)  # TODAY (2026-11-23) minus 18 months


@pytest.fixture(scope="module")
def plan() -> DemoCaseload:
    return generate(300, seed=7, today=TODAY)


def test_generates_the_requested_number_of_people(plan: DemoCaseload) -> None:
    assert len(plan.people) == 300
    assert {s.kind for s in plan.sites} == {"principal", "relais", "permanence"}
    assert plan.counsellor.last_name == "Martin" and plan.counsellor.operator == "regional"


def test_every_draft_passes_the_domain_rules(plan: DemoCaseload) -> None:
    places, levels = commune_index(), referentials().levels("national_2020")
    problems = []
    for p in plan.people:
        issues = validate_beneficiary(p.draft, TODAY, places)
        issues += validate_accompaniment(p.accompaniment, TODAY, levels)
        current = ACTIVE
        for change in p.changes:  # each transition valid on the day it was made
            issues += validate_transition(current, change, change.on)
            current = change.target
        for it in p.interviews:
            issues += validate_interview(it.draft, TODAY, None, levels)
        if issues:
            problems.append((p.draft.last_name, [i.render() for i in issues]))
    assert problems == []


def test_distributions_are_plausible(plan: DemoCaseload) -> None:
    people = plan.people
    n = len(people)
    ages = [age_on(p.draft.birth_date, TODAY) for p in people]  # type: ignore[arg-type]
    assert 0.5 <= sum(p.draft.sex == "F" for p in people) / n <= 0.65
    assert 33 <= statistics.mean(ages) <= 43
    assert min(ages) >= 16 and max(ages) <= 70
    assert 0.15 <= sum(p.accompaniment.level == "N2" for p in people) / n <= 0.35
    assert 1.5 <= statistics.mean(len(p.accompaniment.reasons) for p in people) <= 2.0
    assert 0.03 <= sum(p.draft.rqth == "oui" for p in people) / n <= 0.15
    low = sum(p.draft.qualification_level in ("1", "2", "3") for p in people) / n
    assert low >= 0.25                                               # many low-qualified
    current = [{s.code for s in p.draft.statuses if s.end_date is None} for p in people]
    assert sum(len(c) > 1 for c in current) / n >= 0.05              # several statuses at once
    codes = Counter(code for c in current for code in c)
    assert {"cdi", "cdd", "interimaire", "de_inscrit"} <= set(codes)
    statuses = Counter(p.status for p in people)
    assert statuses.most_common(1)[0][0] == ACTIVE
    assert {PAUSED, SUSPENDED, CLOSED, REOPENED} <= set(statuses)
    assert sum(p.draft.consent_given for p in people) / n >= 0.9
    assert sum(bool(p.draft.notes_private) for p in people) > 0
    assert sum(bool(p.draft.target_jobs) for p in people) / n >= 0.7


def test_people_live_in_occitanie_towns_and_villages(plan: DemoCaseload) -> None:
    places = commune_index()
    communes = [places.get(p.draft.commune_insee) for p in plan.people]
    assert all(c is not None and c.departement in OCCITANIE for c in communes)
    assert len({c.departement for c in communes if c}) >= 6
    assert any(c.population < 500 for c in communes if c)           # small rural communes too
    assert all(p.draft.postal_code in c.postal_codes for p, c in zip(plan.people, communes, strict=True) if c)


def test_names_include_rare_characters_and_contacts_are_fictional(plan: DemoCaseload) -> None:
    full = [f"{p.draft.first_name} {p.draft.last_name}" for p in plan.people]
    assert any(any(ord(ch) > 0xFF for ch in name) for name in full)  # beyond Latin-1 (Ł, ễ, ı…)
    assert any(" " in p.draft.last_name or "'" in p.draft.last_name for p in plan.people)
    emails = [p.draft.email for p in plan.people if p.draft.email]
    assert emails and all(e.rsplit("@", 1)[1].startswith("example.") for e in emails)
    phones = [p.draft.phone for p in plan.people if p.draft.phone]
    assert phones and all(ph.startswith(("06", "07", "+336", "+337")) for ph in phones)


def test_dates_stay_in_the_last_eighteen_months_and_never_in_the_future(plan: DemoCaseload) -> None:
    sessions = [it.draft.starts_at for p in plan.people for it in p.interviews]
    assert len(sessions) >= len(plan.people)
    assert all(EIGHTEEN_MONTHS_AGO <= s.date() < TODAY for s in sessions)
    assert all(30 <= it.draft.duration_min <= 90 for p in plan.people for it in p.interviews)
    channels = Counter(it.draft.channel for p in plan.people for it in p.interviews)
    assert channels.most_common(1)[0][0] == "presentiel" and {"telephone", "visio"} <= set(channels)
    assert any(it.draft.format == "collectif" for p in plan.people for it in p.interviews)
    for p in plan.people:
        a = p.accompaniment
        assert a.first_request_date <= a.first_appointment_date < TODAY  # type: ignore[operator]
        assert all(ch.on <= TODAY for ch in p.changes)
        assert [ch.on for ch in p.changes] == sorted(ch.on for ch in p.changes)
        if p.status == PAUSED:
            assert p.changes[-1].return_date > TODAY  # type: ignore[operator]
        if p.status == CLOSED:  # no session after the closure
            assert all(it.draft.starts_at.date() <= p.changes[-1].on for it in p.interviews)
        if p.interviews:
            assert min(it.draft.starts_at.date() for it in p.interviews) == a.first_appointment_date
        sixteen = p.draft.birth_date.replace(year=p.draft.birth_date.year + 16)  # type: ignore[union-attr]
        assert all(s.start_date is None or s.start_date >= sixteen - timedelta(days=1) for s in p.draft.statuses)


def test_same_seed_same_people_other_seed_other_people(plan: DemoCaseload) -> None:
    again = generate(300, seed=7, today=TODAY)
    names = [(p.draft.last_name, p.draft.first_name, p.draft.birth_date) for p in plan.people]
    assert [(p.draft.last_name, p.draft.first_name, p.draft.birth_date) for p in again.people] == names
    assert [len(p.interviews) for p in again.people] == [len(p.interviews) for p in plan.people]
    other = generate(300, seed=8, today=TODAY)
    assert [(p.draft.last_name, p.draft.first_name, p.draft.birth_date) for p in other.people] != names


def test_sessions_per_person_sets_the_volume() -> None:
    big = generate(500, seed=3, today=TODAY, sessions_per_person=6)
    total = sum(len(p.interviews) for p in big.people)
    assert abs(total - 3000) <= 30
    n2 = [len(p.interviews) for p in big.people if p.accompaniment.level == "N2"]
    n1 = [len(p.interviews) for p in big.people if p.accompaniment.level == "N1"]
    assert statistics.mean(n2) > statistics.mean(n1)


def test_populate_writes_rows_outbox_and_audit(services) -> None:  # type: ignore[no-untyped-def]
    populate(services)
    store = services.store
    assert store.count("beneficiary") == 300
    assert store.count("accompaniment") == 300
    assert store.count("interview") >= 300
    assert store.count("site") == len(SITES)
    assert services.counsellor.profile().structure.startswith("CIBC")
    assert tables_missing_outbox_inserts(store, (
        "beneficiary", "accompaniment", "accompaniment_status_change", "interview",
        "employment_status", "target_job", "site", "counsellor_profile")) == {}
    outbox = decoded_outbox(store)
    private = private_texts(store, ("beneficiary", "interview"))
    assert private, "the demo has private notes"
    assert not any("notes_private" in row or any(p in row for p in private) for row in outbox)
    assert store.count("audit_log") == store.count("outbox")
    assert store.integrity_check() == []


def test_populated_files_read_back_coherently(services) -> None:  # type: ignore[no-untyped-def]
    populate(services, count=60, seed=11)
    rows = services.caseload()
    assert len(rows) == 60
    assert all(r.last_contact is None or r.last_contact < TODAY for r in rows)
    assert Counter(r.status for r in rows).most_common(1)[0][0] == ACTIVE
    for row in rows:
        detail = services.beneficiaries.get(row.id)
        acc = detail.current_accompaniment
        assert acc is not None and acc.status == row.status
        history = acc.history
        assert history[0].from_status is None and history[0].to_status == ACTIVE
        for before, after in pairwise(history):  # a chain, in order
            assert after.from_status == before.to_status and after.on >= before.on
        assert history[-1].to_status == acc.status
        assert len(detail.interviews) == row.sessions
        assert all(i.site_name for i in detail.interviews)


def test_open_demo_store_creates_once_then_reopens(tmp_path) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / "demo"
    store = open_demo_store(folder)
    try:
        assert store.count("beneficiary") == 300
    finally:
        store.close()
    assert KeyManager(folder).meta.key_mode == "demo"  # type: ignore[union-attr]
    store = open_demo_store(folder)
    try:
        assert store.count("beneficiary") == 300                    # not filled twice
        with store.engine.connect() as conn:
            last = conn.execute(text("SELECT max(starts_at) FROM interview")).scalar_one()
            conn.rollback()
        assert str(last)[:10] < date.today().isoformat()             # real clock: nothing in the future
    finally:
        store.close()
