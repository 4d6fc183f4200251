"""Source of resources/refdata/codelists.json: edit here, run, commit both.

Kept as code so that labels stay reviewable side by side (fr | en) and the
JSON stays the single file the application reads at run time.
"""

from __future__ import annotations

import json
from pathlib import Path

VERSION = "2026.2"

def L(code, fr, en, **extra):
    d = {"code": code, "fr": fr, "en": en}
    d.update(extra)
    return d

NR = L("nr", "Non renseigné", "Not specified")

LISTS = {
    "sex": [L("F", "Femme", "Woman"), L("H", "Homme", "Man")],
    "pcs": [
        L("agriculteurs", "Agriculteurs", "Farmers"),
        L("artisans", "Artisans, commerçants et chefs d’entreprise",
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
        L("de_inscrit", "Personne en recherche d’emploi inscrite à France Travail",
          "Job seeker registered with France Travail"),
        L("de_non_inscrit", "Personne en recherche d’emploi non inscrite",
          "Job seeker not registered"),
        NR,
    ],
    "jobseeker_category": [L(c, f"Catégorie {c}", f"Category {c}") for c in "ABCDE"],
    "sector": [
        L("A", "A – Agriculture, sylviculture et pêche", "A – Agriculture, forestry and fishing"),
        L("B", "B – Industries extractives", "B – Mining and quarrying"),
        L("C", "C – Industrie manufacturière", "C – Manufacturing"),
        L("D", "D – Production et distribution d’électricité, de gaz, de vapeur et d’air conditionné",
          "D – Electricity, gas, steam and air conditioning supply"),
        L("E", "E – Production et distribution d’eau ; assainissement, gestion des déchets et dépollution",
          "E – Water supply; sewerage, waste management and remediation"),
        L("F", "F – Construction", "F – Construction"),
        L("G", "G – Commerce, réparation d’automobiles et de motocycles",
          "G – Wholesale and retail trade; repair of motor vehicles"),
        L("H", "H – Transports et entreposage", "H – Transportation and storage"),
        L("I", "I – Hébergement et restauration", "I – Accommodation and food service"),
        L("J", "J – Information et communication", "J – Information and communication"),
        L("K", "K – Activités financières et d’assurance", "K – Financial and insurance activities"),
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
        L("T", "T – Activités des ménages en tant qu’employeurs", "T – Households as employers"),
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
        L("information", "Obtenir de l’information", "Get information"),
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
        L("projet", "Travailler à son projet d’évolution professionnelle",
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
        L("reouvert", "Rouvert", "Re-opened"),
    ],
    "closure_reason": [
        L("plan_finalise", "Projet formalisé / plan d’action finalisé", "Project formalised / action plan finalised"),
        L("formation", "Entrée en formation", "Started training"),
        L("emploi", "Emploi / changement de poste", "Job / change of post"),
        L("creation", "Création d’entreprise", "Business creation"),
        L("abandon", "Abandon par la personne", "Dropped out"),
        L("reorientation", "Réorientation vers un autre opérateur", "Referred to another operator"),
        L("sans_nouvelles", "Sans nouvelles", "No news"),
        L("autre", "Autre", "Other"),
    ],
    "outcome": [
        L("emploi", "A trouvé un emploi", "Found a job"),
        L("changement", "A changé d’emploi", "Changed job"),
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

# -- Co-construction session (issue 3): diagnosis, exploration, plan (REFERENTIALS.md §4–5) ------------

# Generic scale for the realism criteria, the maturity questions and "does the request match the need?".
ASSESSMENT = [
    L("oui", "Oui", "Yes"),
    L("en_partie", "En partie", "Partly"),
    L("non", "Non", "No"),
    L("a_explorer", "À explorer", "To explore"),
]

# Starting grid of situations by theme, after the carnet-de-bord list (REFERENTIALS §4).
# Code "theme.situation"; ``parent`` is the theme's code in ``obstacle_theme``.
OBSTACLE_THEMES = [
    ("contraintes_familiales", "Contraintes familiales", "Family constraints", [
        ("aidant_familial", "Aidant familial (s'occuper d'un proche)", "Family carer (looks after a relative)"),
        ("enfant_moins_3_ans", "Enfant(s) de moins de 3 ans sans solution de garde",
         "Child(ren) under 3 without childcare"),
        ("contrainte_horaires", "Contraintes horaires", "Time constraints"),
        ("enfant_handicap", "Enfant(s) en situation de handicap", "Child(ren) with a disability"),
        ("attend_enfant", "Attend un enfant ou plus", "Expecting a child"),
        ("parent_isole", "Parent seul avec enfant(s) à charge", "Single parent with dependent child(ren)"),
        ("autre", "Autres contraintes familiales à prendre en compte", "Other family constraints to consider"),
    ]),
    ("difficulte_administrative", "Difficulté administrative", "Administrative difficulty", [
        ("acces_droits", "Besoin d'être guidé pour accéder à ses droits", "Needs guidance to access rights"),
        ("difficultes_juridiques", "Rencontre des difficultés juridiques", "Faces legal difficulties"),
        ("titre_sejour", "Titre de séjour à obtenir ou à renouveler", "Residence permit to obtain or renew"),
        ("pieces_manquantes", "Pièces d'identité ou justificatifs manquants", "Missing identity or supporting documents"),
    ]),
    ("difficulte_financiere", "Difficulté financière", "Financial difficulty", [
        ("gestion_budget", "Difficulté dans la gestion d'un budget", "Difficulty managing a budget"),
        ("baisse_ressources", "Baisse des ressources", "Drop in income"),
        ("endettement", "Endettement ou surendettement", "Debt or over-indebtedness"),
        ("perte_revenu_formation", "Ne peut pas se passer de revenu pendant une formation",
         "Cannot go without income during training"),
    ]),
    ("emploi", "Emploi", "Employment", [
        ("disponibilite", "Disponibilité limitée pour une reprise d'emploi", "Limited availability to start work"),
        ("duree_sans_emploi", "Sans emploi depuis plus d'un an", "Out of work for more than a year"),
        ("fin_contrat", "Contrat qui se termine prochainement", "Contract ending soon"),
        ("usure_professionnelle", "Usure professionnelle, perte de sens au travail", "Work-related wear, loss of meaning at work"),
        ("inaptitude", "Inaptitude au poste déclarée ou envisagée", "Unfitness for the post declared or expected"),
    ]),
    ("formation", "Formation", "Training", [
        ("sans_qualification", "Aucun diplôme ni qualification reconnue", "No diploma nor recognised qualification"),
        ("diplome_etranger", "Diplôme étranger non reconnu", "Foreign diploma not recognised"),
        ("formation_ancienne", "Dernière formation ancienne (plus de 10 ans)", "Last training long ago (over 10 years)"),
        ("apprehension_formation", "Appréhension à retourner en formation", "Apprehensive about going back to training"),
        ("prerequis_manquants", "Prérequis de la formation visée non remplis", "Prerequisites of the target training not met"),
    ]),
    ("logement", "Logement", "Housing", [
        ("heberge_tiers", "Hébergé chez un tiers", "Staying with a third party"),
        ("sans_hebergement", "Sans hébergement", "No accommodation"),
        ("rural_isole", "Territoire rural isolé", "Isolated rural area"),
        ("logement_inadapte", "Logement précaire ou inadapté", "Precarious or unsuitable housing"),
        ("demenagement", "Déménagement à prévoir pour le projet", "Move needed for the project"),
    ]),
    ("maitrise_langue", "Maîtrise de la langue", "Language skills", [
        ("lecture", "Difficultés en lecture", "Reading difficulties"),
        ("oral", "Difficultés à l'oral", "Speaking difficulties"),
        ("ecrit", "Difficultés à l'écrit", "Writing difficulties"),
        ("calcul", "Difficultés en calcul", "Numeracy difficulties"),
        ("fle", "Français langue étrangère (FLE) à apprendre", "French as a foreign language to learn"),
    ]),
    ("mobilite", "Mobilité", "Mobility", [
        ("aucun_transport", "Aucun moyen de transport à disposition", "No means of transport available"),
        ("transports_commun", "Dépendant des transports en commun", "Depends on public transport"),
        ("permis_b", "Permis B", "Driving licence (B)"),
        ("permis_en_cours", "Permis en cours", "Driving licence in progress"),
        ("permis_suspendu", "Permis non valide ou suspendu", "Licence not valid or suspended"),
        ("vehicule", "Véhicule personnel", "Own vehicle"),
        ("mobilite_geographique", "Mobilité géographique limitée (distance, temps de trajet)",
         "Limited geographic mobility (distance, travel time)"),
    ]),
    ("numerique", "Numérique", "Digital", [
        ("absence_equipement", "Absence d'équipement (ordinateur, smartphone)", "No equipment (computer, smartphone)"),
        ("absence_connexion", "Absence de connexion / zone blanche", "No connection / dead zone"),
        ("demarches_en_ligne", "Difficulté à réaliser des démarches en ligne", "Difficulty with online procedures"),
        ("pas_de_messagerie", "Pas d'adresse e-mail utilisée", "No e-mail address in use"),
    ]),
    ("sante", "Santé", "Health", [
        ("metiers_entraves", "Difficulté de santé entravant l'exercice de certains métiers",
         "Health difficulty preventing some occupations"),
        ("dossier_mdph", "Dossier MDPH (RQTH) à faire ou en cours", "MDPH file (RQTH) to do or in progress"),
        ("absences_regulieres", "Problème de santé entraînant des absences régulières",
         "Health problem causing regular absences"),
        ("reprise_differee", "Problème de santé ne permettant pas une reprise immédiate",
         "Health problem preventing an immediate return to work"),
        ("couverture_sociale", "Couverture sociale ou mutuelle à mettre à jour", "Health cover to update"),
    ]),
]

# data·inclusion v1 thématiques (slugs and French labels from the data-inclusion-schema package 1.0.10,
# Licence Ouverte 2.0): the subset a CEP action plan uses. ``category`` is the data·inclusion category.
THEMATIQUES = [
    ("choisir-un-metier", "Choisir un métier", "Choosing an occupation", [
        ("confirmer-son-choix-de-metier", "Confirmer son choix de métier", "Confirm one's choice of occupation"),
        ("connaitre-les-opportunites-demploi", "Connaître les opportunités d'emploi", "Know the job opportunities"),
        ("decouvrir-un-metier-ou-un-secteur-dactivite", "Découvrir un métier ou un secteur d'activité",
         "Discover an occupation or a sector"),
        ("identifier-ses-points-forts-et-ses-competences", "Identifier ses points forts et ses compétences",
         "Identify one's strengths and skills"),
    ]),
    ("se-former", "Se former", "Training", [
        ("trouver-sa-formation", "Trouver sa formation", "Find one's training"),
        ("monter-son-dossier-de-formation", "Monter son dossier de formation", "Put together one's training file"),
    ]),
    ("creer-une-entreprise", "Créer une entreprise", "Starting a business", [
        ("definir-son-projet-de-creation-dentreprise", "Définir son projet de création d'entreprise",
         "Define one's business project"),
        ("structurer-son-projet-de-creation-dentreprise", "Structurer son projet de création d'entreprise",
         "Structure one's business project"),
        ("developper-son-entreprise", "Développer son entreprise", "Grow one's business"),
    ]),
    ("preparer-sa-candidature", "Préparer sa candidature", "Preparing one's application", [
        ("realiser-un-cv-et-ou-une-lettre-de-motivation", "Réaliser un CV et/ou une lettre de motivation",
         "Write a CV and/or a cover letter"),
        ("valoriser-ses-competences", "Valoriser ses compétences", "Promote one's skills"),
        ("developper-son-reseau", "Développer son réseau", "Build one's network"),
        ("organiser-ses-demarches-de-recherche-demploi", "Organiser ses démarches de recherche d'emploi",
         "Organise one's job search"),
    ]),
    ("trouver-un-emploi", "Trouver un emploi", "Finding a job", [
        ("repondre-a-des-offres-demploi", "Répondre à des offres d'emploi", "Answer job offers"),
        ("faire-des-candidatures-spontanees", "Faire des candidatures spontanées", "Send speculative applications"),
        ("convaincre-un-recruteur-en-entretien", "Convaincre un recruteur en entretien",
         "Convince a recruiter at interview"),
        ("maintien-dans-lemploi", "Maintien dans l'emploi", "Staying in employment"),
    ]),
    ("mobilite", "Mobilité", "Mobility", [
        ("preparer-un-permis", "Préparer un permis", "Prepare a driving licence"),
        ("acceder-a-un-vehicule", "Accéder à un véhicule", "Get access to a vehicle"),
        ("financer-ma-mobilite", "Financer ma mobilité", "Fund one's mobility"),
    ]),
    ("numerique", "Numérique", "Digital", [
        ("maitriser-les-fondamentaux-du-numerique", "Maîtriser les fondamentaux du numérique",
         "Master digital basics"),
        ("acceder-a-des-services-en-ligne", "Accéder à des services en ligne", "Use online services"),
        ("acquerir-un-equipement", "Acquérir un équipement", "Get equipment"),
    ]),
    ("lecture-ecriture-calcul", "Lecture, écriture et calcul", "Reading, writing and numeracy", [
        ("maitriser-le-francais", "Maîtriser le français", "Master French"),
    ]),
    ("famille", "Famille", "Family", [
        ("garde-denfants", "Garde d'enfants", "Childcare"),
        ("soutien-aidants", "Soutien aux aidants", "Support for carers"),
    ]),
    ("sante", "Santé", "Health", [
        ("constituer-un-dossier-mdph-invalidite", "Constituer un dossier MDPH pour invalidité",
         "Prepare an MDPH disability file"),
    ]),
    ("remobilisation", "Remobilisation", "Remobilisation", [
        ("bien-etre-confiance-en-soi", "Bien-être et confiance en soi", "Well-being and self-confidence"),
    ]),
    ("difficultes-administratives-ou-juridiques", "Difficultés administratives ou juridiques",
     "Administrative or legal difficulties", [
        ("accompagnement-aux-demarches-administratives", "Accompagnement aux démarches administratives",
         "Help with administrative procedures"),
    ]),
]

LISTS.update({
    "project_state": [
        L("aucun", "Pas encore de projet", "No project yet"),
        L("idee", "Une idée de projet", "An idea of a project"),
        L("defini", "Projet défini", "Defined project"),
    ],
    "project_realism": [
        L("realiste", "Réaliste (le marché, les conditions d'accès le permettent)",
          "Realistic (the market and entry requirements allow it)"),
        L("realisable", "Réalisable (moyens, délais, financement, contraintes de la personne)",
          "Achievable (means, time, funding, the person's constraints)"),
        L("reflechi", "Réfléchi (la personne a mesuré ce qu'il implique)",
          "Thought through (the person has weighed what it implies)"),
    ],
    "maturity_question": [
        L("metier_ou_poste", "Changer de métier ou changer de poste ?", "Change occupation or change post?"),
        L("rencontre_professionnels", "A rencontré des professionnels du métier ?", "Has met people doing the job?"),
        L("prerequis_verifies", "A vérifié les prérequis (diplôme, aptitudes, conditions d'accès) ?",
          "Has checked the prerequisites (diploma, aptitudes, entry conditions)?"),
        L("pret_investir_temps", "Prêt·e à y consacrer du temps (formation, démarches) ?",
          "Ready to invest time (training, procedures)?"),
        L("lien_competences", "Lien avec ses compétences actuelles ?", "Links with current skills?"),
    ],
    "assessment": ASSESSMENT,
    "autonomy_area": [
        L("numerique", "Outils numériques et démarches en ligne", "Digital tools and online procedures"),
        L("francais", "Français", "French"),
        L("ecrit", "Écrire et argumenter", "Writing and arguing a case"),
        L("contacter_organismes", "Contacter des organismes", "Contacting organisations"),
        L("confiance_en_soi", "Confiance en soi", "Self-confidence"),
    ],
    "autonomy_level": [
        L("autonome", "Autonome", "Autonomous"),
        L("avec_appui", "Autonome avec un appui", "Autonomous with some support"),
        L("besoin_accompagnement", "A besoin d'être accompagné·e", "Needs to be accompanied"),
        L("non_observe", "Pas encore observé", "Not observed yet"),
    ],
    "obstacle_theme": [L(code, fr, en) for code, fr, en, _ in OBSTACLE_THEMES],
    "obstacle_situation": [
        L(f"{theme}.{code}", fr, en, parent=theme)
        for theme, _, _, situations in OBSTACLE_THEMES for code, fr, en in situations
    ],
    "diagnosis_item_status": [
        L("point_appui", "Point d'appui", "Strength"),
        L("besoin", "Besoin", "Need"),
        L("non_explore", "Non exploré", "Not explored"),
    ],
    "option_state": [
        L("proposee", "Proposée", "Proposed"),
        L("validee", "Validée", "Validated"),
        L("ecartee", "Écartée", "Rejected"),
    ],
    "thematique_category": [L(cat, fr, en) for cat, fr, en, _ in THEMATIQUES],
    "thematique": [
        L(f"{cat}--{slug}", fr, en, category=cat)
        for cat, _, _, items in THEMATIQUES for slug, fr, en in items
    ],
    "action_type": [
        L("enquete_metier", "Enquête métier (rencontrer un professionnel)", "Job survey (meet a professional)"),
        L("immersion", "Immersion en entreprise (PMSMP)", "Work placement (PMSMP)"),
        L("recherche_information", "Recherche d'information", "Information search"),
        L("contacter_organisme", "Contacter un organisme / partenaire", "Contact an organisation / partner"),
        L("atelier", "Atelier", "Workshop"),
        L("bilan_competences", "Bilan de compétences", "Skills assessment"),
        L("vae", "VAE (validation des acquis de l'expérience)", "VAE (accreditation of prior experience)"),
        L("choisir_formation", "Choisir une formation", "Choose a training course"),
        L("dossier_financement", "Monter le dossier de financement", "Put together the funding file"),
        L("cv_lettre", "CV / lettre de motivation", "CV / cover letter"),
        L("preparer_entretien", "Préparer un entretien", "Prepare an interview"),
        L("comptes_en_ligne", "Créer ses comptes en ligne", "Create one's online accounts"),
        L("demarche_administrative", "Démarche administrative", "Administrative procedure"),
        L("rdv_sante_social", "Rendez-vous avec un professionnel de santé / social",
          "Appointment with a health / social worker"),
        L("autre", "Autre", "Other"),
    ],
    "action_actor": [
        L("personne", "La personne seule", "The person alone"),
        L("personne_conseiller", "La personne avec le conseiller", "The person with the counsellor"),
        L("conseiller", "Le conseiller pour la personne", "The counsellor for the person"),
        L("partenaire", "Un partenaire", "A partner"),
    ],
    "action_status": [
        L("en_projet", "En projet", "Planned"),
        L("en_cours", "En cours", "In progress"),
        L("en_attente", "En attente", "On hold"),
        L("realisee", "Réalisée", "Done"),
        L("abandonnee", "Abandonnée par la personne", "Dropped by the person"),
        L("annulee", "Annulée", "Cancelled"),
    ],
    "duration_unit": [
        L("jours", "jour(s)", "day(s)"),
        L("semaines", "semaine(s)", "week(s)"),
        L("mois", "mois", "month(s)"),
    ],
    "funding_lever": [
        L("cpf", "CPF (Mon Compte Formation)", "CPF (Mon Compte Formation)"),
        L("ptp", "Projet de transition professionnelle (Transitions Pro)",
          "Career transition project (PTP, Transitions Pro)"),
        L("demissionnaire", "Dispositif démissionnaire (France Travail)", "Resigning-employee scheme (France Travail)"),
        L("transco", "Transitions collectives", "Collective transitions (Transco)"),
        L("plan_developpement", "Plan de développement des compétences (employeur) / OPCO",
          "Employer's skills development plan / OPCO"),
        L("pro_a", "Pro-A (reconversion ou promotion par alternance)", "Pro-A (work-study retraining or promotion)"),
        L("aif", "AIF (aide individuelle à la formation, France Travail)", "AIF (individual training grant, France Travail)"),
        L("region", "Région (PRF, chèques formation)", "Region (regional training plan, training vouchers)"),
        L("agefiph", "AGEFIPH", "AGEFIPH"),
        L("vae", "VAE", "VAE (accreditation of prior experience)"),
        L("bilan_competences", "Bilan de compétences (24 h)", "Skills assessment (24 h)"),
        L("clea", "CléA", "CléA (basic skills certificate)"),
        L("personnel", "Financement personnel", "Personal funding"),
    ],
    "funding_decision": [
        L("en_attente", "En attente de décision", "Awaiting decision"),
        L("accorde", "Accordé", "Granted"),
        L("refuse", "Refusé", "Refused"),
    ],
    "milestone_kind": [
        L("rendez_vous", "Rendez-vous", "Appointment"),
        L("inscription", "Inscription", "Registration"),
        L("entree_formation", "Entrée en formation", "Training start"),
        L("echeance_financement", "Date limite du financement", "Funding deadline"),
        L("echeance_action", "Échéance d'une action", "Action due date"),
        L("autre", "Autre", "Other"),
    ],
    "contact_log_kind": [
        L("appel", "Appel téléphonique", "Phone call"),
        L("courriel", "Courriel", "E-mail"),
        L("courrier", "Courrier", "Letter"),
        L("sms", "SMS", "Text message"),
    ],
})

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
