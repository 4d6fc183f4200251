"""Demo co-construction work: diagnoses, options, plans, jalons, conclusions and contacts
between sessions, for the demo people (see ``cep_desk.demo``).

Pure and seeded like the rest of the demo: for one person and their sessions it
returns, session by session, the diagnosis version made (if any), the options
and the plan as they stood after the session, and the conclusion — built with
the domain's own functions (due dates from the person's estimate, jalons in
step with actions, ``compose`` for the conclusion text), so the tests can check
every session against the domain rules *on the day it took place*.

Stories follow the person's contact reason (career change, promotion, business
creation, job search, VAE, training, stepping back); N2 people get the full
plan, N1 people (a shorter reception) a lighter one.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from decimal import Decimal

from cep_desk.domain import plan as p
from cep_desk.domain.conclusion import ConclusionDraft, FollowUp, compose, outcome_of
from cep_desk.domain.contact_log import ContactLogDraft
from cep_desk.domain.diagnosis import Assessment, AutonomyEntry, Diagnosis, ObstacleItem, next_version
from cep_desk.domain.exploration import PROPOSED, REJECTED, VALIDATED, ExplorationOption


@dataclass
class SessionWork:
    """What one session produced."""

    diagnosis: Diagnosis | None            # the new version made in this session, None when unchanged
    options: list[ExplorationOption]       # every option after the session
    plan: p.Plan                           # the plan after the session
    conclusion: ConclusionDraft


@dataclass
class PersonWork:
    sessions: list[SessionWork] = field(default_factory=list)   # aligned with the person's sessions
    contacts: list[ContactLogDraft] = field(default_factory=list)


@dataclass(frozen=True)
class Step:
    """One action of a story: (objective index, label, type, who, estimate, unit, partner, lever, plan B)."""

    objective: int
    label: str
    type: str
    who: str
    estimate: int
    unit: str
    partner: str = ""
    lever: str | None = None
    plan_b: str = ""


@dataclass(frozen=True)
class Story:
    requests: tuple[str, ...]
    needs: tuple[str, ...]
    project: str
    options: tuple[tuple[str, str, str, str], ...]     # label, want, can, market
    rejections: tuple[str, ...]
    objectives: tuple[tuple[str, str], ...]            # thématique, label
    steps: tuple[Step, ...]


S = Step
STORIES: dict[str, Story] = {
    "reconversion": Story(
        requests=("Je n'en peux plus de mon poste, je veux faire un métier qui a du sens.",
                  "Je voudrais changer de métier mais je ne sais pas par où commencer.",
                  "On m'a parlé d'une reconversion financée, je veux savoir si c'est possible pour moi.",
                  "Mon dos ne tiendra pas dix ans de plus, il faut que je change de métier."),
        needs=("Sécuriser une reconversion sans perdre ses revenus pendant la formation.",
               "Vérifier que le métier visé correspond à ses attentes avant de s'engager.",
               "Reprendre confiance en ses capacités d'apprendre."),
        project="Devenir {job}",
        options=(("{job}", "Un métier utile, au contact des gens.", "Expérience du public, sens du service.",
                  "Le métier recrute dans le département."),
                 ("Formation courte d'adaptation dans son secteur actuel", "Rester dans un cadre connu.",
                  "Connaît déjà l'entreprise et ses outils.", "Peu de postes ouverts localement."),
                 ("Reprise d'études longue (diplôme de niveau 5)", "Un niveau de qualification plus élevé.",
                  "Motivée mais peu disponible.", "Débouchés réels mais à 1 h de route.")),
        rejections=("formation trop longue pour sa situation familiale", "trop loin de chez elle",
                    "ne répond pas à son envie de changer"),
        objectives=(("choisir-un-metier--confirmer-son-choix-de-metier", "Vérifier que le métier me correspond"),
                    ("se-former--trouver-sa-formation", "Trouver la formation adaptée"),
                    ("se-former--monter-son-dossier-de-formation", "Financer la formation")),
        steps=(S(0, "Rencontrer un professionnel du métier (enquête métier)", "enquete_metier", "personne", 3,
                 "semaines"),
               S(0, "Faire une immersion de deux semaines (PMSMP)", "immersion", "partenaire", 1, "mois",
                 "France Travail Millau"),
               S(1, "Comparer trois organismes de formation proches du domicile", "choisir_formation",
                 "personne_conseiller", 3, "semaines"),
               S(1, "S'inscrire à la réunion d'information et aux tests de sélection", "contacter_organisme",
                 "personne", 1, "mois", plan_b="Si la session est complète : session de printemps."),
               S(2, "Monter le dossier de projet de transition professionnelle", "dossier_financement",
                 "personne_conseiller", 6, "semaines", "Transitions Pro Occitanie", "ptp",
                 "Si le PTP est refusé : CPF complété par la Région."),
               S(2, "Demander le devis de formation", "contacter_organisme", "personne", 2, "semaines"),
               S(1, "Mettre à jour le CV pour le dossier de sélection", "cv_lettre", "personne", 2, "semaines"))),
    "evolution": Story(
        requests=("Je veux évoluer dans mon entreprise, passer chef d'équipe.",
                  "Mon entretien professionnel approche, je veux arriver avec un projet.",
                  "Je fais le travail d'un technicien sans en avoir le titre."),
        needs=("Faire reconnaître des compétences déjà exercées.", "Préparer une demande construite à l'employeur."),
        project="Évoluer vers le poste : {job}",
        options=(("{job}, dans l'entreprise actuelle", "Évoluer sans repartir de zéro.",
                  "Connaît l'équipe et le métier.", "Un poste se libère l'an prochain."),
                 ("Candidater dans une autre entreprise", "Plus de responsabilités tout de suite.",
                  "Expérience solide.", "Offres rares dans le secteur."),
                 ("Rester sur le poste actuel avec une formation courte", "Sécurité.", "Facile à organiser.",
                  "Peu de gain de salaire.")),
        rejections=("pas prête à quitter l'entreprise", "n'apporte pas l'évolution recherchée"),
        objectives=(("choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
                     "Faire le point sur mes compétences"),
                    ("trouver-un-emploi--maintien-dans-lemploi", "Préparer l'évolution avec mon employeur")),
        steps=(S(0, "Lister les tâches exercées et les compétences associées", "recherche_information",
                 "personne", 2, "semaines"),
               S(1, "Préparer l'entretien professionnel avec son responsable", "preparer_entretien",
                 "personne_conseiller", 3, "semaines"),
               S(1, "Demander une formation au titre du plan de développement des compétences",
                 "dossier_financement", "personne", 1, "mois", "Service RH de l'entreprise", "plan_developpement",
                 "Sinon : utiliser le CPF, avec l'accord de l'employeur pour le temps de travail."),
               S(0, "Participer à l'atelier « compétences transférables »", "atelier", "personne", 3, "semaines"))),
    "creation": Story(
        requests=("Je veux me mettre à mon compte.", "J'ai une idée d'activité, je veux savoir si elle est viable."),
        needs=("Vérifier la viabilité du projet avant de quitter son emploi.",),
        project="Créer son activité : {job}",
        options=(("Micro-entreprise : {job}", "Être indépendant.", "Savoir-faire reconnu.",
                  "Clientèle locale à vérifier."),
                 ("Pluriactivité : salarié à temps partiel et activité indépendante", "Garder un revenu sûr.",
                  "Compatible avec son contrat.", "Permet de tester le marché."),
                 ("Reprise d'une entreprise existante", "Démarrer avec une clientèle.",
                  "Apport personnel limité.", "Quelques cessions en cours dans le département.")),
        rejections=("apport financier insuffisant", "risque jugé trop élevé par la personne"),
        objectives=(("creer-une-entreprise--definir-son-projet-de-creation-dentreprise", "Définir mon projet"),
                    ("creer-une-entreprise--structurer-son-projet-de-creation-dentreprise",
                     "Structurer le projet (étude de marché, financement)")),
        steps=(S(0, "Rencontrer deux artisans installés (enquête métier)", "enquete_metier", "personne", 1, "mois"),
               S(1, "Participer à la réunion d'information création", "atelier", "partenaire", 3, "semaines",
                 "BGE Aveyron"),
               S(1, "Faire l'étude de marché avec le conseiller création", "recherche_information", "partenaire",
                 2, "mois", "Chambre de métiers de l'Aveyron"),
               S(1, "Préparer le prévisionnel financier", "autre", "personne_conseiller", 6, "semaines",
                 plan_b="Si le prévisionnel ne tient pas : pluriactivité la première année."))),
    "emploi": Story(
        requests=("Je cherche du travail depuis des mois, je ne sais plus quoi faire.",
                  "Mon contrat se termine, je veux retrouver un emploi rapidement."),
        needs=("Cibler les candidatures et reprendre confiance pour les entretiens.",),
        project="Retrouver un poste : {job}",
        options=(("{job}, en CDI", "Stabilité.", "Expérience de plusieurs années.",
                  "Offres régulières à Rodez et Millau."),
                 ("Missions d'intérim dans le même métier", "Reprendre vite.", "Disponible immédiatement.",
                  "Agences actives localement."),
                 ("Changer de secteur", "Découvrir autre chose.", "Compétences transférables.",
                  "Demande une formation.")),
        rejections=("veut d'abord retrouver un emploi dans son métier",),
        objectives=(("preparer-sa-candidature--realiser-un-cv-et-ou-une-lettre-de-motivation", "Refaire mon CV"),
                    ("trouver-un-emploi--repondre-a-des-offres-demploi", "Candidater de façon ciblée"),
                    ("trouver-un-emploi--convaincre-un-recruteur-en-entretien", "Réussir mes entretiens")),
        steps=(S(0, "Refaire le CV et une lettre type", "cv_lettre", "personne_conseiller", 2, "semaines"),
               S(1, "Répondre à cinq offres ciblées", "autre", "personne", 1, "mois"),
               S(1, "Créer son espace candidat et activer les alertes d'offres", "comptes_en_ligne", "personne", 1,
                 "semaines"),
               S(2, "Préparer un entretien d'embauche (simulation)", "preparer_entretien", "personne_conseiller", 3,
                 "semaines"))),
    "vae": Story(
        requests=("J'ai quinze ans d'expérience mais aucun diplôme.", "Je veux faire valider mon expérience."),
        needs=("Obtenir un titre reconnu pour sécuriser son parcours.",),
        project="Obtenir par la VAE le titre : {job}",
        options=(("VAE : {job}", "Un diplôme sans retourner en formation.",
                  "Expérience directe sur le métier.", "Titre demandé par les employeurs."),
                 ("Formation qualifiante complète", "Apprendre ce qui manque.", "Peu de temps disponible.",
                  "Mêmes débouchés."),),
        rejections=("trop long avec son emploi actuel",),
        objectives=(("choisir-un-metier--identifier-ses-points-forts-et-ses-competences",
                     "Faire reconnaître mon expérience"),
                    ("se-former--monter-son-dossier-de-formation", "Financer l'accompagnement VAE")),
        steps=(S(0, "Vérifier la recevabilité (expérience d'au moins un an sur le métier)", "vae",
                 "personne_conseiller", 2, "semaines"),
               S(0, "Rassembler les justificatifs d'expérience", "demarche_administrative", "personne", 1, "mois"),
               S(1, "Demander le financement de l'accompagnement VAE", "dossier_financement", "personne", 1, "mois",
                 "", "vae"),
               S(0, "Rédiger le livret 2 avec l'accompagnateur VAE", "vae", "partenaire", 4, "mois",
                 "GRETA Midi-Pyrénées Nord"))),
    "formation": Story(
        requests=("Je veux me former, mais je ne sais pas comment le financer.",
                  "J'ai des droits CPF, je ne sais pas quoi en faire."),
        needs=("Choisir une formation utile au projet et la financer.",),
        project="Se former au métier : {job}",
        options=(("Formation certifiante : {job}", "Un vrai diplôme.", "Niveau d'entrée atteint.",
                  "Le métier recrute."),
                 ("Formation courte (certificat de compétences)", "Aller vite.", "Compatible avec son emploi.",
                  "Moins reconnue.")),
        rejections=("ne mène pas au métier visé",),
        objectives=(("se-former--trouver-sa-formation", "Trouver la formation"),
                    ("se-former--monter-son-dossier-de-formation", "Monter le financement")),
        steps=(S(0, "Comparer les formations sur Mon Compte Formation", "recherche_information", "personne", 2,
                 "semaines"),
               S(0, "Créer son compte Mon Compte Formation et consulter ses droits", "comptes_en_ligne",
                 "personne_conseiller", 1, "semaines"),
               S(1, "Déposer la demande de financement", "dossier_financement", "personne", 1, "mois", "", "cpf",
                 "Si les droits ne suffisent pas : abondement de la Région."),
               S(0, "Appeler l'organisme pour les dates de session", "contacter_organisme", "personne", 1,
                 "semaines"))),
    "recul": Story(
        requests=("Je ne sais plus où j'en suis dans mon travail.", "J'ai besoin de faire le point."),
        needs=("Prendre du recul, identifier ce qui ne va plus et ce qui compte pour elle.",),
        project="Clarifier ce que je veux pour la suite",
        options=(("Rester dans le métier en changeant d'employeur", "Retrouver une bonne ambiance.",
                  "Expérience reconnue.", "Offres régulières."),
                 ("Découvrir le métier : {job}", "Un métier plus proche de ses valeurs.", "À vérifier.",
                  "Métier en tension."),
                 ("Bilan de compétences", "Y voir clair.", "Disponible le soir.", "—")),
        rejections=("ne se sent pas prête pour un changement maintenant",),
        objectives=(("choisir-un-metier--identifier-ses-points-forts-et-ses-competences", "Faire le point"),
                    ("remobilisation--bien-etre-confiance-en-soi", "Reprendre confiance")),
        steps=(S(0, "Noter ce qui plaît et déplaît dans le travail actuel", "autre", "personne", 2, "semaines"),
               S(0, "Faire un bilan de compétences", "bilan_competences", "partenaire", 3, "mois",
                 "Centre de bilan de compétences – Rodez", "bilan_competences"),
               S(1, "Participer à l'atelier collectif « confiance en soi »", "atelier", "personne", 1, "mois"))),
}
STORY_OF_REASON = {
    "projet.reconversion": "reconversion", "projet.autre": "reconversion", "projet.pluriactivite": "creation",
    "projet.demissionnaire": "reconversion", "projet.evoluer": "evolution", "entretien_pro": "evolution",
    "projet.creation": "creation", "emploi": "emploi", "competences.valoriser": "vae",
    "competences.acquerir": "formation", "information.dispositifs": "formation", "information.emplois": "recul",
    "information.operateurs": "formation", "recul": "recul", "autre": "recul",
}

# (theme, situation, person's view, counsellor's view, status at first, status later, person's view later)
OBSTACLES = (
    ("mobilite", "mobilite.permis_en_cours", "Je passe le code en janvier.", "Code déjà échoué une fois.",
     "besoin", "point_appui", "Code obtenu, je commence la conduite."),
    ("mobilite", "mobilite.transports_commun", "Le bus passe deux fois par jour.",
     "Territoire mal desservi : limite les horaires possibles.", "besoin", "besoin",
     "Covoiturage trouvé avec une collègue deux jours sur cinq."),
    ("mobilite", "mobilite.vehicule", "J'ai ma voiture, je peux faire 40 km.", "", "point_appui", "point_appui",
     ""),
    ("contraintes_familiales", "contraintes_familiales.enfant_moins_3_ans",
     "Pas de place en crèche avant septembre.", "Conditionne la date d'entrée en formation.", "besoin",
     "point_appui", "Place en crèche obtenue pour la rentrée."),
    ("contraintes_familiales", "contraintes_familiales.aidant_familial",
     "Je m'occupe de ma mère deux après-midi par semaine.", "Charge d'aidant sous-estimée.", "besoin", "besoin",
     "Relais trouvé avec mon frère le mercredi."),
    ("contraintes_familiales", "contraintes_familiales.contrainte_horaires", "Je dois être rentrée pour 17 h.",
     "", "besoin", "besoin", ""),
    ("difficulte_financiere", "difficulte_financiere.perte_revenu_formation",
     "Je ne peux pas arrêter de travailler sans salaire.", "Le PTP permettrait de garder la rémunération.",
     "besoin", "point_appui", "Avec le PTP mon salaire est maintenu, ça me rassure."),
    ("numerique", "numerique.demarches_en_ligne", "Je me perds sur les sites administratifs.",
     "A réussi à se connecter avec un peu d'aide.", "besoin", "point_appui",
     "J'ai fait ma demande en ligne toute seule."),
    ("numerique", "numerique.absence_equipement", "Je n'ai que mon téléphone.", "", "besoin", "besoin",
     "Ordinateur prêté par la médiathèque."),
    ("sante", "sante.metiers_entraves", "Mon dos ne supporte plus le port de charges.",
     "Avis du médecin du travail à demander.", "besoin", "besoin", "Le médecin du travail confirme les restrictions."),
    ("sante", "sante.dossier_mdph", "J'ai demandé la RQTH en septembre.", "", "besoin", "point_appui",
     "RQTH obtenue."),
    ("formation", "formation.formation_ancienne", "Je n'ai pas fait d'études depuis le CAP.",
     "Bonne capacité d'apprentissage observée.", "besoin", "point_appui", "La remise à niveau s'est bien passée."),
    ("formation", "formation.apprehension_formation", "Retourner à l'école, ça me fait peur.", "", "besoin",
     "point_appui", "Après l'immersion, j'ai moins peur."),
    ("logement", "logement.rural_isole", "J'habite à 30 km de la ville.", "", "besoin", "besoin", ""),
    ("maitrise_langue", "maitrise_langue.ecrit", "À l'écrit je fais beaucoup de fautes.",
     "Écrit fonctionnel ; un atelier CV suffirait.", "besoin", "point_appui", ""),
    ("emploi", "emploi.usure_professionnelle", "Je suis épuisée, je n'ai plus envie d'y aller.",
     "Signes d'épuisement : orienter vers le médecin si besoin.", "besoin", "besoin",
     "Ça va mieux depuis que j'ai un projet."),
    ("emploi", "emploi.fin_contrat", "Mon contrat s'arrête en mars.", "", "besoin", "besoin", ""),
)
AUTONOMY = {
    "numerique": (("autonome", "A créé seule son compte Mon Compte Formation."),
                  ("avec_appui", "Se connecte à son espace, bloque sur l'envoi des pièces jointes."),
                  ("besoin_accompagnement", "Démarches en ligne faites jusqu'ici par un proche.")),
    "francais": (("autonome", "Comprend les documents remis et reformule sans difficulté."),
                 ("avec_appui", "Comprend l'oral ; lecture lente des courriers administratifs.")),
    "ecrit": (("autonome", "A écrit seul un courriel clair au centre de formation."),
              ("avec_appui", "Lettre de motivation écrite, relue ensemble."),
              ("besoin_accompagnement", "A du mal à formuler sa demande par écrit.")),
    "contacter_organismes": (("autonome", "A appelé lui-même l'organisme pour les dates de sélection."),
                             ("avec_appui", "Préfère que le premier appel soit passé ensemble.")),
    "confiance_en_soi": (("avec_appui", "Doute de sa capacité à reprendre une formation."),
                         ("autonome", "Parle de son projet avec assurance."),
                         ("besoin_accompagnement", "Se dévalorise beaucoup en parlant de son parcours.")),
}
COMPETENCES_PERSON = ("Accueil du public", "Travail en équipe", "Rigueur", "Gestion des stocks", "Écoute",
                      "Organisation du travail", "Polyvalence", "Encadrement d'une petite équipe",
                      "Relation client", "Respect des règles d'hygiène", "Conduite d'engins", "Caisse et vente")
COMPETENCES_COUNSELLOR = ("Sens de l'organisation", "Capacité d'adaptation", "Persévérance",
                          "Aisance relationnelle", "Esprit d'initiative", "Capacité d'analyse")
MOTIVATION = ("A déjà rencontré deux professionnels par elle-même.", "A fait toutes les démarches prévues.",
              "S'est renseignée sur les formations avant le rendez-vous.",
              "A pris des congés pour faire l'immersion.", "Démarches reportées plusieurs fois : à suivre.")
REALISM_COMMENTS = {"realiste": "Le métier recrute dans le département.",
                    "realisable": "Financement et garde d'enfant à confirmer.",
                    "reflechi": "A mesuré l'impact sur ses horaires et son salaire."}
FUNDERS = {"ptp": "Transitions Pro Occitanie", "cpf": "Caisse des dépôts (Mon Compte Formation)",
           "plan_developpement": "Employeur / OPCO", "vae": "France VAE", "bilan_competences": "CPF",
           "aif": "France Travail", "region": "Région Occitanie"}
REFUSALS = ("Dossier incomplet : devis non signé.", "Enveloppe annuelle épuisée.",
            "Caractère réel et sérieux du projet non établi.", "Formation non éligible.")
CONTACT_NOTES = {
    "appel": ("Point sur l'avancée du dossier.", "Rappel du rendez-vous de la semaine prochaine.",
              "A obtenu la date de l'immersion.", "Question sur le devis de formation."),
    "courriel": ("Envoi de la liste des organismes de formation.", "Transmission du devis reçu.",
                 "Envoi du compte rendu de l'entretien.", "Relance pour les justificatifs."),
    "courrier": ("Envoi du document de synthèse signé.", "Courrier d'attestation de suivi."),
    "sms": ("Confirmation du rendez-vous.", "Rappel : réunion d'information demain."),
}
CONTACT_PRIVATE = ("Évoque des tensions à la maison, sans vouloir que ce soit noté ailleurs.",
                   "Appel très émouvant, a besoin de temps.")
DONE_LIKE = (p.DONE, p.DONE, p.DONE, p.IN_PROGRESS, p.DROPPED, p.ON_HOLD)
SUMMARIES = ("Nous avons fait le point ensemble sur l'avancée des démarches.",
             "Nous avons relu le plan d'action : il reste d'actualité.",
             "Nous avons parlé de vos disponibilités pour les prochaines étapes.",
             "Nous avons repris ce qui vous plaît et ce qui vous pèse dans votre travail actuel.",
             "Nous avons regardé ensemble les offres d'emploi du secteur.",
             "Nous avons préparé les questions à poser au centre de formation.")


def _end(day_at: datetime, minutes: int) -> datetime:
    return day_at + timedelta(minutes=minutes)


class WorkGenerator:
    def __init__(self, rng: random.Random, today: date):
        self.rng = rng
        self.today = today

    def person(self, level: str, reasons: list[str], job: str, sessions: list[datetime],
               durations: list[int], open_file: bool) -> PersonWork:
        rng = self.rng
        story = STORIES[STORY_OF_REASON.get(reasons[0] if reasons else "recul", "recul")]
        rich = level == "N2"
        job = job or "conseiller·ère de vente"
        # N1 (individual reception: information, referral) gets a first diagnosis and a conclusion at
        # each session, no plan — which also keeps the 10,000-person benchmark store quick to build.
        steps = list(story.steps) if rich else []
        n_options = len(story.options) if rich else 0
        obstacles = rng.sample(OBSTACLES, rng.randint(2, 4) if rich else rng.randint(0, 2))
        work = PersonWork()
        diagnosis: Diagnosis | None = None
        options: list[ExplorationOption] = []
        plan = p.Plan()
        next_step = 0
        for k, at in enumerate(sessions):
            day = at.date()
            before_options, before_plan = [replace(o) for o in options], plan
            # -- the diagnosis: a first version, then revised about two sessions in three
            new_diag = None
            if diagnosis is None:
                new_diag = self._first_diagnosis(story, job, obstacles, rich)
            elif rich and rng.random() < 0.65:
                new_diag = self._revise(diagnosis, k, len(sessions))
            if new_diag is not None:
                diagnosis = new_diag
            # -- options: written down in the first sessions, then validated or set aside
            options = [replace(o) for o in options]
            if k == 0:
                options = [ExplorationOption(lbl.format(job=job), want=w, can=c, market=m_)
                           for lbl, w, c, m_ in story.options[:n_options]]
            elif options:
                self._decide(options, story, k)
            # -- the plan: mark earlier actions with the person, add the next steps
            if rich and not plan.objectives:
                plan = p.Plan([p.Objective(t, lbl) for t, lbl in story.objectives])
            marks = {a.id: rng.choice(DONE_LIKE) for a in plan.actions
                     if a.is_open and a.due_date is not None and a.due_date <= day}
            plan = p.mark(plan, marks)
            for a in plan.actions:   # late and still open: the person gives a new estimate
                if a.is_open and a.due_date is not None and a.due_date < day:
                    a.estimate_value, a.estimate_unit = rng.randint(1, 3), "semaines"
                    a.due_date = p.due_date_from_estimate(day, a.estimate_value, a.estimate_unit)
            plan = self._fund(plan, day)
            take = 0 if next_step >= len(steps) else (rng.randint(2, 3) if k == 0 else rng.randint(1, 2))
            for step in steps[next_step:next_step + take]:
                plan.actions.append(self._action(step, plan, day))
            next_step += take
            plan = p.with_action_milestones(plan)
            # -- the conclusion
            nxt = sessions[k + 1] if k + 1 < len(sessions) else None
            follow = FollowUp()
            if nxt is None:
                if open_file:
                    nxt = datetime.combine(day + timedelta(days=rng.choice((14, 21, 28, 35))),
                                           time(rng.choice((9, 10, 14, 16))))
                else:
                    follow = FollowUp(come_back=False)
            elif rng.random() < 0.2:
                follow = FollowUp(come_back=True, when=nxt.date(), purpose="faire le point sur les démarches")
            outcome = outcome_of(day, before_options, options, before_plan.actions, plan.actions, nxt, follow)
            text = compose(outcome)
            if not (outcome.done or outcome.validated or outcome.rejected or outcome.agreed):
                title, _, rest = text.partition("\n")
                text = "\n".join(x for x in (title, rng.choice(SUMMARIES), rest) if x)
            conclusion = ConclusionDraft(text, nxt, follow)
            work.sessions.append(SessionWork(new_diag, [replace(o) for o in options], plan, conclusion))
            # -- contacts until the next session
            if rich and k + 1 < len(sessions):
                work.contacts += self._contacts(_end(at, durations[k]), sessions[k + 1])
        return work

    # -- parts -----------------------------------------------------------------------------------
    def _first_diagnosis(self, story: Story, job: str, obstacles, rich: bool) -> Diagnosis:  # type: ignore[no-untyped-def]
        rng = self.rng
        d = Diagnosis(
            request_words=rng.choice(story.requests), need=rng.choice(story.needs),
            request_matches_need=rng.choice(("oui", "en_partie", "a_explorer")),
            project_state=rng.choice(("aucun", "idee", "idee")), project=story.project.format(job=job),
            competences_person=rng.sample(COMPETENCES_PERSON, rng.randint(2, 4)),
            competences_counsellor=rng.sample(COMPETENCES_COUNSELLOR, rng.randint(1, 2)) if rich else [],
            obstacles=[ObstacleItem(theme, sit, pv, cv if rich else "", None, first)
                       for theme, sit, pv, cv, first, _later, _pv2 in obstacles],
        )
        if d.project_state == "aucun":
            d.project = ""
        if rich:
            d.realism = [Assessment(c, "a_explorer") for c in ("realiste", "realisable", "reflechi")]
            d.maturity = [Assessment("metier_ou_poste", rng.choice(("oui", "en_partie"))),
                          Assessment("rencontre_professionnels", "non")]
            areas = rng.sample(sorted(AUTONOMY), rng.randint(2, 4))
            d.autonomy = [AutonomyEntry(a, *rng.choice(AUTONOMY[a])) for a in areas]
        return d

    def _revise(self, previous: Diagnosis, k: int, total: int) -> Diagnosis:
        rng = self.rng
        d = next_version(previous)
        if d.project_state != "defini" and (k >= total // 2 or rng.random() < 0.5):
            d.project_state = "defini" if d.project_state == "idee" else "idee"
        for a in d.realism:
            a.value = rng.choice(("oui", "en_partie")) if k > 1 else "en_partie"
            a.comment = REALISM_COMMENTS[a.code]
        answered = {a.code for a in d.maturity}
        for q in ("rencontre_professionnels", "prerequis_verifies", "pret_investir_temps", "lien_competences"):
            if q not in answered and rng.random() < 0.5:
                d.maturity.append(Assessment(q, rng.choice(("oui", "en_partie"))))
        for a in d.maturity:
            if a.code == "rencontre_professionnels" and k > 1:
                a.value = "oui"
        for o in d.obstacles:
            spec = next(x for x in OBSTACLES if x[1] == o.situation)
            if rng.random() < 0.5:
                o.status = spec[5]
                if spec[6]:
                    o.person_view = spec[6]
            if o.agreed is None and rng.random() < 0.6:
                o.agreed = True     # every demo item has the person's view, so agreeing is allowed
        extra = [c for c in COMPETENCES_PERSON if c not in d.competences_person]
        if extra and rng.random() < 0.4:
            d.competences_person.append(rng.choice(extra))
        d.motivation = rng.choice(MOTIVATION)
        return d

    def _decide(self, options: list[ExplorationOption], story: Story, k: int) -> None:
        rng = self.rng
        open_ = [o for o in options if o.state == PROPOSED]
        if not open_ or rng.random() < 0.3:
            return
        if not any(o.state == VALIDATED for o in options):
            open_[0].state, open_[0].reason = VALIDATED, ""
            open_ = open_[1:]
        if open_:
            o = rng.choice(open_)
            o.state, o.reason = REJECTED, rng.choice(story.rejections)

    def _action(self, step: Step, plan: p.Plan, day: date) -> p.PlanAction:
        rng = self.rng
        objective = plan.objectives[min(step.objective, len(plan.objectives) - 1)]
        estimate = max(1, step.estimate + rng.choice((-1, 0, 0, 1)))
        action = p.PlanAction(
            step.label, step.type, step.who, objective.id, estimate, step.unit,
            p.due_date_from_estimate(day, estimate, step.unit), step.partner, p.PLANNED, step.plan_b,
        )
        if step.who == "partenaire" and not action.partner:
            action.partner = "Partenaire local"
        if step.lever:
            quote = Decimal(rng.randrange(120_000, 980_000, 500)) / 100 if step.lever not in ("vae",) else None
            action.funding.append(p.FundingFile(step.lever, FUNDERS.get(step.lever, ""), quote))
        return action

    def _fund(self, plan: p.Plan, day: date) -> p.Plan:
        """Funding files move on: submitted, then decided once the expected date has passed."""
        rng = self.rng
        for a in plan.actions:
            for ff in a.funding:
                if ff.submitted_on is None and a.status in (p.DONE, p.IN_PROGRESS, p.ON_HOLD):
                    ff.submitted_on = day - timedelta(days=rng.randint(0, 6))
                    ff.decision_expected_on = ff.submitted_on + timedelta(days=rng.randint(30, 40))
                    plan.milestones.append(p.Milestone(ff.decision_expected_on, "Décision attendue du financeur",
                                                       "echeance_financement"))
                elif (ff.decision == p.PENDING and ff.decision_expected_on is not None
                      and ff.decision_expected_on <= day):
                    ff.decided_on = ff.decision_expected_on
                    if rng.random() < 0.75:
                        ff.decision = p.GRANTED
                        plan.milestones.append(p.Milestone(day + timedelta(days=rng.randint(20, 90)),
                                                           "Entrée en formation", "entree_formation"))
                    else:
                        ff.decision, ff.refusal_reason = p.REFUSED, rng.choice(REFUSALS)
        return plan

    def _contacts(self, start: datetime, end: datetime) -> list[ContactLogDraft]:
        rng = self.rng
        out = []
        span = (end - start).total_seconds()
        if span < 3600 * 24:
            return out
        for _ in range(rng.choice((0, 0, 1, 1, 2, 3))):
            at = start + timedelta(seconds=rng.uniform(3600, span - 3600))
            at = at.replace(hour=rng.randint(9, 17), minute=rng.choice((0, 10, 20, 30, 40, 50)), second=0,
                            microsecond=0)
            if not (start < at < end) or at.date() >= self.today:
                continue
            kind = rng.choices(("appel", "courriel", "sms", "courrier"), weights=(50, 35, 10, 5))[0]
            private = rng.choice(CONTACT_PRIVATE) if rng.random() < 0.05 else ""
            out.append(ContactLogDraft(kind, at, rng.choice((None, 5, 10, 15, 20)), rng.choice(CONTACT_NOTES[kind]),
                                       private))
        return sorted(out, key=lambda c: c.at)
