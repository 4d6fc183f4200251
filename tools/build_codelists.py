"""Source of resources/refdata/codelists.json: edit here, run, commit both.

Kept as code so that labels stay reviewable side by side (fr | en) and the
JSON stays the single file the application reads at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

VERSION = "2026.1"

def L(code, fr, en, **extra):
    d = {"code": code, "fr": fr, "en": en}
    d.update(extra)
    return d

NR = L("nr", "Non renseigné", "Not specified")

LISTS = {
    "sex": [L("F", "Femme", "Woman"), L("H", "Homme", "Man")],
    "pcs": [
        L("agriculteurs", "Agriculteurs", "Farmers"),
        L("artisans", "Artisans, commerçants et chefs d'entreprise",
          "Craftspeople, shopkeepers and business owners"),
        L("cadres", "Cadres et professions intellectuelles supérieures",
          "Managers and higher intellectual professions"),
        L("intermediaires", "Professions intermédiaires (agents de maîtrise, techniciens)",
          "Intermediate professions (supervisors, technicians)"),
        L("employes", "Employés", "Clerical and service employees"),
        L("ouvriers_qualifies", "Ouvriers qualifiés", "Skilled workers"),
        L("ouvriers_non_qualifies", "Ouvriers non qualifiés", "Unskilled workers"),
        NR,
    ],
    # Current scale (décret 2019-14). old_* = national file's old scale, with / without diploma.
    "qualification_level": [
        L("1", "Niveau 1 (savoirs de base)", "Level 1 (basic skills)", old_with="non_qualifies", old_without="non_qualifies"),
        L("2", "Niveau 2 (CléA)", "Level 2 (CléA)", old_with="non_qualifies", old_without="non_qualifies"),
        L("3", "Niveau 3 (CAP, BEP)", "Level 3 (CAP, BEP)", old_with="v_avec_diplome", old_without="non_qualifies"),
        L("4", "Niveau 4 (Bac)", "Level 4 (Baccalauréat)", old_with="iv_avec_diplome", old_without="iv_sans_diplome"),
        L("5", "Niveau 5 (Bac+2)", "Level 5 (2 years of higher education)", old_with="iii", old_without="iv_avec_diplome"),
        L("6", "Niveau 6 (Bac+3, Bac+4)", "Level 6 (bachelor's degree)", old_with="i_ii", old_without="iii"),
        L("7", "Niveau 7 (Bac+5)", "Level 7 (master's degree)", old_with="i_ii", old_without="i_ii"),
        L("8", "Niveau 8 (doctorat)", "Level 8 (doctorate)", old_with="i_ii", old_without="i_ii"),
        NR,
    ],
    "qualification_old_scale": [
        L("i_ii", "Niveau I et II", "Level I and II"),
        L("iii", "Niveau III", "Level III"),
        L("iv_avec_diplome", "Niveau IV avec diplôme", "Level IV with diploma"),
        L("iv_sans_diplome", "Niveau IV sans diplôme", "Level IV without diploma"),
        L("v_avec_diplome", "Niveau V avec diplôme", "Level V with diploma"),
        L("non_qualifies", "Non qualifiés", "Unqualified"),
        NR,
    ],
    "yes_no_nr": [L("oui", "Oui", "Yes"), L("non", "Non", "No"), NR],
    "employment_status": [
        L("cdi", "CDI", "Permanent contract (CDI)"),
        L("cdd", "CDD", "Fixed-term contract (CDD)"),
        L("interimaire", "Intérimaire", "Temporary agency worker"),
        L("intermittent", "Intermittent", "Intermittent worker"),
        L("non_salarie", "Non salarié (indépendant, micro-entrepreneur, profession libérale…)",
          "Self-employed (independent, micro-entrepreneur, liberal profession…)"),
        L("agent_public", "Agent public (titulaire, contractuel)", "Public servant (tenured, contract)"),
        L("de_inscrit", "Personne en recherche d'emploi inscrite à France Travail",
          "Job seeker registered with France Travail"),
        L("de_non_inscrit", "Personne en recherche d'emploi non inscrite",
          "Job seeker not registered"),
        NR,
    ],
    "jobseeker_category": [L(c, f"Catégorie {c}", f"Category {c}") for c in "ABCDE"],
    "sector": [
        L("A", "A – Agriculture, sylviculture et pêche", "A – Agriculture, forestry and fishing"),
        L("B", "B – Industries extractives", "B – Mining and quarrying"),
        L("C", "C – Industrie manufacturière", "C – Manufacturing"),
        L("D", "D – Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
          "D – Electricity, gas, steam and air conditioning supply"),
        L("E", "E – Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
          "E – Water supply; sewerage, waste management and remediation"),
        L("F", "F – Construction", "F – Construction"),
        L("G", "G – Commerce, réparation d'automobiles et de motocycles",
          "G – Wholesale and retail trade; repair of motor vehicles"),
        L("H", "H – Transports et entreposage", "H – Transportation and storage"),
        L("I", "I – Hébergement et restauration", "I – Accommodation and food service"),
        L("J", "J – Information et communication", "J – Information and communication"),
        L("K", "K – Activités financières et d'assurance", "K – Financial and insurance activities"),
        L("L", "L – Activités immobilières", "L – Real estate activities"),
        L("M", "M – Activités spécialisées, scientifiques et techniques",
          "M – Professional, scientific and technical activities"),
        L("N", "N – Activités de services administratifs et de soutien",
          "N – Administrative and support service activities"),
        L("O", "O – Administration publique", "O – Public administration"),
        L("P", "P – Enseignement", "P – Education"),
        L("Q", "Q – Santé humaine et action sociale", "Q – Human health and social work"),
        L("R", "R – Arts, spectacles et activités récréatives", "R – Arts, entertainment and recreation"),
        L("S", "S – Autres activités de services", "S – Other service activities"),
        L("T", "T – Activités des ménages en tant qu'employeurs", "T – Households as employers"),
        L("U", "U – Activités extra-territoriales", "U – Extraterritorial organisations"),
        L("sans_objet", "Sans objet", "Not applicable"),
        NR,
    ],
    "company_size": [
        L("1_9", "1 à 9 salariés", "1–9 employees"),
        L("10_49", "10 à 49 salariés", "10–49 employees"),
        L("50_249", "50 à 249 salariés", "50–249 employees"),
        L("250_999", "250 à 999 salariés", "250–999 employees"),
        L("1000_plus", "1000 salariés et plus", "1000 employees or more"),
        L("sans_objet", "Sans objet", "Not applicable"),
        NR,
    ],
    "origin": [
        L("communication", "Action de communication", "Communication campaign"),
        L("site_internet", "Site internet / plateforme nationale", "Website / national platform"),
        L("employeur", "Employeur", "Employer"),
        L("entretien_pro", "Entretien professionnel", "Professional review interview"),
        L("entourage", "Entourage", "Family and friends"),
        L("france_travail", "France Travail", "France Travail"),
        L("cap_emploi", "Cap emploi", "Cap emploi"),
        L("mission_locale", "Mission locale", "Mission locale"),
        L("apec", "APEC", "APEC"),
        L("organisme_formation", "Organisme de formation", "Training provider"),
        L("sante_social", "Organismes santé et social (médecine du travail, Carsat…)",
          "Health and social bodies (occupational health, Carsat…)"),
        L("syndicats", "Organisations syndicales", "Trade unions"),
        L("transitions_pro", "Transitions Pro", "Transitions Pro"),
        L("cpf", "Mon Compte Formation (CPF)", "Mon Compte Formation (CPF)"),
        L("autre_organisme", "Autre organisme", "Other body"),
        NR,
    ],
    "contact_reason": [
        L("recul", "Prendre du recul sur sa situation professionnelle",
          "Step back from one's work situation"),
        L("information", "Obtenir de l'information", "Get information"),
        L("information.emplois", "Information emplois, métiers, marché du travail",
          "Information on jobs, occupations, labour market", parent="information"),
        L("information.dispositifs", "Information dispositifs et financement",
          "Information on schemes and funding", parent="information"),
        L("information.operateurs", "Information opérateurs / structures",
          "Information on operators / organisations", parent="information"),
        L("competences", "Faire reconnaître ou adapter ses compétences",
          "Have one's skills recognised or adapted"),
        L("competences.valoriser",
          "Identifier, valoriser et faire reconnaître ses compétences et expériences professionnelles",
          "Identify, promote and have one's skills and experience recognised", parent="competences"),
        L("competences.acquerir", "Acquérir de nouvelles compétences et/ou qualifications",
          "Acquire new skills and/or qualifications", parent="competences"),
        L("projet", "Travailler à son projet d'évolution professionnelle",
          "Work on one's career project"),
        L("projet.evoluer", "Évoluer vers un emploi/métier à plus grande technicité ou responsabilité",
          "Move to a more technical or responsible job", parent="projet"),
        L("projet.reconversion", "Changer de métier ou de secteur professionnel (reconversion)",
          "Change occupation or sector (career change)", parent="projet"),
        L("projet.creation", "Créer ou reprendre une entreprise", "Start or take over a business",
          parent="projet"),
        L("projet.pluriactivite", "Exercer plusieurs activités (pluriactivité)",
          "Hold several activities (multi-activity)", parent="projet"),
        L("projet.demissionnaire", "Mobiliser le dispositif démissionnaires",
          "Use the resigning-employee scheme", parent="projet"),
        L("projet.autre", "Autre projet professionnel", "Other career project", parent="projet"),
        L("emploi", "Trouver ou retrouver un emploi", "Find a job"),
        L("entretien_pro", "Préparer son entretien professionnel", "Prepare one's professional review"),
        L("autre", "Autre", "Other"),
    ],
    "parcours_status": [
        L("actif", "Actif", "Active"),
        L("en_pause", "En pause", "Paused"),
        L("suspendu", "Suspendu – relais partenaire", "Suspended – partner relay"),
        L("clos", "Clos", "Closed"),
        L("reouvert", "Ré-ouvert", "Re-opened"),
    ],
    "closure_reason": [
        L("plan_finalise", "Projet formalisé / plan d'action finalisé", "Project formalised / action plan finalised"),
        L("formation", "Entrée en formation", "Started training"),
        L("emploi", "Emploi / changement de poste", "Job / change of post"),
        L("creation", "Création d'entreprise", "Business creation"),
        L("abandon", "Abandon par la personne", "Dropped out"),
        L("reorientation", "Réorientation vers un autre opérateur", "Referred to another operator"),
        L("sans_nouvelles", "Sans nouvelles", "No news"),
        L("autre", "Autre", "Other"),
    ],
    "outcome": [
        L("emploi", "A trouvé un emploi", "Found a job"),
        L("changement", "A changé d'emploi", "Changed job"),
        L("formation", "Va entrer en formation", "Will start training"),
        L("promotion", "Promotion", "Promotion"),
        L("recul", "A pris du recul / mieux géré sa situation", "Stepped back / handles situation better"),
        L("autre", "Autre", "Other"),
    ],
    "modality_channel": [
        L("presentiel", "Présentiel", "Face to face"),
        L("telephone", "Téléphone", "Phone"),
        L("visio", "Visio", "Video"),
    ],
    "modality_format": [L("individuel", "Individuel", "Individual"), L("collectif", "Collectif", "Group")],
    "site_kind": [
        L("principal", "Site principal", "Main site"),
        L("relais", "Site relais / annexe", "Branch office"),
        L("permanence", "Permanence", "Outreach permanence"),
    ],
    "session_purpose": [
        L("cep", "CEP", "CEP"),
        L("information", "Information", "Information"),
        L("financement", "Dossier de financement", "Funding file"),
        L("suivi", "Suivi", "Follow-up"),
    ],
    "operator": [
        L("france_travail", "France Travail", "France Travail"),
        L("apec", "APEC", "APEC"),
        L("mission_locale", "Mission locale", "Mission locale"),
        L("cap_emploi", "Cap emploi", "Cap emploi"),
        L("regional", "Opérateur régional (actifs occupés)", "Regional operator (employed people)"),
    ],
}

# Level vocabularies per operator: default is the 2020 national specification.
LEVEL_VOCABULARIES = {
    "national_2020": [
        L("N1", "N1 – Accueil individualisé", "N1 – Individual reception"),
        L("N2", "N2 – Accompagnement personnalisé", "N2 – Personalised support"),
    ],
    "legacy_3": [
        L("accueil", "Niveau 1 – Accueil", "Level 1 – Reception"),
        L("conseil", "Niveau 2 – Conseil personnalisé", "Level 2 – Personalised advice"),
        L("accompagnement", "Niveau 3 – Accompagnement à la mise en œuvre",
          "Level 3 – Support for implementation"),
    ],
    "regional_uo": [
        L("UO0", "UO 0 – Aiguillage", "UO 0 – Signposting"),
        L("UO1", "UO 1 – Accueil individualisé", "UO 1 – Individual reception"),
        L("UO2.1", "UO 2.1 – Appui à la formalisation du projet", "UO 2.1 – Project formalisation"),
        L("UO2.2", "UO 2.2 – Appui à la mise en œuvre", "UO 2.2 – Implementation support"),
    ],
}


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "resources" / "refdata" / "codelists.json"
    doc = {"version": VERSION, "lists": LISTS, "level_vocabularies": LEVEL_VOCABULARIES}
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(out)


if __name__ == "__main__":
    main()
