"""What each kind of document is called on screen (menus, the Documents list, window titles)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cep_desk.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "DocumentKinds"
_LABELS = {
    "synthese": QT_TRANSLATE_NOOP("DocumentKinds", "Summary document"),
    "synthese-falc": QT_TRANSLATE_NOOP("DocumentKinds", "Summary document (easy to read)"),
    "plan": QT_TRANSLATE_NOOP("DocumentKinds", "My action plan"),
    "conclusion": QT_TRANSLATE_NOOP("DocumentKinds", "Session conclusion"),
    "liaison": QT_TRANSLATE_NOOP("DocumentKinds", "Referral slip"),
    "carte": QT_TRANSLATE_NOOP("DocumentKinds", "Counsellor's contact card"),
    "enquete-metier": QT_TRANSLATE_NOOP("DocumentKinds", "Job interview grid (meeting a professional)"),
}
ALL_KINDS = tuple(_LABELS)  # the order of the "New document…" menu
SYNTHESIS_KINDS = ("synthese", "synthese-falc")
# Documents drawn from one session: they are offered for the session chosen in the Documents tab.
SESSION_KINDS = ("conclusion", "plan", "synthese", "synthese-falc")


def kind_label(kind: str) -> str:
    text = _LABELS.get(kind)
    return QCoreApplication.translate(CONTEXT, text) if text else kind
