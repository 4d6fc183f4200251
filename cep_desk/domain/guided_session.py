"""A guided session as one value: what the window collects step by step and the
service saves in one transaction; also the shape of the autosaved draft.

Steps can be visited in any order; ``None`` for a part means "not touched in
this session" (no new diagnosis version, plan unchanged, no conclusion).
``to_payload`` / ``from_payload`` give the JSON form the draft is kept in.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from cep_desk.domain.beneficiary import TargetJobEntry
from cep_desk.domain.conclusion import ConclusionDraft, FollowUp
from cep_desk.domain.diagnosis import Diagnosis, from_dict
from cep_desk.domain.exploration import ExplorationOption
from cep_desk.domain.history import plain
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.plan import FundingFile, Milestone, Objective, Plan, PlanAction

STEPS = ("reread", "listen", "diagnosis", "explore", "plan", "conclude")


@dataclass
class SessionRecord:
    interview: InterviewDraft
    diagnosis: Diagnosis | None = None
    options: list[ExplorationOption] = field(default_factory=list)   # upserts; none is ever deleted
    target_jobs: list[TargetJobEntry] | None = None                  # None: unchanged
    plan: Plan | None = None                                         # the whole plan after the session
    conclusion: ConclusionDraft | None = None


def _json(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _json(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_json(v) for v in value]
    return plain(value)


def to_payload(record: SessionRecord) -> dict[str, Any]:
    return _json(asdict(record))


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _plan(data: dict[str, Any]) -> Plan:
    actions = []
    for a in data.get("actions", []):
        funding = [FundingFile(**{**f, "quote_amount": Decimal(f["quote_amount"]) if f.get("quote_amount") else None,
                                  "submitted_on": _d(f.get("submitted_on")),
                                  "decision_expected_on": _d(f.get("decision_expected_on")),
                                  "decided_on": _d(f.get("decided_on"))})
                   for f in a.get("funding", [])]
        actions.append(PlanAction(**{**a, "due_date": _d(a.get("due_date")), "funding": funding}))
    return Plan(
        objectives=[Objective(**o) for o in data.get("objectives", [])],
        actions=actions,
        milestones=[Milestone(**{**ms, "on": _d(ms.get("on"))}) for ms in data.get("milestones", [])],
    )


def from_payload(data: dict[str, Any]) -> SessionRecord:
    i = dict(data["interview"])
    i["starts_at"] = _dt(i["starts_at"])
    c = data.get("conclusion")
    conclusion = None
    if c is not None:
        fu = c.get("follow_up") or {}
        conclusion = ConclusionDraft(text=c.get("text", ""), next_appointment=_dt(c.get("next_appointment")),
                                     follow_up=FollowUp(fu.get("come_back"), _d(fu.get("when")), fu.get("purpose", "")))
    jobs = data.get("target_jobs")
    return SessionRecord(
        interview=InterviewDraft(**i),
        diagnosis=from_dict(data["diagnosis"]) if data.get("diagnosis") is not None else None,
        options=[ExplorationOption(**o) for o in data.get("options", [])],
        target_jobs=[TargetJobEntry(**j) for j in jobs] if jobs is not None else None,
        plan=_plan(data["plan"]) if data.get("plan") is not None else None,
        conclusion=conclusion,
    )
