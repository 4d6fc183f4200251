"""One object giving the window and the command line every service."""

from __future__ import annotations

from datetime import datetime

from cep_desk.domain.caseload import CaseloadRow
from cep_desk.services.accompaniments import AccompanimentService
from cep_desk.services.agenda import AgendaService
from cep_desk.services.beneficiaries import BeneficiaryService
from cep_desk.services.caseload import (
    load_caseload,
    load_caseload_versioned,
    refresh_caseload_snapshot,
    save_caseload_snapshot,
)
from cep_desk.services.cockpit import Cockpit, ReminderService, load_cockpit
from cep_desk.services.contacts import ContactLogService
from cep_desk.services.context import ServiceContext
from cep_desk.services.counsellor import CounsellorService
from cep_desk.services.documents import DocumentService
from cep_desk.services.drafts import DraftService
from cep_desk.services.interviews import InterviewService
from cep_desk.services.partner_export import PartnerExport
from cep_desk.services.partner_import import PartnerImport
from cep_desk.services.partner_search import PartnerSearchService
from cep_desk.services.partners import PartnerDirectory
from cep_desk.services.plans import PlanService
from cep_desk.services.referrals import ReferralService
from cep_desk.services.sessions import SessionService
from cep_desk.services.time_spent import TimeSpentService
from cep_desk.storage.store import Store


class Services:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx
        self.beneficiaries = BeneficiaryService(ctx)
        self.accompaniments = AccompanimentService(ctx)
        self.interviews = InterviewService(ctx)
        self.counsellor = CounsellorService(ctx)
        self.sessions = SessionService(ctx)          # the guided co-construction session
        self.plans = PlanService(ctx)
        self.contacts = ContactLogService(ctx)
        self.drafts = DraftService(ctx)
        self.time_spent = TimeSpentService(ctx)
        self.agenda = AgendaService(ctx)             # planned appointments, .ics (issue 6)
        self.reminders = ReminderService(ctx)
        self.documents = DocumentService(ctx)       # printed deliverables (issue 5)
        self.partners = PartnerDirectory(ctx)        # partner directory (issue 4)
        self.partner_search = PartnerSearchService(ctx)
        self.partner_import = PartnerImport(ctx)
        self.partner_export = PartnerExport(ctx)
        self.referrals = ReferralService(ctx)

    @classmethod
    def for_store(cls, store: Store, actor: str | None = None) -> Services:
        ctx = ServiceContext(store) if actor is None else ServiceContext(store, actor)
        return cls(ctx)

    @property
    def store(self) -> Store:
        return self.ctx.store

    def caseload(self, beneficiary_ids: list[str] | None = None) -> list[CaseloadRow]:
        return load_caseload(self.ctx, beneficiary_ids)

    def caseload_versioned(self) -> tuple[list[CaseloadRow], int, datetime]:
        """The whole caseload, the change counter it reflects and when it was read (for the snapshot)."""
        return load_caseload_versioned(self.ctx)

    def save_caseload_snapshot(self, rows: list[CaseloadRow], changes: int, read_at: datetime) -> bool:
        """Keep the caseload for the next start-up's first paint (``storage/caseload_cache.py``)."""
        return save_caseload_snapshot(self.ctx, rows, changes, read_at)

    def refresh_caseload_snapshot(self) -> bool:
        """At closing: keep the caseload when it changed since the saved copy."""
        return refresh_caseload_snapshot(self.ctx)

    def cockpit(self, no_contact_weeks: int = 8) -> Cockpit:
        """The home view's read model (issue 6); partner entries to re-verify come from the
        partner directory when it offers ``to_reverify(today)``."""
        partners = getattr(self, "partners", None)
        return load_cockpit(self.ctx, no_contact_weeks, getattr(partners, "to_reverify", None))
