"""Reference code lists (resources/refdata/codelists.json): unique codes, both
languages, "Non renseigné" where the national file needs it."""

from __future__ import annotations

import pytest

from cep_desk.domain.codelists import NOT_SPECIFIED, CodeList, referentials

NEEDS_NOT_SPECIFIED = ("pcs", "qualification_level", "sector", "company_size", "origin", "employment_status")
USED_BY_THE_CODE = (
    "sex", "pcs", "qualification_level", "qualification_old_scale", "yes_no_nr", "employment_status",
    "jobseeker_category", "sector", "company_size", "origin", "contact_reason", "parcours_status",
    "closure_reason", "modality_channel", "modality_format", "site_kind", "session_purpose", "operator",
)


def all_lists() -> list[CodeList]:
    ref = referentials()
    return [*ref.lists.values(), *ref.level_vocabularies.values()]


def test_version_is_stated() -> None:
    assert referentials().version.strip()


def test_lists_the_code_relies_on_exist() -> None:
    ref = referentials()
    for name in USED_BY_THE_CODE:
        assert len(ref[name].codes) > 0, name


@pytest.mark.parametrize("codelist", all_lists(), ids=lambda c: c.name)
def test_codes_unique_and_labelled_in_both_languages(codelist: CodeList) -> None:
    codes = [c.code for c in codelist.codes]
    assert codes, codelist.name
    assert len(codes) == len(set(codes)), codelist.name
    for c in codelist.codes:
        assert c.code and c.code == c.code.strip(), (codelist.name, c.code)
        assert c.fr.strip() and c.en.strip(), (codelist.name, c.code)
        assert c.label("fr") == c.fr and c.label("en") == c.en and c.label("en_GB") == c.en
    # Labels are distinct inside a list, or a drop-down would show two identical lines.
    assert len({c.fr for c in codelist.codes}) == len(codes), codelist.name
    assert len({c.en for c in codelist.codes}) == len(codes), codelist.name


@pytest.mark.parametrize("name", NEEDS_NOT_SPECIFIED)
def test_not_specified_present(name: str) -> None:
    codelist = referentials()[name]
    assert NOT_SPECIFIED in codelist
    assert codelist.label(NOT_SPECIFIED, "fr") == "Non renseigné"
    assert codelist.label(NOT_SPECIFIED, "en").strip()


def test_contact_reason_parents_exist() -> None:
    reasons = referentials()["contact_reason"]
    children = [c for c in reasons.codes if c.parent]
    assert children
    for c in children:
        parent = reasons.get(c.parent)
        assert parent is not None, c.code
        assert parent.parent is None, c.code  # two levels only
        assert c.code.startswith(parent.code + "."), c.code


def test_level_vocabularies() -> None:
    ref = referentials()
    assert {"national_2020", "legacy_3", "regional_uo"} <= set(ref.level_vocabularies)
    assert [c.code for c in ref.levels().codes] == ["N1", "N2"]
    assert ref.levels("national_2020") is ref.levels()
    assert ref.levels("no_such_vocabulary") is ref.levels("national_2020")


def test_parcours_statuses() -> None:
    assert [c.code for c in referentials()["parcours_status"].codes] == [
        "actif", "en_pause", "suspendu", "clos", "reouvert"]


def test_lookup_helpers() -> None:
    pcs = referentials()["pcs"]
    assert pcs.get("nope") is None and pcs.get(None) is None
    assert pcs.label("nope") == ""
    assert "cadres" in pcs and "Cadres" not in pcs


def test_old_scale_targets_exist() -> None:
    ref = referentials()
    old = ref["qualification_old_scale"]
    for c in ref["qualification_level"].codes:
        if c.code == NOT_SPECIFIED:
            continue
        assert c.extra.get("old_with") in old, c.code
        assert c.extra.get("old_without") in old, c.code
