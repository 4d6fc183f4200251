"""Offline search: words, codes, distance from the person's commune, eligibility zones; the zone and
re-verification rules of the domain."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from cep_desk.domain import partners as dom
from cep_desk.domain.places import commune_index, distance_km
from cep_desk.services.partner_records import structure_uuid
from cep_desk.services.partner_search import SearchQuery, UnknownCommune

SAMPLE = Path(__file__).parent / "data" / "data_inclusion_sample.json"
MILLAU, RODEZ, MONTPELLIER = "12145", "12202", "34172"


@pytest.fixture
def directory(services):
    services.partner_import.run(SAMPLE)
    return services


def names(hits) -> list[str]:
    return [h.service_name for h in hits]


def test_millau_rodez_distance_with_the_shipped_coordinates() -> None:
    ci = commune_index()
    d = distance_km(ci.get(MILLAU), ci.get(RODEZ))
    assert 45 < d < 60     # 48.6 km between the two town halls as the crow flies
    m, r = ci.get(MILLAU), ci.get(RODEZ)
    assert dom.haversine_km(m.latitude, m.longitude, r.latitude, r.longitude) == pytest.approx(d)


def test_radius_keeps_on_site_services_within_it_plus_remote_ones(directory) -> None:
    hits = directory.partner_search.search(SearchQuery(near_insee=MILLAU, radius_km=30))
    # Rodez (48.6 km) is outside 30 km but its service is also remote; the national line is remote.
    assert names(hits) == ["Accompagnement des jeunes vers l’emploi", "Écoute téléphonique nationale",
                           "Maintien dans l’emploi des personnes handicapées"]
    assert hits[0].distance_km == 0.0 and hits[1].distance_km is None and hits[2].distance_km is None
    hits = directory.partner_search.search(SearchQuery(near_insee=MILLAU, radius_km=60, mode="en-presentiel"))
    assert [h.distance_km for h in hits] == [0.0, 48.6]


def test_eligibility_zone_is_respected(directory) -> None:
    from_millau = names(directory.partner_search.search(SearchQuery(near_insee=MILLAU)))
    from_montpellier = names(directory.partner_search.search(SearchQuery(near_insee=MONTPELLIER)))
    assert "Permanence juridique droits des femmes" not in from_millau      # zone 34
    assert "Permanence juridique droits des femmes" in from_montpellier
    assert "Accompagnement des jeunes vers l’emploi" not in from_montpellier  # zone 12
    assert "Écoute téléphonique nationale" in from_millau and "Écoute téléphonique nationale" in from_montpellier


def test_zone_rules_commune_epci_departement_france() -> None:
    millau = commune_index().get(MILLAU)
    assert dom.eligible([MILLAU], millau) and dom.eligible(["12"], millau) and dom.eligible(["france"], millau)
    assert dom.eligible([millau.epci], millau) and dom.eligible(None, millau)
    assert not dom.eligible(["34"], millau) and not dom.eligible([RODEZ], millau)
    assert dom.eligible(["99100"], None) and not dom.eligible(["12"], None)


def test_free_text_is_accent_and_case_insensitive(directory) -> None:
    assert names(directory.partner_search.search(SearchQuery(text="ECOUTE telephonique"))) == [
        "Écoute téléphonique nationale"]
    assert names(directory.partner_search.search(SearchQuery(text="permis"))) == [
        "Accompagnement des jeunes vers l’emploi"]   # found in the description


def test_code_filters(directory) -> None:
    s = directory.partner_search
    assert names(s.search(SearchQuery(thematiques=["trouver-un-emploi--maintien-dans-lemploi"]))) == [
        "Maintien dans l’emploi des personnes handicapées"]
    assert len(s.search(SearchQuery(type="information"))) == 2
    assert names(s.search(SearchQuery(publics=["femmes"]))) == [
        "Écoute téléphonique nationale", "Permanence juridique droits des femmes"]
    assert len(s.search(SearchQuery(frais="payant"))) == 0
    assert len(s.search(SearchQuery(mode="a-distance"))) == 3


def test_favourites_only(directory) -> None:
    directory.partners.set_relation(structure_uuid("dora", "dora--capemploi-rodez"), favourite=True)
    hits = directory.partner_search.search(SearchQuery(favourites_only=True))
    assert names(hits) == ["Maintien dans l’emploi des personnes handicapées"] and hits[0].favourite


def test_unknown_commune_is_reported(directory) -> None:
    with pytest.raises(UnknownCommune):
        directory.partner_search.search(SearchQuery(near_insee="99999"))


def test_bounding_box_contains_the_circle() -> None:
    box = dom.bounding_box(44.1, 3.08, 50)
    assert box.min_lat < 44.1 - 0.44 and box.max_lon > 3.08 + 0.62


def test_reverification_after_twelve_months(directory) -> None:
    ml, cap = structure_uuid("dora", "dora--ml-millau"), structure_uuid("dora", "dora--capemploi-rodez")
    directory.partners.mark_verified(ml, date(2025, 11, 22))
    directory.partners.mark_verified(cap, date(2025, 11, 24))
    due = directory.partners.to_reverify(date(2026, 11, 23))
    assert [i.structure_id for i in due] == [ml]
    key, person, label, since = due[0]        # the cockpit's 4-tuple
    assert (key, person, since) == (ml, None, date(2025, 11, 22)) and "Millau" in label
    assert dom.reverify_due(None, date(2026, 1, 1))
    assert dom.add_months(date(2025, 2, 28), 12) == date(2026, 2, 28)
    assert dom.add_months(date(2024, 2, 29), 12) == date(2025, 2, 28)
