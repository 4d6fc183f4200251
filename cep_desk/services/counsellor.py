"""The counsellor's profile and sites (including outreach permanences)."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from cep_desk.domain import messages as m
from cep_desk.domain import rules
from cep_desk.domain.codelists import CodeList, referentials
from cep_desk.domain.messages import Issue, ValidationFailed
from cep_desk.domain.places import commune_index
from cep_desk.services.changes import ChangeRecorder, snapshot
from cep_desk.services.context import ServiceContext
from cep_desk.services.views import CounsellorView, SiteView
from cep_desk.storage.models import CounsellorProfile, Site

_PROFILE_FIELDS = ("first_name", "last_name", "email", "phone", "operator", "structure", "level_vocabulary")


def current_levels(s: Session) -> CodeList:
    profile = s.scalars(select(CounsellorProfile).where(CounsellorProfile.deleted_at.is_(None))).first()
    return referentials().levels(profile.level_vocabulary if profile else "national_2020")


class CounsellorService:
    def __init__(self, ctx: ServiceContext):
        self.ctx = ctx

    def profile(self) -> CounsellorView:
        with self.ctx.store.read() as s:
            p = s.scalars(select(CounsellorProfile).where(CounsellorProfile.deleted_at.is_(None))).first()
            if p is None:
                return CounsellorView()
            return CounsellorView(p.id, *(getattr(p, f) for f in _PROFILE_FIELDS))

    def save_profile(self, view: CounsellorView) -> None:
        issues = [i for i in (rules.check_email(view.email), rules.check_phone(view.phone)) if i]
        if view.level_vocabulary not in referentials().level_vocabularies:
            issues.append(Issue("level_vocabulary", m.UNKNOWN_CODE))
        bad_operator = rules.check_code("operator", view.operator, referentials()["operator"])
        if bad_operator:
            issues.append(bad_operator)
        if issues:
            raise ValidationFailed(issues)
        view = replace(view, phone=rules.normalise_phone(view.phone))  # stored as digits, like a person's
        with self.ctx.store.write() as s:
            rec = ChangeRecorder(s, self.ctx.actor)
            p = s.scalars(select(CounsellorProfile).where(CounsellorProfile.deleted_at.is_(None))).first()
            if p is None:
                p = CounsellorProfile(**{f: getattr(view, f) for f in _PROFILE_FIELDS})
                rec.inserted(p)
            else:
                before = snapshot(p)
                for f in _PROFILE_FIELDS:
                    setattr(p, f, getattr(view, f))
                rec.updated(p, before)

    def levels(self) -> CodeList:
        with self.ctx.store.read() as s:
            return current_levels(s)

    def sites(self, include_inactive: bool = False) -> list[SiteView]:
        with self.ctx.store.read() as s:
            q = select(Site).where(Site.deleted_at.is_(None)).order_by(Site.name)
            if not include_inactive:
                q = q.where(Site.active.is_(True))
            return [SiteView(x.id, x.name, x.kind, x.commune_insee, x.address, x.active) for x in s.scalars(q)]

    def _validate_site(self, name: str, kind: str, commune_insee: str | None) -> None:
        issues = []
        if not name.strip():
            issues.append(Issue("name", m.REQUIRED))
        bad_kind = rules.check_code("kind", kind, referentials()["site_kind"])
        if bad_kind:
            issues.append(bad_kind)
        bad_commune = rules.check_commune(commune_insee, None, commune_index())
        if bad_commune:
            issues.append(bad_commune)
        if issues:
            raise ValidationFailed(issues)

    def save_site(self, site_id: str | None, name: str, kind: str, commune_insee: str | None,
                  address: str = "", active: bool = True) -> str:
        self._validate_site(name, kind, commune_insee)
        with self.ctx.store.write() as s:
            rec = ChangeRecorder(s, self.ctx.actor)
            if site_id is None:
                site = Site(name=name.strip(), kind=kind, commune_insee=commune_insee, address=address,
                            active=active)
                rec.inserted(site)
                return site.id
            site = s.get(Site, site_id)
            if site is None:
                raise LookupError(site_id)
            before = snapshot(site)
            site.name, site.kind, site.commune_insee = name.strip(), kind, commune_insee
            site.address, site.active = address, active
            rec.updated(site, before)
            return site.id
