"""Which module draws which kind of document, and the one entry point: ``render(data)``.

Labels for the window are English source strings (``QT_TRANSLATE_NOOP``,
context ``"Documents"``); what is printed is French (see common.py).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from types import ModuleType

from cep_desk.deliverables import carte, conclusion, enquete_metier, liaison, plan, synthese
from cep_desk.deliverables.catalogue import CONTEXT, KIND_LABELS, MAX_SECTION_CHARS, SECTION_LABELS  # noqa: F401
from cep_desk.deliverables.data import DocumentData
from cep_desk.deliverables.layout import Meta, build
from cep_desk.deliverables.styles import make_styles


@dataclass(frozen=True)
class Kind:
    code: str
    module: ModuleType
    falc: bool
    title: str                  # printed (French)
    label: str                  # for the window (English source, translated with CONTEXT)
    file_part: str              # in the file name


KINDS: dict[str, Kind] = {k.code: k for k in (
    Kind("synthese", synthese, False, synthese.TITLE, KIND_LABELS["synthese"], "synthese"),
    Kind("synthese-falc", synthese, True, synthese.TITLE_FALC, KIND_LABELS["synthese-falc"], "synthese-falc"),
    Kind("plan", plan, True, plan.TITLE, KIND_LABELS["plan"], "plan"),
    Kind("conclusion", conclusion, True, conclusion.TITLE, KIND_LABELS["conclusion"], "conclusion"),
    Kind("liaison", liaison, False, liaison.TITLE, KIND_LABELS["liaison"], "liaison"),
    Kind("carte", carte, True, carte.TITLE, KIND_LABELS["carte"], "carte"),
    Kind("enquete-metier", enquete_metier, True, enquete_metier.TITLE, KIND_LABELS["enquete-metier"],
         "enquete-metier"),
)}


def kind(code: str) -> Kind:
    try:
        return KINDS[code]
    except KeyError:
        raise ValueError(code) from None


def section_keys(code: str) -> tuple[str, ...]:
    return tuple(kind(code).module.SECTIONS)


def defaults(data: DocumentData) -> dict[str, str]:
    """The editable texts as drawn from the record, before any edit."""
    return dict(kind(data.kind).module.defaults(data))


def render(data: DocumentData) -> bytes:
    """The PDF of ``data``; edits in ``data.sections`` override the defaults key by key."""
    k = kind(data.kind)
    data = replace(data, sections=defaults(data) | {key: v for key, v in data.sections.items()
                                                   if key in k.module.SECTIONS})
    st = make_styles(falc=k.falc, large=data.large_print)
    title = f"{k.title} — {data.person.name}" if data.person.name and data.kind != "carte" else k.title
    author = ", ".join(x for x in (data.counsellor.name, data.counsellor.structure) if x) or "CEP Desk"
    meta = Meta(title=title, author=author, subject="Conseil en évolution professionnelle",
                creation=data.creation, footer=k.title)
    return build(k.module.story(data, st), meta, st)
