<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>coursedesk::AboutDialog</name>
    <message>
        <source>About CourseDesk</source>
        <translation>Über CourseDesk</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Version %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Take your online courses offline: read lessons, mark them complete and take quizzes anywhere; everything is sent to your course platform when you are back online.</source>
        <translation>Nehmen Sie Ihre Online-Kurse mit: Lesen Sie Lektionen, markieren Sie sie als erledigt und bearbeiten Sie Quiz überall; alles wird an Ihre Kursplattform gesendet, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>CourseDesk is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (%2). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>CourseDesk ist freie Software: Sie können sie unter den Bedingungen der &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, Version 3 oder (nach Ihrer Wahl) jeder späteren Version (%2), weitergeben und/oder verändern. Sie wird OHNE JEDE GEWÄHRLEISTUNG bereitgestellt.</translation>
    </message>
    <message>
        <source>To report a problem, run CourseDesk from a terminal with QT_LOGGING_RULES=&quot;coursedesk.*.debug=true&quot; and attach the output (it never contains passwords or tokens) and this version.</source>
        <translation>Um ein Problem zu melden, starten Sie CourseDesk in einem Terminal mit QT_LOGGING_RULES=&quot;coursedesk.*.debug=true&quot; und hängen Sie die Ausgabe (sie enthält nie Passwörter oder Token) sowie diese Version an.</translation>
    </message>
</context>
<context>
    <name>coursedesk::AccountSignIn</name>
    <message>
        <source>Enter the address of your course server, e.g. https://courses.example.org.</source>
        <translation>Geben Sie die Adresse Ihres Kursservers ein, z. B. https://kurse.example.org.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Use one like https://courses.example.org.</source>
        <translation>„%1“ ist keine Serveradresse. Verwenden Sie eine Adresse wie https://kurse.example.org.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address.</source>
        <translation>Lassen Sie Benutzername und Passwort aus der Adresse weg.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: it has no server.</source>
        <translation>„%1“ existiert nur auf diesem Computer: Es hat keinen Server.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64.</source>
        <translation>„%1“ ist kein gültiger Kontoname: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „-“, höchstens 64.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; already exists.</source>
        <translation>Ein Konto mit dem Namen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>A sign-in is already under way.</source>
        <translation>Eine Anmeldung läuft bereits.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>Der Server hat diesen Benutzernamen und dieses Passwort nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in (%1).</source>
        <translation>Der Server hat diese Anmeldung nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>You signed in as &apos;%1&apos;, but &apos;%2&apos; belongs to &apos;%3&apos;. Sign in as &apos;%3&apos;; the account&apos;s queued actions are kept.</source>
        <translation>Sie haben sich als „%1“ angemeldet, aber „%2“ gehört zu „%3“. Melden Sie sich als „%3“ an; die wartenden Aktionen des Kontos bleiben erhalten.</translation>
    </message>
    <message>
        <source>The sign-in could not be saved (%1): you will be asked to sign in again next time.</source>
        <translation>Die Anmeldung konnte nicht gespeichert werden (%1): Sie werden beim nächsten Mal erneut zur Anmeldung aufgefordert.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the sign-in is kept in memory only: you will be asked to sign in again next time.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher wird die Anmeldung nur im Arbeitsspeicher gehalten: Sie werden beim nächsten Mal erneut zur Anmeldung aufgefordert.</translation>
    </message>
    <message>
        <source>The server does not know CourseDesk&apos;s client ID (&apos;%1&apos;): ask your community&apos;s administrator for the client ID they registered for CourseDesk, and add the account with it. (The server said: %2)</source>
        <translation>Der Server kennt die Client-ID von CourseDesk (&apos;%1&apos;) nicht: Fragen Sie die Verwaltung Ihrer Community nach der Client-ID, die sie für CourseDesk registriert hat, und fügen Sie das Konto damit hinzu. (Der Server meldete: %2)</translation>
    </message>
</context>
<context>
    <name>coursedesk::AccountSignOut</name>
    <message>
        <source>Discarded when signing out.</source>
        <translation>Beim Abmelden verworfen.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: there is nothing to sign out of.</source>
        <translation>„%1“ existiert nur auf diesem Computer: Es gibt nichts, wovon Sie sich abmelden könnten.</translation>
    </message>
</context>
<context>
    <name>coursedesk::AccountSwitcher</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Erneut an&amp;melden…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Abmelden…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>auf diesem Computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign &amp;out of %1…</source>
        <translation>Von %1 &amp;abmelden…</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Von %1 abmelden</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of %1 have not reached the server yet.</source>
        <translation>
            <numerusform>%n Aktion von %1 hat den Server noch nicht erreicht.</numerusform>
            <numerusform>%n Aktionen von %1 haben den Server noch nicht erreicht.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to send them after you sign in again, or discard them: the lessons go back to what the server has.</source>
        <translation>Behalten Sie sie, um sie nach der erneuten Anmeldung zu senden, oder verwerfen Sie sie: Die Lektionen kehren dann zum Stand des Servers zurück.</translation>
    </message>
    <message>
        <source>&amp;Keep and sign out</source>
        <translation>&amp;Behalten und abmelden</translation>
    </message>
    <message>
        <source>&amp;Discard and sign out</source>
        <translation>&amp;Verwerfen und abmelden</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
</context>
<context>
    <name>coursedesk::Accounts</name>
    <message>
        <source>The account list %1 cannot be read: %2</source>
        <translation>Die Kontenliste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The account list %1 is damaged (%2); it was left untouched.</source>
        <translation>Die Kontenliste %1 ist beschädigt (%2); sie wurde nicht verändert.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The account list cannot be written: %1</source>
        <translation>Die Kontenliste kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>Es gibt kein Konto mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>There is no account yet. Create the sample with &apos;coursedesk-cli sample&apos; or add one.</source>
        <translation>Es gibt noch kein Konto. Legen Sie das Beispiel mit „coursedesk-cli sample“ an oder fügen Sie eines hinzu.</translation>
    </message>
    <message>
        <source>Several accounts exist (%1); choose one with --account.</source>
        <translation>Es gibt mehrere Konten (%1); wählen Sie eines mit --account.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64.</source>
        <translation>„%1“ ist kein gültiger Kontoname: Verwenden Sie Buchstaben, Ziffern, „.“, „_“ oder „-“, höchstens 64.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; already exists.</source>
        <translation>Ein Konto mit dem Namen „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The client ID may hold letters, digits and punctuation only, without spaces. Copy it exactly as your community&apos;s administrator gave it.</source>
        <translation>Die Client-ID darf nur Buchstaben, Ziffern und Satzzeichen enthalten, ohne Leerzeichen. Übernehmen Sie sie genau so, wie die Verwaltung Ihrer Community sie angegeben hat.</translation>
    </message>
    <message>
        <source>The client ID is too long.</source>
        <translation>Die Client-ID ist zu lang.</translation>
    </message>
    <message>
        <source>The redirect port must be between %1 and 65535.</source>
        <translation>Der Weiterleitungsport muss zwischen %1 und 65535 liegen.</translation>
    </message>
</context>
<context>
    <name>coursedesk::AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Where are your courses? Enter your course server&apos;s address and a name for this account on this computer.</source>
        <translation>Wo sind Ihre Kurse? Geben Sie die Adresse Ihres Kursservers und einen Namen für dieses Konto auf diesem Computer ein.</translation>
    </message>
    <message>
        <source>https://courses.example.org</source>
        <translation>https://kurse.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>e.g. school</source>
        <translation>z. B. schule</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Kontoname</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Your browser opens the server&apos;s sign-in page. CourseDesk never sees your password.</source>
        <translation>Ihr Browser öffnet die Anmeldeseite des Servers. CourseDesk sieht Ihr Passwort nie.</translation>
    </message>
    <message>
        <source>Sign &amp;in with the browser</source>
        <translation>Im &amp;Browser anmelden</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation>Mit &amp;Passwort anmelden</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Benutzer&amp;name:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>Use this &amp;access token</source>
        <translation>Dieses Zugriffstoken &amp;verwenden</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Zugriffs&amp;token:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Anmeldung abbrechen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <source>Sign in to %1 again as %2. Actions waiting to be sent are kept.</source>
        <translation>Melden Sie sich erneut als %2 bei %1 an. Wartende Aktionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Melden Sie sich bei %1 an.</translation>
    </message>
    <message>
        <source>Waiting for your browser… Finish signing in there, then come back.</source>
        <translation>Warten auf Ihren Browser… Schließen Sie die Anmeldung dort ab und kehren Sie dann hierher zurück.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Geben Sie Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Anmeldung läuft…</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Fügen Sie ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>You are signed in to %1 as %2.</source>
        <translation>Sie sind bei %1 als %2 angemeldet.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Erweitert</translation>
    </message>
    <message>
        <source>Ask your community&apos;s administrator whether CourseDesk was registered as an app there: if so, enter its client ID and, to sign in with the browser, the port of its redirect address. Otherwise leave both empty.</source>
        <translation>Fragen Sie die Verwaltung Ihrer Community, ob CourseDesk dort als App registriert wurde: Wenn ja, geben Sie die Client-ID und, für die Anmeldung im Browser, den Port der Weiterleitungsadresse ein. Andernfalls lassen Sie beide Felder leer.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>beliebiger freier Port</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Weiterleitungsport</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>Weiterleitungs&amp;port:</translation>
    </message>
    <message>
        <source>The redirect port must be a number from %1 to 65535, or empty.</source>
        <translation>Der Weiterleitungsport muss eine Zahl von %1 bis 65535 sein oder leer bleiben.</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Adresse zum Öffnen in einem Browser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Adresse kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>If your browser did not open, open this address in it:</source>
        <translation>Falls sich der Browser nicht geöffnet hat, öffnen Sie darin diese Adresse:</translation>
    </message>
    <message>
        <source>CourseDesk could not open a browser. Open this address in your browser yourself:</source>
        <translation>CourseDesk konnte keinen Browser öffnen. Öffnen Sie diese Adresse selbst in Ihrem Browser:</translation>
    </message>
</context>
<context>
    <name>coursedesk::ApiClient</name>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1).</source>
        <translation>Die Antwort des Servers ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>The server pointed the next page to another site (%1); it was not followed.</source>
        <translation>Der Server hat die nächste Seite auf eine andere Website verwiesen (%1); ihr wurde nicht gefolgt.</translation>
    </message>
    <message>
        <source>The server&apos;s next page points to the same page.</source>
        <translation>Die nächste Seite des Servers verweist auf dieselbe Seite.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>token reply</source>
        <translation>Token-Antwort</translation>
    </message>
    <message>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>enrollment completion</source>
        <translation>Abschluss der Einschreibung</translation>
    </message>
    <message>
        <source>courseProgress</source>
        <translation>courseProgress</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>Lernender</translation>
    </message>
    <message>
        <source>quiz result</source>
        <translation>Quizergebnis</translation>
    </message>
