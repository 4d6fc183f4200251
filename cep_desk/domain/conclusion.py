"""The conclusion d'entretien: drafted during the session, with the person, in plain words.

Deliverables written afterwards, alone, come out "très neutres" (002:1803):
``compose`` drafts the conclusion from what was agreed in *this* session —
options validated or set aside, actions agreed, actions done, the next
appointment — and the counsellor edits it with the person. It is re-read at
the start of the next session: "il y a eu çà, çà, çà de proposé, vous
validez ?" (002:4603). The follow-up question closes it: come back? when?
what for? (002:2573).

The text is a document for the person, so it is written in the document's
language (French by default), not through the window's translations.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from functools import lru_cache

from babel.dates import format_date

from cep_desk.domain import messages as m
from cep_desk.domain.exploration import REJECTED, VALIDATED, ExplorationOption
from cep_desk.domain.messages import Issue
from cep_desk.domain.plan import DONE, PARTNER, PlanAction


@dataclass
class FollowUp:
    come_back: bool | None = None   # None: not asked
    when: date | None = None
    purpose: str = ""


@dataclass
class ConclusionDraft:
    text: str = ""
    next_appointment: datetime | None = None
    follow_up: FollowUp = field(default_factory=FollowUp)


@dataclass
class SessionOutcome:
    """What this session agreed, as ``compose`` needs it."""

    session_day: date
    validated: list[ExplorationOption] = field(default_factory=list)
    rejected: list[ExplorationOption] = field(default_factory=list)
    agreed: list[PlanAction] = field(default_factory=list)   # new or changed open actions
    done: list[PlanAction] = field(default_factory=list)     # marked done in this session
    next_appointment: datetime | None = None
    follow_up: FollowUp = field(default_factory=FollowUp)


def outcome_of(session_day: date, previous_options: list[ExplorationOption], options: list[ExplorationOption],
               previous_actions: list[PlanAction], actions: list[PlanAction],
               next_appointment: datetime | None = None, follow_up: FollowUp | None = None) -> SessionOutcome:
    """Compare the state before and after the session: only what moved in it is "agreed"."""
    old_state = {o.id: o.state for o in previous_options}
    old_actions = {a.id: a for a in previous_actions}
    out = SessionOutcome(session_day, next_appointment=next_appointment, follow_up=follow_up or FollowUp())
    for o in options:
        if old_state.get(o.id) != o.state:
            if o.state == VALIDATED:
                out.validated.append(o)
            elif o.state == REJECTED:
                out.rejected.append(o)
    for a in actions:
        old = old_actions.get(a.id)
        if a.status == DONE:
            if old is None or old.status != DONE:
                out.done.append(a)
        elif a.is_open and (old is None or old != a):
            out.agreed.append(a)
    return out


_TEXT = {
    "fr": {
        "title": "Entretien du {day}.",
        "done": "Ce qui a été fait depuis la dernière fois : {items}.",
        "validated": "Pistes retenues ensemble : {items}.",
        "rejected": "Pistes écartées : {items}.",
        "agreed": "Ce que nous avons convenu :",
        "due": ", d'ici le {day}",
        "plan_b": " (si besoin : {plan_b})",
        "next": "Prochain rendez-vous : {day} à {time}.",
        "back_when": "Vous reviendrez vers nous vers le {day}{purpose}.",
        "back": "Vous reviendrez vers nous{purpose}.",
        "purpose": " pour {purpose}",
        "no_back": "Pas de nouveau rendez-vous prévu : vous pouvez revenir vers nous quand vous le souhaitez.",
        "personne": "Vous", "personne_conseiller": "Ensemble", "conseiller": "Votre conseiller·ère",
        "partenaire": "Un partenaire",
    },
    "en": {
        "title": "Session of {day}.",
        "done": "Done since last time: {items}.",
        "validated": "Options chosen together: {items}.",
        "rejected": "Options set aside: {items}.",
        "agreed": "What we agreed:",
        "due": ", by {day}",
        "plan_b": " (if needed: {plan_b})",
        "next": "Next appointment: {day} at {time}.",
        "back_when": "You will come back to us around {day}{purpose}.",
        "back": "You will come back to us{purpose}.",
        "purpose": " to {purpose}",
        "no_back": "No new appointment planned: you can come back to us whenever you wish.",
        "personne": "You", "personne_conseiller": "Together", "conseiller": "Your counsellor",
        "partenaire": "A partner",
    },
}
_LOCALE = {"fr": "fr_FR", "en": "en_GB"}


@lru_cache(maxsize=4096)
def _day(d: date, lang: str, weekday: bool = False) -> str:
    return format_date(d, "EEEE d MMMM y" if weekday else "d MMMM y", locale=_LOCALE[lang])


def _time(t: datetime, lang: str) -> str:
    return f"{t.hour} h {t.minute:02d}" if lang == "fr" else f"{t:%H:%M}"


def _option(o: ExplorationOption) -> str:
    return f"{o.label} ({o.reason.strip().rstrip('.')})" if o.reason.strip() else o.label


def compose(outcome: SessionOutcome, language: str = "fr") -> str:
    """The default conclusion, sentence by sentence; empty parts are left out."""
    lang = "en" if language.startswith("en") else "fr"
    t = _TEXT[lang]
    lines = [t["title"].format(day=_day(outcome.session_day, lang, weekday=True))]
    if outcome.done:
        lines.append(t["done"].format(items=" ; ".join(a.label for a in outcome.done)))
    if outcome.validated:
        lines.append(t["validated"].format(items=" ; ".join(_option(o) for o in outcome.validated)))
    if outcome.rejected:
        lines.append(t["rejected"].format(items=" ; ".join(_option(o) for o in outcome.rejected)))
    if outcome.agreed:
        lines.append(t["agreed"])
        for a in outcome.agreed:
            who = a.partner.strip() if a.who == PARTNER and a.partner.strip() else t.get(a.who, t["personne"])
            due = t["due"].format(day=_day(a.due_date, lang)) if a.due_date else ""
            plan_b = t["plan_b"].format(plan_b=a.plan_b.strip().rstrip(".")) if a.plan_b.strip() else ""
            lines.append(f"- {who} : {a.label}{due}{plan_b}." if lang == "fr" else f"- {who}: {a.label}{due}{plan_b}.")
    fu = outcome.follow_up
    purpose = t["purpose"].format(purpose=fu.purpose.strip().rstrip(".")) if fu.purpose.strip() else ""
    if outcome.next_appointment is not None:
        nxt = outcome.next_appointment
        lines.append(t["next"].format(day=_day(nxt.date(), lang, weekday=True), time=_time(nxt, lang)))
    elif fu.come_back and fu.when:
        lines.append(t["back_when"].format(day=_day(fu.when, lang), purpose=purpose))
    elif fu.come_back:
        lines.append(t["back"].format(purpose=purpose))
    elif fu.come_back is False:
        lines.append(t["no_back"])
    return "\n".join(lines)


def validate_conclusion(c: ConclusionDraft, session_start: datetime) -> list[Issue]:
    issues = []
    if c.next_appointment is not None and c.next_appointment <= session_start:
        issues.append(Issue("next_appointment", m.NEXT_APPOINTMENT_BEFORE_SESSION))
    fu = c.follow_up
    if fu.come_back and fu.when is None and c.next_appointment is None:
        issues.append(Issue("follow_up.when", m.FOLLOW_UP_WHEN_REQUIRED))
    if fu.when is not None and fu.when < session_start.date():
        issues.append(Issue("follow_up.when", m.NEXT_APPOINTMENT_BEFORE_SESSION))
    return issues
