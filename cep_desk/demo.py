"""Demo caseload: fictional people in Occitanie, and the generator the benchmarks use.

``generate`` is pure and seeded: the same seed gives the same people, and the
tests check every draft against the domain rules. ``populate`` writes the
plan as ORM rows in a few large transactions through ``ChangeRecorder`` —
outbox and audit filled as by real writes, but without one validated
transaction per person, so 10,000 people and 60,000 sessions take under a minute.

The counsellor works for a regional operator (employed people first) from
Rodez, with a relay office in Millau and outreach permanences in small
communes; most people live in Aveyron or Lozère, the others elsewhere in
Occitanie. Distributions follow BRIEF.md §2 and §6 (age ~38, women ~57 %,
many low-qualified, 1.7 contact reasons per person, N2 ~25 %, RQTH ~8 %).
"""

from __future__ import annotations

import bisect
import itertools
import math
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from cep_desk import demo_agenda, demo_partners
from cep_desk import demo_names as names
from cep_desk.demo_sessions import PersonWork, WorkGenerator
from cep_desk.domain.accompaniment import (
    ACTIVE,
    CLOSED,
    PAUSED,
    REOPENED,
    SUSPENDED,
    AccompanimentDraft,
    StatusChange,
)
from cep_desk.domain.beneficiary import SCALAR_FIELDS, BeneficiaryDraft, EmploymentStatusEntry, TargetJobEntry
from cep_desk.domain.diagnosis import split as split_diagnosis
from cep_desk.domain.interview import InterviewDraft
from cep_desk.domain.jobs import job_index
from cep_desk.domain.places import Commune, commune_index, distance_km
from cep_desk.domain.plan import Plan, is_due_date_jalon
from cep_desk.domain.plan import history as plan_history
from cep_desk.domain.rules import age_on
from cep_desk.domain.text import fold
from cep_desk.services.changes import ChangeRecorder
from cep_desk.services.facade import Services
from cep_desk.services.views import CounsellorView
from cep_desk.storage.keys import KeyManager
from cep_desk.storage.models import (
    Accompaniment,
    AccompanimentStatusChange,
    AuditEntry,
    Beneficiary,
    Conclusion,
    ContactLog,
    CounsellorProfile,
    DiagnosisVersion,
    EmploymentStatus,
    Interview,
    OutboxEntry,
    PlanChange,
    Site,
    TargetJob,
)
from cep_desk.storage.models import ExplorationOption as ExplorationOptionRow
from cep_desk.storage.models import FundingFile as FundingFileRow
from cep_desk.storage.models import Milestone as MilestoneRow
from cep_desk.storage.models import PlanAction as PlanActionRow
from cep_desk.storage.models import PlanObjective as PlanObjectiveRow
from cep_desk.storage.store import Store

DEMO_COUNT = 300
DEFAULT_SESSIONS_PER_PERSON = 2.5
HISTORY_DAYS = 540                      # ~18 months of activity before today
OCCITANIE = ("09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82")
HOME_DEPARTEMENTS = ("12", "48")        # the counsellor's territory
HOME_SHARE = 0.65
CHUNK = 1000                            # people per write transaction (bounded memory)

COUNSELLOR = CounsellorView(
    first_name="Claire", last_name="Martin", email="claire.martin@cibc-demo.example", phone="0536491200",
    operator="regional", structure="CIBC Aveyron-Lozère", level_vocabulary="national_2020",
)
REFERENT = "Claire Martin"


@dataclass(frozen=True)
class DemoSite:
    key: str
    name: str
    kind: str
    commune_insee: str
    address: str


SITES = (
    DemoSite("rodez", "Rodez – site principal", "principal", "12202", "2 avenue Victor-Hugo"),
    DemoSite("millau", "Millau – antenne", "relais", "12145", "Maison de l'emploi, 5 rue de la Capelle"),
    DemoSite("saint_affrique", "Saint-Affrique – permanence", "permanence", "12208",
             "France Services, place de la Mairie"),
    DemoSite("decazeville", "Decazeville – permanence", "permanence", "12089", "Mairie annexe, rue Cayrade"),
    DemoSite("marvejols", "Marvejols – permanence", "permanence", "48092", "Espace France Services"),
)


@dataclass
class DemoInterview:
    draft: InterviewDraft
    site: str | None            # DemoSite.key; mapped to the stored site id when written


@dataclass
class DemoPerson:
    draft: BeneficiaryDraft
    accompaniment: AccompanimentDraft
    changes: list[StatusChange]  # transitions after the opening "actif", in order
    interviews: list[DemoInterview] = field(default_factory=list)
    site: str = "rodez"         # where the person is usually seen
    work: PersonWork | None = None   # diagnoses, options, plan, conclusions, contacts (one per session)

    @property
    def status(self) -> str:
        return self.changes[-1].target if self.changes else ACTIVE


@dataclass
class DemoCaseload:
    today: date
    counsellor: CounsellorView
    sites: tuple[DemoSite, ...]
    people: list[DemoPerson]


def _table(pairs: dict[str, float] | tuple[tuple[str, float], ...]) -> tuple[list[str], list[float]]:
    """Values and cumulative weights, for ``rng.choices(..., cum_weights=...)``."""
    items = list(pairs.items()) if isinstance(pairs, dict) else list(pairs)
    return [k for k, _ in items], list(itertools.accumulate(w for _, w in items))


