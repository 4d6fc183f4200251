"""What changed, in words a counsellor (and the person) reads: never field names or codes.

The domain says what changed as paths and plain values
(``obstacles[mobilite.permis_b].status``: ``besoin`` → ``point_appui``); this
module turns them into "Mobility – No driving licence: Need → Strength" for
the "since last session" box of the diagnosis step and the history view.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication

from cep_desk.domain.history import ADDED, REMOVED, FieldChange
from cep_desk.domain.messages import QT_TRANSLATE_NOOP
from cep_desk.services.views import PlanChangeView
from cep_desk.ui.language import format_date
from cep_desk.ui.session.editor_kit import code_label

CTX = "ChangeWords"

_DIAGNOSIS_FIELDS = {
    "request_words": QT_TRANSLATE_NOOP("ChangeWords", "Request, in the person's words"),
    "need": QT_TRANSLATE_NOOP("ChangeWords", "Need behind the request"),
    "request_matches_need": QT_TRANSLATE_NOOP("ChangeWords", "Request matches the need"),
    "project_state": QT_TRANSLATE_NOOP("ChangeWords", "Project"),
    "project": QT_TRANSLATE_NOOP("ChangeWords", "The project in plain words"),
    "motivation": QT_TRANSLATE_NOOP("ChangeWords", "Motivation (concrete actions)"),
    "competences_person": QT_TRANSLATE_NOOP("ChangeWords", "Competence named by the person"),
    "competences_counsellor": QT_TRANSLATE_NOOP("ChangeWords", "Competence noticed by the counsellor"),
}
_ITEM_FIELDS = {
    "value": "",
    "comment": QT_TRANSLATE_NOOP("ChangeWords", "comment"),
    "level": "",
    "evidence": QT_TRANSLATE_NOOP("ChangeWords", "what was observed"),
    "status": "",
    "person_view": QT_TRANSLATE_NOOP("ChangeWords", "the person's view"),
    "counsellor_view": QT_TRANSLATE_NOOP("ChangeWords", "the counsellor's view"),
    "agreed": QT_TRANSLATE_NOOP("ChangeWords", "agreed"),
}
# For each keyed list: the code list of its keys and of its summary value.
_KEYED = {
    "realism": ("project_realism", "assessment"),
    "maturity": ("maturity_question", "assessment"),
    "autonomy": ("autonomy_area", "autonomy_level"),
    "obstacles": ("obstacle_situation", "diagnosis_item_status"),
}
_PATH = re.compile(r"^(\w+)\[([^\]]+)\](?:\.(\w+))?$")


def _words(text: str) -> str:
    return QCoreApplication.translate(CTX, text)


def _agreed(value: Any) -> str:
    if value is None:
        return QCoreApplication.translate("ChangeWords", "not asked yet")
    return (
        QCoreApplication.translate("ChangeWords", "yes") if value else QCoreApplication.translate("ChangeWords", "no")
    )


def _obstacle_name(key: str) -> str:
    if "." in key:
        theme = key.split(".", 1)[0]
        return f"{code_label('obstacle_theme', theme)} – {code_label('obstacle_situation', key)}"
    return code_label("obstacle_theme", key)


def diagnosis_change_parts(change: FieldChange) -> tuple[str, str, str]:
    """(what, before, after) in words."""
    match = _PATH.match(change.path)
    if match is None:
        what = _words(_DIAGNOSIS_FIELDS.get(change.path, change.path))
        lists = {"request_matches_need": "assessment", "project_state": "project_state"}
        name = lists.get(change.path)
        if name:
            return what, code_label(name, change.before), code_label(name, change.after)
        return what, _text(change.before), _text(change.after)
    group, key, attr = match.groups()
    key_list, value_list = _KEYED.get(group, ("", ""))
    item = _obstacle_name(key) if group == "obstacles" else code_label(key_list, key)
    if group == "autonomy":
        item = QCoreApplication.translate("ChangeWords", "Autonomy – {area}").format(area=item)
    if attr is None or attr in ("value", "level", "status"):
        return item, code_label(value_list, change.before), code_label(value_list, change.after)
    what = f"{item} ({_words(_ITEM_FIELDS.get(attr, attr))})"
    if attr == "agreed":
        return what, _agreed(change.before), _agreed(change.after)
    return what, _text(change.before), _text(change.after)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def describe(what: str, before: str, after: str, kind: str) -> str:
    if kind == ADDED:
        return (
            QCoreApplication.translate("ChangeWords", "{what}: {after} (new)").format(what=what, after=after)
            if after
            else QCoreApplication.translate("ChangeWords", "{what} (new)").format(what=what)
        )
    if kind == REMOVED:
        return (
            QCoreApplication.translate("ChangeWords", "{what}: {before} (removed)").format(what=what, before=before)
            if before
            else QCoreApplication.translate("ChangeWords", "{what} (removed)").format(what=what)
        )
    return QCoreApplication.translate("ChangeWords", "{what}: {before} → {after}").format(
        what=what, before=before or "—", after=after or "—"
    )


def describe_diagnosis_change(change: FieldChange) -> str:
    return describe(*diagnosis_change_parts(change), change.kind)


# -- plan -----------------------------------------------------------------------------------------
_ENTITIES = {
    "plan_objective": QT_TRANSLATE_NOOP("ChangeWords", "Objective"),
    "plan_action": QT_TRANSLATE_NOOP("ChangeWords", "Action"),
    "funding_file": QT_TRANSLATE_NOOP("ChangeWords", "Funding file"),
    "milestone": QT_TRANSLATE_NOOP("ChangeWords", "Jalon"),
}
_PLAN_FIELDS = {
    "label": QT_TRANSLATE_NOOP("ChangeWords", "Title"),
    "type": QT_TRANSLATE_NOOP("ChangeWords", "Type"),
    "who": QT_TRANSLATE_NOOP("ChangeWords", "Who does it"),
    "objective_id": QT_TRANSLATE_NOOP("ChangeWords", "Objective"),
    "estimate_value": QT_TRANSLATE_NOOP("ChangeWords", "Estimate"),
    "estimate_unit": QT_TRANSLATE_NOOP("ChangeWords", "Estimate unit"),
    "due_date": QT_TRANSLATE_NOOP("ChangeWords", "Due date"),
    "partner": QT_TRANSLATE_NOOP("ChangeWords", "Partner"),
    "status": QT_TRANSLATE_NOOP("ChangeWords", "Status"),
    "plan_b": QT_TRANSLATE_NOOP("ChangeWords", "Plan B"),
    "thematique": QT_TRANSLATE_NOOP("ChangeWords", "Theme"),
    "done": QT_TRANSLATE_NOOP("ChangeWords", "Done"),
    "lever": QT_TRANSLATE_NOOP("ChangeWords", "Funding lever"),
    "funder": QT_TRANSLATE_NOOP("ChangeWords", "Funder"),
    "quote_amount": QT_TRANSLATE_NOOP("ChangeWords", "Quote"),
    "submitted_on": QT_TRANSLATE_NOOP("ChangeWords", "Submitted on"),
    "decision_expected_on": QT_TRANSLATE_NOOP("ChangeWords", "Decision expected on"),
    "decision": QT_TRANSLATE_NOOP("ChangeWords", "Decision"),
    "decided_on": QT_TRANSLATE_NOOP("ChangeWords", "Decided on"),
    "refusal_reason": QT_TRANSLATE_NOOP("ChangeWords", "Reason for the refusal"),
    "on": QT_TRANSLATE_NOOP("ChangeWords", "Date"),
    "kind": QT_TRANSLATE_NOOP("ChangeWords", "Kind"),
    "remind_days_before": QT_TRANSLATE_NOOP("ChangeWords", "Reminder (days before)"),
}
_PLAN_CODES = {
    "type": "action_type",
    "who": "action_actor",
    "status": "action_status",
    "estimate_unit": "duration_unit",
    "thematique": "thematique",
    "lever": "funding_lever",
    "decision": "funding_decision",
    "kind": "milestone_kind",
}
_HIDDEN = frozenset({"objective_id", "action_id"})  # ids mean nothing to a reader
_DATES = frozenset({"due_date", "submitted_on", "decision_expected_on", "decided_on", "on"})


def _plan_value(field: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if field in _PLAN_CODES:
        return code_label(_PLAN_CODES[field], value)
    if field in _DATES:
        return format_date(date.fromisoformat(str(value)))
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("ChangeWords", "yes")
            if value
            else QCoreApplication.translate("ChangeWords", "no")
        )
    if field == "quote_amount":
        return QCoreApplication.translate("ChangeWords", "{amount} €").format(amount=value)
    return str(value)


def plan_change_title(change: PlanChangeView, names: dict[str, str] | None = None) -> str:
    """ "Action “Call Transitions Pro” added": the thing and what happened to it. ``names``
    (entity id → label, from the current plan) names a thing whose label did not change."""
    entity = _words(_ENTITIES.get(change.entity, change.entity))
    name = ""
    for field in ("label", "lever", "thematique"):
        pair = change.fields.get(field)
        if pair:
            name = _plan_value(field, pair[1] if pair[1] not in (None, "") else pair[0])
            break
    name = name or (names or {}).get(change.entity_id, "")
    verb = {
        "created": QCoreApplication.translate("ChangeWords", "added"),
        "removed": QCoreApplication.translate("ChangeWords", "removed"),
    }.get(change.change, QCoreApplication.translate("ChangeWords", "changed"))
    if name:
        return QCoreApplication.translate("ChangeWords", "{entity} “{name}” {verb}").format(
            entity=entity, name=name, verb=verb
        )
    return QCoreApplication.translate("ChangeWords", "{entity} {verb}").format(entity=entity, verb=verb)


def plan_change_details(change: PlanChangeView) -> list[str]:
    """One line per field that changed (only for a change to an existing thing)."""
    if change.change != "updated":
        return []
    out = []
    for field, (before, after) in change.fields.items():
        if field in _HIDDEN:
            continue
        out.append(
            describe(
                _words(_PLAN_FIELDS.get(field, field)), _plan_value(field, before), _plan_value(field, after), "changed"
            )
        )
    return out
