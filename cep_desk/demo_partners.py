"""The demo partner directory: an Occitanie network (Aveyron, Tarn, Hérault, Lozère) as
data·inclusion records, the counsellor's own layer (named contacts, notes, favourites,
verification dates) and a few referrals of demo people in every status.

Everything is fictional: structure names follow the real networks (Mission locale,
Cap emploi, France Travail, GRETA, CIDFF, PLIE…) but addresses, phone numbers and
people are made up. Records go through the same import as a data·inclusion file,
and the counsellor's layer and referrals through the services (outbox and audit).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from typing import Any

from sqlalchemy import select

from cep_desk.domain import referral as ref
from cep_desk.domain.places import commune_index
from cep_desk.domain.text import fold
from cep_desk.services.facade import Services
from cep_desk.services.partner_records import service_uuid, structure_uuid
from cep_desk.services.partners import ContactDraft
from cep_desk.storage.models import Beneficiary

SOURCE = "demo-occitanie"
T = {  # thématiques used below
    "emploi": "trouver-un-emploi--repondre-a-des-offres-demploi",
    "maintien": "trouver-un-emploi--maintien-dans-lemploi",
    "cv": "preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation",
    "formation": "se-former--trouver-sa-formation",
    "dossier_formation": "se-former--monter-son-dossier-de-formation",
    "metier": "choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
    "decouvrir": "choisir-un-metier--decouvrir-un-metier-ou-un-secteur-dactivite",
    "creation": "creer-une-entreprise--definir-son-projet-de-creation-dentreprise",
    "droits": "difficultes-administratives-ou-juridiques--accompagnement-pour-lacces-aux-droits",
    "discrimination": "difficultes-administratives-ou-juridiques--connaitre-ses-droits-face-a-une-discrimination",
    "permis": "mobilite--preparer-un-permis",
    "mobilite": "mobilite--etre-accompagne-dans-son-parcours-mobilite",
    "numerique": "numerique--maitriser-les-fondamentaux-du-numerique",
    "francais": "lecture-ecriture-calcul--maitriser-le-francais",
    "mdph": "sante--constituer-un-dossier-mdph-invalidite",
    "violences": "famille--surmonter-conflits-separation-violence",
}

# (key, name, réseau porteur ('' when the schema has none), commune INSEE, address,
#  [(service name, type, themes, publics, modes, zone, description)])
NETWORK: list[tuple[str, str, str, str, str, list[tuple[Any, ...]]]] = [
    ("ml-millau", "Mission locale Sud Aveyron", "mission-locale", "12145", "5 rue de la Capelle", [
        ("Accompagnement vers l’emploi des 16-25 ans", "accompagnement", ["emploi", "cv", "permis"], ["jeunes"],
         ["en-presentiel"], ["12"], "Un conseiller unique pour l’emploi, la formation, la mobilité et le "
         "logement des jeunes de 16 à 25 ans sortis de l’école."),
        ("Contrat d’engagement jeune", "accompagnement", ["emploi", "formation"], ["jeunes"], ["en-presentiel"],
         ["12"], "15 à 20 heures d’activités par semaine et une allocation pour les jeunes sans emploi ni "
         "formation."),
    ]),
    ("ml-rodez", "Mission locale Centre Ouest Aveyron", "mission-locale", "12202", "12 boulevard Laromiguière", [
        ("Accompagnement vers l’emploi des 16-25 ans", "accompagnement", ["emploi", "cv"], ["jeunes"],
         ["en-presentiel"], ["12"], "Suivi personnalisé des jeunes de 16 à 25 ans : emploi, formation, santé."),
    ]),
    ("capemploi-12", "Cap emploi Aveyron-Lozère", "cap-emploi-reseau-cheops", "12202", "2 avenue de Bourran", [
        ("Maintien dans l’emploi", "accompagnement", ["maintien"], ["personnes-en-situation-de-handicap"],
         ["en-presentiel", "a-distance"], ["12", "48"], "Pour les salariés dont la santé menace l’emploi : "
         "aménagement du poste, reclassement, formation."),
        ("Accompagnement vers l’emploi des personnes handicapées", "accompagnement", ["emploi"],
         ["personnes-en-situation-de-handicap"], ["en-presentiel"], ["12", "48"],
         "Recherche d’emploi et projet professionnel pour les personnes avec une RQTH."),
    ]),
    ("ft-rodez", "France Travail Rodez", "france-travail", "12202", "1 rue de Paris", [
        ("Inscription et accompagnement des demandeurs d’emploi", "accompagnement", ["emploi"],
         ["demandeurs-emploi"], ["en-presentiel", "a-distance"], ["12"],
         "Inscription, indemnisation et accompagnement vers l’emploi."),
        ("Aides à la mobilité", "aide-financiere", ["mobilite", "permis"], ["demandeurs-emploi"], ["a-distance"],
         ["france"], "Aide au permis, aux frais de déplacement et de garde d’enfants pour reprendre un emploi."),
    ]),
    ("ft-millau", "France Travail Millau", "france-travail", "12145", "3 avenue Jean-Jaurès", [
        ("Inscription et accompagnement des demandeurs d’emploi", "accompagnement", ["emploi"],
         ["demandeurs-emploi"], ["en-presentiel"], ["12"], "Accueil, inscription et suivi des demandeurs "
         "d’emploi du Sud Aveyron."),
    ]),
    ("greta-rodez", "GRETA Midi-Pyrénées Nord – agence de Rodez", "", "12202",
     "Lycée Foch, 1 rue Vieussens", [
         ("Formations qualifiantes et VAE", "formation", ["formation", "dossier_formation"], ["tous-publics"],
          ["en-presentiel"], ["12", "81"], "CAP, BP et titres professionnels en formation continue ; "
          "accompagnement VAE. Payant, finançable par le CPF."),
     ]),
    ("cidff-12", "CIDFF de l’Aveyron", "cidff", "12202", "4 place du Bourg", [
        ("Emploi et droits des femmes", "accompagnement", ["droits", "emploi", "violences"], ["femmes"],
         ["en-presentiel", "a-distance"], ["12"], "Information juridique gratuite et accompagnement vers "
         "l’emploi des femmes."),
    ]),
    ("cidff-34", "CIDFF de l’Hérault", "cidff", "34172", "11 rue de la Loge", [
        ("Information juridique", "information", ["droits", "discrimination"], ["femmes"], ["en-presentiel"],
         ["34"], "Permanences juridiques gratuites sur rendez-vous."),
    ]),
    ("plie-albi", "PLIE de l’Albigeois", "plie", "81004", "9 rue de la Souque", [
        ("Parcours renforcé vers l’emploi", "accompagnement", ["emploi", "cv"],
         ["beneficiaires-des-minimas-sociaux", "demandeurs-emploi"], ["en-presentiel"], ["81"],
         "Accompagnement renforcé des personnes éloignées de l’emploi de l’agglomération d’Albi."),
    ]),
    ("bge-12", "BGE Sud-Ouest – Rodez", "reseau-bge", "12202", "17 avenue de Toulouse", [
        ("Créer son entreprise", "accompagnement", ["creation"], ["tous-publics"], ["en-presentiel",
                                                                               "a-distance"],
         ["12", "48", "81"], "De l’idée au projet : étude de marché, prévisionnel, financement."),
    ]),
    ("tpro", "Transitions Pro Occitanie", "", "31555", "Immeuble Le Toulouse, 6 rue Rivals", [
        ("Projet de transition professionnelle", "aide-financiere", ["dossier_formation"], ["actifs"],
         ["a-distance"], ["09", "11", "12", "30", "31", "32", "34", "46", "48", "65", "66", "81", "82"],
         "Financement d’une formation certifiante pour changer de métier, avec maintien du salaire."),
    ]),
    ("cibc-12", "CIBC Aveyron", "", "12145", "22 boulevard de l’Ayrolle", [
        ("Bilan de compétences", "accompagnement", ["metier"], ["actifs"], ["en-presentiel", "a-distance"],
         ["12"], "24 heures pour faire le point sur ses compétences et construire un projet. Finançable CPF."),
    ]),
    ("fs-st-affrique", "France Services de Saint-Affrique", "france-service", "12208", "Place de la Mairie", [
        ("Aide aux démarches en ligne", "accompagnement", ["numerique", "droits"], ["tous-publics"],
         ["en-presentiel"], ["12"], "Un agent vous aide pour vos démarches CAF, impôts, France Travail, "
         "Assurance Maladie."),
    ]),
    ("apec", "Apec Occitanie", "", "34172", "Parc Club du Millénaire", [
        ("Conseil en évolution professionnelle des cadres", "accompagnement", ["metier", "emploi"], ["actifs"],
         ["a-distance"], ["france"], "Entretiens à distance pour les cadres et jeunes diplômés."),
    ]),
    ("alpha-millau", "Lire et Écrire en Sud Aveyron", "", "12145", "8 rue Droite", [
        ("Ateliers de français et de calcul", "atelier", ["francais"], ["tous-publics"], ["en-presentiel"],
         ["12145", "12208", "12162"], "Ateliers en petit groupe, deux matinées par semaine."),
    ]),
]
CONTACTS = {
    "ml-millau": [("Julie Fabre", "conseillère emploi"), ("Karim Benali", "référent mobilité")],
    "capemploi-12": [("Sophie Rouquette", "chargée de maintien dans l’emploi")],
    "ft-rodez": [("Patrick Vernhes", "conseiller entreprises")],
    "cidff-12": [("Anne Gaubert", "juriste")],
    "greta-rodez": [("Hélène Cabrol", "conseillère en formation continue")],
    "tpro": [("Marc Delmas", "conseiller PTP")],
}


def records(today: date, rng: random.Random) -> list[dict[str, Any]]:
    communes = commune_index()
    out: list[dict[str, Any]] = []
    for key, name, network, insee, address, svcs in NETWORK:
        c = communes.get(insee)
        sid = f"{SOURCE}--{key}"
        maj = (today - timedelta(days=rng.randint(20, 400))).isoformat()
        phone = f"+3356{rng.randint(1000000, 9999999)}"
        out.append({"source": SOURCE, "id": sid, "nom": name, "date_maj": maj, "commune": c.name,
                    "code_postal": c.postal_codes[0], "code_insee": insee, "adresse": address,
                    "latitude": c.latitude, "longitude": c.longitude, "telephone": phone,
                    "courriel": f"contact@{key}.exemple.fr",
                    **({"reseaux_porteurs": [network]} if network else {})})
        for i, (sname, typ, themes, publics, modes, zone, desc) in enumerate(svcs):
            out.append({"source": SOURCE, "structure_id": sid, "id": f"{sid}--{i}", "nom": sname,
                        "description": desc, "date_maj": maj, "type": typ, "thematiques": [T[t] for t in themes],
                        "frais": "payant" if "Payant" in desc or "Finançable" in desc else "gratuit",
                        "publics": publics, "modes_accueil": modes, "zone_eligibilite": zone,
                        "code_insee": insee, "commune": c.name, "telephone": phone,
                        "modes_mobilisation": ["telephoner", "envoyer-un-courriel"],
                        "mobilisable_par": ["professionnels", "usagers"]})
    return out


def populate(services: Services, seed: int = 7) -> None:
    """Directory, counsellor's layer and referrals; deterministic for a seed."""
    rng = random.Random(seed * 31 + 4)
    today = services.ctx.today()
    report = services.partner_import.import_records(records(today, rng))
    if not report.ok:  # a demo record the schema refuses is a bug of this module
        raise ValueError(report.rejected)
    directory = services.partners
    for i, (key, *_rest) in enumerate(NETWORK):
        sid = structure_uuid(SOURCE, f"{SOURCE}--{key}")
        verified = today - timedelta(days=rng.choice((15, 40, 90, 150, 200, 280, 330, 420)))
        directory.set_relation(sid, favourite=key in ("ml-millau", "capemploi-12", "cidff-12", "tpro"),
                               last_verified=None if i % 7 == 3 else verified,
                               tags=["réseau Millau"] if key.endswith("millau") else [],
                               notes_shareable="Répond vite par courriel ; délai d’entrée environ 3 semaines."
                               if key in CONTACTS else "")
        for name, role in CONTACTS.get(key, []):
            directory.add_contact(sid, ContactDraft(name, role, f"05 65 {rng.randint(10, 99)} "
                                                    f"{rng.randint(10, 99)} {rng.randint(10, 99)}",
                                                    f"{fold(name.split()[0])}@{key}.exemple.fr"))
    _referrals(services, rng, today)