EMPLOYMENT = _table({"cdi": 40, "cdd": 12, "interimaire": 6, "intermittent": 1.5, "non_salarie": 4,
                     "agent_public": 7, "de_inscrit": 21, "de_non_inscrit": 5, "nr": 3.5})
EMPLOYED = frozenset({"cdi", "cdd", "interimaire", "intermittent", "agent_public"})
QUALIFICATION = _table({"1": 2, "2": 5, "3": 31, "4": 27, "5": 16, "6": 10, "7": 6, "8": 0.5, "nr": 2.5})
SECTOR = _table({"Q": 18, "G": 14, "C": 10, "O": 8, "I": 7, "N": 7, "H": 6, "F": 6, "P": 4, "S": 4, "A": 3,
                 "M": 3, "K": 2, "J": 2, "R": 1.5, "L": 1, "E": 1, "T": 1, "D": 0.5, "B": 0.2})
COMPANY_SIZE = _table({"1_9": 22, "10_49": 24, "50_249": 20, "250_999": 13, "1000_plus": 14, "nr": 7})
PCS_BY_LEVEL = {
    "low": _table({"ouvriers_non_qualifies": 25, "ouvriers_qualifies": 20, "employes": 50, "artisans": 3,
                   "agriculteurs": 2}),
    "mid": _table({"employes": 50, "intermediaires": 25, "ouvriers_qualifies": 12, "artisans": 6,
                   "agriculteurs": 2, "cadres": 5}),
    "high": _table({"cadres": 45, "intermediaires": 40, "employes": 10, "artisans": 5}),
}
ORIGIN = _table({"communication": 6, "site_internet": 18, "employeur": 4, "entretien_pro": 5, "entourage": 22,
                 "france_travail": 14, "cap_emploi": 2, "mission_locale": 2, "apec": 1,
                 "organisme_formation": 6, "sante_social": 5, "syndicats": 1, "transitions_pro": 5, "cpf": 6,
                 "autre_organisme": 2, "nr": 1})
REASONS = (("projet.reconversion", 25), ("information.dispositifs", 16), ("competences.acquerir", 12),
           ("recul", 12), ("information.emplois", 10), ("emploi", 9), ("competences.valoriser", 7),
           ("projet.evoluer", 6), ("projet.creation", 4), ("information.operateurs", 2), ("projet.autre", 2),
           ("entretien_pro", 2), ("projet.pluriactivite", 1), ("projet.demissionnaire", 1), ("autre", 2))
FINAL_STATUS = _table({ACTIVE: 62, PAUSED: 8, SUSPENDED: 6, CLOSED: 20, REOPENED: 4})
CLOSURE = _table({"plan_finalise": 35, "formation": 18, "emploi": 16, "creation": 3, "abandon": 8,
                  "reorientation": 5, "sans_nouvelles": 12, "autre": 3})
PURPOSE = _table({"cep": 60, "suivi": 20, "financement": 12, "information": 8})
SLOTS = (time(9), time(9, 30), time(10), time(10, 30), time(11), time(11, 30), time(13, 30), time(14),
         time(14, 30), time(15), time(15, 30), time(16), time(16, 30))
DURATIONS = {"presentiel": (45, 60, 60, 75, 90), "telephone": (30, 30, 45), "visio": (45, 60)}
# Reserved domains (RFC 2606): a demo address can never reach a real mailbox.
_DOMAINS = ("example.com", "example.org", "example.net")


def _pick(rng: random.Random, table: tuple[list[str], list[float]]) -> str:
    return rng.choices(table[0], cum_weights=table[1])[0]


def _poisson(rng: random.Random, lam: float) -> int:
    """Knuth's method: fine for the small means used here."""
    if lam <= 0:
        return 0
    limit, k, p = math.exp(-lam), 0, rng.random()
    while p > limit:
        k += 1
        p *= rng.random()
    return k


def _years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def _weekday_on_or_after(day: date) -> date:
    return day + timedelta(days=(7 - day.weekday()) % 7) if day.weekday() >= 5 else day


