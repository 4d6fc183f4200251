"""Printed deliverables: preview, produce (save + record in the person's history), list.

The documents are drawn from plain dataclasses (``cep_desk.deliverables.data``)
assembled here from the store, so the PDF code never touches the store and a
preview writes nothing. ``produce`` writes the PDF atomically into a
per-beneficiary folder under the store's data folder and records what, when,
which version and whether it is signed, in ONE transaction with its outbox and
audit entries. Counsellor-only diagnosis fields and private notes are never
printed.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from cep_desk.deliverables import catalogue
from cep_desk.deliverables.data import DocumentData, SignatureData
from cep_desk.domain.messages import QT_TRANSLATE_NOOP, Issue, ValidationFailed
from cep_desk.services import document_sources as assemble
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.context import ServiceContext
from cep_desk.services.plans import live_person, load_plan
from cep_desk.storage.atomic import write_bytes_atomic
from cep_desk.storage.models import Conclusion, Interview
from cep_desk.storage.models_documents import HandedDocument

CONTEXT = catalogue.CONTEXT

KINDS = catalogue.KINDS   # synthese, synthese-falc, plan, conclusion, liaison, carte, enquete-metier


def _render():  # type: ignore[no-untyped-def]
    """The PDF machinery (reportlab), loaded on the first document rather than at start-up."""
    from cep_desk.deliverables import render

    return render


@dataclass(frozen=True)
class EditableSection:
    """A free-text part of a document the counsellor may rewrite before printing.

    ``key`` is what ``render``/``produce`` expect in ``edits``; ``label`` is an English
    source string to translate with context "Documents"; ``text`` the default drawn
    from the record; ``max_chars`` the longest text ``render`` accepts."""

    key: str
    label: str
    text: str
    max_chars: int = catalogue.MAX_SECTION_CHARS


@dataclass(frozen=True)
class Signature:
    """An on-screen signature: a PNG (transparent or white background), when and who signed."""

    png: bytes
    signed_at: datetime
    signer: str


@dataclass(frozen=True)
class DocumentView:
    """One document handed over, as kept in the person's history."""

    id: str
    beneficiary_id: str
    kind: str
    version: int                 # 1, 2… per beneficiary and kind
    produced_on: date
    produced_at: datetime
    path: str                    # absolute path of the saved PDF
    file_name: str
    signed: bool
    signer: str
    signed_at: datetime | None
    interview_id: str | None
    referral_id: str | None
    large_print: bool
    title: str                   # the document's title as printed (French)

    @property
    def exists(self) -> bool:
        return Path(self.path).is_file()


class DocumentError(ValidationFailed):
    """A document cannot be produced as asked (unknown kind, no session yet, a text too long…).

    ``issues`` say what to change (translated like any ``Issue``, context "Documents")."""


def _issue(field: str, message: str, **params: object) -> Issue:
    return Issue(field, message, {k: str(v) for k, v in params.items()}, context=CONTEXT)


def _readable_image(png: bytes) -> bool:
    from io import BytesIO

    from reportlab.lib.utils import ImageReader

    try:
        w, h = ImageReader(BytesIO(png)).getSize()
    except Exception:  # any decoder error means the same to the person: sign again
        return False
    return w > 0 and h > 0


