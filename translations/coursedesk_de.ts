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
</context>
<context>
    <name>coursedesk::CliApp</name>
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
  account add NAME --server URL (--token-stdin | --username USER --password-stdin)
                                 sign in to a server; the tokens go to the system keychain
  account list                   the accounts
  account remove NAME [--discard]  sign out and forget the account (refused while actions are queued,
                                 unless --discard)
  sync [--course ID]             send queued actions, then download courses for offline use
  dashboard COURSE [--quiz] [--csv FILE]
                                 learners&apos; progress (or quiz results) for creators and managers
Global: --offline never touches the network.
Exit codes: 0 ok, 1 usage, 2 refused (locked, unknown id, invalid answers), 3 network or sign-in
failure (actions stay queued), 4 the server rejected some actions.</source>
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
  account add NAME --server URL (--token-stdin | --username USER --password-stdin)
                                 meldet sich bei einem Server an; die Token kommen in den Systemschlüsselbund
  account list                   die Konten
  account remove NAME [--discard]  meldet ab und vergisst das Konto (abgelehnt, solange Aktionen warten,
                                 außer mit --discard)
  sync [--course ID]             sendet wartende Aktionen und lädt dann Kurse für die Offline-Nutzung
  dashboard COURSE [--quiz] [--csv FILE]
                                 Fortschritt der Lernenden (oder Quizergebnisse) für Ersteller und Verwalter
Global: --offline greift nie auf das Netzwerk zu.
Exit-Codes: 0 ok, 1 falscher Aufruf, 2 abgelehnt (gesperrt, unbekannte ID, ungültige Antworten),
3 Netzwerk- oder Anmeldefehler (Aktionen bleiben in der Warteschlange), 4 der Server hat Aktionen abgelehnt.</translation>
    </message>
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
        <source>account remove: discard queued actions.</source>
        <translation>account remove: wartende Aktionen verwerfen.</translation>
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
        <source>account add needs --token-stdin, or --username USER with --password-stdin.</source>
        <translation>account add benötigt --token-stdin oder --username USER mit --password-stdin.</translation>
    </message>
    <message>
        <source>use &apos;account add NAME …&apos;, &apos;account list&apos; or &apos;account remove NAME&apos;.</source>
        <translation>verwenden Sie „account add NAME …“, „account list“ oder „account remove NAME“.</translation>
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
        <source>Signing in to %1 failed: %2</source>
        <translation>Anmeldung bei %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Warning: %1 The sign-in is not saved; &apos;sync&apos; will ask for it again.</source>
        <translation>Warnung: %1 Die Anmeldung wird nicht gespeichert; „sync“ fragt erneut danach.</translation>
    </message>
    <message>
        <source>No system keychain is in use.</source>
        <translation>Es wird kein Systemschlüsselbund verwendet.</translation>
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
        <source>%1 action(s) of &apos;%2&apos; are not sent yet. Run &apos;sync&apos; first, or remove with --discard to lose them.</source>
        <translation>Noch nicht gesendete Aktionen von „%2“: %1. Führen Sie zuerst „sync“ aus oder entfernen Sie das Konto mit --discard, um sie zu verwerfen.</translation>
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
        <source>--offline: nothing sent; %1 action(s) stay queued.</source>
        <translation>--offline: nichts gesendet; wartende Aktionen: %1.</translation>
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
        <source>Only the creators and managers of course %1 can see its dashboard (%2).</source>
        <translation>Nur Ersteller und Verwalter von Kurs %1 können sein Dashboard sehen (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>In %2 geschriebene Zeilen: %1.</translation>
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
        <source>Why this lesson is locked</source>
        <translation>Warum diese Lektion gesperrt ist</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Lektionstext</translation>
    </message>
    <message>
        <source>Mark the lesson as complete or incomplete</source>
        <translation>Lektion als erledigt oder nicht erledigt markieren</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Strg+Eingabe</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Benachrichtigung</translation>
    </message>
    <message>
        <source>The server did not accept a change to &apos;%1&apos;: %2</source>
        <translation>Der Server hat eine Änderung an „%1“ nicht angenommen: %2</translation>
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
</context>
<context>
    <name>coursedesk::PendingActionsModel</name>
    <message>
        <source>Mark complete</source>
        <translation>Als erledigt markieren</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Als nicht erledigt markieren</translation>
    </message>
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
        <source>Lesson %1</source>
        <translation>Lektion %1</translation>
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
</context>
<context>
    <name>coursedesk::QuizGrader</name>
    <message>
        <source>The correct answers are not known here; the server grades this quiz.</source>
        <translation>Die richtigen Antworten sind hier nicht bekannt; der Server bewertet dieses Quiz.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizView</name>
    <message>
        <source>Submit answers</source>
        <translation>Antworten senden</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>Quizergebnis</translation>
    </message>
    <message>
        <source>Submit the quiz answers</source>
        <translation>Die Antworten des Quiz senden</translation>
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
        <source>Submitted — graded when you are back online.</source>
        <translation>Gesendet – wird bewertet, sobald Sie wieder online sind.</translation>
    </message>
    <message>
        <source>Passed: grade %1 % (passing grade %2 %).</source>
        <translation>Bestanden: Ergebnis %1 % (Bestehensgrenze %2 %).</translation>
    </message>
    <message>
        <source>Not passed: grade %1 % (passing grade %2 %). You can try again.</source>
        <translation>Nicht bestanden: Ergebnis %1 % (Bestehensgrenze %2 %). Sie können es erneut versuchen.</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ richtig</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ falsch</translation>
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
    <name>coursedesk::SyncEngine</name>
    <message>
        <source>The answers of this quiz attempt are missing from the cache.</source>
        <translation>Die Antworten dieses Quizversuchs fehlen im Cache.</translation>
    </message>
    <message>
        <source>The lesson no longer exists on the server (%1).</source>
        <translation>Die Lektion existiert auf dem Server nicht mehr (%1).</translation>
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
        <source>CourseDesk</source>
        <translation>CourseDesk</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
</TS>