class _Generator:
    """One person after the other from a single ``random.Random`` (deterministic)."""

    def __init__(self, seed: int, today: date):
        self.rng = random.Random(seed)
        self.today = today
        self.last_day = today - timedelta(days=1)   # sessions and changes end yesterday at the latest
        places = commune_index()
        self.sites = {s.key: places.get(s.commune_insee) for s in SITES}
        communes = [c for c in places.communes() if c.departement in OCCITANIE and c.postal_codes]
        self.home = self._weighted([c for c in communes if c.departement in HOME_DEPARTEMENTS])
        self.away = self._weighted([c for c in communes if c.departement not in HOME_DEPARTEMENTS])
        jobs = job_index()
        self.jobs = _table(tuple((code, w) for code, w in names.TARGET_JOBS if jobs.get(code)))
        self.job_index = jobs
        self.groups = _table(tuple((k, v[0]) for k, v in names.NAME_GROUPS.items()))
        self._nearest: dict[str, tuple[str, float]] = {}

    @staticmethod
    def _weighted(communes: list[Commune]) -> tuple[list[Commune], list[float]]:
        # population ** 0.8 keeps towns ahead while small rural communes still appear
        return communes, list(itertools.accumulate((max(c.population, 20)) ** 0.8 for c in communes))

    def commune(self) -> Commune:
        communes, cum = self.home if self.rng.random() < HOME_SHARE else self.away
        return communes[bisect.bisect_right(cum, self.rng.random() * cum[-1])]

    def nearest_site(self, commune: Commune) -> tuple[str, float]:
        found = self._nearest.get(commune.insee)
        if found is None:
            found = min(((k, distance_km(commune, c)) for k, c in self.sites.items() if c), key=lambda x: x[1])
            self._nearest[commune.insee] = found
        return found

    # -- identity -----------------------------------------------------------
    def names(self, sex: str) -> tuple[str, str, str]:
        rng = self.rng
        group = names.NAME_GROUPS[_pick(rng, self.groups)]
        french = names.NAME_GROUPS["fr"]
        firsts = group[1] if sex == "F" else group[2]
        if group is not french and rng.random() < 0.35:   # second generation: a French first name
            firsts = french[1] if sex == "F" else french[2]
        last = rng.choice(group[3])
        birth_name = ""
        if sex == "F" and rng.random() < 0.2:             # usage name differs from birth name
            birth_name = rng.choice(rng.choices((french, group), weights=(3, 1))[0][3])
            if birth_name == last:
                birth_name = ""
        return last, rng.choice(firsts), birth_name

    def email(self, first: str, last: str) -> str:
        rng = self.rng
        f = fold(first.translate(names.TRANSLITERATE)).replace(" ", "-")
        la = fold(last.translate(names.TRANSLITERATE)).replace(" ", "")
        n = rng.randint(1, 999)
        local = rng.choice((f"{f}.{la}", f"{f[0]}{la}", f"{la}.{f}{n % 100}", f"{f}.{la}{n}"))
        return f"{local}@{rng.choice(_DOMAINS)}"

    def phone(self) -> str:
        # 06 39 98 xx xx: the mobile block set aside for fiction, never a real subscriber
        digits = f"639 98{self.rng.randint(0, 9999):04d}".replace(" ", "")
        return f"+33{digits}" if self.rng.random() < 0.03 else f"0{digits}"

    def address(self, commune: Commune) -> str:
        rng = self.rng
        r = rng.random()
        if r < 0.04:
            return ""
        if commune.population < 1000 and r < 0.5:
            return f"Lieu-dit {rng.choice(names.RURAL_PLACES)}"
        return f"{rng.randint(1, 48)} {rng.choice(names.STREET_KINDS)} {rng.choice(names.STREET_NAMES)}"

    def birth_date(self, first_request: date) -> date:
        rng = self.rng
        r = rng.random()
        if r < 0.14:
            age = rng.randint(17, 25)
        elif r < 0.68:
            age = rng.randint(26, 44)
        elif r < 0.90:
            age = rng.randint(45, 54)
        else:
            age = 55 + int(rng.random() ** 1.5 * 16)
        birth = _years_before(self.today, age) - timedelta(days=rng.randint(0, 364))
        while age_on(birth, first_request) < 16:      # old enough at the first request too
            birth = _years_before(birth, 1)
        return birth

    # -- profile ----------------------------------------------------------------
    def statuses(self, birth: date) -> list[EmploymentStatusEntry]:
        rng, today = self.rng, self.today
        code = _pick(rng, EMPLOYMENT)
        if code == "nr":
            return [EmploymentStatusEntry("nr")]
        adult = _years_before(birth, -16)                # no status before 16
        work_years = max(1, age_on(birth, today) - 18)
        span = {"cdi": (180, work_years * 365), "agent_public": (365, work_years * 365), "cdd": (14, 400),
                "interimaire": (7, 200), "intermittent": (60, 2000), "non_salarie": (100, 3000),
                "de_inscrit": (10, 900), "de_non_inscrit": (10, 400)}[code]
        start = max(adult, today - timedelta(days=rng.randint(span[0], max(span[0], span[1]))))
        entries = [EmploymentStatusEntry(code, start, None, "A" if code == "de_inscrit" else None)]
        if code == "de_inscrit":
            entries[0].jobseeker_category = rng.choices("ABCDE", weights=(75, 10, 10, 3, 2))[0]
        if rng.random() < 0.13:                          # two statuses at once (001:1908)
            if code in ("cdd", "interimaire", "intermittent"):
                since = start + timedelta(days=rng.randint(0, max(0, (today - start).days)))
                entries.append(EmploymentStatusEntry("de_inscrit", since, None, rng.choice("BC")))
            elif code in ("cdi", "agent_public"):
                since = today - timedelta(days=rng.randint(30, 1500))
                entries.append(EmploymentStatusEntry("non_salarie", max(since, start), None))
            elif code == "de_inscrit":
                entries[0].jobseeker_category = rng.choice("BC")
                since = start + timedelta(days=rng.randint(0, max(0, (today - start).days)))
                entries.append(EmploymentStatusEntry(rng.choice(("interimaire", "cdd")), since, None))
        if rng.random() < 0.2:                           # an earlier, ended status
            end = start - timedelta(days=rng.randint(1, 60))
            before = max(adult, end - timedelta(days=rng.randint(60, 2500)))
            if before < end:
                entries.insert(0, EmploymentStatusEntry(rng.choice(("cdd", "cdi", "interimaire")), before, end))
        return entries

    def profile(self, d: BeneficiaryDraft, age: int, current: set[str]) -> None:
        rng = self.rng
        level = _pick(rng, QUALIFICATION)
        if age < 22 and level in ("6", "7", "8"):
            level = "4"
        d.qualification_level = level
        if level == "nr":
            d.diploma_obtained = "nr"
        elif level in ("1", "2"):
            d.diploma_obtained = "oui" if rng.random() < 0.2 else "non"
        else:
            d.diploma_obtained = rng.choices(("oui", "non", "nr"), weights=(85, 13, 2))[0]
        if "nr" in current or rng.random() < 0.02:
            d.pcs = "nr"
        elif "non_salarie" in current and not (current & EMPLOYED):
            d.pcs = rng.choices(("artisans", "agriculteurs", "cadres"), weights=(75, 15, 10))[0]
        else:
            band = "low" if level in ("1", "2", "3", "nr") else "mid" if level in ("4", "5") else "high"
            d.pcs = _pick(rng, PCS_BY_LEVEL[band])
        if "agent_public" in current:
            d.sector = rng.choices(("O", "P", "Q"), weights=(50, 20, 30))[0]
            d.company_size = rng.choice(("250_999", "1000_plus"))
        elif current & EMPLOYED:
            d.sector, d.company_size = _pick(rng, SECTOR), _pick(rng, COMPANY_SIZE)
        elif "non_salarie" in current:
            d.sector = rng.choice(("S", "F", "G", "I", "M", "A"))
            d.company_size = "1_9"
        else:
            d.sector = "sans_objet" if rng.random() < 0.8 else "nr"
            d.company_size = d.sector
        d.rqth = rng.choices(("oui", "non", "nr"), weights=(8, 88, 4))[0]
        origin = _pick(rng, ORIGIN)
        if d.rqth == "oui" and rng.random() < 0.3:
            origin = "cap_emploi"
        elif age < 26 and rng.random() < 0.2:
            origin = "mission_locale"
        d.origin = origin
        d.resignation_project = "cdi" in current and rng.random() < 0.05

    def target_jobs(self) -> list[TargetJobEntry]:
        n = self.rng.choices((0, 1, 2), weights=(15, 65, 20))[0]
        codes = dict.fromkeys(_pick(self.rng, self.jobs) for _ in range(n))
        out = []
        for code in codes:
            job = self.job_index.get(code)
            if job:
                out.append(TargetJobEntry(job.code_ogr, job.label, job.code_rome))
        return out

    def reasons(self, resignation: bool) -> list[str]:
        n = self.rng.choices((1, 2, 3), weights=(45, 40, 15))[0]
        pool = list(REASONS)
        chosen: list[str] = []
        while len(chosen) < n:
            code = self.rng.choices([c for c, _ in pool], weights=[w for _, w in pool])[0]
            chosen.append(code)
            pool = [p for p in pool if p[0] != code]
        if resignation and "projet.demissionnaire" not in chosen:
            chosen[-1] = "projet.demissionnaire"
        return chosen

    # -- the accompaniment's timeline -----------------------------------------
    def timeline(self, final: str, first_appt: date) -> tuple[list[StatusChange], list[tuple[date, date]]]:
        """Status changes after the opening, and the periods in which sessions may happen."""
        rng, last = self.rng, self.last_day
        changes: list[StatusChange] = []
        windows: list[tuple[date, date]] = []
        cursor = first_appt
        span = (last - first_appt).days
        if final != PAUSED and span >= 150 and rng.random() < 0.12:    # an earlier pause, then back
            paused = cursor + timedelta(days=rng.randint(30, span - 100))
            planned = paused + timedelta(days=rng.randint(21, 75))
            resumed = min(planned + timedelta(days=rng.randint(-7, 10)), last - timedelta(days=30))
            resumed = max(resumed, paused + timedelta(days=1))
            changes.append(StatusChange(PAUSED, paused, return_date=planned, comment=rng.choice(names.PAUSE_COMMENTS)))
            changes.append(StatusChange(ACTIVE, resumed))
            windows.append((cursor, paused))
            cursor = resumed
        room = (last - cursor).days
        if final == PAUSED:
            on = last - timedelta(days=rng.randint(0, min(60, room)))
            back = self.today + timedelta(days=rng.randint(7, 120))
            changes.append(StatusChange(PAUSED, on, return_date=back, comment=rng.choice(names.PAUSE_COMMENTS)))
            windows.append((cursor, on))
        elif final == SUSPENDED:
            on = last - timedelta(days=rng.randint(0, min(90, room)))
            changes.append(StatusChange(SUSPENDED, on, partner=rng.choice(names.PARTNERS),
                                        comment=rng.choice(names.SUSPEND_COMMENTS)))
            windows.append((cursor, on))
        elif final == CLOSED:
            on = cursor + timedelta(days=rng.randint(min(14, room), room))
            changes.append(StatusChange(CLOSED, on, closure_reason=_pick(rng, CLOSURE)))
            windows.append((cursor, on))
        elif final == REOPENED:
            closed = cursor + timedelta(days=rng.randint(min(14, room), max(min(14, room), room - 30)))
            reopened = closed + timedelta(days=rng.randint(min(14, (last - closed).days), (last - closed).days))
            changes.append(StatusChange(CLOSED, closed, closure_reason=_pick(rng, CLOSURE)))
            changes.append(StatusChange(REOPENED, reopened, comment=rng.choice(names.REOPEN_COMMENTS)))
            windows += [(cursor, closed), (reopened, last)]
        else:
            windows.append((cursor, last))
        return changes, windows

    def person(self) -> tuple[DemoPerson, list[tuple[date, date]]]:
        rng, today = self.rng, self.today
        final = _pick(rng, FINAL_STATUS)
        skew = 1.4 if final in (ACTIVE, PAUSED, SUSPENDED) else 0.8   # open files are more recent
        first_request = today - timedelta(days=2 + int((HISTORY_DAYS - 2) * rng.random() ** skew))
        delay = 0 if rng.random() < 0.2 else min(45, 1 + int(rng.expovariate(1 / 9)))
        first_appt = _weekday_on_or_after(first_request + timedelta(days=delay))
        if first_appt > self.last_day:
            first_appt = first_request
        span = (self.last_day - first_appt).days
        if (final in (CLOSED, SUSPENDED, PAUSED) and span < 21) or (final == REOPENED and span < 75):
            final = ACTIVE
        sex = "F" if rng.random() < 0.57 else "H"
        last, first, birth_name = self.names(sex)
        commune = self.commune()
        d = BeneficiaryDraft(last_name=last, first_name=first, birth_name=birth_name, sex=sex,
                             birth_date=self.birth_date(first_request))
        age = age_on(d.birth_date, today)  # type: ignore[arg-type]
        d.email = self.email(first, last) if rng.random() < 0.88 else ""
        d.phone = self.phone() if rng.random() < 0.95 else ""
        d.commune_insee = commune.insee
        d.postal_code = rng.choice(commune.postal_codes)
        d.address = self.address(commune)
        d.statuses = self.statuses(d.birth_date)  # type: ignore[arg-type]
        self.profile(d, age, {s.code for s in d.statuses if s.end_date is None})
        d.target_jobs = self.target_jobs()
        if rng.random() < 0.97:
            d.consent_given, d.consent_date = True, first_appt
            d.consent_explained = rng.choice(names.CONSENT_TEXTS)
        if rng.random() < 0.45:
            d.notes_shareable = rng.choice(names.SHAREABLE_NOTES)
        if rng.random() < 0.15:
            d.notes_private = rng.choice(names.PRIVATE_NOTES)
        acc = AccompanimentDraft(level="N2" if rng.random() < 0.25 else "N1",
                                 reasons=self.reasons(d.resignation_project), first_request_date=first_request,
                                 first_appointment_date=first_appt, referent=REFERENT)
        changes, windows = self.timeline(final, first_appt)
        site = self.nearest_site(commune)[0]
        if rng.random() < 0.15:
            site = "rodez"
        return DemoPerson(d, acc, changes, site=site), windows

    # -- sessions ---------------------------------------------------------------
    def sessions(self, p: DemoPerson, windows: list[tuple[date, date]], n: int) -> None:
        rng = self.rng
        days_total = sum((b - a).days + 1 for a, b in windows)
        first = windows[0][0]
        picked = {first}
        # Oversample: weekend days move to a weekday and may then meet an already picked day.
        for off in rng.sample(range(1, days_total), min(2 * max(0, n - 1) + 4, days_total - 1)):
            if len(picked) >= n:
                break
            for a, b in windows:
                length = (b - a).days + 1
                if off < length:
                    day = a + timedelta(days=off)
                    if day.weekday() >= 5:
                        back = day - timedelta(days=day.weekday() - 4)
                        fwd = day + timedelta(days=7 - day.weekday())
                        day = back if back >= a else fwd if fwd <= b else day
                    picked.add(day)
                    break
                off -= length
        commune = commune_index().get(p.draft.commune_insee)
        far = commune is not None and self.nearest_site(commune)[1] > 50
        channels = ("presentiel", "telephone", "visio")
        channel_w = (45, 30, 25) if far else (78, 14, 8)
        level = p.accompaniment.level
        for i, day in enumerate(sorted(picked)):
            fmt, site = "individuel", p.site
            if i == 0:
                channel = "presentiel" if rng.random() < (0.6 if far else 0.85) else rng.choice(channels[1:])
                purpose = "cep" if rng.random() < 0.85 else "information"
                duration = rng.choice((60, 75, 90, 90))
            else:
                channel = rng.choices(channels, weights=channel_w)[0]
                purpose = _pick(rng, PURPOSE)
                if purpose == "financement" and level == "N1" and rng.random() < 0.5:
                    purpose = "suivi"
                duration = rng.choice(DURATIONS[channel])
                if rng.random() < 0.04:                   # a workshop
                    fmt, duration, purpose = "collectif", 90, rng.choice(("information", "cep"))
                    channel = "presentiel" if rng.random() < 0.8 else "visio"
                    site = rng.choice(("rodez", "millau"))
            notes = rng.choice(names.SESSION_NOTES) if rng.random() < 0.55 else ""
            private = rng.choice(names.SESSION_PRIVATE_NOTES) if rng.random() < 0.08 else ""
            draft = InterviewDraft(starts_at=datetime.combine(day, rng.choice(SLOTS)), duration_min=duration,
                                   channel=channel, format=fmt, level=level, purpose=purpose,
                                   notes_shareable=notes, notes_private=private)
            p.interviews.append(DemoInterview(draft, site))


