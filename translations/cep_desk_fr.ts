<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AccompanimentEditor</name>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>Date of first request</source>
        <translation>Date de la première demande</translation>
    </message>
    <message>
        <source>Date of first appointment</source>
        <translation>Date du premier rendez-vous</translation>
    </message>
    <message>
        <source>Delay between first request and first appointment</source>
        <translation>Délai entre la première demande et le premier rendez-vous</translation>
    </message>
    <message>
        <source>Référent (counsellor in charge)</source>
        <translation>Référent&#xa0;: la personne chargée du suivi</translation>
    </message>
    <message>
        <source>Reasons for contact (several possible)</source>
        <translation>Motifs de sollicitation (plusieurs possibles)</translation>
    </message>
    <message>
        <source>Service &amp;level</source>
        <translation>&amp;Niveau de service</translation>
    </message>
    <message>
        <source>First re&amp;quest</source>
        <translation>Première de&amp;mande</translation>
    </message>
    <message>
        <source>First appoint&amp;ment</source>
        <translation>Premier &amp;rendez-vous</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>Ré&amp;férent</source>
        <translation>Ré&amp;férent</translation>
    </message>
    <message>
        <source>Reasons for &amp;contact (several possible)</source>
        <translation>Motifs de &amp;sollicitation (plusieurs possibles)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>{delay} — above the {target}-day target</source>
        <translation>{delay} — au-delà de l’objectif de {target} jours</translation>
    </message>