def _referrals(services: Services, rng: random.Random, today: date) -> None:
    with services.store.read() as s:
        people = s.execute(select(Beneficiary.id, Beneficiary.commune_insee).where(
            Beneficiary.deleted_at.is_(None)).order_by(Beneficiary.created_at).limit(40)).all()
    choices = [("ml-millau", 0), ("capemploi-12", 0), ("greta-rodez", 0), ("cibc-12", 0), ("tpro", 0),
               ("ft-rodez", 1), ("cidff-12", 0), ("bge-12", 0)]
    outcomes = [(ref.OPEN, "", ""), (ref.STUDYING, "", ""), (ref.ACCEPTED, "", "Entrée en accompagnement"),
                (ref.REFUSED, "Hors de la zone d’intervention", ""), (ref.ACCEPTED, "", "Formation commencée"),
                (ref.EXPIRED, "", "")]
    for n, (pid, _insee) in enumerate(people[::3][:12]):
        key, idx = choices[n % len(choices)]
        status, reason, outcome = outcomes[n % len(outcomes)]
        # Past the expiry delay nobody answered: expire_overdue below marks it expirée.
        sent = today - timedelta(days=ref.EXPIRY_DAYS + 15 if status == ref.EXPIRED else rng.randint(12, 50))
        draft = ref.ReferralDraft(
            service_id=service_uuid(SOURCE, f"{SOURCE}--{key}--{idx}"),
            reason=rng.choice(("Projet de formation à financer", "Besoin d’un accompagnement renforcé",
                               "Problème de santé au travail", "Idée de création d’entreprise")),
            agreed=rng.choice(("Prendre rendez-vous avant la fin du mois", "Préparer le dossier de financement",
                               "Faire le point sur les compétences")),
            consent=True, shared=["identite", "coordonnees", "situation"],
            contact_preference=rng.choice(tuple(ref.CONTACT_PREFERENCES)))
        rid = services.referrals.create(pid, draft, sent_on=sent)
        if status not in (ref.OPEN, ref.EXPIRED):
            services.referrals.change_status(rid, status, reason=reason, on=sent + timedelta(days=10),
                                             outcome=outcome or None)
    services.referrals.expire_overdue(today)