</context>
<context>
    <name>coursedesk::BrowserSignIn</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s). Try again.</source>
        <translation>
            <numerusform>Innerhalb von %n Minute kam keine Antwort vom Browser. Versuchen Sie es erneut.</numerusform>
            <numerusform>Innerhalb von %n Minuten kam keine Antwort vom Browser. Versuchen Sie es erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-in in the browser is already waiting.</source>
        <translation>Eine Anmeldung im Browser wartet bereits.</translation>
    </message>
    <message>
        <source>CourseDesk cannot listen for the browser&apos;s answer on this computer (no free port on 127.0.0.1).</source>
        <translation>CourseDesk kann auf diesem Computer nicht auf die Antwort des Browsers warten (kein freier Port auf 127.0.0.1).</translation>
    </message>
    <message>
        <source>CourseDesk has your answer. You can close this page and return to CourseDesk.</source>
        <translation>CourseDesk hat Ihre Antwort erhalten. Sie können diese Seite schließen und zu CourseDesk zurückkehren.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>Die Anmeldung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer that reached CourseDesk does not belong to this sign-in, so it was refused. Sign in again.</source>
        <translation>Die Antwort, die CourseDesk erreicht hat, gehört nicht zu dieser Anmeldung und wurde daher abgelehnt. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server did not allow the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer carried no authorization code. Sign in again.</source>
        <translation>Die Antwort des Servers enthielt keinen Autorisierungscode. Melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in: %1</source>
        <translation>Der Server hat die Anmeldung nicht akzeptiert: %1</translation>
    </message>
    <message>
        <source>CourseDesk cannot listen for the browser&apos;s answer on 127.0.0.1 port %1, which your community&apos;s sign-in needs: another program is using it. Close that program and sign in again.</source>
        <translation>CourseDesk kann die Antwort des Browsers nicht auf 127.0.0.1, Port %1 empfangen, den die Anmeldung Ihrer Community benötigt: Ein anderes Programm verwendet ihn. Schließen Sie dieses Programm und melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CacheDatabase</name>
    <message>
        <source>save the quiz attempt</source>
        <translation>Speichern des Quizversuchs</translation>
    </message>
    <message>
        <source>read the quiz attempts</source>
        <translation>Lesen der Quizversuche</translation>
    </message>
    <message>
        <source>save the quiz grade</source>
        <translation>Speichern der Quizbewertung</translation>
    </message>
    <message>
        <source>The local cache could not %1: %2</source>
        <translation>Lokaler Cache: %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>Der lokale Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>be configured</source>
        <translation>Konfigurieren</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be read: %2</source>
        <translation>Der lokale Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer CourseDesk (schema %2, this version knows %3). Update CourseDesk to open it.</source>
        <translation>Der lokale Cache %1 wurde von einer neueren CourseDesk-Version geschrieben (Schema %2, diese Version kennt %3). Aktualisieren Sie CourseDesk, um ihn zu öffnen.</translation>
    </message>
    <message>
        <source>The local cache %1 has no readable schema version.</source>
        <translation>Der lokale Cache %1 hat keine lesbare Schemaversion.</translation>
    </message>
    <message>
        <source>be upgraded</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>Starten einer Transaktion</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>Speichern der Änderung</translation>
    </message>
    <message>
        <source>save account settings</source>
        <translation>Speichern der Kontoeinstellungen</translation>
    </message>
    <message>
        <source>import the course</source>
        <translation>Importieren des Kurses</translation>
    </message>
    <message>
        <source>save the lesson</source>
        <translation>Speichern der Lektion</translation>
    </message>
    <message>
        <source>save the quiz</source>
        <translation>Speichern des Quiz</translation>
    </message>
    <message>
        <source>list the courses</source>
        <translation>Auflisten der Kurse</translation>
    </message>
    <message>
        <source>load the course</source>
        <translation>Laden des Kurses</translation>
    </message>
    <message>
        <source>load the lesson</source>
        <translation>Laden der Lektion</translation>
    </message>
    <message>
        <source>load the quiz</source>
        <translation>Laden des Quiz</translation>
    </message>
    <message>
        <source>read the lesson state</source>
        <translation>Lesen des Lektionsstatus</translation>
    </message>
    <message>
        <source>save the lesson state</source>
        <translation>Speichern des Lektionsstatus</translation>
    </message>
    <message>
        <source>save the course progress</source>
        <translation>Speichern des Kursfortschritts</translation>
    </message>
    <message>
        <source>remove the course</source>
        <translation>Entfernen des Kurses</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>Lesen der Warteschlange</translation>
    </message>
    <message>
        <source>update the outbox</source>
        <translation>Aktualisieren der Warteschlange</translation>
    </message>
    <message>
        <source>queue the change</source>
        <translation>Einreihen der Änderung</translation>
    </message>
    <message>
        <source>queue the quiz attempt</source>
        <translation>Einreihen des Quizversuchs</translation>
    </message>
    <message>
        <source>dismiss the action</source>
        <translation>Verwerfen der Aktion</translation>
    </message>
    <message>
        <source>recover the outbox</source>
        <translation>Wiederherstellen der Warteschlange</translation>
    </message>
    <message>
        <source>The local cache is damaged: %1 row %2 has the unknown %3 &apos;%4&apos;.</source>
        <translation>Der lokale Zwischenspeicher ist beschädigt: Zeile %2 von %1 hat den unbekannten Wert &apos;%4&apos; in %3.</translation>
    </message>
    <message>
        <source>keep the comments</source>
        <translation>die Kommentare speichern</translation>
    </message>
    <message>
        <source>read the comments</source>
        <translation>die Kommentare lesen</translation>
    </message>
    <message>
        <source>forget a comment</source>
        <translation>einen Kommentar vergessen</translation>
    </message>
    <message>
        <source>mark comments read</source>
        <translation>Kommentare als gelesen markieren</translation>
    </message>
    <message>
        <source>queue the comment</source>
        <translation>den Kommentar in die Warteschlange stellen</translation>
    </message>
    <message>
        <source>update the comment</source>
        <translation>den Kommentar aktualisieren</translation>
    </message>
    <message>
        <source>read the notes</source>
        <translation>die Notizen lesen</translation>
    </message>
    <message>
        <source>save the note</source>
        <translation>die Notiz speichern</translation>
    </message>
    <message>
        <source>search the courses</source>
        <translation>die Kurse durchsuchen</translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation>den Suchindex aktualisieren</translation>
    </message>
    <message>
        <source>build the search index</source>
        <translation>den Suchindex aufbauen</translation>
    </message>
    <message>
        <source>read what is new</source>
        <translation>die Neuigkeiten lesen</translation>
    </message>
    <message>
        <source>save what is new</source>
        <translation>die Neuigkeiten speichern</translation>
    </message>
    <message>
        <source>read the offline files</source>
        <translation>die Offline-Dateien lesen</translation>
    </message>
    <message>
        <source>record an offline file</source>
        <translation>eine Offline-Datei vermerken</translation>
    </message>
    <message>
        <source>The local cache is damaged: lesson_medias holds an unknown use &apos;%1&apos;.</source>
        <translation>Der lokale Cache ist beschädigt: lesson_medias enthält eine unbekannte Verwendung &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>read the lesson</source>
        <translation>die Lektion lesen</translation>
    </message>
    <message>
        <source>remove the offline files</source>
        <translation>die Offline-Dateien entfernen</translation>
    </message>
