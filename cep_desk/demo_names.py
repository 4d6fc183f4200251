"""Word lists for the demo caseload: names, streets, jobs and note sentences.

Kept apart from ``cep_desk.demo`` so the generator stays readable. Names mix
the families common in Occitanie (Occitan, Spanish, Portuguese, Maghrebi…)
and include characters that break careless code (Ł, ễ, ï, Ó, ç, apostrophes,
spaces, hyphens). All people built from them are fictional.
"""

from __future__ import annotations

# name group -> (weight, female first names, male first names, last names)
NAME_GROUPS: dict[str, tuple[float, tuple[str, ...], tuple[str, ...], tuple[str, ...]]] = {
    "fr": (
        70.0,
        ("Marie", "Nathalie", "Isabelle", "Sandrine", "Céline", "Julie", "Camille", "Léa", "Manon", "Chloé",
         "Émilie", "Aurélie", "Stéphanie", "Sophie", "Laetitia", "Virginie", "Audrey", "Mélanie", "Sarah",
         "Pauline", "Anaïs", "Élodie", "Christelle", "Valérie", "Sylvie", "Karine", "Nadège", "Océane",
         "Maëlle", "Gaëlle", "Noémie", "Marie-Hélène", "Anne-Sophie", "Hélène", "Cécile", "Agnès", "Françoise",
         "Corinne", "Delphine", "Justine", "Margaux", "Charlotte", "Coralie", "Fanny", "Amandine", "Zoë",
         "Ségolène", "Lucie", "Marion", "Elsa", "Laurence", "Béatrice", "Patricia", "Morgane"),
        ("Thomas", "Nicolas", "Julien", "Sébastien", "Christophe", "Stéphane", "Jérôme", "David", "Frédéric",
         "Laurent", "Mathieu", "Romain", "Kévin", "Maxime", "Alexandre", "Guillaume", "Anthony", "Benoît",
         "François", "Jean-Pierre", "Jean-Luc", "Pierre-Yves", "Loïc", "Joël", "Cédric", "Damien", "Florian",
         "Hugo", "Lucas", "Théo", "Enzo", "Baptiste", "Quentin", "Jordan", "Bruno", "Philippe", "Pascal",
         "Olivier", "Fabrice", "Gilles", "Hervé", "Thierry", "Vincent", "Adrien", "Rémi", "Aurélien"),
        ("Martin", "Bernard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel", "Lefèvre", "Roux",
         "Fournier", "Girard", "Bonnet", "Rousseau", "Blanc", "Guérin", "Muller", "Faure", "André", "Mercier",
         "Vidal", "Fabre", "Bousquet", "Cros", "Carrière", "Delmas", "Vialaret", "Séguret", "Alric", "Bru",
         "Costes", "Marty", "Puech", "Rouquette", "Soulié", "Cabrol", "Calmels", "Fraysse", "Lacombe", "Mazars",
         "Pradel", "Rigal", "Vergnes", "Bouissou", "Bastide", "Boyer", "Cayrou", "Enjalbert", "Fabié",
         "Gaubert", "Issaly", "Lagarrigue", "Malet", "Nespoulous", "Pagès", "Ramond", "Trémolières", "Valette",
         "Couderc", "Bessière", "Galtier", "Vernhes", "Molinier", "Arnal", "Lacan", "Sabatier", "Teyssèdre",
         "Dupuy", "Castan", "Miquel", "Salvan", "Rouvière", "Maurel", "Jourdan", "De Lacroix", "Saint-Martin",
         "Lafon-Puech", "Dufour", "Fontaine", "Chevalier", "Gauthier", "Perrin", "Roche", "Clément"),
    ),
    "es": (
        8.0,
        ("Carmen", "María", "Ana", "Lucía", "Rosa", "Pilar", "Inés", "Elena", "Dolores", "Nuria"),
        ("José", "Manuel", "Antonio", "Francisco", "Javier", "Carlos", "Miguel", "Alejandro", "Raúl", "Andrés"),
        ("Garcia", "Martinez", "Lopez", "Sanchez", "Fernandez", "Perez", "Gonzalez", "Rodriguez", "Hernandez",
         "Gomez", "Ruiz", "Navarro", "Moreno", "Jiménez", "Muñoz", "Ortega", "Castillo", "Serrano", "Ibáñez"),
    ),
    "pt": (
        6.0,
        ("Ana", "Maria", "Inês", "Sónia", "Cátia", "Joana", "Fátima", "Conceição", "Sandra", "Patrícia"),
        ("João", "José", "Paulo", "Rui", "Nuno", "Tiago", "Luís", "Sérgio", "Vítor", "Fernando"),
        ("Da Silva", "Dos Santos", "Ferreira", "Pereira", "Rodrigues", "Oliveira", "Gonçalves", "Teixeira",
         "Carvalho", "Alves", "Pinto", "Sousa", "Lopes", "Fernandes", "De Almeida", "Monteiro", "Ribeiro"),
    ),
    "mg": (
        11.0,
        ("Fatima", "Yasmina", "Nadia", "Samira", "Leïla", "Amina", "Khadija", "Malika", "Sonia", "Naïma",
         "Souad", "Rachida", "Inès", "Sabrina", "Meriem", "Hanane", "Imane", "Salma"),
        ("Mohamed", "Karim", "Youssef", "Mehdi", "Rachid", "Sofiane", "Nabil", "Bilal", "Samir", "Hakim",
         "Farid", "Mourad", "Abdelkader", "Yassine", "Ilyes", "Saïd", "Hamza", "Walid"),
        ("Benali", "Ben Saïd", "Haddad", "Bouzid", "Mansouri", "Belkacem", "Amrani", "El Idrissi", "Chaouch",
         "Benmoussa", "Boukhalfa", "Zerrouki", "Aït Ahmed", "Hamidi", "Brahimi", "Saïdi", "Mebarki", "Ouali",
         "Benyahia", "El Amrani", "Lahlou", "Cherif", "Djebbar", "Kaci"),
    ),
    # Smaller communities, each kept coherent (no Polish first name on a Vietnamese family name).
    "vn": (1.0, ("Thị Lan", "Ngọc Anh", "Thanh Hương", "Mai"), ("Minh", "Đức", "Quang", "Tuấn"),
           ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng")),
    "wa": (1.2, ("Aïssata", "Fatoumata", "Aminata", "Mariam", "Kadiatou"),
           ("Mamadou", "Ousmane", "Moussa", "Abdoulaye", "Seydou"),
           ("Diallo", "Traoré", "N'Diaye", "Keïta", "Coulibaly", "Sow", "Konaté")),
    "pl": (0.8, ("Agnieszka", "Katarzyna", "Małgorzata", "Anna"), ("Łukasz", "Piotr", "Tomasz", "Paweł"),
           ("Kowalczyk", "Wójcik", "Nowak", "Mazur", "Łuczak")),
    "ro": (0.6, ("Ioana", "Elena", "Andreea", "Mihaela"), ("Andrei", "Bogdan", "Mihai", "Ștefan"),
           ("Popescu", "Dumitrescu", "Ionescu", "Stan", "Constantin")),
    "tr": (0.5, ("Ayşe", "Elif", "Zeynep", "Fatma"), ("Mehmet", "Emre", "Hüseyin", "Mustafa"),
           ("Yılmaz", "Çelik", "Demir", "Kaya", "Öztürk")),
    "de": (0.4, ("Sabine", "Anna", "Katrin", "Ute"), ("Jürgen", "Lukas", "Matthias"),
           ("Müller", "Schäfer", "Weiß", "Köhler")),
    "ie": (0.3, ("Siobhán", "Aoife", "Niamh"), ("Seán", "Ciarán", "Pádraig"), ("Ó Briain", "O'Connor", "Murphy")),
    "ua": (0.2, ("Olena", "Svetlana", "Iryna"), ("Oleksandr", "Dmytro", "Andriy"),
           ("Kovalenko", "Shevchenko", "Bondarenko")),
}

# Letters that Unicode does not decompose into a base letter + accent.
TRANSLITERATE = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "ß": "ss", "đ": "d", "Đ": "D",
                               "ı": "i", "æ": "ae", "Æ": "AE"})

