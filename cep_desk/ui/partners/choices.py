"""Directory services offered while typing (referral dialog, plan action editor): one wording."""

from __future__ import annotations

from cep_desk.services.facade import Services
from cep_desk.services.partner_search import SearchQuery


def service_choices(services: Services, text: str, near_insee: str | None = None,
                    limit: int = 20) -> list[tuple[str, str]]:
    """(shown text, service id) for the services matching ``text``, nearest first around ``near_insee``."""
    hits = services.partner_search.search(SearchQuery(text=text, near_insee=near_insee, limit=limit))
    return [(f"{h.service_name} — {h.structure_name}" + (f" ({h.commune})" if h.commune else ""), h.service_id)
            for h in hits]


def service_name(services: Services, service_id: str) -> str:
    """"Service — Partner" for a linked service; empty when it left the directory."""
    try:
        sv = services.partners.service(service_id)
        return f"{sv.nom} — {services.partners.get(sv.structure_id, with_private=False).nom}"
    except LookupError:
        return ""
