"""Exploration: options written down, then validated or rejected *with* the person.

Counsellors draw options and cross out the rejected ones, "je fais à chaque
fois valider" (000:764–775): a rejected option is never deleted, it stays
visible, crossed out, with the reason. Each option carries the "triangle"
(002:5947): what I want / what I can do / what the market allows.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.codelists import referentials
from cep_desk.domain.ids import uuid7
from cep_desk.domain.jobs import job_index
from cep_desk.domain.messages import Issue

PROPOSED, VALIDATED, REJECTED = "proposee", "validee", "ecartee"


@dataclass
class ExplorationOption:
    label: str
    state: str = PROPOSED
    code_ogr: str | None = None     # a ROME job title, when the option is a job
    code_rome: str | None = None
    want: str = ""                  # what I want
    can: str = ""                   # what I can do
    market: str = ""                # what the market allows
    reason: str = ""                # why it was validated or rejected, in plain words
    id: str = field(default_factory=uuid7)


def validate_options(options: list[ExplorationOption]) -> list[Issue]:
    states = referentials()["option_state"]
    issues: list[Issue | None] = []
    for i, o in enumerate(options):
        f = f"options[{i}]"
        if not o.label.strip():
            issues.append(Issue(f"{f}.label", m.LABEL_REQUIRED))
        issues.append(rules.check_code(f"{f}.state", o.state or "?", states))
        if o.code_ogr:
            title = job_index().get(o.code_ogr)
            if title is None or (o.code_rome and o.code_rome != title.code_rome):
                issues.append(Issue(f"{f}.code_ogr", m.UNKNOWN_CODE))
    return [i for i in issues if i is not None]


def display_order(options: list[ExplorationOption]) -> list[ExplorationOption]:
    """Validated first, then open ones, rejected last (still shown, crossed out)."""
    rank = {VALIDATED: 0, PROPOSED: 1, REJECTED: 2}
    return sorted(options, key=lambda o: rank.get(o.state, 1))