STREET_KINDS = ("rue", "rue", "rue", "avenue", "chemin", "impasse", "place", "route", "allée", "boulevard")
STREET_NAMES = (
    "des Écoles", "de la Mairie", "du Stade", "Jean-Jaurès", "Victor-Hugo", "des Lilas", "du Moulin",
    "de l'Église", "des Vignes", "du Causse", "Paul-Ramadier", "de la Gare", "des Tilleuls", "du Lot",
    "de la République", "des Acacias", "du Foirail", "Pasteur", "Gambetta", "des Cèdres", "du Château",
    "de la Croix-Blanche", "du 19-Mars-1962", "des Jardins", "de l'Aubrac", "du Tarn", "Émile-Zola",
    "des Peupliers", "du Pont-Vieux", "de la Fontaine", "des Roses", "du Vallon", "des Sports",
)
RURAL_PLACES = ("La Borie", "Le Mas", "La Bastide", "Le Puech", "La Croix", "Les Costes", "Le Bouyssou",
                "La Capelle", "Le Mas-Neuf", "Las Planques", "La Garrigue")

# ROME 4.0 appellations (code OGR) people commonly aim for, with a relative weight.
TARGET_JOBS: tuple[tuple[str, float], ...] = (
    ("10891", 9), ("11679", 4), ("19397", 5), ("12896", 3), ("11573", 3), ("12786", 3), ("14597", 4),
    ("14156", 3), ("11453", 5), ("10805", 5), ("10698", 4), ("15545", 3), ("11213", 4), ("15368", 3),
    ("13436", 2), ("10349", 5), ("14813", 2), ("11999", 3), ("13210", 1), ("19841", 2), ("18027", 2),
    ("10567", 3), ("11564", 1), ("15171", 1), ("10372", 3), ("11329", 3), ("13822", 1), ("17619", 2),
    ("11690", 1), ("18161", 2), ("404427", 2), ("38675", 1), ("19456", 2), ("15095", 2), ("17576", 2),
    ("510089", 1), ("14541", 1), ("20560", 2), ("19364", 3), ("11227", 2), ("404419", 2), ("11499", 1),
    ("14723", 1), ("16384", 2), ("15449", 1), ("11780", 2), ("38971", 1), ("489313", 2), ("17993", 4),
    ("16361", 2), ("38795", 2), ("16723", 2), ("10797", 1), ("14635", 3), ("16250", 2), ("17839", 2),
    ("16446", 2), ("13861", 3), ("19430", 2), ("12688", 2), ("15123", 3), ("19870", 2), ("404475", 1),
    ("16069", 2), ("11863", 1), ("14890", 2), ("16740", 2), ("511182", 3), ("15487", 2), ("14779", 2),
    ("20713", 1), ("10927", 2), ("11304", 3), ("11448", 3), ("14586", 2), ("405210", 3), ("11606", 1),
    ("13246", 1), ("16276", 3), ("10571", 3), ("12756", 1), ("489141", 1), ("17821", 1), ("13353", 1),
)

