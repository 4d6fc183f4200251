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
    <name>ActionEditor</name>
    <message>
        <source>Who, at which organisation</source>
        <translation>Who, at which organisation</translation>
    </message>
    <message>
        <source>Type words of a service in the directory, then choose</source>
        <translation>Type words of a service in the directory, then choose</translation>
    </message>
    <message>
        <source>If it does not work out…</source>
        <translation>If it does not work out…</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>&amp;Action:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type:</translation>
    </message>
    <message>
        <source>Type of action</source>
        <translation>Type of action</translation>
    </message>
    <message>
        <source>Who does it:</source>
        <translation>Who does it:</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Partner:</source>
        <translation>Partner:</translation>
    </message>
    <message>
        <source>Partner concerned</source>
        <translation>Partner concerned</translation>
    </message>
    <message>
        <source>In the &amp;directory:</source>
        <translation>In the &amp;directory:</translation>
    </message>
    <message>
        <source>Service of the partner directory this action is with</source>
        <translation>Service of the partner directory this action is with</translation>
    </message>
    <message>
        <source>Objective:</source>
        <translation>Objective:</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>&amp;Estimate:</source>
        <translation>&amp;Estimate:</translation>
    </message>
    <message>
        <source>Duration estimated by the person</source>
        <translation>Duration estimated by the person</translation>
    </message>
    <message>
        <source>Due date:</source>
        <translation>Due date:</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan B:</source>
        <translation>Plan B:</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Add a &amp;funding file</source>
        <translation>Add a &amp;funding file</translation>
    </message>
    <message>
        <source>Add a funding file to this action</source>
        <translation>Add a funding file to this action</translation>
    </message>
    <message>
        <source>&lt;b&gt;Funding&lt;/b&gt;</source>
        <translation>&lt;b&gt;Funding&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change the type of an action</source>
        <translation>Change the type of an action</translation>
    </message>
    <message>
        <source>Change who does an action</source>
        <translation>Change who does an action</translation>
    </message>
    <message>
        <source>Change the status of an action</source>
        <translation>Change the status of an action</translation>
    </message>
    <message>
        <source>Change the objective of an action</source>
        <translation>Change the objective of an action</translation>
    </message>
    <message>
        <source>Link an action to the directory</source>
        <translation>Link an action to the directory</translation>
    </message>
    <message>
        <source>Unlink an action from the directory</source>
        <translation>Unlink an action from the directory</translation>
    </message>
    <message>
        <source>— no objective —</source>
        <translation>— no objective —</translation>
    </message>
    <message>
        <source>Change a funding file</source>
        <translation>Change a funding file</translation>
    </message>
    <message>
        <source>Add a funding file</source>
        <translation>Add a funding file</translation>
    </message>
    <message>
        <source>Remove a funding file</source>
        <translation>Remove a funding file</translation>
    </message>
    <message>
        <source>Change the estimate of an action</source>
        <translation>Change the estimate of an action</translation>
    </message>
    <message>
        <source>Required: who, at which organisation</source>
        <translation>Required: who, at which organisation</translation>
    </message>
</context>
<context>
    <name>AgendaView</name>
    <message>
        <source>D&amp;ay</source>
        <translation>D&amp;ay</translation>
    </message>
    <message>
        <source>&amp;Week</source>
        <translation>&amp;Week</translation>
    </message>
    <message>
        <source>Show one day</source>
        <translation>Show one day</translation>
    </message>
    <message>
        <source>Show the whole week</source>
        <translation>Show the whole week</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Previous</translation>
    </message>
    <message>
        <source>Previous day or week</source>
        <translation>Previous day or week</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>T&amp;oday</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Back to today</translation>
    </message>
    <message>
        <source>N&amp;ext ▶</source>
        <translation>N&amp;ext ▶</translation>
    </message>
    <message>
        <source>Next day or week</source>
        <translation>Next day or week</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Days shown</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>How</source>
        <translation>How</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Appointments</source>
        <translation>Appointments</translation>
    </message>
    <message>
        <source>P&amp;lan an appointment…</source>
        <translation>P&amp;lan an appointment…</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Plan an appointment</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>&amp;Move…</translation>
    </message>
    <message>
        <source>Move the selected appointment</source>
        <translation>Move the selected appointment</translation>
    </message>
    <message>
        <source>&amp;Cancel the appointment</source>
        <translation>&amp;Cancel the appointment</translation>
    </message>
    <message>
        <source>Cancel the selected appointment</source>
        <translation>Cancel the selected appointment</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Mark the selected appointment as held</source>
        <translation>Mark the selected appointment as held</translation>
    </message>
    <message>
        <source>Open the &amp;file</source>
        <translation>Open the &amp;file</translation>
    </message>
    <message>
        <source>Open the person's file</source>
        <translation>Open the person's file</translation>
    </message>
    <message>
        <source>Full &amp;names in the calendar file</source>
        <translation>Full &amp;names in the calendar file</translation>
    </message>
    <message>
        <source>Write full names in the calendar file instead of initials</source>
        <translation>Write full names in the calendar file instead of initials</translation>
    </message>
    <message>
        <source>E&amp;xport .ics…</source>
        <translation>E&amp;xport .ics…</translation>
    </message>
    <message>
        <source>Export these appointments to a calendar file</source>
        <translation>Export these appointments to a calendar file</translation>
    </message>
    <message>
        <source>{first} to {last}</source>
        <translation>{first} to {last}</translation>
    </message>
    <message>
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planned</translation>
    </message>
    <message>
        <source>from a conclusion: to plan</source>
        <translation>from a conclusion: to plan</translation>
    </message>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>overlaps</source>
        <translation>overlaps</translation>
    </message>
    <message>
        <source>{n} min</source>
        <translation>{n} min</translation>
    </message>
    <message>
        <source>(open slot)</source>
        <translation>(open slot)</translation>
    </message>
    <message>
        <source>Plan &amp;it at a site…</source>
        <translation>Plan &amp;it at a site…</translation>
    </message>
    <message>
        <source>Cancel the appointment</source>
        <translation>Cancel the appointment</translation>
    </message>
    <message>
        <source>Cancel the appointment of {when}?</source>
        <translation>Cancel the appointment of {when}?</translation>
    </message>
    <message>
        <source>Export the appointments</source>
        <translation>Export the appointments</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Calendar files (*.ics)</translation>
    </message>
    <message>
        <source>{n} appointment(s) exported to {path}.</source>
        <translation>{n} appointment(s) exported to {path}.</translation>
    </message>
