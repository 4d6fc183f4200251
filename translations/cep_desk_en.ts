<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_GB" sourcelanguage="en">
<context>
    <name>AccompanimentEditor</name>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>Date of first request</source>
        <translation>Date of first request</translation>
    </message>
    <message>
        <source>Date of first appointment</source>
        <translation>Date of first appointment</translation>
    </message>
    <message>
        <source>Delay between first request and first appointment</source>
        <translation>Delay between first request and first appointment</translation>
    </message>
    <message>
        <source>Référent (counsellor in charge)</source>
        <translation>Référent (counsellor in charge)</translation>
    </message>
    <message>
        <source>Reasons for contact (several possible)</source>
        <translation>Reasons for contact (several possible)</translation>
    </message>
    <message>
        <source>Service &amp;level</source>
        <translation>Service &amp;level</translation>
    </message>
    <message>
        <source>First re&amp;quest</source>
        <translation>First re&amp;quest</translation>
    </message>
    <message>
        <source>First appoint&amp;ment</source>
        <translation>First appoint&amp;ment</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Delay</translation>
    </message>
    <message>
        <source>Ré&amp;férent</source>
        <translation>Ré&amp;férent</translation>
    </message>
    <message>
        <source>Reasons for &amp;contact (several possible)</source>
        <translation>Reasons for &amp;contact (several possible)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>{delay} — above the {target}-day target</source>
        <translation>{delay} — above the {target}-day target</translation>
    </message>
</context>
<context>
    <name>AccompanimentPanel</name>
    <message>
        <source>Accompa&amp;niment</source>
        <translation>Accompa&amp;niment</translation>
    </message>
    <message>
        <source>Which accompaniment to show</source>
        <translation>Which accompaniment to show</translation>
    </message>
    <message>
        <source>Open a &amp;new accompaniment…</source>
        <translation>Open a &amp;new accompaniment…</translation>
    </message>
    <message>
        <source>Open a new accompaniment</source>
        <translation>Open a new accompaniment</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Res&amp;ume…</source>
        <translation>Res&amp;ume…</translation>
    </message>
    <message>
        <source>Resume the accompaniment</source>
        <translation>Resume the accompaniment</translation>
    </message>
    <message>
        <source>&amp;Pause…</source>
        <translation>&amp;Pause…</translation>
    </message>
    <message>
        <source>Pause the accompaniment</source>
        <translation>Pause the accompaniment</translation>
    </message>
    <message>
        <source>Partner re&amp;lay…</source>
        <translation>Partner re&amp;lay…</translation>
    </message>
    <message>
        <source>Partner relay: suspend while a partner takes over</source>
        <translation>Partner relay: suspend while a partner takes over</translation>
    </message>
    <message>
        <source>Cl&amp;ose…</source>
        <translation>Cl&amp;ose…</translation>
    </message>
    <message>
        <source>Close the accompaniment</source>
        <translation>Close the accompaniment</translation>
    </message>
    <message>
        <source>Re-o&amp;pen…</source>
        <translation>Re-o&amp;pen…</translation>
    </message>
    <message>
        <source>Re-open the accompaniment</source>
        <translation>Re-open the accompaniment</translation>
    </message>
    <message>
        <source>Level, reasons and dates</source>
        <translation>Level, reasons and dates</translation>
    </message>
    <message>
        <source>&amp;Save the accompaniment</source>
        <translation>&amp;Save the accompaniment</translation>
    </message>
    <message>
        <source>Save the accompaniment's level, reasons and dates</source>
        <translation>Save the accompaniment's level, reasons and dates</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>Status history</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>From → to</source>
        <translation>From → to</translation>
    </message>
    <message>
        <source>Return date</source>
        <translation>Return date</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Accompaniment {n} — from {date} — {status}</source>
        <translation>Accompaniment {n} — from {date} — {status}</translation>
    </message>
    <message>
        <source>This person has no accompaniment yet: open one to record sessions.</source>
        <translation>This person has no accompaniment yet: open one to record sessions.</translation>
    </message>
    <message>
        <source>since {date}</source>
        <translation>since {date}</translation>
    </message>
    <message>
        <source>return planned on {date}</source>
        <translation>return planned on {date}</translation>
    </message>
    <message>
        <source>relay: {partner}</source>
        <translation>relay: {partner}</translation>
    </message>
    <message>
        <source>reason: {reason}</source>
        <translation>reason: {reason}</translation>
    </message>
    <message>
        <source>The accompaniment was saved.</source>
        <translation>The accompaniment was saved.</translation>
    </message>
    <message>
        <source>Nothing was saved: correct the fields marked in red.</source>
        <translation>Nothing was saved: correct the fields marked in red.</translation>
    </message>
