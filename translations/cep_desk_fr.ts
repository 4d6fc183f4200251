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
    <name>ActionEditor</name>
    <message>
        <source>Who, at which organisation</source>
        <translation>Qui, dans quel organisme</translation>
    </message>
    <message>
        <source>Type words of a service in the directory, then choose</source>
        <translation>Saisissez des mots d’un service de l’annuaire, puis choisissez</translation>
    </message>
    <message>
        <source>If it does not work out…</source>
        <translation>Si cela ne marche pas…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Type of action</source>
        <translation>Type d’action</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>Qui la réalise&#xa0;:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui la réalise</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partenaire&#xa0;:</translation>
    </message>
    <message>
        <source>Partner concerned</source>
        <translation>Partenaire concerné</translation>
    </message>
    <message>
        <source>In the &amp;directory:</source>
        <translation>Dans l’a&amp;nnuaire&#xa0;:</translation>
    </message>
    <message>
        <source>Service of the partner directory this action is with</source>
        <translation>Service de l’annuaire des partenaires concerné par cette action</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objectif&#xa0;:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>&amp;Estimation&#xa0;:</translation>
    </message>
    <message>
        <source>Duration estimated by the person</source>
        <translation>Durée estimée par la personne</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Statut&#xa0;:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Plan B:</source>
        <translation>Plan B&#xa0;:</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Add a &amp;funding file</source>
        <translation>Ajouter un dossier de &amp;financement</translation>
    </message>
    <message>
        <source>Add a funding file to this action</source>
        <translation>Ajouter un dossier de financement à cette action</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funding&lt;/b&gt;</source>
        <translation>&lt;b&gt;Financement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change the type of an action</source>
        <translation>Changer le type d’une action</translation>
    </message>
    <message>
        <source>Change who does an action</source>
        <translation>Changer qui réalise une action</translation>
    </message>
    <message>
        <source>Change the status of an action</source>
        <translation>Changer le statut d’une action</translation>
    </message>
    <message>
        <source>Change the objective of an action</source>
        <translation>Changer l’objectif d’une action</translation>
    </message>
    <message>
        <source>Link an action to the directory</source>
        <translation>Relier une action à l’annuaire</translation>
    </message>
    <message>
        <source>Unlink an action from the directory</source>
        <translation>Détacher une action de l’annuaire</translation>
    </message>
    <message>
        <source>— no objective —</source>
        <translation>— aucun objectif —</translation>
    </message>
    <message>
        <source>Change a funding file</source>
        <translation>Modifier un dossier de financement</translation>
    </message>
    <message>
        <source>Add a funding file</source>
        <translation>Ajouter un dossier de financement</translation>
    </message>
    <message>
        <source>Remove a funding file</source>
        <translation>Retirer un dossier de financement</translation>
    </message>
    <message>
        <source>Change the estimate of an action</source>
        <translation>Changer l’estimation d’une action</translation>
    </message>
    <message>
        <source>Required: who, at which organisation</source>
        <translation>Obligatoire&#xa0;: qui, dans quel organisme</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>D&amp;ay</source>
        <translation>&amp;Jour</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Semaine</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Afficher un jour</translation>
    </message>
    <message>
        <source>Show the whole week</source>
        <translation>Afficher toute la semaine</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédent</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Jour ou semaine précédents</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>Aujourd’&amp;hui</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Revenir à aujourd’hui</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>Sui&amp;vant ▶</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Jour ou semaine suivants</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Jours affichés</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Modalité</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>P&amp;lan an appointment…</source>
        <translation>P&amp;lanifier un rendez-vous…</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Planifier un rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Déplacer…</translation>
    </message>
    <message>
        <source>Move the selected appointment</source>
        <translation>Déplacer le rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>&amp;Cancel the appointment</source>
        <translation>A&amp;nnuler le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Annuler le rendez-vous sélectionné</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;tenu</translation>
    </message>
    <message>
        <source>Mark the selected appointment as held</source>
        <translation>Marquer le rendez-vous sélectionné comme tenu</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Ouvrir la &amp;fiche</translation>
    </message>
    <message>
        <source>Open the person&apos;s file</source>
        <translation>Ouvrir la fiche de la personne</translation>
    </message>
    <message>
        <source>Full &amp;names in the calendar file</source>
        <translation>Noms &amp;complets dans le fichier agenda</translation>
    </message>
    <message>
        <source>Write full names in the calendar file instead of initials</source>
        <translation>Écrire les noms complets dans le fichier agenda au lieu des initiales</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>E&amp;xporter en .ics…</translation>
    </message>
    <message>
        <source>Export these appointments to a calendar file</source>
        <translation>Exporter ces rendez-vous dans un fichier agenda</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>du {first} au {last}</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>prévu</translation>
    </message>
    <message>
        <source>from a conclusion: to plan</source>
        <translation>issu d’une conclusion&#xa0;: à planifier</translation>
    </message>
    <message>
        <source>done</source>
        <translation>tenu</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>chevauchement</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>(open slot)</source>
        <translation>(créneau libre)</translation>
    </message>
    <message>
        <source>Plan &amp;it at a site…</source>
        <translation>Planifier sur un s&amp;ite…</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Annuler le rendez-vous</translation>
    </message>
    <message>
        <source>Cancel the appointment of {when}?</source>
        <translation>Annuler le rendez-vous du {when}&#xa0;?</translation>
    </message>
    <message>
        <source>Export the appointments</source>
        <translation>Exporter les rendez-vous</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Fichiers agenda (*.ics)</translation>
    </message>
    <message>
        <source>{n} appointment(s) exported to {path}.</source>
        <translation>{n} rendez-vous exporté(s) vers {path}.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Move the appointment</source>
        <translation>Déplacer le rendez-vous</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Planifier un rendez-vous</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Date du rendez-vous</translation>
    </message>
    <message>
        <source>Start time (Paris time)</source>
        <translation>Heure de début (heure de Paris)</translation>
    </message>
    <message>
        <source>at &amp;time</source>
        <translation>&amp;heure</translation>
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
        <source>— no site (phone, video…) —</source>
        <translation>— aucun site (téléphone, visio…) —</translation>
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
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Visio</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Modalité</translation>
    </message>
    <message>
        <source>How the appointment takes place</source>
        <translation>Modalité du rendez-vous</translation>
    </message>
    <message>
        <source>Type a name (optional: a permanence slot may be open)</source>
        <translation>Saisissez un nom (facultatif&#xa0;: un créneau de permanence peut rester ouvert)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>Personne reçue</translation>
    </message>
    <message>
        <source>What for (not exported to calendars)</source>
        <translation>Objet (non exporté vers les agendas)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>Déplace&amp;r</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>P&amp;lanifier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Choose the person in the list that opens as you type, or leave the field empty.</source>
        <translation>Choisissez la personne dans la liste qui s’ouvre pendant la saisie, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Enregistrer quand même&#xa0;?</translation>
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
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Orientations</translation>
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
        <source>Start a guided session with the person</source>
        <translation>Commencer un entretien guidé avec la personne</translation>
    </message>
    <message>
        <source>&amp;Quick session…</source>
        <translation>Entretien &amp;rapide…</translation>
    </message>
    <message>
        <source>Record a quick session or a walk-in contact</source>
        <translation>Enregistrer un entretien rapide ou une visite sans rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>Noter un &amp;contact…</translation>
    </message>
    <message>
        <source>Log a call, an e-mail or a letter</source>
        <translation>Noter un appel, un courriel ou un courrier</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the diagnosis and of the plan</source>
        <translation>Historique du diagnostic et du plan</translation>
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
        <source>Contacts between sessions</source>
        <translation>Contacts entre entretiens</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Contacts between sessions, newest first</source>
        <translation>Contacts entre entretiens, du plus récent au plus ancien</translation>
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
        <source>Contacts between sessions: {n} · time spent with the person (sessions and contacts): {h} h {m:02d}</source>
        <translation>Contacts entre entretiens&#xa0;: {n} · temps passé avec la personne (entretiens et contacts)&#xa0;: {h} h {m:02d}</translation>
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
    <name>ChangeWords</name>
    <message>
        <source>Request, in the person&apos;s words</source>
        <translation>Demande, avec les mots de la personne</translation>
    </message>
    <message>
        <source>Need behind the request</source>
        <translation>Besoin derrière la demande</translation>
    </message>
    <message>
        <source>Request matches the need</source>
        <translation>La demande correspond au besoin</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>The project in plain words</source>
        <translation>Le projet en mots simples</translation>
    </message>
    <message>
        <source>Motivation (concrete actions)</source>
        <translation>Motivation (actions concrètes)</translation>
    </message>
    <message>
        <source>Competence named by the person</source>
        <translation>Compétence citée par la personne</translation>
    </message>
    <message>
        <source>Competence noticed by the counsellor</source>
        <translation>Compétence repérée par le conseil</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>commentaire</translation>
    </message>
    <message>
        <source>what was observed</source>
        <translation>ce qui a été observé</translation>
    </message>
    <message>
        <source>the person&apos;s view</source>
        <translation>point de vue de la personne</translation>
    </message>
    <message>
        <source>the counsellor&apos;s view</source>
        <translation>point de vue du conseil</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenu</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore demandé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Autonomy – {area}</source>
        <translation>Autonomie – {area}</translation>
    </message>
    <message>
        <source>{what}: {after} (new)</source>
        <translation>{what}&#xa0;: {after} (ajout)</translation>
    </message>
    <message>
        <source>{what} (new)</source>
        <translation>{what} (ajout)</translation>
    </message>
    <message>
        <source>{what}: {before} (removed)</source>
        <translation>{what}&#xa0;: {before} (suppression)</translation>
    </message>
    <message>
        <source>{what} (removed)</source>
        <translation>{what} (suppression)</translation>
    </message>
    <message>
        <source>{what}: {before} → {after}</source>
        <translation>{what}&#xa0;: {before} → {after}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Funding file</source>
        <translation>Dossier de financement</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Qui s’en charge</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimation</translation>
    </message>
    <message>
        <source>Estimate unit</source>
        <translation>Unité de l’estimation</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Funding lever</source>
        <translation>Levier de financement</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Devis</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Decision expected on</source>
        <translation>Décision attendue le</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décision rendue le</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motif du refus</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reminder (days before)</source>
        <translation>Rappel (jours avant)</translation>
    </message>
    <message>
        <source>{amount} €</source>
        <translation>{amount}&#xa0;€</translation>
    </message>
    <message>
        <source>added</source>
        <translation>ajout</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>suppression</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modification</translation>
    </message>
    <message>
        <source>{entity} “{name}” {verb}</source>
        <translation>{entity} «&#xa0;{name}&#xa0;»&#xa0;: {verb}</translation>
    </message>
    <message>
        <source>{entity} {verb}</source>
        <translation>{entity}&#xa0;: {verb}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no store in {path}. Create one with CEP Desk, or a demo store with: cep-desk-cli --data-dir FOLDER demo</source>
        <translation>Aucune base de données dans {path}. Créez-en une avec CEP Desk, ou créez une base de démonstration avec&#xa0;: cep-desk-cli --data-dir DOSSIER demo</translation>
    </message>
    <message>
        <source>The store in {path} has lost its store.json file, which says how it is locked. Start CEP Desk with this folder and type your recovery key: it writes that file again.</source>
        <translation>La base de données de {path} a perdu son fichier store.json, qui indique comment elle est verrouillée. Démarrez CEP Desk avec ce dossier et saisissez votre clé de récupération&#xa0;: ce fichier sera réécrit.</translation>
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
    <message>
        <source>“{value}” is not a date: write it as YYYY-MM-DD (for example 2026-11-23).</source>
        <translation>«&#xa0;{value}&#xa0;» n’est pas une date&#xa0;: écrivez-la au format AAAA-MM-JJ (par exemple 2026-11-23).</translation>
    </message>
    <message>
        <source>--from ({start}) is after --to ({end}): swap the two dates.</source>
        <translation>--from ({start}) est après --to ({end})&#xa0;: inversez les deux dates.</translation>
    </message>
    <message>
        <source>Choose at most {days} days between --from and --to.</source>
        <translation>Choisissez au maximum {days} jours entre --from et --to.</translation>
    </message>
    <message>
        <source>--weeks must be a whole number between 1 and 52.</source>
        <translation>--weeks doit être un nombre entier entre 1 et 52.</translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{imported} importé(s), {updated} mis à jour, {unchanged} inchangé(s), {rejected} rejeté(s).</translation>
    </message>
    <message>
        <source>Rejected: row {row} ({id}): {reason}</source>
        <translation>Rejetée&#xa0;: ligne {row} ({id})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Import stopped: the batches already read were kept.</source>
        <translation>Import interrompu&#xa0;: les lots déjà lus ont été conservés.</translation>
    </message>
    <message>
        <source>{structures} structure(s) and {services} service(s) written to {path}.</source>
        <translation>{structures} structure(s) et {services} service(s) écrits dans {path}.</translation>
    </message>
    <message>
        <source>Nothing was written: one of your entries is not valid for data·inclusion ({detail}). Correct it in the Directory tab.</source>
        <translation>Rien n’a été écrit&#xa0;: une de vos fiches n’est pas valide pour data·inclusion ({detail}). Corrigez-la dans l’onglet Annuaire.</translation>
    </message>
    <message>
        <source>Unknown commune code {code}: give the 5-character INSEE code (for example 12145 for Millau).</source>
        <translation>Code commune {code} inconnu&#xa0;: indiquez le code INSEE à 5 caractères (par exemple 12145 pour Millau).</translation>
    </message>
    <message>
        <source>--radius needs --near: the distance is measured from a commune.</source>
        <translation>--radius nécessite --near&#xa0;: la distance se mesure depuis une commune.</translation>
    </message>
    <message>
        <source>--radius must be a number of kilometres between 1 and 1000.</source>
        <translation>--radius doit être un nombre de kilomètres entre 1 et 1000.</translation>
    </message>
    <message>
        <source>{title}: {pages} page(s) written to {path}.</source>
        <translation>{title}&#xa0;: {pages} page(s) écrite(s) dans {path}.</translation>
    </message>
    <message>
        <source>Kept in the person&apos;s documents as {file} (version {version}).</source>
        <translation>Conservé dans les documents de la personne sous le nom {file} (version {version}).</translation>
    </message>
    <message>
        <source>This person has no session with the id {id}. Find session ids with: cep-desk-cli show ID</source>
        <translation>Cette personne n’a aucun entretien avec l’identifiant {id}. Pour trouver les identifiants des entretiens&#xa0;: cep-desk-cli show IDENTIFIANT</translation>
    </message>
    <message>
        <source>This person has no referral with the id {id}.</source>
        <translation>Cette personne n’a aucune orientation avec l’identifiant {id}.</translation>
    </message>
    <message>
        <source>The output file must end with .pdf: {path}</source>
        <translation>Le fichier de sortie doit se terminer par .pdf&#xa0;: {path}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher cette aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>store folder (default: the application&apos;s; for &apos;demo&apos;: the demo folder)</source>
        <translation>dossier de la base (par défaut&#xa0;: celui de l’application&#xa0;; pour «&#xa0;demo&#xa0;»&#xa0;: le dossier de démonstration)</translation>
    </message>
    <message>
        <source>language of messages and labels (default: fr)</source>
        <translation>langue des messages et des libellés (par défaut&#xa0;: fr)</translation>
    </message>
    <message>
        <source>CEP Desk on the command line: the same store as the window, without a window.</source>
        <translation>CEP Desk en ligne de commande&#xa0;: la même base que la fenêtre, sans fenêtre.</translation>
    </message>
    <message>
        <source>A passphrase-protected store reads its passphrase from CEP_DESK_PASSPHRASE. Exit codes: 0 success, 1 user error, 2 store problem.</source>
        <translation>Une base protégée par phrase secrète la lit dans CEP_DESK_PASSPHRASE. Codes de sortie&#xa0;: 0 réussite, 1 erreur de saisie, 2 problème de base.</translation>
    </message>
    <message>
        <source>create the demo store (300 fictional people)</source>
        <translation>créer la base de démonstration (300 personnes fictives)</translation>
    </message>
    <message>
        <source>the caseload, as JSON or CSV</source>
        <translation>le portefeuille, en JSON ou CSV</translation>
    </message>
    <message>
        <source>only this accompaniment status (actif, en_pause, …)</source>
        <translation>seulement ce statut d’accompagnement (actif, en_pause…)</translation>
    </message>
    <message>
        <source>words to find in name, commune or target job</source>
        <translation>mots à chercher dans le nom, la commune ou le métier visé</translation>
    </message>
    <message>
        <source>everything about one person, as JSON</source>
        <translation>tout le dossier d’une personne, en JSON</translation>
    </message>
    <message>
        <source>check integrity, encryption and outbox</source>
        <translation>vérifier l’intégrité, le chiffrement et la file de synchronisation</translation>
    </message>
    <message>
        <source>planned appointments, as JSON or iCalendar (.ics)</source>
        <translation>rendez-vous prévus, en JSON ou iCalendar (.ics)</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: today)</source>
        <translation>premier jour, AAAA-MM-JJ (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: 6 days later)</source>
        <translation>dernier jour, AAAA-MM-JJ (par défaut&#xa0;: 6 jours plus tard)</translation>
    </message>
    <message>
        <source>name people in full in the .ics (default: initials only)</source>
        <translation>noms complets dans le .ics (par défaut&#xa0;: initiales seulement)</translation>
    </message>
    <message>
        <source>what is due: today, this week, overdue, awaited</source>
        <translation>ce qui est à faire&#xa0;: aujourd’hui, cette semaine, en retard, en attente</translation>
    </message>
    <message>
        <source>no contact for N weeks or more (default: 8)</source>
        <translation>sans contact depuis N semaines ou plus (par défaut&#xa0;: 8)</translation>
    </message>
    <message>
        <source>the partner directory (data·inclusion)</source>
        <translation>l’annuaire des partenaires (data·inclusion)</translation>
    </message>
    <message>
        <source>import a data·inclusion JSON or CSV file</source>
        <translation>importer un fichier data·inclusion JSON ou CSV</translation>
    </message>
    <message>
        <source>write your own entries as data·inclusion JSON</source>
        <translation>écrire vos propres fiches en JSON data·inclusion</translation>
    </message>
    <message>
        <source>search services offline</source>
        <translation>chercher des services hors ligne</translation>
    </message>
    <message>
        <source>the person&apos;s commune (INSEE code)</source>
        <translation>la commune de la personne (code INSEE)</translation>
    </message>
    <message>
        <source>on-site services within KM (remote ones always listed)</source>
        <translation>services sur place à moins de KM km (ceux à distance toujours listés)</translation>
    </message>
    <message>
        <source>data·inclusion thématique</source>
        <translation>thématique data·inclusion</translation>
    </message>
    <message>
        <source>write a printed deliverable (PDF) for one person</source>
        <translation>écrire un document à remettre (PDF) pour une personne</translation>
    </message>
    <message>
        <source>the person&apos;s id (see: list)</source>
        <translation>l’identifiant de la personne (voir&#xa0;: list)</translation>
    </message>
    <message>
        <source>the session (default: the latest one)</source>
        <translation>l’entretien (par défaut&#xa0;: le dernier)</translation>
    </message>
    <message>
        <source>the referral, for a fiche de liaison</source>
        <translation>l’orientation, pour une fiche de liaison</translation>
    </message>
    <message>
        <source>20 pt text</source>
        <translation>texte en 20 pt</translation>
    </message>
    <message>
        <source>also keep it in the person&apos;s documents and history (handed over)</source>
        <translation>le garder aussi dans les documents et l’historique de la personne (remis)</translation>
    </message>
</context>
<context>
    <name>CockpitView</name>
    <message>
        <source>Today&apos;s appointments</source>
        <translation>Rendez-vous du jour</translation>
    </message>
    <message>
        <source>Jalons due this week</source>
        <translation>Jalons de la semaine</translation>
    </message>
    <message>
        <source>Overdue jalons</source>
        <translation>Jalons en retard</translation>
    </message>
    <message>
        <source>Funding decisions awaited past their date</source>
        <translation>Décisions de financement attendues, date dépassée</translation>
    </message>
    <message>
        <source>Paused parcours to resume</source>
        <translation>Parcours en pause à reprendre</translation>
    </message>
    <message>
        <source>Partner entries to re-verify</source>
        <translation>Fiches partenaires à revérifier</translation>
    </message>
    <message>
        <source>No contact for {weeks} weeks or more</source>
        <translation>Sans contact depuis {weeks} semaines ou plus</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>No contact for &amp;at least:</source>
        <translation>Sans contact depuis &amp;au moins&#xa0;:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <source>People without contact for at least this many weeks</source>
        <translation>Personnes sans contact depuis au moins ce nombre de semaines</translation>
    </message>
    <message>
        <source>What is due: appointments, jalons, funding, pauses, contacts</source>
        <translation>À faire&#xa0;: rendez-vous, jalons, financements, pauses, contacts</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the person&apos;s file</source>
        <translation>Ouvrir le dossier de la personne</translation>
    </message>
    <message>
        <source>Start the &amp;session</source>
        <translation>Commencer l’&amp;entretien</translation>
    </message>
    <message>
        <source>Start the guided session of this appointment</source>
        <translation>Commencer l’entretien guidé de ce rendez-vous</translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation>Reporter à &amp;demain</translation>
    </message>
    <message>
        <source>Snooze this reminder until tomorrow</source>
        <translation>Reporter ce rappel à demain</translation>
    </message>
    <message>
        <source>Snooze one &amp;week</source>
        <translation>Reporter d’une &amp;semaine</translation>
    </message>
    <message>
        <source>Snooze this reminder for one week</source>
        <translation>Reporter ce rappel d’une semaine</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fait</translation>
    </message>
    <message>
        <source>Mark this reminder done</source>
        <translation>Marquer ce rappel comme fait</translation>
    </message>
    <message>
        <source>Print the &amp;calendar of jalons…</source>
        <translation>Imprimer le &amp;calendrier des jalons…</translation>
    </message>
    <message>
        <source>Print the person&apos;s calendar of jalons</source>
        <translation>Imprimer le calendrier des jalons de la personne</translation>
    </message>
    <message>
        <source>The action plan document, with its calendar page of the jalons</source>
        <translation>Le document du plan d’action, avec sa page calendrier des jalons</translation>
    </message>
    <message>
        <source>Loading what is due…</source>
        <translation>Chargement des échéances…</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Aujourd’hui, {day}</translation>
    </message>
    <message>
        <source>… and {n} more: search them in the caseload</source>
        <translation>… et {n} autres&#xa0;: cherchez-les dans le portefeuille</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>Aucun rendez-vous aujourd’hui.</translation>
    </message>
    <message>
        <source>No jalon left this week.</source>
        <translation>Plus aucun jalon cette semaine.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Rien en retard.</translation>
    </message>
    <message>
        <source>No decision overdue.</source>
        <translation>Aucune décision en retard.</translation>
    </message>
    <message>
        <source>No paused parcours to resume.</source>
        <translation>Aucun parcours en pause à reprendre.</translation>
    </message>
    <message>
        <source>Nothing to re-verify.</source>
        <translation>Rien à revérifier.</translation>
    </message>
    <message>
        <source>Everyone has been in touch recently.</source>
        <translation>Tout le monde a eu un contact récemment.</translation>
    </message>
    <message>
        <source>No site (phone, video…)</source>
        <translation>Aucun site (téléphone, visio…)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>open slot</source>
        <translation>créneau libre</translation>
    </message>
    <message>
        <source>said in the last conclusion, to plan at a site</source>
        <translation>annoncé dans la dernière conclusion, à planifier sur un site</translation>
    </message>
    <message>
        <source>overlaps another appointment</source>
        <translation>chevauche un autre rendez-vous</translation>
    </message>
    <message>
        <source>{n} day(s) late</source>
        <translation>{n} jour(s) de retard</translation>
    </message>
    <message>
        <source>expected on {day}</source>
        <translation>attendue le {day}</translation>
    </message>
    <message>
        <source>return date {day}</source>
        <translation>reprise prévue le {day}</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>dernier contact le {day}</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>aucun contact</translation>
    </message>
    <message>
        <source>last verified {day}</source>
        <translation>vérifiée le {day}</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>jamais vérifiée</translation>
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
    <name>ConcludeStep</name>
    <message>
        <source>Conclusion of the session, to read with the person</source>
        <translation>Conclusion de l’entretien, à lire avec la personne</translation>
    </message>
    <message>
        <source>Conc&amp;lusion — what we agreed today</source>
        <translation>&amp;Conclusion — ce que nous avons convenu aujourd’hui</translation>
    </message>
    <message>
        <source>Rec&amp;ompose from this session</source>
        <translation>&amp;Recomposer depuis cet entretien</translation>
    </message>
    <message>
        <source>Recompose the conclusion from this session</source>
        <translation>Recomposer la conclusion à partir de cet entretien</translation>
    </message>
    <message>
        <source>Replace the text by one written from what was agreed today</source>
        <translation>Remplacer le texte par un texte rédigé à partir de ce qui a été convenu aujourd’hui</translation>
    </message>
    <message>
        <source>Next appointment: day</source>
        <translation>Prochain rendez-vous&#xa0;: jour</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Next appointment: time</source>
        <translation>Prochain rendez-vous&#xa0;: heure</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>&amp;Next appointment</source>
        <translation>&amp;Prochain rendez-vous</translation>
    </message>
    <message>
        <source>— not asked yet —</source>
        <translation>— pas encore demandé —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No, not for now</source>
        <translation>Non, pas pour l’instant</translation>
    </message>
    <message>
        <source>Will the person come back?</source>
        <translation>La personne reviendra-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Will you come &amp;back?</source>
        <translation>Revie&amp;ndrez-vous&#xa0;?</translation>
    </message>
    <message>
        <source>Around when</source>
        <translation>Vers quelle date</translation>
    </message>
    <message>
        <source>Around &amp;when</source>
        <translation>&amp;Vers quelle date</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>Pour quoi faire</translation>
    </message>
    <message>
        <source>e.g. to look at the funding decision together</source>
        <translation>par ex. regarder ensemble la décision de financement</translation>
    </message>
    <message>
        <source>What fo&amp;r</source>
        <translation>Pour &amp;quoi faire</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Conclure</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a named contact</source>
        <translation>Ajouter un contact nominatif</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s name</source>
        <translation>Nom du contact</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Fonction&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s role</source>
        <translation>Fonction du contact</translation>
    </message>
    <message>
        <source>Direct &amp;line:</source>
        <translation>&amp;Ligne directe&#xa0;:</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Ligne directe</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <source>Contact&apos;s e-mail</source>
        <translation>Courriel du contact</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <source>Log a contact with {name}</source>
        <translation>Noter un contact avec {name}</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Noter un contact</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Type</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Heure du contact</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Date du contact</translation>
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
        <source>e.g. confirmed the date of the immersion</source>
        <translation>par ex. date de l’immersion confirmée</translation>
    </message>
    <message>
        <source>&amp;About (shareable)</source>
        <translation>&amp;Objet (partageable)</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>Objet du contact</translation>
    </message>
    <message>
        <source>&amp;Private note (never shared)</source>
        <translation>Note &amp;privée (jamais partagée)</translation>
    </message>
    <message>
        <source>Private note, never exported or shared</source>
        <translation>Note privée, jamais exportée ni partagée</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Log the contact</source>
        <translation>Enregistrer le contact</translation>
    </message>
</context>
<context>
    <name>DiagnosisStep</name>
    <message>
        <source>Shared diagnosis</source>
        <translation>Diagnostic partagé</translation>
    </message>
    <message>
        <source>What changed since last session</source>
        <translation>Ce qui a changé depuis le dernier entretien</translation>
    </message>
    <message>
        <source>Request and need</source>
        <translation>Demande et besoin</translation>
    </message>
    <message>
        <source>&amp;Request (their words):</source>
        <translation>&amp;Demande (ses mots)&#xa0;:</translation>
    </message>
    <message>
        <source>Request, in the person&apos;s words</source>
        <translation>Demande, avec les mots de la personne</translation>
    </message>
    <message>
        <source>&amp;Need behind it:</source>
        <translation>&amp;Besoin sous-jacent&#xa0;:</translation>
    </message>
    <message>
        <source>Need behind the request</source>
        <translation>Besoin derrière la demande</translation>
    </message>
    <message>
        <source>Request matches the nee&amp;d:</source>
        <translation>La demande co&amp;rrespond au besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Request matches the need</source>
        <translation>La demande correspond au besoin</translation>
    </message>
    <message>
        <source>Change the match with the need</source>
        <translation>Modifier la correspondance avec le besoin</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Le projet</translation>
    </message>
    <message>
        <source>What the person has already done for it</source>
        <translation>Ce que la personne a déjà fait pour ce projet</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Project state</source>
        <translation>État du projet</translation>
    </message>
    <message>
        <source>In p&amp;lain words:</source>
        <translation>En mots &amp;simples&#xa0;:</translation>
    </message>
    <message>
        <source>The project in plain words</source>
        <translation>Le projet en mots simples</translation>
    </message>
    <message>
        <source>&amp;Motivation (actions):</source>
        <translation>&amp;Motivation (actes)&#xa0;:</translation>
    </message>
    <message>
        <source>Motivation, from concrete actions</source>
        <translation>Motivation, d’après des actions concrètes</translation>
    </message>
    <message>
        <source>Change the project state</source>
        <translation>Modifier l’état du projet</translation>
    </message>
    <message>
        <source>Maturity and realism of the project</source>
        <translation>Maturité et réalisme du projet</translation>
    </message>
    <message>
        <source>Answer a maturity question</source>
        <translation>Répondre à une question de maturité</translation>
    </message>
    <message>
        <source>Answer a realism question</source>
        <translation>Répondre à une question de réalisme</translation>
    </message>
    <message>
        <source>what makes you say so</source>
        <translation>ce qui vous fait dire cela</translation>
    </message>
    <message>
        <source>Comment: {question}</source>
        <translation>Commentaire&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Competences named by the person</source>
        <translation>Compétences nommées par la personne</translation>
    </message>
    <message>
        <source>One per line, in the person&apos;s words</source>
        <translation>Une par ligne, avec les mots de la personne</translation>
    </message>
    <message>
        <source>&amp;Competences (one per line):</source>
        <translation>&amp;Compétences (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Competences you noticed (not shown to the person)</source>
        <translation>Compétences que vous avez observées (non montrées à la personne)</translation>
    </message>
    <message>
        <source>Competences noticed by the counsellor</source>
        <translation>Compétences observées par le conseil</translation>
    </message>
    <message>
        <source>N&amp;oticed (one per line):</source>
        <translation>Obser&amp;vées (une par ligne)&#xa0;:</translation>
    </message>
    <message>
        <source>Autonomy (with what was observed)</source>
        <translation>Autonomie (avec ce qui a été observé)</translation>
    </message>
    <message>
        <source>what you saw, not a judgement</source>
        <translation>ce que vous avez vu, pas un jugement</translation>
    </message>
    <message>
        <source>Autonomy: {area}</source>
        <translation>Autonomie&#xa0;: {area}</translation>
    </message>
    <message>
        <source>Observed: {area}</source>
        <translation>Observé&#xa0;: {area}</translation>
    </message>
    <message>
        <source>Change an autonomy level</source>
        <translation>Modifier un niveau d’autonomie</translation>
    </message>
    <message>
        <source>Obstacles and strengths, theme by theme</source>
        <translation>Freins et points d’appui, thème par thème</translation>
    </message>
    <message>
        <source>Theme of the obstacle to add</source>
        <translation>Thème du frein à ajouter</translation>
    </message>
    <message>
        <source>Situation to add</source>
        <translation>Situation à ajouter</translation>
    </message>
    <message>
        <source>&amp;Add to the diagnosis</source>
        <translation>&amp;Ajouter au diagnostic</translation>
    </message>
    <message>
        <source>Add the obstacle to the diagnosis</source>
        <translation>Ajouter le frein au diagnostic</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituation&#xa0;:</translation>
    </message>
    <message>
        <source>No theme explored yet: choose a theme and a situation above.</source>
        <translation>Aucun thème exploré pour l’instant&#xa0;: choisissez un thème et une situation ci-dessus.</translation>
    </message>
    <message>
        <source>The theme in general</source>
        <translation>Le thème en général</translation>
    </message>
    <message>
        <source>Mark an obstacle agreed or not</source>
        <translation>Marquer un frein comme convenu ou non</translation>
    </message>
    <message>
        <source>Change an obstacle&apos;s status</source>
        <translation>Modifier le statut d’un frein</translation>
    </message>
    <message>
        <source>Add an obstacle</source>
        <translation>Ajouter un frein</translation>
    </message>
    <message>
        <source>Remove an obstacle</source>
        <translation>Retirer un frein</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>First diagnosis: everything written today is new.</source>
        <translation>Premier diagnostic&#xa0;: tout ce qui est écrit aujourd’hui est nouveau.</translation>
    </message>
    <message>
        <source>Nothing changed yet since {version}.</source>
        <translation>Rien n’a encore changé depuis la {version}.</translation>
    </message>
    <message>
        <source>Since {version}:</source>
        <translation>Depuis la {version}&#xa0;:</translation>
    </message>
    <message>
        <source>… and {count} more changes</source>
        <translation>… et {count} autres changements</translation>
    </message>
    <message>
        <source>version {number} ({date})</source>
        <translation>version {number} ({date})</translation>
    </message>
</context>
<context>
    <name>DirectoryPage</name>
    <message>
        <source>Words: permis, bilan, mission locale…</source>
        <translation>Mots&#xa0;: permis, bilan, mission locale…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Rechercher&#xa0;:</translation>
    </message>
    <message>
        <source>Words to search</source>
        <translation>Mots à rechercher</translation>
    </message>
    <message>
        <source>The person&apos;s commune</source>
        <translation>Commune de la personne</translation>
    </message>
    <message>
        <source>&amp;Near:</source>
        <translation>Près &amp;de&#xa0;:</translation>
    </message>
    <message>
        <source>Commune to measure distance from</source>
        <translation>Commune à partir de laquelle mesurer la distance</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>toute distance</translation>
    </message>
    <message>
        <source>within %1 km</source>
        <translation>à moins de %1 km</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>R&amp;ayon&#xa0;:</translation>
    </message>
    <message>
        <source>Radius around the commune</source>
        <translation>Rayon autour de la commune</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>tous les thèmes</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;hème&#xa0;:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>all publics</source>
        <translation>tous les publics</translation>
    </message>
    <message>
        <source>&amp;Public:</source>
        <translation>&amp;Public&#xa0;:</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>tous les types</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Type de service</translation>
    </message>
    <message>
        <source>free or paid</source>
        <translation>gratuit ou payant</translation>
    </message>
    <message>
        <source>F&amp;ees:</source>
        <translation>&amp;Frais&#xa0;:</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Frais</translation>
    </message>
    <message>
        <source>on site or remote</source>
        <translation>sur place ou à distance</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <source>Mode of reception</source>
        <translation>Mode d’accueil</translation>
    </message>
    <message>
        <source>Fa&amp;vourites only</source>
        <translation>Fa&amp;voris uniquement</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Favoris uniquement</translation>
    </message>
    <message>
        <source>Results and reminders</source>
        <translation>Résultats et rappels</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Distance</source>
        <translation>Distance</translation>
    </message>
    <message>
        <source>Services found</source>
        <translation>Services trouvés</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Entries to check again</source>
        <translation>Fiches à revérifier</translation>
    </message>
    <message>
        <source>To check again</source>
        <translation>À revérifier</translation>
    </message>
    <message>
        <source>&amp;Import a data·inclusion file…</source>
        <translation>&amp;Importer un fichier data·inclusion…</translation>
    </message>
    <message>
        <source>Import a data·inclusion file</source>
        <translation>Importer un fichier data·inclusion</translation>
    </message>
    <message>
        <source>Preparing the directory…</source>
        <translation>Préparation de l’annuaire…</translation>
    </message>
    <message>
        <source>Choose the commune in the list (type its name or postal code).</source>
        <translation>Choisissez la commune dans la liste (saisissez son nom ou son code postal).</translation>
    </message>
    <message>
        <source>Import in progress: the search resumes when it ends.</source>
        <translation>Import en cours&#xa0;: la recherche reprendra à la fin.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service trouvé</numerusform>
            <numerusform>%n services trouvés</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory: %1 partners, %2 services</source>
        <translation>Annuaire&#xa0;: %1 partenaires, %2 services</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 — last checked: %2</source>
        <translation>%1 — dernière vérification&#xa0;: %2</translation>
    </message>
    <message>
        <source>To check again (%1)</source>
        <translation>À revérifier (%1)</translation>
    </message>
    <message>
        <source>data·inclusion files (*.json *.csv)</source>
        <translation>Fichiers data·inclusion (*.json *.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Import de %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 importés, %2 mis à jour, %3 inchangés, %4 rejetés.</translation>
    </message>
    <message>
        <source>Stopped: the batches already read were kept.</source>
        <translation>Import arrêté&#xa0;: les lots déjà lus ont été conservés.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Ligne %1 (%2)&#xa0;: %3</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows (the command line lists them all).</source>
        <translation>… et %1 autres lignes rejetées (la ligne de commande les liste toutes).</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Summary document</source>
        <translation>Document de synthèse</translation>
    </message>
    <message>
        <source>Summary document (easy to read)</source>
        <translation>Document de synthèse (FALC)</translation>
    </message>
    <message>
        <source>My action plan</source>
        <translation>Mon plan d’action</translation>
    </message>
    <message>
        <source>Session conclusion</source>
        <translation>Conclusion de l’entretien</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Fiche de liaison</translation>
    </message>
    <message>
        <source>Counsellor&apos;s contact card</source>
        <translation>Carte de contact du conseil</translation>
    </message>
    <message>
        <source>Job interview grid (meeting a professional)</source>
        <translation>Grille d’enquête métier (rencontrer un professionnel)</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>{what}, version {version} of {when} — {name}</source>
        <translation>{what}, version {version} du {when} — {name}</translation>
    </message>
    <message>
        <source>{what} — {name}</source>
        <translation>{what} — {name}</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Aperçu du document</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll; Ctrl+Page Down and Ctrl+Page Up go to the next or previous page; Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits the page width.</source>
        <translation>Pg Préc et Pg Suiv font défiler&#xa0;; Ctrl+Pg Suiv et Ctrl+Pg Préc passent à la page suivante ou précédente&#xa0;; Ctrl+plus et Ctrl+moins règlent le zoom&#xa0;; Ctrl+0 ajuste à la largeur de la page.</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Easy to read (FALC)</source>
        <translation>Facile à lire (FALC)</translation>
    </message>
    <message>
        <source>Version of the summary document</source>
        <translation>Version du document de synthèse</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Large print (20 pt)</source>
        <translation>&amp;Gros caractères (20 pt)</translation>
    </message>
    <message>
        <source>Large print, 20 point text</source>
        <translation>Gros caractères, texte en 20 points</translation>
    </message>
    <message>
        <source>Texts you can change before printing</source>
        <translation>Textes modifiables avant impression</translation>
    </message>
    <message>
        <source>This document has no free text to change.</source>
        <translation>Ce document n’a aucun texte libre à modifier.</translation>
    </message>
    <message>
        <source>&amp;Update the preview</source>
        <translation>&amp;Actualiser l’aperçu</translation>
    </message>
    <message>
        <source>Show the changed texts in the preview (F5)</source>
        <translation>Afficher les textes modifiés dans l’aperçu (F5)</translation>
    </message>
    <message>
        <source>Update the preview with the changed texts</source>
        <translation>Actualiser l’aperçu avec les textes modifiés</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom arrière (Ctrl+moins)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom avant (Ctrl+plus)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>Adapter à la &amp;largeur</translation>
    </message>
    <message>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>Adapter à la largeur de la page (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Imprimer le document (Ctrl+P)</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>&amp;Signer…</translation>
    </message>
    <message>
        <source>The person signs on screen</source>
        <translation>La personne signe à l’écran</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save in the person&apos;s documents (Ctrl+S)</source>
        <translation>Enregistrer dans les documents de la personne (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Fermer l’aperçu</translation>
    </message>
    <message>
        <source>This text is too long for the document ({length} characters, at most {max}): shorten it.</source>
        <translation>Ce texte est trop long pour le document ({length} caractères, {max} au maximum)&#xa0;: raccourcissez-le.</translation>
    </message>
    <message>
        <source>The preview was not updated: a text is too long (marked in red).</source>
        <translation>L’aperçu n’a pas été actualisé&#xa0;: un texte est trop long (signalé en rouge).</translation>
    </message>
    <message>
        <source>The document changed after the person signed it: the signature was removed. Ask the person to sign again.</source>
        <translation>Le document a changé après la signature de la personne&#xa0;: la signature a été retirée. Demandez à la personne de signer de nouveau.</translation>
    </message>
    <message>
        <source>The file of this document cannot be read ({path}: {error}). Make it again with “New document…”.</source>
        <translation>Le fichier de ce document est illisible ({path}&#xa0;: {error}). Refaites-le avec «&#xa0;Nouveau document…&#xa0;».</translation>
    </message>
    <message>
        <source>Saved document, as handed over: {path}</source>
        <translation>Document enregistré, tel qu’il a été remis&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>The document was not made: change the text marked in red.</source>
        <translation>Le document n’a pas été créé&#xa0;: modifiez le texte signalé en rouge.</translation>
    </message>
    <message>
        <source>Signed by {name} and saved in the person&apos;s documents (version {version}): {path}</source>
        <translation>Signé par {name} et enregistré dans les documents de la personne (version {version})&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Saved in the person&apos;s documents (version {version}): {path}</source>
        <translation>Enregistré dans les documents de la personne (version {version})&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Print the document: the person signs it on paper.</source>
        <translation>Imprimez le document&#xa0;: la personne le signe sur papier.</translation>
    </message>
    <message>
        <source>Nothing was printed: {reason}</source>
        <translation>Rien n’a été imprimé&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>The document could not be read.</source>
        <translation>Le document n’a pas pu être lu.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu être lancée.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Summary document</source>
        <translation>Document de synthèse</translation>
    </message>
    <message>
        <source>Summary document (easy to read)</source>
        <translation>Document de synthèse (FALC)</translation>
    </message>
    <message>
        <source>My action plan</source>
        <translation>Mon plan d’action</translation>
    </message>
    <message>
        <source>Session conclusion</source>
        <translation>Conclusion de l’entretien</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Fiche de liaison</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Carte de contact</translation>
    </message>
    <message>
        <source>Job interview grid</source>
        <translation>Grille d’enquête métier</translation>
    </message>
    <message>
        <source>Context of the request</source>
        <translation>Contexte de la demande</translation>
    </message>
    <message>
        <source>Situation as agreed</source>
        <translation>Situation telle que convenue</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>What we built together</source>
        <translation>Ce que nous avons construit ensemble</translation>
    </message>
    <message>
        <source>Opening words</source>
        <translation>Message d’introduction</translation>
    </message>
    <message>
        <source>Conclusion text</source>
        <translation>Texte de la conclusion</translation>
    </message>
    <message>
        <source>What the partner needs to know</source>
        <translation>Ce que le partenaire doit savoir</translation>
    </message>
    <message>
        <source>Job to explore</source>
        <translation>Métier à découvrir</translation>
    </message>
    <message>
        <source>Questions (one per line)</source>
        <translation>Questions (une par ligne)</translation>
    </message>
    <message>
        <source>Unknown document &quot;{kind}&quot;: choose one of {kinds}.</source>
        <translation>Document «&#xa0;{kind}&#xa0;» inconnu&#xa0;: choisissez parmi {kinds}.</translation>
    </message>
    <message>
        <source>The text &quot;{section}&quot; is {length} characters long: shorten it to {limit} at most.</source>
        <translation>Le texte «&#xa0;{section}&#xa0;» fait {length} caractères&#xa0;: raccourcissez-le à {limit} au maximum.</translation>
    </message>
    <message>
        <source>The signature could not be read: ask the person to sign again.</source>
        <translation>La signature n’a pas pu être lue&#xa0;: demandez à la personne de signer à nouveau.</translation>
    </message>
    <message>
        <source>This person has no session yet: record a session before printing its conclusion.</source>
        <translation>Cette personne n’a pas encore d’entretien&#xa0;: enregistrez un entretien avant d’en imprimer la conclusion.</translation>
    </message>
    <message>
        <source>Choose the referral this slip is for (--referral).</source>
        <translation>Choisissez l’orientation concernée par cette fiche (--referral).</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;Nouveau document…</translation>
    </message>
    <message>
        <source>Make a new document</source>
        <translation>Créer un nouveau document</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Ouvrir le document sélectionné</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Établi le</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Documents handed over, newest first (Enter or double-click to open)</source>
        <translation>Documents remis, du plus récent au plus ancien (Entrée ou double-clic pour ouvrir)</translation>
    </message>
    <message>
        <source>Documents of a session</source>
        <translation>Documents d’un entretien</translation>
    </message>
    <message>
        <source>The documents a session calls for. “Print all ticked” saves each one in the person&apos;s documents, then prints them in one go.</source>
        <translation>Les documents prévus pour un entretien. «&#xa0;Imprimer les documents cochés&#xa0;» enregistre chacun dans les documents de la personne, puis les imprime en une seule fois.</translation>
    </message>
    <message>
        <source>Session whose documents to print</source>
        <translation>Entretien dont les documents sont à imprimer</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>&amp;Entretien&#xa0;:</translation>
    </message>
    <message>
        <source>Documents this session calls for (Space ticks or unticks)</source>
        <translation>Documents prévus pour cet entretien (Espace pour cocher ou décocher)</translation>
    </message>
    <message>
        <source>Pre&amp;view the selected…</source>
        <translation>&amp;Aperçu du document choisi…</translation>
    </message>
    <message>
        <source>Preview the selected document of the session</source>
        <translation>Aperçu du document choisi pour l’entretien</translation>
    </message>
    <message>
        <source>&amp;Print all ticked…</source>
        <translation>&amp;Imprimer les documents cochés…</translation>
    </message>
    <message>
        <source>Save and print all the ticked documents of the session in one go</source>
        <translation>Enregistrer et imprimer en une seule fois tous les documents cochés de l’entretien</translation>
    </message>
    <message>
        <source>{what}, large print</source>
        <translation>{what}, gros caractères</translation>
    </message>
    <message>
        <source>Signed on screen on {date}</source>
        <translation>Signé à l’écran le {date}</translation>
    </message>
    <message>
        <source>Not signed on screen</source>
        <translation>Non signé à l’écran</translation>
    </message>
    <message>
        <source>{name} (file missing)</source>
        <translation>{name} (fichier manquant)</translation>
    </message>
    <message>
        <source>Documents handed over: {n}</source>
        <translation>Documents remis&#xa0;: {n}</translation>
    </message>
    <message>
        <source>{what} (no referral recorded yet)</source>
        <translation>{what} (aucune orientation enregistrée pour l’instant)</translation>
    </message>
    <message>
        <source>{service} — {structure}, sent on {date}</source>
        <translation>{service} — {structure}, orientation du {date}</translation>
    </message>
    <message>
        <source>No session recorded yet</source>
        <translation>Aucun entretien enregistré pour l’instant</translation>
    </message>
    <message>
        <source>Tick at least one document to print.</source>
        <translation>Cochez au moins un document à imprimer.</translation>
    </message>
    <message>
        <source>Documents of the session</source>
        <translation>Documents de l’entretien</translation>
    </message>
    <message>
        <source>The documents were saved but not printed: {reason}</source>
        <translation>Les documents ont été enregistrés mais pas imprimés&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved and printed.</source>
        <translation>
            <numerusform>%n document enregistré et imprimé.</numerusform>
            <numerusform>%n documents enregistrés et imprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved in the person&apos;s documents; nothing printed.</source>
        <translation>
            <numerusform>%n document enregistré dans les documents de la personne&#xa0;; rien n’a été imprimé.</numerusform>
            <numerusform>%n documents enregistrés dans les documents de la personne&#xa0;; rien n’a été imprimé.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EstimateFields</name>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Duration estimated by the person</source>
        <translation>Durée estimée par la personne</translation>
    </message>
    <message>
        <source>Unit of the estimate</source>
        <translation>Unité de l’estimation</translation>
    </message>
</context>
<context>
    <name>ExploreStep</name>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Target jobs (ROME)</source>
        <translation>Métiers visés (ROME)</translation>
    </message>
    <message>
        <source>Type a job title, then choose it in the list</source>
        <translation>Saisissez un métier, puis choisissez-le dans la liste</translation>
    </message>
    <message>
        <source>Add a target job</source>
        <translation>Ajouter un métier visé</translation>
    </message>
    <message>
        <source>Target jobs</source>
        <translation>Métiers visés</translation>
    </message>
    <message>
        <source>Re&amp;move the job</source>
        <translation>Reti&amp;rer le métier</translation>
    </message>
    <message>
        <source>Remove the selected target job</source>
        <translation>Retirer le métier visé sélectionné</translation>
    </message>
    <message>
        <source>Add a target &amp;job:</source>
        <translation>Ajouter un &amp;métier visé&#xa0;:</translation>
    </message>
    <message>
        <source>No target job yet: type a job title above and choose it in the list.</source>
        <translation>Aucun métier visé pour l’instant&#xa0;: saisissez un métier ci-dessus et choisissez-le dans la liste.</translation>
    </message>
    <message>
        <source>Options, validated or set aside together</source>
        <translation>Pistes, validées ou écartées ensemble</translation>
    </message>
    <message>
        <source>An option (a job, a training, a move…), Enter to add</source>
        <translation>Une piste (un métier, une formation, un déménagement…), Entrée pour l’ajouter</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>Nouvelle piste</translation>
    </message>
    <message>
        <source>Add the o&amp;ption</source>
        <translation>Ajouter la &amp;piste</translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation>Ajouter la piste</translation>
    </message>
    <message>
        <source>&amp;New option:</source>
        <translation>&amp;Nouvelle piste&#xa0;:</translation>
    </message>
    <message>
        <source>No option written down yet.</source>
        <translation>Aucune piste notée pour l’instant.</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Remove a target job</source>
        <translation>Retirer un métier visé</translation>
    </message>
    <message>
        <source>Write the option first, then press Enter.</source>
        <translation>Écrivez d’abord la piste, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Ajouter une piste</translation>
    </message>
    <message>
        <source>Validate an option</source>
        <translation>Valider une piste</translation>
    </message>
    <message>
        <source>Set an option aside</source>
        <translation>Écarter une piste</translation>
    </message>
    <message>
        <source>Reopen an option</source>
        <translation>Rouvrir une piste</translation>
    </message>
    <message>
        <source>Remove an option</source>
        <translation>Retirer une piste</translation>
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
    <name>FundingFileEditor</name>
    <message>
        <source>Transitions Pro, OPCO, France Travail…</source>
        <translation>Transitions Pro, OPCO, France Travail…</translation>
    </message>
    <message>
        <source>amount in €</source>
        <translation>montant en €</translation>
    </message>
    <message>
        <source>Remove the funding file</source>
        <translation>Retirer le dossier de financement</translation>
    </message>
    <message>
        <source>&amp;Lever:</source>
        <translation>&amp;Levier&#xa0;:</translation>
    </message>
    <message>
        <source>Funding lever</source>
        <translation>Levier de financement</translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>Financeur&#xa0;:</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Financeur</translation>
    </message>
    <message>
        <source>&amp;Quote (€):</source>
        <translation>Dev&amp;is (€)&#xa0;:</translation>
    </message>
    <message>
        <source>Quote amount</source>
        <translation>Montant du devis</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>Déposé le&#xa0;:</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Déposé le</translation>
    </message>
    <message>
        <source>Decision e&amp;xpected:</source>
        <translation>Décision a&amp;ttendue le&#xa0;:</translation>
    </message>
    <message>
        <source>Decision expected on</source>
        <translation>Décision attendue le</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Décision&#xa0;:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Décidé le&#xa0;:</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Reason for the refusal:</source>
        <translation>Motif du refus&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Motif du refus</translation>
    </message>
</context>
<context>
    <name>GuidedSessionWindow</name>
    <message>
        <source>Session with {name}</source>
        <translation>Entretien avec {name}</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Entretien guidé</translation>
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
        <source>Steps of the session (Ctrl+1 to Ctrl+6)</source>
        <translation>Étapes de l’entretien (Ctrl+1 à Ctrl+6)</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>&amp;Accompaniment ▾</source>
        <translation>&amp;Accompagnement ▾</translation>
    </message>
    <message>
        <source>Change the accompaniment&apos;s status</source>
        <translation>Changer le statut de l’accompagnement</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>&amp;Historique…</translation>
    </message>
    <message>
        <source>History of the diagnosis and of the plan</source>
        <translation>Historique du diagnostic et du plan</translation>
    </message>
    <message>
        <source>Side-by-side mode</source>
        <translation>Mode côte à côte</translation>
    </message>
    <message>
        <source>Discard it and start afresh</source>
        <translation>Supprimer et recommencer</translation>
    </message>
    <message>
        <source>Discard the draft and start afresh</source>
        <translation>Supprimer le brouillon et recommencer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Undo the last change in this step</source>
        <translation>Annuler la dernière modification de cette étape</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Abandonner l’entretien</translation>
    </message>
    <message>
        <source>Cancel the session and discard its draft</source>
        <translation>Abandonner l’entretien et supprimer son brouillon</translation>
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
        <source>Save the whole session (Ctrl+S)</source>
        <translation>Enregistrer tout l’entretien (Ctrl+S)</translation>
    </message>
    <message>
        <source>Side by side (F11)</source>
        <translation>Côte à côte (F11)</translation>
    </message>
    <message>
        <source>Large type, only what the person may see (F11)</source>
        <translation>Gros caractères, seulement ce que la personne peut voir (F11)</translation>
    </message>
    <message>
        <source>This session was restored from its draft of {when}: nothing typed was lost.</source>
        <translation>Cet entretien a été restauré depuis son brouillon du {when}&#xa0;: rien de ce qui a été saisi n’est perdu.</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>Le brouillon n’a pas pu être enregistré&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Brouillon enregistré à {time}</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Discard everything in this draft and start a new session?</source>
        <translation>Supprimer tout le contenu de ce brouillon et commencer un nouvel entretien&#xa0;?</translation>
    </message>
    <message>
        <source>Service level: {level}</source>
        <translation>Niveau de service&#xa0;: {level}</translation>
    </message>
    <message>
        <source>&amp;Pause, with a return date…</source>
        <translation>&amp;Mettre en pause, avec une date de reprise…</translation>
    </message>
    <message>
        <source>Partner &amp;relay…</source>
        <translation>Relais &amp;partenaire…</translation>
    </message>
    <message>
        <source>&amp;Close, with a reason…</source>
        <translation>&amp;Clore, avec un motif…</translation>
    </message>
    <message>
        <source>Re-&amp;open…</source>
        <translation>R&amp;ouvrir…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Reprendre</translation>
    </message>
    <message>
        <source>Not saved yet: change what was asked about, or save again and confirm.</source>
        <translation>Pas encore enregistré&#xa0;: modifiez ce qui a été signalé, ou enregistrez de nouveau et confirmez.</translation>
    </message>
    <message>
        <source>Action “{action}”: {problem}</source>
        <translation>Action «&#xa0;{action}&#xa0;»&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Veuillez confirmer</translation>
    </message>
    <message>
        <source>Please check with the person:

{reasons}

Save the session anyway?</source>
        <translation>À vérifier avec la personne&#xa0;:

{reasons}

Enregistrer l’entretien quand même&#xa0;?</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Rien n’a été enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>• See the fields marked in red above.</source>
        <translation>• Consultez les champs signalés en rouge ci-dessus.</translation>
    </message>
    <message>
        <source>Cancel this session? Nothing of it will be saved and its draft is discarded.</source>
        <translation>Abandonner cet entretien&#xa0;? Rien ne sera enregistré et son brouillon sera supprimé.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {name}</source>
        <translation>Historique — {name}</translation>
    </message>
    <message>
        <source>History of the diagnosis and of the plan</source>
        <translation>Historique du diagnostic et du plan</translation>
    </message>
    <message>
        <source>The history is not available in this version.</source>
        <translation>L’historique n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Version antérieure</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Version ultérieure</translation>
    </message>
    <message>
        <source>Earlier version of the diagnosis</source>
        <translation>Version antérieure du diagnostic</translation>
    </message>
    <message>
        <source>Later version of the diagnosis</source>
        <translation>Version ultérieure du diagnostic</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>Ce qui a changé entre les deux versions</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Comparer&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>a&amp;vec&#xa0;:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed&lt;/b&gt;</source>
        <translation>&lt;b&gt;Ce qui a changé&lt;/b&gt;</translation>
    </message>
    <message>
        <source>History of the plan</source>
        <translation>Historique du plan</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnostic</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>— nothing before —</source>
        <translation>— rien avant —</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>Version {number} ({date})</translation>
    </message>
    <message>
        <source>No diagnosis written yet.</source>
        <translation>Aucun diagnostic écrit pour l’instant.</translation>
    </message>
    <message>
        <source>Choose a later version to compare with.</source>
        <translation>Choisissez une version ultérieure à comparer.</translation>
    </message>
    <message>
        <source> (counsellor only)</source>
        <translation> (réservé au conseil)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Rien n’a changé.</translation>
    </message>
    <message>
        <source>(no earlier version)</source>
        <translation>(aucune version antérieure)</translation>
    </message>
    <message>
        <source>Request and need</source>
        <translation>Demande et besoin</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Demande&#xa0;:</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>Besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Matches the need:</source>
        <translation>Correspond au besoin&#xa0;:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>État&#xa0;:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projet&#xa0;:</translation>
    </message>
    <message>
        <source>Motivation:</source>
        <translation>Motivation&#xa0;:</translation>
    </message>
    <message>
        <source>Competences named by the person</source>
        <translation>Compétences nommées par la personne</translation>
    </message>
    <message>
        <source>Competences noticed by the counsellor (counsellor only)</source>
        <translation>Compétences observées (réservé au conseil)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>convenu</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>non convenu</translation>
    </message>
    <message>
        <source>The person: {view}</source>
        <translation>La personne&#xa0;: {view}</translation>
    </message>
    <message>
        <source>Counsellor (counsellor only): {view}</source>
        <translation>Le conseil (réservé au conseil)&#xa0;: {view}</translation>
    </message>
    <message>
        <source>Obstacles and strengths</source>
        <translation>Freins et points d’appui</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(vide)</translation>
    </message>
    <message>
        <source>The plan has not changed yet.</source>
        <translation>Le plan n’a pas encore changé.</translation>
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
    <name>InterviewFields</name>
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
</context>
<context>
    <name>ListenStep</name>
    <message>
        <source>The request, in the person&apos;s own words</source>
        <translation>La demande, avec les mots de la personne</translation>
    </message>
    <message>
        <source>Write down what the person asks for, with their words.</source>
        <translation>Notez ce que la personne demande, avec ses mots.</translation>
    </message>
    <message>
        <source>The re&amp;quest, in the person&apos;s own words</source>
        <translation>La &amp;demande, avec les mots de la personne</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Notes partageables</translation>
    </message>
    <message>
        <source>S&amp;hareable notes — the person may read them</source>
        <translation>Notes &amp;partageables — la personne peut les lire</translation>
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
        <source>Listen</source>
        <translation>Écouter</translation>
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
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Annuaire</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Ouverture de vos données…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Ouverture de vos données</translation>
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
        <source>Protect your CEP Desk store</source>
        <translation>Protéger votre base de données CEP Desk</translation>
    </message>
    <message>
        <source>Your recovery key opens the store in this folder. Choose how its key is protected from now on:</source>
        <translation>Votre clé de récupération ouvre la base de données de ce dossier. Choisissez comment sa clé sera protégée désormais&#xa0;:</translation>
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
        <source>&amp;Protect the store</source>
        <translation>Protéger la &amp;base de données</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>Créer la base de données</translation>
    </message>
    <message>
        <source>Protect the store</source>
        <translation>Protéger la base de données</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>ObjectiveRow</name>
    <message>
        <source>Theme of the objective</source>
        <translation>Thème de l’objectif</translation>
    </message>
    <message>
        <source>The objective in the person&apos;s words</source>
        <translation>L’objectif, avec les mots de la personne</translation>
    </message>
    <message>
        <source>Objective, in the person&apos;s words</source>
        <translation>Objectif, avec les mots de la personne</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Atteint</translation>
    </message>
    <message>
        <source>Objective reached</source>
        <translation>Objectif atteint</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Retirer l’objectif</translation>
    </message>
</context>
<context>
    <name>ObstacleRow</name>
    <message>
        <source>Status of: {item}</source>
        <translation>Statut de&#xa0;: {item}</translation>
    </message>
    <message>
        <source>— not asked yet —</source>
        <translation>— pas encore demandé —</translation>
    </message>
    <message>
        <source>Agreed together</source>
        <translation>Convenu ensemble</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Non convenu</translation>
    </message>
    <message>
        <source>Agreed with the person: {item}</source>
        <translation>Convenu avec la personne&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the obstacle: {item}</source>
        <translation>Retirer le frein&#xa0;: {item}</translation>
    </message>
    <message>
        <source>How the person sees it, in their words</source>
        <translation>Comment la personne le voit, avec ses mots</translation>
    </message>
    <message>
        <source>The person&apos;s view: {item}</source>
        <translation>Point de vue de la personne&#xa0;: {item}</translation>
    </message>
    <message>
        <source>What you observed (not shown to the person)</source>
        <translation>Ce que vous avez observé (non montré à la personne)</translation>
    </message>
    <message>
        <source>Counsellor&apos;s view: {item}</source>
        <translation>Point de vue du conseil&#xa0;: {item}</translation>
    </message>
    <message>
        <source>Person&apos;s view:</source>
        <translation>Point de vue de la personne&#xa0;:</translation>
    </message>
    <message>
        <source>Counsellor&apos;s view:</source>
        <translation>Point de vue du conseil&#xa0;:</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <source>Option</source>
        <translation>Piste</translation>
    </message>
    <message>
        <source>&amp;Validated together</source>
        <translation>&amp;Validée ensemble</translation>
    </message>
    <message>
        <source>Set a&amp;side</source>
        <translation>É&amp;carter</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Validate with the person: {option}</source>
        <translation>Valider avec la personne&#xa0;: {option}</translation>
    </message>
    <message>
        <source>Set aside with the person: {option}</source>
        <translation>Écarter avec la personne&#xa0;: {option}</translation>
    </message>
    <message>
        <source>Reopen: {option}</source>
        <translation>Rouvrir&#xa0;: {option}</translation>
    </message>
    <message>
        <source>Remove (written by mistake): {option}</source>
        <translation>Retirer (saisie par erreur)&#xa0;: {option}</translation>
    </message>
    <message>
        <source>Why, in plain words</source>
        <translation>Pourquoi, en mots simples</translation>
    </message>
    <message>
        <source>Why it was validated or set aside: {option}</source>
        <translation>Pourquoi elle a été validée ou écartée&#xa0;: {option}</translation>
    </message>
    <message>
        <source>What I want</source>
        <translation>Ce que je veux</translation>
    </message>
    <message>
        <source>What I want: {option}</source>
        <translation>Ce que je veux&#xa0;: {option}</translation>
    </message>
    <message>
        <source>What I can do</source>
        <translation>Ce que je peux faire</translation>
    </message>
    <message>
        <source>What I can do: {option}</source>
        <translation>Ce que je peux faire&#xa0;: {option}</translation>
    </message>
    <message>
        <source>What the market allows</source>
        <translation>Ce que le marché permet</translation>
    </message>
    <message>
        <source>What the market allows: {option}</source>
        <translation>Ce que le marché permet&#xa0;: {option}</translation>
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
    <name>PartnerPage</name>
    <message>
        <source>Partner name</source>
        <translation>Nom du partenaire</translation>
    </message>
    <message>
        <source>Address and switchboard</source>
        <translation>Adresse et standard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Services&lt;/b&gt;</source>
        <translation>&lt;b&gt;Services&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Services of the partner</source>
        <translation>Services du partenaire</translation>
    </message>
    <message>
        <source>Description of the service</source>
        <translation>Description du service</translation>
    </message>
    <message>
        <source>Re&amp;fer a person to this service…</source>
        <translation>&amp;Orienter une personne vers ce service…</translation>
    </message>
    <message>
        <source>Refer a person to this service</source>
        <translation>Orienter une personne vers ce service</translation>
    </message>
    <message>
        <source>&lt;b&gt;Named contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Interlocuteurs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Ajouter un &amp;interlocuteur…</translation>
    </message>
    <message>
        <source>Add a named contact</source>
        <translation>Ajouter un interlocuteur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Ligne directe</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Interlocuteurs</translation>
    </message>
    <message>
        <source>F&amp;avourite</source>
        <translation>F&amp;avori</translation>
    </message>
    <message>
        <source>Favourite partner</source>
        <translation>Partenaire favori</translation>
    </message>
    <message>
        <source>&amp;Checked today</source>
        <translation>&amp;Vérifié aujourd’hui</translation>
    </message>
    <message>
        <source>Mark the information as checked today</source>
        <translation>Marquer les informations comme vérifiées aujourd’hui</translation>
    </message>
    <message>
        <source>Words of your own, separated by commas</source>
        <translation>Vos propres mots, séparés par des virgules</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Vos étiquettes</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>É&amp;tiquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Who does what, funding rules, delays (shared with colleagues)</source>
        <translation>Qui fait quoi, règles de financement, délais (partagé avec les collègues)</translation>
    </message>
    <message>
        <source>Notes shared with colleagues</source>
        <translation>Notes partagées avec les collègues</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <source>Only on this computer, never synced</source>
        <translation>Uniquement sur cet ordinateur, jamais synchronisées</translation>
    </message>
    <message>
        <source>Private relationship notes</source>
        <translation>Notes privées sur la relation</translation>
    </message>
    <message>
        <source>&amp;Private notes:</source>
        <translation>Notes &amp;privées&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Save my notes</source>
        <translation>&amp;Enregistrer mes notes</translation>
    </message>
    <message>
        <source>Save favourite, tags and notes</source>
        <translation>Enregistrer le favori, les étiquettes et les notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;People referred here&lt;/b&gt;</source>
        <translation>&lt;b&gt;Personnes orientées ici&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>People referred to this partner</source>
        <translation>Personnes orientées vers ce partenaire</translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation>Votre propre fiche</translation>
    </message>
    <message>
        <source>From data·inclusion (%1), updated on %2</source>
        <translation>Issue de data·inclusion (%1), mise à jour le %2</translation>
    </message>
    <message>
        <source>Last checked on %1</source>
        <translation>Dernière vérification le %1</translation>
    </message>
    <message>
        <source>Never checked: call them to confirm the details.</source>
        <translation>Jamais vérifiée&#xa0;: appelez-les pour confirmer les informations.</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Thématiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>Publics&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>open</source>
        <translation>ouverte</translation>
    </message>
    <message>
        <source>being studied</source>
        <translation>à l’étude</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>acceptée</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>courriel</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>through the counsellor</source>
        <translation>par votre intermédiaire</translation>
    </message>
    <message>
        <source>name and date of birth</source>
        <translation>nom et date de naissance</translation>
    </message>
    <message>
        <source>phone, e-mail and address</source>
        <translation>téléphone, courriel et adresse</translation>
    </message>
    <message>
        <source>employment situation</source>
        <translation>situation professionnelle</translation>
    </message>
    <message>
        <source>shared diagnosis</source>
        <translation>diagnostic partagé</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>plan d’action</translation>
    </message>
    <message>
        <source>The file is {size} MB; the limit is {limit} MB. Download the file of your region or département from data·inclusion instead of the national one.</source>
        <translation>Le fichier fait {size} Mo&#xa0;; la limite est de {limit} Mo. Téléchargez sur data·inclusion le fichier de votre région ou de votre département, plutôt que le fichier national.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Impossible de lire {path}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (problem near byte {offset}). Open it in a spreadsheet or text editor and save it again as “CSV UTF-8” or UTF-8 JSON, then import it again.</source>
        <translation>Le fichier n’est pas un texte UTF-8 (problème vers l’octet {offset}). Ouvrez-le dans un tableur ou un éditeur de texte, enregistrez-le à nouveau au format «&#xa0;CSV UTF-8&#xa0;» ou JSON UTF-8, puis importez-le à nouveau.</translation>
    </message>
    <message>
        <source>This is not a data·inclusion JSON file: it should be a list of structures or services starting with “[”.</source>
        <translation>Ce n’est pas un fichier JSON data·inclusion&#xa0;: il doit contenir une liste de structures ou de services commençant par «&#xa0;[&#xa0;».</translation>
    </message>
    <message>
        <source>The JSON is damaged after record {row} (character {offset}): {detail}. The records before it were imported; download the file again to get the rest.</source>
        <translation>Le JSON est endommagé après l’enregistrement {row} (caractère {offset})&#xa0;: {detail}. Les enregistrements précédents ont été importés&#xa0;; téléchargez à nouveau le fichier pour obtenir la suite.</translation>
    </message>
    <message>
        <source>The file ends in the middle of record {row}: it was cut short (incomplete download?). The records before it were imported; download the file again to get the rest.</source>
        <translation>Le fichier s’arrête au milieu de l’enregistrement {row}&#xa0;: il a été tronqué (téléchargement incomplet&#xa0;?). Les enregistrements précédents ont été importés&#xa0;; téléchargez à nouveau le fichier pour obtenir la suite.</translation>
    </message>
    <message>
        <source>The CSV is damaged at line {row}: {detail}. The lines before it were imported; check the file (an unclosed quote?) and import it again.</source>
        <translation>Le CSV est endommagé à la ligne {row}&#xa0;: {detail}. Les lignes précédentes ont été importées&#xa0;; vérifiez le fichier (un guillemet non fermé&#xa0;?) et importez-le à nouveau.</translation>
    </message>
    <message>
        <source>The CSV has no header line with data·inclusion column names (source, id, nom…).</source>
        <translation>Le CSV n’a pas de ligne d’en-tête avec les noms de colonnes data·inclusion (source, id, nom…).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>Not a structure or service record (expected an object with source, id, nom…).</source>
        <translation>Ce n’est pas une fiche de structure ou de service (un objet avec source, id, nom… est attendu).</translation>
    </message>
    <message>
        <source>Structure “{id}” is neither in the directory nor earlier in the file: import the structures file first.</source>
        <translation>La structure «&#xa0;{id}&#xa0;» n’est ni dans l’annuaire ni plus haut dans le fichier&#xa0;: importez d’abord le fichier des structures.</translation>
    </message>
    <message>
        <source>Not valid for data·inclusion: {detail}</source>
        <translation>Non valide pour data·inclusion&#xa0;: {detail}</translation>
    </message>
</context>
<context>
    <name>PendingDrafts</name>
    <message>
        <source>Unsaved sessions</source>
        <translation>Entretiens non enregistrés</translation>
    </message>
    <message>
        <source>These sessions were not saved when CEP Desk last closed; nothing typed was lost:

{people}

Reopen them now?</source>
        <translation>Ces entretiens n’avaient pas été enregistrés à la dernière fermeture de CEP Desk&#xa0;; rien de ce qui a été saisi n’est perdu&#xa0;:

{people}

Les rouvrir maintenant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>in {value} {unit}</source>
        <translation>dans {value} {unit}</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>L’action sélectionnée</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Add an o&amp;bjective</source>
        <translation>Ajouter un o&amp;bjectif</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <source>New action (Enter adds it)</source>
        <translation>Nouvelle action (Entrée pour l’ajouter)</translation>
    </message>
    <message>
        <source>What will be done, in the person&apos;s words</source>
        <translation>Ce qui sera fait, avec les mots de la personne</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>Nouvelle action</translation>
    </message>
    <message>
        <source>Type of the new action</source>
        <translation>Type de la nouvelle action</translation>
    </message>
    <message>
        <source>Who does the new action</source>
        <translation>Qui réalise la nouvelle action</translation>
    </message>
    <message>
        <source>A&amp;dd the action</source>
        <translation>Aj&amp;outer l’action</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Ajouter l’action</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>A&amp;ction&#xa0;:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype&#xa0;:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>&amp;Qui&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;In how long (the person&apos;s estimate):</source>
        <translation>&amp;Dans combien de temps (estimation de la personne)&#xa0;:</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Actions du plan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Desce&amp;ndre</translation>
    </message>
    <message>
        <source>&amp;Remove the action</source>
        <translation>&amp;Retirer l’action</translation>
    </message>
    <message>
        <source>Move the selected action up (Alt+Up)</source>
        <translation>Monter l’action sélectionnée (Alt+Haut)</translation>
    </message>
    <message>
        <source>Move the selected action down (Alt+Down)</source>
        <translation>Descendre l’action sélectionnée (Alt+Bas)</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Retirer l’action sélectionnée</translation>
    </message>
    <message>
        <source>Jalons</source>
        <translation>Jalons</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <source>Jalons of the plan</source>
        <translation>Jalons du plan</translation>
    </message>
    <message>
        <source>Date of the new jalon</source>
        <translation>Date du nouveau jalon</translation>
    </message>
    <message>
        <source>Kind of the new jalon</source>
        <translation>Type du nouveau jalon</translation>
    </message>
    <message>
        <source>What happens that day</source>
        <translation>Ce qui se passe ce jour-là</translation>
    </message>
    <message>
        <source>New jalon</source>
        <translation>Nouveau jalon</translation>
    </message>
    <message>
        <source>Add the &amp;jalon</source>
        <translation>Ajouter le &amp;jalon</translation>
    </message>
    <message>
        <source>Add the jalon</source>
        <translation>Ajouter le jalon</translation>
    </message>
    <message>
        <source>Remove the jalon</source>
        <translation>Retirer le jalon</translation>
    </message>
    <message>
        <source>Remove the selected jalon</source>
        <translation>Retirer le jalon sélectionné</translation>
    </message>
    <message>
        <source>Ne&amp;w jalon on:</source>
        <translation>Nou&amp;veau jalon le&#xa0;:</translation>
    </message>
    <message>
        <source>Change the theme of an objective</source>
        <translation>Changer le thème d’un objectif</translation>
    </message>
    <message>
        <source>Mark an objective reached</source>
        <translation>Marquer un objectif comme atteint</translation>
    </message>
    <message>
        <source>Follows the action&apos;s due date: change it in the action.</source>
        <translation>Suit l’échéance de l’action&#xa0;: modifiez-la dans l’action.</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Saisie</translation>
    </message>
    <message>
        <source>Remove an objective</source>
        <translation>Retirer un objectif</translation>
    </message>
    <message>
        <source>Write the action first, then press Enter.</source>
        <translation>Écrivez d’abord l’action, puis appuyez sur Entrée.</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Ajouter une action</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Retirer une action</translation>
    </message>
    <message>
        <source>Move an action</source>
        <translation>Déplacer une action</translation>
    </message>
    <message>
        <source>Add a jalon</source>
        <translation>Ajouter un jalon</translation>
    </message>
    <message>
        <source>This jalon follows an action&apos;s due date: clear the date in the action, or remove the action.</source>
        <translation>Ce jalon suit l’échéance d’une action&#xa0;: effacez la date dans l’action, ou retirez l’action.</translation>
    </message>
    <message>
        <source>Remove a jalon</source>
        <translation>Retirer un jalon</translation>
    </message>
    <message>
        <source>Mark a jalon done</source>
        <translation>Marquer un jalon comme fait</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… et {count} de plus</translation>
    </message>
    <message>
        <source>Action “{action}”: {problem}</source>
        <translation>Action «&#xa0;{action}&#xa0;»&#xa0;: {problem}</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>The action plan, as the person reads it</source>
        <translation>Le plan d’action, tel que la personne le lit</translation>
    </message>
    <message>
        <source>What we decided together</source>
        <translation>Ce que nous avons décidé ensemble</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>Pas encore d’action.</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>pour le {date}</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>pas encore de date</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Les dates importantes</translation>
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
    <name>QuickSessionDialog</name>
    <message>
        <source>Quick session</source>
        <translation>Entretien rapide</translation>
    </message>
    <message>
        <source>A short interview or a walk-in contact: who came, why, what was given. Enter saves.</source>
        <translation>Un entretien court ou un passage sans rendez-vous&#xa0;: qui est venu, pourquoi, ce qui a été donné. Entrée enregistre.</translation>
    </message>
    <message>
        <source>&amp;Who came</source>
        <translation>&amp;Qui est venu</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Qui est venu</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>&amp;Pourquoi</translation>
    </message>
    <message>
        <source>Reason for contact</source>
        <translation>Motif de sollicitation</translation>
    </message>
    <message>
        <source>e.g. how the CPF works, the PTP calendar</source>
        <translation>par ex. le fonctionnement du CPF, le calendrier du PTP</translation>
    </message>
    <message>
        <source>&amp;Information given</source>
        <translation>&amp;Informations données</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Informations données</translation>
    </message>
    <message>
        <source>e.g. Cap emploi Aveyron</source>
        <translation>par ex. Cap emploi Aveyron</translation>
    </message>
    <message>
        <source>&amp;Referred to (optional)</source>
        <translation>&amp;Orienté vers (facultatif)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Orienté vers</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Save the quick session</source>
        <translation>Enregistrer l’entretien rapide</translation>
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
    <name>ReferralDialog</name>
    <message>
        <source>Referral to a partner</source>
        <translation>Orientation vers un partenaire</translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation>Orienter vers un partenaire</translation>
    </message>
    <message>
        <source>Type a name, then choose</source>
        <translation>Saisissez un nom, puis choisissez</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Personne&#xa0;:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Type words of the service (permis, bilan…), then choose</source>
        <translation>Saisissez des mots du service (permis, bilan…), puis choisissez</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Named &amp;contact:</source>
        <translation>&amp;Interlocuteur&#xa0;:</translation>
    </message>
    <message>
        <source>Named contact at the partner</source>
        <translation>Interlocuteur chez le partenaire</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Motif de l’orientation</translation>
    </message>
    <message>
        <source>&amp;Agreed to work on:</source>
        <translation>Travail &amp;convenu&#xa0;:</translation>
    </message>
    <message>
        <source>What the person agreed to work on</source>
        <translation>Ce sur quoi la personne a accepté de travailler</translation>
    </message>
    <message>
        <source>Partner contacts the person &amp;by:</source>
        <translation>Le partenaire contacte la personne pa&amp;r&#xa0;:</translation>
    </message>
    <message>
        <source>How the partner should contact the person</source>
        <translation>Comment le partenaire doit contacter la personne</translation>
    </message>
    <message>
        <source>For the plan actio&amp;n:</source>
        <translation>Pour l’actio&amp;n du plan&#xa0;:</translation>
    </message>
    <message>
        <source>Action of the person&apos;s plan this referral serves</source>
        <translation>Action du plan de la personne que sert cette orientation</translation>
    </message>
    <message>
        <source>What the person agrees to share with the partner</source>
        <translation>Ce que la personne accepte de partager avec le partenaire</translation>
    </message>
    <message>
        <source>The person a&amp;grees to the partner receiving what is ticked below</source>
        <translation>La personne &amp;accepte que le partenaire reçoive ce qui est coché ci-dessous</translation>
    </message>
    <message>
        <source>Person&apos;s consent to share</source>
        <translation>Consentement de la personne au partage</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatut&#xa0;:</translation>
    </message>
    <message>
        <source>Status of the referral</source>
        <translation>Statut de l’orientation</translation>
    </message>
    <message>
        <source>Partner&apos;s &amp;reason:</source>
        <translation>Motif du parte&amp;naire&#xa0;:</translation>
    </message>
    <message>
        <source>Reason given by the partner</source>
        <translation>Motif donné par le partenaire</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>Rés&amp;ultat&#xa0;:</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>Ce qui en est ressorti</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Orienter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 depuis le %2</translation>
    </message>
    <message>
        <source>(no named contact)</source>
        <translation>(aucun interlocuteur désigné)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <source>Tick the person&apos;s consent first: ask them, then tick.</source>
        <translation>Cochez d’abord le consentement de la personne&#xa0;: demandez-lui, puis cochez.</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>&lt;b&gt;Referrals to partners&lt;/b&gt;</source>
        <translation>&lt;b&gt;Orientations vers des partenaires&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re&amp;fer to a partner…</source>
        <translation>&amp;Orienter vers un partenaire…</translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation>Orienter vers un partenaire</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Envoyée le</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Referrals of this person</source>
        <translation>Orientations de cette personne</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>CEP Desk reminders</source>
        <translation>Rappels CEP Desk</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n rendez-vous aujourd’hui</numerusform>
            <numerusform>%n rendez-vous aujourd’hui</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue jalon(s)</source>
        <translation>
            <numerusform>%n jalon en retard</numerusform>
            <numerusform>%n jalons en retard</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jalon(s) coming up</source>
        <translation>
            <numerusform>%n jalon à venir</numerusform>
            <numerusform>%n jalons à venir</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding decision(s) awaited</source>
        <translation>
            <numerusform>%n décision de financement attendue</numerusform>
            <numerusform>%n décisions de financement attendues</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcours to resume</source>
        <translation>
            <numerusform>%n parcours à reprendre</numerusform>
            <numerusform>%n parcours à reprendre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> et %n autre</numerusform>
            <numerusform> et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>CEP Desk: reminders</source>
        <translation>CEP Desk&#xa0;: rappels</translation>
    </message>
    <message>
        <source>Reminders: {text}</source>
        <translation>Rappels&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>RereadStep</name>
    <message>
        <source>Last time</source>
        <translation>La dernière fois</translation>
    </message>
    <message>
        <source>Conclusion of the last session</source>
        <translation>Conclusion du dernier entretien</translation>
    </message>
    <message>
        <source>The plan since last time</source>
        <translation>Le plan depuis la dernière fois</translation>
    </message>
    <message>
        <source>Go through each action with the person and set its status as they say: “Is that right for you?”</source>
        <translation>Passez en revue chaque action avec la personne et indiquez son statut selon ce qu’elle dit&#xa0;: «&#xa0;Est-ce bien ça pour vous&#xa0;?&#xa0;»</translation>
    </message>
    <message>
        <source>Jalons due</source>
        <translation>Jalons à échéance</translation>
    </message>
    <message>
        <source>Re-read</source>
        <translation>Relire</translation>
    </message>
    <message>
        <source>No conclusion yet: this is the first guided session.</source>
        <translation>Pas encore de conclusion&#xa0;: c’est le premier entretien guidé.</translation>
    </message>
    <message>
        <source>Last time ({date})</source>
        <translation>La dernière fois ({date})</translation>
    </message>
    <message>
        <source>No open action in the plan.</source>
        <translation>Aucune action en cours dans le plan.</translation>
    </message>
    <message>
        <source>, by {date}</source>
        <translation>, pour le {date}</translation>
    </message>
    <message>
        <source>Status of the action: {label}</source>
        <translation>Statut de l’action&#xa0;: {label}</translation>
    </message>
    <message>
        <source>{date} — {label} (overdue)</source>
        <translation>{date} — {label} (en retard)</translation>
    </message>
    <message>
        <source>{date} — {label}</source>
        <translation>{date} — {label}</translation>
    </message>
    <message>
        <source>No jalon due in the coming month.</source>
        <translation>Aucun jalon prévu dans le mois à venir.</translation>
    </message>
    <message>
        <source>Mark an action</source>
        <translation>Marquer une action</translation>
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
    <name>SignatureDialog</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Signature de {name}</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Signé le {date}</translation>
    </message>
    <message>
        <source>Ask the person to sign in the white box with the mouse, a pen or a finger.</source>
        <translation>Demandez à la personne de signer dans le cadre blanc avec la souris, un stylet ou le doigt.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Effacer</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Effacer la signature</translation>
    </message>
    <message>
        <source>The person signs on &amp;paper instead</source>
        <translation>La personne signe plutôt sur &amp;papier</translation>
    </message>
    <message>
        <source>The person signs on paper instead</source>
        <translation>La personne signe plutôt sur papier</translation>
    </message>
    <message>
        <source>&amp;Use this signature</source>
        <translation>&amp;Utiliser cette signature</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Continue without signing on screen</source>
        <translation>&amp;Continuer sans signer à l’écran</translation>
    </message>
    <message>
        <source>The signature box is empty: ask the person to sign in it, or tick “The person signs on paper instead”.</source>
        <translation>Le cadre de signature est vide&#xa0;: demandez à la personne d’y signer, ou cochez «&#xa0;La personne signe plutôt sur papier&#xa0;».</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature area</source>
        <translation>Zone de signature</translation>
    </message>
    <message>
        <source>The person signs here with the mouse, a pen or a finger. Delete clears the signature.</source>
        <translation>La personne signe ici avec la souris, un stylet ou le doigt. La touche Suppr efface la signature.</translation>
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
    <message>
        <source>The file store.json, which says how this store is locked, is missing from the folder. Type your recovery key: CEP Desk checks that it opens the store, then writes that file again.</source>
        <translation>Le fichier store.json, qui indique comment cette base de données est verrouillée, est absent du dossier. Saisissez votre clé de récupération&#xa0;: CEP Desk vérifie qu’elle ouvre la base de données, puis réécrit ce fichier.</translation>
    </message>
</context>
<context>
    <name>TimeSpentView</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semaine &amp;précédente</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Semaine précédente</translation>
    </message>
    <message>
        <source>N&amp;ext week ▶</source>
        <translation>Semaine &amp;suivante ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Semaine suivante</translation>
    </message>
    <message>
        <source>Week and total time</source>
        <translation>Semaine et temps total</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Sessions (number · time)</source>
        <translation>Entretiens (nombre · durée)</translation>
    </message>
    <message>
        <source>Calls, e-mails, letters (number · time)</source>
        <translation>Appels, courriels, courriers (nombre · durée)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Time spent per person this week</source>
        <translation>Temps passé par personne cette semaine</translation>
    </message>
    <message>
        <source>Week {week} ({first} to {last}): {total} for {n} person(s)</source>
        <translation>Semaine {week} (du {first} au {last})&#xa0;: {total} pour {n} personne(s)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, agenda and time spent</source>
        <translation>Aujourd’hui, agenda et temps passé</translation>
    </message>
    <message>
        <source>What is &amp;due</source>
        <translation>À &amp;faire</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Time s&amp;pent</source>
        <translation>Temps &amp;passé</translation>
    </message>
    <message>
        <source>Open the partner directory to re-verify this entry.</source>
        <translation>Ouvrez l’annuaire des partenaires pour revérifier cette fiche.</translation>
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
    <message>
        <source>Enter a duration between 5 and 600 minutes.</source>
        <translation>Saisissez une durée comprise entre 5 et 600 minutes.</translation>
    </message>
    <message>
        <source>Choose how the appointment takes place: on site, phone or video.</source>
        <translation>Choisissez comment se déroule le rendez-vous&#xa0;: sur place, par téléphone ou en visio.</translation>
    </message>
    <message>
        <source>This time does not exist: clocks go forward one hour that night. Choose another time.</source>
        <translation>Cette heure n’existe pas&#xa0;: cette nuit-là, on avance les horloges d’une heure. Choisissez une autre heure.</translation>
    </message>
    <message>
        <source>This appointment starts on {date}, in the past. Confirm, or choose a later time.</source>
        <translation>Ce rendez-vous commence le {date}, dans le passé. Confirmez, ou choisissez une heure plus tardive.</translation>
    </message>
    <message>
        <source>This appointment overlaps {count} other appointment(s), the first at {time}. Confirm to keep both, or choose another time.</source>
        <translation>Ce rendez-vous chevauche {count} autre(s) rendez-vous, le premier à {time}. Confirmez pour garder les deux, ou choisissez une autre heure.</translation>
    </message>
    <message>
        <source>This appointment is already done or cancelled: it cannot be changed.</source>
        <translation>Ce rendez-vous a déjà eu lieu ou a été annulé&#xa0;: il ne peut plus être modifié.</translation>
    </message>
    <message>
        <source>Enter the structure&apos;s name (3 to 150 characters, no full stop at the end).</source>
        <translation>Saisissez le nom de la structure (3 à 150 caractères, sans point final).</translation>
    </message>
    <message>
        <source>Enter the service&apos;s name (3 to 150 characters, no full stop at the end).</source>
        <translation>Saisissez le nom du service (3 à 150 caractères, sans point final).</translation>
    </message>
    <message>
        <source>Describe the service in a few words (5 characters or more).</source>
        <translation>Décrivez le service en quelques mots (5 caractères ou plus).</translation>
    </message>
    <message>
        <source>The verification date is in the future: use today or earlier.</source>
        <translation>La date de vérification est dans le futur&#xa0;: indiquez aujourd’hui ou une date antérieure.</translation>
    </message>
    <message>
        <source>Enter the contact&apos;s name.</source>
        <translation>Saisissez le nom du contact.</translation>
    </message>
    <message>
        <source>Not valid for data·inclusion: {detail}</source>
        <translation>Non valide pour data·inclusion&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>This entry comes from data·inclusion: its description is updated by the next import. Add your own contacts, notes and tags instead.</source>
        <translation>Cette fiche vient de data·inclusion&#xa0;: sa description est mise à jour au prochain import. Ajoutez plutôt vos propres contacts, notes et étiquettes.</translation>
    </message>
    <message>
        <source>Write why you refer the person to this service.</source>
        <translation>Indiquez pourquoi vous orientez la personne vers ce service.</translation>
    </message>
    <message>
        <source>Choose the person you refer: type their name, then choose.</source>
        <translation>Choisissez la personne que vous orientez&#xa0;: saisissez son nom, puis choisissez-la.</translation>
    </message>
    <message>
        <source>Choose the service the person is referred to.</source>
        <translation>Choisissez le service vers lequel la personne est orientée.</translation>
    </message>
    <message>
        <source>The person has not agreed to share anything: tick their consent, or untick what would be shared.</source>
        <translation>La personne n’a accepté aucun partage&#xa0;: cochez son consentement, ou décochez ce qui serait partagé.</translation>
    </message>
    <message>
        <source>Choose how the partner should contact the person.</source>
        <translation>Choisissez comment le partenaire doit contacter la personne.</translation>
    </message>
    <message>
        <source>Unknown item to share: {item}.</source>
        <translation>Élément à partager inconnu&#xa0;: {item}.</translation>
    </message>
    <message>
        <source>The partner refused: write down the reason they gave, it helps for the next referral.</source>
        <translation>Le partenaire a refusé&#xa0;: notez le motif donné, il servira pour la prochaine orientation.</translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {target}: make a new referral instead.</source>
        <translation>Une orientation au statut «&#xa0;{current}&#xa0;» ne peut pas passer au statut «&#xa0;{target}&#xa0;»&#xa0;: faites plutôt une nouvelle orientation.</translation>
    </message>
    <message>
        <source>The status date is in the future: use today or earlier.</source>
        <translation>La date du statut est dans le futur&#xa0;: indiquez aujourd’hui ou une date antérieure.</translation>
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