</context>
<context>
    <name>coursedesk::CliApp</name>
    <message>
        <source>Try &apos;coursedesk-cli --help&apos;.</source>
        <translation>Siehe „coursedesk-cli --help“.</translation>
    </message>
    <message>
        <source>CourseDesk on the command line: your courses, offline.</source>
        <translation>CourseDesk auf der Kommandozeile: Ihre Kurse, offline.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Zeigt diese Hilfe.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Zeigt die Version.</translation>
    </message>
    <message>
        <source>Keep accounts and caches in &lt;dir&gt;.</source>
        <translation>Konten und Caches in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>The account to use (may be left out when there is one).</source>
        <translation>Das zu verwendende Konto (kann entfallen, wenn es nur eines gibt).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Gibt ein JSON-Dokument auf der Standardausgabe aus.</translation>
    </message>
    <message>
        <source>quiz: the answer ids for one question.</source>
        <translation>quiz: die Antwort-IDs für eine Frage.</translation>
    </message>
    <message>
        <source>pending: drop the rejected action &lt;id&gt;.</source>
        <translation>pending: verwirft die abgelehnte Aktion &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Never touch the network.</source>
        <translation>Nie auf das Netzwerk zugreifen.</translation>
    </message>
    <message>
        <source>account add: the server&apos;s address.</source>
        <translation>account add: die Adresse des Servers.</translation>
    </message>
    <message>
        <source>Read an access token from standard input.</source>
        <translation>Liest ein Zugriffstoken von der Standardeingabe.</translation>
    </message>
    <message>
        <source>Sign in as &lt;user&gt;.</source>
        <translation>Als &lt;user&gt; anmelden.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Liest das Passwort von der Standardeingabe.</translation>
    </message>
    <message>
        <source>sync: only this course.</source>
        <translation>sync: nur dieser Kurs.</translation>
    </message>
    <message>
        <source>dashboard: quiz results instead of learners.</source>
        <translation>dashboard: Quizergebnisse statt Lernender.</translation>
    </message>
    <message>
        <source>dashboard: write CSV to &lt;file&gt;.</source>
        <translation>dashboard: schreibt CSV in &lt;file&gt;.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Was zu tun ist (siehe Befehle).</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>kein Befehl angegeben.</translation>
    </message>
    <message>
        <source>account add needs --server URL.</source>
        <translation>account add benötigt --server URL.</translation>
    </message>
    <message>
        <source>ids are positive whole numbers.</source>
        <translation>IDs sind positive ganze Zahlen.</translation>
    </message>
    <message>
        <source>sync takes no arguments; use --course ID.</source>
        <translation>sync nimmt keine Argumente; verwenden Sie --course ID.</translation>
    </message>
    <message>
        <source>dashboard takes one course id.</source>
        <translation>dashboard nimmt genau eine Kurs-ID.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2 id arguments.</source>
        <translation>„%1“ erwartet %2 IDs als Argumente.</translation>
    </message>
    <message>
        <source>quiz needs one --answer QID=AID[,AID] per question.</source>
        <translation>quiz benötigt ein --answer QID=AID[,AID] pro Frage.</translation>
    </message>
    <message>
        <source>--dismiss takes the id of a rejected action.</source>
        <translation>--dismiss nimmt die ID einer abgelehnten Aktion.</translation>
    </message>
    <message>
        <source>The sample course is ready in the account &apos;%1&apos;. Try: coursedesk-cli outline 1</source>
        <translation>Der Beispielkurs ist im Konto „%1“ bereit. Probieren Sie: coursedesk-cli outline 1</translation>
    </message>
    <message>
        <source>Lesson %1 completed.</source>
        <translation>Lektion %1 erledigt.</translation>
    </message>
    <message>
        <source>Lesson %1 marked not completed.</source>
        <translation>Lektion %1 als nicht erledigt markiert.</translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation>Kein Zugriffstoken auf der Standardeingabe.</translation>
    </message>
    <message>
        <source>No saved sign-in for &apos;%1&apos;: sign in again with --token-stdin, or --username USER --password-stdin. Your queued actions are kept.</source>
        <translation>Keine gespeicherte Anmeldung für „%1“: Melden Sie sich erneut mit --token-stdin oder --username USER --password-stdin an. Wartende Aktionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name.</source>
        <translation>„%1“ ist kein gültiger Kontoname.</translation>
    </message>
    <message>
        <source>--offline: signing in needs the network.</source>
        <translation>--offline: Die Anmeldung benötigt das Netzwerk.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; added: %2 on %3.</source>
        <translation>Konto „%1“ hinzugefügt: %2 auf %3.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Noch keine Konten.</translation>
    </message>
    <message>
        <source>(on this computer)</source>
        <translation>(auf diesem Computer)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; removed.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: there is nothing to sync.</source>
        <translation>„%1“ existiert nur auf diesem Computer: Es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>Pulled %1 course(s), %2 lesson(s); sent %3, rejected %4, pending %5.</source>
        <translation>Heruntergeladen: %1 Kurs(e), %2 Lektion(en); gesendet %3, abgelehnt %4, wartend %5.</translation>
    </message>
    <message>
        <source>Rejected: %1 lesson %2: %3</source>
        <translation>Abgelehnt: %1 Lektion %2: %3</translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in of &apos;%1&apos;: sign in again. Nothing was lost.</source>
        <translation>Der Server akzeptiert die Anmeldung von „%1“ nicht mehr: Melden Sie sich erneut an. Nichts ging verloren.</translation>
    </message>
    <message>
        <source>Sync stopped: %1 Queued actions are kept.</source>
        <translation>Synchronisierung angehalten: %1 Wartende Aktionen bleiben erhalten.</translation>
    </message>
    <message>
        <source>The dashboard comes from the server; it needs the network and a server account.</source>
        <translation>Das Dashboard kommt vom Server; es benötigt das Netzwerk und ein Serverkonto.</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>In %2 geschriebene Zeilen: %1.</translation>
    </message>
    <message>
        <source>account add: sign in in a web browser.</source>
        <translation>account add: im Webbrowser anmelden.</translation>
    </message>
    <message>
        <source>account add --browser: wait at most &lt;secs&gt; for the browser.</source>
        <translation>account add --browser: höchstens &lt;secs&gt; Sekunden auf den Browser warten.</translation>
    </message>
    <message>
        <source>account signout/remove: discard queued actions.</source>
        <translation>account signout/remove: wartende Aktionen verwerfen.</translation>
    </message>
    <message>
        <source>--browser-timeout takes seconds, from 1 to 3600.</source>
        <translation>--browser-timeout nimmt Sekunden, von 1 bis 3600.</translation>
    </message>
    <message>
        <source>account add needs one of --browser, --token-stdin, or --username USER with --password-stdin.</source>
        <translation>account add benötigt genau eine der Angaben --browser, --token-stdin oder --username USER mit --password-stdin.</translation>
    </message>
    <message>
        <source>use &apos;account add NAME …&apos;, &apos;account list&apos;, &apos;account signout NAME&apos; or &apos;account remove NAME&apos;.</source>
        <translation>verwenden Sie „account add NAME …“, „account list“, „account signout NAME“ oder „account remove NAME“.</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in (waiting for its answer on this computer):</source>
        <translation>Öffnen Sie diese Adresse in Ihrem Browser, um sich anzumelden (die Antwort wird auf diesem Computer erwartet):</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;.</source>
        <translation>Von „%1“ abgemeldet.</translation>
    </message>
    <message>
        <source>Course %1: %2</source>
        <translation>Kurs %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of &apos;%1&apos; are not sent yet. Run &apos;sync&apos; first, or remove with --discard to lose them.</source>
        <translation>
            <numerusform>%n Aktion von „%1“ wurde noch nicht gesendet. Führen Sie zuerst „sync“ aus oder entfernen Sie das Konto mit --discard, um sie zu verwerfen.</numerusform>
            <numerusform>%n Aktionen von „%1“ wurden noch nicht gesendet. Führen Sie zuerst „sync“ aus oder entfernen Sie das Konto mit --discard, um sie zu verwerfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of &apos;%1&apos; are kept: they are sent after you sign in again (or drop them with &apos;account signout %1 --discard&apos;).</source>
        <translation>
            <numerusform>%n Aktion von „%1“ bleibt erhalten: Sie wird gesendet, wenn Sie sich wieder anmelden (oder verwerfen Sie sie mit „account signout %1 --discard“).</numerusform>
            <numerusform>%n Aktionen von „%1“ bleiben erhalten: Sie werden gesendet, wenn Sie sich wieder anmelden (oder verwerfen Sie sie mit „account signout %1 --discard“).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued action(s) discarded.</source>
        <translation>
            <numerusform>%n Aktion in der Warteschlange verworfen.</numerusform>
            <numerusform>%n Aktionen in der Warteschlange verworfen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--offline: nothing sent; %n action(s) stay queued.</source>
        <translation>
            <numerusform>--offline: nichts gesendet; %n Aktion bleibt in der Warteschlange.</numerusform>
            <numerusform>--offline: nichts gesendet; %n Aktionen bleiben in der Warteschlange.</numerusform>
        </translation>
    </message>
    <message>
        <source>account add: the client ID your community registered for CourseDesk.</source>
        <translation>account add: die Client-ID, die Ihre Community für CourseDesk registriert hat.</translation>
    </message>
    <message>
        <source>account add --browser: the fixed port of the registered redirect URI.</source>
        <translation>account add --browser: der feste Port der registrierten Weiterleitungs-URI.</translation>
    </message>
    <message>
        <source>--redirect-port takes a port from %1 to 65535.</source>
        <translation>--redirect-port erwartet einen Port von %1 bis 65535.</translation>
    </message>
    <message>
        <source>Could not write to the local cache: %1 Queued actions are kept.</source>
        <translation>Der lokale Zwischenspeicher konnte nicht beschrieben werden: %1 Aktionen in der Warteschlange bleiben erhalten.</translation>
    </message>
    <message>
        <source>Commands:
  sample                         create (or open) the local account with the bundled sample course
  courses                        list the courses with their progress
  outline COURSE                 sections and lessons, with lock states
  complete COURSE LESSON         mark a lesson completed
  incomplete COURSE LESSON       mark a lesson not completed
  quiz COURSE LESSON --answer QID=AID[,AID] …
                                 submit a quiz attempt, one --answer per question
  progress COURSE                completed and total lessons, percent
  pending [--dismiss ID]         actions not yet accepted by the server; drop a rejected one
  account add NAME --server URL (--browser | --token-stdin | --username USER --password-stdin)
                [--client-id ID] [--redirect-port PORT]
                                 sign in to a server; the tokens go to the system keychain. --browser prints
                                 an address to open in a browser on stderr and waits for its answer
                                 (--browser-timeout SECS, default 300). --client-id and --redirect-port: as
                                 your community&apos;s administrator registered CourseDesk (kept with the account)
  account list                   the accounts
  account signout NAME [--discard]  forget the account&apos;s tokens; queued actions are kept for the next
                                 sign-in (the count is printed) unless --discard
  account remove NAME [--discard]  sign out and forget the account (refused while actions are queued,
                                 unless --discard)
  sync [--course ID]             send queued actions, then download courses for offline use
  dashboard COURSE [--quiz] [--csv FILE]
                                 learners&apos; progress (or quiz results) for creators and managers
  comments COURSE LESSON         a lesson&apos;s comments, threaded, read from the server (offline: those
                                 kept on this computer), with your comments that wait or were refused
  comment COURSE LESSON TEXT [--reply-to ID]
                                 write a comment (or a reply to comment ID); queued, sent by &apos;sync&apos;
Global: --offline never touches the network.
Exit codes: 0 ok, 1 usage, 2 refused (locked, unknown id, invalid answers), 3 network or sign-in
failure (actions stay queued), 4 the server rejected some actions, 5 the local cache could not be
read or written (actions stay queued).</source>
        <translation>Befehle:
  sample                         legt das lokale Konto mit dem mitgelieferten Beispielkurs an (oder öffnet es)
  courses                        listet die Kurse mit ihrem Fortschritt auf
  outline COURSE                 Abschnitte und Lektionen, mit Sperrstatus
  complete COURSE LESSON         markiert eine Lektion als erledigt
  incomplete COURSE LESSON       markiert eine Lektion als nicht erledigt
  quiz COURSE LESSON --answer QID=AID[,AID] …
                                 sendet einen Quizversuch, ein --answer pro Frage
  progress COURSE                erledigte und gesamte Lektionen, Prozent
  pending [--dismiss ID]         noch nicht vom Server angenommene Aktionen; verwirft eine abgelehnte
  account add NAME --server URL (--browser | --token-stdin | --username USER --password-stdin)
                [--client-id ID] [--redirect-port PORT]
                                 meldet sich bei einem Server an; die Token kommen in den Systemschlüsselbund.
                                 --browser gibt auf stderr eine Adresse zum Öffnen im Browser aus und wartet auf
                                 dessen Antwort (--browser-timeout SECS, Standard 300). --client-id und
                                 --redirect-port: wie die Verwaltung Ihrer Community CourseDesk registriert hat
                                 (werden mit dem Konto gespeichert)
  account list                   die Konten
  account signout NAME [--discard]  vergisst die Token des Kontos; wartende Aktionen bleiben für die nächste
                                 Anmeldung erhalten (ihre Anzahl wird ausgegeben), außer mit --discard
  account remove NAME [--discard]  meldet ab und vergisst das Konto (abgelehnt, solange Aktionen warten,
                                 außer mit --discard)
  sync [--course ID]             sendet wartende Aktionen und lädt dann Kurse für die Offline-Nutzung
  dashboard COURSE [--quiz] [--csv FILE]
                                 Fortschritt der Lernenden (oder Quizergebnisse) für Ersteller und Verwalter
  comments COURSE LESSON         die Kommentare einer Lektion, als Diskussion, vom Server gelesen (offline: die
                                 auf diesem Computer gespeicherten), mit Ihren wartenden oder abgelehnten Kommentaren
  comment COURSE LESSON TEXT [--reply-to ID]
                                 schreibt einen Kommentar (oder eine Antwort auf Kommentar ID); wartet, &apos;sync&apos; sendet ihn
