"""The demo's co-construction work: every session valid by the domain rules on the day it
took place, varied, deterministic, written with outbox and audit, read back coherently."""

from __future__ import annotations

from collections import Counter

import pytest

from cep_desk.demo import DemoCaseload, generate, populate
from cep_desk.domain.conclusion import validate_conclusion
from cep_desk.domain.contact_log import validate_contact_log
from cep_desk.domain.diagnosis import validate_diagnosis
from cep_desk.domain.exploration import REJECTED, VALIDATED, validate_options
from cep_desk.domain.plan import Plan, validate_plan
from tests.conftest import TODAY
from tests.outbox_checks import decoded_outbox, private_texts, tables_missing_outbox_inserts

NEW_SYNCED = ("diagnosis_version", "exploration_option", "plan_objective", "plan_action", "funding_file",
              "milestone", "plan_change", "conclusion", "contact_log")


@pytest.fixture(scope="module")
def plan() -> DemoCaseload:
    return generate(300, seed=7, today=TODAY)


def test_every_session_of_the_demo_passes_the_rules_on_its_day(plan: DemoCaseload) -> None:
    problems = []
    for p in plan.people:
        if not p.interviews:
            assert p.work is None
            continue
        assert p.work is not None and len(p.work.sessions) == len(p.interviews)
        previous = Plan()
        for it, sw in zip(p.interviews, p.work.sessions, strict=True):
            day = it.draft.starts_at.date()
            issues = validate_diagnosis(sw.diagnosis) if sw.diagnosis is not None else []
            issues += validate_options(sw.options)
            issues += validate_plan(sw.plan, day, previous)      # errors *and* confirmations: none expected
            issues += validate_conclusion(sw.conclusion, it.draft.starts_at)
            if issues:
                problems.append((p.draft.last_name, day, [i.render() for i in issues]))
            previous = sw.plan
        sessions = [it.draft.starts_at for it in p.interviews]
        for c in p.work.contacts:
            assert not validate_contact_log(c, TODAY)
            assert sessions[0] < c.at < sessions[-1]                # between two sessions
    assert problems == []


def test_the_work_is_rich_for_n2_and_varied(plan: DemoCaseload) -> None:
    n2 = [p for p in plan.people if p.work and p.accompaniment.level == "N2"]
    n1 = [p for p in plan.people if p.work and p.accompaniment.level == "N1"]
    assert len(n2) >= 40 and len(n1) >= 100
    assert all(p.work.sessions[-1].plan.actions for p in n2)                       # type: ignore[union-attr]
    assert all(not p.work.sessions[-1].plan.actions for p in n1)                   # type: ignore[union-attr]
    assert all(sum(s.diagnosis is not None for s in p.work.sessions) == 1 for p in n1)  # type: ignore[union-attr]
    versions = [sum(s.diagnosis is not None for s in p.work.sessions) for p in n2 if len(p.interviews) >= 4]  # type: ignore[union-attr]
    assert versions and sum(v >= 2 for v in versions) / len(versions) >= 0.8      # revised over the sessions
    final = [p.work.sessions[-1] for p in n2]                                       # type: ignore[union-attr]
    assert len({w.plan.objectives[0].thematique for w in final}) >= 5                   # several stories
    states = Counter(o.state for w in final for o in w.options)
    assert states[VALIDATED] and states[REJECTED]
    decisions = Counter(f.decision for w in final for a in w.plan.actions for f in a.funding)
    assert decisions["accorde"] and decisions["refuse"] and decisions["en_attente"]
    statuses = Counter(a.status for w in final for a in w.plan.actions)
    assert {"realisee", "en_projet", "abandonnee"} <= set(statuses)
    kinds = Counter(ms.kind for w in final for ms in w.plan.milestones)
    assert {"echeance_action", "echeance_financement", "entree_formation"} <= set(kinds)
    texts = [s.conclusion.text for p in n2 for s in p.work.sessions]                # type: ignore[union-attr]
    assert all(t.startswith("Entretien du ") for t in texts)
    assert sum("Ce que nous avons convenu :" in t for t in texts) >= len(n2)
    assert any("Pistes écartées" in t for t in texts) and any("Prochain rendez-vous" in t for t in texts)
    assert Counter(c.kind for p in n2 for c in p.work.contacts)["appel"] > 0        # type: ignore[union-attr]


def test_the_work_is_deterministic(plan: DemoCaseload) -> None:
    again = generate(300, seed=7, today=TODAY)
    assert [[s.conclusion.text for s in p.work.sessions] if p.work else None for p in again.people] == [
        [s.conclusion.text for s in p.work.sessions] if p.work else None for p in plan.people]


def test_populated_work_has_outbox_audit_and_reads_back(services) -> None:  # type: ignore[no-untyped-def]
    populate(services, count=80, seed=5)
    store = services.store
    assert all(store.count(t) > 0 for t in NEW_SYNCED)
    assert tables_missing_outbox_inserts(store, NEW_SYNCED) == {}
    outbox = decoded_outbox(store)
    private = private_texts(store, ("contact_log", "interview"))
    assert private and not any(p in row for p in private for row in outbox)
    assert store.count("audit_log") == store.count("outbox")
    assert store.integrity_check() == []

    rich = [r for r in services.caseload() if r.level == "N2" and r.sessions >= 3]
    assert rich
    for row in rich:
        ctx = services.sessions.prepare(row.id)
        assert ctx.last_conclusion is not None and ctx.plan.actions and ctx.diagnosis is not None
        history = services.sessions.diagnosis_history(row.id)
        assert [v.number for v in history] == list(range(1, len(history) + 1))
        assert all(v.changes for v in history)                 # a version is only made when something changed
        assert len(services.sessions.conclusions(row.id)) == row.sessions
        assert services.plans.history(row.id)