</context>
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>Move the appointment</source>
        <translation>Move the appointment</translation>
    </message>
    <message>
        <source>Plan an appointment</source>
        <translation>Plan an appointment</translation>
    </message>
    <message>
        <source>Appointment date</source>
        <translation>Appointment date</translation>
    </message>
    <message>
        <source>Start time (Paris time)</source>
        <translation>Start time (Paris time)</translation>
    </message>
    <message>
        <source>at &amp;time</source>
        <translation>at &amp;time</translation>
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
        <source>— no site (phone, video…) —</source>
        <translation>— no site (phone, video…) —</translation>
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
        <source>On site</source>
        <translation>On site</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;How</translation>
    </message>
    <message>
        <source>How the appointment takes place</source>
        <translation>How the appointment takes place</translation>
    </message>
    <message>
        <source>Type a name (optional: a permanence slot may be open)</source>
        <translation>Type a name (optional: a permanence slot may be open)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Person</translation>
    </message>
    <message>
        <source>Person met</source>
        <translation>Person met</translation>
    </message>
    <message>
        <source>What for (not exported to calendars)</source>
        <translation>What for (not exported to calendars)</translation>
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
        <translation>&amp;Move</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Choose the person in the list that opens as you type, or leave the field empty.</source>
        <translation>Choose the person in the list that opens as you type, or leave the field empty.</translation>
    </message>
    <message>
        <source>Save anyway?</source>
        <translation>Save anyway?</translation>
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
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Referrals</source>
        <translation>Referrals</translation>
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
        <source>Start a guided session with the person</source>
        <translation>Start a guided session with the person</translation>
    </message>
    <message>
        <source>&amp;Quick session…</source>
        <translation>&amp;Quick session…</translation>
    </message>
    <message>
        <source>Record a quick session or a walk-in contact</source>
        <translation>Record a quick session or a walk-in contact</translation>
    </message>
    <message>
        <source>&amp;Log a contact…</source>
        <translation>&amp;Log a contact…</translation>
    </message>
    <message>
        <source>Log a call, an e-mail or a letter</source>
        <translation>Log a call, an e-mail or a letter</translation>
    </message>
    <message>
        <source>&amp;History…</source>
        <translation>&amp;History…</translation>
    </message>
    <message>
        <source>History of the diagnosis and of the plan</source>
        <translation>History of the diagnosis and of the plan</translation>
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
        <source>Contacts between sessions</source>
        <translation>Contacts between sessions</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Contacts between sessions, newest first</source>
        <translation>Contacts between sessions, newest first</translation>
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
        <source>Contacts between sessions: {n} · time spent with the person (sessions and contacts): {h} h {m:02d}</source>
        <translation>Contacts between sessions: {n} · time spent with the person (sessions and contacts): {h} h {m:02d}</translation>
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
    <name>ChangeWords</name>
    <message>
        <source>Request, in the person's words</source>
        <translation>Request, in the person's words</translation>
    </message>
    <message>
        <source>Need behind the request</source>
        <translation>Need behind the request</translation>
    </message>
    <message>
        <source>Request matches the need</source>
        <translation>Request matches the need</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>The project in plain words</source>
        <translation>The project in plain words</translation>
    </message>
    <message>
        <source>Motivation (concrete actions)</source>
        <translation>Motivation (concrete actions)</translation>
    </message>
    <message>
        <source>Competence named by the person</source>
        <translation>Competence named by the person</translation>
    </message>
    <message>
        <source>Competence noticed by the counsellor</source>
        <translation>Competence noticed by the counsellor</translation>
    </message>
    <message>
        <source>comment</source>
        <translation>comment</translation>
    </message>
    <message>
        <source>what was observed</source>
        <translation>what was observed</translation>
    </message>
    <message>
        <source>the person's view</source>
        <translation>the person's view</translation>
    </message>
    <message>
        <source>the counsellor's view</source>
        <translation>the counsellor's view</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>not asked yet</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Autonomy – {area}</source>
        <translation>Autonomy – {area}</translation>
    </message>
    <message>
        <source>{what}: {after} (new)</source>
        <translation>{what}: {after} (new)</translation>
    </message>
    <message>
        <source>{what} (new)</source>
        <translation>{what} (new)</translation>
    </message>
    <message>
        <source>{what}: {before} (removed)</source>
        <translation>{what}: {before} (removed)</translation>
    </message>
    <message>
        <source>{what} (removed)</source>
        <translation>{what} (removed)</translation>
    </message>
    <message>
        <source>{what}: {before} → {after}</source>
        <translation>{what}: {before} → {after}</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Funding file</source>
        <translation>Funding file</translation>
    </message>
    <message>
        <source>Jalon</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Who does it</source>
        <translation>Who does it</translation>
    </message>
    <message>
        <source>Estimate</source>
        <translation>Estimate</translation>
    </message>
    <message>
        <source>Estimate unit</source>
        <translation>Estimate unit</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Due date</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Plan B</source>
        <translation>Plan B</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Funding lever</source>
        <translation>Funding lever</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Quote</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Decision expected on</source>
        <translation>Decision expected on</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Reason for the refusal</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Reminder (days before)</source>
        <translation>Reminder (days before)</translation>
    </message>
    <message>
        <source>{amount} €</source>
        <translation>{amount} €</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>{entity} “{name}” {verb}</source>
        <translation>{entity} “{name}” {verb}</translation>
    </message>
    <message>
        <source>{entity} {verb}</source>
        <translation>{entity} {verb}</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>There is no store in {path}. Create one with CEP Desk, or a demo store with: cep-desk-cli --data-dir FOLDER demo</source>
        <translation>There is no store in {path}. Create one with CEP Desk, or a demo store with: cep-desk-cli --data-dir FOLDER demo</translation>
    </message>
    <message>
        <source>The store in {path} has lost its store.json file, which says how it is locked. Start CEP Desk with this folder and type your recovery key: it writes that file again.</source>
        <translation>The store in {path} has lost its store.json file, which says how it is locked. Start CEP Desk with this folder and type your recovery key: it writes that file again.</translation>
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
    <message>
        <source>“{value}” is not a date: write it as YYYY-MM-DD (for example 2026-11-23).</source>
        <translation>“{value}” is not a date: write it as YYYY-MM-DD (for example 2026-11-23).</translation>
    </message>
    <message>
        <source>--from ({start}) is after --to ({end}): swap the two dates.</source>
        <translation>--from ({start}) is after --to ({end}): swap the two dates.</translation>
    </message>
    <message>
        <source>Choose at most {days} days between --from and --to.</source>
        <translation>Choose at most {days} days between --from and --to.</translation>
    </message>
    <message>
        <source>--weeks must be a whole number between 1 and 52.</source>
        <translation>--weeks must be a whole number between 1 and 52.</translation>
    </message>
    <message>
        <source>{imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.</source>
        <translation>{imported} imported, {updated} updated, {unchanged} unchanged, {rejected} rejected.</translation>
    </message>
    <message>
        <source>Rejected: row {row} ({id}): {reason}</source>
        <translation>Rejected: row {row} ({id}): {reason}</translation>
    </message>
    <message>
        <source>Import stopped: the batches already read were kept.</source>
        <translation>Import stopped: the batches already read were kept.</translation>
    </message>
    <message>
        <source>{structures} structure(s) and {services} service(s) written to {path}.</source>
        <translation>{structures} structure(s) and {services} service(s) written to {path}.</translation>
    </message>
    <message>
        <source>Nothing was written: one of your entries is not valid for data·inclusion ({detail}). Correct it in the Directory tab.</source>
        <translation>Nothing was written: one of your entries is not valid for data·inclusion ({detail}). Correct it in the Directory tab.</translation>
    </message>
    <message>
        <source>Unknown commune code {code}: give the 5-character INSEE code (for example 12145 for Millau).</source>
        <translation>Unknown commune code {code}: give the 5-character INSEE code (for example 12145 for Millau).</translation>
    </message>
    <message>
        <source>--radius needs --near: the distance is measured from a commune.</source>
        <translation>--radius needs --near: the distance is measured from a commune.</translation>
    </message>
    <message>
        <source>--radius must be a number of kilometres between 1 and 1000.</source>
        <translation>--radius must be a number of kilometres between 1 and 1000.</translation>
    </message>
    <message>
        <source>{title}: {pages} page(s) written to {path}.</source>
        <translation>{title}: {pages} page(s) written to {path}.</translation>
    </message>
    <message>
        <source>Kept in the person's documents as {file} (version {version}).</source>
        <translation>Kept in the person's documents as {file} (version {version}).</translation>
    </message>
    <message>
        <source>This person has no session with the id {id}. Find session ids with: cep-desk-cli show ID</source>
        <translation>This person has no session with the id {id}. Find session ids with: cep-desk-cli show ID</translation>
    </message>
    <message>
        <source>This person has no referral with the id {id}.</source>
        <translation>This person has no referral with the id {id}.</translation>
    </message>
    <message>
        <source>The output file must end with .pdf: {path}</source>
        <translation>The output file must end with .pdf: {path}</translation>
    </message>
</context>
<context>
    <name>CliHelp</name>
    <message>
        <source>usage: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <source>show program's version number and exit</source>
        <translation>show program's version number and exit</translation>
    </message>
    <message>
        <source>store folder (default: the application's; for 'demo': the demo folder)</source>
        <translation>store folder (default: the application's; for 'demo': the demo folder)</translation>
    </message>
    <message>
        <source>language of messages and labels (default: fr)</source>
        <translation>language of messages and labels (default: fr)</translation>
    </message>
    <message>
        <source>CEP Desk on the command line: the same store as the window, without a window.</source>
        <translation>CEP Desk on the command line: the same store as the window, without a window.</translation>
    </message>
    <message>
        <source>A passphrase-protected store reads its passphrase from CEP_DESK_PASSPHRASE. Exit codes: 0 success, 1 user error, 2 store problem.</source>
        <translation>A passphrase-protected store reads its passphrase from CEP_DESK_PASSPHRASE. Exit codes: 0 success, 1 user error, 2 store problem.</translation>
    </message>
    <message>
        <source>create the demo store (300 fictional people)</source>
        <translation>create the demo store (300 fictional people)</translation>
    </message>
    <message>
        <source>the caseload, as JSON or CSV</source>
        <translation>the caseload, as JSON or CSV</translation>
    </message>
    <message>
        <source>only this accompaniment status (actif, en_pause, …)</source>
        <translation>only this accompaniment status (actif, en_pause, …)</translation>
    </message>
    <message>
        <source>words to find in name, commune or target job</source>
        <translation>words to find in name, commune or target job</translation>
    </message>
    <message>
        <source>everything about one person, as JSON</source>
        <translation>everything about one person, as JSON</translation>
    </message>
    <message>
        <source>check integrity, encryption and outbox</source>
        <translation>check integrity, encryption and outbox</translation>
    </message>
    <message>
        <source>planned appointments, as JSON or iCalendar (.ics)</source>
        <translation>planned appointments, as JSON or iCalendar (.ics)</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD (default: today)</source>
        <translation>first day, YYYY-MM-DD (default: today)</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default: 6 days later)</source>
        <translation>last day, YYYY-MM-DD (default: 6 days later)</translation>
    </message>
    <message>
        <source>name people in full in the .ics (default: initials only)</source>
        <translation>name people in full in the .ics (default: initials only)</translation>
    </message>
    <message>
        <source>what is due: today, this week, overdue, awaited</source>
        <translation>what is due: today, this week, overdue, awaited</translation>
    </message>
    <message>
        <source>no contact for N weeks or more (default: 8)</source>
        <translation>no contact for N weeks or more (default: 8)</translation>
    </message>
    <message>
        <source>the partner directory (data·inclusion)</source>
        <translation>the partner directory (data·inclusion)</translation>
    </message>
    <message>
        <source>import a data·inclusion JSON or CSV file</source>
        <translation>import a data·inclusion JSON or CSV file</translation>
    </message>
    <message>
        <source>write your own entries as data·inclusion JSON</source>
        <translation>write your own entries as data·inclusion JSON</translation>
    </message>
    <message>
        <source>search services offline</source>
        <translation>search services offline</translation>
    </message>
    <message>
        <source>the person's commune (INSEE code)</source>
        <translation>the person's commune (INSEE code)</translation>
    </message>
    <message>
        <source>on-site services within KM (remote ones always listed)</source>
        <translation>on-site services within KM (remote ones always listed)</translation>
    </message>
    <message>
        <source>data·inclusion thématique</source>
        <translation>data·inclusion thématique</translation>
    </message>
    <message>
        <source>write a printed deliverable (PDF) for one person</source>
        <translation>write a printed deliverable (PDF) for one person</translation>
    </message>
    <message>
        <source>the person's id (see: list)</source>
        <translation>the person's id (see: list)</translation>
    </message>
    <message>
        <source>the session (default: the latest one)</source>
        <translation>the session (default: the latest one)</translation>
    </message>
    <message>
        <source>the referral, for a fiche de liaison</source>
        <translation>the referral, for a fiche de liaison</translation>
    </message>
    <message>
        <source>20 pt text</source>
        <translation>20 pt text</translation>
    </message>
    <message>
        <source>also keep it in the person's documents and history (handed over)</source>
        <translation>also keep it in the person's documents and history (handed over)</translation>
    </message>
</context>
<context>
    <name>CockpitView</name>
    <message>
        <source>Today's appointments</source>
        <translation>Today's appointments</translation>
    </message>
    <message>
        <source>Jalons due this week</source>
        <translation>Jalons due this week</translation>
    </message>
    <message>
        <source>Overdue jalons</source>
        <translation>Overdue jalons</translation>
    </message>
    <message>
        <source>Funding decisions awaited past their date</source>
        <translation>Funding decisions awaited past their date</translation>
    </message>
    <message>
        <source>Paused parcours to resume</source>
        <translation>Paused parcours to resume</translation>
    </message>
    <message>
        <source>Partner entries to re-verify</source>
        <translation>Partner entries to re-verify</translation>
    </message>
    <message>
        <source>No contact for {weeks} weeks or more</source>
        <translation>No contact for {weeks} weeks or more</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>No contact for &amp;at least:</source>
        <translation>No contact for &amp;at least:</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> weeks</translation>
    </message>
    <message>
        <source>People without contact for at least this many weeks</source>
        <translation>People without contact for at least this many weeks</translation>
    </message>
    <message>
        <source>What is due: appointments, jalons, funding, pauses, contacts</source>
        <translation>What is due: appointments, jalons, funding, pauses, contacts</translation>
    </message>
    <message>
        <source>&amp;Open the file</source>
        <translation>&amp;Open the file</translation>
    </message>
    <message>
        <source>Open the person's file</source>
        <translation>Open the person's file</translation>
    </message>
    <message>
        <source>Start the &amp;session</source>
        <translation>Start the &amp;session</translation>
    </message>
    <message>
        <source>Start the guided session of this appointment</source>
        <translation>Start the guided session of this appointment</translation>
    </message>
    <message>
        <source>Snooze until &amp;tomorrow</source>
        <translation>Snooze until &amp;tomorrow</translation>
    </message>
    <message>
        <source>Snooze this reminder until tomorrow</source>
        <translation>Snooze this reminder until tomorrow</translation>
    </message>
    <message>
        <source>Snooze one &amp;week</source>
        <translation>Snooze one &amp;week</translation>
    </message>
    <message>
        <source>Snooze this reminder for one week</source>
        <translation>Snooze this reminder for one week</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Done</translation>
    </message>
    <message>
        <source>Mark this reminder done</source>
        <translation>Mark this reminder done</translation>
    </message>
    <message>
        <source>Print the &amp;calendar of jalons…</source>
        <translation>Print the &amp;calendar of jalons…</translation>
    </message>
    <message>
        <source>Print the person's calendar of jalons</source>
        <translation>Print the person's calendar of jalons</translation>
    </message>
    <message>
        <source>The action plan document, with its calendar page of the jalons</source>
        <translation>The action plan document, with its calendar page of the jalons</translation>
    </message>
    <message>
        <source>Loading what is due…</source>
        <translation>Loading what is due…</translation>
    </message>
    <message>
        <source>Today, {day}</source>
        <translation>Today, {day}</translation>
    </message>
    <message>
        <source>… and {n} more: search them in the caseload</source>
        <translation>… and {n} more: search them in the caseload</translation>
    </message>
    <message>
        <source>No appointment today.</source>
        <translation>No appointment today.</translation>
    </message>
    <message>
        <source>No jalon left this week.</source>
        <translation>No jalon left this week.</translation>
    </message>
    <message>
        <source>Nothing overdue.</source>
        <translation>Nothing overdue.</translation>
    </message>
    <message>
        <source>No decision overdue.</source>
        <translation>No decision overdue.</translation>
    </message>
    <message>
        <source>No paused parcours to resume.</source>
        <translation>No paused parcours to resume.</translation>
    </message>
    <message>
        <source>Nothing to re-verify.</source>
        <translation>Nothing to re-verify.</translation>
    </message>
    <message>
        <source>Everyone has been in touch recently.</source>
        <translation>Everyone has been in touch recently.</translation>
    </message>
    <message>
        <source>No site (phone, video…)</source>
        <translation>No site (phone, video…)</translation>
    </message>
    <message>
        <source>(nobody named)</source>
        <translation>(nobody named)</translation>
    </message>
    <message>
        <source>open slot</source>
        <translation>open slot</translation>
    </message>
    <message>
        <source>said in the last conclusion, to plan at a site</source>
        <translation>said in the last conclusion, to plan at a site</translation>
    </message>
    <message>
        <source>overlaps another appointment</source>
        <translation>overlaps another appointment</translation>
    </message>
    <message>
        <source>{n} day(s) late</source>
        <translation>{n} day(s) late</translation>
    </message>
    <message>
        <source>expected on {day}</source>
        <translation>expected on {day}</translation>
    </message>
    <message>
        <source>return date {day}</source>
        <translation>return date {day}</translation>
    </message>
    <message>
        <source>last contact {day}</source>
        <translation>last contact {day}</translation>
    </message>
    <message>
        <source>never seen</source>
        <translation>never seen</translation>
    </message>
    <message>
        <source>last verified {day}</source>
        <translation>last verified {day}</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>never verified</translation>
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
    <name>ConcludeStep</name>
    <message>
        <source>Conclusion of the session, to read with the person</source>
        <translation>Conclusion of the session, to read with the person</translation>
    </message>
    <message>
        <source>Conc&amp;lusion — what we agreed today</source>
        <translation>Conc&amp;lusion — what we agreed today</translation>
    </message>
    <message>
        <source>Rec&amp;ompose from this session</source>
        <translation>Rec&amp;ompose from this session</translation>
    </message>
    <message>
        <source>Recompose the conclusion from this session</source>
        <translation>Recompose the conclusion from this session</translation>
    </message>
    <message>
        <source>Replace the text by one written from what was agreed today</source>
        <translation>Replace the text by one written from what was agreed today</translation>
    </message>
    <message>
        <source>Next appointment: day</source>
        <translation>Next appointment: day</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Next appointment: time</source>
        <translation>Next appointment: time</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>&amp;Next appointment</source>
        <translation>&amp;Next appointment</translation>
    </message>
    <message>
        <source>— not asked yet —</source>
        <translation>— not asked yet —</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No, not for now</source>
        <translation>No, not for now</translation>
    </message>
    <message>
        <source>Will the person come back?</source>
        <translation>Will the person come back?</translation>
    </message>
    <message>
        <source>Will you come &amp;back?</source>
        <translation>Will you come &amp;back?</translation>
    </message>
    <message>
        <source>Around when</source>
        <translation>Around when</translation>
    </message>
    <message>
        <source>Around &amp;when</source>
        <translation>Around &amp;when</translation>
    </message>
    <message>
        <source>What for</source>
        <translation>What for</translation>
    </message>
    <message>
        <source>e.g. to look at the funding decision together</source>
        <translation>e.g. to look at the funding decision together</translation>
    </message>
    <message>
        <source>What fo&amp;r</source>
        <translation>What fo&amp;r</translation>
    </message>
    <message>
        <source>Conclude</source>
        <translation>Conclude</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Add a named contact</source>
        <translation>Add a named contact</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Contact's name</source>
        <translation>Contact's name</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>Contact's role</source>
        <translation>Contact's role</translation>
    </message>
    <message>
        <source>Direct &amp;line:</source>
        <translation>Direct &amp;line:</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Direct line</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>Contact's e-mail</source>
        <translation>Contact's e-mail</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ContactLogDialog</name>
    <message>
        <source>Log a contact with {name}</source>
        <translation>Log a contact with {name}</translation>
    </message>
    <message>
        <source>Log a contact</source>
        <translation>Log a contact</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Kind of contact</source>
        <translation>Kind of contact</translation>
    </message>
    <message>
        <source>Time of the contact</source>
        <translation>Time of the contact</translation>
    </message>
    <message>
        <source>at</source>
        <translation>at</translation>
    </message>
    <message>
        <source>Date of the contact</source>
        <translation>Date of the contact</translation>
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
        <source>e.g. confirmed the date of the immersion</source>
        <translation>e.g. confirmed the date of the immersion</translation>
    </message>
    <message>
        <source>&amp;About (shareable)</source>
        <translation>&amp;About (shareable)</translation>
    </message>
    <message>
        <source>What it was about</source>
        <translation>What it was about</translation>
    </message>
    <message>
        <source>&amp;Private note (never shared)</source>
        <translation>&amp;Private note (never shared)</translation>
    </message>
    <message>
        <source>Private note, never exported or shared</source>
        <translation>Private note, never exported or shared</translation>
    </message>
    <message>
        <source>&amp;Log it</source>
        <translation>&amp;Log it</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Log the contact</source>
        <translation>Log the contact</translation>
    </message>
</context>
<context>
    <name>DiagnosisStep</name>
    <message>
        <source>Shared diagnosis</source>
        <translation>Shared diagnosis</translation>
    </message>
    <message>
        <source>What changed since last session</source>
        <translation>What changed since last session</translation>
    </message>
    <message>
        <source>Request and need</source>
        <translation>Request and need</translation>
    </message>
    <message>
        <source>&amp;Request (their words):</source>
        <translation>&amp;Request (their words):</translation>
    </message>
    <message>
        <source>Request, in the person's words</source>
        <translation>Request, in the person's words</translation>
    </message>
    <message>
        <source>&amp;Need behind it:</source>
        <translation>&amp;Need behind it:</translation>
    </message>
    <message>
        <source>Need behind the request</source>
        <translation>Need behind the request</translation>
    </message>
    <message>
        <source>Request matches the nee&amp;d:</source>
        <translation>Request matches the nee&amp;d:</translation>
    </message>
    <message>
        <source>Request matches the need</source>
        <translation>Request matches the need</translation>
    </message>
    <message>
        <source>Change the match with the need</source>
        <translation>Change the match with the need</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>The project</translation>
    </message>
    <message>
        <source>What the person has already done for it</source>
        <translation>What the person has already done for it</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Project:</translation>
    </message>
    <message>
        <source>Project state</source>
        <translation>Project state</translation>
    </message>
    <message>
        <source>In p&amp;lain words:</source>
        <translation>In p&amp;lain words:</translation>
    </message>
    <message>
        <source>The project in plain words</source>
        <translation>The project in plain words</translation>
    </message>
    <message>
        <source>&amp;Motivation (actions):</source>
        <translation>&amp;Motivation (actions):</translation>
    </message>
    <message>
        <source>Motivation, from concrete actions</source>
        <translation>Motivation, from concrete actions</translation>
    </message>
    <message>
        <source>Change the project state</source>
        <translation>Change the project state</translation>
    </message>
    <message>
        <source>Maturity and realism of the project</source>
        <translation>Maturity and realism of the project</translation>
    </message>
    <message>
        <source>Answer a maturity question</source>
        <translation>Answer a maturity question</translation>
    </message>
    <message>
        <source>Answer a realism question</source>
        <translation>Answer a realism question</translation>
    </message>
    <message>
        <source>what makes you say so</source>
        <translation>what makes you say so</translation>
    </message>
    <message>
        <source>Comment: {question}</source>
        <translation>Comment: {question}</translation>
    </message>
    <message>
        <source>Competences named by the person</source>
        <translation>Competences named by the person</translation>
    </message>
    <message>
        <source>One per line, in the person's words</source>
        <translation>One per line, in the person's words</translation>
    </message>
    <message>
        <source>&amp;Competences (one per line):</source>
        <translation>&amp;Competences (one per line):</translation>
    </message>
    <message>
        <source>Competences you noticed (not shown to the person)</source>
        <translation>Competences you noticed (not shown to the person)</translation>
    </message>
    <message>
        <source>Competences noticed by the counsellor</source>
        <translation>Competences noticed by the counsellor</translation>
    </message>
    <message>
        <source>N&amp;oticed (one per line):</source>
        <translation>N&amp;oticed (one per line):</translation>
    </message>
    <message>
        <source>Autonomy (with what was observed)</source>
        <translation>Autonomy (with what was observed)</translation>
    </message>
    <message>
        <source>what you saw, not a judgement</source>
        <translation>what you saw, not a judgement</translation>
    </message>
    <message>
        <source>Autonomy: {area}</source>
        <translation>Autonomy: {area}</translation>
    </message>
    <message>
        <source>Observed: {area}</source>
        <translation>Observed: {area}</translation>
    </message>
    <message>
        <source>Change an autonomy level</source>
        <translation>Change an autonomy level</translation>
    </message>
    <message>
        <source>Obstacles and strengths, theme by theme</source>
        <translation>Obstacles and strengths, theme by theme</translation>
    </message>
    <message>
        <source>Theme of the obstacle to add</source>
        <translation>Theme of the obstacle to add</translation>
    </message>
    <message>
        <source>Situation to add</source>
        <translation>Situation to add</translation>
    </message>
    <message>
        <source>&amp;Add to the diagnosis</source>
        <translation>&amp;Add to the diagnosis</translation>
    </message>
    <message>
        <source>Add the obstacle to the diagnosis</source>
        <translation>Add the obstacle to the diagnosis</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>S&amp;ituation:</source>
        <translation>S&amp;ituation:</translation>
    </message>
    <message>
        <source>No theme explored yet: choose a theme and a situation above.</source>
        <translation>No theme explored yet: choose a theme and a situation above.</translation>
    </message>
    <message>
        <source>The theme in general</source>
        <translation>The theme in general</translation>
    </message>
    <message>
        <source>Mark an obstacle agreed or not</source>
        <translation>Mark an obstacle agreed or not</translation>
    </message>
    <message>
        <source>Change an obstacle's status</source>
        <translation>Change an obstacle's status</translation>
    </message>
    <message>
        <source>Add an obstacle</source>
        <translation>Add an obstacle</translation>
    </message>
    <message>
        <source>Remove an obstacle</source>
        <translation>Remove an obstacle</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>First diagnosis: everything written today is new.</source>
        <translation>First diagnosis: everything written today is new.</translation>
    </message>
    <message>
        <source>Nothing changed yet since {version}.</source>
        <translation>Nothing changed yet since {version}.</translation>
    </message>
    <message>
        <source>Since {version}:</source>
        <translation>Since {version}:</translation>
    </message>
    <message>
        <source>… and {count} more changes</source>
        <translation>… and {count} more changes</translation>
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
        <translation>Words: permis, bilan, mission locale…</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Search:</translation>
    </message>
    <message>
        <source>Words to search</source>
        <translation>Words to search</translation>
    </message>
    <message>
        <source>The person's commune</source>
        <translation>The person's commune</translation>
    </message>
    <message>
        <source>&amp;Near:</source>
        <translation>&amp;Near:</translation>
    </message>
    <message>
        <source>Commune to measure distance from</source>
        <translation>Commune to measure distance from</translation>
    </message>
    <message>
        <source>any distance</source>
        <translation>any distance</translation>
    </message>
    <message>
        <source>within %1 km</source>
        <translation>within %1 km</translation>
    </message>
    <message>
        <source>&amp;Radius:</source>
        <translation>&amp;Radius:</translation>
    </message>
    <message>
        <source>Radius around the commune</source>
        <translation>Radius around the commune</translation>
    </message>
    <message>
        <source>all themes</source>
        <translation>all themes</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>T&amp;heme:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>all publics</source>
        <translation>all publics</translation>
    </message>
    <message>
        <source>&amp;Public:</source>
        <translation>&amp;Public:</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>all types</source>
        <translation>all types</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>Type of service</source>
        <translation>Type of service</translation>
    </message>
    <message>
        <source>free or paid</source>
        <translation>free or paid</translation>
    </message>
    <message>
        <source>F&amp;ees:</source>
        <translation>F&amp;ees:</translation>
    </message>
    <message>
        <source>Fees</source>
        <translation>Fees</translation>
    </message>
    <message>
        <source>on site or remote</source>
        <translation>on site or remote</translation>
    </message>
    <message>
        <source>&amp;Mode:</source>
        <translation>&amp;Mode:</translation>
    </message>
    <message>
        <source>Mode of reception</source>
        <translation>Mode of reception</translation>
    </message>
    <message>
        <source>Fa&amp;vourites only</source>
        <translation>Fa&amp;vourites only</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Favourites only</translation>
    </message>
    <message>
        <source>Results and reminders</source>
        <translation>Results and reminders</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
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
        <translation>Services found</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Results</translation>
    </message>
    <message>
        <source>Entries to check again</source>
        <translation>Entries to check again</translation>
    </message>
    <message>
        <source>To check again</source>
        <translation>To check again</translation>
    </message>
    <message>
        <source>&amp;Import a data·inclusion file…</source>
        <translation>&amp;Import a data·inclusion file…</translation>
    </message>
    <message>
        <source>Import a data·inclusion file</source>
        <translation>Import a data·inclusion file</translation>
    </message>
    <message>
        <source>Preparing the directory…</source>
        <translation>Preparing the directory…</translation>
    </message>
    <message>
        <source>Choose the commune in the list (type its name or postal code).</source>
        <translation>Choose the commune in the list (type its name or postal code).</translation>
    </message>
    <message>
        <source>Import in progress: the search resumes when it ends.</source>
        <translation>Import in progress: the search resumes when it ends.</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message numerus="yes">
        <source>%n service(s) found</source>
        <translation>
            <numerusform>%n service found</numerusform>
            <numerusform>%n services found</numerusform>
        </translation>
    </message>
    <message>
        <source>Directory: %1 partners, %2 services</source>
        <translation>Directory: %1 partners, %2 services</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>%1 — last checked: %2</source>
        <translation>%1 — last checked: %2</translation>
    </message>
    <message>
        <source>To check again (%1)</source>
        <translation>To check again (%1)</translation>
    </message>
    <message>
        <source>data·inclusion files (*.json *.csv)</source>
        <translation>data·inclusion files (*.json *.csv)</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importing %1…</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1 imported, %2 updated, %3 unchanged, %4 rejected.</source>
        <translation>%1 imported, %2 updated, %3 unchanged, %4 rejected.</translation>
    </message>
    <message>
        <source>Stopped: the batches already read were kept.</source>
        <translation>Stopped: the batches already read were kept.</translation>
    </message>
    <message>
        <source>Row %1 (%2): %3</source>
        <translation>Row %1 (%2): %3</translation>
    </message>
    <message>
        <source>… and %1 more rejected rows (the command line lists them all).</source>
        <translation>… and %1 more rejected rows (the command line lists them all).</translation>
    </message>
</context>
<context>
    <name>DocumentKinds</name>
    <message>
        <source>Summary document</source>
        <translation>Summary document</translation>
    </message>
    <message>
        <source>Summary document (easy to read)</source>
        <translation>Summary document (easy to read)</translation>
    </message>
    <message>
        <source>My action plan</source>
        <translation>My action plan</translation>
    </message>
    <message>
        <source>Session conclusion</source>
        <translation>Session conclusion</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Referral slip</translation>
    </message>
    <message>
        <source>Counsellor's contact card</source>
        <translation>Counsellor's contact card</translation>
    </message>
    <message>
        <source>Job interview grid (meeting a professional)</source>
        <translation>Job interview grid (meeting a professional)</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewDialog</name>
    <message>
        <source>{what}, version {version} of {when} — {name}</source>
        <translation>{what}, version {version} of {when} — {name}</translation>
    </message>
    <message>
        <source>{what} — {name}</source>
        <translation>{what} — {name}</translation>
    </message>
    <message>
        <source>Preview of the document</source>
        <translation>Preview of the document</translation>
    </message>
    <message>
        <source>Page Up and Page Down scroll; Ctrl+Page Down and Ctrl+Page Up go to the next or previous page; Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits the page width.</source>
        <translation>Page Up and Page Down scroll; Ctrl+Page Down and Ctrl+Page Up go to the next or previous page; Ctrl+plus and Ctrl+minus zoom; Ctrl+0 fits the page width.</translation>
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
        <translation>Easy to read (FALC)</translation>
    </message>
    <message>
        <source>Version of the summary document</source>
        <translation>Version of the summary document</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Large print (20 pt)</source>
        <translation>&amp;Large print (20 pt)</translation>
    </message>
    <message>
        <source>Large print, 20 point text</source>
        <translation>Large print, 20 point text</translation>
    </message>
    <message>
        <source>Texts you can change before printing</source>
        <translation>Texts you can change before printing</translation>
    </message>
    <message>
        <source>This document has no free text to change.</source>
        <translation>This document has no free text to change.</translation>
    </message>
    <message>
        <source>&amp;Update the preview</source>
        <translation>&amp;Update the preview</translation>
    </message>
    <message>
        <source>Show the changed texts in the preview (F5)</source>
        <translation>Show the changed texts in the preview (F5)</translation>
    </message>
    <message>
        <source>Update the preview with the changed texts</source>
        <translation>Update the preview with the changed texts</translation>
    </message>
    <message>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Zoom out (Ctrl+minus)</translation>
    </message>
    <message>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Zoom in (Ctrl+plus)</translation>
    </message>
    <message>
        <source>&amp;Fit width</source>
        <translation>&amp;Fit width</translation>
    </message>
    <message>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>Fit the page width (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>Print the document (Ctrl+P)</source>
        <translation>Print the document (Ctrl+P)</translation>
    </message>
    <message>
        <source>Si&amp;gn…</source>
        <translation>Si&amp;gn…</translation>
    </message>
    <message>
        <source>The person signs on screen</source>
        <translation>The person signs on screen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save in the person's documents (Ctrl+S)</source>
        <translation>Save in the person's documents (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
    </message>
    <message>
        <source>Close the preview</source>
        <translation>Close the preview</translation>
    </message>
    <message>
        <source>This text is too long for the document ({length} characters, at most {max}): shorten it.</source>
        <translation>This text is too long for the document ({length} characters, at most {max}): shorten it.</translation>
    </message>
    <message>
        <source>The preview was not updated: a text is too long (marked in red).</source>
        <translation>The preview was not updated: a text is too long (marked in red).</translation>
    </message>
    <message>
        <source>The document changed after the person signed it: the signature was removed. Ask the person to sign again.</source>
        <translation>The document changed after the person signed it: the signature was removed. Ask the person to sign again.</translation>
    </message>
    <message>
        <source>The file of this document cannot be read ({path}: {error}). Make it again with “New document…”.</source>
        <translation>The file of this document cannot be read ({path}: {error}). Make it again with “New document…”.</translation>
    </message>
    <message>
        <source>Saved document, as handed over: {path}</source>
        <translation>Saved document, as handed over: {path}</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} of {count}</translation>
    </message>
    <message>
        <source>The document was not made: change the text marked in red.</source>
        <translation>The document was not made: change the text marked in red.</translation>
    </message>
    <message>
        <source>Signed by {name} and saved in the person's documents (version {version}): {path}</source>
        <translation>Signed by {name} and saved in the person's documents (version {version}): {path}</translation>
    </message>
    <message>
        <source>Saved in the person's documents (version {version}): {path}</source>
        <translation>Saved in the person's documents (version {version}): {path}</translation>
    </message>
    <message>
        <source>Print the document: the person signs it on paper.</source>
        <translation>Print the document: the person signs it on paper.</translation>
    </message>
    <message>
        <source>Nothing was printed: {reason}</source>
        <translation>Nothing was printed: {reason}</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>The document could not be read.</source>
        <translation>The document could not be read.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>The printer could not be started.</translation>
    </message>
</context>
<context>
    <name>Documents</name>
    <message>
        <source>Summary document</source>
        <translation>Summary document</translation>
    </message>
    <message>
        <source>Summary document (easy to read)</source>
        <translation>Summary document (easy to read)</translation>
    </message>
    <message>
        <source>My action plan</source>
        <translation>My action plan</translation>
    </message>
    <message>
        <source>Session conclusion</source>
        <translation>Session conclusion</translation>
    </message>
    <message>
        <source>Referral slip</source>
        <translation>Referral slip</translation>
    </message>
    <message>
        <source>Contact card</source>
        <translation>Contact card</translation>
    </message>
    <message>
        <source>Job interview grid</source>
        <translation>Job interview grid</translation>
    </message>
    <message>
        <source>Context of the request</source>
        <translation>Context of the request</translation>
    </message>
    <message>
        <source>Situation as agreed</source>
        <translation>Situation as agreed</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>What we built together</source>
        <translation>What we built together</translation>
    </message>
    <message>
        <source>Opening words</source>
        <translation>Opening words</translation>
    </message>
    <message>
        <source>Conclusion text</source>
        <translation>Conclusion text</translation>
    </message>
    <message>
        <source>What the partner needs to know</source>
        <translation>What the partner needs to know</translation>
    </message>
    <message>
        <source>Job to explore</source>
        <translation>Job to explore</translation>
    </message>
    <message>
        <source>Questions (one per line)</source>
        <translation>Questions (one per line)</translation>
    </message>
    <message>
        <source>Unknown document "{kind}": choose one of {kinds}.</source>
        <translation>Unknown document "{kind}": choose one of {kinds}.</translation>
    </message>
    <message>
        <source>The text "{section}" is {length} characters long: shorten it to {limit} at most.</source>
        <translation>The text "{section}" is {length} characters long: shorten it to {limit} at most.</translation>
    </message>
    <message>
        <source>The signature could not be read: ask the person to sign again.</source>
        <translation>The signature could not be read: ask the person to sign again.</translation>
    </message>
    <message>
        <source>This person has no session yet: record a session before printing its conclusion.</source>
        <translation>This person has no session yet: record a session before printing its conclusion.</translation>
    </message>
    <message>
        <source>Choose the referral this slip is for (--referral).</source>
        <translation>Choose the referral this slip is for (--referral).</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>&amp;New document…</source>
        <translation>&amp;New document…</translation>
    </message>
    <message>
        <source>Make a new document</source>
        <translation>Make a new document</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>Open the selected document</source>
        <translation>Open the selected document</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Made on</source>
        <translation>Made on</translation>
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
        <translation>File</translation>
    </message>
    <message>
        <source>Documents handed over, newest first (Enter or double-click to open)</source>
        <translation>Documents handed over, newest first (Enter or double-click to open)</translation>
    </message>
    <message>
        <source>Documents of a session</source>
        <translation>Documents of a session</translation>
    </message>
    <message>
        <source>The documents a session calls for. “Print all ticked” saves each one in the person's documents, then prints them in one go.</source>
        <translation>The documents a session calls for. “Print all ticked” saves each one in the person's documents, then prints them in one go.</translation>
    </message>
    <message>
        <source>Session whose documents to print</source>
        <translation>Session whose documents to print</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>S&amp;ession:</translation>
    </message>
    <message>
        <source>Documents this session calls for (Space ticks or unticks)</source>
        <translation>Documents this session calls for (Space ticks or unticks)</translation>
    </message>
    <message>
        <source>Pre&amp;view the selected…</source>
        <translation>Pre&amp;view the selected…</translation>
    </message>
    <message>
        <source>Preview the selected document of the session</source>
        <translation>Preview the selected document of the session</translation>
    </message>
    <message>
        <source>&amp;Print all ticked…</source>
        <translation>&amp;Print all ticked…</translation>
    </message>
    <message>
        <source>Save and print all the ticked documents of the session in one go</source>
        <translation>Save and print all the ticked documents of the session in one go</translation>
    </message>
    <message>
        <source>{what}, large print</source>
        <translation>{what}, large print</translation>
    </message>
    <message>
        <source>Signed on screen on {date}</source>
        <translation>Signed on screen on {date}</translation>
    </message>
    <message>
        <source>Not signed on screen</source>
        <translation>Not signed on screen</translation>
    </message>
    <message>
        <source>{name} (file missing)</source>
        <translation>{name} (file missing)</translation>
    </message>
    <message>
        <source>Documents handed over: {n}</source>
        <translation>Documents handed over: {n}</translation>
    </message>
    <message>
        <source>{what} (no referral recorded yet)</source>
        <translation>{what} (no referral recorded yet)</translation>
    </message>
    <message>
        <source>{service} — {structure}, sent on {date}</source>
        <translation>{service} — {structure}, sent on {date}</translation>
    </message>
    <message>
        <source>No session recorded yet</source>
        <translation>No session recorded yet</translation>
    </message>
    <message>
        <source>Tick at least one document to print.</source>
        <translation>Tick at least one document to print.</translation>
    </message>
    <message>
        <source>Documents of the session</source>
        <translation>Documents of the session</translation>
    </message>
    <message>
        <source>The documents were saved but not printed: {reason}</source>
        <translation>The documents were saved but not printed: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved and printed.</source>
        <translation>
            <numerusform>%n document saved and printed.</numerusform>
            <numerusform>%n documents saved and printed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n document(s) saved in the person's documents; nothing printed.</source>
        <translation>
            <numerusform>%n document saved in the person's documents; nothing printed.</numerusform>
            <numerusform>%n documents saved in the person's documents; nothing printed.</numerusform>
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
        <translation>Duration estimated by the person</translation>
    </message>
    <message>
        <source>Unit of the estimate</source>
        <translation>Unit of the estimate</translation>
    </message>
</context>
<context>
    <name>ExploreStep</name>
    <message>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>Target jobs (ROME)</source>
        <translation>Target jobs (ROME)</translation>
    </message>
    <message>
        <source>Type a job title, then choose it in the list</source>
        <translation>Type a job title, then choose it in the list</translation>
    </message>
    <message>
        <source>Add a target job</source>
        <translation>Add a target job</translation>
    </message>
    <message>
        <source>Target jobs</source>
        <translation>Target jobs</translation>
    </message>
    <message>
        <source>Re&amp;move the job</source>
        <translation>Re&amp;move the job</translation>
    </message>
    <message>
        <source>Remove the selected target job</source>
        <translation>Remove the selected target job</translation>
    </message>
    <message>
        <source>Add a target &amp;job:</source>
        <translation>Add a target &amp;job:</translation>
    </message>
    <message>
        <source>No target job yet: type a job title above and choose it in the list.</source>
        <translation>No target job yet: type a job title above and choose it in the list.</translation>
    </message>
    <message>
        <source>Options, validated or set aside together</source>
        <translation>Options, validated or set aside together</translation>
    </message>
    <message>
        <source>An option (a job, a training, a move…), Enter to add</source>
        <translation>An option (a job, a training, a move…), Enter to add</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>New option</translation>
    </message>
    <message>
        <source>Add the o&amp;ption</source>
        <translation>Add the o&amp;ption</translation>
    </message>
    <message>
        <source>Add the option</source>
        <translation>Add the option</translation>
    </message>
    <message>
        <source>&amp;New option:</source>
        <translation>&amp;New option:</translation>
    </message>
    <message>
        <source>No option written down yet.</source>
        <translation>No option written down yet.</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Remove a target job</source>
        <translation>Remove a target job</translation>
    </message>
    <message>
        <source>Write the option first, then press Enter.</source>
        <translation>Write the option first, then press Enter.</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Add an option</translation>
    </message>
    <message>
        <source>Validate an option</source>
        <translation>Validate an option</translation>
    </message>
    <message>
        <source>Set an option aside</source>
        <translation>Set an option aside</translation>
    </message>
    <message>
        <source>Reopen an option</source>
        <translation>Reopen an option</translation>
    </message>
    <message>
        <source>Remove an option</source>
        <translation>Remove an option</translation>
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
    <name>FundingFileEditor</name>
    <message>
        <source>Transitions Pro, OPCO, France Travail…</source>
        <translation>Transitions Pro, OPCO, France Travail…</translation>
    </message>
    <message>
        <source>amount in €</source>
        <translation>amount in €</translation>
    </message>
    <message>
        <source>Remove the funding file</source>
        <translation>Remove the funding file</translation>
    </message>
    <message>
        <source>&amp;Lever:</source>
        <translation>&amp;Lever:</translation>
    </message>
    <message>
        <source>Funding lever</source>
        <translation>Funding lever</translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>Funder:</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Funder</translation>
    </message>
    <message>
        <source>&amp;Quote (€):</source>
        <translation>&amp;Quote (€):</translation>
    </message>
    <message>
        <source>Quote amount</source>
        <translation>Quote amount</translation>
    </message>
    <message>
        <source>Submitted on:</source>
        <translation>Submitted on:</translation>
    </message>
    <message>
        <source>Submitted on</source>
        <translation>Submitted on</translation>
    </message>
    <message>
        <source>Decision e&amp;xpected:</source>
        <translation>Decision e&amp;xpected:</translation>
    </message>
    <message>
        <source>Decision expected on</source>
        <translation>Decision expected on</translation>
    </message>
    <message>
        <source>Decision:</source>
        <translation>Decision:</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Decided on:</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <source>Reason for the refusal:</source>
        <translation>Reason for the refusal:</translation>
    </message>
    <message>
        <source>Reason for the refusal</source>
        <translation>Reason for the refusal</translation>
    </message>
</context>
<context>
    <name>GuidedSessionWindow</name>
    <message>
        <source>Session with {name}</source>
        <translation>Session with {name}</translation>
    </message>
    <message>
        <source>Guided session</source>
        <translation>Guided session</translation>
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
        <source>Steps of the session (Ctrl+1 to Ctrl+6)</source>
        <translation>Steps of the session (Ctrl+1 to Ctrl+6)</translation>
    </message>
    <message>
        <source>Ctrl+{n}</source>
        <translation>Ctrl+{n}</translation>
    </message>
    <message>
        <source>&amp;Accompaniment ▾</source>
        <translation>&amp;Accompaniment ▾</translation>
    </message>
    <message>
        <source>Change the accompaniment's status</source>
        <translation>Change the accompaniment's status</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histor&amp;y…</translation>
    </message>
    <message>
        <source>History of the diagnosis and of the plan</source>
        <translation>History of the diagnosis and of the plan</translation>
    </message>
    <message>
        <source>Side-by-side mode</source>
        <translation>Side-by-side mode</translation>
    </message>
    <message>
        <source>Discard it and start afresh</source>
        <translation>Discard it and start afresh</translation>
    </message>
    <message>
        <source>Discard the draft and start afresh</source>
        <translation>Discard the draft and start afresh</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <source>Undo the last change in this step</source>
        <translation>Undo the last change in this step</translation>
    </message>
    <message>
        <source>Cancel the session</source>
        <translation>Cancel the session</translation>
    </message>
    <message>
        <source>Cancel the session and discard its draft</source>
        <translation>Cancel the session and discard its draft</translation>
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
        <source>Save the whole session (Ctrl+S)</source>
        <translation>Save the whole session (Ctrl+S)</translation>
    </message>
    <message>
        <source>Side by side (F11)</source>
        <translation>Side by side (F11)</translation>
    </message>
    <message>
        <source>Large type, only what the person may see (F11)</source>
        <translation>Large type, only what the person may see (F11)</translation>
    </message>
    <message>
        <source>This session was restored from its draft of {when}: nothing typed was lost.</source>
        <translation>This session was restored from its draft of {when}: nothing typed was lost.</translation>
    </message>
    <message>
        <source>The draft could not be saved: {reason}</source>
        <translation>The draft could not be saved: {reason}</translation>
    </message>
    <message>
        <source>Draft saved at {time}</source>
        <translation>Draft saved at {time}</translation>
    </message>
    <message>
        <source>Discard the draft</source>
        <translation>Discard the draft</translation>
    </message>
    <message>
        <source>Discard everything in this draft and start a new session?</source>
        <translation>Discard everything in this draft and start a new session?</translation>
    </message>
    <message>
        <source>Service level: {level}</source>
        <translation>Service level: {level}</translation>
    </message>
    <message>
        <source>&amp;Pause, with a return date…</source>
        <translation>&amp;Pause, with a return date…</translation>
    </message>
    <message>
        <source>Partner &amp;relay…</source>
        <translation>Partner &amp;relay…</translation>
    </message>
    <message>
        <source>&amp;Close, with a reason…</source>
        <translation>&amp;Close, with a reason…</translation>
    </message>
    <message>
        <source>Re-&amp;open…</source>
        <translation>Re-&amp;open…</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Resume</translation>
    </message>
    <message>
        <source>Not saved yet: change what was asked about, or save again and confirm.</source>
        <translation>Not saved yet: change what was asked about, or save again and confirm.</translation>
    </message>
    <message>
        <source>Action “{action}”: {problem}</source>
        <translation>Action “{action}”: {problem}</translation>
    </message>
    <message>
        <source>Please confirm</source>
        <translation>Please confirm</translation>
    </message>
    <message>
        <source>Please check with the person:

{reasons}

Save the session anyway?</source>
        <translation>Please check with the person:

{reasons}

Save the session anyway?</translation>
    </message>
    <message>
        <source>Nothing was saved:</source>
        <translation>Nothing was saved:</translation>
    </message>
    <message>
        <source>• See the fields marked in red above.</source>
        <translation>• See the fields marked in red above.</translation>
    </message>
    <message>
        <source>Cancel this session? Nothing of it will be saved and its draft is discarded.</source>
        <translation>Cancel this session? Nothing of it will be saved and its draft is discarded.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>History — {name}</source>
        <translation>History — {name}</translation>
    </message>
    <message>
        <source>History of the diagnosis and of the plan</source>
        <translation>History of the diagnosis and of the plan</translation>
    </message>
    <message>
        <source>The history is not available in this version.</source>
        <translation>The history is not available in this version.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Earlier version</source>
        <translation>Earlier version</translation>
    </message>
    <message>
        <source>Later version</source>
        <translation>Later version</translation>
    </message>
    <message>
        <source>Earlier version of the diagnosis</source>
        <translation>Earlier version of the diagnosis</translation>
    </message>
    <message>
        <source>Later version of the diagnosis</source>
        <translation>Later version of the diagnosis</translation>
    </message>
    <message>
        <source>What changed between the two versions</source>
        <translation>What changed between the two versions</translation>
    </message>
    <message>
        <source>&amp;Compare:</source>
        <translation>&amp;Compare:</translation>
    </message>
    <message>
        <source>&amp;with:</source>
        <translation>&amp;with:</translation>
    </message>
    <message>
        <source>&lt;b&gt;What changed&lt;/b&gt;</source>
        <translation>&lt;b&gt;What changed&lt;/b&gt;</translation>
    </message>
    <message>
        <source>History of the plan</source>
        <translation>History of the plan</translation>
    </message>
    <message>
        <source>&amp;Diagnosis</source>
        <translation>&amp;Diagnosis</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>— nothing before —</source>
        <translation>— nothing before —</translation>
    </message>
    <message>
        <source>Version {number} ({date})</source>
        <translation>Version {number} ({date})</translation>
    </message>
    <message>
        <source>No diagnosis written yet.</source>
        <translation>No diagnosis written yet.</translation>
    </message>
    <message>
        <source>Choose a later version to compare with.</source>
        <translation>Choose a later version to compare with.</translation>
    </message>
    <message>
        <source> (counsellor only)</source>
        <translation> (counsellor only)</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nothing changed.</translation>
    </message>
    <message>
        <source>(no earlier version)</source>
        <translation>(no earlier version)</translation>
    </message>
    <message>
        <source>Request and need</source>
        <translation>Request and need</translation>
    </message>
    <message>
        <source>Request:</source>
        <translation>Request:</translation>
    </message>
    <message>
        <source>Need:</source>
        <translation>Need:</translation>
    </message>
    <message>
        <source>Matches the need:</source>
        <translation>Matches the need:</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <source>State:</source>
        <translation>State:</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Project:</translation>
    </message>
    <message>
        <source>Motivation:</source>
        <translation>Motivation:</translation>
    </message>
    <message>
        <source>Competences named by the person</source>
        <translation>Competences named by the person</translation>
    </message>
    <message>
        <source>Competences noticed by the counsellor (counsellor only)</source>
        <translation>Competences noticed by the counsellor (counsellor only)</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomy</translation>
    </message>
    <message>
        <source>agreed</source>
        <translation>agreed</translation>
    </message>
    <message>
        <source>not agreed</source>
        <translation>not agreed</translation>
    </message>
    <message>
        <source>The person: {view}</source>
        <translation>The person: {view}</translation>
    </message>
    <message>
        <source>Counsellor (counsellor only): {view}</source>
        <translation>Counsellor (counsellor only): {view}</translation>
    </message>
    <message>
        <source>Obstacles and strengths</source>
        <translation>Obstacles and strengths</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>The plan has not changed yet.</source>
        <translation>The plan has not changed yet.</translation>
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
    <name>InterviewFields</name>
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
</context>
<context>
    <name>ListenStep</name>
    <message>
        <source>The request, in the person's own words</source>
        <translation>The request, in the person's own words</translation>
    </message>
    <message>
        <source>Write down what the person asks for, with their words.</source>
        <translation>Write down what the person asks for, with their words.</translation>
    </message>
    <message>
        <source>The re&amp;quest, in the person's own words</source>
        <translation>The re&amp;quest, in the person's own words</translation>
    </message>
    <message>
        <source>Shareable notes</source>
        <translation>Shareable notes</translation>
    </message>
    <message>
        <source>S&amp;hareable notes — the person may read them</source>
        <translation>S&amp;hareable notes — the person may read them</translation>
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
        <source>Listen</source>
        <translation>Listen</translation>
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
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directory</translation>
    </message>
    <message>
        <source>Opening your data…</source>
        <translation>Opening your data…</translation>
    </message>
    <message>
        <source>Opening your data</source>
        <translation>Opening your data</translation>
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
        <source>Protect your CEP Desk store</source>
        <translation>Protect your CEP Desk store</translation>
    </message>
    <message>
        <source>Your recovery key opens the store in this folder. Choose how its key is protected from now on:</source>
        <translation>Your recovery key opens the store in this folder. Choose how its key is protected from now on:</translation>
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
        <source>&amp;Protect the store</source>
        <translation>&amp;Protect the store</translation>
    </message>
    <message>
        <source>Create the store</source>
        <translation>Create the store</translation>
    </message>
    <message>
        <source>Protect the store</source>
        <translation>Protect the store</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
</context>
<context>
    <name>ObjectiveRow</name>
    <message>
        <source>Theme of the objective</source>
        <translation>Theme of the objective</translation>
    </message>
    <message>
        <source>The objective in the person's words</source>
        <translation>The objective in the person's words</translation>
    </message>
    <message>
        <source>Objective, in the person's words</source>
        <translation>Objective, in the person's words</translation>
    </message>
    <message>
        <source>Reached</source>
        <translation>Reached</translation>
    </message>
    <message>
        <source>Objective reached</source>
        <translation>Objective reached</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the objective</source>
        <translation>Remove the objective</translation>
    </message>
</context>
<context>
    <name>ObstacleRow</name>
    <message>
        <source>Status of: {item}</source>
        <translation>Status of: {item}</translation>
    </message>
    <message>
        <source>— not asked yet —</source>
        <translation>— not asked yet —</translation>
    </message>
    <message>
        <source>Agreed together</source>
        <translation>Agreed together</translation>
    </message>
    <message>
        <source>Not agreed</source>
        <translation>Not agreed</translation>
    </message>
    <message>
        <source>Agreed with the person: {item}</source>
        <translation>Agreed with the person: {item}</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Remove the obstacle: {item}</source>
        <translation>Remove the obstacle: {item}</translation>
    </message>
    <message>
        <source>How the person sees it, in their words</source>
        <translation>How the person sees it, in their words</translation>
    </message>
    <message>
        <source>The person's view: {item}</source>
        <translation>The person's view: {item}</translation>
    </message>
    <message>
        <source>What you observed (not shown to the person)</source>
        <translation>What you observed (not shown to the person)</translation>
    </message>
    <message>
        <source>Counsellor's view: {item}</source>
        <translation>Counsellor's view: {item}</translation>
    </message>
    <message>
        <source>Person's view:</source>
        <translation>Person's view:</translation>
    </message>
    <message>
        <source>Counsellor's view:</source>
        <translation>Counsellor's view:</translation>
    </message>
</context>
<context>
    <name>OptionRow</name>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>&amp;Validated together</source>
        <translation>&amp;Validated together</translation>
    </message>
    <message>
        <source>Set a&amp;side</source>
        <translation>Set a&amp;side</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>Re&amp;open</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Validate with the person: {option}</source>
        <translation>Validate with the person: {option}</translation>
    </message>
    <message>
        <source>Set aside with the person: {option}</source>
        <translation>Set aside with the person: {option}</translation>
    </message>
    <message>
        <source>Reopen: {option}</source>
        <translation>Reopen: {option}</translation>
    </message>
    <message>
        <source>Remove (written by mistake): {option}</source>
        <translation>Remove (written by mistake): {option}</translation>
    </message>
    <message>
        <source>Why, in plain words</source>
        <translation>Why, in plain words</translation>
    </message>
    <message>
        <source>Why it was validated or set aside: {option}</source>
        <translation>Why it was validated or set aside: {option}</translation>
    </message>
    <message>
        <source>What I want</source>
        <translation>What I want</translation>
    </message>
    <message>
        <source>What I want: {option}</source>
        <translation>What I want: {option}</translation>
    </message>
    <message>
        <source>What I can do</source>
        <translation>What I can do</translation>
    </message>
    <message>
        <source>What I can do: {option}</source>
        <translation>What I can do: {option}</translation>
    </message>
    <message>
        <source>What the market allows</source>
        <translation>What the market allows</translation>
    </message>
    <message>
        <source>What the market allows: {option}</source>
        <translation>What the market allows: {option}</translation>
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
    <name>PartnerPage</name>
    <message>
        <source>Partner name</source>
        <translation>Partner name</translation>
    </message>
    <message>
        <source>Address and switchboard</source>
        <translation>Address and switchboard</translation>
    </message>
    <message>
        <source>&lt;b&gt;Services&lt;/b&gt;</source>
        <translation>&lt;b&gt;Services&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Services of the partner</source>
        <translation>Services of the partner</translation>
    </message>
    <message>
        <source>Description of the service</source>
        <translation>Description of the service</translation>
    </message>
    <message>
        <source>Re&amp;fer a person to this service…</source>
        <translation>Re&amp;fer a person to this service…</translation>
    </message>
    <message>
        <source>Refer a person to this service</source>
        <translation>Refer a person to this service</translation>
    </message>
    <message>
        <source>&lt;b&gt;Named contacts&lt;/b&gt;</source>
        <translation>&lt;b&gt;Named contacts&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Add &amp;contact…</source>
        <translation>Add &amp;contact…</translation>
    </message>
    <message>
        <source>Add a named contact</source>
        <translation>Add a named contact</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Direct line</source>
        <translation>Direct line</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Named contacts</source>
        <translation>Named contacts</translation>
    </message>
    <message>
        <source>F&amp;avourite</source>
        <translation>F&amp;avourite</translation>
    </message>
    <message>
        <source>Favourite partner</source>
        <translation>Favourite partner</translation>
    </message>
    <message>
        <source>&amp;Checked today</source>
        <translation>&amp;Checked today</translation>
    </message>
    <message>
        <source>Mark the information as checked today</source>
        <translation>Mark the information as checked today</translation>
    </message>
    <message>
        <source>Words of your own, separated by commas</source>
        <translation>Words of your own, separated by commas</translation>
    </message>
    <message>
        <source>Your tags</source>
        <translation>Your tags</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>Who does what, funding rules, delays (shared with colleagues)</source>
        <translation>Who does what, funding rules, delays (shared with colleagues)</translation>
    </message>
    <message>
        <source>Notes shared with colleagues</source>
        <translation>Notes shared with colleagues</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes:</translation>
    </message>
    <message>
        <source>Only on this computer, never synced</source>
        <translation>Only on this computer, never synced</translation>
    </message>
    <message>
        <source>Private relationship notes</source>
        <translation>Private relationship notes</translation>
    </message>
    <message>
        <source>&amp;Private notes:</source>
        <translation>&amp;Private notes:</translation>
    </message>
    <message>
        <source>&amp;Save my notes</source>
        <translation>&amp;Save my notes</translation>
    </message>
    <message>
        <source>Save favourite, tags and notes</source>
        <translation>Save favourite, tags and notes</translation>
    </message>
    <message>
        <source>&lt;b&gt;People referred here&lt;/b&gt;</source>
        <translation>&lt;b&gt;People referred here&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>People referred to this partner</source>
        <translation>People referred to this partner</translation>
    </message>
    <message>
        <source>Your own entry</source>
        <translation>Your own entry</translation>
    </message>
    <message>
        <source>From data·inclusion (%1), updated on %2</source>
        <translation>From data·inclusion (%1), updated on %2</translation>
    </message>
    <message>
        <source>Last checked on %1</source>
        <translation>Last checked on %1</translation>
    </message>
    <message>
        <source>Never checked: call them to confirm the details.</source>
        <translation>Never checked: call them to confirm the details.</translation>
    </message>
    <message>
        <source>Themes: %1</source>
        <translation>Themes: %1</translation>
    </message>
    <message>
        <source>For: %1</source>
        <translation>For: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
</context>
<context>
    <name>Partners</name>
    <message>
        <source>open</source>
        <translation>open</translation>
    </message>
    <message>
        <source>being studied</source>
        <translation>being studied</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>accepted</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refused</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expired</translation>
    </message>
    <message>
        <source>phone</source>
        <translation>phone</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>text message</source>
        <translation>text message</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>letter</translation>
    </message>
    <message>
        <source>through the counsellor</source>
        <translation>through the counsellor</translation>
    </message>
    <message>
        <source>name and date of birth</source>
        <translation>name and date of birth</translation>
    </message>
    <message>
        <source>phone, e-mail and address</source>
        <translation>phone, e-mail and address</translation>
    </message>
    <message>
        <source>employment situation</source>
        <translation>employment situation</translation>
    </message>
    <message>
        <source>shared diagnosis</source>
        <translation>shared diagnosis</translation>
    </message>
    <message>
        <source>action plan</source>
        <translation>action plan</translation>
    </message>
    <message>
        <source>The file is {size} MB; the limit is {limit} MB. Download the file of your region or département from data·inclusion instead of the national one.</source>
        <translation>The file is {size} MB; the limit is {limit} MB. Download the file of your region or département from data·inclusion instead of the national one.</translation>
    </message>
    <message>
        <source>Cannot read {path}: {detail}</source>
        <translation>Cannot read {path}: {detail}</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (problem near byte {offset}). Open it in a spreadsheet or text editor and save it again as “CSV UTF-8” or UTF-8 JSON, then import it again.</source>
        <translation>The file is not UTF-8 text (problem near byte {offset}). Open it in a spreadsheet or text editor and save it again as “CSV UTF-8” or UTF-8 JSON, then import it again.</translation>
    </message>
    <message>
        <source>This is not a data·inclusion JSON file: it should be a list of structures or services starting with “[”.</source>
        <translation>This is not a data·inclusion JSON file: it should be a list of structures or services starting with “[”.</translation>
    </message>
    <message>
        <source>The JSON is damaged after record {row} (character {offset}): {detail}. The records before it were imported; download the file again to get the rest.</source>
        <translation>The JSON is damaged after record {row} (character {offset}): {detail}. The records before it were imported; download the file again to get the rest.</translation>
    </message>
    <message>
        <source>The file ends in the middle of record {row}: it was cut short (incomplete download?). The records before it were imported; download the file again to get the rest.</source>
        <translation>The file ends in the middle of record {row}: it was cut short (incomplete download?). The records before it were imported; download the file again to get the rest.</translation>
    </message>
    <message>
        <source>The CSV is damaged at line {row}: {detail}. The lines before it were imported; check the file (an unclosed quote?) and import it again.</source>
        <translation>The CSV is damaged at line {row}: {detail}. The lines before it were imported; check the file (an unclosed quote?) and import it again.</translation>
    </message>
    <message>
        <source>The CSV has no header line with data·inclusion column names (source, id, nom…).</source>
        <translation>The CSV has no header line with data·inclusion column names (source, id, nom…).</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>The file is empty.</translation>
    </message>
    <message>
        <source>Not a structure or service record (expected an object with source, id, nom…).</source>
        <translation>Not a structure or service record (expected an object with source, id, nom…).</translation>
    </message>
    <message>
        <source>Structure “{id}” is neither in the directory nor earlier in the file: import the structures file first.</source>
        <translation>Structure “{id}” is neither in the directory nor earlier in the file: import the structures file first.</translation>
    </message>
    <message>
        <source>Not valid for data·inclusion: {detail}</source>
        <translation>Not valid for data·inclusion: {detail}</translation>
    </message>
</context>
<context>
    <name>PendingDrafts</name>
    <message>
        <source>Unsaved sessions</source>
        <translation>Unsaved sessions</translation>
    </message>
    <message>
        <source>These sessions were not saved when CEP Desk last closed; nothing typed was lost:

{people}

Reopen them now?</source>
        <translation>These sessions were not saved when CEP Desk last closed; nothing typed was lost:

{people}

Reopen them now?</translation>
    </message>
</context>
<context>
    <name>PlanStep</name>
    <message>
        <source>in {value} {unit}</source>
        <translation>in {value} {unit}</translation>
    </message>
    <message>
        <source>The selected action</source>
        <translation>The selected action</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Action plan</translation>
    </message>
    <message>
        <source>Objectives</source>
        <translation>Objectives</translation>
    </message>
    <message>
        <source>Add an o&amp;bjective</source>
        <translation>Add an o&amp;bjective</translation>
    </message>
    <message>
        <source>Add an objective</source>
        <translation>Add an objective</translation>
    </message>
    <message>
        <source>New action (Enter adds it)</source>
        <translation>New action (Enter adds it)</translation>
    </message>
    <message>
        <source>What will be done, in the person's words</source>
        <translation>What will be done, in the person's words</translation>
    </message>
    <message>
        <source>New action</source>
        <translation>New action</translation>
    </message>
    <message>
        <source>Type of the new action</source>
        <translation>Type of the new action</translation>
    </message>
    <message>
        <source>Who does the new action</source>
        <translation>Who does the new action</translation>
    </message>
    <message>
        <source>A&amp;dd the action</source>
        <translation>A&amp;dd the action</translation>
    </message>
    <message>
        <source>Add the action</source>
        <translation>Add the action</translation>
    </message>
    <message>
        <source>Ac&amp;tion:</source>
        <translation>Ac&amp;tion:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <source>&amp;In how long (the person's estimate):</source>
        <translation>&amp;In how long (the person's estimate):</translation>
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
        <translation>Due</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Actions of the plan</source>
        <translation>Actions of the plan</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Move &amp;up</translation>
    </message>
    <message>
        <source>Move dow&amp;n</source>
        <translation>Move dow&amp;n</translation>
    </message>
    <message>
        <source>&amp;Remove the action</source>
        <translation>&amp;Remove the action</translation>
    </message>
    <message>
        <source>Move the selected action up (Alt+Up)</source>
        <translation>Move the selected action up (Alt+Up)</translation>
    </message>
    <message>
        <source>Move the selected action down (Alt+Down)</source>
        <translation>Move the selected action down (Alt+Down)</translation>
    </message>
    <message>
        <source>Remove the selected action</source>
        <translation>Remove the selected action</translation>
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
        <translation>Kind</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Jalons of the plan</source>
        <translation>Jalons of the plan</translation>
    </message>
    <message>
        <source>Date of the new jalon</source>
        <translation>Date of the new jalon</translation>
    </message>
    <message>
        <source>Kind of the new jalon</source>
        <translation>Kind of the new jalon</translation>
    </message>
    <message>
        <source>What happens that day</source>
        <translation>What happens that day</translation>
    </message>
    <message>
        <source>New jalon</source>
        <translation>New jalon</translation>
    </message>
    <message>
        <source>Add the &amp;jalon</source>
        <translation>Add the &amp;jalon</translation>
    </message>
    <message>
        <source>Add the jalon</source>
        <translation>Add the jalon</translation>
    </message>
    <message>
        <source>Remove the jalon</source>
        <translation>Remove the jalon</translation>
    </message>
    <message>
        <source>Remove the selected jalon</source>
        <translation>Remove the selected jalon</translation>
    </message>
    <message>
        <source>Ne&amp;w jalon on:</source>
        <translation>Ne&amp;w jalon on:</translation>
    </message>
    <message>
        <source>Change the theme of an objective</source>
        <translation>Change the theme of an objective</translation>
    </message>
    <message>
        <source>Mark an objective reached</source>
        <translation>Mark an objective reached</translation>
    </message>
    <message>
        <source>Follows the action's due date: change it in the action.</source>
        <translation>Follows the action's due date: change it in the action.</translation>
    </message>
    <message>
        <source>Typing</source>
        <translation>Typing</translation>
    </message>
    <message>
        <source>Remove an objective</source>
        <translation>Remove an objective</translation>
    </message>
    <message>
        <source>Write the action first, then press Enter.</source>
        <translation>Write the action first, then press Enter.</translation>
    </message>
    <message>
        <source>Add an action</source>
        <translation>Add an action</translation>
    </message>
    <message>
        <source>Remove an action</source>
        <translation>Remove an action</translation>
    </message>
    <message>
        <source>Move an action</source>
        <translation>Move an action</translation>
    </message>
    <message>
        <source>Add a jalon</source>
        <translation>Add a jalon</translation>
    </message>
    <message>
        <source>This jalon follows an action's due date: clear the date in the action, or remove the action.</source>
        <translation>This jalon follows an action's due date: clear the date in the action, or remove the action.</translation>
    </message>
    <message>
        <source>Remove a jalon</source>
        <translation>Remove a jalon</translation>
    </message>
    <message>
        <source>Mark a jalon done</source>
        <translation>Mark a jalon done</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>Action “{action}”: {problem}</source>
        <translation>Action “{action}”: {problem}</translation>
    </message>
</context>
<context>
    <name>PlanSummary</name>
    <message>
        <source>The action plan, as the person reads it</source>
        <translation>The action plan, as the person reads it</translation>
    </message>
    <message>
        <source>What we decided together</source>
        <translation>What we decided together</translation>
    </message>
    <message>
        <source>No action yet.</source>
        <translation>No action yet.</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>by {date}</translation>
    </message>
    <message>
        <source>no date yet</source>
        <translation>no date yet</translation>
    </message>
    <message>
        <source>Important dates</source>
        <translation>Important dates</translation>
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
    <name>QuickSessionDialog</name>
    <message>
        <source>Quick session</source>
        <translation>Quick session</translation>
    </message>
    <message>
        <source>A short interview or a walk-in contact: who came, why, what was given. Enter saves.</source>
        <translation>A short interview or a walk-in contact: who came, why, what was given. Enter saves.</translation>
    </message>
    <message>
        <source>&amp;Who came</source>
        <translation>&amp;Who came</translation>
    </message>
    <message>
        <source>Who came</source>
        <translation>Who came</translation>
    </message>
    <message>
        <source>W&amp;hy</source>
        <translation>W&amp;hy</translation>
    </message>
    <message>
        <source>Reason for contact</source>
        <translation>Reason for contact</translation>
    </message>
    <message>
        <source>e.g. how the CPF works, the PTP calendar</source>
        <translation>e.g. how the CPF works, the PTP calendar</translation>
    </message>
    <message>
        <source>&amp;Information given</source>
        <translation>&amp;Information given</translation>
    </message>
    <message>
        <source>Information given</source>
        <translation>Information given</translation>
    </message>
    <message>
        <source>e.g. Cap emploi Aveyron</source>
        <translation>e.g. Cap emploi Aveyron</translation>
    </message>
    <message>
        <source>&amp;Referred to (optional)</source>
        <translation>&amp;Referred to (optional)</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Referred to</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Save the quick session</source>
        <translation>Save the quick session</translation>
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
    <name>ReferralDialog</name>
    <message>
        <source>Referral to a partner</source>
        <translation>Referral to a partner</translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation>Refer to a partner</translation>
    </message>
    <message>
        <source>Type a name, then choose</source>
        <translation>Type a name, then choose</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>&amp;Person:</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Type words of the service (permis, bilan…), then choose</source>
        <translation>Type words of the service (permis, bilan…), then choose</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service:</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Named &amp;contact:</source>
        <translation>Named &amp;contact:</translation>
    </message>
    <message>
        <source>Named contact at the partner</source>
        <translation>Named contact at the partner</translation>
    </message>
    <message>
        <source>&amp;Why:</source>
        <translation>&amp;Why:</translation>
    </message>
    <message>
        <source>Reason for the referral</source>
        <translation>Reason for the referral</translation>
    </message>
    <message>
        <source>&amp;Agreed to work on:</source>
        <translation>&amp;Agreed to work on:</translation>
    </message>
    <message>
        <source>What the person agreed to work on</source>
        <translation>What the person agreed to work on</translation>
    </message>
    <message>
        <source>Partner contacts the person &amp;by:</source>
        <translation>Partner contacts the person &amp;by:</translation>
    </message>
    <message>
        <source>How the partner should contact the person</source>
        <translation>How the partner should contact the person</translation>
    </message>
    <message>
        <source>For the plan actio&amp;n:</source>
        <translation>For the plan actio&amp;n:</translation>
    </message>
    <message>
        <source>Action of the person's plan this referral serves</source>
        <translation>Action of the person's plan this referral serves</translation>
    </message>
    <message>
        <source>What the person agrees to share with the partner</source>
        <translation>What the person agrees to share with the partner</translation>
    </message>
    <message>
        <source>The person a&amp;grees to the partner receiving what is ticked below</source>
        <translation>The person a&amp;grees to the partner receiving what is ticked below</translation>
    </message>
    <message>
        <source>Person's consent to share</source>
        <translation>Person's consent to share</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>Status of the referral</source>
        <translation>Status of the referral</translation>
    </message>
    <message>
        <source>Partner's &amp;reason:</source>
        <translation>Partner's &amp;reason:</translation>
    </message>
    <message>
        <source>Reason given by the partner</source>
        <translation>Reason given by the partner</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>What came of it</source>
        <translation>What came of it</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Refer</source>
        <translation>&amp;Refer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 since %2</translation>
    </message>
    <message>
        <source>(no named contact)</source>
        <translation>(no named contact)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— none —</translation>
    </message>
    <message>
        <source>Tick the person's consent first: ask them, then tick.</source>
        <translation>Tick the person's consent first: ask them, then tick.</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <source>&lt;b&gt;Referrals to partners&lt;/b&gt;</source>
        <translation>&lt;b&gt;Referrals to partners&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Re&amp;fer to a partner…</source>
        <translation>Re&amp;fer to a partner…</translation>
    </message>
    <message>
        <source>Refer to a partner</source>
        <translation>Refer to a partner</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sent on</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>Referrals of this person</source>
        <translation>Referrals of this person</translation>
    </message>
</context>
<context>
    <name>ReminderNotifier</name>
    <message>
        <source>CEP Desk reminders</source>
        <translation>CEP Desk reminders</translation>
    </message>
    <message numerus="yes">
        <source>%n appointment(s) today</source>
        <translation>
            <numerusform>%n appointment today</numerusform>
            <numerusform>%n appointments today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overdue jalon(s)</source>
        <translation>
            <numerusform>%n overdue jalon</numerusform>
            <numerusform>%n overdue jalons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n jalon(s) coming up</source>
        <translation>
            <numerusform>%n jalon coming up</numerusform>
            <numerusform>%n jalons coming up</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n funding decision(s) awaited</source>
        <translation>
            <numerusform>%n funding decision awaited</numerusform>
            <numerusform>%n funding decisions awaited</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n parcours to resume</source>
        <translation>
            <numerusform>%n parcours to resume</numerusform>
            <numerusform>%n parcours to resume</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>CEP Desk: reminders</source>
        <translation>CEP Desk: reminders</translation>
    </message>
    <message>
        <source>Reminders: {text}</source>
        <translation>Reminders: {text}</translation>
    </message>
</context>
<context>
    <name>RereadStep</name>
    <message>
        <source>Last time</source>
        <translation>Last time</translation>
    </message>
    <message>
        <source>Conclusion of the last session</source>
        <translation>Conclusion of the last session</translation>
    </message>
    <message>
        <source>The plan since last time</source>
        <translation>The plan since last time</translation>
    </message>
    <message>
        <source>Go through each action with the person and set its status as they say: “Is that right for you?”</source>
        <translation>Go through each action with the person and set its status as they say: “Is that right for you?”</translation>
    </message>
    <message>
        <source>Jalons due</source>
        <translation>Jalons due</translation>
    </message>
    <message>
        <source>Re-read</source>
        <translation>Re-read</translation>
    </message>
    <message>
        <source>No conclusion yet: this is the first guided session.</source>
        <translation>No conclusion yet: this is the first guided session.</translation>
    </message>
    <message>
        <source>Last time ({date})</source>
        <translation>Last time ({date})</translation>
    </message>
    <message>
        <source>No open action in the plan.</source>
        <translation>No open action in the plan.</translation>
    </message>
    <message>
        <source>, by {date}</source>
        <translation>, by {date}</translation>
    </message>
    <message>
        <source>Status of the action: {label}</source>
        <translation>Status of the action: {label}</translation>
    </message>
    <message>
        <source>{date} — {label} (overdue)</source>
        <translation>{date} — {label} (overdue)</translation>
    </message>
    <message>
        <source>{date} — {label}</source>
        <translation>{date} — {label}</translation>
    </message>
    <message>
        <source>No jalon due in the coming month.</source>
        <translation>No jalon due in the coming month.</translation>
    </message>
    <message>
        <source>Mark an action</source>
        <translation>Mark an action</translation>
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
    <name>SignatureDialog</name>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Signature of {name}</source>
        <translation>Signature of {name}</translation>
    </message>
    <message>
        <source>Signed on {date}</source>
        <translation>Signed on {date}</translation>
    </message>
    <message>
        <source>Ask the person to sign in the white box with the mouse, a pen or a finger.</source>
        <translation>Ask the person to sign in the white box with the mouse, a pen or a finger.</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>C&amp;lear</translation>
    </message>
    <message>
        <source>Clear the signature</source>
        <translation>Clear the signature</translation>
    </message>
    <message>
        <source>The person signs on &amp;paper instead</source>
        <translation>The person signs on &amp;paper instead</translation>
    </message>
    <message>
        <source>The person signs on paper instead</source>
        <translation>The person signs on paper instead</translation>
    </message>
    <message>
        <source>&amp;Use this signature</source>
        <translation>&amp;Use this signature</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Continue without signing on screen</source>
        <translation>&amp;Continue without signing on screen</translation>
    </message>
    <message>
        <source>The signature box is empty: ask the person to sign in it, or tick “The person signs on paper instead”.</source>
        <translation>The signature box is empty: ask the person to sign in it, or tick “The person signs on paper instead”.</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature area</source>
        <translation>Signature area</translation>
    </message>
    <message>
        <source>The person signs here with the mouse, a pen or a finger. Delete clears the signature.</source>
        <translation>The person signs here with the mouse, a pen or a finger. Delete clears the signature.</translation>
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
    <message>
        <source>The file store.json, which says how this store is locked, is missing from the folder. Type your recovery key: CEP Desk checks that it opens the store, then writes that file again.</source>
        <translation>The file store.json, which says how this store is locked, is missing from the folder. Type your recovery key: CEP Desk checks that it opens the store, then writes that file again.</translation>
    </message>
</context>
<context>
    <name>TimeSpentView</name>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ &amp;Previous week</translation>
    </message>
    <message>
        <source>Previous week</source>
        <translation>Previous week</translation>
    </message>
    <message>
        <source>N&amp;ext week ▶</source>
        <translation>N&amp;ext week ▶</translation>
    </message>
    <message>
        <source>Next week</source>
        <translation>Next week</translation>
    </message>
    <message>
        <source>Week and total time</source>
        <translation>Week and total time</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Sessions (number · time)</source>
        <translation>Sessions (number · time)</translation>
    </message>
    <message>
        <source>Calls, e-mails, letters (number · time)</source>
        <translation>Calls, e-mails, letters (number · time)</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Time spent per person this week</source>
        <translation>Time spent per person this week</translation>
    </message>
    <message>
        <source>Week {week} ({first} to {last}): {total} for {n} person(s)</source>
        <translation>Week {week} ({first} to {last}): {total} for {n} person(s)</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <source>Today, agenda and time spent</source>
        <translation>Today, agenda and time spent</translation>
    </message>
    <message>
        <source>What is &amp;due</source>
        <translation>What is &amp;due</translation>
    </message>
    <message>
        <source>A&amp;genda</source>
        <translation>A&amp;genda</translation>
    </message>
    <message>
        <source>Time s&amp;pent</source>
        <translation>Time s&amp;pent</translation>
    </message>
    <message>
        <source>Open the partner directory to re-verify this entry.</source>
        <translation>Open the partner directory to re-verify this entry.</translation>
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
    <message>
        <source>Enter a duration between 5 and 600 minutes.</source>
        <translation>Enter a duration between 5 and 600 minutes.</translation>
    </message>
    <message>
        <source>Choose how the appointment takes place: on site, phone or video.</source>
        <translation>Choose how the appointment takes place: on site, phone or video.</translation>
    </message>
    <message>
        <source>This time does not exist: clocks go forward one hour that night. Choose another time.</source>
        <translation>This time does not exist: clocks go forward one hour that night. Choose another time.</translation>
    </message>
    <message>
        <source>This appointment starts on {date}, in the past. Confirm, or choose a later time.</source>
        <translation>This appointment starts on {date}, in the past. Confirm, or choose a later time.</translation>
    </message>
    <message>
        <source>This appointment overlaps {count} other appointment(s), the first at {time}. Confirm to keep both, or choose another time.</source>
        <translation>This appointment overlaps {count} other appointment(s), the first at {time}. Confirm to keep both, or choose another time.</translation>
    </message>
    <message>
        <source>This appointment is already done or cancelled: it cannot be changed.</source>
        <translation>This appointment is already done or cancelled: it cannot be changed.</translation>
    </message>
    <message>
        <source>Enter the structure's name (3 to 150 characters, no full stop at the end).</source>
        <translation>Enter the structure's name (3 to 150 characters, no full stop at the end).</translation>
    </message>
    <message>
        <source>Enter the service's name (3 to 150 characters, no full stop at the end).</source>
        <translation>Enter the service's name (3 to 150 characters, no full stop at the end).</translation>
    </message>
    <message>
        <source>Describe the service in a few words (5 characters or more).</source>
        <translation>Describe the service in a few words (5 characters or more).</translation>
    </message>
    <message>
        <source>The verification date is in the future: use today or earlier.</source>
        <translation>The verification date is in the future: use today or earlier.</translation>
    </message>
    <message>
        <source>Enter the contact's name.</source>
        <translation>Enter the contact's name.</translation>
    </message>
    <message>
        <source>Not valid for data·inclusion: {detail}</source>
        <translation>Not valid for data·inclusion: {detail}</translation>
    </message>
    <message>
        <source>This entry comes from data·inclusion: its description is updated by the next import. Add your own contacts, notes and tags instead.</source>
        <translation>This entry comes from data·inclusion: its description is updated by the next import. Add your own contacts, notes and tags instead.</translation>
    </message>
    <message>
        <source>Write why you refer the person to this service.</source>
        <translation>Write why you refer the person to this service.</translation>
    </message>
    <message>
        <source>Choose the person you refer: type their name, then choose.</source>
        <translation>Choose the person you refer: type their name, then choose.</translation>
    </message>
    <message>
        <source>Choose the service the person is referred to.</source>
        <translation>Choose the service the person is referred to.</translation>
    </message>
    <message>
        <source>The person has not agreed to share anything: tick their consent, or untick what would be shared.</source>
        <translation>The person has not agreed to share anything: tick their consent, or untick what would be shared.</translation>
    </message>
    <message>
        <source>Choose how the partner should contact the person.</source>
        <translation>Choose how the partner should contact the person.</translation>
    </message>
    <message>
        <source>Unknown item to share: {item}.</source>
        <translation>Unknown item to share: {item}.</translation>
    </message>
    <message>
        <source>The partner refused: write down the reason they gave, it helps for the next referral.</source>
        <translation>The partner refused: write down the reason they gave, it helps for the next referral.</translation>
    </message>
    <message>
        <source>A referral that is {current} cannot become {target}: make a new referral instead.</source>
        <translation>A referral that is {current} cannot become {target}: make a new referral instead.</translation>
    </message>
    <message>
        <source>The status date is in the future: use today or earlier.</source>
        <translation>The status date is in the future: use today or earlier.</translation>
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