PARTNERS = (
    "Transitions Pro Occitanie", "GRETA Midi-Pyrénées Nord", "Cap emploi 12", "Mission locale du Rouergue",
    "AFPA Rodez", "BGE Aveyron", "France Travail Millau", "Chambre de métiers de l'Aveyron",
    "Centre de bilan de compétences – Rodez", "Lycée professionnel – GRETA Lozère", "PLIE du Grand Rodez",
)

CONSENT_TEXTS = (
    "Présentation du CEP (gratuit, confidentiel, sans prévenir l'employeur). Finalités du dossier, durée de "
    "conservation et droits d'accès, de rectification et d'effacement expliqués. Accord oral de la personne.",
    "Explication du cadre du CEP et de l'enregistrement des données (finalités, destinataires, droits RGPD). "
    "La personne accepte que ses données soient enregistrées.",
    "Lecture commentée de la fiche d'information RGPD remise en main propre ; la personne donne son accord.",
)

SHAREABLE_NOTES = (
    "Souhaite se reconvertir après plusieurs années dans la grande distribution.",
    "Disponible le mardi et le jeudi matin.",
    "Permis B, véhiculée.",
    "Pas de permis : dépend des transports en commun.",
    "A déjà ouvert son compte CPF, environ 1 200 € disponibles.",
    "Travaille en horaires décalés : préfère les rendez-vous en fin de journée.",
    "Intéressée par une formation courte et financée près de chez elle.",
    "Projet de création d'activité à préciser (étude de marché à faire).",
    "Préfère les échanges par téléphone plutôt que par e-mail.",
    "Contrat qui se termine dans trois mois ; veut anticiper la suite.",
    "A besoin d'aide pour les démarches en ligne.",
    "Cherche un poste compatible avec des problèmes de dos.",
    "Envisage une VAE à partir de son expérience.",
)

