"""The shared diagnosis (diagnostic partagé), one version per session (REFERENTIALS §4).

The diagnosis is revised at every interview (BRIEF §4.2): each session that
changes it stores a new version, the next one starts from a copy of the last,
and ``diff`` says what changed, field by field, for the history view.

Two parts are *counsellor-only* — the counsellor's view of each obstacle and
the competences the counsellor noticed (kept apart from those the person
named). They are not private notes (they sync and hand over to a colleague),
but the side-by-side screen never shows them: ``split`` stores them apart and
``shareable`` drops them.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.codelists import Code, referentials
from cep_desk.domain.history import ADDED, REMOVED, FieldChange, compare
from cep_desk.domain.messages import Issue

POINT_D_APPUI, NEED, NOT_EXPLORED = "point_appui", "besoin", "non_explore"
COUNSELLOR_ONLY_FIELDS = frozenset({"competences_counsellor", "counsellor_view"})


@dataclass
class Assessment:
    """One realism criterion or maturity question, answered on the ``assessment`` scale."""

    code: str
    value: str | None = None
    comment: str = ""


@dataclass
class AutonomyEntry:
    area: str
    level: str | None = None
    evidence: str = ""              # what was observed, not a judgement (002:6840)


@dataclass
class ObstacleItem:
    theme: str
    situation: str | None = None    # a code of the theme's grid, or None for the theme in general
    person_view: str = ""
    counsellor_view: str = ""       # counsellor-only
    agreed: bool | None = None      # None: not asked yet
    status: str = NOT_EXPLORED

    @property
    def key(self) -> str:
        return self.situation or self.theme


@dataclass
class Diagnosis:
    request_words: str = ""                   # the request, in the person's own words
    need: str = ""                            # the need behind it, as understood together
    request_matches_need: str | None = None   # ``assessment`` scale
    project_state: str | None = None          # aucun / idee / defini
    project: str = ""                         # the project in plain words
    realism: list[Assessment] = field(default_factory=list)
    maturity: list[Assessment] = field(default_factory=list)
    competences_person: list[str] = field(default_factory=list)
    competences_counsellor: list[str] = field(default_factory=list)   # counsellor-only
    motivation: str = ""                      # judged from concrete actions (002:2395)
    autonomy: list[AutonomyEntry] = field(default_factory=list)
    obstacles: list[ObstacleItem] = field(default_factory=list)


def situations_of(theme: str) -> list[Code]:
    """The starting grid of one theme."""
    return [c for c in referentials()["obstacle_situation"].codes if c.parent == theme]


def copy_diagnosis(d: Diagnosis) -> Diagnosis:
    """An independent copy (faster than deepcopy: only the lists and their items are mutable)."""
    return replace(
        d, realism=[replace(a) for a in d.realism], maturity=[replace(a) for a in d.maturity],
        competences_person=list(d.competences_person), competences_counsellor=list(d.competences_counsellor),
        autonomy=[replace(a) for a in d.autonomy], obstacles=[replace(o) for o in d.obstacles],
    )


def next_version(previous: Diagnosis | None) -> Diagnosis:
    """What a new session starts from: a copy of the last version (or an empty diagnosis)."""
    return copy_diagnosis(previous) if previous is not None else Diagnosis()


# -- storage form ---------------------------------------------------------------------------
def _flat(x: Any) -> dict[str, Any]:
    return dict(vars(x))    # the items hold plain values only (no asdict: it deep-copies each one)


def to_dict(d: Diagnosis) -> dict[str, Any]:
    """Everything, as JSON-ready values (for a draft; ``split`` for storage)."""
    out = _flat(d)
    for name in ("realism", "maturity", "autonomy", "obstacles"):
        out[name] = [_flat(x) for x in out[name]]
    out["competences_person"] = list(d.competences_person)
    out["competences_counsellor"] = list(d.competences_counsellor)
    return out


def from_dict(data: dict[str, Any]) -> Diagnosis:
    data = dict(data or {})
    return Diagnosis(
        request_words=data.get("request_words", ""), need=data.get("need", ""),
        request_matches_need=data.get("request_matches_need"), project_state=data.get("project_state"),
        project=data.get("project", ""),
        realism=[Assessment(**a) for a in data.get("realism", [])],
        maturity=[Assessment(**a) for a in data.get("maturity", [])],
        competences_person=list(data.get("competences_person", [])),
        competences_counsellor=list(data.get("competences_counsellor", [])),
        motivation=data.get("motivation", ""),
        autonomy=[AutonomyEntry(**a) for a in data.get("autonomy", [])],
        obstacles=[ObstacleItem(**o) for o in data.get("obstacles", [])],
    )


def split(d: Diagnosis) -> tuple[dict[str, Any], dict[str, Any]]:
    """(shareable part, counsellor-only part), stored in two columns."""
    shared = to_dict(shareable(d))
    del shared["competences_counsellor"]
    for item in shared["obstacles"]:
        del item["counsellor_view"]
    counsellor = {
        "competences": list(d.competences_counsellor),
        "obstacle_views": {o.key: o.counsellor_view for o in d.obstacles if o.counsellor_view},
    }
    return shared, counsellor


def join(shared: dict[str, Any], counsellor: dict[str, Any] | None) -> Diagnosis:
    d = from_dict(shared)
    counsellor = counsellor or {}
    d.competences_counsellor = list(counsellor.get("competences", []))
    views = counsellor.get("obstacle_views", {})
    for o in d.obstacles:
        o.counsellor_view = views.get(o.key, "")
    return d


def shareable(d: Diagnosis) -> Diagnosis:
    """The diagnosis as the person sees it on the shared screen."""
    out = copy_diagnosis(d)
    out.competences_counsellor = []
    for o in out.obstacles:
        o.counsellor_view = ""
    return out


# -- rules ------------------------------------------------------------------------------------
def validate_diagnosis(d: Diagnosis) -> list[Issue]:
    ref = referentials()
    assessment = ref["assessment"]
    issues: list[Issue | None] = [
        rules.check_code("request_matches_need", d.request_matches_need, assessment),
        rules.check_code("project_state", d.project_state, ref["project_state"]),
    ]
    for name, listname in (("realism", "project_realism"), ("maturity", "maturity_question")):
        for i, a in enumerate(getattr(d, name)):
            issues.append(rules.check_code(f"{name}[{i}]", a.code or "?", ref[listname]))
            issues.append(rules.check_code(f"{name}[{i}]", a.value, assessment))
    for i, a in enumerate(d.autonomy):
        issues.append(rules.check_code(f"autonomy[{i}]", a.area or "?", ref["autonomy_area"]))
        issues.append(rules.check_code(f"autonomy[{i}]", a.level, ref["autonomy_level"]))
    situations = ref["obstacle_situation"]
    seen: set[str] = set()
    for i, o in enumerate(d.obstacles):
        f = f"obstacles[{i}]"
        issues.append(rules.check_code(f"{f}.theme", o.theme or "?", ref["obstacle_theme"]))
        issues.append(rules.check_code(f"{f}.status", o.status or "?", ref["diagnosis_item_status"]))
        if o.situation:
            code = situations.get(o.situation)
            if code is None:
                issues.append(Issue(f"{f}.situation", m.UNKNOWN_CODE))
            elif code.parent != o.theme:
                issues.append(Issue(f"{f}.situation", m.SITUATION_NOT_IN_THEME))
        if o.key in seen:
            issues.append(Issue(f"{f}.situation", m.SITUATION_TWICE))
        seen.add(o.key)
        if o.agreed and not o.person_view.strip():
            issues.append(Issue(f"{f}.person_view", m.PERSON_VIEW_REQUIRED))
    return [i for i in issues if i is not None]


# -- what changed between two versions ------------------------------------------------------
_SCALARS = ("request_words", "need", "request_matches_need", "project_state", "project", "motivation")


def _list_changes(path: str, before: list[str], after: list[str], counsellor_only: bool) -> list[FieldChange]:
    out = [FieldChange(path, None, x, counsellor_only, ADDED) for x in after if x not in before]
    out += [FieldChange(path, x, None, counsellor_only, REMOVED) for x in before if x not in after]
    return out


def _by_code(items: list[Any], attr: str) -> dict[str, dict[str, Any]]:
    return {getattr(x, attr): _flat(x) for x in items}


def _keyed_changes(path: str, before: dict[str, dict[str, Any]], after: dict[str, dict[str, Any]],
                   summary: str, ignore: tuple[str, ...]) -> list[FieldChange]:
    out: list[FieldChange] = []
    for key in [*after, *(k for k in before if k not in after)]:
        b, a = before.get(key), after.get(key)
        if b is None:
            out.append(FieldChange(f"{path}[{key}]", None, a[summary], change=ADDED))  # type: ignore[index]
        elif a is None:
            out.append(FieldChange(f"{path}[{key}]", b[summary], None, change=REMOVED))
        else:
            fb = {k: v for k, v in b.items() if k not in ignore}
            fa = {k: v for k, v in a.items() if k not in ignore}
            out += compare(f"{path}[{key}].", fb, fa, COUNSELLOR_ONLY_FIELDS)
    return out


def diff(previous: Diagnosis | None, current: Diagnosis) -> list[FieldChange]:
    """What changed from ``previous`` to ``current``; everything is "added" for a first version.

    Paths: a field name, ``realism[code].value``, ``autonomy[area].evidence``,
    ``obstacles[situation or theme]`` (an item added or removed; the value is its
    status) and ``obstacles[key].status`` / ``.person_view`` / ``.agreed`` / ….
    """
    before = previous or Diagnosis()
    out = compare("", {k: getattr(before, k) for k in _SCALARS}, {k: getattr(current, k) for k in _SCALARS})
    for name in ("realism", "maturity"):
        out += _keyed_changes(name, _by_code(getattr(before, name), "code"),
                              _by_code(getattr(current, name), "code"), "value", ("code",))
    out += _list_changes("competences_person", before.competences_person, current.competences_person, False)
    out += _list_changes("competences_counsellor", before.competences_counsellor,
                         current.competences_counsellor, True)
    out += _keyed_changes("autonomy", _by_code(before.autonomy, "area"), _by_code(current.autonomy, "area"),
                          "level", ("area",))
    out += _keyed_changes("obstacles", {o.key: _flat(o) for o in before.obstacles},
                          {o.key: _flat(o) for o in current.obstacles}, "status", ("theme", "situation"))
    return out
