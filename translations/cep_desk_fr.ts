<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>Store</name>
    <message>
        <source>The data store could not be opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key or passphrase does not open this store. Check it (capital letters count) or use your printed recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store is protected by a passphrase: enter it (or set CEP_DESK_PASSPHRASE for the command line).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of this store is not in this computer&apos;s keyring. Enter your printed recovery key to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secure keyring is available on this computer: choose a passphrase to protect the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store file is damaged ({detail}). Nothing was changed. Restore the latest backup from the backups folder, or contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store was written by a newer version of CEP Desk ({revision}). Install the newer version; the store has not been touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the store to this version failed; it was left as it was and a backup is in {backup}. Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CEP Desk is already open on this store (another window or program). Close it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space, then save again; what you typed is still in the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving failed: nothing was written ({detail}). Try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>This field is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s last name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s first name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is in the future: enter a date up to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This date is before 1900: check the year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is {age} years old: the CEP is open from 16. Check the date of birth.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This e-mail address is not valid: it should look like name@example.fr.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This phone number is not valid: enter 10 digits starting with 0 (06 12 34 56 78) or an international number starting with +.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A postal code has 5 digits, for example 12100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commune has the postal code {code}: check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown commune: choose it from the list (type its name or postal code).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The postal code {code} is not one of {commune}&apos;s: check one or the other.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This value is not in the list: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date of a status is before its start date: swap or correct them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the date the person agreed to their data being recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down what was explained to the person before they agreed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first appointment cannot be before the first request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pause needs a return date: when do you plan to resume?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The return date must be after today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose why the accompaniment is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An accompaniment that is {current} cannot become {target}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one reason for contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a duration between 1 and 600 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This accompaniment is closed: re-open it (Accompaniment tab, Re-open) before recording a session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the partner who takes over.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