Global: --offline greift nie auf das Netzwerk zu.
Exit-Codes: 0 ok, 1 falscher Aufruf, 2 abgelehnt (gesperrt, unbekannte ID, ungültige Antworten),
3 Netzwerk- oder Anmeldefehler (Aktionen bleiben in der Warteschlange), 4 der Server hat Aktionen abgelehnt,
5 der lokale Zwischenspeicher kann nicht gelesen oder geschrieben werden (Aktionen bleiben in der Warteschlange).</translation>
    </message>
    <message>
        <source>comment: answer the comment &lt;id&gt;.</source>
        <translation>comment: antwortet auf den Kommentar &lt;id&gt;.</translation>
    </message>
    <message>
        <source>comment takes a course id, a lesson id and the text.</source>
        <translation>comment erwartet eine Kurs-ID, eine Lektions-ID und den Text.</translation>
    </message>
    <message>
        <source>comments takes a course id and a lesson id.</source>
        <translation>comments erwartet eine Kurs-ID und eine Lektions-ID.</translation>
    </message>
    <message>
        <source>--reply-to takes the id of a comment (with &apos;comment&apos;).</source>
        <translation>--reply-to erwartet die ID eines Kommentars (mit &apos;comment&apos;).</translation>
    </message>
    <message>
        <source>The sample course has no comments.</source>
        <translation>Der Beispielkurs hat keine Kommentare.</translation>
    </message>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Kurs %1 hat keine Lektion %2.</translation>
    </message>
    <message>
        <source>Showing the comments kept on this computer.</source>
        <translation>Es werden die auf diesem Computer gespeicherten Kommentare angezeigt.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Noch keine Kommentare.</translation>
    </message>
    <message>
        <source>Comment queued (action %1); &apos;coursedesk-cli sync&apos; sends it.</source>
        <translation>Kommentar wartet (Aktion %1); &apos;coursedesk-cli sync&apos; sendet ihn.</translation>
    </message>
    <message>
        <source>[refused: %1; entry %2 keeps the text: &apos;pending --dismiss %2&apos; drops it]</source>
        <translation>[abgelehnt: %1; Aktion %2 behält den Text: &apos;pending --dismiss %2&apos; verwirft sie]</translation>
    </message>
    <message>
        <source>[to be deleted at the next sync]</source>
        <translation>[wird bei der nächsten Synchronisierung gelöscht]</translation>
    </message>
    <message>
        <source>[pending: sent at the next sync]</source>
        <translation>[wartet: wird bei der nächsten Synchronisierung gesendet]</translation>
    </message>
    <message>
        <source>Search, notes and bookmarks (offline):
  search QUERY [--course ID]     find lessons, quiz texts, attachments and notes (every word is a prefix,
                                 accents do not matter)
  note COURSE LESSON [TEXT | --clear]
                                 show, write or clear your note on a lesson
  bookmark COURSE LESSON [--remove]  star a lesson (or remove the star)
  notes [--markdown]             every note and bookmark; --markdown: as one Markdown document</source>
        <translation>Suche, Notizen und Lesezeichen (offline):
  search QUERY [--course ID]     findet Lektionen, Quiztexte, Anhänge und Notizen (jedes Wort ist ein Präfix,
                                 Akzente spielen keine Rolle)
  note COURSE LESSON [TEXT | --clear]
                                 zeigt, schreibt oder löscht Ihre Notiz zu einer Lektion
  bookmark COURSE LESSON [--remove]  versieht eine Lektion mit einem Stern (oder entfernt ihn)
  notes [--markdown]             alle Notizen und Lesezeichen; --markdown: als ein Markdown-Dokument</translation>
    </message>
    <message>
        <source>note: remove the note.</source>
        <translation>note: entfernt die Notiz.</translation>
    </message>
    <message>
        <source>bookmark: remove the star.</source>
        <translation>bookmark: entfernt den Stern.</translation>
    </message>
    <message>
        <source>notes: print one Markdown document.</source>
        <translation>notes: gibt ein einziges Markdown-Dokument aus.</translation>
    </message>
    <message>
        <source>search needs the words to look for.</source>
        <translation>search braucht die Wörter, nach denen gesucht werden soll.</translation>
    </message>
    <message>
        <source>search takes only --course and --json.</source>
        <translation>search nimmt nur --course und --json.</translation>
    </message>
    <message>
        <source>notes takes no arguments; use --markdown or --json.</source>
        <translation>notes nimmt keine Argumente; verwenden Sie --markdown oder --json.</translation>
    </message>
    <message>
        <source>notes: choose --markdown or --json.</source>
        <translation>notes: Wählen Sie --markdown oder --json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a course id and a lesson id.</source>
        <translation>&apos;%1&apos; braucht eine Kurs-ID und eine Lektions-ID.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no --course or --markdown.</source>
        <translation>&apos;%1&apos; nimmt kein --course oder --markdown.</translation>
    </message>
    <message>
        <source>bookmark takes a course id and a lesson id, and --remove to take the star away.</source>
        <translation>bookmark braucht eine Kurs-ID und eine Lektions-ID, und --remove, um den Stern zu entfernen.</translation>
    </message>
    <message>
        <source>note: give the text or --clear, not both.</source>
        <translation>note: Geben Sie den Text oder --clear an, nicht beides.</translation>
    </message>
    <message>
        <source>Nothing found for &apos;%1&apos;.</source>
        <translation>Nichts gefunden für &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>(course %1, lesson %2)</source>
        <translation>(Kurs %1, Lektion %2)</translation>
    </message>
    <message>
        <source>removed from the course</source>
        <translation>aus dem Kurs entfernt</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n Treffer.</numerusform>
            <numerusform>%n Treffer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note on lesson %1 is removed.</source>
        <translation>Die Notiz zu Lektion %1 wurde entfernt.</translation>
    </message>
    <message>
        <source>Note saved on lesson %1.</source>
        <translation>Notiz zu Lektion %1 gespeichert.</translation>
    </message>
    <message>
        <source>No note on lesson %1.</source>
        <translation>Keine Notiz zu Lektion %1.</translation>
    </message>
    <message>
        <source>Lesson %1 is bookmarked.</source>
        <translation>Lektion %1 hat ein Lesezeichen.</translation>
    </message>
    <message>
        <source>Lesson %1 is no longer bookmarked.</source>
        <translation>Lektion %1 hat kein Lesezeichen mehr.</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet. Add one with: coursedesk-cli note COURSE LESSON TEXT</source>
        <translation>Noch keine Notizen oder Lesezeichen. Fügen Sie eine hinzu mit: coursedesk-cli note KURS LEKTION TEXT</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %3, %n file(s)</source>
        <translation>
            <numerusform>%1  %2: %3, %n Datei</numerusform>
            <numerusform>%1  %2: %3, %n Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n missing</source>
        <translation>
            <numerusform>, %n fehlt</numerusform>
            <numerusform>, %n fehlen</numerusform>
        </translation>
    </message>
    <message>
        <source> (downloads removed)</source>
        <translation> (Downloads entfernt)</translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>Gesamt: %1 in %2</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>This lesson has not been downloaded yet; it will be after the next sync.</source>
        <translation>Diese Lektion wurde noch nicht heruntergeladen; das geschieht bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Files and links:</source>
        <translation>Dateien und Links:</translation>
    </message>
    <message>
        <source>%1 (link): %2</source>
        <translation>%1 (Link): %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: missing: %2</source>
        <translation>%1: fehlt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: there is nothing to download.</source>
        <translation>&apos;%1&apos; existiert nur auf diesem Computer: Es gibt nichts herunterzuladen.</translation>
    </message>
    <message>
        <source>--offline: nothing downloaded.</source>
        <translation>--offline: Es wurde nichts heruntergeladen.</translation>
    </message>
    <message numerus="yes">
        <source>Course %1: %n file(s) downloaded</source>
        <translation>
            <numerusform>Kurs %1: %n Datei heruntergeladen</numerusform>
            <numerusform>Kurs %1: %n Dateien heruntergeladen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>, %n bereits aktuell</numerusform>
            <numerusform>, %n bereits aktuell</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 on disk.</source>
        <translation>; %1 auf dem Datenträger.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Fehlt: %1</translation>
    </message>
    <message>
        <source>Offline files:
  download COURSE                sync the course and download its pictures and attachments for offline use
                                 (again after &apos;Remove downloads&apos;); files already here are only validated
  storage                        per account and course: bytes on disk, files downloaded, files missing
  lesson COURSE LESSON           the lesson&apos;s text as plain text, its attachments and links, and the local
                                 file of each picture and attachment (or why it is missing)
Files: at most 25 MB each and 500 MB per course, from the course&apos;s server or https:// sites only.</source>
        <translation>Offline-Dateien:
  download KURS                  den Kurs synchronisieren und seine Bilder und Anhänge für die Offline-Nutzung
                                 herunterladen (erneut nach „Downloads entfernen“); vorhandene Dateien werden nur geprüft
  storage                        je Konto und Kurs: Bytes auf dem Datenträger, heruntergeladene und fehlende Dateien
  lesson KURS LEKTION            der Text der Lektion als reiner Text, ihre Anhänge und Links und die lokale
                                 Datei jedes Bildes und Anhangs (oder warum sie fehlt)
Dateien: höchstens 25 MB je Datei und 500 MB je Kurs, nur vom Server des Kurses oder von https://-Seiten.</translation>
    </message>
    <message>
        <source>Account %1:</source>
        <translation>Konto %1:</translation>
    </message>
</context>
<context>
    <name>coursedesk::CliFormat</name>
    <message>
        <source>No courses yet.</source>
        <translation>Noch keine Kurse.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nichts wartet auf das Senden.</translation>
    </message>
    <message>
        <source>Submitted — graded when you are back online.</source>
        <translation>Gesendet – wird bewertet, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>Passed: grade %1 (passing grade %2), %3 of %4 questions right.</source>
        <translation>Bestanden: Ergebnis %1 (Bestehensgrenze %2), %3 von %4 Fragen richtig.</translation>
    </message>
    <message>
        <source>Not passed: grade %1 (passing grade %2), %3 of %4 questions right.</source>
        <translation>Nicht bestanden: Ergebnis %1 (Bestehensgrenze %2), %3 von %4 Fragen richtig.</translation>
    </message>
    <message>
        <source>&apos;--answer %1&apos; is not of the form QUESTION=ANSWER[,ANSWER] with numeric ids.</source>
        <translation>„--answer %1“ hat nicht die Form FRAGE=ANTWORT[,ANTWORT] mit numerischen IDs.</translation>
    </message>
    <message>
        <source>(quiz)</source>
        <translation>(Quiz)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <source>%1  %2 lesson %3 of course %4  %5</source>
        <translation>%1  %2 Lektion %3 von Kurs %4  %5</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentInbox</name>
    <message>
        <source>Send &amp;reply</source>
        <translation>Antwort &amp;senden</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>Lektion ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>Ihre Antwort</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>Auf den ausgewählten Kommentar antworten</translation>
    </message>
    <message>
        <source>The comments could not be read from the server (%1); these are the ones kept on this computer.</source>
        <translation>Die Kommentare konnten nicht vom Server gelesen werden (%1); dies sind die auf diesem Computer gespeicherten.</translation>
    </message>
    <message>
        <source>No comments in this course yet.</source>
        <translation>Noch keine Kommentare in diesem Kurs.</translation>
    </message>
    <message>
        <source>Your reply waits for the next sync.</source>
        <translation>Ihre Antwort wartet auf die nächste Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentInboxModel</name>
    <message>
        <source>%1 › %2</source>
        <translation>%1 › %2</translation>
    </message>
    <message>
        <source>↳ %1</source>
        <translation>↳ %1</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentMapping</name>
    <message>
        <source>comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>parent comment</source>
        <translation>übergeordneter Kommentar</translation>
    </message>
    <message>
        <source>answered comment</source>
        <translation>beantworteter Kommentar</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Verfasser</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>extras</source>
        <translation>extras</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>is not a comment id</source>
        <translation>ist keine Kommentar-ID</translation>
    </message>
    <message>
        <source>%1: a reply is not an object</source>
        <translation>%1: eine Antwort ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentSync</name>
    <message>
        <source>Comments of &apos;%1&apos; not updated: %2</source>
        <translation>Kommentare zu &apos;%1&apos; nicht aktualisiert: %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentsView</name>
    <message>
        <source>Show more comments</source>
        <translation>Weitere Kommentare anzeigen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Send comment</source>
        <translation>Kommentar &amp;senden</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Ihr Kommentar</translation>
    </message>
    <message>
        <source>Write a comment or a question about this lesson</source>
        <translation>Schreiben Sie einen Kommentar oder eine Frage zu dieser Lektion</translation>
    </message>
    <message>
        <source>Comments could not be read from the server (%1); these are the ones kept on this computer.</source>
        <translation>Die Kommentare konnten nicht vom Server gelesen werden (%1); dies sind die auf diesem Computer gespeicherten.</translation>
    </message>
    <message>
        <source>not accepted by the server: %1</source>
        <translation>vom Server nicht angenommen: %1</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Text kopieren</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Erneut senden</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>pending: deleted at the next sync</source>
        <translation>wartet: wird bei der nächsten Synchronisierung gelöscht</translation>
    </message>
    <message>
        <source>pending: sent at the next sync</source>
        <translation>wartet: wird bei der nächsten Synchronisierung gesendet</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurückziehen</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>No comments yet. Ask a question or share a thought below.</source>
        <translation>Noch keine Kommentare. Stellen Sie unten eine Frage oder teilen Sie einen Gedanken.</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Antwort an %1</translation>
    </message>
    <message>
        <source>Changing your comment</source>
        <translation>Ihr Kommentar wird geändert</translation>
    </message>
    <message>
        <source>The comment&apos;s text is on the clipboard.</source>
        <translation>Der Text des Kommentars ist in der Zwischenablage.</translation>
    </message>
    <message>
        <source>Your comment waits for the next sync.</source>
        <translation>Ihr Kommentar wartet auf die nächste Synchronisierung.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CompletionHistogram</name>
    <message>
        <source>%1–%2 %</source>
        <translation>%1–%2 %</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>No learners have joined this course yet.</source>
        <translation>Diesem Kurs sind noch keine Lernenden beigetreten.</translation>
    </message>
    <message>
        <source>Average completion: %1 % over the %2 most recently joined of %3 learners.</source>
        <translation>Durchschnittlicher Fortschritt: %1 % bei den %2 zuletzt beigetretenen von %3 Lernenden.</translation>
    </message>
    <message numerus="yes">
        <source>Average completion: %1 % over %n learner(s).</source>
        <translation>
            <numerusform>Durchschnittlicher Fortschritt: %1 % bei %n Lernenden.</numerusform>
            <numerusform>Durchschnittlicher Fortschritt: %1 % bei %n Lernenden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average completion: %1 % over all %2 learners (the chart shows the %3 most recently joined).</source>
        <translation>Durchschnittlicher Fortschritt: %1 % über alle %2 Lernenden (das Diagramm zeigt die %3 zuletzt beigetretenen).</translation>
    </message>
