"""The accompaniment (parcours): level, reasons, and a status with history.

Pauses, partner relays, closures and re-openings are first-class (BRIEF §3:
"on ne sait pas où s'arrête le CEP"). The allowed transitions live here so
the window, the command line and the hub agree on them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.codelists import referentials
from cep_desk.domain.messages import Issue

ACTIVE, PAUSED, SUSPENDED, CLOSED, REOPENED = "actif", "en_pause", "suspendu", "clos", "reouvert"
OPEN_STATUSES = frozenset({ACTIVE, PAUSED, SUSPENDED, REOPENED})

TRANSITIONS: dict[str, frozenset[str]] = {
    ACTIVE: frozenset({PAUSED, SUSPENDED, CLOSED}),
    REOPENED: frozenset({PAUSED, SUSPENDED, CLOSED}),
    PAUSED: frozenset({ACTIVE, SUSPENDED, CLOSED}),
    SUSPENDED: frozenset({ACTIVE, PAUSED, CLOSED}),
    CLOSED: frozenset({REOPENED}),
}


@dataclass
class AccompanimentDraft:
    level: str = "N1"
    reasons: list[str] = field(default_factory=list)
    first_request_date: date | None = None
    first_appointment_date: date | None = None
    referent: str = ""


@dataclass
class StatusChange:
    target: str
    on: date
    return_date: date | None = None
    closure_reason: str | None = None
    partner: str = ""
    comment: str = ""


def validate_accompaniment(draft: AccompanimentDraft, today: date, levels) -> list[Issue]:  # type: ignore[no-untyped-def]
    ref = referentials()
    issues: list[Issue | None] = [rules.check_code("level", draft.level, levels)]
    if not draft.level:
        issues.append(Issue("level", m.REQUIRED))
    if not draft.reasons:
        issues.append(Issue("reasons", m.REASON_REQUIRED))
    for r in draft.reasons:
        issues.append(rules.check_code("reasons", r, ref["contact_reason"]))
    issues.append(rules.check_past_date("first_request_date", draft.first_request_date, today))
    issues.append(rules.check_past_date("first_appointment_date", draft.first_appointment_date, today))
    if (
        draft.first_request_date and draft.first_appointment_date
        and draft.first_appointment_date < draft.first_request_date
    ):
        issues.append(Issue("first_appointment_date", m.FIRST_APPOINTMENT_BEFORE_REQUEST))
    return [i for i in issues if i is not None]


def validate_transition(current: str, change: StatusChange, today: date, since: date | None = None) -> list[Issue]:
    ref = referentials()
    if change.target not in TRANSITIONS.get(current, frozenset()):
        labels = ref["parcours_status"]
        return [Issue("status", m.TRANSITION_NOT_ALLOWED,
                      {"current": labels.label(current), "target": labels.label(change.target)})]
    issues: list[Issue | None] = [rules.check_past_date("on", change.on, today)]
    if since is not None and change.on < since:  # the history must stay in order
        issues.append(Issue("on", m.CHANGE_BEFORE_CURRENT, {"date": since.strftime("%d/%m/%Y")}))
    if change.target == PAUSED:
        if change.return_date is None:
            issues.append(Issue("return_date", m.RETURN_DATE_REQUIRED))
        elif change.return_date <= today:
            issues.append(Issue("return_date", m.RETURN_DATE_PAST))
    if change.target == CLOSED:
        if not change.closure_reason:
            issues.append(Issue("closure_reason", m.CLOSURE_REASON_REQUIRED))
        else:
            issues.append(rules.check_code("closure_reason", change.closure_reason, ref["closure_reason"]))
    if change.target == SUSPENDED and not change.partner.strip():
        issues.append(Issue("partner", m.PARTNER_REQUIRED))
    return [i for i in issues if i is not None]
