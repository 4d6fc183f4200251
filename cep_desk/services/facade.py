"""One object giving the window and the command line every service."""

from __future__ import annotations

from cep_desk.domain.caseload import CaseloadRow
from cep_desk.services.accompaniments import AccompanimentService
from cep_desk.services.beneficiaries import BeneficiaryService
from cep_desk.services.caseload import load_caseload
from cep_desk.services.contacts import ContactLogService
from cep_desk.services.context import ServiceContext
from cep_desk.services.counsellor import CounsellorService
from cep_desk.services.drafts import DraftService
from cep_desk.services.interviews import InterviewService
from cep_desk.services.plans import PlanService
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

    @classmethod
    def for_store(cls, store: Store, actor: str | None = None) -> Services:
        ctx = ServiceContext(store) if actor is None else ServiceContext(store, actor)
        return cls(ctx)

    @property
    def store(self) -> Store:
        return self.ctx.store

    def caseload(self, beneficiary_ids: list[str] | None = None) -> list[CaseloadRow]:
        return load_caseload(self.ctx, beneficiary_ids)
