"""Labels of data·inclusion codes in the interface language.

Thématiques the CEP code lists translate come from ``referentials()``; every
other code uses the package's French label (data·inclusion publishes no other
language), so a French counsellor reads the words of the national directory.
"""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QCoreApplication

from cep_desk.domain import referral as ref
from cep_desk.domain.codelists import referentials
from cep_desk.ui.language import current_language


@lru_cache(maxsize=8)
def _package_labels(enum_name: str) -> dict[str, str]:
    from data_inclusion.schema import v1

    return {e.value: e.label for e in getattr(v1, enum_name)}


def code_label(enum_name: str, code: str | None) -> str:
    """``enum_name``: Thematique, TypeService, Frais, ModeAccueil, Public…"""
    if not code:
        return ""
    if enum_name == "Thematique" and current_language() == "en":
        label = referentials()["thematique"].label(code, "en")
        if label:
            return label
    return _package_labels(enum_name).get(code, code)


def code_choices(enum_name: str) -> list[tuple[str, str]]:
    """(label, code) pairs sorted by label."""
    return sorted(((code_label(enum_name, c), c) for c in _package_labels(enum_name)), key=lambda p: p[0].lower())


def status_label(status: str) -> str:
    return QCoreApplication.translate("Partners", ref.STATUS_LABELS.get(status, status))


def preference_label(code: str) -> str:
    return QCoreApplication.translate("Partners", ref.CONTACT_PREFERENCES.get(code, code))


def shareable_label(code: str) -> str:
    return QCoreApplication.translate("Partners", ref.SHAREABLE.get(code, code))