</context>
<context>
    <name>BeneficiaryFileWidget</name>
    <message>
        <source>Parts of the file</source>
        <translation>Parts of the file</translation>
    </message>
    <message>
        <source>First accompaniment (why the person comes)</source>
        <translation>First accompaniment (why the person comes)</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>Accompaniment</source>
        <translation>Accompaniment</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Save the file (Ctrl+S)</source>
        <translation>Save the file (Ctrl+S)</translation>
    </message>
    <message>
        <source>Save the file</source>
        <translation>Save the file</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Close the file</source>
        <translation>Close the file</translation>
    </message>
    <message>
        <source>&amp;New session…</source>
        <translation>&amp;New session…</translation>
    </message>
    <message>
        <source>Record a new session</source>
        <translation>Record a new session</translation>
    </message>
    <message>
        <source>&amp;Edit the session…</source>
        <translation>&amp;Edit the session…</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>Edit the selected session</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Modality</source>
        <translation>Modality</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Shareable notes</translation>
    </message>
    <message>
        <source>Sessions, newest first (Enter or double-click to edit)</source>
        <translation>Sessions, newest first (Enter or double-click to edit)</translation>
    </message>
    <message>
        <source>Shareable notes of the selected session</source>
        <translation>Shareable notes of the selected session</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Save the new person first</source>
        <translation>Save the new person first</translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
    <message>
        <source>Fill in the first accompaniment and the profile, then save (Ctrl+S).</source>
        <translation>Fill in the first accompaniment and the profile, then save (Ctrl+S).</translation>
    </message>
    <message>
        <source>Service level: {level}</source>
        <translation>Service level: {level}</translation>
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
        <translation>Sessions recorded: {n}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>The profile was saved, but not the accompaniment: see the Accompaniment tab.</source>
        <translation>The profile was saved, but not the accompaniment: see the Accompaniment tab.</translation>
    </message>
    <message numerus="yes">
        <source>Nothing was saved: %n field(s) need attention (marked in red).</source>
        <translation>
            <numerusform>Nothing was saved: %n field needs attention (marked in red).</numerusform>
            <numerusform>Nothing was saved: %n fields need attention (marked in red).</numerusform>
        </translation>
    </message>
    <message>
        <source>This file has changes that are not saved. Save them before closing?</source>
        <translation>This file has changes that are not saved. Save them before closing?</translation>
    </message>
    <message>
        <source>Close without saving</source>
        <translation>Close without saving</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>Last contact</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Target job</source>
        <translation>Target job</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Status of the person's current accompaniment</source>
        <translation>Status of the person's current accompaniment</translation>
    </message>
    <message>
        <source>Service level of the current accompaniment</source>
        <translation>Service level of the current accompaniment</translation>
    </message>
    <message>
        <source>Date of the last recorded session</source>
        <translation>Date of the last recorded session</translation>
    </message>
    <message>
        <source>Number of recorded sessions</source>
        <translation>Number of recorded sessions</translation>
    </message>
    <message>
        <source>Site of the last session</source>
        <translation>Site of the last session</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no store in {path}. Create one with CEP Desk, or a demo store with: cep-desk-cli --data-dir FOLDER demo</source>
        <translation>There is no store in {path}. Create one with CEP Desk, or a demo store with: cep-desk-cli --data-dir FOLDER demo</translation>
    </message>
    <message>
        <source>{path} already holds the demo store ({people} fictional people).</source>
        <translation>{path} already holds the demo store ({people} fictional people).</translation>
    </message>
    <message>
        <source>{path} already holds a store that is not the demo store: choose another folder with --data-dir.</source>
        <translation>{path} already holds a store that is not the demo store: choose another folder with --data-dir.</translation>
    </message>
    <message>
        <source>Demo store created in {path}: {people} fictional people.</source>
        <translation>Demo store created in {path}: {people} fictional people.</translation>
    </message>
    <message>
        <source>No person has the id {id} in this store. Find ids with: cep-desk-cli list</source>
        <translation>No person has the id {id} in this store. Find ids with: cep-desk-cli list</translation>
    </message>
    <message>
        <source>Unknown status “{code}”: use one of {codes}.</source>
        <translation>Unknown status “{code}”: use one of {codes}.</translation>
    </message>
    <message>
        <source>OK: {people} people, {accompaniments} accompaniments, {sessions} sessions, {outbox} outbox entries. Integrity, encryption, foreign keys and outbox checked.</source>
        <translation>OK: {people} people, {accompaniments} accompaniments, {sessions} sessions, {outbox} outbox entries. Integrity, encryption, foreign keys and outbox checked.</translation>
    </message>
    <message>
        <source>{count} problem(s) found. Restore the latest backup from the backups folder, or contact your IT support.</source>
        <translation>{count} problem(s) found. Restore the latest backup from the backups folder, or contact your IT support.</translation>
    </message>
    <message>
        <source>{entity} {id} has no outbox entry: the change would never be synced.</source>
        <translation>{entity} {id} has no outbox entry: the change would never be synced.</translation>
    </message>
    <message>
        <source>Cannot use the folder {path}: {detail}</source>
        <translation>Cannot use the folder {path}: {detail}</translation>
    </message>
    <message>
        <source>store.json is damaged</source>
        <translation>store.json is damaged</translation>
    </message>
    <message>
        <source>Interrupted.</source>
        <translation>Interrupted.</translation>
    </message>
</context>
<context>
    <name>CodeCombo</name>
    <message>
        <source>— not asked yet —</source>
        <translation>— not asked yet —</translation>
    </message>
    <message>
        <source>{code} (no longer in the list)</source>
        <translation>{code} (no longer in the list)</translation>
    </message>
</context>
<context>
    <name>FieldErrors</name>
    <message>
        <source>This record no longer exists (it may have been deleted meanwhile). Close it and open it again from the caseload.</source>
        <translation>This record no longer exists (it may have been deleted meanwhile). Close it and open it again from the caseload.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong: nothing was saved. What you typed is still here; try again, and tell your IT support if it happens again.</source>
        <translation>Something unexpected went wrong: nothing was saved. What you typed is still here; try again, and tell your IT support if it happens again.</translation>
    </message>