</context>
<context>
    <name>coursedesk::ContentSniff</name>
    <message>
        <source>it is not a picture</source>
        <translation>es ist kein Bild</translation>
    </message>
    <message>
        <source>the server calls it %1, but it is %2</source>
        <translation>der Server nennt es %1, aber es ist %2</translation>
    </message>
    <message>
        <source>the server calls it %1, but its contents are %2</source>
        <translation>der Server nennt es %1, aber der Inhalt ist %2</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>it is a web page, not a file</source>
        <translation>es ist eine Webseite, keine Datei</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseHomePanel</name>
    <message>
        <source>Your notes in this course</source>
        <translation>Ihre Notizen in diesem Kurs</translation>
    </message>
    <message>
        <source>Your notes in this course:</source>
        <translation>Ihre Notizen in diesem Kurs:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>No course selected</source>
        <translation>Kein Kurs ausgewählt</translation>
    </message>
    <message>
        <source>No cover picture in the cache</source>
        <translation>Kein Titelbild im Cache</translation>
    </message>
    <message>
        <source>This course has no description.</source>
        <translation>Dieser Kurs hat keine Beschreibung.</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed (%3 %)</source>
        <translation>%1 von %2 Lektionen abgeschlossen (%3 %)</translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Fortsetzen: %1</translation>
    </message>
    <message>
        <source>Nothing open is left to do</source>
        <translation>Nichts Offenes mehr zu tun</translation>
    </message>
    <message>
        <source>No lesson is locked.</source>
        <translation>Keine Lektion ist gesperrt.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) locked.</source>
        <translation>
            <numerusform>%n Lektion gesperrt.</numerusform>
            <numerusform>%n Lektionen gesperrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one opens: %1.</source>
        <translation>Die nächste öffnet sich: %1.</translation>
    </message>
    <message>
        <source>No notes in this course yet.</source>
        <translation>Noch keine Notizen in diesem Kurs.</translation>
    </message>
    <message>
        <source>Course picture</source>
        <translation>Bild des Kurses</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseListModel</name>
    <message>
        <source>You teach this course</source>
        <translation>Sie unterrichten diesen Kurs</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n neu</numerusform>
            <numerusform>%n neu</numerusform>
        </translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseOfflineActions</name>
    <message>
        <source>Download cancelled; what came in is kept.</source>
        <translation>Download abgebrochen; was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded; %n file(s) missing (see the lessons).</source>
        <translation>
            <numerusform>Heruntergeladen; %n Datei fehlt (siehe die Lektionen).</numerusform>
            <numerusform>Heruntergeladen; %n Dateien fehlen (siehe die Lektionen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded.</source>
        <translation>Heruntergeladen.</translation>
    </message>
    <message>
        <source>&amp;Download for offline</source>
        <translation>Für &amp;Offline herunterladen</translation>
    </message>
    <message>
        <source>Checking the course&apos;s files…</source>
        <translation>Die Dateien des Kurses werden geprüft …</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove downloads</source>
        <translation>Downloads &amp;entfernen</translation>
    </message>
    <message>
        <source>Removed; %1 freed. The course&apos;s texts, progress and queued actions stay.</source>
        <translation>Entfernt; %1 freigegeben. Die Texte, der Fortschritt und die wartenden Aktionen des Kurses bleiben erhalten.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseSession</name>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Kurs %1 hat keine Lektion %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a quiz: it is completed by passing it, not by marking it.</source>
        <translation>„%1“ ist ein Quiz: Es wird durch Bestehen erledigt, nicht durch Markieren.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseStore</name>
    <message>
        <source>There is no course %1 in this account.</source>
        <translation>In diesem Konto gibt es keinen Kurs %1.</translation>
    </message>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Kurs %1 hat keine Lektion %2.</translation>
    </message>
    <message>
        <source>The lesson was removed from the course on the server.</source>
        <translation>Die Lektion wurde auf dem Server aus dem Kurs entfernt.</translation>
    </message>
    <message>
        <source>There is no lesson %1 in this account.</source>
        <translation>In diesem Konto gibt es keine Lektion %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseTotals</name>
    <message>
        <source>Only the creators and managers of this course can see its totals.</source>
        <translation>Nur Ersteller und Verwalter dieses Kurses können seine Gesamtwerte sehen.</translation>
    </message>
    <message>
        <source>The course&apos;s totals have not been read on this computer yet.</source>
        <translation>Die Gesamtwerte des Kurses wurden auf diesem Computer noch nicht gelesen.</translation>
    </message>
    <message>
        <source>Your sign-in has expired.</source>
        <translation>Ihre Anmeldung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Der Systemschlüsselbund ist nicht verfügbar (%1).</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Der Systemschlüsselbund hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>coursedesk::Dashboard</name>
    <message>
        <source>Only the creators and managers of this course can see its dashboard.</source>
        <translation>Nur Ersteller und Verwalter dieses Kurses können sein Dashboard sehen.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Sie sind offline.</translation>
    </message>
    <message>
        <source>You are offline and this page was never downloaded.</source>
        <translation>Sie sind offline, und diese Seite wurde nie heruntergeladen.</translation>
    </message>
    <message>
        <source>No completion figures were downloaded before.</source>
        <translation>Es wurden zuvor keine Fortschrittsdaten heruntergeladen.</translation>
    </message>
    <message>
        <source>Exporting the whole list needs the server; you are offline.</source>
        <translation>Zum Exportieren der ganzen Liste wird der Server benötigt; Sie sind offline.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to see the latest figures.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um die neuesten Zahlen zu sehen.</translation>
    </message>
    <message>
        <source>The server could not give the dashboard.</source>
        <translation>Der Server konnte das Dashboard nicht liefern.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server war nicht erreichbar.</translation>
    </message>
</context>
<context>
    <name>coursedesk::DashboardCsv</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::DashboardWidget</name>
    <message>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Search learners by name</source>
        <translation>Lernende nach Namen suchen</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Search by learner or quiz</source>
        <translation>Nach Lernenden oder Quiz suchen</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Quizergebnisse</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Only the creators and managers of this course can see its dashboard.</source>
        <translation>Nur Ersteller und Verwalter dieses Kurses können sein Dashboard sehen.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Es ist kein Kurs geöffnet.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Wird exportiert… %1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to update the dashboard</source>
        <translation>Anmelden, um das Dashboard zu aktualisieren</translation>
    </message>
    <message>
        <source>Quiz attempts are listed newest first; the server cannot order them by a column.</source>
        <translation>Quizversuche stehen mit dem neuesten zuerst; der Server kann sie nicht nach einer Spalte sortieren.</translation>
    </message>
    <message>
        <source>The server cannot order learners by %1; they can be ordered by Joined or Last active.</source>
        <translation>Der Server kann Lernende nicht nach %1 sortieren; sortieren lassen sie sich nach Beigetreten oder Zuletzt aktiv.</translation>
    </message>
    <message>
        <source>%1 · saved copy</source>
        <translation>%1 · gespeicherte Kopie</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Kurs %1</translation>
    </message>
    <message>
        <source>%1 - %2.csv</source>
        <translation>%1 - %2.csv</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>quiz results</source>
        <translation>Quizergebnisse</translation>
    </message>
    <message>
        <source>saved copy</source>
        <translation>gespeicherte Kopie</translation>
    </message>
    <message>
        <source>Show members</source>
        <translation>Mitglieder anzeigen</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Alle Mitglieder</translation>
    </message>
    <message>
        <source>Creators and managers</source>
        <translation>Ersteller und Verwalter</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Asking to join</source>
        <translation>Beitrittsanfragen</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>Warten auf Zahlung</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Kommentare (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) · average completion %1 %</source>
        <translation>
            <numerusform>%n Lernender · durchschnittlicher Abschluss %1 %</numerusform>
            <numerusform>%n Lernende · durchschnittlicher Abschluss %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n Lernender</numerusform>
            <numerusform>%n Lernende</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::FetchRule</name>
    <message>
        <source>it is not a web address</source>
        <translation>es ist keine Webadresse</translation>
    </message>
    <message>
        <source>CourseDesk fetches files from web addresses only, not from %1: addresses</source>
        <translation>CourseDesk ruft Dateien nur von Webadressen ab, nicht von %1:-Adressen</translation>
    </message>
    <message>
        <source>the address carries a user name or password</source>
        <translation>die Adresse enthält einen Benutzernamen oder ein Passwort</translation>
    </message>
    <message>
        <source>it points into a private network or this computer (%1)</source>
        <translation>es zeigt in ein privates Netz oder auf diesen Computer (%1)</translation>
    </message>
    <message>
        <source>it is not encrypted (http://); only the course&apos;s server may be reached that way</source>
        <translation>es ist nicht verschlüsselt (http://); nur der Server des Kurses darf so erreicht werden</translation>
    </message>
</context>
<context>
    <name>coursedesk::FindFeatures</name>
    <message>
        <source>Search all courses…</source>
        <translation>Alle Kurse durchsuchen…</translation>
    </message>
    <message>
        <source>Find in lesson</source>
        <translation>In der Lektion suchen</translation>
    </message>
    <message>
        <source>Find in lesson…</source>
        <translation>In der Lektion suchen…</translation>
    </message>
    <message>
        <source>Course home</source>
        <translation>Kursübersicht</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>jetzt offen</translation>
    </message>
</context>
<context>
    <name>coursedesk::FindInLesson</name>
    <message>
        <source>Find in this lesson</source>
        <translation>In dieser Lektion suchen</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Fundstelle</numerusform>
            <numerusform>%n Fundstellen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::HttpTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid server address.</source>
        <translation>„%1“ ist keine gültige Serveradresse.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not encrypted: use an https:// address (plain http is allowed only for this computer, e.g. http://127.0.0.1).</source>
        <translation>„%1“ ist nicht verschlüsselt: Verwenden Sie eine https://-Adresse (einfaches http ist nur für diesen Computer erlaubt, z. B. http://127.0.0.1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB; it was not read.</source>
        <translation>Die Antwort des Servers ist größer als %1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); CourseDesk did not follow, so your sign-in was not sent there.</source>
        <translation>Der Server hat auf eine andere Website umgeleitet (%1); CourseDesk ist nicht gefolgt, Ihre Anmeldung wurde also nicht dorthin gesendet.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Der Server hat mit %1 %2 geantwortet.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server hat mit %1 geantwortet.</translation>
    </message>
</context>
<context>
    <name>coursedesk::JsonMapping</name>
    <message>
        <source>should hold objects</source>
        <translation>sollte Objekte enthalten</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>Kurs %1</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>Abschnitt %1</translation>
    </message>
    <message>
        <source>section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>should not be negative</source>
        <translation>sollte nicht negativ sein</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>Frage %1</translation>
    </message>
    <message>
        <source>question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>Lektion %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>Versuch %1</translation>
    </message>
    <message>
        <source>question %1 of attempt %2</source>
        <translation>Frage %1 von Versuch %2</translation>
    </message>
    <message>
        <source>course</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <source>lists section %1 twice</source>
        <translation>führt Abschnitt %1 doppelt auf</translation>
    </message>
    <message>
        <source>lists lesson %1 twice</source>
        <translation>führt Lektion %1 doppelt auf</translation>
    </message>
    <message>
        <source>should be %1</source>
        <translation>sollte %1 sein</translation>
    </message>
    <message>
        <source>should be between 0 and 100 but is %1</source>
        <translation>sollte zwischen 0 und 100 liegen, ist aber %1</translation>
    </message>
    <message>
        <source>quiz attempt</source>
        <translation>Quizversuch</translation>
    </message>
    <message>
        <source>quiz_attempt of attempt %1</source>
        <translation>quiz_attempt von Versuch %1</translation>
    </message>
    <message>
        <source>media</source>
        <translation>Anhang</translation>
    </message>
    <message>
        <source>should hold ids or objects</source>
        <translation>sollte IDs oder Objekte enthalten</translation>
    </message>
    <message>
        <source>course dashboard</source>
        <translation>Kurs-Dashboard</translation>
    </message>
</context>
<context>
    <name>coursedesk::JsonReader</name>
    <message>
        <source>Unexpected data from the server: %1: field &apos;%2&apos; %3.</source>
        <translation>Unerwartete Daten vom Server: %1: Feld „%2“ %3.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>ist null</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>should be %1 but is %2</source>
        <translation>sollte %1 sein, ist aber %2</translation>
    </message>
    <message>
        <source>should be a positive integer but is %1</source>
        <translation>sollte eine positive ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>should be an integer but is %1</source>
        <translation>sollte eine ganze Zahl sein, ist aber %1</translation>
    </message>
    <message>
        <source>should be an ISO 8601 date and time but is &apos;%1&apos;</source>
        <translation>sollte ein Datum mit Uhrzeit nach ISO 8601 sein, ist aber „%1“</translation>
    </message>
    <message>
        <source>should hold positive integer ids but holds %1</source>
        <translation>sollte positive ganzzahlige IDs enthalten, enthält aber %1</translation>
    </message>
    <message>
        <source>should hold objects but holds %1</source>
        <translation>sollte Objekte enthalten, enthält aber %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::Language</name>
    <message>
        <source>Use the language &lt;code&gt; (en, it, de) instead of the system&apos;s.</source>
        <translation>Die Sprache &lt;code&gt; (en, it, de) statt der des Systems verwenden.</translation>
    </message>
    <message>
        <source>There is no translation for the language &apos;%1&apos;; using English. Available: %2.</source>
        <translation>Für die Sprache „%1“ gibt es keine Übersetzung; Englisch wird verwendet. Verfügbar: %2.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnerProgress</name>
    <message>
        <source>This learner&apos;s progress cannot be read.</source>
        <translation>Der Fortschritt dieser lernenden Person kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to see the latest.</source>
        <translation>Ihre Anmeldung ist abgelaufen. Melden Sie sich erneut an, um den neuesten Stand zu sehen.</translation>
    </message>
    <message>
        <source>The server could not give this learner&apos;s progress.</source>
        <translation>Der Server konnte den Fortschritt dieser lernenden Person nicht liefern.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Der Server ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>%1 This learner&apos;s progress has not been read on this computer before.</source>
        <translation>%1 Der Fortschritt dieser lernenden Person wurde auf diesem Computer noch nie gelesen.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnerProgressDialog</name>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Noch nicht offen</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Nicht erledigt</translation>
    </message>
    <message>
        <source>Export &amp;lessons as CSV…</source>
        <translation>&amp;Lektionen als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;attempts as CSV…</source>
        <translation>&amp;Versuche als CSV exportieren…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Fortschritt von %1</translation>
    </message>
    <message>
        <source>Reading the progress of %1…</source>
        <translation>Der Fortschritt von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>Quizversuche</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lessons completed (%4 %).</source>
        <translation>%1: %2 von %3 Lektionen erledigt (%4 %).</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnerState</name>
    <message>
        <source>Comments are written to a course platform; the sample course has none.</source>
        <translation>Kommentare werden auf einer Kursplattform geschrieben; der Beispielkurs hat keine.</translation>
    </message>
    <message>
        <source>This comment is already on its way to the server; change it once it has arrived.</source>
        <translation>Dieser Kommentar ist bereits unterwegs zum Server; ändern Sie ihn, sobald er angekommen ist.</translation>
    </message>
    <message>
        <source>There is no queued comment %1.</source>
        <translation>Es gibt keinen wartenden Kommentar %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnersModel</name>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beitritt</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Zuletzt aktiv</translation>
    </message>
    <message>
        <source>Not counted: only learners who joined count in the completion figures.</source>
        <translation>Nicht gezählt: In den Abschlusszahlen zählen nur beigetretene Lernende.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Click to order the learners by this column (the server orders the whole list).</source>
        <translation>Klicken, um die Lernenden nach dieser Spalte zu sortieren (der Server sortiert die ganze Liste).</translation>
    </message>
    <message>
        <source>The server cannot order learners by this column: order them by Joined or Last active.</source>
        <translation>Der Server kann Lernende nicht nach dieser Spalte sortieren: Sortieren Sie nach Beigetreten oder Zuletzt aktiv.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LessonAttachments</name>
    <message>
        <source>%1, opens in the browser (%2)</source>
        <translation>%1, öffnet sich im Browser (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>%1, not available offline: %2</source>
        <translation>%1, offline nicht verfügbar: %2</translation>
    </message>
    <message>
        <source>%1, not downloaded yet</source>
        <translation>%1, noch nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Anhänge</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Dokument</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation>Eingebetteter Inhalt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>coursedesk::LessonComments</name>
    <message>
        <source>The sample course has no comments.</source>
        <translation>Der Beispielkurs hat keine Kommentare.</translation>
    </message>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Kurs %1 hat keine Lektion %2.</translation>
    </message>
    <message>
        <source>Comments are written to a course platform; the sample course has none.</source>
        <translation>Kommentare werden auf einer Kursplattform geschrieben; der Beispielkurs hat keine.</translation>
    </message>
    <message>
        <source>Comments are turned off for &apos;%1&apos;.</source>
        <translation>Kommentare sind für &apos;%1&apos; ausgeschaltet.</translation>
    </message>
    <message>
        <source>There is no comment %1 under this lesson here; read the lesson&apos;s comments first.</source>
        <translation>Hier gibt es keinen Kommentar %1 zu dieser Lektion; lesen Sie zuerst die Kommentare der Lektion.</translation>
    </message>
    <message>
        <source>A comment needs some words.</source>
        <translation>Ein Kommentar braucht ein paar Worte.</translation>
    </message>
    <message>
        <source>Only your own comments can be changed.</source>
        <translation>Nur Ihre eigenen Kommentare können geändert werden.</translation>
    </message>
    <message>
        <source>Only your own comments can be deleted.</source>
        <translation>Nur Ihre eigenen Kommentare können gelöscht werden.</translation>
    </message>
    <message>
        <source>Only a comment the server refused can be sent again.</source>
        <translation>Nur ein vom Server abgelehnter Kommentar kann erneut gesendet werden.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LessonHtml</name>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Embedded content</source>
        <translation>Eingebetteter Inhalt</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>This picture is not available offline yet.</source>
        <translation>Dieses Bild ist offline noch nicht verfügbar.</translation>
    </message>
    <message>
        <source>CourseDesk cannot play it here.</source>
        <translation>CourseDesk kann es hier nicht abspielen.</translation>
    </message>
    <message>
        <source>Open it in the browser (%1)</source>
        <translation>Im Browser öffnen (%1)</translation>
    </message>
    <message>
        <source>This picture is not available offline: %1</source>
        <translation>Dieses Bild ist offline nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::LessonPane</name>
    <message>
        <source>Instructor view</source>
        <translation>Ansicht für Lehrende</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Lektionstitel</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Vorherige Lektion</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Vorherige Lektion (Alt+Links)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Nächste Lektion (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Draft: learners do not see this lesson. As an instructor you see every lesson, and nothing is locked for you.</source>
        <translation>Entwurf: Lernende sehen diese Lektion nicht. Als Lehrkraft sehen Sie alle Lektionen, und für Sie ist nichts gesperrt.</translation>
    </message>
    <message>
        <source>Mark as incomplete</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This lesson has not been downloaded yet; it will be after the next sync.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Diese Lektion wurde noch nicht heruntergeladen; das geschieht bei der nächsten Synchronisierung.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This lesson cannot be opened in this version of CourseDesk</source>
        <translation>Diese Lektion lässt sich in dieser Version von CourseDesk nicht öffnen</translation>
    </message>
    <message>
        <source>It is a kind of lesson that this version does not know yet. Open it on your course platform&apos;s website, or update CourseDesk.</source>
        <translation>Es ist eine Art Lektion, die diese Version noch nicht kennt. Öffnen Sie sie auf der Website Ihrer Kursplattform, oder aktualisieren Sie CourseDesk.</translation>
    </message>
    <message>
        <source>You completed this lesson before it was locked again, and it still counts in your progress.</source>
        <translation>Sie haben diese Lektion erledigt, bevor sie wieder gesperrt wurde; sie zählt weiter zu Ihrem Fortschritt.</translation>
    </message>
    <message>
        <source>You took this quiz before it was locked again; you can try again once it opens.</source>
        <translation>Sie haben dieses Quiz gemacht, bevor es wieder gesperrt wurde; sobald es offen ist, können Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>This lesson is locked</source>
        <translation>Diese Lektion ist gesperrt</translation>
    </message>
    <message>
        <source>&amp;Open &apos;%1&apos;</source>
        <translation>„%1“ ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open &apos;%1&apos;</source>
        <translation>„%1“ öffnen</translation>
    </message>
    <message>
        <source>This link points to a page of the course&apos;s website that CourseDesk cannot open: %1</source>
        <translation>Dieser Link führt zu einer Seite der Kurswebsite, die CourseDesk nicht öffnen kann: %1</translation>
    </message>
    <message>
        <source>CourseDesk opens only web and e-mail links, not %1</source>
        <translation>CourseDesk öffnet nur Web- und E-Mail-Links, nicht %1</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1. Copy the address and open it yourself.</source>
        <translation>Für %1 konnte kein Webbrowser geöffnet werden. Kopieren Sie die Adresse und öffnen Sie sie selbst.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>%1 wurde im Browser geöffnet.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Keine Anwendung konnte %1 öffnen.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LockText</name>
    <message>
        <source>Not available yet; the opening date is not known.</source>
        <translation>Noch nicht verfügbar; das Freigabedatum ist nicht bekannt.</translation>
    </message>
    <message>
        <source>Available on %1 at %2</source>
        <translation>Verfügbar ab %1 um %2</translation>
    </message>
    <message>
        <source>Join this course to open its lessons.</source>
        <translation>Treten Sie diesem Kurs bei, um seine Lektionen zu öffnen.</translation>
    </message>
    <message>
        <source>This lesson is a draft and not published yet.</source>
        <translation>Diese Lektion ist ein Entwurf und noch nicht veröffentlicht.</translation>
    </message>
    <message>
        <source>Complete the earlier lessons first.</source>
        <translation>Erledigen Sie zuerst die vorherigen Lektionen.</translation>
    </message>
    <message>
        <source>Pass &apos;%1&apos; first</source>
        <translation>Bestehen Sie zuerst „%1“</translation>
    </message>
    <message>
        <source>Complete &apos;%1&apos; first</source>
        <translation>Erledigen Sie zuerst „%1“</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nicht bestanden</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::MainWindow</name>
    <message>
        <source>CourseDesk</source>
        <translation>CourseDesk</translation>
    </message>
    <message>
        <source>Course outline</source>
        <translation>Kursübersicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now available.</source>
        <translation>„%1“ ist jetzt verfügbar.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CourseDesk</source>
        <translation>Ü&amp;ber CourseDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — CourseDesk</source>
        <translation>%1 — CourseDesk</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>Lektion %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Kurse</translation>
    </message>
    <message>
        <source>Instructor view</source>
        <translation>Ansicht für Lehrende</translation>
    </message>
    <message>
        <source>You teach this course: you see every lesson, drafts included, and nothing is locked for you. Learners see only published lessons, with the course&apos;s locks.</source>
        <translation>Sie unterrichten diesen Kurs: Sie sehen alle Lektionen, auch Entwürfe, und für Sie ist nichts gesperrt. Lernende sehen nur veröffentlichte Lektionen, mit den Sperren des Kurses.</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lektion</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Kurse</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>Ü&amp;bersicht</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>&amp;Vorherige Lektion</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>&amp;Nächste Lektion</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Dash&amp;board</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The server did not accept your quiz attempt in &apos;%1&apos;</source>
        <translation>Der Server hat Ihren Quizversuch in „%1“ nicht angenommen</translation>
    </message>
    <message>
        <source>The server did not accept your change to &apos;%1&apos;</source>
        <translation>Der Server hat Ihre Änderung an „%1“ nicht angenommen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Textgröße: %1 %</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in is kept in memory only: you will be asked to sign in again the next time you start CourseDesk. Your work is kept either way.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher wird Ihre Anmeldung nur im Speicher gehalten: Beim nächsten Start von CourseDesk werden Sie erneut um eine Anmeldung gebeten. Ihre Arbeit bleibt in jedem Fall erhalten.</translation>
    </message>
    <message>
        <source>Mark as complete / &amp;incomplete</source>
        <translation>Als erledigt / nicht erledigt &amp;markieren</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>Spei&amp;cher …</translation>
    </message>
</context>
<context>
    <name>coursedesk::MediaFetcher</name>
    <message>
        <source>CourseDesk did not fetch it: %1.</source>
        <translation>CourseDesk hat sie nicht abgerufen: %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>It cannot be written to the disk: %1</source>
        <translation>Sie kann nicht auf den Datenträger geschrieben werden: %1</translation>
    </message>
    <message>
        <source>It is larger than %1, the limit for one file.</source>
        <translation>Sie ist größer als %1, die Grenze für eine Datei.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Der Download wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Der Server ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Der Server hat zu oft umgeleitet.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server antwortete %1.</translation>
    </message>
    <message>
        <source>The download broke off: %1</source>
        <translation>Der Download brach ab: %1</translation>
    </message>
    <message>
        <source>Its contents are not what they should be: %1.</source>
        <translation>Ihr Inhalt ist nicht, was er sein sollte: %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::MediaSync</name>
    <message>
        <source>The course&apos;s files reached the limit of %1 for one course.</source>
        <translation>Die Dateien des Kurses haben die Grenze von %1 für einen Kurs erreicht.</translation>
    </message>
    <message>
        <source>It could not be saved on the disk.</source>
        <translation>Sie konnte nicht auf dem Datenträger gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>coursedesk::MyNotesPane</name>
    <message>
        <source>Export as Markdown…</source>
        <translation>Als Markdown exportieren…</translation>
    </message>
    <message>
        <source>My notes and bookmarks</source>
        <translation>Meine Notizen und Lesezeichen</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet: write beside a lesson, or star it.</source>
        <translation>Noch keine Notizen oder Lesezeichen: Schreiben Sie neben einer Lektion, oder versehen Sie sie mit einem Stern.</translation>
    </message>
    <message>
        <source>Removed lessons</source>
        <translation>Entfernte Lektionen</translation>
    </message>
    <message>
        <source>The notes could not be written to %1: %2</source>
        <translation>Die Notizen konnten nicht in %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Notizen exportieren</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>coursedesk::NoteStore</name>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Kurs %1 hat keine Lektion %2.</translation>
    </message>
</context>
<context>
    <name>coursedesk::Notebook</name>
    <message>
        <source>Lesson %1</source>
        <translation>Lektion %1</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Meine Notizen</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.</source>
        <translation>Noch keine Notizen oder Lesezeichen.</translation>
    </message>
    <message>
        <source>Removed lessons</source>
        <translation>Entfernte Lektionen</translation>
    </message>
    <message numerus="yes">
        <source>%n new lesson(s)</source>
        <translation>
            <numerusform>%n neue Lektion</numerusform>
            <numerusform>%n neue Lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed lesson(s)</source>
        <translation>
            <numerusform>%n geänderte Lektion</numerusform>
            <numerusform>%n geänderte Lektionen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) now open</source>
        <translation>
            <numerusform>%n Lektion jetzt offen</numerusform>
            <numerusform>%n Lektionen jetzt offen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new section(s)</source>
        <translation>
            <numerusform>%n neuer Abschnitt</numerusform>
            <numerusform>%n neue Abschnitte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed section(s)</source>
        <translation>
            <numerusform>%n umbenannter Abschnitt</numerusform>
            <numerusform>%n umbenannte Abschnitte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <extracomment>%1: what is new (&quot;3 new lessons, 1 lesson now open&quot;), %2: the course&apos;s name</extracomment>
        <translation>%1 in %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::NotesPanel</name>
    <message>
        <source>Your note on this lesson. It is saved as you type.</source>
        <translation>Ihre Notiz zu dieser Lektion. Sie wird beim Tippen gespeichert.</translation>
    </message>
    <message>
        <source>Note on this lesson</source>
        <translation>Notiz zu dieser Lektion</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Lesezeichen</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Mit Lesezeichen</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
</context>
<context>
    <name>coursedesk::NotificationBanner</name>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Benachrichtigung schließen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Show the actions not accepted by the server</source>
        <translation>Die vom Server nicht angenommenen Aktionen anzeigen</translation>
    </message>
</context>
<context>
    <name>coursedesk::OfflineState</name>
    <message>
        <source>Available offline</source>
        <translation>Offline verfügbar</translation>
    </message>
    <message numerus="yes">
        <source>Partly available offline (%n missing)</source>
        <translation>
            <numerusform>Teilweise offline verfügbar (%n fehlt)</numerusform>
            <numerusform>Teilweise offline verfügbar (%n fehlen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Nicht heruntergeladen</translation>
    </message>
    <message>
        <source>Downloads removed</source>
        <translation>Downloads entfernt</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 files, %3</source>
        <translation>Wird heruntergeladen: %1 von %2 Dateien, %3</translation>
    </message>
</context>
<context>
    <name>coursedesk::Outbox</name>
    <message>
        <source>There is no queued action %1.</source>
        <translation>Es gibt keine wartende Aktion %1.</translation>
    </message>
    <message>
        <source>Action %1 is still waiting to be sent; only a rejected action can be dismissed.</source>
        <translation>Aktion %1 wartet noch auf das Senden; nur eine abgelehnte Aktion kann verworfen werden.</translation>
    </message>
    <message>
        <source>Action %1 is being sent or was answered; it cannot be withdrawn.</source>
        <translation>Aktion %1 wird gerade gesendet oder wurde beantwortet; sie kann nicht zurückgezogen werden.</translation>
    </message>
</context>
<context>
    <name>coursedesk::OutlineModel</name>
    <message>
        <source>%1 [draft]</source>
        <translation>%1 [Entwurf]</translation>
    </message>
    <message>
        <source>Draft: learners do not see this lesson.</source>
        <translation>Entwurf: Lernende sehen diese Lektion nicht.</translation>
    </message>
    <message>
        <source>Completed, then locked again: %1</source>
        <translation>Erledigt, dann wieder gesperrt: %1</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
    <message>
        <source>grade %1 %</source>
        <translation>Note %1 %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lektionen</translation>
    </message>
</context>
<context>
    <name>coursedesk::PendingActionsModel</name>
    <message>
        <source>Quiz attempt</source>
        <translation>Quizversuch</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (Versuche: %2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lektion</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark as incomplete</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Lesson %1, no longer in the course</source>
        <translation>Lektion %1, nicht mehr im Kurs</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <source>Edited comment</source>
        <translation>Bearbeiteter Kommentar</translation>
    </message>
    <message>
        <source>Deleted comment</source>
        <translation>Gelöschter Kommentar</translation>
    </message>
</context>
<context>
    <name>coursedesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>Die Sprache des Systems (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Alle %n Minute</numerusform>
            <numerusform>Alle %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync in the background</source>
        <translation>Im Hintergrund synchronisieren</translation>
    </message>
    <message>
        <source>The new language is used when CourseDesk starts again.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von CourseDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>&amp;Sync in the background:</source>
        <translation>Im &amp;Hintergrund synchronisieren:</translation>
    </message>
    <message>
        <source>Server accounts also sync at start, when the network comes back and shortly after each change.</source>
        <translation>Server-Konten synchronisieren außerdem beim Start, wenn das Netzwerk zurückkommt, und kurz nach jeder Änderung.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>The preferences could not be saved in %1. Check that the folder can be written to.</source>
        <translation>Die Einstellungen konnten nicht in %1 gespeichert werden. Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Die Sprache des Systems</translation>
    </message>
    <message>
        <source>As the system (light or dark, as the desktop is)</source>
        <translation>Wie das System (hell oder dunkel, wie der Desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>coursedesk::Progress</name>
    <message>
        <source>%1 of %2 lessons · %3 %</source>
        <translation>%1 von %2 Lektionen · %3 %</translation>
    </message>
</context>
<context>
    <name>coursedesk::ProgressPanel</name>
    <message>
        <source>Course progress</source>
        <translation>Kursfortschritt</translation>
    </message>
    <message>
        <source>The server last counted %1 of %2 lessons: %3 %.</source>
        <translation>Zuletzt hat der Server %1 von %2 Lektionen gezählt: %3 %.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizAttemptList</name>
    <message>
        <source>Your attempts</source>
        <translation>Ihre Versuche</translation>
    </message>
    <message>
        <source>%1 · not accepted: %2</source>
        <translation>%1 · nicht angenommen: %2</translation>
    </message>
    <message>
        <source>%1 · waiting for the server</source>
        <translation>%1 · wartet auf den Server</translation>
    </message>
    <message>
        <source>%1 · passed, %2 %</source>
        <translation>%1 · bestanden, %2 %</translation>
    </message>
    <message>
        <source>%1 · not passed, %2 %</source>
        <translation>%1 · nicht bestanden, %2 %</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier attempt(s)</source>
        <translation>
            <numerusform>und %n früherer Versuch</numerusform>
            <numerusform>und %n frühere Versuche</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizGrader</name>
    <message>
        <source>The correct answers are not known here; the server grades this quiz.</source>
        <translation>Die richtigen Antworten sind hier nicht bekannt; der Server bewertet dieses Quiz.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizResultPanel</name>
    <message>
        <source>Ne&amp;xt lesson</source>
        <translation>&amp;Nächste Lektion</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>Quizergebnis</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Nächste Lektion</translation>
    </message>
    <message>
        <source>Start a new attempt with no answers chosen.</source>
        <translation>Einen neuen Versuch ohne gewählte Antworten beginnen.</translation>
    </message>
    <message>
        <source>Not accepted by the server</source>
        <translation>Vom Server nicht angenommen</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Abgegeben</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>The server refused this attempt, so it does not count</source>
        <translation>Der Server hat diesen Versuch abgelehnt, er zählt daher nicht</translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>Your answers are saved. The server grades them at the next sync; you can keep working meanwhile, offline too.</source>
        <translation>Ihre Antworten sind gespeichert. Der Server bewertet sie bei der nächsten Synchronisierung; bis dahin können Sie weiterarbeiten, auch offline.</translation>
    </message>
    <message>
        <source>Your grade: %1 %. Passing grade: %2 %.</source>
        <translation>Ihre Note: %1 %. Bestehensgrenze: %2 %.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) right.</source>
        <translation>
            <numerusform>%1 von %n Frage richtig.</numerusform>
            <numerusform>%1 von %n Fragen richtig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graded here; the server confirms it at the next sync.</source>
        <translation>Hier bewertet; der Server bestätigt es bei der nächsten Synchronisierung.</translation>
    </message>
    <message>
        <source>Look at the marks on the questions, then try again.</source>
        <translation>Sehen Sie sich die Markierungen bei den Fragen an und versuchen Sie es dann erneut.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizResultsModel</name>
    <message>
        <source>Learner</source>
        <translation>Lernende</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>The server lists quiz attempts newest first; it cannot order them by a column.</source>
        <translation>Der Server listet Quizversuche mit dem neuesten zuerst; er kann sie nicht nach einer Spalte sortieren.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizView</name>
    <message>
        <source>Submit answers</source>
        <translation>Antworten senden</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Passing grade: %1 %.</source>
        <translation>
            <numerusform>%n Frage. Bestehensgrenze: %1 %.</numerusform>
            <numerusform>%n Fragen. Bestehensgrenze: %1 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Select every answer that applies.</source>
        <translation>Wählen Sie alle zutreffenden Antworten.</translation>
    </message>
    <message>
        <source>Answer every question to submit.</source>
        <translation>Beantworten Sie alle Fragen, um zu senden.</translation>
    </message>
    <message>
        <source>This question has a picture that is not available offline yet. &lt;a href=&quot;%1&quot;&gt;Open the picture in the browser&lt;/a&gt;</source>
        <translation>Zu dieser Frage gehört ein Bild, das offline noch nicht verfügbar ist. &lt;a href=&quot;%1&quot;&gt;Bild im Browser öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This question has a picture that is not available offline yet.</source>
        <translation>Zu dieser Frage gehört ein Bild, das offline noch nicht verfügbar ist.</translation>
    </message>
    <message>
        <source>This kind of question cannot be answered in this version of CourseDesk.</source>
        <translation>Diese Art Frage lässt sich in dieser Version von CourseDesk nicht beantworten.</translation>
    </message>
    <message>
        <source>✓ correct answer</source>
        <translation>✓ richtige Antwort</translation>
    </message>
    <message>
        <source>This quiz has a question that this version of CourseDesk cannot show, so it cannot be submitted here; take it on your course platform&apos;s website.</source>
        <translation>Dieses Quiz enthält eine Frage, die diese Version von CourseDesk nicht anzeigen kann; es lässt sich daher hier nicht abgeben. Machen Sie es auf der Website Ihrer Kursplattform.</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Richtig</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ Falsch</translation>
    </message>
    <message>
        <source>This quiz has a question this version cannot show; take it on your course platform&apos;s website.</source>
        <translation>Dieses Quiz enthält eine Frage, die diese Version nicht anzeigen kann; machen Sie es auf der Website Ihrer Kursplattform.</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Wählen Sie eine Antwort.</translation>
    </message>
    <message>
        <source>Picture of question %1</source>
        <translation>Bild zu Frage %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::ResponseProblem</name>
    <message>
        <source>This lesson is not a quiz.</source>
        <translation>Diese Lektion ist kein Quiz.</translation>
    </message>
    <message>
        <source>This quiz has no questions.</source>
        <translation>Dieses Quiz hat keine Fragen.</translation>
    </message>
    <message>
        <source>Question %1 is not part of this quiz.</source>
        <translation>Frage %1 gehört nicht zu diesem Quiz.</translation>
    </message>
    <message>
        <source>Question %1 is answered more than once.</source>
        <translation>Frage %1 wurde mehr als einmal beantwortet.</translation>
    </message>
    <message>
        <source>Question %1 is not answered.</source>
        <translation>Frage %1 ist nicht beantwortet.</translation>
    </message>
    <message>
        <source>Question %1 takes exactly one answer.</source>
        <translation>Frage %1 erlaubt genau eine Antwort.</translation>
    </message>
    <message>
        <source>Answer %1 does not belong to question %2.</source>
        <translation>Antwort %1 gehört nicht zu Frage %2.</translation>
    </message>
    <message>
        <source>Answer %1 is selected twice for question %2.</source>
        <translation>Antwort %1 ist für Frage %2 zweimal ausgewählt.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SampleCourse</name>
    <message>
        <source>The sample course file %1 cannot be read: %2</source>
        <translation>Die Beispielkursdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The sample course file %1 is not a JSON object: %2</source>
        <translation>Die Beispielkursdatei %1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>The sample course file %1 is not a JSON object: it holds an array.</source>
        <translation>Die Beispielkursdatei %1 ist kein JSON-Objekt: Sie enthält ein Array.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchDialog</name>
    <message>
        <source>Search all courses</source>
        <translation>Alle Kurse durchsuchen</translation>
    </message>
    <message>
        <source>Search lessons, quizzes, attachments and notes</source>
        <translation>Lektionen, Quizze, Anhänge und Notizen durchsuchen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchIndex</name>
    <message>
        <source>Type a word to search for: a search needs at least one letter or digit.</source>
        <translation>Geben Sie ein Wort ein: Eine Suche braucht mindestens einen Buchstaben oder eine Ziffer.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchSource</name>
    <message>
        <source>The search index cannot be built from %1: %2</source>
        <translation>Der Suchindex kann nicht aus %1 aufgebaut werden: %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchResultsModel</name>
    <message>
        <source>removed from the course</source>
        <translation>aus dem Kurs entfernt</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>gesperrt: %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::SectionOverview</name>
    <message>
        <source>Lessons of the section</source>
        <translation>Lektionen des Abschnitts</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Cannot be opened in this version</source>
        <translation>In dieser Version nicht zu öffnen</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Noch nicht bestanden</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Gesperrt: %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) completed.</source>
        <translation>
            <numerusform>%1 von %n Lektion erledigt.</numerusform>
            <numerusform>%1 von %n Lektionen erledigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open since %1.</source>
        <translation>Offen seit %1.</translation>
    </message>
    <message>
        <source>Choose a lesson to open it.</source>
        <translation>Wählen Sie eine Lektion, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>coursedesk::ServerText</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Der Server meldete: „%2“</translation>
    </message>
</context>
<context>
    <name>coursedesk::StorageDialog</name>
    <message>
        <source>&amp;Download for offline</source>
        <translation>Für &amp;Offline herunterladen</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove downloads</source>
        <translation>Downloads &amp;entfernen</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Checking the course&apos;s files…</source>
        <translation>Die Dateien des Kurses werden geprüft …</translation>
    </message>
    <message>
        <source>Download cancelled; what came in is kept.</source>
        <translation>Download abgebrochen; was bereits angekommen ist, bleibt erhalten.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded; %n file(s) missing (see the lessons).</source>
        <translation>
            <numerusform>Heruntergeladen; %n Datei fehlt (siehe die Lektionen).</numerusform>
            <numerusform>Heruntergeladen; %n Dateien fehlen (siehe die Lektionen).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded.</source>
        <translation>Heruntergeladen.</translation>
    </message>
    <message>
        <source>Removed; %1 freed. The course&apos;s texts, progress and queued actions stay.</source>
        <translation>Entfernt; %1 freigegeben. Die Texte, der Fortschritt und die wartenden Aktionen des Kurses bleiben erhalten.</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3</source>
        <translation>%1 von %2 Dateien, %3</translation>
    </message>
    <message>
        <source>Offline files by account and course</source>
        <translation>Offline-Dateien nach Konto und Kurs</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Fortschritt des Downloads</translation>
    </message>
    <message>
        <source>Offline files of every account: %1</source>
        <translation>Offline-Dateien aller Konten: %1</translation>
    </message>
    <message>
        <source>Open the account to download its courses&apos; files.</source>
        <translation>Öffnen Sie das Konto, um die Dateien seiner Kurse herunterzuladen.</translation>
    </message>
</context>
<context>
    <name>coursedesk::StorageModel</name>
    <message>
        <source>Size on disk</source>
        <translation>Größe auf dem Datenträger</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Fehlend</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (geöffnet)</translation>
    </message>
    <message>
        <source>Account and course</source>
        <translation>Konto und Kurs</translation>
    </message>
</context>
<context>
    <name>coursedesk::StorageOverview</name>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>Es gibt kein Konto namens „%1“.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SyncEngine</name>
    <message>
        <source>The lesson no longer exists on the server.</source>
        <translation>Die Lektion gibt es auf dem Server nicht mehr.</translation>
    </message>
    <message>
        <source>The answers of quiz attempt %1 are missing from the local cache.</source>
        <translation>Die Antworten des Quizversuchs %1 fehlen im lokalen Zwischenspeicher.</translation>
    </message>
    <message>
        <source>The words of comment %1 are missing from the local cache.</source>
        <translation>Der Text von Kommentar %1 fehlt im lokalen Zwischenspeicher.</translation>
    </message>
    <message>
        <source>The comment or its lesson no longer exists on the server.</source>
        <translation>Der Kommentar oder seine Lektion existiert auf dem Server nicht mehr.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SyncScheduler</name>
    <message>
        <source>CourseDesk could not write to its local cache: %1</source>
        <translation>CourseDesk konnte seinen lokalen Zwischenspeicher nicht beschreiben: %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Details…</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Aktionen, die auf das Senden warten</translation>
    </message>
    <message>
        <source>Show the actions waiting to be sent and the rejected ones</source>
        <translation>Zeigt die wartenden und die abgelehnten Aktionen</translation>
    </message>
    <message>
        <source>On this computer only: nothing to sync.</source>
        <translation>Nur auf diesem Computer: nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>zuletzt synchronisiert: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>nie synchronisiert</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2…</source>
        <translation>Synchronisiere %1 von %2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisiere…</translation>
    </message>
    <message>
        <source>Offline · %1 · your work is kept and sent later</source>
        <translation>Offline · %1 · Ihre Arbeit bleibt erhalten und wird später gesendet</translation>
    </message>
    <message>
        <source>Server unavailable · next try at %1 · %2</source>
        <translation>Server nicht verfügbar · nächster Versuch um %1 · %2</translation>
    </message>
    <message>
        <source>Sign in again to send your work · nothing is lost</source>
        <translation>Melden Sie sich erneut an, um Ihre Arbeit zu senden · nichts geht verloren</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 wartend</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>Actions not yet accepted by the server</source>
        <translation>Noch nicht vom Server angenommene Aktionen</translation>
    </message>
    <message>
        <source>Actions waiting or rejected</source>
        <translation>Wartende oder abgelehnte Aktionen</translation>
    </message>
    <message>
        <source>Dismiss rejected action</source>
        <translation>Abgelehnte Aktion verwerfen</translation>
    </message>
    <message>
        <source>Sign-in not saved</source>
        <translation>Anmeldung nicht gespeichert</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Sign in to send your work</source>
        <translation>Anmelden, um Ihre Arbeit zu senden</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in is kept in memory only: you will be asked to sign in again the next time you start CourseDesk.</source>
        <translation>Es ist kein Systemschlüsselbund verfügbar, daher wird Ihre Anmeldung nur im Speicher gehalten: Beim nächsten Start von CourseDesk werden Sie erneut um eine Anmeldung gebeten.</translation>
    </message>
    <message>
        <source>Sign in first: the server needs a new sign-in.</source>
        <translation>Melden Sie sich zuerst an: Der Server verlangt eine neue Anmeldung.</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>%1 · your work is kept and sent later</source>
        <translation>%1 · Ihre Arbeit bleibt erhalten und wird später gesendet</translation>
    </message>
</context>
<context>
    <name>coursedesk::WelcomePage</name>
    <message>
        <source>Try the &amp;sample course</source>
        <translation>&amp;Beispielkurs ausprobieren</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Konto hinzufügen…</translation>
    </message>
    <message>
        <source>Welcome to CourseDesk</source>
        <translation>Willkommen bei CourseDesk</translation>
    </message>
    <message>
        <source>Take your online courses with you, online or offline. Try the sample course to see how it works — it lives on this computer and needs no server — or add the account you use on your course platform.</source>
        <translation>Nehmen Sie Ihre Online-Kurse mit, ob online oder offline. Probieren Sie den Beispielkurs aus, um zu sehen, wie alles funktioniert – er liegt auf diesem Computer und braucht keinen Server –, oder fügen Sie das Konto hinzu, das Sie auf Ihrer Kursplattform verwenden.</translation>
    </message>
    <message>
        <source>Add an account on a course platform</source>
        <translation>Ein Konto auf einer Kursplattform hinzufügen</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About CourseDesk</source>
        <translation>Ü&amp;ber CourseDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>CourseDesk logo</source>
        <translation>CourseDesk-Logo</translation>
    </message>
    <message>
        <source>A&amp;bout CourseDesk</source>
        <translation>Über &amp;CourseDesk</translation>
    </message>
</context>
<context>
    <name>coursedesk::dashboardtext</name>
    <message>
        <source>Not a member</source>
        <translation>Kein Mitglied</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Verwalter</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Beigetreten</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Beitritt angefragt</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Nicht bestanden</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Stand: %1</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Zahlung ausstehend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CourseDesk: take your online courses offline.</source>
        <translation>CourseDesk: Ihre Online-Kurse, auch offline.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
    <message>
        <source>Keep accounts and caches in &lt;dir&gt;.</source>
        <translation>Konten und Caches in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Open the bundled sample course (no server needed).</source>
        <translation>Den mitgelieferten Beispielkurs öffnen (kein Server nötig).</translation>
    </message>
    <message>
        <source>Open the account &lt;name&gt;.</source>
        <translation>Das Konto &lt;name&gt; öffnen.</translation>
    </message>
</context>
</TS>