class DocumentService:
    """API used by the preview/print/signature window and by ``cep-desk-cli print``.

    Every method raises ``LookupError`` for an unknown or deleted person, session
    or referral, and ``DocumentError`` (a ``ValidationFailed``) for a request that
    cannot be met: an unknown kind, "conclusion" for a person without any
    session, a "liaison" without a referral, an edit longer than the section allows.
    """

    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------------
    def sections(self, kind: str, beneficiary_id: str, *, interview_id: str | None = None,
                 referral_id: str | None = None) -> list[EditableSection]:
        """The free-text parts of this document the counsellor may edit before printing, with their
        default text from the record (empty list when the document has none, e.g. "carte").

        ``label`` is an English source string: translate it with
        ``QCoreApplication.translate("Documents", label)``."""
        data, _ = self._data(kind, beneficiary_id, interview_id, referral_id)
        texts = _render().defaults(data)
        return [EditableSection(key, catalogue.SECTION_LABELS[key], texts.get(key, ""), catalogue.MAX_SECTION_CHARS)
                for key in _render().section_keys(kind)]

    def render(self, kind: str, beneficiary_id: str, *, interview_id: str | None = None,
               referral_id: str | None = None, large_print: bool = False, edits: dict[str, str] | None = None,
               signature: Signature | None = None) -> bytes:
        """The PDF bytes for a preview: nothing saved, nothing recorded.

        ``interview_id`` picks the session (default: the latest one); ``edits`` maps
        ``EditableSection.key`` to the counsellor's text (unknown keys are ignored)."""
        data, _ = self._data(kind, beneficiary_id, interview_id, referral_id, large_print, edits, signature)
        return _render().render(data)

    def for_beneficiary(self, beneficiary_id: str) -> list[DocumentView]:
        """Every document handed over to this person, newest first."""
        with self.ctx.store.read() as s:
            live_person(s, beneficiary_id)
            rows = s.scalars(select(HandedDocument).where(
                HandedDocument.beneficiary_id == beneficiary_id, HandedDocument.deleted_at.is_(None))
                .order_by(HandedDocument.produced_at.desc(), HandedDocument.created_at.desc())).all()
            return [self._view(r) for r in rows]

    def todays(self, beneficiary_id: str, interview_id: str | None = None) -> list[str]:
        """The kinds a session calls for, in print order ("print all of today's"): the conclusion
        when the session has one, the plan when there are open actions, and both syntheses at
        level 2 (mandatory, BRIEF §1)."""
        with self.ctx.store.read() as s:
            live_person(s, beneficiary_id)
            interview = self._interview(s, beneficiary_id, interview_id)
            plan = load_plan(s, beneficiary_id)
            has_conclusion = interview is not None and s.scalar(select(Conclusion.id).where(
                Conclusion.interview_id == interview.id, Conclusion.deleted_at.is_(None)).limit(1)) is not None
            level_2 = interview is not None and interview.level == "N2"
        kinds = ["conclusion"] if has_conclusion else []
        if any(a.is_open for a in plan.actions):
            kinds.append("plan")
        if level_2:
            kinds += ["synthese-falc", "synthese"]
        return kinds

    # -- writing -------------------------------------------------------------------------------
    def produce(self, kind: str, beneficiary_id: str, *, interview_id: str | None = None,
                referral_id: str | None = None, large_print: bool = False, edits: dict[str, str] | None = None,
                signature: Signature | None = None) -> DocumentView:
        """Render, save atomically into ``<data_dir>/documents/<beneficiary-id>/`` as
        ``<date>_<kind>_v<N>[_signe].pdf`` and record it in the person's history. A signed
        document is a version of its own (the unsigned one stays)."""
        data, session_id = self._data(kind, beneficiary_id, interview_id, referral_id, large_print, edits,
                                      signature)
        pdf = _render().render(data)
        k = _render().kind(kind)
        today = self.ctx.today()
        path: Path | None = None
        try:
            with self.ctx.store.write() as s:
                live_person(s, beneficiary_id)
                top = s.scalar(select(func.max(HandedDocument.version)).where(
                    HandedDocument.beneficiary_id == beneficiary_id, HandedDocument.kind == kind)) or 0
                name = f"{today.isoformat()}_{k.file_part}_v{top + 1}{'_signe' if signature else ''}.pdf"
                row = HandedDocument(
                    beneficiary_id=beneficiary_id, interview_id=session_id, referral_id=referral_id, kind=kind,
                    version=top + 1, produced_on=today, produced_at=self.ctx.now(), file_name=name,
                    title=k.title, large_print=large_print, signed=signature is not None,
                    signer=signature.signer if signature else "",
                    signed_at=signature.signed_at if signature else None, sha256=hashlib.sha256(pdf).hexdigest())
                ChangeRecorder(s, self.ctx.actor).inserted(row, "hand_document")
                # Written before the commit: a failed write records nothing; a failed commit removes the file.
                path = self.folder(beneficiary_id) / name
                write_bytes_atomic(path, pdf)
                view = self._view(row)
        except BaseException:
            if path is not None:
                path.unlink(missing_ok=True)
            raise
        return view

    def folder(self, beneficiary_id: str) -> Path:
        """Where this person's documents are saved."""
        return self.ctx.store.data_dir / "documents" / beneficiary_id

    # -- assembling the data -------------------------------------------------------------------
    def _view(self, r: HandedDocument) -> DocumentView:
        return DocumentView(r.id, r.beneficiary_id, r.kind, r.version, r.produced_on, r.produced_at,
                            str(self.folder(r.beneficiary_id) / r.file_name), r.file_name, r.signed, r.signer,
                            r.signed_at, r.interview_id, r.referral_id, r.large_print, r.title)

    @staticmethod
    def _interview(s: Session, beneficiary_id: str, interview_id: str | None) -> Interview | None:
        if interview_id is not None:
            i = s.get(Interview, interview_id)
            if i is None or i.deleted_at is not None or i.beneficiary_id != beneficiary_id:
                raise LookupError(interview_id)
            return i
        return s.scalars(select(Interview).where(
            Interview.beneficiary_id == beneficiary_id, Interview.deleted_at.is_(None))
            .order_by(Interview.starts_at.desc()).limit(1)).first()

    def _data(self, kind: str, beneficiary_id: str, interview_id: str | None, referral_id: str | None,
              large_print: bool = False, edits: dict[str, str] | None = None,
              signature: Signature | None = None) -> tuple[DocumentData, str | None]:
        if kind not in catalogue.KINDS:
            raise DocumentError([_issue("kind", QT_TRANSLATE_NOOP(
                "Documents", "Unknown document \"{kind}\": choose one of {kinds}."),
                kind=kind, kinds=", ".join(catalogue.KINDS))])
        issues = [_issue(key, QT_TRANSLATE_NOOP(
            "Documents", "The text \"{section}\" is {length} characters long: shorten it to {limit} at most."),
            section=catalogue.SECTION_LABELS.get(key, key), length=len(text), limit=catalogue.MAX_SECTION_CHARS)
            for key, text in (edits or {}).items() if len(text) > catalogue.MAX_SECTION_CHARS]
        if signature is not None and not _readable_image(signature.png):
            issues.append(_issue("signature", QT_TRANSLATE_NOOP(
                "Documents", "The signature could not be read: ask the person to sign again.")))
        if issues:
            raise DocumentError(issues)
        with self.ctx.store.read() as s:
            b = live_person(s, beneficiary_id)
            interview = self._interview(s, beneficiary_id, interview_id)
            if kind == "conclusion" and interview is None:
                raise DocumentError([_issue("interview", QT_TRANSLATE_NOOP(
                    "Documents", "This person has no session yet: record a session before printing its conclusion."))])
            if kind == "liaison" and not referral_id:
                raise DocumentError([_issue("referral", QT_TRANSLATE_NOOP(
                    "Documents", "Choose the referral this slip is for (--referral)."))])
            data = assemble.document(s, kind, b, interview, self.ctx.today(), referral_id)
            session_id = interview.id if interview else None
        sig = SignatureData(signature.png, signature.signed_at, signature.signer) if signature else None
        data = replace(data, large_print=large_print, sections=dict(edits or {}), signature=sig,
                       creation=self.ctx.now())
        return data, session_id