</context>
<context>
    <name>InterviewDialog</name>
    <message>
        <source>Edit the session</source>
        <translation>Edit the session</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>Re-&amp;open the accompaniment…</source>
        <translation>Re-&amp;open the accompaniment…</translation>
    </message>
    <message>
        <source>Re-open the accompaniment</source>
        <translation>Re-open the accompaniment</translation>
    </message>
    <message>
        <source>at &amp;time</source>
        <translation>at &amp;time</translation>
    </message>
    <message>
        <source>Session date</source>
        <translation>Session date</translation>
    </message>
    <message>
        <source>Session start time</source>
        <translation>Session start time</translation>
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
        <translation>D&amp;uration</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Duration in minutes</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <translation>&amp;Channel</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Channel</translation>
    </message>
    <message>
        <source>&amp;Format</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Individual or group</source>
        <translation>Individual or group</translation>
    </message>
    <message>
        <source>— no site (phone, video…) —</source>
        <translation>— no site (phone, video…) —</translation>
    </message>
    <message>
        <source> (inactive)</source>
        <translation> (inactive)</translation>
    </message>
    <message>
        <source>S&amp;ite</source>
        <translation>S&amp;ite</translation>
    </message>
    <message>
        <source>Site or permanence</source>
        <translation>Site or permanence</translation>
    </message>
    <message>
        <source>Le&amp;vel</source>
        <translation>Le&amp;vel</translation>
    </message>
    <message>
        <source>Service level</source>
        <translation>Service level</translation>
    </message>
    <message>
        <source>&amp;Purpose</source>
        <translation>&amp;Purpose</translation>
    </message>
    <message>
        <source>Purpose of the session</source>
        <translation>Purpose of the session</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Shareable notes</translation>
    </message>
    <message>
        <source>S&amp;hareable notes</source>
        <translation>S&amp;hareable notes</translation>
    </message>
    <message>
        <source>Private notes, never exported or shared</source>
        <translation>Private notes, never exported or shared</translation>
    </message>
    <message>
        <source>P&amp;rivate notes — never exported or shared</source>
        <translation>P&amp;rivate notes — never exported or shared</translation>
    </message>
    <message>
        <source>&amp;Save the session</source>
        <translation>&amp;Save the session</translation>
    </message>
    <message>
        <source>Save the session</source>
        <translation>Save the session</translation>
    </message>
    <message>
        <source>Save the session (Ctrl+S)</source>
        <translation>Save the session (Ctrl+S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <translation>Open files</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Caseload</translation>
    </message>
    <message>
        <source>DEMO — fictional people. This separate demo store holds no real person; what you type here stays in the demo.</source>
        <translation>DEMO — fictional people. This separate demo store holds no real person; what you type here stays in the demo.</translation>
    </message>
    <message>
        <source>Demo store: fictional people</source>
        <translation>Demo store: fictional people</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Search by name, commune or target job</source>
        <translation>Search by name, commune or target job</translation>
    </message>
    <message>
        <source>Search the caseload</source>
        <translation>Search the caseload</translation>
    </message>
    <message>
        <source>Search by name, commune or target job (Ctrl+F). Accents and capitals do not matter.</source>
        <translation>Search by name, commune or target job (Ctrl+F). Accents and capitals do not matter.</translation>
    </message>
    <message>
        <source>Filter by parcours status</source>
        <translation>Filter by parcours status</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Filter by level</source>
        <translation>Filter by level</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>&amp;Level:</translation>
    </message>
    <message>
        <source>Filter by site</source>
        <translation>Filter by site</translation>
    </message>
    <message>
        <source>S&amp;ite:</source>
        <translation>S&amp;ite:</translation>
    </message>
    <message>
        <source>Caseload: people you accompany</source>
        <translation>Caseload: people you accompany</translation>
    </message>
    <message>
        <source>&amp;Clear the search and filters</source>
        <translation>&amp;Clear the search and filters</translation>
    </message>
    <message>
        <source>Clear the search and filters</source>
        <translation>Clear the search and filters</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;New person…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>New person</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Create the file of a new person (Ctrl+N)</source>
        <translation>Create the file of a new person (Ctrl+N)</translation>
    </message>
    <message>
        <source>&amp;Open file</source>
        <translation>&amp;Open file</translation>
    </message>
    <message>
        <source>Open the selected person's file (Enter or double-click)</source>
        <translation>Open the selected person's file (Enter or double-click)</translation>
    </message>
    <message>
        <source>&amp;Close tab</source>
        <translation>&amp;Close tab</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>Reload the caseload (F5)</source>
        <translation>Reload the caseload (F5)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>Your profile, sites, language, data folder, recovery key</source>
        <translation>Your profile, sites, language, data folder, recovery key</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Main toolbar</translation>
    </message>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Store OK · encrypted</source>
        <translation>Store OK · encrypted</translation>
    </message>
    <message>
        <source>Store state</source>
        <translation>Store state</translation>
    </message>
    <message>
        <source>Store OK · encrypted · updated (backup: {path})</source>
        <translation>Store OK · encrypted · updated (backup: {path})</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>All levels</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>All sites</translation>
    </message>
    <message numerus="yes">
        <source>%n people</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n shown</numerusform>
            <numerusform>%n shown</numerusform>
        </translation>
    </message>
    <message>
        <source>No one in your caseload yet. Create the first file with “New person” (Ctrl+N).</source>
        <translation>No one in your caseload yet. Create the first file with “New person” (Ctrl+N).</translation>
    </message>
    <message>
        <source>Nobody matches this search and these filters.</source>
        <translation>Nobody matches this search and these filters.</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>File not found</translation>
    </message>
    <message>
        <source>This person's file no longer exists (it may have been deleted). The caseload is reloaded.</source>
        <translation>This person's file no longer exists (it may have been deleted). The caseload is reloaded.</translation>
    </message>
</context>
<context>
    <name>NewAccompanimentDialog</name>
    <message>
        <source>Open a new accompaniment</source>
        <translation>Open a new accompaniment</translation>
    </message>
    <message>
        <source>&amp;Open the accompaniment</source>
        <translation>&amp;Open the accompaniment</translation>
    </message>
    <message>
        <source>Open the accompaniment</source>
        <translation>Open the accompaniment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>NewStoreDialog</name>
    <message numerus="yes">
        <source>The passphrase must have at least %n characters.</source>
        <translation>
            <numerusform>The passphrase must have at least %n character.</numerusform>
            <numerusform>The passphrase must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passphrases are different: type the same passphrase twice.</source>
        <translation>The two passphrases are different: type the same passphrase twice.</translation>
    </message>
    <message>
        <source>Welcome to CEP Desk</source>
        <translation>Welcome to CEP Desk</translation>
    </message>
    <message>
        <source>CEP Desk keeps the files of the people you accompany in one encrypted file, in this folder:</source>
        <translation>CEP Desk keeps the files of the people you accompany in one encrypted file, in this folder:</translation>
    </message>
    <message>
        <source>Choose how the key of this file is protected. Without the key, nobody — not even you — can read the file.</source>
        <translation>Choose how the key of this file is protected. Without the key, nobody — not even you — can read the file.</translation>
    </message>
    <message>
        <source>&amp;Keep the key in this computer's keyring (recommended)</source>
        <translation>&amp;Keep the key in this computer's keyring (recommended)</translation>
    </message>
    <message>
        <source>The operating system keeps the key for your user account: nothing to type at each start.</source>
        <translation>The operating system keeps the key for your user account: nothing to type at each start.</translation>
    </message>
    <message>
        <source>Keep the key in the keyring</source>
        <translation>Keep the key in the keyring</translation>
    </message>
    <message>
        <source>&amp;Protect it with a passphrase I type at each start</source>
        <translation>&amp;Protect it with a passphrase I type at each start</translation>
    </message>
    <message>
        <source>Protect with a passphrase</source>
        <translation>Protect with a passphrase</translation>
    </message>
    <message>
        <source>No secure keyring works on this computer, so the store must be protected with a passphrase.</source>
        <translation>No secure keyring works on this computer, so the store must be protected with a passphrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>Passphrase again</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Again:</translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember and hard to guess. A forgotten passphrase cannot be recovered: only the recovery key shown next can open the store then.</source>
        <translation>
            <numerusform>At least %n character; a short sentence is easy to remember and hard to guess. A forgotten passphrase cannot be recovered: only the recovery key shown next can open the store then.</numerusform>
            <numerusform>At least %n characters; a short sentence is easy to remember and hard to guess. A forgotten passphrase cannot be recovered: only the recovery key shown next can open the store then.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create the store</source>
        <translation>&amp;Create the store</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>Create the store</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>OptionalDateEdit</name>
    <message>
        <source>Clear the date (Ctrl+Delete)</source>
        <translation>Clear the date (Ctrl+Delete)</translation>
    </message>
    <message>
        <source>Clear the date</source>
        <translation>Clear the date</translation>
    </message>
    <message>
        <source>Clear: {field}</source>
        <translation>Clear: {field}</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Choose the status, or remove this line.</source>
        <translation>Choose the status, or remove this line.</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identity</translation>
    </message>
    <message>
        <source>only if different from the last name</source>
        <translation>only if different from the last name</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Last name</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Last name</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;First name</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>First name</translation>
    </message>
    <message>
        <source>Birt&amp;h name</source>
        <translation>Birt&amp;h name</translation>
    </message>
    <message>
        <source>Birth name</source>
        <translation>Birth name</translation>
    </message>
    <message>
        <source>Se&amp;x</source>
        <translation>Se&amp;x</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sex</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>&amp;Date of birth</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>type a name or a postal code</source>
        <translation>type a name or a postal code</translation>
    </message>
    <message>
        <source>E-&amp;mail</source>
        <translation>E-&amp;mail</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Phone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Add&amp;ress</source>
        <translation>Add&amp;ress</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Postal &amp;code</source>
        <translation>Postal &amp;code</translation>
    </message>
    <message>
        <source>Postal code</source>
        <translation>Postal code</translation>
    </message>
    <message>
        <source>Comm&amp;une</source>
        <translation>Comm&amp;une</translation>
    </message>
    <message>
        <source>Commune of residence</source>
        <translation>Commune of residence</translation>
    </message>
    <message>
        <source>Situation</source>
        <translation>Situation</translation>
    </message>
    <message>
        <source>Resi&amp;gnation project (the person plans to resign)</source>
        <translation>Resi&amp;gnation project (the person plans to resign)</translation>
    </message>
    <message>
        <source>Resignation project</source>
        <translation>Resignation project</translation>
    </message>
    <message>
        <source>Socio-professional category (PC&amp;S)</source>
        <translation>Socio-professional category (PC&amp;S)</translation>
    </message>
    <message>
        <source>Socio-professional category</source>
        <translation>Socio-professional category</translation>
    </message>
    <message>
        <source>&amp;Qualification level</source>
        <translation>&amp;Qualification level</translation>
    </message>
    <message>
        <source>Qualification level (1 to 8)</source>
        <translation>Qualification level (1 to 8)</translation>
    </message>
    <message>
        <source>Diploma o&amp;btained</source>
        <translation>Diploma o&amp;btained</translation>
    </message>
    <message>
        <source>Diploma obtained</source>
        <translation>Diploma obtained</translation>
    </message>
    <message>
        <source>National file (old scale)</source>
        <translation>National file (old scale)</translation>
    </message>
    <message>
        <source>Qualification on the national file's old scale</source>
        <translation>Qualification on the national file's old scale</translation>
    </message>
    <message>
        <source>Sec&amp;tor (NAF A21)</source>
        <translation>Sec&amp;tor (NAF A21)</translation>
    </message>
    <message>
        <source>Sector of activity</source>
        <translation>Sector of activity</translation>
    </message>
    <message>
        <source>Company si&amp;ze</source>
        <translation>Company si&amp;ze</translation>
    </message>
    <message>
        <source>Company size</source>
        <translation>Company size</translation>
    </message>
    <message>
        <source>RQTH (disabilit&amp;y recognition)</source>
        <translation>RQTH (disabilit&amp;y recognition)</translation>
    </message>
    <message>
        <source>RQTH, recognition as a disabled worker</source>
        <translation>RQTH, recognition as a disabled worker</translation>
    </message>
    <message>
        <source>&amp;Origin of the request</source>
        <translation>&amp;Origin of the request</translation>
    </message>
    <message>
        <source>How the person came to the CEP</source>
        <translation>How the person came to the CEP</translation>
    </message>
    <message>
        <source>Employment statuses (several at once is normal)</source>
        <translation>Employment statuses (several at once is normal)</translation>
    </message>
    <message>
        <source>No status recorded yet.</source>
        <translation>No status recorded yet.</translation>
    </message>
    <message>
        <source>&amp;Add a status</source>
        <translation>&amp;Add a status</translation>
    </message>
    <message>
        <source>Add an employment status</source>
        <translation>Add an employment status</translation>
    </message>
    <message>
        <source>Target jobs</source>
        <translation>Target jobs</translation>
    </message>
    <message>
        <source>type a job title, e.g. boulanger, then choose</source>
        <translation>type a job title, e.g. boulanger, then choose</translation>
    </message>
    <message>
        <source>Add a target &amp;job</source>
        <translation>Add a target &amp;job</translation>
    </message>
    <message>
        <source>Add a target job (ROME)</source>
        <translation>Add a target job (ROME)</translation>
    </message>
    <message>
        <source>Chosen target jobs</source>
        <translation>Chosen target jobs</translation>
    </message>
    <message>
        <source>Remove the selected job</source>
        <translation>Remove the selected job</translation>
    </message>
    <message>
        <source>Remove the selected target job</source>
        <translation>Remove the selected target job</translation>
    </message>
    <message>
        <source>Chosen</source>
        <translation>Chosen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>Co&amp;nsent to record data given</source>
        <translation>Co&amp;nsent to record data given</translation>
    </message>
    <message>
        <source>Consent to record data given</source>
        <translation>Consent to record data given</translation>
    </message>
    <message>
        <source>Date of cons&amp;ent</source>
        <translation>Date of cons&amp;ent</translation>
    </message>
    <message>
        <source>Date of consent</source>
        <translation>Date of consent</translation>
    </message>
    <message>
        <source>e.g. what the CEP is, what is recorded, who can see it, the right to access and erase</source>
        <translation>e.g. what the CEP is, what is recorded, who can see it, the right to access and erase</translation>
    </message>
    <message>
        <source>&amp;What was explained</source>
        <translation>&amp;What was explained</translation>
    </message>
    <message>
        <source>What was explained before consent</source>
        <translation>What was explained before consent</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Shareable notes</translation>
    </message>
    <message>
        <source>Kept with the file and synchronised with your structure; may appear in documents.</source>
        <translation>Kept with the file and synchronised with your structure; may appear in documents.</translation>
    </message>
    <message>
        <source>S&amp;hareable notes</source>
        <translation>S&amp;hareable notes</translation>
    </message>
    <message>
        <source>Private notes, never exported or shared</source>
        <translation>Private notes, never exported or shared</translation>
    </message>
    <message>
        <source>Stay on this computer only: never synchronised, exported or printed.</source>
        <translation>Stay on this computer only: never synchronised, exported or printed.</translation>
    </message>
    <message>
        <source>Private</source>
        <translation>Private</translation>
    </message>
    <message>
        <source>P&amp;rivate notes — never exported or shared</source>
        <translation>P&amp;rivate notes — never exported or shared</translation>
    </message>
    <message numerus="yes">
        <source>%n communes have this postal code: choose one in Commune.</source>
        <translation>
            <numerusform>%n commune has this postal code: choose it in Commune.</numerusform>
            <numerusform>%n communes have this postal code: choose one in Commune.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n years old</source>
        <translation>
            <numerusform>%n year old</numerusform>
            <numerusform>%n years old</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecoveryKey</name>
    <message>
        <source>CEP Desk — recovery key</source>
        <translation>CEP Desk — recovery key</translation>
    </message>
    <message>
        <source>Store folder: {folder}</source>
        <translation>Store folder: {folder}</translation>
    </message>
    <message>
        <source>Store identifier: {id}</source>
        <translation>Store identifier: {id}</translation>
    </message>
    <message>
        <source>Written on {date}</source>
        <translation>Written on {date}</translation>
    </message>
    <message>
        <source>This key opens your encrypted CEP Desk store when this computer's keyring has lost it (new computer, new user profile) or when the passphrase is forgotten.</source>
        <translation>This key opens your encrypted CEP Desk store when this computer's keyring has lost it (new computer, new user profile) or when the passphrase is forgotten.</translation>
    </message>
    <message>
        <source>How to use it: start CEP Desk; when it asks for the passphrase or the key, choose “I have my recovery key” and type the 64 characters. Dashes and spaces are optional; capital letters do not matter.</source>
        <translation>How to use it: start CEP Desk; when it asks for the passphrase or the key, choose “I have my recovery key” and type the 64 characters. Dashes and spaces are optional; capital letters do not matter.</translation>
    </message>
    <message>
        <source>Keep this sheet in a locked place, away from the laptop: anyone who has both the laptop and this key can read the files of the people you accompany. Do not send it by e-mail and do not photograph it.</source>
        <translation>Keep this sheet in a locked place, away from the laptop: anyone who has both the laptop and this key can read the files of the people you accompany. Do not send it by e-mail and do not photograph it.</translation>
    </message>
    <message>
        <source>Save the recovery key</source>
        <translation>Save the recovery key</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Text files (*.txt)</translation>
    </message>
    <message>
        <source>Recovery key not saved</source>
        <translation>Recovery key not saved</translation>
    </message>
    <message>
        <source>The recovery key could not be saved in {path} ({error}). Choose another place, for example a USB key.</source>
        <translation>The recovery key could not be saved in {path} ({error}). Choose another place, for example a USB key.</translation>
    </message>
    <message>
        <source>Recovery key saved</source>
        <translation>Recovery key saved</translation>
    </message>
    <message>
        <source>The recovery key was saved in {path}. If this is on the laptop, copy it to a USB key kept elsewhere, then delete it from the laptop.</source>
        <translation>The recovery key was saved in {path}. If this is on the laptop, copy it to a USB key kept elsewhere, then delete it from the laptop.</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Your recovery key</source>
        <translation>Your recovery key</translation>
    </message>
    <message>
        <source>Your store is ready. Here is its recovery key: it opens the store if this computer loses its key or if you forget your passphrase. Print it or save it on a USB key now, and keep it away from the laptop. You can show it again later in Settings → Recovery key.</source>
        <translation>Your store is ready. Here is its recovery key: it opens the store if this computer loses its key or if you forget your passphrase. Print it or save it on a USB key now, and keep it away from the laptop. You can show it again later in Settings → Recovery key.</translation>
    </message>
    <message>
        <source>I have &amp;printed, saved or written down this key</source>
        <translation>I have &amp;printed, saved or written down this key</translation>
    </message>
    <message>
        <source>I have kept the recovery key</source>
        <translation>I have kept the recovery key</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continue</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPanel</name>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Save to file…</translation>
    </message>
    <message>
        <source>Save the recovery key to a file</source>
        <translation>Save the recovery key to a file</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Print the recovery key</translation>
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
        <translation>National levels since 2020 (N1, N2)</translation>
    </message>
    <message>
        <source>Three levels: reception, advice, implementation</source>
        <translation>Three levels: reception, advice, implementation</translation>
    </message>
    <message>
        <source>Regional work units (UO 0 to UO 2.2)</source>
        <translation>Regional work units (UO 0 to UO 2.2)</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Settings sections</translation>
    </message>
    <message>
        <source>Counsellor</source>
        <translation>Counsellor</translation>
    </message>
    <message>
        <source>Sites</source>
        <translation>Sites</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save the settings</source>
        <translation>Save the settings</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Your first name</source>
        <translation>Your first name</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;First name:</translation>
    </message>
    <message>
        <source>Your last name</source>
        <translation>Your last name</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Last name:</translation>
    </message>
    <message>
        <source>Your work e-mail</source>
        <translation>Your work e-mail</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Your work phone</source>
        <translation>Your work phone</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— not set —</translation>
    </message>
    <message>
        <source>CEP operator</source>
        <translation>CEP operator</translation>
    </message>
    <message>
        <source>&amp;Operator:</source>
        <translation>&amp;Operator:</translation>
    </message>
    <message>
        <source>Your structure</source>
        <translation>Your structure</translation>
    </message>
    <message>
        <source>e.g. CIBC Aveyron, agence France Travail de Millau</source>
        <translation>e.g. CIBC Aveyron, agence France Travail de Millau</translation>
    </message>
    <message>
        <source>&amp;Structure:</source>
        <translation>&amp;Structure:</translation>
    </message>
    <message>
        <source>Level vocabulary</source>
        <translation>Level vocabulary</translation>
    </message>
    <message>
        <source>Le&amp;vels:</source>
        <translation>Le&amp;vels:</translation>
    </message>
    <message>
        <source>Your name is recorded with each change you make (the audit log). Your operator decides which level vocabulary you use.</source>
        <translation>Your name is recorded with each change you make (the audit log). Your operator decides which level vocabulary you use.</translation>
    </message>
    <message>
        <source>Your main site, branch offices and outreach permanences. A site is saved as soon as you confirm it; deactivate a site you no longer use (its past sessions keep it).</source>
        <translation>Your main site, branch offices and outreach permanences. A site is saved as soon as you confirm it; deactivate a site you no longer use (its past sessions keep it).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Commune</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Your sites</source>
        <translation>Your sites</translation>
    </message>
    <message>
        <source>&amp;Add a site…</source>
        <translation>&amp;Add a site…</translation>
    </message>
    <message>
        <source>Add a site</source>
        <translation>Add a site</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
    <message>
        <source>Edit the selected site</source>
        <translation>Edit the selected site</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>Deactivate or reactivate the selected site</source>
        <translation>Deactivate or reactivate the selected site</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Inactive</source>
        <translation>Inactive</translation>
    </message>
    <message>
        <source>Re&amp;activate</source>
        <translation>Re&amp;activate</translation>
    </message>
    <message>
        <source>The new language is used from the next start of CEP Desk (close it and open it again). Reference lists, dates and documents follow it.</source>
        <translation>The new language is used from the next start of CEP Desk (close it and open it again). Reference lists, dates and documents follow it.</translation>
    </message>
    <message>
        <source>Folder of the store in use</source>
        <translation>Folder of the store in use</translation>
    </message>
    <message>
        <source>In &amp;use now:</source>
        <translation>In &amp;use now:</translation>
    </message>
    <message>
        <source>Folder used at next start</source>
        <translation>Folder used at next start</translation>
    </message>
    <message>
        <source>At &amp;next start:</source>
        <translation>At &amp;next start:</translation>
    </message>
    <message>
        <source>&amp;Choose another folder…</source>
        <translation>&amp;Choose another folder…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Choose another data folder</translation>
    </message>
    <message>
        <source>Use the de&amp;fault folder</source>
        <translation>Use the de&amp;fault folder</translation>
    </message>
    <message>
        <source>Use the default data folder</source>
        <translation>Use the default data folder</translation>
    </message>
    <message>
        <source>A new folder is used from the next start. The current store is not moved: to keep your caseload, close CEP Desk and copy the whole folder first. If the new folder holds no store, CEP Desk creates a new, empty one there.</source>
        <translation>A new folder is used from the next start. The current store is not moved: to keep your caseload, close CEP Desk and copy the whole folder first. If the new folder holds no store, CEP Desk creates a new, empty one there.</translation>
    </message>
    <message>
        <source>(default)</source>
        <translation>(default)</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>The recovery key opens your store if this computer loses its key (new computer, new user profile) or if you forget your passphrase. Keep a printed copy in a locked place, away from the laptop.</source>
        <translation>The recovery key opens your store if this computer loses its key (new computer, new user profile) or if you forget your passphrase. Keep a printed copy in a locked place, away from the laptop.</translation>
    </message>
    <message>
        <source>S&amp;how recovery key…</source>
        <translation>S&amp;how recovery key…</translation>
    </message>
    <message>
        <source>Show the recovery key</source>
        <translation>Show the recovery key</translation>
    </message>
    <message>
        <source>Show the recovery key?</source>
        <translation>Show the recovery key?</translation>
    </message>
    <message>
        <source>Anyone who sees the recovery key can open this store with the laptop. Make sure nobody else can see your screen. Show it now?</source>
        <translation>Anyone who sees the recovery key can open this store with the laptop. Make sure nobody else can see your screen. Show it now?</translation>
    </message>
    <message>
        <source>Your profile was saved, but this computer's settings (language, data folder) could not be written: {error}.</source>
        <translation>Your profile was saved, but this computer's settings (language, data folder) could not be written: {error}.</translation>
    </message>
</context>
<context>
    <name>SiteDialog</name>
    <message>
        <source>Edit site</source>
        <translation>Edit site</translation>
    </message>
    <message>
        <source>New site</source>
        <translation>New site</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site name</translation>
    </message>
    <message>
        <source>e.g. Permanence de Saint-Affrique</source>
        <translation>e.g. Permanence de Saint-Affrique</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Kind of site</source>
        <translation>Kind of site</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Kind:</translation>
    </message>
    <message>
        <source>Commune of the site</source>
        <translation>Commune of the site</translation>
    </message>
    <message>
        <source>Type a name or a postal code, then choose</source>
        <translation>Type a name or a postal code, then choose</translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation>&amp;Commune:</translation>
    </message>
    <message>
        <source>Address of the site</source>
        <translation>Address of the site</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Address:</translation>
    </message>
    <message>
        <source>A&amp;ctive (offered when recording a session)</source>
        <translation>A&amp;ctive (offered when recording a session)</translation>
    </message>
    <message>
        <source>Site active</source>
        <translation>Site active</translation>
    </message>
    <message>
        <source>&amp;Save the site</source>
        <translation>&amp;Save the site</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>StatusBadge</name>
    <message>
        <source>No accompaniment</source>
        <translation>No accompaniment</translation>
    </message>
    <message>
        <source>Accompaniment status: {status}</source>
        <translation>Accompaniment status: {status}</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>&amp;Date of the change</source>
        <translation>&amp;Date of the change</translation>
    </message>
    <message>
        <source>Date of the change</source>
        <translation>Date of the change</translation>
    </message>
    <message>
        <source>&amp;Return date (after today)</source>
        <translation>&amp;Return date (after today)</translation>
    </message>
    <message>
        <source>Planned return date</source>
        <translation>Planned return date</translation>
    </message>
    <message>
        <source>e.g. Cap emploi Aveyron — Mme Delmas</source>
        <translation>e.g. Cap emploi Aveyron — Mme Delmas</translation>
    </message>
    <message>
        <source>&amp;Partner who takes over</source>
        <translation>&amp;Partner who takes over</translation>
    </message>
    <message>
        <source>Partner who takes over</source>
        <translation>Partner who takes over</translation>
    </message>
    <message>
        <source>— choose a reason —</source>
        <translation>— choose a reason —</translation>
    </message>
    <message>
        <source>&amp;Why it is closed</source>
        <translation>&amp;Why it is closed</translation>
    </message>
    <message>
        <source>Closure reason</source>
        <translation>Closure reason</translation>
    </message>
    <message>
        <source>Co&amp;mment (optional)</source>
        <translation>Co&amp;mment (optional)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Pause the accompaniment</source>
        <translation>Pause the accompaniment</translation>
    </message>
    <message>
        <source>The accompaniment stays open; you plan to resume it on the return date.</source>
        <translation>The accompaniment stays open; you plan to resume it on the return date.</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pause</translation>
    </message>
    <message>
        <source>Partner relay</source>
        <translation>Partner relay</translation>
    </message>
    <message>
        <source>A partner takes over for a while; the accompaniment is suspended, not closed.</source>
        <translation>A partner takes over for a while; the accompaniment is suspended, not closed.</translation>
    </message>
    <message>
        <source>&amp;Start the relay</source>
        <translation>&amp;Start the relay</translation>
    </message>
    <message>
        <source>Close the accompaniment</source>
        <translation>Close the accompaniment</translation>
    </message>
    <message>
        <source>Closing ends the accompaniment. It can be re-opened later if the person comes back.</source>
        <translation>Closing ends the accompaniment. It can be re-opened later if the person comes back.</translation>
    </message>
    <message>
        <source>&amp;Close the accompaniment</source>
        <translation>&amp;Close the accompaniment</translation>
    </message>
    <message>
        <source>Resume the accompaniment</source>
        <translation>Resume the accompaniment</translation>
    </message>
    <message>
        <source>The accompaniment becomes active again.</source>
        <translation>The accompaniment becomes active again.</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Re-open the accompaniment</source>
        <translation>Re-open the accompaniment</translation>
    </message>
    <message>
        <source>The person comes back: the same accompaniment continues, its history is kept.</source>
        <translation>The person comes back: the same accompaniment continues, its history is kept.</translation>
    </message>
    <message>
        <source>&amp;Re-open</source>
        <translation>&amp;Re-open</translation>
    </message>
    <message>
        <source>Change the status</source>
        <translation>Change the status</translation>
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
        <translation>The data store could not be opened.</translation>
    </message>
    <message>
        <source>The key or passphrase does not open this store. Check it (capital letters count) or use your printed recovery key.</source>
        <translation>The key or passphrase does not open this store. Check it (capital letters count) or use your printed recovery key.</translation>
    </message>
    <message>
        <source>This store is protected by a passphrase: enter it (or set CEP_DESK_PASSPHRASE for the command line).</source>
        <translation>This store is protected by a passphrase: enter it (or set CEP_DESK_PASSPHRASE for the command line).</translation>
    </message>
    <message>
        <source>The key of this store is not in this computer's keyring. Enter your printed recovery key to open it.</source>
        <translation>The key of this store is not in this computer's keyring. Enter your printed recovery key to open it.</translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer: choose a passphrase to protect the store.</source>
        <translation>No secure keyring is available on this computer: choose a passphrase to protect the store.</translation>
    </message>
    <message>
        <source>The store file is damaged ({detail}). Nothing was changed. Restore the latest backup from the backups folder, or contact your IT support.</source>
        <translation>The store file is damaged ({detail}). Nothing was changed. Restore the latest backup from the backups folder, or contact your IT support.</translation>
    </message>
    <message>
        <source>This store was written by a newer version of CEP Desk ({revision}). Install the newer version; the store has not been touched.</source>
        <translation>This store was written by a newer version of CEP Desk ({revision}). Install the newer version; the store has not been touched.</translation>
    </message>
    <message>
        <source>Updating the store to this version failed; it was left as it was and a backup is in {backup}. Contact your IT support.</source>
        <translation>Updating the store to this version failed; it was left as it was and a backup is in {backup}. Contact your IT support.</translation>
    </message>
    <message>
        <source>CEP Desk is already open on this store (another window or program). Close it first.</source>
        <translation>CEP Desk is already open on this store (another window or program). Close it first.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then save again; what you typed is still in the form.</source>
        <translation>The disk is full: nothing was saved. Free some space, then save again; what you typed is still in the form.</translation>
    </message>
    <message>
        <source>Saving failed: nothing was written ({detail}). Try again.</source>
        <translation>Saving failed: nothing was written ({detail}). Try again.</translation>
    </message>
    <message>
        <source>The store's database file ({detail}) is missing or empty, although its key file is there. Nothing was created. Restore the latest backup (backups folder) or copy the file back.</source>
        <translation>The store's database file ({detail}) is missing or empty, although its key file is there. Nothing was created. Restore the latest backup (backups folder) or copy the file back.</translation>
    </message>
    <message>
        <source>Before updating the store, CEP Desk makes a backup copy, and it could not ({detail}). Nothing was changed. Free some disk space, then start CEP Desk again.</source>
        <translation>Before updating the store, CEP Desk makes a backup copy, and it could not ({detail}). Nothing was changed. Free some disk space, then start CEP Desk again.</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <source>Store checked: no damage found.</source>
        <translation>Store checked: no damage found.</translation>
    </message>
    <message>
        <source>Damaged store</source>
        <translation>Damaged store</translation>
    </message>
</context>
<context>
    <name>StoreDialogs</name>
    <message>
        <source>CEP Desk — data store</source>
        <translation>CEP Desk — data store</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Please check</translation>
    </message>
    <message>
        <source>CEP Desk</source>
        <translation>CEP Desk</translation>
    </message>
    <message>
        <source>Something went wrong and this action was not completed. Nothing else was changed. If it happens again, note what you were doing and contact your IT support.</source>
        <translation>Something went wrong and this action was not completed. Nothing else was changed. If it happens again, note what you were doing and contact your IT support.</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Error message</translation>
    </message>
    <message>
        <source>The computer's keyring refused to keep the key. Choose a passphrase to protect the store.</source>
        <translation>The computer's keyring refused to keep the key. Choose a passphrase to protect the store.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Open your CEP Desk store</source>
        <translation>Open your CEP Desk store</translation>
    </message>
    <message>
        <source>The key of this store is not in this computer's keyring. Type your recovery key (printed or saved when the store was created) to open it.</source>
        <translation>The key of this store is not in this computer's keyring. Type your recovery key (printed or saved when the store was created) to open it.</translation>
    </message>
    <message>
        <source>This store is protected by a passphrase. Type it to open it.</source>
        <translation>This store is protected by a passphrase. Type it to open it.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>I have my &amp;recovery key</source>
        <translation>I have my &amp;recovery key</translation>
    </message>
    <message>
        <source>I have my recovery key</source>
        <translation>I have my recovery key</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Recovery key</translation>
    </message>
    <message>
        <source>Recovery &amp;key:</source>
        <translation>Recovery &amp;key:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>A recovery key has 64 characters, digits 0–9 and letters A–F (dashes and spaces are optional). Check what you typed.</source>
        <translation>A recovery key has 64 characters, digits 0–9 and letters A–F (dashes and spaces are optional). Check what you typed.</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Type the passphrase.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation>This field is required.</translation>
    </message>
    <message>
        <source>Enter the person's last name.</source>
        <translation>Enter the person's last name.</translation>
    </message>
    <message>
        <source>Enter the person's first name.</source>
        <translation>Enter the person's first name.</translation>
    </message>
    <message>
        <source>This date is in the future: enter a date up to today.</source>
        <translation>This date is in the future: enter a date up to today.</translation>
    </message>
    <message>
        <source>This date is before 1900: check the year.</source>
        <translation>This date is before 1900: check the year.</translation>
    </message>
    <message>
        <source>The person is {age} years old: the CEP is open from 16. Check the date of birth.</source>
        <translation>The person is {age} years old: the CEP is open from 16. Check the date of birth.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid: it should look like name@example.fr.</source>
        <translation>This e-mail address is not valid: it should look like name@example.fr.</translation>
    </message>
    <message>
        <source>This phone number is not valid: enter 10 digits starting with 0 (06 12 34 56 78) or an international number starting with +.</source>
        <translation>This phone number is not valid: enter 10 digits starting with 0 (06 12 34 56 78) or an international number starting with +.</translation>
    </message>
    <message>
        <source>A postal code has 5 digits, for example 12100.</source>
        <translation>A postal code has 5 digits, for example 12100.</translation>
    </message>
    <message>
        <source>No commune has the postal code {code}: check it.</source>
        <translation>No commune has the postal code {code}: check it.</translation>
    </message>
    <message>
        <source>Unknown commune: choose it from the list (type its name or postal code).</source>
        <translation>Unknown commune: choose it from the list (type its name or postal code).</translation>
    </message>
    <message>
        <source>The postal code {code} is not one of {commune}'s: check one or the other.</source>
        <translation>The postal code {code} is not one of {commune}'s: check one or the other.</translation>
    </message>
    <message>
        <source>This value is not in the list: choose one from the list.</source>
        <translation>This value is not in the list: choose one from the list.</translation>
    </message>
    <message>
        <source>The end date of a status is before its start date: swap or correct them.</source>
        <translation>The end date of a status is before its start date: swap or correct them.</translation>
    </message>
    <message>
        <source>Enter the date the person agreed to their data being recorded.</source>
        <translation>Enter the date the person agreed to their data being recorded.</translation>
    </message>
    <message>
        <source>Write down what was explained to the person before they agreed.</source>
        <translation>Write down what was explained to the person before they agreed.</translation>
    </message>
    <message>
        <source>The first appointment cannot be before the first request.</source>
        <translation>The first appointment cannot be before the first request.</translation>
    </message>
    <message>
        <source>A pause needs a return date: when do you plan to resume?</source>
        <translation>A pause needs a return date: when do you plan to resume?</translation>
    </message>
    <message>
        <source>The return date must be after today.</source>
        <translation>The return date must be after today.</translation>
    </message>
    <message>
        <source>Choose why the accompaniment is closed.</source>
        <translation>Choose why the accompaniment is closed.</translation>
    </message>
    <message>
        <source>An accompaniment that is {current} cannot become {target}.</source>
        <translation>An accompaniment that is {current} cannot become {target}.</translation>
    </message>
    <message>
        <source>Choose at least one reason for contact.</source>
        <translation>Choose at least one reason for contact.</translation>
    </message>
    <message>
        <source>Enter a duration between 1 and 600 minutes.</source>
        <translation>Enter a duration between 1 and 600 minutes.</translation>
    </message>
    <message>
        <source>This accompaniment is closed: re-open it (Accompaniment tab, Re-open) before recording a session.</source>
        <translation>This accompaniment is closed: re-open it (Accompaniment tab, Re-open) before recording a session.</translation>
    </message>
    <message>
        <source>Name the partner who takes over.</source>
        <translation>Name the partner who takes over.</translation>
    </message>
    <message>
        <source>This point is marked as agreed: first write down how the person sees it, in their words.</source>
        <translation>This point is marked as agreed: first write down how the person sees it, in their words.</translation>
    </message>
    <message>
        <source>This situation belongs to another theme: choose one from the theme's list.</source>
        <translation>This situation belongs to another theme: choose one from the theme's list.</translation>
    </message>
    <message>
        <source>This situation is already in the diagnosis: complete the existing line instead.</source>
        <translation>This situation is already in the diagnosis: complete the existing line instead.</translation>
    </message>
    <message>
        <source>Write what it is in a few words.</source>
        <translation>Write what it is in a few words.</translation>
    </message>
    <message>
        <source>This action points to an objective that is not in the plan.</source>
        <translation>This action points to an objective that is not in the plan.</translation>
    </message>
    <message>
        <source>This jalon points to an action that is not in the plan.</source>
        <translation>This jalon points to an action that is not in the plan.</translation>
    </message>
    <message>
        <source>Name the partner who does this action.</source>
        <translation>Name the partner who does this action.</translation>
    </message>
    <message>
        <source>Enter the duration the person expects as a whole number between 1 and 365.</source>
        <translation>Enter the duration the person expects as a whole number between 1 and 365.</translation>
    </message>
    <message>
        <source>This action is due on {date}, before today. Confirm this date, or choose a later one.</source>
        <translation>This action is due on {date}, before today. Confirm this date, or choose a later one.</translation>
    </message>
    <message>
        <source>A jalon needs a date: when will it happen? A jalon without a date is not saved.</source>
        <translation>A jalon needs a date: when will it happen? A jalon without a date is not saved.</translation>
    </message>
    <message>
        <source>Enter a reminder between 0 and 90 days before the jalon.</source>
        <translation>Enter a reminder between 0 and 90 days before the jalon.</translation>
    </message>
    <message>
        <source>Enter an amount in euros, 0 or more (for example 1 250,50).</source>
        <translation>Enter an amount in euros, 0 or more (for example 1 250,50).</translation>
    </message>
    <message>
        <source>The funding was refused: write down the reason given, it helps for the next request.</source>
        <translation>The funding was refused: write down the reason given, it helps for the next request.</translation>
    </message>
    <message>
        <source>The decision cannot come before the file was submitted: check both dates.</source>
        <translation>The decision cannot come before the file was submitted: check both dates.</translation>
    </message>
    <message>
        <source>The person will come back: say when (a date or the next appointment).</source>
        <translation>The person will come back: say when (a date or the next appointment).</translation>
    </message>
    <message>
        <source>The next appointment must be after this session.</source>
        <translation>The next appointment must be after this session.</translation>
    </message>
    <message>
        <source>Enter a duration between 1 and 240 minutes.</source>
        <translation>Enter a duration between 1 and 240 minutes.</translation>
    </message>
    <message>
        <source>A session is recorded once it has taken place: choose a date up to today.</source>
        <translation>A session is recorded once it has taken place: choose a date up to today.</translation>
    </message>
    <message>
        <source>This session is before the first request ({date}): check the date.</source>
        <translation>This session is before the first request ({date}): check the date.</translation>
    </message>
    <message>
        <source>This change is dated before the current status (since {date}): check the date.</source>
        <translation>This change is dated before the current status (since {date}): check the date.</translation>
    </message>
    <message>
        <source>The consent date is before the date of birth.</source>
        <translation>The consent date is before the date of birth.</translation>
    </message>
    <message>
        <source>The person would be {age} years old: check the year of birth.</source>
        <translation>The person would be {age} years old: check the year of birth.</translation>
    </message>
    <message>
        <source>This site no longer exists: choose another one in the list (Settings → Sites).</source>
        <translation>This site no longer exists: choose another one in the list (Settings → Sites).</translation>
    </message>
</context>
<context>
    <name>_DateEdit</name>
    <message>
        <source>not set</source>
        <translation>not set</translation>
    </message>
</context>
<context>
    <name>_StatusRow</name>
    <message>
        <source>— choose a status —</source>
        <translation>— choose a status —</translation>
    </message>
    <message>
        <source>Employment status</source>
        <translation>Employment status</translation>
    </message>
    <message>
        <source>— category —</source>
        <translation>— category —</translation>
    </message>
    <message>
        <source>Job-seeker category</source>
        <translation>Job-seeker category</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Status start date</source>
        <translation>Status start date</translation>
    </message>
    <message>
        <source>Status end date (empty while it lasts)</source>
        <translation>Status end date (empty while it lasts)</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>ongoing</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove this status</source>
        <translation>Remove this status</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>Until</translation>
    </message>
</context>
</TS>