"""The guided co-construction session: read what the next session starts from, and
save a whole session in ONE transaction — the interview, a new diagnosis
version, the options, the target jobs, the plan with its history, the
conclusion — and drop its draft in that same transaction.

Everything is validated before anything is written: an error (a jalon without
a date, a closed accompaniment…) writes nothing at all; an action due before
today raises ``ConfirmationNeeded`` until the caller passes ``confirmed=True``.
"""

from __future__ import annotations

from dataclasses import replace

from cep_desk.domain import plan as p
from cep_desk.domain.conclusion import SessionOutcome, compose, outcome_of, validate_conclusion
from cep_desk.domain.diagnosis import validate_diagnosis
from cep_desk.domain.exploration import ExplorationOption, validate_options
from cep_desk.domain.guided_session import SessionRecord
from cep_desk.domain.interview import validate_interview
from cep_desk.domain.messages import ValidationFailed, raise_if_blocking
from cep_desk.services import diagnoses, drafts
from cep_desk.services.accompaniments import to_view
from cep_desk.services.beneficiaries import sync_target_jobs
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.conclusions import conclusions, last_conclusion, write_conclusion
from cep_desk.services.context import ServiceContext
from cep_desk.services.exploration import apply_options, load_options
from cep_desk.services.interviews import INTERVIEW_FIELDS, _allowed_levels, _site_issues
from cep_desk.services.plans import apply_plan, current_accompaniment, live_person, load_plan
from cep_desk.services.views import ConclusionView, DiagnosisVersionView, SessionContext, SessionSaved
from cep_desk.storage.models import Accompaniment, Interview


def _outcome(record: SessionRecord, previous_options: list[ExplorationOption], previous_plan: p.Plan,
             plan: p.Plan | None) -> SessionOutcome:
    merged = {o.id: o for o in previous_options} | {o.id: o for o in record.options}
    c = record.conclusion
    return outcome_of(record.interview.starts_at.date(), previous_options, list(merged.values()),
                      previous_plan.actions, (plan or previous_plan).actions,
                      c.next_appointment if c else None, c.follow_up if c else None)


class SessionService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    # -- reading -------------------------------------------------------------------------------
    def prepare(self, beneficiary_id: str) -> SessionContext:
        """The last conclusion, the plan's state, the last diagnosis, the options, any draft left."""
        with self.ctx.store.read() as s:
            live_person(s, beneficiary_id)
            acc = current_accompaniment(s, beneficiary_id)
            context = SessionContext(
                beneficiary_id=beneficiary_id,
                accompaniment=to_view(acc) if acc else None,
                last_conclusion=last_conclusion(s, beneficiary_id),
                diagnosis=diagnoses.last_version(s, beneficiary_id),
                plan=load_plan(s, beneficiary_id),
                options=load_options(s, beneficiary_id),
            )
        return replace(context, draft=drafts.DraftService(self.ctx).load(beneficiary_id))

    def diagnosis_history(self, beneficiary_id: str) -> list[DiagnosisVersionView]:
        return diagnoses.history(self.ctx, beneficiary_id)

    def draft_conclusion(self, beneficiary_id: str, record: SessionRecord, language: str = "fr") -> str:
        """The default conclusion text for this session, from what moved in it (to edit with the person)."""
        with self.ctx.store.read() as s:
            options, plan = load_options(s, beneficiary_id), load_plan(s, beneficiary_id)
        return compose(_outcome(record, options, plan, record.plan), language)

    # -- writing -------------------------------------------------------------------------------
    def record(self, beneficiary_id: str, accompaniment_id: str | None, record: SessionRecord, *,
               confirmed: bool = False, language: str = "fr") -> SessionSaved:
        """Save the whole session in one transaction (see the module docstring).

        A conclusion given with an empty text gets the composed default text.
        """
        today = self.ctx.today()
        draft = record.interview
        with self.ctx.store.write() as s:
            live_person(s, beneficiary_id)
            acc = s.get(Accompaniment, accompaniment_id) if accompaniment_id else None
            if accompaniment_id and (acc is None or acc.beneficiary_id != beneficiary_id or acc.deleted_at):
                raise LookupError(accompaniment_id)
            issues = validate_interview(draft, today, acc.status if acc else None, _allowed_levels(s, acc),
                                        acc.first_request_date if acc else None)
            if issues and issues[0].field == "accompaniment":
                raise ValidationFailed(issues)  # closed: nothing else is worth checking
            issues += _site_issues(s, draft.site_id)
            previous_plan = load_plan(s, beneficiary_id)
            previous_options = load_options(s, beneficiary_id)
            plan = p.with_action_milestones(record.plan) if record.plan is not None else None
            if record.diagnosis is not None:
                issues += validate_diagnosis(record.diagnosis)
            issues += validate_options(record.options)
            if plan is not None:
                issues += p.validate_plan(plan, today, previous_plan)
            if record.conclusion is not None:
                issues += validate_conclusion(record.conclusion, draft.starts_at)
            raise_if_blocking(issues, confirmed)

            rec = ChangeRecorder(s, self.ctx.actor)
            interview = Interview(beneficiary_id=beneficiary_id, accompaniment_id=accompaniment_id,
                                  **{f: getattr(draft, f) for f in INTERVIEW_FIELDS})
            rec.inserted(interview)
            version = None
            if record.diagnosis is not None:
                version = diagnoses.save_version(s, rec, beneficiary_id, interview.id, record.diagnosis)
            apply_options(s, rec, beneficiary_id, interview.id, record.options, today)
            if record.target_jobs is not None:
                sync_target_jobs(s, rec, beneficiary_id, record.target_jobs)
            changes = []
            if plan is not None:
                changes = apply_plan(s, rec, beneficiary_id, accompaniment_id, plan, today, interview.id)
            conclusion = None
            if record.conclusion is not None:
                c = record.conclusion
                if not c.text.strip():
                    c = replace(c, text=compose(_outcome(record, previous_options, previous_plan, plan), language))
                conclusion = write_conclusion(rec, beneficiary_id, interview.id, c)
            drafts.discard_in(s, beneficiary_id)
            return SessionSaved(interview.id, version.id if version else None, version.number if version else None,
                                conclusion.id if conclusion else None, len(changes))

    def conclusions(self, beneficiary_id: str) -> list[ConclusionView]:
        """Every conclusion, newest session first."""
        return conclusions(self.ctx, beneficiary_id)
