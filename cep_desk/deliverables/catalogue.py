"""What the window and the services need to know of the documents without drawing any: the kinds,
the labels of their editable sections, the size limit. No reportlab here, so the window starts
without loading the PDF machinery (render.py, imported on the first preview or print).

Labels are English source strings (``QT_TRANSLATE_NOOP``, context ``"Documents"``).
"""

from __future__ import annotations

from cep_desk.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "Documents"
MAX_SECTION_CHARS = 40_000     # a 5,000-word note fits; a pasted book does not

KIND_LABELS = {
    "synthese": QT_TRANSLATE_NOOP("Documents", "Summary document"),
    "synthese-falc": QT_TRANSLATE_NOOP("Documents", "Summary document (easy to read)"),
    "plan": QT_TRANSLATE_NOOP("Documents", "My action plan"),
    "conclusion": QT_TRANSLATE_NOOP("Documents", "Session conclusion"),
    "liaison": QT_TRANSLATE_NOOP("Documents", "Referral slip"),
    "carte": QT_TRANSLATE_NOOP("Documents", "Contact card"),
    "enquete-metier": QT_TRANSLATE_NOOP("Documents", "Job interview grid"),
}
KINDS = tuple(KIND_LABELS)

SECTION_LABELS = {
    "context": QT_TRANSLATE_NOOP("Documents", "Context of the request"),
    "situation": QT_TRANSLATE_NOOP("Documents", "Situation as agreed"),
    "project": QT_TRANSLATE_NOOP("Documents", "Project"),
    "coconstruction": QT_TRANSLATE_NOOP("Documents", "What we built together"),
    "message": QT_TRANSLATE_NOOP("Documents", "Opening words"),
    "conclusion": QT_TRANSLATE_NOOP("Documents", "Conclusion text"),
    "reason": QT_TRANSLATE_NOOP("Documents", "What the partner needs to know"),
    "job": QT_TRANSLATE_NOOP("Documents", "Job to explore"),
    "questions": QT_TRANSLATE_NOOP("Documents", "Questions (one per line)"),
}