</context>
<context>
    <name>AccompanimentPanel</name>
    <message>
        <source>Accompa&amp;niment</source>
        <translation>Accompa&amp;gnement</translation>
    </message>
    <message>
        <source>Which accompaniment to show</source>
        <translation>Accompagnement à afficher</translation>
    </message>
    <message>
        <source>Open a &amp;new accompaniment…</source>
        <translation>Ouvrir un &amp;nouvel accompagnement…</translation>
    </message>
    <message>
        <source>Open a new accompaniment</source>
        <translation>Ouvrir un nouvel accompagnement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>&amp;Reprendre…</translation>
    </message>
    <message>
        <source>Resume the accompaniment</source>
        <translation>Reprendre l’accompagnement</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Mettre en pause…</translation>
    </message>
    <message>
        <source>Pause the accompaniment</source>
        <translation>Mettre l’accompagnement en pause</translation>
    </message>
    <message>
        <source>Partner re&amp;lay…</source>
        <translation>Relais &amp;partenaire…</translation>
    </message>
    <message>
        <source>Partner relay: suspend while a partner takes over</source>
        <translation>Relais partenaire&#xa0;: suspendre pendant qu’un partenaire prend le relais</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>&amp;Clore…</translation>
    </message>
    <message>
        <source>Close the accompaniment</source>
        <translation>Clore l’accompagnement</translation>
    </message>
    <message>
        <source>Re-o&amp;pen…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>Re-open the accompaniment</source>
        <translation>Rouvrir l’accompagnement</translation>
    </message>
    <message>
        <source>Level, reasons and dates</source>
        <translation>Niveau, motifs et dates</translation>
    </message>
    <message>
        <source>&amp;Save the accompaniment</source>
        <translation>&amp;Enregistrer l’accompagnement</translation>
    </message>
    <message>
        <source>Save the accompaniment&apos;s level, reasons and dates</source>
        <translation>Enregistrer le niveau, les motifs et les dates de l’accompagnement</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Historique des statuts</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>De → à</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Date de reprise</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Accompaniment {n} — from {date} — {status}</source>
        <translation>Accompagnement {n} — depuis le {date} — {status}</translation>
    </message>
    <message>
        <source>This person has no accompaniment yet: open one to record sessions.</source>
        <translation>Cette personne n’a pas encore d’accompagnement&#xa0;: ouvrez-en un pour enregistrer des entretiens.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>depuis le {date}</translation>
    </message>
    <message>
        <source>return planned on {date}</source>
        <translation>reprise prévue le {date}</translation>
    </message>
    <message>
        <source>relay: {partner}</source>
        <translation>relais&#xa0;: {partner}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>motif&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The accompaniment was saved.</source>
        <translation>L’accompagnement a été enregistré.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Rien n’a été enregistré&#xa0;: corrigez les champs signalés en rouge.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryFileWidget</name>
    <message>
        <source>Parts of the file</source>
        <translation>Parties du dossier</translation>
    </message>
    <message>
        <source>First accompaniment (why the person comes)</source>
        <translation>Premier accompagnement (ce qui amène la personne)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompagnement</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>Enregistrer le dossier (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Enregistrer le dossier</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Fermer le dossier</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;Nouvel entretien…</translation>
    </message>
    <message>
        <source>Record a new session</source>
        <translation>Saisir un nouvel entretien</translation>
    </message>
    <message>
        <source>&amp;Edit the session…</source>
        <translation>&amp;Modifier l’entretien…</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>Modifier l’entretien sélectionné</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date et heure</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Notes partageables</translation>
    </message>
    <message>
        <source>Sessions, newest first (Enter or double-click to edit)</source>
        <translation>Entretiens, du plus récent au plus ancien (Entrée ou double-clic pour modifier)</translation>
    </message>
    <message>
        <source>Shareable notes of the selected session</source>
        <translation>Notes partageables de l’entretien sélectionné</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Save the new person first</source>
        <translation>Enregistrez d’abord la nouvelle personne</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the first accompaniment and the profile, then save (Ctrl+S).</source>
        <translation>Renseignez le premier accompagnement et le profil, puis enregistrez (Ctrl+S).</translation>
    </message>
    <message>
        <source>Service level: {level}</source>
        <translation>Niveau de service&#xa0;: {level}</translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>Sessions recorded: {n}</source>
        <translation>Entretiens enregistrés&#xa0;: {n}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>The profile was saved, but not the accompaniment: see the Accompaniment tab.</source>
        <translation>Le profil a été enregistré, mais pas l’accompagnement&#xa0;: consultez l’onglet Accompagnement.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention (marked in red).</source>
        <translation>
            <numerusform>Rien n’a été enregistré&#xa0;: %n champ est à vérifier (signalé en rouge).</numerusform>
            <numerusform>Rien n’a été enregistré&#xa0;: %n champs sont à vérifier (signalés en rouge).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Save them before closing?</source>
        <translation>Ce dossier contient des modifications non enregistrées. Voulez-vous les enregistrer avant de fermer&#xa0;?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Fermer sans enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Dernier contact</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Entretiens</translation>
    </message>
    <message>
        <source>Target job</source>
        <translation>Métier visé</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status of the person&apos;s current accompaniment</source>
        <translation>Statut de l’accompagnement en cours de la personne</translation>
    </message>
    <message>
        <source>Service level of the current accompaniment</source>
        <translation>Niveau de service de l’accompagnement en cours</translation>
    </message>
    <message>
        <source>Date of the last recorded session</source>
        <translation>Date du dernier entretien enregistré</translation>
    </message>
    <message>
        <source>Number of recorded sessions</source>
        <translation>Nombre d’entretiens enregistrés</translation>
    </message>
    <message>
        <source>Site of the last session</source>
        <translation>Site du dernier entretien</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no store in {path}. Create one with CEP Desk, or a demo store with: cep-desk-cli --data-dir FOLDER demo</source>
        <translation>Aucune base de données dans {path}. Créez-en une avec CEP Desk, ou créez une base de démonstration avec&#xa0;: cep-desk-cli --data-dir DOSSIER demo</translation>
    </message>
    <message>
        <source>{path} already holds the demo store ({people} fictional people).</source>
        <translation>{path} contient déjà la base de démonstration ({people} personnes fictives).</translation>
    </message>
    <message>
        <source>{path} already holds a store that is not the demo store: choose another folder with --data-dir.</source>
        <translation>{path} contient déjà une base de données qui n’est pas la base de démonstration&#xa0;: choisissez un autre dossier avec --data-dir.</translation>
    </message>
    <message>
        <source>Demo store created in {path}: {people} fictional people.</source>
        <translation>Base de démonstration créée dans {path}&#xa0;: {people} personnes fictives.</translation>
    </message>
    <message>
        <source>No person has the id {id} in this store. Find ids with: cep-desk-cli list</source>
        <translation>Aucune personne n’a l’identifiant {id} dans cette base de données. Pour trouver les identifiants&#xa0;: cep-desk-cli list</translation>
    </message>
    <message>
        <source>Unknown status “{code}”: use one of {codes}.</source>
        <translation>Statut «&#xa0;{code}&#xa0;» inconnu&#xa0;; valeurs possibles&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>OK: {people} people, {accompaniments} accompaniments, {sessions} sessions, {outbox} outbox entries. Integrity, encryption, foreign keys and outbox checked.</source>
        <translation>Tout est en ordre&#xa0;: {people} personnes, {accompaniments} accompagnements, {sessions} entretiens, {outbox} entrées dans la file de synchronisation. Intégrité, chiffrement, clés étrangères et file de synchronisation vérifiés.</translation>
    </message>
    <message>
        <source>{count} problem(s) found. Restore the latest backup from the backups folder, or contact your IT support.</source>
        <translation>{count} problème(s) détecté(s). Restaurez la dernière sauvegarde depuis le dossier des sauvegardes, ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>{entity} {id} has no outbox entry: the change would never be synced.</source>
        <translation>{entity} {id} n’a pas d’entrée dans la file de synchronisation&#xa0;: la modification ne serait jamais synchronisée.</translation>
    </message>
    <message>
        <source>Cannot use the folder {path}: {detail}</source>
        <translation>Impossible d’utiliser le dossier {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>store.json is damaged</source>
        <translation>store.json est endommagé</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrompu.</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>— not asked yet —</source>
        <translation>— pas encore demandé —</translation>
    </message>
    <message>
        <source>{code} (no longer in the list)</source>
        <translation>{code} (ne figure plus dans la liste)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This record no longer exists (it may have been deleted meanwhile). Close it and open it again from the caseload.</source>
        <translation>Cet élément n’existe plus (il a peut-être été supprimé entre-temps). Fermez-le et rouvrez-le depuis le portefeuille.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: nothing was saved. What you typed is still here; try again, and tell your IT support if it happens again.</source>
        <translation>Un problème inattendu est survenu&#xa0;: rien n’a été enregistré. Ce que vous avez saisi est toujours là&#xa0;; réessayez, et prévenez votre service informatique si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit the session</source>
        <translation>Modifier l’entretien</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nouvel entretien</translation>
    </message>
    <message>
        <source>Re-&amp;open the accompaniment…</source>
        <translation>Rouvrir l’&amp;accompagnement…</translation>
    </message>
    <message>
        <source>Re-open the accompaniment</source>
        <translation>Rouvrir l’accompagnement</translation>
    </message>
    <message>
        <source>at &amp;time</source>
        <translation>&amp;heure</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Date de l’entretien</translation>
    </message>
    <message>
        <source>Session start time</source>
        <translation>Heure de début de l’entretien</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>D&amp;urée</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Canal</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation>Individuel ou collectif</translation>
    </message>
    <message>
        <source>— no site (phone, video…) —</source>
        <translation>— aucun site (téléphone, visio…) —</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactif)</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>Site or permanence</source>
        <translation>Site ou permanence</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>Ni&amp;veau</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Niveau de service</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Purpose of the session</source>
        <translation>Objet de l’entretien</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Notes partageables</translation>
    </message>
    <message>
        <source>S&amp;hareable notes</source>
        <translation>Notes partagea&amp;bles</translation>
    </message>
    <message>
        <source>Private notes, never exported or shared</source>
        <translation>Notes privées, jamais exportées ni partagées</translation>
    </message>
    <message>
        <source>P&amp;rivate notes — never exported or shared</source>
        <translation>Notes p&amp;rivées — jamais exportées ni partagées</translation>
    </message>
    <message>
        <source>&amp;Save the session</source>
        <translation>&amp;Enregistrer l’entretien</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Enregistrer l’entretien</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Enregistrer l’entretien (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>CEP Desk</source>
        <translation>CEP Desk</translation>
    </message>
    <message>
        <source>Open files</source>
        <translation>Fiches ouvertes</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <source>DEMO — fictional people. This separate demo store holds no real person; what you type here stays in the demo.</source>
        <translation>DÉMONSTRATION — personnes fictives. Cette base séparée ne contient aucune personne réelle&#xa0;; ce que vous saisissez ici reste dans la démonstration.</translation>
    </message>
    <message>
        <source>Demo store: fictional people</source>
        <translation>Base de démonstration&#xa0;: personnes fictives</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Search by name, commune or target job</source>
        <translation>Rechercher par nom, commune ou métier visé</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Rechercher dans le portefeuille</translation>
    </message>
    <message>
        <source>Search by name, commune or target job (Ctrl+F). Accents and capitals do not matter.</source>
        <translation>Rechercher par nom, commune ou métier visé (Ctrl+F). Les accents et les majuscules ne comptent pas.</translation>
    </message>
    <message>
        <source>Filter by parcours status</source>
        <translation>Filtrer par statut du parcours</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filtrer par niveau</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>Ni&amp;veau&#xa0;:</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Filtrer par site</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite&#xa0;:</translation>
    </message>
    <message>
        <source>Caseload: people you accompany</source>
        <translation>Portefeuille&#xa0;: personnes que vous accompagnez</translation>
    </message>
    <message>
        <source>&amp;Clear the search and filters</source>
        <translation>&amp;Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Effacer la recherche et les filtres</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Create the file of a new person (Ctrl+N)</source>
        <translation>Créer la fiche d’une nouvelle personne (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Ouvrir la fiche</translation>
    </message>
    <message>
        <source>Open the selected person&apos;s file (Enter or double-click)</source>
        <translation>Ouvrir la fiche de la personne sélectionnée (Entrée ou double-clic)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>Fer&amp;mer l’onglet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload the caseload (F5)</source>
        <translation>Recharger le portefeuille (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Your profile, sites, language, data folder, recovery key</source>
        <translation>Votre profil, vos sites, la langue, le dossier de données, la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d’outils principale</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier de données&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Store OK · encrypted</source>
        <translation>Base en bon état · chiffrée</translation>
    </message>
    <message>
        <source>Store state</source>
        <translation>État de la base de données</translation>
    </message>
    <message>
        <source>Store OK · encrypted · updated (backup: {path})</source>
        <translation>Base en bon état · chiffrée · mise à jour (sauvegarde&#xa0;: {path})</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>Tous les niveaux</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Tous les sites</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n personne</numerusform>
            <numerusform>%n personnes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n affichée</numerusform>
            <numerusform>%n affichées</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in your caseload yet. Create the first file with “New person” (Ctrl+N).</source>
        <translation>Aucune personne dans votre portefeuille pour l’instant. Créez la première fiche avec «&#xa0;Nouvelle personne&#xa0;» (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody matches this search and these filters.</source>
        <translation>Aucune personne ne correspond à cette recherche et à ces filtres.</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Fiche introuvable</translation>
    </message>
    <message>
        <source>This person&apos;s file no longer exists (it may have been deleted). The caseload is reloaded.</source>
        <translation>La fiche de cette personne n’existe plus (elle a peut-être été supprimée). Le portefeuille est rechargé.</translation>
    </message>
</context>
<context>
    <name>NewAccompanimentDialog</name>
    <message>
        <source>Open a new accompaniment</source>
        <translation>Ouvrir un nouvel accompagnement</translation>
    </message>
    <message>
        <source>&amp;Open the accompaniment</source>
        <translation>&amp;Ouvrir l’accompagnement</translation>
    </message>
    <message>
        <source>Open the accompaniment</source>
        <translation>Ouvrir l’accompagnement</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>La phrase de passe doit comporter au moins %n caractère.</numerusform>
            <numerusform>La phrase de passe doit comporter au moins %n caractères.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are different: type the same passphrase twice.</source>
        <translation>Les deux phrases de passe sont différentes&#xa0;: saisissez deux fois la même phrase de passe.</translation>
    </message>
    <message>
        <source>Welcome to CEP Desk</source>
        <translation>Bienvenue dans CEP Desk</translation>
    </message>
    <message>
        <source>CEP Desk keeps the files of the people you accompany in one encrypted file, in this folder:</source>
        <translation>CEP Desk conserve les fiches des personnes que vous accompagnez dans un seul fichier chiffré, dans ce dossier&#xa0;:</translation>
    </message>
    <message>
        <source>Choose how the key of this file is protected. Without the key, nobody — not even you — can read the file.</source>
        <translation>Choisissez comment la clé de ce fichier est protégée. Sans la clé, personne — pas même vous — ne peut lire le fichier.</translation>
    </message>
    <message>
        <source>&amp;Keep the key in this computer&apos;s keyring (recommended)</source>
        <translation>&amp;Conserver la clé dans le trousseau de cet ordinateur (recommandé)</translation>
    </message>
    <message>
        <source>The operating system keeps the key for your user account: nothing to type at each start.</source>
        <translation>Le système d’exploitation conserve la clé pour votre compte utilisateur&#xa0;: rien à saisir à chaque démarrage.</translation>
    </message>
    <message>
        <source>Keep the key in the keyring</source>
        <translation>Conserver la clé dans le trousseau</translation>
    </message>
    <message>
        <source>&amp;Protect it with a passphrase I type at each start</source>
        <translation>&amp;Protéger la clé par une phrase de passe saisie à chaque démarrage</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protéger par une phrase de passe</translation>
    </message>
    <message>
        <source>No secure keyring works on this computer, so the store must be protected with a passphrase.</source>
        <translation>Aucun trousseau sécurisé ne fonctionne sur cet ordinateur&#xa0;: la base de données doit donc être protégée par une phrase de passe.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Confirmation de la phrase de passe</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>P&amp;hrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>Confir&amp;mation&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember and hard to guess. A forgotten passphrase cannot be recovered: only the recovery key shown next can open the store then.</source>
        <translation>
            <numerusform>Au moins %n caractère&#xa0;; une courte phrase est facile à retenir et difficile à deviner. Une phrase de passe oubliée ne peut pas être retrouvée&#xa0;: seule la clé de récupération affichée ensuite pourra alors ouvrir la base de données.</numerusform>
            <numerusform>Au moins %n caractères&#xa0;; une courte phrase est facile à retenir et difficile à deviner. Une phrase de passe oubliée ne peut pas être retrouvée&#xa0;: seule la clé de récupération affichée ensuite pourra alors ouvrir la base de données.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>C&amp;réer la base de données</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>Créer la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date (Ctrl+Delete)</source>
        <translation>Effacer la date (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Effacer la date</translation>
    </message>
    <message>
        <source>Clear: {field}</source>
        <translation>Effacer&#xa0;: {field}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose the status, or remove this line.</source>
        <translation>Choisissez le statut, ou supprimez cette ligne.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>only if different from the last name</source>
        <translation>uniquement s’il diffère du nom</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Âge</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Birt&amp;h name</source>
        <translation>Nom de na&amp;issance</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Nom de naissance</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;xe</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date de naissance</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Coordonnées</translation>
    </message>
    <message>
        <source>type a name or a postal code</source>
        <translation>saisissez un nom ou un code postal</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>&amp;Adresse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Cod&amp;e postal</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>Co&amp;mmune</translation>
    </message>
    <message>
        <source>Commune of residence</source>
        <translation>Commune de résidence</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Resi&amp;gnation project (the person plans to resign)</source>
        <translation>Pro&amp;jet de démission (la personne envisage de démissionner)</translation>
    </message>
    <message>
        <source>Resignation project</source>
        <translation>Projet de démission</translation>
    </message>
    <message>
        <source>Socio-professional category (PC&amp;S)</source>
        <translation>Catégorie socioprofessionnelle (PC&amp;S)</translation>
    </message>
    <message>
        <source>Socio-professional category</source>
        <translation>Catégorie socioprofessionnelle</translation>
    </message>
    <message>
        <source>&amp;Qualification level</source>
        <translation>Ni&amp;veau de qualification</translation>
    </message>
    <message>
        <source>Qualification level (1 to 8)</source>
        <translation>Niveau de qualification (1 à 8)</translation>
    </message>
    <message>
        <source>Diploma o&amp;btained</source>
        <translation>Diplôme o&amp;btenu</translation>
    </message>
    <message>
        <source>Diploma obtained</source>
        <translation>Diplôme obtenu</translation>
    </message>
    <message>
        <source>National file (old scale)</source>
        <translation>Fichier national (ancienne nomenclature)</translation>
    </message>
    <message>
        <source>Qualification on the national file&apos;s old scale</source>
        <translation>Qualification selon l’ancienne nomenclature du fichier national</translation>
    </message>
    <message>
        <source>Sec&amp;tor (NAF A21)</source>
        <translation>Secteur (NA&amp;F A21)</translation>
    </message>
    <message>
        <source>Sector of activity</source>
        <translation>Secteur d’activité</translation>
    </message>
    <message>
        <source>Company si&amp;ze</source>
        <translation>Tai&amp;lle de l’entreprise</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Taille de l’entreprise</translation>
    </message>
    <message>
        <source>RQTH (disabilit&amp;y recognition)</source>
        <translation>RQTH (reconnaissance du &amp;handicap)</translation>
    </message>
    <message>
        <source>RQTH, recognition as a disabled worker</source>
        <translation>RQTH, reconnaissance de la qualité de travailleur handicapé</translation>
    </message>
    <message>
        <source>&amp;Origin of the request</source>
        <translation>&amp;Origine de la demande</translation>
    </message>
    <message>
        <source>How the person came to the CEP</source>
        <translation>Comment la personne est venue au CEP</translation>
    </message>
    <message>
        <source>Employment statuses (several at once is normal)</source>
        <translation>Statuts d’emploi (il est normal d’en avoir plusieurs)</translation>
    </message>
    <message>
        <source>No status recorded yet.</source>
        <translation>Aucun statut enregistré pour l’instant.</translation>
    </message>
    <message>
        <source>&amp;Add a status</source>
        <translation>Ajouter un stat&amp;ut</translation>
    </message>
    <message>
        <source>Add an employment status</source>
        <translation>Ajouter un statut d’emploi</translation>
    </message>
    <message>
        <source>Target jobs</source>
        <translation>Métiers visés</translation>
    </message>
    <message>
        <source>type a job title, e.g. boulanger, then choose</source>
        <translation>saisissez un métier (par ex. boulanger), puis choisissez</translation>
    </message>
    <message>
        <source>Add a target &amp;job</source>
        <translation>Ajouter un métier &amp;visé</translation>
    </message>
    <message>
        <source>Add a target job (ROME)</source>
        <translation>Ajouter un métier visé (ROME)</translation>
    </message>
    <message>
        <source>Chosen target jobs</source>
        <translation>Métiers visés retenus</translation>
    </message>
    <message>
        <source>Remove the selected job</source>
        <translation>Retirer le métier sélectionné</translation>
    </message>
    <message>
        <source>Remove the selected target job</source>
        <translation>Retirer le métier visé sélectionné</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Retenus</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Co&amp;nsent to record data given</source>
        <translation>Co&amp;nsentement à l’enregistrement des données recueilli</translation>
    </message>
    <message>
        <source>Consent to record data given</source>
        <translation>Consentement à l’enregistrement des données recueilli</translation>
    </message>
    <message>
        <source>Date of cons&amp;ent</source>
        <translation>Date du consen&amp;tement</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>e.g. what the CEP is, what is recorded, who can see it, the right to access and erase</source>
        <translation>par ex. ce qu’est le CEP, ce qui est enregistré, qui peut le consulter, le droit d’accès et d’effacement</translation>
    </message>
    <message>
        <source>&amp;What was explained</source>
        <translation>Ce &amp;qui a été expliqué</translation>
    </message>
    <message>
        <source>What was explained before consent</source>
        <translation>Ce qui a été expliqué avant le consentement</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Notes partageables</translation>
    </message>
    <message>
        <source>Kept with the file and synchronised with your structure; may appear in documents.</source>
        <translation>Conservées avec le dossier et synchronisées avec votre structure&#xa0;; elles peuvent figurer dans les documents.</translation>
    </message>
    <message>
        <source>S&amp;hareable notes</source>
        <translation>Notes parta&amp;geables</translation>
    </message>
    <message>
        <source>Private notes, never exported or shared</source>
        <translation>Notes privées, jamais exportées ni partagées</translation>
    </message>
    <message>
        <source>Stay on this computer only: never synchronised, exported or printed.</source>
        <translation>Restent uniquement sur cet ordinateur&#xa0;: jamais synchronisées, exportées ni imprimées.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Privées</translation>
    </message>
    <message>
        <source>P&amp;rivate notes — never exported or shared</source>
        <translation>Notes p&amp;rivées — jamais exportées ni partagées</translation>
    </message>
    <message numerus="yes">
        <source>%n communes have this postal code: choose one in Commune.</source>
        <translation>
            <numerusform>%n commune correspond à ce code postal&#xa0;: choisissez-la dans Commune.</numerusform>
            <numerusform>%n communes correspondent à ce code postal&#xa0;: choisissez-en une dans Commune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n an</numerusform>
            <numerusform>%n ans</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>CEP Desk — recovery key</source>
        <translation>CEP Desk — clé de récupération</translation>
    </message>
    <message>
        <source>Store folder: {folder}</source>
        <translation>Dossier de données&#xa0;: {folder}</translation>
    </message>
    <message>
        <source>Store identifier: {id}</source>
        <translation>Identifiant de la base de données&#xa0;: {id}</translation>
    </message>
    <message>
        <source>Written on {date}</source>
        <translation>Établie le {date}</translation>
    </message>
    <message>
        <source>This key opens your encrypted CEP Desk store when this computer&apos;s keyring has lost it (new computer, new user profile) or when the passphrase is forgotten.</source>
        <translation>Cette clé ouvre votre base de données chiffrée CEP Desk lorsque le trousseau de cet ordinateur l’a perdue (nouvel ordinateur, nouveau profil utilisateur) ou lorsque la phrase de passe est oubliée.</translation>
    </message>
    <message>
        <source>How to use it: start CEP Desk; when it asks for the passphrase or the key, choose “I have my recovery key” and type the 64 characters. Dashes and spaces are optional; capital letters do not matter.</source>
        <translation>Mode d’emploi&#xa0;: lancez CEP Desk&#xa0;; lorsqu’il vous demande la phrase de passe ou la clé, choisissez «&#xa0;J’ai ma clé de récupération&#xa0;» et saisissez les 64 caractères. Les tirets et les espaces sont facultatifs&#xa0;; majuscules et minuscules sont indifférentes.</translation>
    </message>
    <message>
        <source>Keep this sheet in a locked place, away from the laptop: anyone who has both the laptop and this key can read the files of the people you accompany. Do not send it by e-mail and do not photograph it.</source>
        <translation>Rangez cette feuille dans un endroit fermé à clé, loin de l’ordinateur portable&#xa0;: quiconque détient à la fois l’ordinateur et cette clé peut lire les dossiers des personnes que vous accompagnez. Ne l’envoyez pas par courriel et ne la photographiez pas.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Enregistrer la clé de récupération</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>Clé de récupération non enregistrée</translation>
    </message>
    <message>
        <source>The recovery key could not be saved in {path} ({error}). Choose another place, for example a USB key.</source>
        <translation>La clé de récupération n’a pas pu être enregistrée dans {path} ({error}). Choisissez un autre emplacement, par exemple une clé USB.</translation>
    </message>
    <message>
        <source>Recovery key saved</source>
        <translation>Clé de récupération enregistrée</translation>
    </message>
    <message>
        <source>The recovery key was saved in {path}. If this is on the laptop, copy it to a USB key kept elsewhere, then delete it from the laptop.</source>
        <translation>La clé de récupération a été enregistrée dans {path}. Si cet emplacement se trouve sur l’ordinateur portable, copiez-la sur une clé USB conservée ailleurs, puis supprimez-la de l’ordinateur portable.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Votre clé de récupération</translation>
    </message>
    <message>
        <source>Your store is ready. Here is its recovery key: it opens the store if this computer loses its key or if you forget your passphrase. Print it or save it on a USB key now, and keep it away from the laptop. You can show it again later in Settings → Recovery key.</source>
        <translation>Votre base de données est prête. Voici sa clé de récupération&#xa0;: elle ouvre la base de données si cet ordinateur perd sa clé ou si vous oubliez votre phrase de passe. Imprimez-la ou enregistrez-la sur une clé USB dès maintenant, et conservez-la loin de l’ordinateur portable. Vous pourrez l’afficher de nouveau plus tard dans Paramètres → Clé de récupération.</translation>
    </message>
    <message>
        <source>I have &amp;printed, saved or written down this key</source>
        <translation>J’ai &amp;imprimé, enregistré ou noté cette clé</translation>
    </message>
    <message>
        <source>I have kept the recovery key</source>
        <translation>J’ai conservé la clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>Enre&amp;gistrer dans un fichier…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Enregistrer la clé de récupération dans un fichier</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Imprimer la clé de récupération</translation>
    </message>
</context>
<context>
    <name>SearchCompleter</name>
    <message>
        <source>Suggestions</source>
        <translation>Suggestions</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>National levels since 2020 (N1, N2)</source>
        <translation>Niveaux nationaux depuis 2020 (N1, N2)</translation>
    </message>
    <message>
        <source>Three levels: reception, advice, implementation</source>
        <translation>Trois niveaux&#xa0;: accueil, conseil, mise en œuvre</translation>
    </message>
    <message>
        <source>Regional work units (UO 0 to UO 2.2)</source>
        <translation>Unités d’œuvre régionales (UO 0 à UO 2.2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Rubriques des paramètres</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Votre profil</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Enregistrer les paramètres</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Votre prénom</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom&#xa0;:</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Your work e-mail</source>
        <translation>Votre courriel professionnel</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Your work phone</source>
        <translation>Votre téléphone professionnel</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <source>CEP operator</source>
        <translation>Opérateur CEP</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Opérateur&#xa0;:</translation>
    </message>
    <message>
        <source>Your structure</source>
        <translation>Votre structure</translation>
    </message>
    <message>
        <source>e.g. CIBC Aveyron, agence France Travail de Millau</source>
        <translation>ex.&#xa0;: CIBC Aveyron, agence France Travail de Millau</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Structure&#xa0;:</translation>
    </message>
    <message>
        <source>Level vocabulary</source>
        <translation>Vocabulaire des niveaux</translation>
    </message>
    <message>
        <source>Le&amp;vels:</source>
        <translation>Ni&amp;veaux&#xa0;:</translation>
    </message>
    <message>
        <source>Your name is recorded with each change you make (the audit log). Your operator decides which level vocabulary you use.</source>
        <translation>Votre nom est enregistré avec chaque modification que vous faites (journal de traçabilité). Votre opérateur décide du vocabulaire des niveaux que vous utilisez.</translation>
    </message>
    <message>
        <source>Your main site, branch offices and outreach permanences. A site is saved as soon as you confirm it; deactivate a site you no longer use (its past sessions keep it).</source>
        <translation>Votre site principal, vos sites relais et vos permanences délocalisées. Un site est enregistré dès que vous le confirmez&#xa0;; désactivez un site que vous n’utilisez plus (ses entretiens passés le conservent).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Your sites</source>
        <translation>Vos sites</translation>
    </message>
    <message>
        <source>&amp;Add a site…</source>
        <translation>&amp;Ajouter un site…</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Ajouter un site</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit the selected site</source>
        <translation>Modifier le site sélectionné</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected site</source>
        <translation>Désactiver ou réactiver le site sélectionné</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>&amp;Réactiver</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CEP Desk (close it and open it again). Reference lists, dates and documents follow it.</source>
        <translation>La nouvelle langue s’applique au prochain démarrage de CEP Desk (fermez-le puis rouvrez-le). Les listes de référence, les dates et les documents suivent cette langue.</translation>
    </message>
    <message>
        <source>Folder of the store in use</source>
        <translation>Dossier de la base de données en cours d’utilisation</translation>
    </message>
    <message>
        <source>In &amp;use now:</source>
        <translation>&amp;Utilisé actuellement&#xa0;:</translation>
    </message>
    <message>
        <source>Folder used at next start</source>
        <translation>Dossier utilisé au prochain démarrage</translation>
    </message>
    <message>
        <source>At &amp;next start:</source>
        <translation>Au procha&amp;in démarrage&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>C&amp;hoisir un autre dossier…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Choisir un autre dossier de données</translation>
    </message>
    <message>
        <source>Use the de&amp;fault folder</source>
        <translation>Utiliser le dossier par dé&amp;faut</translation>
    </message>
    <message>
        <source>Use the default data folder</source>
        <translation>Utiliser le dossier de données par défaut</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. The current store is not moved: to keep your caseload, close CEP Desk and copy the whole folder first. If the new folder holds no store, CEP Desk creates a new, empty one there.</source>
        <translation>Le nouveau dossier est utilisé à partir du prochain démarrage. La base de données actuelle n’est pas déplacée&#xa0;: pour conserver votre portefeuille, fermez d’abord CEP Desk et copiez tout le dossier. Si le nouveau dossier ne contient pas de base de données, CEP Desk y crée une nouvelle base vide.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(par défaut)</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>The recovery key opens your store if this computer loses its key (new computer, new user profile) or if you forget your passphrase. Keep a printed copy in a locked place, away from the laptop.</source>
        <translation>La clé de récupération ouvre votre base de données si cet ordinateur perd sa clé (nouvel ordinateur, nouveau profil utilisateur) ou si vous oubliez votre phrase de passe. Gardez-en une copie imprimée dans un lieu fermé à clé, loin de l’ordinateur portable.</translation>
    </message>
    <message>
        <source>S&amp;how recovery key…</source>
        <translation>Afficher la c&amp;lé de récupération…</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Afficher la clé de récupération</translation>
    </message>
    <message>
        <source>Show the recovery key?</source>
        <translation>Afficher la clé de récupération&#xa0;?</translation>
    </message>
    <message>
        <source>Anyone who sees the recovery key can open this store with the laptop. Make sure nobody else can see your screen. Show it now?</source>
        <translation>Toute personne qui voit la clé de récupération peut ouvrir cette base de données avec l’ordinateur portable. Vérifiez que personne d’autre ne voit votre écran. L’afficher maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>Your profile was saved, but this computer&apos;s settings (language, data folder) could not be written: {error}.</source>
        <translation>Votre profil a été enregistré, mais les réglages de cet ordinateur (langue, dossier de données) n’ont pas pu être écrits&#xa0;: {error}.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Modifier le site</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>Nouveau site</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Nom du site</translation>
    </message>
    <message>
        <source>e.g. Permanence de Saint-Affrique</source>
        <translation>par ex. Permanence de Saint-Affrique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation>Type de site</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <source>Commune of the site</source>
        <translation>Commune du site</translation>
    </message>
    <message>
        <source>Type a name or a postal code, then choose</source>
        <translation>Saisissez un nom ou un code postal, puis choisissez</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune&#xa0;:</translation>
    </message>
    <message>
        <source>Address of the site</source>
        <translation>Adresse du site</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>A&amp;ctive (offered when recording a session)</source>
        <translation>Act&amp;if (proposé lors de la saisie d’un entretien)</translation>
    </message>
    <message>
        <source>Site active</source>
        <translation>Site actif</translation>
    </message>
    <message>
        <source>&amp;Save the site</source>
        <translation>&amp;Enregistrer le site</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>No accompaniment</source>
        <translation>Aucun accompagnement</translation>
    </message>
    <message>
        <source>Accompaniment status: {status}</source>
        <translation>Statut de l’accompagnement&#xa0;: {status}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>&amp;Date of the change</source>
        <translation>&amp;Date du changement</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date du changement</translation>
    </message>
    <message>
        <source>&amp;Return date (after today)</source>
        <translation>Date de &amp;retour (après aujourd’hui)</translation>
    </message>
    <message>
        <source>Planned return date</source>
        <translation>Date de retour prévue</translation>
    </message>
    <message>
        <source>e.g. Cap emploi Aveyron — Mme Delmas</source>
        <translation>par ex. Cap emploi Aveyron — Mme Delmas</translation>
    </message>
    <message>
        <source>&amp;Partner who takes over</source>
        <translation>&amp;Partenaire qui prend le relais</translation>
    </message>
    <message>
        <source>Partner who takes over</source>
        <translation>Partenaire qui prend le relais</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— choisissez un motif —</translation>
    </message>
    <message>
        <source>&amp;Why it is closed</source>
        <translation>&amp;Motif de clôture</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Motif de clôture</translation>
    </message>
    <message>
        <source>Co&amp;mment (optional)</source>
        <translation>Comme&amp;ntaire (facultatif)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commentaire</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Pause the accompaniment</source>
        <translation>Mettre l’accompagnement en pause</translation>
    </message>
    <message>
        <source>The accompaniment stays open; you plan to resume it on the return date.</source>
        <translation>L’accompagnement reste ouvert&#xa0;; vous prévoyez de le reprendre à la date de retour.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>Mettre en &amp;pause</translation>
    </message>
    <message>
        <source>Partner relay</source>
        <translation>Relais partenaire</translation>
    </message>
    <message>
        <source>A partner takes over for a while; the accompaniment is suspended, not closed.</source>
        <translation>Un partenaire prend le relais pour un temps&#xa0;; l’accompagnement est suspendu, pas clos.</translation>
    </message>
    <message>
        <source>&amp;Start the relay</source>
        <translation>&amp;Lancer le relais</translation>
    </message>
    <message>
        <source>Close the accompaniment</source>
        <translation>Clore l’accompagnement</translation>
    </message>
    <message>
        <source>Closing ends the accompaniment. It can be re-opened later if the person comes back.</source>
        <translation>La clôture met fin à l’accompagnement. Il pourra être rouvert plus tard si la personne revient.</translation>
    </message>
    <message>
        <source>&amp;Close the accompaniment</source>
        <translation>&amp;Clore l’accompagnement</translation>
    </message>
    <message>
        <source>Resume the accompaniment</source>
        <translation>Reprendre l’accompagnement</translation>
    </message>
    <message>
        <source>The accompaniment becomes active again.</source>
        <translation>L’accompagnement redevient actif.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Re-open the accompaniment</source>
        <translation>Rouvrir l’accompagnement</translation>
    </message>
    <message>
        <source>The person comes back: the same accompaniment continues, its history is kept.</source>
        <translation>La personne revient&#xa0;: le même accompagnement se poursuit, son historique est conservé.</translation>
    </message>
    <message>
        <source>&amp;Re-open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>The data store could not be opened.</source>
        <translation>La base de données n’a pas pu être ouverte.</translation>
    </message>
    <message>
        <source>The key or passphrase does not open this store. Check it (capital letters count) or use your printed recovery key.</source>
        <translation>La clé ou la phrase de passe n’ouvre pas cette base de données. Vérifiez-la (les majuscules comptent) ou utilisez votre clé de récupération imprimée.</translation>
    </message>
    <message>
        <source>This store is protected by a passphrase: enter it (or set CEP_DESK_PASSPHRASE for the command line).</source>
        <translation>Cette base de données est protégée par une phrase de passe&#xa0;: saisissez-la (ou définissez CEP_DESK_PASSPHRASE pour la ligne de commande).</translation>
    </message>
    <message>
        <source>The key of this store is not in this computer&apos;s keyring. Enter your printed recovery key to open it.</source>
        <translation>La clé de cette base de données n’est pas dans le trousseau de cet ordinateur. Saisissez votre clé de récupération imprimée pour l’ouvrir.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer: choose a passphrase to protect the store.</source>
        <translation>Aucun trousseau sécurisé n’est disponible sur cet ordinateur&#xa0;: choisissez une phrase de passe pour protéger la base de données.</translation>
    </message>
    <message>
        <source>The store file is damaged ({detail}). Nothing was changed. Restore the latest backup from the backups folder, or contact your IT support.</source>
        <translation>Le fichier de la base de données est endommagé ({detail}). Rien n’a été modifié. Restaurez la dernière sauvegarde depuis le dossier des sauvegardes, ou contactez votre service informatique.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of CEP Desk ({revision}). Install the newer version; the store has not been touched.</source>
        <translation>Cette base de données a été écrite par une version plus récente de CEP Desk ({revision}). Installez cette version plus récente&#xa0;; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>Updating the store to this version failed; it was left as it was and a backup is in {backup}. Contact your IT support.</source>
        <translation>La mise à jour de la base de données vers cette version a échoué&#xa0;; la base a été laissée telle quelle et une sauvegarde se trouve dans {backup}. Contactez votre service informatique.</translation>
    </message>
    <message>
        <source>CEP Desk is already open on this store (another window or program). Close it first.</source>
        <translation>CEP Desk est déjà ouvert sur cette base de données (dans une autre fenêtre ou un autre programme). Fermez-le d’abord.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then save again; what you typed is still in the form.</source>
        <translation>Le disque est plein&#xa0;: rien n’a été enregistré. Libérez de l’espace, puis enregistrez de nouveau&#xa0;; ce que vous avez saisi est toujours dans le formulaire.</translation>
    </message>
    <message>
        <source>Saving failed: nothing was written ({detail}). Try again.</source>
        <translation>L’enregistrement a échoué&#xa0;: rien n’a été écrit ({detail}). Réessayez.</translation>
    </message>
    <message>
        <source>The store&apos;s database file ({detail}) is missing or empty, although its key file is there. Nothing was created. Restore the latest backup (backups folder) or copy the file back.</source>
        <translation>Le fichier de la base de données ({detail}) est absent ou vide, alors que son fichier de clé est présent. Rien n’a été créé. Restaurez la dernière sauvegarde (dossier backups) ou recopiez le fichier à sa place.</translation>
    </message>
    <message>
        <source>Before updating the store, CEP Desk makes a backup copy, and it could not ({detail}). Nothing was changed. Free some disk space, then start CEP Desk again.</source>
        <translation>Avant de mettre à jour la base de données, CEP Desk en fait une copie de sauvegarde, et cela n’a pas été possible ({detail}). Rien n’a été modifié. Libérez de l’espace disque, puis relancez CEP Desk.</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>Store checked: no damage found.</source>
        <translation>Base de données vérifiée&#xa0;: aucun dommage constaté.</translation>
    </message>
    <message>
        <source>Damaged store</source>
        <translation>Base de données endommagée</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
    <message>
        <source>CEP Desk — data store</source>
        <translation>CEP Desk — base de données</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Vérification nécessaire</translation>
    </message>
    <message>
        <source>CEP Desk</source>
        <translation>CEP Desk</translation>
    </message>
    <message>
        <source>Something went wrong and this action was not completed. Nothing else was changed. If it happens again, note what you were doing and contact your IT support.</source>
        <translation>Un problème est survenu et cette action n’a pas abouti. Rien d’autre n’a été modifié. Si cela se reproduit, notez ce que vous faisiez et contactez votre service informatique.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d’erreur</translation>
    </message>
    <message>
        <source>The computer&apos;s keyring refused to keep the key. Choose a passphrase to protect the store.</source>
        <translation>Le trousseau de l’ordinateur a refusé de conserver la clé. Choisissez une phrase de passe pour protéger la base de données.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open your CEP Desk store</source>
        <translation>Ouvrir votre base de données CEP Desk</translation>
    </message>
    <message>
        <source>The key of this store is not in this computer&apos;s keyring. Type your recovery key (printed or saved when the store was created) to open it.</source>
        <translation>La clé de cette base de données n’est pas dans le trousseau de cet ordinateur. Saisissez votre clé de récupération (imprimée ou enregistrée lors de la création de la base) pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This store is protected by a passphrase. Type it to open it.</source>
        <translation>Cette base de données est protégée par une phrase de passe. Saisissez-la pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase de passe</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>&amp;Phrase de passe&#xa0;:</translation>
    </message>
    <message>
        <source>I have my &amp;recovery key</source>
        <translation>J’ai ma &amp;clé de récupération</translation>
    </message>
    <message>
        <source>I have my recovery key</source>
        <translation>J’ai ma clé de récupération</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Clé de récupération</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>C&amp;lé de récupération&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters, digits 0–9 and letters A–F (dashes and spaces are optional). Check what you typed.</source>
        <translation>Une clé de récupération comporte 64 caractères&#xa0;: des chiffres de 0 à 9 et des lettres de A à F (les tirets et les espaces sont facultatifs). Vérifiez votre saisie.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Saisissez la phrase de passe.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s last name.</source>
        <translation>Saisissez le nom de la personne.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s first name.</source>
        <translation>Saisissez le prénom de la personne.</translation>
    </message>
    <message>
        <source>This date is in the future: enter a date up to today.</source>
        <translation>Cette date est dans le futur&#xa0;: saisissez une date qui ne dépasse pas aujourd’hui.</translation>
    </message>
    <message>
        <source>This date is before 1900: check the year.</source>
        <translation>Cette date est antérieure à 1900&#xa0;: vérifiez l’année.</translation>
    </message>
    <message>
        <source>The person is {age} years old: the CEP is open from 16. Check the date of birth.</source>
        <translation>La personne a {age} ans&#xa0;: le CEP est ouvert à partir de 16 ans. Vérifiez la date de naissance.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid: it should look like name@example.fr.</source>
        <translation>Cette adresse de courriel n’est pas valide&#xa0;: elle doit ressembler à nom@exemple.fr.</translation>
    </message>
    <message>
        <source>This phone number is not valid: enter 10 digits starting with 0 (06 12 34 56 78) or an international number starting with +.</source>
        <translation>Ce numéro de téléphone n’est pas valide&#xa0;: saisissez 10 chiffres commençant par 0 (06 12 34 56 78) ou un numéro international commençant par +.</translation>
    </message>
    <message>
        <source>A postal code has 5 digits, for example 12100.</source>
        <translation>Un code postal comporte 5 chiffres, par exemple 12100.</translation>
    </message>
    <message>
        <source>No commune has the postal code {code}: check it.</source>
        <translation>Aucune commune n’a le code postal {code}&#xa0;: vérifiez-le.</translation>
    </message>
    <message>
        <source>Unknown commune: choose it from the list (type its name or postal code).</source>
        <translation>Commune inconnue&#xa0;: choisissez-la dans la liste (saisissez son nom ou son code postal).</translation>
    </message>
    <message>
        <source>The postal code {code} is not one of {commune}&apos;s: check one or the other.</source>
        <translation>Le code postal {code} ne correspond pas à {commune}&#xa0;: vérifiez l’un ou l’autre.</translation>
    </message>
    <message>
        <source>This value is not in the list: choose one from the list.</source>
        <translation>Cette valeur ne figure pas dans la liste&#xa0;: choisissez-en une dans la liste.</translation>
    </message>
    <message>
        <source>The end date of a status is before its start date: swap or correct them.</source>
        <translation>La date de fin d’un statut est antérieure à sa date de début&#xa0;: inversez-les ou corrigez-les.</translation>
    </message>
    <message>
        <source>Enter the date the person agreed to their data being recorded.</source>
        <translation>Saisissez la date à laquelle la personne a accepté l’enregistrement de ses données.</translation>
    </message>
    <message>
        <source>Write down what was explained to the person before they agreed.</source>
        <translation>Notez ce qui a été expliqué à la personne avant qu’elle donne son accord.</translation>
    </message>
    <message>
        <source>The first appointment cannot be before the first request.</source>
        <translation>Le premier rendez-vous ne peut pas être antérieur à la première demande.</translation>
    </message>
    <message>
        <source>A pause needs a return date: when do you plan to resume?</source>
        <translation>Une pause nécessite une date de reprise&#xa0;: quand prévoyez-vous de reprendre&#xa0;?</translation>
    </message>
    <message>
        <source>The return date must be after today.</source>
        <translation>La date de reprise doit être postérieure à aujourd’hui.</translation>
    </message>
    <message>
        <source>Choose why the accompaniment is closed.</source>
        <translation>Choisissez le motif de clôture de l’accompagnement.</translation>
    </message>
    <message>
        <source>An accompaniment that is {current} cannot become {target}.</source>
        <translation>Un accompagnement au statut «&#xa0;{current}&#xa0;» ne peut pas passer au statut «&#xa0;{target}&#xa0;».</translation>
    </message>
    <message>
        <source>Choose at least one reason for contact.</source>
        <translation>Choisissez au moins un motif de sollicitation.</translation>
    </message>
    <message>
        <source>Enter a duration between 1 and 600 minutes.</source>
        <translation>Saisissez une durée comprise entre 1 et 600 minutes.</translation>
    </message>
    <message>
        <source>This accompaniment is closed: re-open it (Accompaniment tab, Re-open) before recording a session.</source>
        <translation>Cet accompagnement est clos&#xa0;: rouvrez-le (onglet Accompagnement, Rouvrir) avant d’enregistrer un entretien.</translation>
    </message>
    <message>
        <source>Name the partner who takes over.</source>
        <translation>Indiquez le partenaire qui prend le relais.</translation>
    </message>
    <message>
        <source>This point is marked as agreed: first write down how the person sees it, in their words.</source>
        <translation>Ce point est marqué comme convenu&#xa0;: notez d’abord comment la personne le voit, avec ses mots.</translation>
    </message>
    <message>
        <source>This situation belongs to another theme: choose one from the theme&apos;s list.</source>
        <translation>Cette situation relève d’un autre thème&#xa0;: choisissez-en une dans la liste de ce thème.</translation>
    </message>
    <message>
        <source>This situation is already in the diagnosis: complete the existing line instead.</source>
        <translation>Cette situation figure déjà dans le diagnostic&#xa0;: complétez plutôt la ligne existante.</translation>
    </message>
    <message>
        <source>Write what it is in a few words.</source>
        <translation>Précisez de quoi il s’agit en quelques mots.</translation>
    </message>
    <message>
        <source>This action points to an objective that is not in the plan.</source>
        <translation>Cette action renvoie à un objectif qui n’est pas dans le plan d’action.</translation>
    </message>
    <message>
        <source>This jalon points to an action that is not in the plan.</source>
        <translation>Ce jalon renvoie à une action qui n’est pas dans le plan d’action.</translation>
    </message>
    <message>
        <source>Name the partner who does this action.</source>
        <translation>Indiquez le partenaire qui réalise cette action.</translation>
    </message>
    <message>
        <source>Enter the duration the person expects as a whole number between 1 and 365.</source>
        <translation>Indiquez la durée prévue par la personne, en nombre entier entre 1 et 365.</translation>
    </message>
    <message>
        <source>This action is due on {date}, before today. Confirm this date, or choose a later one.</source>
        <translation>Cette action est prévue le {date}, avant aujourd’hui. Confirmez cette date ou choisissez-en une plus tardive.</translation>
    </message>
    <message>
        <source>A jalon needs a date: when will it happen? A jalon without a date is not saved.</source>
        <translation>Un jalon a besoin d’une date&#xa0;: quand aura-t-il lieu&#xa0;? Un jalon sans date n’est pas enregistré.</translation>
    </message>
    <message>
        <source>Enter a reminder between 0 and 90 days before the jalon.</source>
        <translation>Indiquez un rappel entre 0 et 90 jours avant le jalon.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, 0 or more (for example 1 250,50).</source>
        <translation>Indiquez un montant en euros, 0 ou plus (par exemple 1&#x202f;250,50).</translation>
    </message>
    <message>
        <source>The funding was refused: write down the reason given, it helps for the next request.</source>
        <translation>Le financement a été refusé&#xa0;: notez le motif donné, il servira pour la prochaine demande.</translation>
    </message>
    <message>
        <source>The decision cannot come before the file was submitted: check both dates.</source>
        <translation>La décision ne peut pas précéder le dépôt du dossier&#xa0;: vérifiez les deux dates.</translation>
    </message>
    <message>
        <source>The person will come back: say when (a date or the next appointment).</source>
        <translation>La personne reviendra&#xa0;: indiquez quand (une date ou le prochain rendez-vous).</translation>
    </message>
    <message>
        <source>The next appointment must be after this session.</source>
        <translation>Le prochain rendez-vous doit être postérieur à cet entretien.</translation>
    </message>
    <message>
        <source>Enter a duration between 1 and 240 minutes.</source>
        <translation>Indiquez une durée comprise entre 1 et 240 minutes.</translation>
    </message>
    <message>
        <source>A session is recorded once it has taken place: choose a date up to today.</source>
        <translation>Un entretien s’enregistre une fois qu’il a eu lieu&#xa0;: choisissez une date jusqu’à aujourd’hui.</translation>
    </message>
    <message>
        <source>This session is before the first request ({date}): check the date.</source>
        <translation>Cet entretien précède la première demande ({date})&#xa0;: vérifiez la date.</translation>
    </message>
    <message>
        <source>This change is dated before the current status (since {date}): check the date.</source>
        <translation>Ce changement est daté d’avant le statut actuel (depuis le {date})&#xa0;: vérifiez la date.</translation>
    </message>
    <message>
        <source>The consent date is before the date of birth.</source>
        <translation>La date du consentement précède la date de naissance.</translation>
    </message>
    <message>
        <source>The person would be {age} years old: check the year of birth.</source>
        <translation>La personne aurait {age} ans&#xa0;: vérifiez l’année de naissance.</translation>
    </message>
    <message>
        <source>This site no longer exists: choose another one in the list (Settings → Sites).</source>
        <translation>Ce site n’existe plus&#xa0;: choisissez-en un autre dans la liste (Paramètres → Sites).</translation>
    </message>
</context>
<context>
    <name>_DateEdit</name>
    <message>
        <source>not set</source>
        <translation>non renseignée</translation>
    </message>
</context>
<context>
    <name>_StatusRow</name>
    <message>
        <source>— choose a status —</source>
        <translation>— choisissez un statut —</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Statut d’emploi</translation>
    </message>
    <message>
        <source>— category —</source>
        <translation>— catégorie —</translation>
    </message>
    <message>
        <source>Job-seeker category</source>
        <translation>Catégorie de demandeur d’emploi</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status start date</source>
        <translation>Date de début du statut</translation>
    </message>
    <message>
        <source>Status end date (empty while it lasts)</source>
        <translation>Date de fin du statut (vide tant qu’il dure)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove this status</source>
        <translation>Retirer ce statut</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Au</translation>
    </message>
</context>
</TS>