PRIVATE_NOTES = (
    "Situation familiale difficile, en parle peu.",
    "Évoque un conflit avec sa hiérarchie, à aborder avec prudence.",
    "Fatigue importante, arrêt maladie récent.",
    "Ne souhaite pas que son employeur soit informé de la démarche.",
    "Difficultés financières, orientée vers le CCAS.",
    "Aidant familial pour sa mère, disponibilité limitée.",
    "Séparation en cours, moral fragile.",
    "Parle d'un épuisement professionnel ; proposer un relais médecin du travail si besoin.",
)

SESSION_NOTES = (
    "Présentation du CEP et recueil de la demande.",
    "Point sur le projet ; enquête métier à réaliser auprès d'un professionnel.",
    "Présentation des financements possibles (CPF, PTP, Région).",
    "Travail sur le CV, à finaliser pour le prochain rendez-vous.",
    "Dossier Transitions Pro : devis reçu, dépôt prévu avant la fin du mois.",
    "Retour sur l'immersion (PMSMP) : expérience positive, projet confirmé.",
    "Recherche de formations proches du domicile ; comparaison de trois organismes.",
    "Préparation de l'entretien d'embauche de la semaine prochaine.",
    "Bilan du plan d'action ; prochaine étape fixée avec la personne.",
    "Atelier collectif : connaître ses compétences transférables.",
    "Échange sur les métiers qui recrutent localement.",
    "Conclusion validée avec la personne, document de synthèse remis.",
)

SESSION_PRIVATE_NOTES = (
    "Très émue en évoquant son licenciement.",
    "Semble sous pression de son entourage pour reprendre vite un emploi.",
    "Mentionne des soucis de santé qu'elle ne veut pas voir écrits dans le dossier partagé.",
    "Rendez-vous écourté : enfant malade.",
    "Moins motivé qu'au dernier entretien, à creuser.",
)

PAUSE_COMMENTS = ("Congé maternité.", "Raisons de santé.", "Reprise après l'été.", "Période de travail chargée.",
                  "Déménagement en cours.", "")
SUSPEND_COMMENTS = ("Relais pour le dossier de financement.", "Prise en charge par le partenaire pendant la "
                    "formation.", "Accompagnement spécifique (handicap).", "")
REOPEN_COMMENTS = ("Revient après une fin de contrat.", "Formation abandonnée, souhaite refaire le point.",
                   "Nouveau projet après un changement de poste.", "")