def _session_counts(rng: random.Random, caps: list[int], levels: list[str], per_person: float) -> list[int]:
    """Draw a count per person (N2 about 2.8× N1), capped by the time they had, then adjust the
    total to ``round(people × per_person)`` so benchmarks get the size they ask for."""
    if per_person <= 0:
        return [0] * len(caps)
    m1 = per_person / (0.75 + 0.25 * 2.8)
    counts = [min(cap, 1 + _poisson(rng, (m1 * (2.8 if lvl == "N2" else 1.0)) - 1)) for cap, lvl in
              zip(caps, levels, strict=True)]
    target = round(len(caps) * per_person)
    total = sum(counts)
    pool = [i for i, c in enumerate(counts) if (c < caps[i] if total < target else c > 1)]
    while total != target and pool:
        j = rng.randrange(len(pool))
        i = pool[j]
        counts[i] += 1 if total < target else -1
        total += 1 if total < target else -1
        if counts[i] in (caps[i], 1):
            pool[j] = pool[-1]
            pool.pop()
    return counts


def generate(count: int = DEMO_COUNT, seed: int = 7, today: date | None = None,
             sessions_per_person: float | None = None) -> DemoCaseload:
    """The whole fictional caseload as domain drafts, nothing written."""
    today = today or date.today()
    gen = _Generator(seed, today)
    people: list[DemoPerson] = []
    windows: list[list[tuple[date, date]]] = []
    for _ in range(count):
        p, w = gen.person()
        people.append(p)
        windows.append(w)
    caps = [max(1, sum((b - a).days + 1 for a, b in w) * 5 // 14) for w in windows]  # ≤ one every 2 working days
    per_person = DEFAULT_SESSIONS_PER_PERSON if sessions_per_person is None else sessions_per_person
    counts = _session_counts(gen.rng, caps, [p.accompaniment.level for p in people], per_person)
    for p, w, n in zip(people, windows, counts, strict=True):
        if n:
            gen.sessions(p, w, n)
    # Its own random stream: adding co-construction work leaves the people and sessions above unchanged.
    work = WorkGenerator(random.Random(seed * 7919 + 3), today)
    for p in people:
        if p.interviews:
            its = p.interviews
            job = p.draft.target_jobs[0].label if p.draft.target_jobs else ""
            p.work = work.person(p.accompaniment.level, p.accompaniment.reasons, job,
                                 [i.draft.starts_at for i in its], [i.draft.duration_min for i in its],
                                 p.status in (ACTIVE, REOPENED))
    return DemoCaseload(today, COUNSELLOR, SITES, people)


# -- writing ---------------------------------------------------------------------
def _at(day: date, hour: int = 9, seconds: int = 0) -> datetime:
    return datetime.combine(day, time(hour)) + timedelta(seconds=seconds)


def _write_setup(s, rec: ChangeRecorder, plan: DemoCaseload) -> dict[str, str]:  # type: ignore[no-untyped-def]
    """Counsellor profile (unless one exists) and the sites; returns site key -> id."""
    from sqlalchemy import select

    if s.scalars(select(CounsellorProfile).where(CounsellorProfile.deleted_at.is_(None))).first() is None:
        c = plan.counsellor
        rec.inserted(CounsellorProfile(first_name=c.first_name, last_name=c.last_name, email=c.email,
                                       phone=c.phone, operator=c.operator, structure=c.structure,
                                       level_vocabulary=c.level_vocabulary))
    existing = {site.name: site.id for site in s.scalars(select(Site).where(Site.deleted_at.is_(None)))}
    ids: dict[str, str] = {}
    for site in plan.sites:
        if site.name in existing:
            ids[site.key] = existing[site.name]
            continue
        row = Site(name=site.name, kind=site.kind, commune_insee=site.commune_insee, address=site.address,
                   active=True)
        rec.inserted(row)
        ids[site.key] = row.id
    return ids


def _write_person(rec: ChangeRecorder, p: DemoPerson, site_ids: dict[str, str]) -> list[Interview]:
    """Add the person's rows; return their sessions, to add once the people are flushed."""
    d, a = p.draft, p.accompaniment
    stamp = _at(a.first_request_date or a.first_appointment_date)  # type: ignore[arg-type]
    b = Beneficiary(**{f: getattr(d, f) for f in SCALAR_FIELDS}, created_at=stamp, updated_at=stamp)
    rec.inserted(b)
    for st in d.statuses:
        rec.inserted(EmploymentStatus(beneficiary_id=b.id, code=st.code, start_date=st.start_date,
                                      end_date=st.end_date, jobseeker_category=st.jobseeker_category,
                                      created_at=stamp, updated_at=stamp))
    for job in d.target_jobs:
        rec.inserted(TargetJob(beneficiary_id=b.id, code_ogr=job.code_ogr, code_rome=job.code_rome,
                               label=job.label, created_at=stamp, updated_at=stamp))
    since = a.first_appointment_date or a.first_request_date
    last = p.changes[-1] if p.changes else None
    changed_at = _at(last.on, 17, len(p.changes)) if last else stamp
    acc = Accompaniment(
        beneficiary_id=b.id, level=a.level, reasons=list(a.reasons), first_request_date=a.first_request_date,
        first_appointment_date=a.first_appointment_date, referent=a.referent, status=p.status,
        status_since=last.on if last else since, return_date=last.return_date if last else None,
        closure_reason=last.closure_reason if last else None, created_at=stamp, updated_at=changed_at,
    )
    rec.inserted(acc)
    # History is ordered by created_at: the opening first, then each change on its day.
    rec.inserted(AccompanimentStatusChange(accompaniment_id=acc.id, from_status=None, to_status=ACTIVE,
                                           on=since, created_at=_at(since, 9), updated_at=_at(since, 9)))  # type: ignore[arg-type]
    previous = ACTIVE
    for i, ch in enumerate(p.changes, start=1):
        when = _at(ch.on, 17, i)
        rec.inserted(AccompanimentStatusChange(
            accompaniment_id=acc.id, from_status=previous, to_status=ch.target, on=ch.on,
            return_date=ch.return_date, closure_reason=ch.closure_reason, partner=ch.partner,
            comment=ch.comment, created_at=when, updated_at=when,
        ), action=f"status_{ch.target}")
        previous = ch.target
    sessions = []
    for it in p.interviews:
        i = it.draft
        end = i.starts_at + timedelta(minutes=i.duration_min)
        sessions.append(Interview(
            beneficiary_id=b.id, accompaniment_id=acc.id, starts_at=i.starts_at, duration_min=i.duration_min,
            channel=i.channel, format=i.format, site_id=site_ids.get(it.site or ""), level=i.level,
            purpose=i.purpose, notes_shareable=i.notes_shareable, notes_private=i.notes_private,
            created_at=end, updated_at=end,
        ))
    return sessions


def _stamp(obj, created: datetime, updated: datetime):  # type: ignore[no-untyped-def]
    obj.created_at, obj.updated_at = created, updated
    return obj


def _write_work(rec: ChangeRecorder, work: PersonWork, sessions: list[Interview]) -> None:
    """Diagnosis versions, conclusions and plan history session by session; then the options,
    the plan (as it stands after the last session) and the contacts, dated when they last changed."""
    bid, acc_id = sessions[0].beneficiary_id, sessions[0].accompaniment_id
    first_seen: dict[str, datetime] = {}
    last_change: dict[str, tuple[datetime, date]] = {}
    status_on: dict[str, date] = {}
    option_state: dict[str, tuple[str, Interview]] = {}   # option id -> (state, session it was set in)
    previous = Plan()
    number = 0
    for sw, row in zip(work.sessions, sessions, strict=False):
        when, day = row.updated_at, row.starts_at.date()
        if sw.diagnosis is not None:
            number += 1
            shared, counsellor = split_diagnosis(sw.diagnosis)
            rec.inserted(_stamp(DiagnosisVersion(beneficiary_id=bid, interview_id=row.id, number=number,
                                                 payload=shared, counsellor_only=counsellor), when, when))
        for change in plan_history(previous, sw.plan):
            first_seen.setdefault(change.entity_id, when)
            last_change[change.entity_id] = (when, day)
            if any(c.path == "status" for c in change.fields):
                status_on[change.entity_id] = day
            rec.inserted(_stamp(PlanChange(beneficiary_id=bid, interview_id=row.id, on=day, entity=change.entity,
                                           entity_id=change.entity_id, change=change.change,
                                           fields=change.fields_dict()), when, when))
        for o in sw.options:
            first_seen.setdefault(o.id, when)
            if o.id not in option_state or option_state[o.id][0] != o.state:
                option_state[o.id] = (o.state, row)
        c = sw.conclusion
        rec.inserted(_stamp(Conclusion(beneficiary_id=bid, interview_id=row.id, text=c.text,
                                       next_appointment=c.next_appointment, come_back=c.follow_up.come_back,
                                       come_back_on=c.follow_up.when, come_back_purpose=c.follow_up.purpose),
                            when, when))
        previous = sw.plan

    def stamped(obj, entity_id: str):  # type: ignore[no-untyped-def]
        return _stamp(obj, first_seen[entity_id], last_change.get(entity_id, (first_seen[entity_id],))[0])

    for i, o in enumerate(work.sessions[-1].options if work.sessions else []):
        decided_in = option_state[o.id][1]
        rec.inserted(_stamp(ExplorationOptionRow(
            id=o.id, beneficiary_id=bid, interview_id=decided_in.id, label=o.label, state=o.state,
            state_on=decided_in.starts_at.date(), code_ogr=o.code_ogr, code_rome=o.code_rome, want=o.want,
            can=o.can, market=o.market, reason=o.reason, position=i), first_seen[o.id], decided_in.updated_at))
    for i, ob in enumerate(previous.objectives):
        rec.inserted(stamped(PlanObjectiveRow(id=ob.id, beneficiary_id=bid, accompaniment_id=acc_id,
                                              thematique=ob.thematique, label=ob.label, done=ob.done,
                                              position=i), ob.id))
    for i, a in enumerate(previous.actions):
        rec.inserted(stamped(PlanActionRow(
            id=a.id, beneficiary_id=bid, accompaniment_id=acc_id, objective_id=a.objective_id, label=a.label,
            type=a.type, who=a.who, estimate_value=a.estimate_value, estimate_unit=a.estimate_unit,
            due_date=a.due_date, partner=a.partner, status=a.status,
            status_on=status_on.get(a.id, last_change[a.id][1]), plan_b=a.plan_b, position=i), a.id))
        for ff in a.funding:
            cents = None if ff.quote_amount is None else int(ff.quote_amount * 100)
            rec.inserted(stamped(FundingFileRow(
                id=ff.id, beneficiary_id=bid, action_id=a.id, lever=ff.lever, funder=ff.funder, quote_cents=cents,
                submitted_on=ff.submitted_on, decision_expected_on=ff.decision_expected_on, decision=ff.decision,
                decided_on=ff.decided_on, refusal_reason=ff.refusal_reason), ff.id))
    for ms in previous.milestones:
        # A due-date jalon has no history of its own: it is dated like its action.
        rec.inserted(stamped(MilestoneRow(id=ms.id, beneficiary_id=bid, action_id=ms.action_id, on=ms.on,
                                          label=ms.label, kind=ms.kind, done=ms.done,
                                          remind_days_before=ms.remind_days_before),
                             ms.action_id if is_due_date_jalon(ms) and ms.action_id else ms.id))
    for contact in work.contacts:
        rec.inserted(_stamp(ContactLog(beneficiary_id=bid, accompaniment_id=acc_id, kind=contact.kind,
                                       at=contact.at, duration_min=contact.minutes, note=contact.note,
                                       notes_private=contact.notes_private), contact.at, contact.at))


class _BulkRecorder(ChangeRecorder):
    """The same outbox and audit rows as ``ChangeRecorder``, written in two bulk INSERTs at the end
    of a chunk, in the order recorded. One at a time, the ORM inserts them row by row (it needs
    each autoincrement ``seq`` back), which doubles the time to build the 10,000-person store."""

    def __init__(self, session, actor: str):  # type: ignore[no-untyped-def]
        super().__init__(session, actor)
        self.outbox: list[dict] = []
        self.audit: list[dict] = []

    def _record(self, obj, op: str, fields: dict, action: str) -> None:  # type: ignore[no-untyped-def]
        outbox, audit = self.entries(obj, op, fields, action)
        self.outbox.append(outbox)
        self.audit.append(audit)

    def write_log(self) -> None:
        from sqlalchemy import insert

        self.session.flush()
        for model, rows in ((OutboxEntry, self.outbox), (AuditEntry, self.audit)):
            if rows:
                self.session.execute(insert(model), rows)
        self.outbox, self.audit = [], []


def write_plan(services: Services, plan: DemoCaseload, chunk: int = CHUNK) -> None:
    """Write a generated caseload: ``chunk`` people per transaction, profile and sites with the first."""
    store, actor = services.store, services.ctx.actor
    site_ids: dict[str, str] = {}
    for start in range(0, max(1, len(plan.people)), chunk):
        with store.write() as s:
            rec = _BulkRecorder(s, actor)
            if start == 0:
                site_ids = _write_setup(s, rec, plan)
            sessions: list[tuple[DemoPerson, list[Interview]]] = []
            for p in plan.people[start:start + chunk]:
                sessions.append((p, _write_person(rec, p, site_ids)))
            # People, accompaniments and sites first: one flush, then the sessions and what they produced.
            s.flush()
            for p, rows in sessions:
                for row in rows:
                    rec.inserted(row)
                if p.work is not None and rows:
                    _write_work(rec, p.work, rows)
            rec.write_log()


def populate(services: Services, count: int = DEMO_COUNT, seed: int = 7, today: date | None = None,
             sessions_per_person: float | None = None) -> None:
    """Fill the store with a deterministic fictional caseload (see module docstring)."""
    plan = generate(count, seed, today or services.ctx.today(), sessions_per_person)
    write_plan(services, plan)
    demo_partners.populate(services, seed)   # partner directory and referrals (issue 4)
    demo_agenda.populate(services, plan.today, seed)   # this week's appointments, parcours due back (issue 6)


def open_demo_store(data_dir: Path) -> Store:
    """Open the demo store in ``data_dir``, creating and filling it on first use."""
    data_dir = Path(data_dir)
    keys = KeyManager(data_dir)
    store = Store.open_dir(data_dir, create_mode=None if keys.store_exists() else "demo")
    try:
        meta = keys.meta
        # Also refills a demo store whose first filling was interrupted (it is one transaction).
        if meta is not None and meta.key_mode == "demo" and store.count("beneficiary") == 0:
            populate(Services.for_store(store, actor=REFERENT))
    except BaseException:
        store.close()
        raise
    return store
