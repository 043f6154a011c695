<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>coursedesk::AboutDialog</name>
    <message>
        <source>About CourseDesk</source>
        <translation>Informazioni su CourseDesk</translation>
    </message>
    <message>
        <source>Version %1 (Qt %2)</source>
        <translation>Versione %1 (Qt %2)</translation>
    </message>
    <message>
        <source>Take your online courses offline: read lessons, mark them complete and take quizzes anywhere; everything is sent to your course platform when you are back online.</source>
        <translation>Porta i tuoi corsi online anche offline: leggi le lezioni, segnale come completate e svolgi i quiz ovunque; tutto viene inviato alla piattaforma dei corsi quando torni online.</translation>
    </message>
    <message>
        <source>CourseDesk is free software: you can redistribute it and/or modify it under the terms of the &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, version 3 or (at your option) any later version (%2). It comes with ABSOLUTELY NO WARRANTY.</source>
        <translation>CourseDesk è software libero: puoi ridistribuirlo e/o modificarlo secondo i termini della &lt;a href=&quot;%1&quot;&gt;GNU General Public License&lt;/a&gt;, versione 3 o (a tua scelta) qualsiasi versione successiva (%2). Viene fornito SENZA ALCUNA GARANZIA.</translation>
    </message>
    <message>
        <source>To report a problem, run CourseDesk from a terminal with QT_LOGGING_RULES=&quot;coursedesk.*.debug=true&quot; and attach the output (it never contains passwords or tokens) and this version.</source>
        <translation>Per segnalare un problema, avvia CourseDesk da un terminale con QT_LOGGING_RULES=&quot;coursedesk.*.debug=true&quot; e allega l&apos;output (non contiene mai password né token) e questa versione.</translation>
    </message>
</context>
<context>
    <name>coursedesk::AccountSignIn</name>
    <message>
        <source>Enter the address of your course server, e.g. https://courses.example.org.</source>
        <translation>Inserisci l&apos;indirizzo del tuo server dei corsi, ad es. https://corsi.example.org.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a server address. Use one like https://courses.example.org.</source>
        <translation>&apos;%1&apos; non è un indirizzo di server. Usane uno come https://corsi.example.org.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the address.</source>
        <translation>Non includere nome utente e password nell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: it has no server.</source>
        <translation>&apos;%1&apos; esiste solo su questo computer: non ha un server.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64.</source>
        <translation>&apos;%1&apos; non è un nome di account valido: usa lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, al massimo 64.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; already exists.</source>
        <translation>Esiste già un account di nome &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>A sign-in is already under way.</source>
        <translation>È già in corso un accesso.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Inserisci nome utente e password.</translation>
    </message>
    <message>
        <source>The server did not accept this user name and password.</source>
        <translation>Il server non ha accettato il nome utente e la password indicati.</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Incolla un token di accesso.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <source>The server did not accept this sign-in (%1).</source>
        <translation>Il server non ha accettato questo accesso (%1).</translation>
    </message>
    <message>
        <source>Signing in to %1 failed: %2</source>
        <translation>Accesso a %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>You signed in as &apos;%1&apos;, but &apos;%2&apos; belongs to &apos;%3&apos;. Sign in as &apos;%3&apos;; the account&apos;s queued actions are kept.</source>
        <translation>Hai effettuato l&apos;accesso come &apos;%1&apos;, ma &apos;%2&apos; appartiene a &apos;%3&apos;. Accedi come &apos;%3&apos;; le azioni in coda dell&apos;account vengono conservate.</translation>
    </message>
    <message>
        <source>The sign-in could not be saved (%1): you will be asked to sign in again next time.</source>
        <translation>Non è stato possibile salvare l&apos;accesso (%1): la prossima volta ti verrà chiesto di accedere di nuovo.</translation>
    </message>
    <message>
        <source>No system keychain is available, so the sign-in is kept in memory only: you will be asked to sign in again next time.</source>
        <translation>Non è disponibile alcun portachiavi di sistema, quindi l&apos;accesso è conservato solo in memoria: la prossima volta ti verrà chiesto di accedere di nuovo.</translation>
    </message>
    <message>
        <source>The server does not know CourseDesk&apos;s client ID (&apos;%1&apos;): ask your community&apos;s administrator for the client ID they registered for CourseDesk, and add the account with it. (The server said: %2)</source>
        <translation>Il server non conosce l&apos;ID client di CourseDesk (&apos;%1&apos;): chiedi all&apos;amministratore della tua comunità l&apos;ID client registrato per CourseDesk e aggiungi l&apos;account con quello. (Il server ha risposto: %2)</translation>
    </message>
</context>
<context>
    <name>coursedesk::AccountSignOut</name>
    <message>
        <source>Discarded when signing out.</source>
        <translation>Scartata all&apos;uscita dall&apos;account.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: there is nothing to sign out of.</source>
        <translation>&apos;%1&apos; esiste solo su questo computer: non c&apos;è nulla da cui uscire.</translation>
    </message>
</context>
<context>
    <name>coursedesk::AccountSwitcher</name>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>Sign &amp;in again…</source>
        <translation>Accedi di &amp;nuovo…</translation>
    </message>
    <message>
        <source>Sign &amp;out…</source>
        <translation>&amp;Esci dall&apos;account…</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>on this computer</source>
        <translation>su questo computer</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 su %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Sign &amp;out of %1…</source>
        <translation>&amp;Esci dall&apos;account %1…</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Esci dall&apos;account %1</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of %1 have not reached the server yet.</source>
        <translation>
            <numerusform>%n azione di %1 non ha ancora raggiunto il server.</numerusform>
            <numerusform>%n azioni di %1 non hanno ancora raggiunto il server.</numerusform>
        </translation>
    </message>
    <message>
        <source>Keep them to send them after you sign in again, or discard them: the lessons go back to what the server has.</source>
        <translation>Conservale per inviarle quando accederai di nuovo, oppure scartale: le lezioni tornano allo stato presente sul server.</translation>
    </message>
    <message>
        <source>&amp;Keep and sign out</source>
        <translation>&amp;Conserva ed esci</translation>
    </message>
    <message>
        <source>&amp;Discard and sign out</source>
        <translation>&amp;Scarta ed esci</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Esci dall&apos;account</translation>
    </message>
</context>
<context>
    <name>coursedesk::Accounts</name>
    <message>
        <source>The account list %1 cannot be read: %2</source>
        <translation>Impossibile leggere l&apos;elenco degli account %1: %2</translation>
    </message>
    <message>
        <source>The account list %1 is damaged (%2); it was left untouched.</source>
        <translation>L&apos;elenco degli account %1 è danneggiato (%2); non è stato modificato.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The account list cannot be written: %1</source>
        <translation>Impossibile scrivere l&apos;elenco degli account: %1</translation>
    </message>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>Non esiste alcun account di nome &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no account yet. Create the sample with &apos;coursedesk-cli sample&apos; or add one.</source>
        <translation>Non c&apos;è ancora nessun account. Crea quello di esempio con &apos;coursedesk-cli sample&apos; oppure aggiungine uno.</translation>
    </message>
    <message>
        <source>Several accounts exist (%1); choose one with --account.</source>
        <translation>Esistono più account (%1); scegline uno con --account.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name: use letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, at most 64.</source>
        <translation>&apos;%1&apos; non è un nome di account valido: usa lettere, cifre, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, al massimo 64.</translation>
    </message>
    <message>
        <source>An account named &apos;%1&apos; already exists.</source>
        <translation>Esiste già un account di nome &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The client ID may hold letters, digits and punctuation only, without spaces. Copy it exactly as your community&apos;s administrator gave it.</source>
        <translation>L&apos;ID client può contenere solo lettere, cifre e punteggiatura, senza spazi. Copialo esattamente come te l&apos;ha dato l&apos;amministratore della tua comunità.</translation>
    </message>
    <message>
        <source>The client ID is too long.</source>
        <translation>L&apos;ID client è troppo lungo.</translation>
    </message>
    <message>
        <source>The redirect port must be between %1 and 65535.</source>
        <translation>La porta di reindirizzamento deve essere tra %1 e 65535.</translation>
    </message>
</context>
<context>
    <name>coursedesk::AddAccountDialog</name>
    <message>
        <source>Add an account</source>
        <translation>Aggiungi un account</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Where are your courses? Enter your course server&apos;s address and a name for this account on this computer.</source>
        <translation>Dove sono i tuoi corsi? Inserisci l&apos;indirizzo del server dei corsi e un nome per questo account su questo computer.</translation>
    </message>
    <message>
        <source>https://courses.example.org</source>
        <translation>https://corsi.example.org</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>e.g. school</source>
        <translation>ad es. scuola</translation>
    </message>
    <message>
        <source>Account name</source>
        <translation>Nome dell&apos;account</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Your browser opens the server&apos;s sign-in page. CourseDesk never sees your password.</source>
        <translation>Il browser apre la pagina di accesso del server. CourseDesk non vede mai la tua password.</translation>
    </message>
    <message>
        <source>Sign &amp;in with the browser</source>
        <translation>Accedi con il &amp;browser</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Password</translation>
    </message>
    <message>
        <source>Sign in with &amp;password</source>
        <translation>Accedi con la &amp;password</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nome &amp;utente:</translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Token di accesso</translation>
    </message>
    <message>
        <source>Use this &amp;access token</source>
        <translation>Usa questo &amp;token di accesso</translation>
    </message>
    <message>
        <source>Access &amp;token:</source>
        <translation>Token di &amp;accesso:</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Indietro</translation>
    </message>
    <message>
        <source>Cancel sign-in</source>
        <translation>Annulla l&apos;accesso</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Sign in again</source>
        <translation>Accedi di nuovo</translation>
    </message>
    <message>
        <source>Sign in to %1 again as %2. Actions waiting to be sent are kept.</source>
        <translation>Accedi di nuovo a %1 come %2. Le azioni in attesa di invio vengono conservate.</translation>
    </message>
    <message>
        <source>Sign in to %1.</source>
        <translation>Accedi a %1.</translation>
    </message>
    <message>
        <source>Waiting for your browser… Finish signing in there, then come back.</source>
        <translation>In attesa del browser… Completa l&apos;accesso lì, poi torna qui.</translation>
    </message>
    <message>
        <source>Enter your user name and password.</source>
        <translation>Inserisci nome utente e password.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Accesso in corso…</translation>
    </message>
    <message>
        <source>Paste an access token.</source>
        <translation>Incolla un token di accesso.</translation>
    </message>
    <message>
        <source>You are signed in to %1 as %2.</source>
        <translation>Hai effettuato l&apos;accesso a %1 come %2.</translation>
    </message>
    <message>
        <source>&amp;Advanced</source>
        <translation>&amp;Avanzate</translation>
    </message>
    <message>
        <source>Ask your community&apos;s administrator whether CourseDesk was registered as an app there: if so, enter its client ID and, to sign in with the browser, the port of its redirect address. Otherwise leave both empty.</source>
        <translation>Chiedi all&apos;amministratore della tua comunità se CourseDesk vi è stato registrato come app: in tal caso inserisci il suo ID client e, per accedere con il browser, la porta del suo indirizzo di reindirizzamento. Altrimenti lascia vuoti entrambi i campi.</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>any free port</source>
        <translation>qualsiasi porta libera</translation>
    </message>
    <message>
        <source>Redirect port</source>
        <translation>Porta di reindirizzamento</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;ID client:</translation>
    </message>
    <message>
        <source>Redirect &amp;port:</source>
        <translation>&amp;Porta di reindirizzamento:</translation>
    </message>
    <message>
        <source>The redirect port must be a number from %1 to 65535, or empty.</source>
        <translation>La porta di reindirizzamento deve essere un numero da %1 a 65535, oppure vuota.</translation>
    </message>
    <message>
        <source>Address to open in a browser</source>
        <translation>Indirizzo da aprire in un browser</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Copy the address</source>
        <translation>Copia l&apos;indirizzo</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>If your browser did not open, open this address in it:</source>
        <translation>Se il browser non si è aperto, apri in esso questo indirizzo:</translation>
    </message>
    <message>
        <source>CourseDesk could not open a browser. Open this address in your browser yourself:</source>
        <translation>CourseDesk non è riuscito ad aprire un browser. Apri tu questo indirizzo nel tuo browser:</translation>
    </message>
</context>
<context>
    <name>coursedesk::ApiClient</name>
    <message>
        <source>The server&apos;s reply is not valid JSON (%1).</source>
        <translation>La risposta del server non è JSON valido (%1).</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>non è un oggetto</translation>
    </message>
    <message>
        <source>The server pointed the next page to another site (%1); it was not followed.</source>
        <translation>Il server ha indicato la pagina successiva su un altro sito (%1); non è stata seguita.</translation>
    </message>
    <message>
        <source>The server&apos;s next page points to the same page.</source>
        <translation>La pagina successiva indicata dal server rimanda alla stessa pagina.</translation>
    </message>
    <message>
        <source>page</source>
        <translation>pagina</translation>
    </message>
    <message>
        <source>token reply</source>
        <translation>risposta del token</translation>
    </message>
    <message>
        <source>user</source>
        <translation>utente</translation>
    </message>
    <message>
        <source>enrollment completion</source>
        <translation>completamento dell&apos;iscrizione</translation>
    </message>
    <message>
        <source>courseProgress</source>
        <translation>courseProgress</translation>
    </message>
    <message>
        <source>learner</source>
        <translation>studente</translation>
    </message>
    <message>
        <source>quiz result</source>
        <translation>risultato del quiz</translation>
    </message>
</context>
<context>
    <name>coursedesk::BrowserSignIn</name>
    <message numerus="yes">
        <source>No answer came from the browser within %n minute(s). Try again.</source>
        <translation>
            <numerusform>Nessuna risposta dal browser entro %n minuto. Riprova.</numerusform>
            <numerusform>Nessuna risposta dal browser entro %n minuti. Riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>A sign-in in the browser is already waiting.</source>
        <translation>Un accesso tramite browser è già in attesa.</translation>
    </message>
    <message>
        <source>CourseDesk cannot listen for the browser&apos;s answer on this computer (no free port on 127.0.0.1).</source>
        <translation>CourseDesk non può attendere la risposta del browser su questo computer (nessuna porta libera su 127.0.0.1).</translation>
    </message>
    <message>
        <source>CourseDesk has your answer. You can close this page and return to CourseDesk.</source>
        <translation>CourseDesk ha ricevuto la risposta. Puoi chiudere questa pagina e tornare a CourseDesk.</translation>
    </message>
    <message>
        <source>The sign-in was cancelled.</source>
        <translation>L&apos;accesso è stato annullato.</translation>
    </message>
    <message>
        <source>The answer that reached CourseDesk does not belong to this sign-in, so it was refused. Sign in again.</source>
        <translation>La risposta arrivata a CourseDesk non appartiene a questo accesso, quindi è stata rifiutata. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The server did not allow the sign-in: %1</source>
        <translation>Il server non ha consentito l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer carried no authorization code. Sign in again.</source>
        <translation>La risposta del server non conteneva alcun codice di autorizzazione. Accedi di nuovo.</translation>
    </message>
    <message>
        <source>The server did not accept the sign-in: %1</source>
        <translation>Il server non ha accettato l&apos;accesso: %1</translation>
    </message>
    <message>
        <source>CourseDesk cannot listen for the browser&apos;s answer on 127.0.0.1 port %1, which your community&apos;s sign-in needs: another program is using it. Close that program and sign in again.</source>
        <translation>CourseDesk non può attendere la risposta del browser su 127.0.0.1 porta %1, che serve all&apos;accesso della tua comunità: un altro programma la sta usando. Chiudi quel programma e accedi di nuovo.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CacheDatabase</name>
    <message>
        <source>save the quiz attempt</source>
        <translation>salvare il tentativo del quiz</translation>
    </message>
    <message>
        <source>read the quiz attempts</source>
        <translation>leggere i tentativi del quiz</translation>
    </message>
    <message>
        <source>save the quiz grade</source>
        <translation>salvare il voto del quiz</translation>
    </message>
    <message>
        <source>The local cache could not %1: %2</source>
        <translation>La cache locale non ha potuto %1: %2</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Impossibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be opened: %2</source>
        <translation>Impossibile aprire la cache locale %1: %2</translation>
    </message>
    <message>
        <source>be configured</source>
        <translation>essere configurata</translation>
    </message>
    <message>
        <source>The local cache %1 cannot be read: %2</source>
        <translation>Impossibile leggere la cache locale %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 was written by a newer CourseDesk (schema %2, this version knows %3). Update CourseDesk to open it.</source>
        <translation>La cache locale %1 è stata scritta da una versione più recente di CourseDesk (schema %2, questa versione conosce il %3). Aggiorna CourseDesk per aprirla.</translation>
    </message>
    <message>
        <source>The local cache %1 has no readable schema version.</source>
        <translation>La cache locale %1 non ha una versione dello schema leggibile.</translation>
    </message>
    <message>
        <source>be upgraded</source>
        <translation>essere aggiornata</translation>
    </message>
    <message>
        <source>start a transaction</source>
        <translation>avviare una transazione</translation>
    </message>
    <message>
        <source>save the change</source>
        <translation>salvare la modifica</translation>
    </message>
    <message>
        <source>save account settings</source>
        <translation>salvare le impostazioni dell&apos;account</translation>
    </message>
    <message>
        <source>import the course</source>
        <translation>importare il corso</translation>
    </message>
    <message>
        <source>save the lesson</source>
        <translation>salvare la lezione</translation>
    </message>
    <message>
        <source>save the quiz</source>
        <translation>salvare il quiz</translation>
    </message>
    <message>
        <source>list the courses</source>
        <translation>elencare i corsi</translation>
    </message>
    <message>
        <source>load the course</source>
        <translation>caricare il corso</translation>
    </message>
    <message>
        <source>load the lesson</source>
        <translation>caricare la lezione</translation>
    </message>
    <message>
        <source>load the quiz</source>
        <translation>caricare il quiz</translation>
    </message>
    <message>
        <source>read the lesson state</source>
        <translation>leggere lo stato della lezione</translation>
    </message>
    <message>
        <source>save the lesson state</source>
        <translation>salvare lo stato della lezione</translation>
    </message>
    <message>
        <source>save the course progress</source>
        <translation>salvare l&apos;avanzamento del corso</translation>
    </message>
    <message>
        <source>remove the course</source>
        <translation>rimuovere il corso</translation>
    </message>
    <message>
        <source>read the outbox</source>
        <translation>leggere la coda di invio</translation>
    </message>
    <message>
        <source>update the outbox</source>
        <translation>aggiornare la coda di invio</translation>
    </message>
    <message>
        <source>queue the change</source>
        <translation>mettere in coda la modifica</translation>
    </message>
    <message>
        <source>queue the quiz attempt</source>
        <translation>mettere in coda il tentativo del quiz</translation>
    </message>
    <message>
        <source>dismiss the action</source>
        <translation>scartare l&apos;azione</translation>
    </message>
    <message>
        <source>recover the outbox</source>
        <translation>ripristinare la coda di invio</translation>
    </message>
    <message>
        <source>The local cache is damaged: %1 row %2 has the unknown %3 &apos;%4&apos;.</source>
        <translation>La cache locale è danneggiata: la riga %2 di %1 ha il valore sconosciuto &apos;%4&apos; in %3.</translation>
    </message>
    <message>
        <source>keep the comments</source>
        <translation>conservare i commenti</translation>
    </message>
    <message>
        <source>read the comments</source>
        <translation>leggere i commenti</translation>
    </message>
    <message>
        <source>forget a comment</source>
        <translation>dimenticare un commento</translation>
    </message>
    <message>
        <source>mark comments read</source>
        <translation>segnare i commenti come letti</translation>
    </message>
    <message>
        <source>queue the comment</source>
        <translation>mettere in coda il commento</translation>
    </message>
    <message>
        <source>update the comment</source>
        <translation>aggiornare il commento</translation>
    </message>
    <message>
        <source>read the notes</source>
        <translation>leggere le note</translation>
    </message>
    <message>
        <source>save the note</source>
        <translation>salvare la nota</translation>
    </message>
    <message>
        <source>search the courses</source>
        <translation>cercare nei corsi</translation>
    </message>
    <message>
        <source>update the search index</source>
        <translation>aggiornare l&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>build the search index</source>
        <translation>creare l&apos;indice di ricerca</translation>
    </message>
    <message>
        <source>read what is new</source>
        <translation>leggere le novità</translation>
    </message>
    <message>
        <source>save what is new</source>
        <translation>salvare le novità</translation>
    </message>
    <message>
        <source>read the offline files</source>
        <translation>leggere i file offline</translation>
    </message>
    <message>
        <source>record an offline file</source>
        <translation>registrare un file offline</translation>
    </message>
    <message>
        <source>The local cache is damaged: lesson_medias holds an unknown use &apos;%1&apos;.</source>
        <translation>La cache locale è danneggiata: lesson_medias contiene un uso sconosciuto &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>read the lesson</source>
        <translation>leggere la lezione</translation>
    </message>
    <message>
        <source>remove the offline files</source>
        <translation>rimuovere i file offline</translation>
    </message>
</context>
<context>
    <name>coursedesk::CliApp</name>
    <message>
        <source>Try &apos;coursedesk-cli --help&apos;.</source>
        <translation>Prova &apos;coursedesk-cli --help&apos;.</translation>
    </message>
    <message>
        <source>CourseDesk on the command line: your courses, offline.</source>
        <translation>CourseDesk dalla riga di comando: i tuoi corsi, offline.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questo aiuto.</translation>
    </message>
    <message>
        <source>Show the version.</source>
        <translation>Mostra la versione.</translation>
    </message>
    <message>
        <source>Keep accounts and caches in &lt;dir&gt;.</source>
        <translation>Conserva account e cache in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>The account to use (may be left out when there is one).</source>
        <translation>L&apos;account da usare (si può omettere se ce n&apos;è uno solo).</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Stampa un documento JSON sullo standard output.</translation>
    </message>
    <message>
        <source>quiz: the answer ids for one question.</source>
        <translation>quiz: gli id delle risposte a una domanda.</translation>
    </message>
    <message>
        <source>pending: drop the rejected action &lt;id&gt;.</source>
        <translation>pending: scarta l&apos;azione rifiutata &lt;id&gt;.</translation>
    </message>
    <message>
        <source>Never touch the network.</source>
        <translation>Non usare mai la rete.</translation>
    </message>
    <message>
        <source>account add: the server&apos;s address.</source>
        <translation>account add: l&apos;indirizzo del server.</translation>
    </message>
    <message>
        <source>Read an access token from standard input.</source>
        <translation>Legge un token di accesso dallo standard input.</translation>
    </message>
    <message>
        <source>Sign in as &lt;user&gt;.</source>
        <translation>Accedi come &lt;user&gt;.</translation>
    </message>
    <message>
        <source>Read the password from standard input.</source>
        <translation>Legge la password dallo standard input.</translation>
    </message>
    <message>
        <source>sync: only this course.</source>
        <translation>sync: solo questo corso.</translation>
    </message>
    <message>
        <source>dashboard: quiz results instead of learners.</source>
        <translation>dashboard: risultati dei quiz invece degli studenti.</translation>
    </message>
    <message>
        <source>dashboard: write CSV to &lt;file&gt;.</source>
        <translation>dashboard: scrive il CSV in &lt;file&gt;.</translation>
    </message>
    <message>
        <source>What to do (see Commands).</source>
        <translation>Cosa fare (vedi Comandi).</translation>
    </message>
    <message>
        <source>no command given.</source>
        <translation>nessun comando indicato.</translation>
    </message>
    <message>
        <source>account add needs --server URL.</source>
        <translation>account add richiede --server URL.</translation>
    </message>
    <message>
        <source>ids are positive whole numbers.</source>
        <translation>gli id sono numeri interi positivi.</translation>
    </message>
    <message>
        <source>sync takes no arguments; use --course ID.</source>
        <translation>sync non accetta argomenti; usa --course ID.</translation>
    </message>
    <message>
        <source>dashboard takes one course id.</source>
        <translation>dashboard accetta un solo id di corso.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;.</source>
        <translation>comando sconosciuto &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; expects %2 id arguments.</source>
        <translation>&apos;%1&apos; richiede %2 id come argomenti.</translation>
    </message>
    <message>
        <source>quiz needs one --answer QID=AID[,AID] per question.</source>
        <translation>quiz richiede un --answer QID=AID[,AID] per ogni domanda.</translation>
    </message>
    <message>
        <source>--dismiss takes the id of a rejected action.</source>
        <translation>--dismiss accetta l&apos;id di un&apos;azione rifiutata.</translation>
    </message>
    <message>
        <source>The sample course is ready in the account &apos;%1&apos;. Try: coursedesk-cli outline 1</source>
        <translation>Il corso di esempio è pronto nell&apos;account &apos;%1&apos;. Prova: coursedesk-cli outline 1</translation>
    </message>
    <message>
        <source>Lesson %1 completed.</source>
        <translation>Lezione %1 completata.</translation>
    </message>
    <message>
        <source>Lesson %1 marked not completed.</source>
        <translation>Lezione %1 segnata come non completata.</translation>
    </message>
    <message>
        <source>No access token on standard input.</source>
        <translation>Nessun token di accesso sullo standard input.</translation>
    </message>
    <message>
        <source>No saved sign-in for &apos;%1&apos;: sign in again with --token-stdin, or --username USER --password-stdin. Your queued actions are kept.</source>
        <translation>Nessun accesso salvato per &apos;%1&apos;: accedi di nuovo con --token-stdin, oppure --username USER --password-stdin. Le azioni in coda vengono conservate.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid account name.</source>
        <translation>&apos;%1&apos; non è un nome di account valido.</translation>
    </message>
    <message>
        <source>--offline: signing in needs the network.</source>
        <translation>--offline: per accedere serve la rete.</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; added: %2 on %3.</source>
        <translation>Account &apos;%1&apos; aggiunto: %2 su %3.</translation>
    </message>
    <message>
        <source>No accounts yet.</source>
        <translation>Ancora nessun account.</translation>
    </message>
    <message>
        <source>(on this computer)</source>
        <translation>(su questo computer)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Attenzione: %1</translation>
    </message>
    <message>
        <source>Account &apos;%1&apos; removed.</source>
        <translation>Account &apos;%1&apos; rimosso.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: there is nothing to sync.</source>
        <translation>&apos;%1&apos; esiste solo su questo computer: non c&apos;è nulla da sincronizzare.</translation>
    </message>
    <message>
        <source>Pulled %1 course(s), %2 lesson(s); sent %3, rejected %4, pending %5.</source>
        <translation>Scaricati corsi: %1, lezioni: %2; inviate %3, rifiutate %4, in attesa %5.</translation>
    </message>
    <message>
        <source>Rejected: %1 lesson %2: %3</source>
        <translation>Rifiutata: %1 lezione %2: %3</translation>
    </message>
    <message>
        <source>The server no longer accepts the sign-in of &apos;%1&apos;: sign in again. Nothing was lost.</source>
        <translation>Il server non accetta più l&apos;accesso di &apos;%1&apos;: accedi di nuovo. Non è andato perso nulla.</translation>
    </message>
    <message>
        <source>Sync stopped: %1 Queued actions are kept.</source>
        <translation>Sincronizzazione interrotta: %1 Le azioni in coda vengono conservate.</translation>
    </message>
    <message>
        <source>The dashboard comes from the server; it needs the network and a server account.</source>
        <translation>La dashboard proviene dal server; servono la rete e un account sul server.</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>Righe scritte in %2: %1.</translation>
    </message>
    <message>
        <source>account add: sign in in a web browser.</source>
        <translation>account add: accede tramite un browser web.</translation>
    </message>
    <message>
        <source>account add --browser: wait at most &lt;secs&gt; for the browser.</source>
        <translation>account add --browser: attende la risposta del browser al massimo &lt;secs&gt; secondi.</translation>
    </message>
    <message>
        <source>account signout/remove: discard queued actions.</source>
        <translation>account signout/remove: scarta le azioni in coda.</translation>
    </message>
    <message>
        <source>--browser-timeout takes seconds, from 1 to 3600.</source>
        <translation>--browser-timeout accetta un numero di secondi, da 1 a 3600.</translation>
    </message>
    <message>
        <source>account add needs one of --browser, --token-stdin, or --username USER with --password-stdin.</source>
        <translation>account add richiede uno tra --browser, --token-stdin oppure --username USER con --password-stdin.</translation>
    </message>
    <message>
        <source>use &apos;account add NAME …&apos;, &apos;account list&apos;, &apos;account signout NAME&apos; or &apos;account remove NAME&apos;.</source>
        <translation>usa &apos;account add NAME …&apos;, &apos;account list&apos;, &apos;account signout NAME&apos; o &apos;account remove NAME&apos;.</translation>
    </message>
    <message>
        <source>Open this address in your browser to sign in (waiting for its answer on this computer):</source>
        <translation>Apri questo indirizzo nel browser per accedere (la risposta è attesa su questo computer):</translation>
    </message>
    <message>
        <source>Signed out of &apos;%1&apos;.</source>
        <translation>Uscita dall&apos;account &apos;%1&apos; completata.</translation>
    </message>
    <message>
        <source>Course %1: %2</source>
        <translation>Corso %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of &apos;%1&apos; are not sent yet. Run &apos;sync&apos; first, or remove with --discard to lose them.</source>
        <translation>
            <numerusform>%n azione di &apos;%1&apos; non è ancora stata inviata. Esegui prima &apos;sync&apos;, oppure rimuovi l&apos;account con --discard per perderla.</numerusform>
            <numerusform>%n azioni di &apos;%1&apos; non sono ancora state inviate. Esegui prima &apos;sync&apos;, oppure rimuovi l&apos;account con --discard per perderle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) of &apos;%1&apos; are kept: they are sent after you sign in again (or drop them with &apos;account signout %1 --discard&apos;).</source>
        <translation>
            <numerusform>%n azione di &apos;%1&apos; è conservata: verrà inviata quando accederai di nuovo (oppure scartala con &apos;account signout %1 --discard&apos;).</numerusform>
            <numerusform>%n azioni di &apos;%1&apos; sono conservate: verranno inviate quando accederai di nuovo (oppure scartale con &apos;account signout %1 --discard&apos;).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n queued action(s) discarded.</source>
        <translation>
            <numerusform>%n azione in coda scartata.</numerusform>
            <numerusform>%n azioni in coda scartate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>--offline: nothing sent; %n action(s) stay queued.</source>
        <translation>
            <numerusform>--offline: nulla inviato; %n azione resta in coda.</numerusform>
            <numerusform>--offline: nulla inviato; %n azioni restano in coda.</numerusform>
        </translation>
    </message>
    <message>
        <source>account add: the client ID your community registered for CourseDesk.</source>
        <translation>account add: l&apos;ID client che la tua comunità ha registrato per CourseDesk.</translation>
    </message>
    <message>
        <source>account add --browser: the fixed port of the registered redirect URI.</source>
        <translation>account add --browser: la porta fissa dell&apos;URI di reindirizzamento registrato.</translation>
    </message>
    <message>
        <source>--redirect-port takes a port from %1 to 65535.</source>
        <translation>--redirect-port accetta una porta da %1 a 65535.</translation>
    </message>
    <message>
        <source>Could not write to the local cache: %1 Queued actions are kept.</source>
        <translation>Impossibile scrivere nella cache locale: %1 Le azioni in coda sono conservate.</translation>
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
        <translation>Comandi:
  sample                         crea (o apre) l&apos;account locale con il corso di esempio incluso
  courses                        elenca i corsi con il loro avanzamento
  outline COURSE                 sezioni e lezioni, con lo stato di blocco
  complete COURSE LESSON         segna una lezione come completata
  incomplete COURSE LESSON       segna una lezione come non completata
  quiz COURSE LESSON --answer QID=AID[,AID] …
                                 invia un tentativo di quiz, un --answer per domanda
  progress COURSE                lezioni completate e totali, percentuale
  pending [--dismiss ID]         azioni non ancora accettate dal server; scarta un&apos;azione rifiutata
  account add NAME --server URL (--browser | --token-stdin | --username USER --password-stdin)
                [--client-id ID] [--redirect-port PORT]
                                 accede a un server; i token vanno nel portachiavi di sistema. --browser stampa
                                 su stderr un indirizzo da aprire in un browser e ne attende la risposta
                                 (--browser-timeout SECS, predefinito 300). --client-id e --redirect-port: come
                                 l&apos;amministratore della tua comunità ha registrato CourseDesk (salvati con l&apos;account)
  account list                   gli account
  account signout NAME [--discard]  dimentica i token dell&apos;account; le azioni in coda restano per il prossimo
                                 accesso (ne viene stampato il numero), a meno di --discard
  account remove NAME [--discard]  esce e dimentica l&apos;account (rifiutato se ci sono azioni in coda,
                                 a meno di --discard)
  sync [--course ID]             invia le azioni in coda, poi scarica i corsi per l&apos;uso offline
  dashboard COURSE [--quiz] [--csv FILE]
                                 avanzamento degli studenti (o risultati dei quiz) per autori e gestori
  comments COURSE LESSON         i commenti di una lezione, in thread, letti dal server (offline: quelli
                                 conservati su questo computer), con i tuoi commenti in attesa o rifiutati
  comment COURSE LESSON TEXT [--reply-to ID]
                                 scrive un commento (o una risposta al commento ID); in coda, inviato da &apos;sync&apos;
Globale: --offline non usa mai la rete.
Codici di uscita: 0 ok, 1 uso errato, 2 rifiutato (bloccato, id sconosciuto, risposte non valide),
3 errore di rete o di accesso (le azioni restano in coda), 4 il server ha rifiutato alcune azioni,
5 la cache locale non può essere letta o scritta (le azioni restano in coda).</translation>
    </message>
    <message>
        <source>comment: answer the comment &lt;id&gt;.</source>
        <translation>comment: risponde al commento &lt;id&gt;.</translation>
    </message>
    <message>
        <source>comment takes a course id, a lesson id and the text.</source>
        <translation>comment vuole l&apos;id di un corso, l&apos;id di una lezione e il testo.</translation>
    </message>
    <message>
        <source>comments takes a course id and a lesson id.</source>
        <translation>comments vuole l&apos;id di un corso e l&apos;id di una lezione.</translation>
    </message>
    <message>
        <source>--reply-to takes the id of a comment (with &apos;comment&apos;).</source>
        <translation>--reply-to vuole l&apos;id di un commento (con &apos;comment&apos;).</translation>
    </message>
    <message>
        <source>The sample course has no comments.</source>
        <translation>Il corso di esempio non ha commenti.</translation>
    </message>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Il corso %1 non ha la lezione %2.</translation>
    </message>
    <message>
        <source>Showing the comments kept on this computer.</source>
        <translation>Vengono mostrati i commenti conservati su questo computer.</translation>
    </message>
    <message>
        <source>No comments yet.</source>
        <translation>Ancora nessun commento.</translation>
    </message>
    <message>
        <source>Comment queued (action %1); &apos;coursedesk-cli sync&apos; sends it.</source>
        <translation>Commento in coda (azione %1); &apos;coursedesk-cli sync&apos; lo invia.</translation>
    </message>
    <message>
        <source>[refused: %1; entry %2 keeps the text: &apos;pending --dismiss %2&apos; drops it]</source>
        <translation>[rifiutato: %1; l&apos;azione %2 conserva il testo: &apos;pending --dismiss %2&apos; la scarta]</translation>
    </message>
    <message>
        <source>[to be deleted at the next sync]</source>
        <translation>[da eliminare alla prossima sincronizzazione]</translation>
    </message>
    <message>
        <source>[pending: sent at the next sync]</source>
        <translation>[in attesa: inviato alla prossima sincronizzazione]</translation>
    </message>
    <message>
        <source>Search, notes and bookmarks (offline):
  search QUERY [--course ID]     find lessons, quiz texts, attachments and notes (every word is a prefix,
                                 accents do not matter)
  note COURSE LESSON [TEXT | --clear]
                                 show, write or clear your note on a lesson
  bookmark COURSE LESSON [--remove]  star a lesson (or remove the star)
  notes [--markdown]             every note and bookmark; --markdown: as one Markdown document</source>
        <translation>Ricerca, note e segnalibri (offline):
  search QUERY [--course ID]     cerca lezioni, testi dei quiz, allegati e note (ogni parola è un prefisso,
                                 gli accenti non contano)
  note COURSE LESSON [TEXT | --clear]
                                 mostra, scrive o cancella la Sua nota su una lezione
  bookmark COURSE LESSON [--remove]  aggiunge una stella alla lezione (o la toglie)
  notes [--markdown]             tutte le note e i segnalibri; --markdown: come un unico documento Markdown</translation>
    </message>
    <message>
        <source>note: remove the note.</source>
        <translation>note: rimuove la nota.</translation>
    </message>
    <message>
        <source>bookmark: remove the star.</source>
        <translation>bookmark: toglie la stella.</translation>
    </message>
    <message>
        <source>notes: print one Markdown document.</source>
        <translation>notes: stampa un unico documento Markdown.</translation>
    </message>
    <message>
        <source>search needs the words to look for.</source>
        <translation>search richiede le parole da cercare.</translation>
    </message>
    <message>
        <source>search takes only --course and --json.</source>
        <translation>search accetta solo --course e --json.</translation>
    </message>
    <message>
        <source>notes takes no arguments; use --markdown or --json.</source>
        <translation>notes non accetta argomenti; usi --markdown o --json.</translation>
    </message>
    <message>
        <source>notes: choose --markdown or --json.</source>
        <translation>notes: scelga --markdown o --json.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a course id and a lesson id.</source>
        <translation>&apos;%1&apos; richiede l&apos;id di un corso e l&apos;id di una lezione.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes no --course or --markdown.</source>
        <translation>&apos;%1&apos; non accetta --course né --markdown.</translation>
    </message>
    <message>
        <source>bookmark takes a course id and a lesson id, and --remove to take the star away.</source>
        <translation>bookmark richiede l&apos;id di un corso e l&apos;id di una lezione, e --remove per togliere la stella.</translation>
    </message>
    <message>
        <source>note: give the text or --clear, not both.</source>
        <translation>note: indichi il testo oppure --clear, non entrambi.</translation>
    </message>
    <message>
        <source>Nothing found for &apos;%1&apos;.</source>
        <translation>Nessun risultato per &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>(course %1, lesson %2)</source>
        <translation>(corso %1, lezione %2)</translation>
    </message>
    <message>
        <source>removed from the course</source>
        <translation>rimossa dal corso</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>bloccata: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s).</source>
        <translation>
            <numerusform>%n risultato.</numerusform>
            <numerusform>%n risultati.</numerusform>
        </translation>
    </message>
    <message>
        <source>The note on lesson %1 is removed.</source>
        <translation>La nota sulla lezione %1 è stata rimossa.</translation>
    </message>
    <message>
        <source>Note saved on lesson %1.</source>
        <translation>Nota salvata sulla lezione %1.</translation>
    </message>
    <message>
        <source>No note on lesson %1.</source>
        <translation>Nessuna nota sulla lezione %1.</translation>
    </message>
    <message>
        <source>Lesson %1 is bookmarked.</source>
        <translation>La lezione %1 è tra i segnalibri.</translation>
    </message>
    <message>
        <source>Lesson %1 is no longer bookmarked.</source>
        <translation>La lezione %1 non è più tra i segnalibri.</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet. Add one with: coursedesk-cli note COURSE LESSON TEXT</source>
        <translation>Ancora nessuna nota né segnalibro. Ne aggiunga una con: coursedesk-cli note CORSO LEZIONE TESTO</translation>
    </message>
    <message numerus="yes">
        <source>%1  %2: %3, %n file(s)</source>
        <translation>
            <numerusform>%1  %2: %3, %n file</numerusform>
            <numerusform>%1  %2: %3, %n file</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n missing</source>
        <translation>
            <numerusform>, %n mancante</numerusform>
            <numerusform>, %n mancanti</numerusform>
        </translation>
    </message>
    <message>
        <source> (downloads removed)</source>
        <translation> (download rimossi)</translation>
    </message>
    <message>
        <source>Total: %1 in %2</source>
        <translation>Totale: %1 in %2</translation>
    </message>
    <message>
        <source>not downloaded yet</source>
        <translation>non ancora scaricato</translation>
    </message>
    <message>
        <source>This lesson has not been downloaded yet; it will be after the next sync.</source>
        <translation>Questa lezione non è ancora stata scaricata; lo sarà dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Files and links:</source>
        <translation>File e link:</translation>
    </message>
    <message>
        <source>%1 (link): %2</source>
        <translation>%1 (link): %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>%1: missing: %2</source>
        <translation>%1: mancante: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; lives on this computer only: there is nothing to download.</source>
        <translation>&apos;%1&apos; esiste solo su questo computer: non c&apos;è niente da scaricare.</translation>
    </message>
    <message>
        <source>--offline: nothing downloaded.</source>
        <translation>--offline: non è stato scaricato niente.</translation>
    </message>
    <message numerus="yes">
        <source>Course %1: %n file(s) downloaded</source>
        <translation>
            <numerusform>Corso %1: %n file scaricato</numerusform>
            <numerusform>Corso %1: %n file scaricati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n already up to date</source>
        <translation>
            <numerusform>, %n già aggiornato</numerusform>
            <numerusform>, %n già aggiornati</numerusform>
        </translation>
    </message>
    <message>
        <source>; %1 on disk.</source>
        <translation>; %1 sul disco.</translation>
    </message>
    <message>
        <source>Missing: %1</source>
        <translation>Mancante: %1</translation>
    </message>
    <message>
        <source>Offline files:
  download COURSE                sync the course and download its pictures and attachments for offline use
                                 (again after &apos;Remove downloads&apos;); files already here are only validated
  storage                        per account and course: bytes on disk, files downloaded, files missing
  lesson COURSE LESSON           the lesson&apos;s text as plain text, its attachments and links, and the local
                                 file of each picture and attachment (or why it is missing)
Files: at most 25 MB each and 500 MB per course, from the course&apos;s server or https:// sites only.</source>
        <translation>File offline:
  download CORSO                 sincronizza il corso e scarica le sue immagini e i suoi allegati per l&apos;uso
                                 offline (di nuovo dopo &apos;Rimuovi download&apos;); i file già presenti sono solo verificati
  storage                        per account e corso: byte su disco, file scaricati, file mancanti
  lesson CORSO LEZIONE           il testo della lezione come testo semplice, i suoi allegati e link, e il file
                                 locale di ogni immagine e allegato (o perché manca)
File: al massimo 25 MB ciascuno e 500 MB per corso, solo dal server del corso o da siti https://.</translation>
    </message>
    <message>
        <source>Account %1:</source>
        <translation>Account %1:</translation>
    </message>
</context>
<context>
    <name>coursedesk::CliFormat</name>
    <message>
        <source>No courses yet.</source>
        <translation>Ancora nessun corso.</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nulla in attesa di invio.</translation>
    </message>
    <message>
        <source>Submitted — graded when you are back online.</source>
        <translation>Inviato: verrà valutato quando tornerai online.</translation>
    </message>
    <message>
        <source>Passed: grade %1 (passing grade %2), %3 of %4 questions right.</source>
        <translation>Superato: voto %1 (minimo %2), %3 domande giuste su %4.</translation>
    </message>
    <message>
        <source>Not passed: grade %1 (passing grade %2), %3 of %4 questions right.</source>
        <translation>Non superato: voto %1 (minimo %2), %3 domande giuste su %4.</translation>
    </message>
    <message>
        <source>&apos;--answer %1&apos; is not of the form QUESTION=ANSWER[,ANSWER] with numeric ids.</source>
        <translation>&apos;--answer %1&apos; non ha la forma DOMANDA=RISPOSTA[,RISPOSTA] con id numerici.</translation>
    </message>
    <message>
        <source>(quiz)</source>
        <translation>(quiz)</translation>
    </message>
    <message>
        <source>(draft)</source>
        <translation>(bozza)</translation>
    </message>
    <message>
        <source>%1  %2 lesson %3 of course %4  %5</source>
        <translation>%1  %2 lezione %3 del corso %4  %5</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentInbox</name>
    <message>
        <source>Send &amp;reply</source>
        <translation>Invia &amp;risposta</translation>
    </message>
    <message>
        <source>&amp;Open the lesson</source>
        <translation>&amp;Apri la lezione</translation>
    </message>
    <message>
        <source>Your reply</source>
        <translation>La tua risposta</translation>
    </message>
    <message>
        <source>Answer the selected comment</source>
        <translation>Rispondi al commento selezionato</translation>
    </message>
    <message>
        <source>The comments could not be read from the server (%1); these are the ones kept on this computer.</source>
        <translation>Non è stato possibile leggere i commenti dal server (%1); questi sono quelli conservati su questo computer.</translation>
    </message>
    <message>
        <source>No comments in this course yet.</source>
        <translation>Ancora nessun commento in questo corso.</translation>
    </message>
    <message>
        <source>Your reply waits for the next sync.</source>
        <translation>La tua risposta attende la prossima sincronizzazione.</translation>
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
        <translation>Da</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentMapping</name>
    <message>
        <source>comment</source>
        <translation>commento</translation>
    </message>
    <message>
        <source>parent comment</source>
        <translation>commento padre</translation>
    </message>
    <message>
        <source>answered comment</source>
        <translation>commento a cui si risponde</translation>
    </message>
    <message>
        <source>author</source>
        <translation>autore</translation>
    </message>
    <message>
        <source>reply</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>extras</source>
        <translation>extras</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sezione</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lezione</translation>
    </message>
    <message>
        <source>is not a comment id</source>
        <translation>non è un id di commento</translation>
    </message>
    <message>
        <source>%1: a reply is not an object</source>
        <translation>%1: una risposta non è un oggetto</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentSync</name>
    <message>
        <source>Comments of &apos;%1&apos; not updated: %2</source>
        <translation>Commenti di &apos;%1&apos; non aggiornati: %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::CommentsView</name>
    <message>
        <source>Show more comments</source>
        <translation>Mostra altri commenti</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>&amp;Send comment</source>
        <translation>&amp;Invia commento</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Your comment</source>
        <translation>Il tuo commento</translation>
    </message>
    <message>
        <source>Write a comment or a question about this lesson</source>
        <translation>Scrivi un commento o una domanda su questa lezione</translation>
    </message>
    <message>
        <source>Comments could not be read from the server (%1); these are the ones kept on this computer.</source>
        <translation>Non è stato possibile leggere i commenti dal server (%1); questi sono quelli conservati su questo computer.</translation>
    </message>
    <message>
        <source>not accepted by the server: %1</source>
        <translation>non accettato dal server: %1</translation>
    </message>
    <message>
        <source>Copy the text</source>
        <translation>Copia il testo</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Invia di nuovo</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Scarta</translation>
    </message>
    <message>
        <source>pending: deleted at the next sync</source>
        <translation>in attesa: eliminato alla prossima sincronizzazione</translation>
    </message>
    <message>
        <source>pending: sent at the next sync</source>
        <translation>in attesa: inviato alla prossima sincronizzazione</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Ritira</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Rispondi</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>No comments yet. Ask a question or share a thought below.</source>
        <translation>Ancora nessun commento. Fai una domanda o condividi un pensiero qui sotto.</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Commenti (%1)</translation>
    </message>
    <message>
        <source>Replying to %1</source>
        <translation>Risposta a %1</translation>
    </message>
    <message>
        <source>Changing your comment</source>
        <translation>Modifica del tuo commento</translation>
    </message>
    <message>
        <source>The comment&apos;s text is on the clipboard.</source>
        <translation>Il testo del commento è negli appunti.</translation>
    </message>
    <message>
        <source>Your comment waits for the next sync.</source>
        <translation>Il tuo commento attende la prossima sincronizzazione.</translation>
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
        <translation>Studenti</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completamento</translation>
    </message>
    <message>
        <source>No learners have joined this course yet.</source>
        <translation>Nessuno studente si è ancora iscritto a questo corso.</translation>
    </message>
    <message>
        <source>Average completion: %1 % over the %2 most recently joined of %3 learners.</source>
        <translation>Completamento medio: %1 % sui %2 studenti iscritti più di recente, su %3 in totale.</translation>
    </message>
    <message numerus="yes">
        <source>Average completion: %1 % over %n learner(s).</source>
        <translation>
            <numerusform>Completamento medio: %1 % su %n studente.</numerusform>
            <numerusform>Completamento medio: %1 % su %n studenti.</numerusform>
        </translation>
    </message>
    <message>
        <source>Average completion: %1 % over all %2 learners (the chart shows the %3 most recently joined).</source>
        <translation>Completamento medio: %1 % su tutti i %2 studenti (il grafico mostra i %3 iscritti più di recente).</translation>
    </message>
</context>
<context>
    <name>coursedesk::ContentSniff</name>
    <message>
        <source>it is not a picture</source>
        <translation>non è un&apos;immagine</translation>
    </message>
    <message>
        <source>the server calls it %1, but it is %2</source>
        <translation>il server lo chiama %1, ma è %2</translation>
    </message>
    <message>
        <source>the server calls it %1, but its contents are %2</source>
        <translation>il server lo chiama %1, ma il contenuto è %2</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>altro</translation>
    </message>
    <message>
        <source>it is a web page, not a file</source>
        <translation>è una pagina web, non un file</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseHomePanel</name>
    <message>
        <source>Your notes in this course</source>
        <translation>Le Sue note in questo corso</translation>
    </message>
    <message>
        <source>Your notes in this course:</source>
        <translation>Le Sue note in questo corso:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continua</translation>
    </message>
    <message>
        <source>No course selected</source>
        <translation>Nessun corso selezionato</translation>
    </message>
    <message>
        <source>No cover picture in the cache</source>
        <translation>Nessuna immagine di copertina nella cache</translation>
    </message>
    <message>
        <source>This course has no description.</source>
        <translation>Questo corso non ha una descrizione.</translation>
    </message>
    <message>
        <source>%1 of %2 lessons completed (%3 %)</source>
        <translation>%1 di %2 lezioni completate (%3 %)</translation>
    </message>
    <message>
        <source>Continue: %1</source>
        <translation>Continua: %1</translation>
    </message>
    <message>
        <source>Nothing open is left to do</source>
        <translation>Non resta nulla di aperto da fare</translation>
    </message>
    <message>
        <source>No lesson is locked.</source>
        <translation>Nessuna lezione è bloccata.</translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) locked.</source>
        <translation>
            <numerusform>%n lezione bloccata.</numerusform>
            <numerusform>%n lezioni bloccate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The next one opens: %1.</source>
        <translation>La prossima si apre: %1.</translation>
    </message>
    <message>
        <source>No notes in this course yet.</source>
        <translation>Ancora nessuna nota in questo corso.</translation>
    </message>
    <message>
        <source>Course picture</source>
        <translation>Immagine del corso</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseListModel</name>
    <message>
        <source>You teach this course</source>
        <translation>Insegni in questo corso</translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation>
            <numerusform>%n novità</numerusform>
            <numerusform>%n novità</numerusform>
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
        <translation>Download annullato; ciò che è arrivato viene conservato.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded; %n file(s) missing (see the lessons).</source>
        <translation>
            <numerusform>Scaricato; manca %n file (vedere le lezioni).</numerusform>
            <numerusform>Scaricato; mancano %n file (vedere le lezioni).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded.</source>
        <translation>Scaricato.</translation>
    </message>
    <message>
        <source>&amp;Download for offline</source>
        <translation>&amp;Scarica per l&apos;uso offline</translation>
    </message>
    <message>
        <source>Checking the course&apos;s files…</source>
        <translation>Controllo dei file del corso…</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Annulla download</translation>
    </message>
    <message>
        <source>&amp;Remove downloads</source>
        <translation>&amp;Rimuovi download</translation>
    </message>
    <message>
        <source>Removed; %1 freed. The course&apos;s texts, progress and queued actions stay.</source>
        <translation>Rimossi; %1 liberati. I testi, i progressi e le azioni in coda del corso restano.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseSession</name>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Il corso %1 non ha la lezione %2.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a quiz: it is completed by passing it, not by marking it.</source>
        <translation>&apos;%1&apos; è un quiz: si completa superandolo, non segnandolo.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseStore</name>
    <message>
        <source>There is no course %1 in this account.</source>
        <translation>In questo account non c&apos;è il corso %1.</translation>
    </message>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Il corso %1 non ha la lezione %2.</translation>
    </message>
    <message>
        <source>The lesson was removed from the course on the server.</source>
        <translation>La lezione è stata rimossa dal corso sul server.</translation>
    </message>
    <message>
        <source>There is no lesson %1 in this account.</source>
        <translation>In questo account non c&apos;è la lezione %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CourseTotals</name>
    <message>
        <source>Only the creators and managers of this course can see its totals.</source>
        <translation>Solo gli autori e i gestori di questo corso possono vederne i totali.</translation>
    </message>
    <message>
        <source>The course&apos;s totals have not been read on this computer yet.</source>
        <translation>I totali del corso non sono ancora stati letti su questo computer.</translation>
    </message>
    <message>
        <source>Your sign-in has expired.</source>
        <translation>Il tuo accesso è scaduto.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Il server non è raggiungibile.</translation>
    </message>
</context>
<context>
    <name>coursedesk::CredentialStore</name>
    <message>
        <source>The system keychain is not available (%1).</source>
        <translation>Il portachiavi di sistema non è disponibile (%1).</translation>
    </message>
    <message>
        <source>The system keychain did not answer in time.</source>
        <translation>Il portachiavi di sistema non ha risposto in tempo.</translation>
    </message>
</context>
<context>
    <name>coursedesk::Dashboard</name>
    <message>
        <source>Only the creators and managers of this course can see its dashboard.</source>
        <translation>Solo gli autori e i gestori di questo corso possono vederne la dashboard.</translation>
    </message>
    <message>
        <source>You are offline.</source>
        <translation>Sei offline.</translation>
    </message>
    <message>
        <source>You are offline and this page was never downloaded.</source>
        <translation>Sei offline e questa pagina non è mai stata scaricata.</translation>
    </message>
    <message>
        <source>No completion figures were downloaded before.</source>
        <translation>Nessun dato di completamento è stato scaricato in precedenza.</translation>
    </message>
    <message>
        <source>Exporting the whole list needs the server; you are offline.</source>
        <translation>Per esportare l&apos;intero elenco serve il server; sei offline.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to see the latest figures.</source>
        <translation>Il tuo accesso è scaduto. Accedi di nuovo per vedere i dati più recenti.</translation>
    </message>
    <message>
        <source>The server could not give the dashboard.</source>
        <translation>Il server non ha potuto fornire la dashboard.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Non è stato possibile raggiungere il server.</translation>
    </message>
</context>
<context>
    <name>coursedesk::DashboardCsv</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::DashboardWidget</name>
    <message>
        <source>Export CSV</source>
        <translation>Esporta CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>File CSV (*.csv);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ggiorna</translation>
    </message>
    <message>
        <source>Search learners by name</source>
        <translation>Cerca studenti per nome</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Studenti</translation>
    </message>
    <message>
        <source>Search by learner or quiz</source>
        <translation>Cerca per studente o quiz</translation>
    </message>
    <message>
        <source>Quiz results</source>
        <translation>Risultati dei quiz</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completamento</translation>
    </message>
    <message>
        <source>Only the creators and managers of this course can see its dashboard.</source>
        <translation>Solo gli autori e i gestori di questo corso possono vederne la dashboard.</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Esporta CSV…</translation>
    </message>
    <message>
        <source>No course is open.</source>
        <translation>Nessun corso aperto.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Non è stato esportato nulla: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) exported to %1.</source>
        <translation>
            <numerusform>%n riga esportata in %1.</numerusform>
            <numerusform>%n righe esportate in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Esportazione…</translation>
    </message>
    <message>
        <source>Exporting… %1 of %2 rows</source>
        <translation>Esportazione… %1 di %2 righe</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Sign in to update the dashboard</source>
        <translation>Accedi per aggiornare la dashboard</translation>
    </message>
    <message>
        <source>Quiz attempts are listed newest first; the server cannot order them by a column.</source>
        <translation>I tentativi dei quiz sono elencati dal più recente; il server non può ordinarli per colonna.</translation>
    </message>
    <message>
        <source>The server cannot order learners by %1; they can be ordered by Joined or Last active.</source>
        <translation>Il server non può ordinare i partecipanti per %1; si possono ordinare per Iscrizione o Ultima attività.</translation>
    </message>
    <message>
        <source>%1 · saved copy</source>
        <translation>%1 · copia salvata</translation>
    </message>
    <message>
        <source>Course %1</source>
        <translation>Corso %1</translation>
    </message>
    <message>
        <source>%1 - %2.csv</source>
        <translation>%1 - %2.csv</translation>
    </message>
    <message>
        <source>learners</source>
        <translation>partecipanti</translation>
    </message>
    <message>
        <source>quiz results</source>
        <translation>risultati dei quiz</translation>
    </message>
    <message>
        <source>saved copy</source>
        <translation>copia salvata</translation>
    </message>
    <message>
        <source>Show members</source>
        <translation>Mostra i membri</translation>
    </message>
    <message>
        <source>All members</source>
        <translation>Tutti i membri</translation>
    </message>
    <message>
        <source>Creators and managers</source>
        <translation>Autori e gestori</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitati</translation>
    </message>
    <message>
        <source>Asking to join</source>
        <translation>Chiedono di iscriversi</translation>
    </message>
    <message>
        <source>Waiting for payment</source>
        <translation>In attesa di pagamento</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Commenti</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Commenti (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s) · average completion %1 %</source>
        <translation>
            <numerusform>%n studente · completamento medio %1 %</numerusform>
            <numerusform>%n studenti · completamento medio %1 %</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n learner(s)</source>
        <translation>
            <numerusform>%n studente</numerusform>
            <numerusform>%n studenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::FetchRule</name>
    <message>
        <source>it is not a web address</source>
        <translation>non è un indirizzo web</translation>
    </message>
    <message>
        <source>CourseDesk fetches files from web addresses only, not from %1: addresses</source>
        <translation>CourseDesk scarica file solo da indirizzi web, non da indirizzi %1:</translation>
    </message>
    <message>
        <source>the address carries a user name or password</source>
        <translation>l&apos;indirizzo contiene un nome utente o una password</translation>
    </message>
    <message>
        <source>it points into a private network or this computer (%1)</source>
        <translation>punta a una rete privata o a questo computer (%1)</translation>
    </message>
    <message>
        <source>it is not encrypted (http://); only the course&apos;s server may be reached that way</source>
        <translation>non è cifrato (http://); solo il server del corso può essere raggiunto così</translation>
    </message>
</context>
<context>
    <name>coursedesk::FindFeatures</name>
    <message>
        <source>Search all courses…</source>
        <translation>Cerca in tutti i corsi…</translation>
    </message>
    <message>
        <source>Find in lesson</source>
        <translation>Trova nella lezione</translation>
    </message>
    <message>
        <source>Find in lesson…</source>
        <translation>Trova nella lezione…</translation>
    </message>
    <message>
        <source>Course home</source>
        <translation>Pagina del corso</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Le mie note</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nuova</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>modificata</translation>
    </message>
    <message>
        <source>open now</source>
        <translation>ora aperta</translation>
    </message>
</context>
<context>
    <name>coursedesk::FindInLesson</name>
    <message>
        <source>Find in this lesson</source>
        <translation>Trova in questa lezione</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n corrispondenza</numerusform>
            <numerusform>%n corrispondenze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::HttpTransport</name>
    <message>
        <source>&apos;%1&apos; is not a valid server address.</source>
        <translation>&apos;%1&apos; non è un indirizzo di server valido.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not encrypted: use an https:// address (plain http is allowed only for this computer, e.g. http://127.0.0.1).</source>
        <translation>&apos;%1&apos; non è cifrato: usa un indirizzo https:// (http semplice è consentito solo per questo computer, ad es. http://127.0.0.1).</translation>
    </message>
    <message>
        <source>The server&apos;s reply is larger than %1 MB; it was not read.</source>
        <translation>La risposta del server supera %1 MB; non è stata letta.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Il server non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>The server redirected to another site (%1); CourseDesk did not follow, so your sign-in was not sent there.</source>
        <translation>Il server ha reindirizzato a un altro sito (%1); CourseDesk non lo ha seguito, quindi le tue credenziali non sono state inviate lì.</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Il server ha effettuato troppi reindirizzamenti.</translation>
    </message>
    <message>
        <source>The server answered %1 %2.</source>
        <translation>Il server ha risposto %1 %2.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Il server ha risposto %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::JsonMapping</name>
    <message>
        <source>should hold objects</source>
        <translation>dovrebbe contenere oggetti</translation>
    </message>
    <message>
        <source>creator</source>
        <translation>autore</translation>
    </message>
    <message>
        <source>course %1</source>
        <translation>corso %1</translation>
    </message>
    <message>
        <source>lesson</source>
        <translation>lezione</translation>
    </message>
    <message>
        <source>section %1</source>
        <translation>sezione %1</translation>
    </message>
    <message>
        <source>section</source>
        <translation>sezione</translation>
    </message>
    <message>
        <source>should not be negative</source>
        <translation>non dovrebbe essere negativo</translation>
    </message>
    <message>
        <source>answer</source>
        <translation>risposta</translation>
    </message>
    <message>
        <source>question %1</source>
        <translation>domanda %1</translation>
    </message>
    <message>
        <source>question</source>
        <translation>domanda</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>lezione %1</translation>
    </message>
    <message>
        <source>attempt %1</source>
        <translation>tentativo %1</translation>
    </message>
    <message>
        <source>question %1 of attempt %2</source>
        <translation>domanda %1 del tentativo %2</translation>
    </message>
    <message>
        <source>course</source>
        <translation>corso</translation>
    </message>
    <message>
        <source>lists section %1 twice</source>
        <translation>elenca due volte la sezione %1</translation>
    </message>
    <message>
        <source>lists lesson %1 twice</source>
        <translation>elenca due volte la lezione %1</translation>
    </message>
    <message>
        <source>should be %1</source>
        <translation>dovrebbe essere %1</translation>
    </message>
    <message>
        <source>should be between 0 and 100 but is %1</source>
        <translation>dovrebbe essere tra 0 e 100 ma è %1</translation>
    </message>
    <message>
        <source>quiz attempt</source>
        <translation>tentativo di quiz</translation>
    </message>
    <message>
        <source>quiz_attempt of attempt %1</source>
        <translation>quiz_attempt del tentativo %1</translation>
    </message>
    <message>
        <source>media</source>
        <translation>allegato</translation>
    </message>
    <message>
        <source>should hold ids or objects</source>
        <translation>dovrebbe contenere id o oggetti</translation>
    </message>
    <message>
        <source>course dashboard</source>
        <translation>cruscotto del corso</translation>
    </message>
</context>
<context>
    <name>coursedesk::JsonReader</name>
    <message>
        <source>Unexpected data from the server: %1: field &apos;%2&apos; %3.</source>
        <translation>Dati inattesi dal server: %1: campo &apos;%2&apos; %3.</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>un booleano</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un numero</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>una stringa</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>un array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un oggetto</translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <translation>%1 in %2</translation>
    </message>
    <message>
        <source>is null</source>
        <translation>è null</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>manca</translation>
    </message>
    <message>
        <source>should be %1 but is %2</source>
        <translation>dovrebbe essere %1 ma è %2</translation>
    </message>
    <message>
        <source>should be a positive integer but is %1</source>
        <translation>dovrebbe essere un intero positivo ma è %1</translation>
    </message>
    <message>
        <source>should be an integer but is %1</source>
        <translation>dovrebbe essere un intero ma è %1</translation>
    </message>
    <message>
        <source>should be an ISO 8601 date and time but is &apos;%1&apos;</source>
        <translation>dovrebbe essere una data e ora ISO 8601 ma è &apos;%1&apos;</translation>
    </message>
    <message>
        <source>should hold positive integer ids but holds %1</source>
        <translation>dovrebbe contenere id interi positivi ma contiene %1</translation>
    </message>
    <message>
        <source>should hold objects but holds %1</source>
        <translation>dovrebbe contenere oggetti ma contiene %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::Language</name>
    <message>
        <source>Use the language &lt;code&gt; (en, it, de) instead of the system&apos;s.</source>
        <translation>Usa la lingua &lt;code&gt; (en, it, de) invece di quella di sistema.</translation>
    </message>
    <message>
        <source>There is no translation for the language &apos;%1&apos;; using English. Available: %2.</source>
        <translation>Non esiste una traduzione per la lingua &apos;%1&apos;; uso l&apos;inglese. Disponibili: %2.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnerProgress</name>
    <message>
        <source>This learner&apos;s progress cannot be read.</source>
        <translation>L&apos;avanzamento di questo studente non può essere letto.</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Sign in again to see the latest.</source>
        <translation>Il tuo accesso è scaduto. Accedi di nuovo per vedere i dati più recenti.</translation>
    </message>
    <message>
        <source>The server could not give this learner&apos;s progress.</source>
        <translation>Il server non ha potuto fornire l&apos;avanzamento di questo studente.</translation>
    </message>
    <message>
        <source>The server could not be reached.</source>
        <translation>Il server non è raggiungibile.</translation>
    </message>
    <message>
        <source>%1 This learner&apos;s progress has not been read on this computer before.</source>
        <translation>%1 L&apos;avanzamento di questo studente non è mai stato letto su questo computer.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnerProgressDialog</name>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Not open yet</source>
        <translation>Non ancora aperta</translation>
    </message>
    <message>
        <source>Not completed</source>
        <translation>Non completata</translation>
    </message>
    <message>
        <source>Export &amp;lessons as CSV…</source>
        <translation>Esporta le &amp;lezioni in CSV…</translation>
    </message>
    <message>
        <source>Export &amp;attempts as CSV…</source>
        <translation>Esporta i &amp;tentativi in CSV…</translation>
    </message>
    <message>
        <source>Progress of %1</source>
        <translation>Avanzamento di %1</translation>
    </message>
    <message>
        <source>Reading the progress of %1…</source>
        <translation>Lettura dell&apos;avanzamento di %1…</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sezione</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Risultato</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
    <message>
        <source>Quiz attempts</source>
        <translation>Tentativi di quiz</translation>
    </message>
    <message>
        <source>%1: %2 of %3 lessons completed (%4 %).</source>
        <translation>%1: %2 lezioni completate su %3 (%4 %).</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Aggiornato a %1</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superato</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnerState</name>
    <message>
        <source>Comments are written to a course platform; the sample course has none.</source>
        <translation>I commenti si scrivono su una piattaforma di corsi; il corso di esempio non ne ha.</translation>
    </message>
    <message>
        <source>This comment is already on its way to the server; change it once it has arrived.</source>
        <translation>Questo commento è già in viaggio verso il server; modificalo quando sarà arrivato.</translation>
    </message>
    <message>
        <source>There is no queued comment %1.</source>
        <translation>Non c&apos;è un commento in coda %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LearnersModel</name>
    <message>
        <source>Username</source>
        <translation>Nome utente</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation>Completamento</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Iscrizione</translation>
    </message>
    <message>
        <source>Last active</source>
        <translation>Ultima attività</translation>
    </message>
    <message>
        <source>Not counted: only learners who joined count in the completion figures.</source>
        <translation>Non conteggiato: nei dati di completamento contano solo i partecipanti iscritti.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Click to order the learners by this column (the server orders the whole list).</source>
        <translation>Fai clic per ordinare i partecipanti per questa colonna (il server ordina l&apos;intero elenco).</translation>
    </message>
    <message>
        <source>The server cannot order learners by this column: order them by Joined or Last active.</source>
        <translation>Il server non può ordinare i partecipanti per questa colonna: ordinali per Iscrizione o Ultima attività.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LessonAttachments</name>
    <message>
        <source>%1, opens in the browser (%2)</source>
        <translation>%1, si apre nel browser (%2)</translation>
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
        <translation>%1, non disponibile offline: %2</translation>
    </message>
    <message>
        <source>%1, not downloaded yet</source>
        <translation>%1, non ancora scaricato</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Allegati</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
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
        <translation>Contenuto incorporato</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>coursedesk::LessonComments</name>
    <message>
        <source>The sample course has no comments.</source>
        <translation>Il corso di esempio non ha commenti.</translation>
    </message>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Il corso %1 non ha la lezione %2.</translation>
    </message>
    <message>
        <source>Comments are written to a course platform; the sample course has none.</source>
        <translation>I commenti si scrivono su una piattaforma di corsi; il corso di esempio non ne ha.</translation>
    </message>
    <message>
        <source>Comments are turned off for &apos;%1&apos;.</source>
        <translation>I commenti sono disattivati per &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no comment %1 under this lesson here; read the lesson&apos;s comments first.</source>
        <translation>Qui non c&apos;è il commento %1 sotto questa lezione; leggi prima i commenti della lezione.</translation>
    </message>
    <message>
        <source>A comment needs some words.</source>
        <translation>Un commento ha bisogno di qualche parola.</translation>
    </message>
    <message>
        <source>Only your own comments can be changed.</source>
        <translation>Si possono modificare solo i propri commenti.</translation>
    </message>
    <message>
        <source>Only your own comments can be deleted.</source>
        <translation>Si possono eliminare solo i propri commenti.</translation>
    </message>
    <message>
        <source>Only a comment the server refused can be sent again.</source>
        <translation>Si può inviare di nuovo solo un commento rifiutato dal server.</translation>
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
        <translation>Contenuto incorporato</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Immagine</translation>
    </message>
    <message>
        <source>This picture is not available offline yet.</source>
        <translation>Questa immagine non è ancora disponibile offline.</translation>
    </message>
    <message>
        <source>CourseDesk cannot play it here.</source>
        <translation>CourseDesk non può riprodurlo qui.</translation>
    </message>
    <message>
        <source>Open it in the browser (%1)</source>
        <translation>Aprilo nel browser (%1)</translation>
    </message>
    <message>
        <source>This picture is not available offline: %1</source>
        <translation>Questa immagine non è disponibile offline: %1</translation>
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
        <translation>Vista docente</translation>
    </message>
    <message>
        <source>&amp;Previous</source>
        <translation>&amp;Precedente</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Successiva</translation>
    </message>
    <message>
        <source>Lesson title</source>
        <translation>Titolo della lezione</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Testo della lezione</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Previous lesson</source>
        <translation>Lezione precedente</translation>
    </message>
    <message>
        <source>Previous lesson (Alt+Left)</source>
        <translation>Lezione precedente (Alt+Sinistra)</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Lezione successiva</translation>
    </message>
    <message>
        <source>Next lesson (Alt+Right)</source>
        <translation>Lezione successiva (Alt+Destra)</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Invio</translation>
    </message>
    <message>
        <source>Draft: learners do not see this lesson. As an instructor you see every lesson, and nothing is locked for you.</source>
        <translation>Bozza: gli studenti non vedono questa lezione. Come docente vedi tutte le lezioni e per te nulla è bloccato.</translation>
    </message>
    <message>
        <source>Mark as incomplete</source>
        <translation>Segna come non completata</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>Segna come completata</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;i&gt;This lesson has not been downloaded yet; it will be after the next sync.&lt;/i&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;i&gt;Questa lezione non è ancora stata scaricata; lo sarà dopo la prossima sincronizzazione.&lt;/i&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>This lesson cannot be opened in this version of CourseDesk</source>
        <translation>Questa lezione non si può aprire in questa versione di CourseDesk</translation>
    </message>
    <message>
        <source>It is a kind of lesson that this version does not know yet. Open it on your course platform&apos;s website, or update CourseDesk.</source>
        <translation>È un tipo di lezione che questa versione non conosce ancora. Aprila sul sito della tua piattaforma dei corsi, oppure aggiorna CourseDesk.</translation>
    </message>
    <message>
        <source>You completed this lesson before it was locked again, and it still counts in your progress.</source>
        <translation>Hai completato questa lezione prima che venisse di nuovo bloccata, e conta ancora nei tuoi progressi.</translation>
    </message>
    <message>
        <source>You took this quiz before it was locked again; you can try again once it opens.</source>
        <translation>Hai svolto questo quiz prima che venisse di nuovo bloccato; potrai riprovare quando si apre.</translation>
    </message>
    <message>
        <source>This lesson is locked</source>
        <translation>Questa lezione è bloccata</translation>
    </message>
    <message>
        <source>&amp;Open &apos;%1&apos;</source>
        <translation>Ap&amp;ri &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Open &apos;%1&apos;</source>
        <translation>Apri &apos;%1&apos;</translation>
    </message>
    <message>
        <source>This link points to a page of the course&apos;s website that CourseDesk cannot open: %1</source>
        <translation>Questo link rimanda a una pagina del sito del corso che CourseDesk non può aprire: %1</translation>
    </message>
    <message>
        <source>CourseDesk opens only web and e-mail links, not %1</source>
        <translation>CourseDesk apre solo link web ed e-mail, non %1</translation>
    </message>
    <message>
        <source>No web browser could be opened for %1. Copy the address and open it yourself.</source>
        <translation>Non è stato possibile aprire un browser per %1. Copia l&apos;indirizzo e aprilo tu.</translation>
    </message>
    <message>
        <source>Opened %1 in your browser.</source>
        <translation>%1 aperto nel browser.</translation>
    </message>
    <message>
        <source>No application could open %1.</source>
        <translation>Nessuna applicazione ha potuto aprire %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::LockText</name>
    <message>
        <source>Not available yet; the opening date is not known.</source>
        <translation>Non ancora disponibile; la data di apertura non è nota.</translation>
    </message>
    <message>
        <source>Available on %1 at %2</source>
        <translation>Disponibile dal %1 alle %2</translation>
    </message>
    <message>
        <source>Join this course to open its lessons.</source>
        <translation>Iscriviti a questo corso per aprirne le lezioni.</translation>
    </message>
    <message>
        <source>This lesson is a draft and not published yet.</source>
        <translation>Questa lezione è una bozza e non è ancora pubblicata.</translation>
    </message>
    <message>
        <source>Complete the earlier lessons first.</source>
        <translation>Completa prima le lezioni precedenti.</translation>
    </message>
    <message>
        <source>Pass &apos;%1&apos; first</source>
        <translation>Supera prima &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Complete &apos;%1&apos; first</source>
        <translation>Completa prima &apos;%1&apos;</translation>
    </message>
    <message>
        <source>quiz</source>
        <translation>quiz</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>bozza</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completata</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non superata</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>bloccata: %1</translation>
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
        <translation>Struttura del corso</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is now available.</source>
        <translation>&apos;%1&apos; è ora disponibile.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About CourseDesk</source>
        <translation>&amp;Informazioni su CourseDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>%1 — CourseDesk</source>
        <translation>%1 — CourseDesk</translation>
    </message>
    <message>
        <source>lesson %1</source>
        <translation>lezione %1</translation>
    </message>
    <message>
        <source>Courses</source>
        <translation>Corsi</translation>
    </message>
    <message>
        <source>Instructor view</source>
        <translation>Vista docente</translation>
    </message>
    <message>
        <source>You teach this course: you see every lesson, drafts included, and nothing is locked for you. Learners see only published lessons, with the course&apos;s locks.</source>
        <translation>Insegni in questo corso: vedi tutte le lezioni, bozze comprese, e per te nulla è bloccato. Gli studenti vedono solo le lezioni pubblicate, con i blocchi del corso.</translation>
    </message>
    <message>
        <source>&amp;Lesson</source>
        <translation>&amp;Lezione</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizza ora</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Vai</translation>
    </message>
    <message>
        <source>&amp;Courses</source>
        <translation>&amp;Corsi</translation>
    </message>
    <message>
        <source>&amp;Outline</source>
        <translation>&amp;Struttura</translation>
    </message>
    <message>
        <source>&amp;Previous lesson</source>
        <translation>Lezione &amp;precedente</translation>
    </message>
    <message>
        <source>&amp;Next lesson</source>
        <translation>Lezione s&amp;uccessiva</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>The server did not accept your quiz attempt in &apos;%1&apos;</source>
        <translation>Il server non ha accettato il tuo tentativo nel quiz &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The server did not accept your change to &apos;%1&apos;</source>
        <translation>Il server non ha accettato la tua modifica a &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>V&amp;ista</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Ingrandisci</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Riduci</translation>
    </message>
    <message>
        <source>&amp;Actual size</source>
        <translation>Dimensioni &amp;originali</translation>
    </message>
    <message>
        <source>Text size: %1 %</source>
        <translation>Dimensione del testo: %1 %</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in is kept in memory only: you will be asked to sign in again the next time you start CourseDesk. Your work is kept either way.</source>
        <translation>Non è disponibile un portachiavi di sistema, quindi l&apos;accesso è conservato solo in memoria: ti verrà chiesto di accedere di nuovo al prossimo avvio di CourseDesk. Il tuo lavoro viene conservato in ogni caso.</translation>
    </message>
    <message>
        <source>Mark as complete / &amp;incomplete</source>
        <translation>Segna come completata / &amp;non completata</translation>
    </message>
    <message>
        <source>S&amp;torage…</source>
        <translation>Spa&amp;zio…</translation>
    </message>
</context>
<context>
    <name>coursedesk::MediaFetcher</name>
    <message>
        <source>CourseDesk did not fetch it: %1.</source>
        <translation>CourseDesk non l&apos;ha scaricato: %1.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>Non è possibile creare la cartella %1.</translation>
    </message>
    <message>
        <source>It cannot be written to the disk: %1</source>
        <translation>Non può essere scritto sul disco: %1</translation>
    </message>
    <message>
        <source>It is larger than %1, the limit for one file.</source>
        <translation>È più grande di %1, il limite per un file.</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Il server non ha risposto in tempo.</translation>
    </message>
    <message>
        <source>The download was cancelled.</source>
        <translation>Il download è stato annullato.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Il server non è raggiungibile: %1</translation>
    </message>
    <message>
        <source>The server redirected too many times.</source>
        <translation>Il server ha reindirizzato troppe volte.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Il server ha risposto %1.</translation>
    </message>
    <message>
        <source>The download broke off: %1</source>
        <translation>Il download si è interrotto: %1</translation>
    </message>
    <message>
        <source>Its contents are not what they should be: %1.</source>
        <translation>Il suo contenuto non è quello che dovrebbe essere: %1.</translation>
    </message>
</context>
<context>
    <name>coursedesk::MediaSync</name>
    <message>
        <source>The course&apos;s files reached the limit of %1 for one course.</source>
        <translation>I file del corso hanno raggiunto il limite di %1 per un corso.</translation>
    </message>
    <message>
        <source>It could not be saved on the disk.</source>
        <translation>Non è stato possibile salvarlo sul disco.</translation>
    </message>
</context>
<context>
    <name>coursedesk::MyNotesPane</name>
    <message>
        <source>Export as Markdown…</source>
        <translation>Esporta come Markdown…</translation>
    </message>
    <message>
        <source>My notes and bookmarks</source>
        <translation>Le mie note e i miei segnalibri</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet: write beside a lesson, or star it.</source>
        <translation>Ancora nessuna nota né segnalibro: scriva accanto a una lezione o le dia una stella.</translation>
    </message>
    <message>
        <source>Removed lessons</source>
        <translation>Lezioni rimosse</translation>
    </message>
    <message>
        <source>The notes could not be written to %1: %2</source>
        <translation>Non è stato possibile scrivere le note in %1: %2</translation>
    </message>
    <message>
        <source>Export notes</source>
        <translation>Esporta le note</translation>
    </message>
    <message>
        <source>Markdown (*.md);;All files (*)</source>
        <translation>Markdown (*.md);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>coursedesk::NoteStore</name>
    <message>
        <source>Course %1 has no lesson %2.</source>
        <translation>Il corso %1 non ha la lezione %2.</translation>
    </message>
</context>
<context>
    <name>coursedesk::Notebook</name>
    <message>
        <source>Lesson %1</source>
        <translation>Lezione %1</translation>
    </message>
    <message>
        <source>My notes</source>
        <translation>Le mie note</translation>
    </message>
    <message>
        <source>No notes or bookmarks yet.</source>
        <translation>Ancora nessuna nota né segnalibro.</translation>
    </message>
    <message>
        <source>Removed lessons</source>
        <translation>Lezioni rimosse</translation>
    </message>
    <message numerus="yes">
        <source>%n new lesson(s)</source>
        <translation>
            <numerusform>%n nuova lezione</numerusform>
            <numerusform>%n nuove lezioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed lesson(s)</source>
        <translation>
            <numerusform>%n lezione modificata</numerusform>
            <numerusform>%n lezioni modificate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n lesson(s) now open</source>
        <translation>
            <numerusform>%n lezione ora aperta</numerusform>
            <numerusform>%n lezioni ora aperte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new section(s)</source>
        <translation>
            <numerusform>%n nuova sezione</numerusform>
            <numerusform>%n nuove sezioni</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n renamed section(s)</source>
        <translation>
            <numerusform>%n sezione rinominata</numerusform>
            <numerusform>%n sezioni rinominate</numerusform>
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
        <translation>La Sua nota su questa lezione. Viene salvata mentre scrive.</translation>
    </message>
    <message>
        <source>Note on this lesson</source>
        <translation>Nota su questa lezione</translation>
    </message>
    <message>
        <source>☆ Bookmark</source>
        <translation>☆ Segnalibro</translation>
    </message>
    <message>
        <source>Editing…</source>
        <translation>Modifica in corso…</translation>
    </message>
    <message>
        <source>★ Bookmarked</source>
        <translation>★ Tra i segnalibri</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Salvata</translation>
    </message>
</context>
<context>
    <name>coursedesk::NotificationBanner</name>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>Dismiss the notification</source>
        <translation>Chiudi la notifica</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Chiudi</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Show the actions not accepted by the server</source>
        <translation>Mostra le azioni non accettate dal server</translation>
    </message>
</context>
<context>
    <name>coursedesk::OfflineState</name>
    <message>
        <source>Available offline</source>
        <translation>Disponibile offline</translation>
    </message>
    <message numerus="yes">
        <source>Partly available offline (%n missing)</source>
        <translation>
            <numerusform>Disponibile offline in parte (%n mancante)</numerusform>
            <numerusform>Disponibile offline in parte (%n mancanti)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not downloaded</source>
        <translation>Non scaricato</translation>
    </message>
    <message>
        <source>Downloads removed</source>
        <translation>Download rimossi</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Downloading: %1 of %2 files, %3</source>
        <translation>Download in corso: %1 di %2 file, %3</translation>
    </message>
</context>
<context>
    <name>coursedesk::Outbox</name>
    <message>
        <source>There is no queued action %1.</source>
        <translation>Non c&apos;è alcuna azione in coda %1.</translation>
    </message>
    <message>
        <source>Action %1 is still waiting to be sent; only a rejected action can be dismissed.</source>
        <translation>L&apos;azione %1 è ancora in attesa di invio; si può scartare solo un&apos;azione rifiutata.</translation>
    </message>
    <message>
        <source>Action %1 is being sent or was answered; it cannot be withdrawn.</source>
        <translation>L&apos;azione %1 è in invio o ha già avuto risposta; non può essere ritirata.</translation>
    </message>
</context>
<context>
    <name>coursedesk::OutlineModel</name>
    <message>
        <source>%1 [draft]</source>
        <translation>%1 [bozza]</translation>
    </message>
    <message>
        <source>Draft: learners do not see this lesson.</source>
        <translation>Bozza: gli studenti non vedono questa lezione.</translation>
    </message>
    <message>
        <source>Completed, then locked again: %1</source>
        <translation>Completata, poi di nuovo bloccata: %1</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>bloccata: %1</translation>
    </message>
    <message>
        <source>grade %1 %</source>
        <translation>voto %1 %</translation>
    </message>
    <message>
        <source>Lessons</source>
        <translation>Lezioni</translation>
    </message>
</context>
<context>
    <name>coursedesk::PendingActionsModel</name>
    <message>
        <source>Quiz attempt</source>
        <translation>Tentativo di quiz</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>In attesa</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Invio in corso</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Inviata</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rifiutata</translation>
    </message>
    <message>
        <source>%1 (tried %2 times)</source>
        <translation>%1 (tentativi: %2)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Azione</translation>
    </message>
    <message>
        <source>Lesson</source>
        <translation>Lezione</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Mark as complete</source>
        <translation>Segna come completata</translation>
    </message>
    <message>
        <source>Mark as incomplete</source>
        <translation>Segna come non completata</translation>
    </message>
    <message>
        <source>Lesson %1, no longer in the course</source>
        <translation>Lezione %1, non più nel corso</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Commento</translation>
    </message>
    <message>
        <source>Edited comment</source>
        <translation>Commento modificato</translation>
    </message>
    <message>
        <source>Deleted comment</source>
        <translation>Commento eliminato</translation>
    </message>
</context>
<context>
    <name>coursedesk::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>The system&apos;s language (%1)</source>
        <translation>La lingua del sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message numerus="yes">
        <source>Every %n minute(s)</source>
        <translation>
            <numerusform>Ogni %n minuto</numerusform>
            <numerusform>Ogni %n minuti</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync in the background</source>
        <translation>Sincronizzazione in background</translation>
    </message>
    <message>
        <source>The new language is used when CourseDesk starts again.</source>
        <translation>La nuova lingua verrà usata al prossimo avvio di CourseDesk.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <source>&amp;Sync in the background:</source>
        <translation>&amp;Sincronizzazione in background:</translation>
    </message>
    <message>
        <source>Server accounts also sync at start, when the network comes back and shortly after each change.</source>
        <translation>Gli account su server si sincronizzano anche all&apos;avvio, quando la rete torna disponibile e poco dopo ogni modifica.</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>The preferences could not be saved in %1. Check that the folder can be written to.</source>
        <translation>Impossibile salvare le preferenze in %1. Verifica che la cartella sia scrivibile.</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La lingua del sistema</translation>
    </message>
    <message>
        <source>As the system (light or dark, as the desktop is)</source>
        <translation>Come il sistema (chiaro o scuro, come il desktop)</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>As&amp;petto:</translation>
    </message>
</context>
<context>
    <name>coursedesk::Progress</name>
    <message>
        <source>%1 of %2 lessons · %3 %</source>
        <translation>%1 di %2 lezioni · %3 %</translation>
    </message>
</context>
<context>
    <name>coursedesk::ProgressPanel</name>
    <message>
        <source>Course progress</source>
        <translation>Avanzamento del corso</translation>
    </message>
    <message>
        <source>The server last counted %1 of %2 lessons: %3 %.</source>
        <translation>L&apos;ultimo conteggio del server: %1 di %2 lezioni, %3 %.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizAttemptList</name>
    <message>
        <source>Your attempts</source>
        <translation>I tuoi tentativi</translation>
    </message>
    <message>
        <source>%1 · not accepted: %2</source>
        <translation>%1 · non accettato: %2</translation>
    </message>
    <message>
        <source>%1 · waiting for the server</source>
        <translation>%1 · in attesa del server</translation>
    </message>
    <message>
        <source>%1 · passed, %2 %</source>
        <translation>%1 · superato, %2 %</translation>
    </message>
    <message>
        <source>%1 · not passed, %2 %</source>
        <translation>%1 · non superato, %2 %</translation>
    </message>
    <message numerus="yes">
        <source>and %n earlier attempt(s)</source>
        <translation>
            <numerusform>e %n tentativo precedente</numerusform>
            <numerusform>e %n tentativi precedenti</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizGrader</name>
    <message>
        <source>The correct answers are not known here; the server grades this quiz.</source>
        <translation>Le risposte corrette non sono note qui; questo quiz viene valutato dal server.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizResultPanel</name>
    <message>
        <source>Ne&amp;xt lesson</source>
        <translation>Lezione s&amp;uccessiva</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Riprova</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>Risultato del quiz</translation>
    </message>
    <message>
        <source>Next lesson</source>
        <translation>Lezione successiva</translation>
    </message>
    <message>
        <source>Start a new attempt with no answers chosen.</source>
        <translation>Inizia un nuovo tentativo senza risposte scelte.</translation>
    </message>
    <message>
        <source>Not accepted by the server</source>
        <translation>Non accettato dal server</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Inviato</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Not passed</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>The server refused this attempt, so it does not count</source>
        <translation>Il server ha rifiutato questo tentativo, quindi non conta</translation>
    </message>
    <message>
        <source>You can try again.</source>
        <translation>Puoi riprovare.</translation>
    </message>
    <message>
        <source>Your answers are saved. The server grades them at the next sync; you can keep working meanwhile, offline too.</source>
        <translation>Le tue risposte sono salvate. Il server le valuta alla prossima sincronizzazione; intanto puoi continuare a lavorare, anche offline.</translation>
    </message>
    <message>
        <source>Your grade: %1 %. Passing grade: %2 %.</source>
        <translation>Il tuo voto: %1 %. Voto minimo: %2 %.</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n question(s) right.</source>
        <translation>
            <numerusform>%1 domanda giusta su %n.</numerusform>
            <numerusform>%1 domande giuste su %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Graded here; the server confirms it at the next sync.</source>
        <translation>Valutato qui; il server lo conferma alla prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Look at the marks on the questions, then try again.</source>
        <translation>Guarda i segni sulle domande, poi riprova.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizResultsModel</name>
    <message>
        <source>Learner</source>
        <translation>Studente</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Voto</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>The server lists quiz attempts newest first; it cannot order them by a column.</source>
        <translation>Il server elenca i tentativi dei quiz dal più recente; non può ordinarli per colonna.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizView</name>
    <message>
        <source>Submit answers</source>
        <translation>Invia le risposte</translation>
    </message>
    <message numerus="yes">
        <source>%n question(s). Passing grade: %1 %.</source>
        <translation>
            <numerusform>%n domanda. Voto minimo: %1 %.</numerusform>
            <numerusform>%n domande. Voto minimo: %1 %.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Select every answer that applies.</source>
        <translation>Seleziona tutte le risposte corrette.</translation>
    </message>
    <message>
        <source>Answer every question to submit.</source>
        <translation>Rispondi a tutte le domande per inviare.</translation>
    </message>
    <message>
        <source>This question has a picture that is not available offline yet. &lt;a href=&quot;%1&quot;&gt;Open the picture in the browser&lt;/a&gt;</source>
        <translation>Questa domanda ha un&apos;immagine non ancora disponibile offline. &lt;a href=&quot;%1&quot;&gt;Apri l&apos;immagine nel browser&lt;/a&gt;</translation>
    </message>
    <message>
        <source>This question has a picture that is not available offline yet.</source>
        <translation>Questa domanda ha un&apos;immagine non ancora disponibile offline.</translation>
    </message>
    <message>
        <source>This kind of question cannot be answered in this version of CourseDesk.</source>
        <translation>A questo tipo di domanda non si può rispondere in questa versione di CourseDesk.</translation>
    </message>
    <message>
        <source>✓ correct answer</source>
        <translation>✓ risposta corretta</translation>
    </message>
    <message>
        <source>This quiz has a question that this version of CourseDesk cannot show, so it cannot be submitted here; take it on your course platform&apos;s website.</source>
        <translation>Questo quiz ha una domanda che questa versione di CourseDesk non può mostrare, quindi non si può inviare da qui; svolgilo sul sito della tua piattaforma dei corsi.</translation>
    </message>
    <message>
        <source>✓ Right</source>
        <translation>✓ Giusta</translation>
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation>✗ Sbagliata</translation>
    </message>
    <message>
        <source>This quiz has a question this version cannot show; take it on your course platform&apos;s website.</source>
        <translation>Questo quiz ha una domanda che questa versione non può mostrare; svolgilo sul sito della tua piattaforma dei corsi.</translation>
    </message>
    <message>
        <source>Choose one answer.</source>
        <translation>Scegli una risposta.</translation>
    </message>
    <message>
        <source>Picture of question %1</source>
        <translation>Immagine della domanda %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::ResponseProblem</name>
    <message>
        <source>This lesson is not a quiz.</source>
        <translation>Questa lezione non è un quiz.</translation>
    </message>
    <message>
        <source>This quiz has no questions.</source>
        <translation>Questo quiz non ha domande.</translation>
    </message>
    <message>
        <source>Question %1 is not part of this quiz.</source>
        <translation>La domanda %1 non fa parte di questo quiz.</translation>
    </message>
    <message>
        <source>Question %1 is answered more than once.</source>
        <translation>Alla domanda %1 si è risposto più di una volta.</translation>
    </message>
    <message>
        <source>Question %1 is not answered.</source>
        <translation>La domanda %1 non ha risposta.</translation>
    </message>
    <message>
        <source>Question %1 takes exactly one answer.</source>
        <translation>La domanda %1 ammette una sola risposta.</translation>
    </message>
    <message>
        <source>Answer %1 does not belong to question %2.</source>
        <translation>La risposta %1 non appartiene alla domanda %2.</translation>
    </message>
    <message>
        <source>Answer %1 is selected twice for question %2.</source>
        <translation>La risposta %1 è selezionata due volte per la domanda %2.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SampleCourse</name>
    <message>
        <source>The sample course file %1 cannot be read: %2</source>
        <translation>Impossibile leggere il file del corso di esempio %1: %2</translation>
    </message>
    <message>
        <source>The sample course file %1 is not a JSON object: %2</source>
        <translation>Il file del corso di esempio %1 non è un oggetto JSON: %2</translation>
    </message>
    <message>
        <source>The sample course file %1 is not a JSON object: it holds an array.</source>
        <translation>Il file del corso di esempio %1 non è un oggetto JSON: contiene un array.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchDialog</name>
    <message>
        <source>Search all courses</source>
        <translation>Cerca in tutti i corsi</translation>
    </message>
    <message>
        <source>Search lessons, quizzes, attachments and notes</source>
        <translation>Cerchi in lezioni, quiz, allegati e note</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Risultati della ricerca</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nessun risultato per «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n result(s)</source>
        <translation>
            <numerusform>%n risultato</numerusform>
            <numerusform>%n risultati</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchIndex</name>
    <message>
        <source>Type a word to search for: a search needs at least one letter or digit.</source>
        <translation>Scriva una parola da cercare: una ricerca richiede almeno una lettera o una cifra.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchSource</name>
    <message>
        <source>The search index cannot be built from %1: %2</source>
        <translation>Non è possibile costruire l&apos;indice di ricerca da %1: %2</translation>
    </message>
</context>
<context>
    <name>coursedesk::SearchResultsModel</name>
    <message>
        <source>removed from the course</source>
        <translation>rimossa dal corso</translation>
    </message>
    <message>
        <source>locked: %1</source>
        <translation>bloccata: %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::SectionOverview</name>
    <message>
        <source>Lessons of the section</source>
        <translation>Lezioni della sezione</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <source>Cannot be opened in this version</source>
        <translation>Non si può aprire in questa versione</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completata</translation>
    </message>
    <message>
        <source>Not passed yet</source>
        <translation>Non ancora superato</translation>
    </message>
    <message>
        <source>Quiz</source>
        <translation>Quiz</translation>
    </message>
    <message>
        <source>Locked: %1</source>
        <translation>Bloccata: %1</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Da fare</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n lesson(s) completed.</source>
        <translation>
            <numerusform>%1 lezione su %n completata.</numerusform>
            <numerusform>%1 lezioni su %n completate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open since %1.</source>
        <translation>Aperta dal %1.</translation>
    </message>
    <message>
        <source>Choose a lesson to open it.</source>
        <translation>Scegli una lezione per aprirla.</translation>
    </message>
</context>
<context>
    <name>coursedesk::ServerText</name>
    <message>
        <source>%1 The server said: “%2”</source>
        <translation>%1 Il server ha risposto: «%2»</translation>
    </message>
</context>
<context>
    <name>coursedesk::StorageDialog</name>
    <message>
        <source>&amp;Download for offline</source>
        <translation>&amp;Scarica per l&apos;uso offline</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>&amp;Annulla download</translation>
    </message>
    <message>
        <source>&amp;Remove downloads</source>
        <translation>&amp;Rimuovi download</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Spazio</translation>
    </message>
    <message>
        <source>Checking the course&apos;s files…</source>
        <translation>Controllo dei file del corso…</translation>
    </message>
    <message>
        <source>Download cancelled; what came in is kept.</source>
        <translation>Download annullato; ciò che è arrivato viene conservato.</translation>
    </message>
    <message numerus="yes">
        <source>Downloaded; %n file(s) missing (see the lessons).</source>
        <translation>
            <numerusform>Scaricato; manca %n file (vedere le lezioni).</numerusform>
            <numerusform>Scaricato; mancano %n file (vedere le lezioni).</numerusform>
        </translation>
    </message>
    <message>
        <source>Downloaded.</source>
        <translation>Scaricato.</translation>
    </message>
    <message>
        <source>Removed; %1 freed. The course&apos;s texts, progress and queued actions stay.</source>
        <translation>Rimossi; %1 liberati. I testi, i progressi e le azioni in coda del corso restano.</translation>
    </message>
    <message>
        <source>%1 of %2 files, %3</source>
        <translation>%1 di %2 file, %3</translation>
    </message>
    <message>
        <source>Offline files by account and course</source>
        <translation>File offline per account e corso</translation>
    </message>
    <message>
        <source>Download progress</source>
        <translation>Avanzamento del download</translation>
    </message>
    <message>
        <source>Offline files of every account: %1</source>
        <translation>File offline di tutti gli account: %1</translation>
    </message>
    <message>
        <source>Open the account to download its courses&apos; files.</source>
        <translation>Apri l&apos;account per scaricare i file dei suoi corsi.</translation>
    </message>
</context>
<context>
    <name>coursedesk::StorageModel</name>
    <message>
        <source>Size on disk</source>
        <translation>Spazio su disco</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>File</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Mancanti</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>%1 (open)</source>
        <translation>%1 (aperto)</translation>
    </message>
    <message>
        <source>Account and course</source>
        <translation>Account e corso</translation>
    </message>
</context>
<context>
    <name>coursedesk::StorageOverview</name>
    <message>
        <source>There is no account named &apos;%1&apos;.</source>
        <translation>Non esiste un account chiamato &apos;%1&apos;.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SyncEngine</name>
    <message>
        <source>The lesson no longer exists on the server.</source>
        <translation>La lezione non esiste più sul server.</translation>
    </message>
    <message>
        <source>The answers of quiz attempt %1 are missing from the local cache.</source>
        <translation>Le risposte del tentativo di quiz %1 mancano dalla cache locale.</translation>
    </message>
    <message>
        <source>The words of comment %1 are missing from the local cache.</source>
        <translation>Il testo del commento %1 manca dalla cache locale.</translation>
    </message>
    <message>
        <source>The comment or its lesson no longer exists on the server.</source>
        <translation>Il commento o la sua lezione non esiste più sul server.</translation>
    </message>
</context>
<context>
    <name>coursedesk::SyncScheduler</name>
    <message>
        <source>CourseDesk could not write to its local cache: %1</source>
        <translation>CourseDesk non è riuscito a scrivere nella sua cache locale: %1</translation>
    </message>
</context>
<context>
    <name>coursedesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizza ora</translation>
    </message>
    <message>
        <source>Details…</source>
        <translation>Dettagli…</translation>
    </message>
    <message>
        <source>Sync state</source>
        <translation>Stato della sincronizzazione</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Azioni in attesa di invio</translation>
    </message>
    <message>
        <source>Show the actions waiting to be sent and the rejected ones</source>
        <translation>Mostra le azioni in attesa di invio e quelle rifiutate</translation>
    </message>
    <message>
        <source>On this computer only: nothing to sync.</source>
        <translation>Solo su questo computer: nulla da sincronizzare.</translation>
    </message>
    <message>
        <source>last synced %1</source>
        <translation>ultima sincronizzazione: %1</translation>
    </message>
    <message>
        <source>never synced</source>
        <translation>mai sincronizzato</translation>
    </message>
    <message>
        <source>Online · %1</source>
        <translation>Online · %1</translation>
    </message>
    <message>
        <source>Syncing %1 of %2…</source>
        <translation>Sincronizzazione %1 di %2…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message>
        <source>Offline · %1 · your work is kept and sent later</source>
        <translation>Offline · %1 · il tuo lavoro è conservato e verrà inviato più tardi</translation>
    </message>
    <message>
        <source>Server unavailable · next try at %1 · %2</source>
        <translation>Server non disponibile · prossimo tentativo alle %1 · %2</translation>
    </message>
    <message>
        <source>Sign in again to send your work · nothing is lost</source>
        <translation>Accedi di nuovo per inviare il tuo lavoro · non si perde nulla</translation>
    </message>
    <message>
        <source>%1 waiting</source>
        <translation>%1 in attesa</translation>
    </message>
    <message>
        <source>%1 rejected</source>
        <translation>%1 rifiutate</translation>
    </message>
    <message>
        <source>Actions not yet accepted by the server</source>
        <translation>Azioni non ancora accettate dal server</translation>
    </message>
    <message>
        <source>Actions waiting or rejected</source>
        <translation>Azioni in attesa o rifiutate</translation>
    </message>
    <message>
        <source>Dismiss rejected action</source>
        <translation>Scarta l&apos;azione rifiutata</translation>
    </message>
    <message>
        <source>Sign-in not saved</source>
        <translation>Accesso non salvato</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Accedi…</translation>
    </message>
    <message>
        <source>Sign in to send your work</source>
        <translation>Accedi per inviare il tuo lavoro</translation>
    </message>
    <message>
        <source>No system keychain is available, so your sign-in is kept in memory only: you will be asked to sign in again the next time you start CourseDesk.</source>
        <translation>Non è disponibile un portachiavi di sistema, quindi l&apos;accesso è conservato solo in memoria: ti verrà chiesto di accedere di nuovo al prossimo avvio di CourseDesk.</translation>
    </message>
    <message>
        <source>Sign in first: the server needs a new sign-in.</source>
        <translation>Prima accedi: il server richiede un nuovo accesso.</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>%1 · your work is kept and sent later</source>
        <translation>%1 · il tuo lavoro è conservato e verrà inviato più tardi</translation>
    </message>
</context>
<context>
    <name>coursedesk::WelcomePage</name>
    <message>
        <source>Try the &amp;sample course</source>
        <translation>Prova il corso di &amp;esempio</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Aggiungi account…</translation>
    </message>
    <message>
        <source>Welcome to CourseDesk</source>
        <translation>Ti diamo il benvenuto in CourseDesk</translation>
    </message>
    <message>
        <source>Take your online courses with you, online or offline. Try the sample course to see how it works — it lives on this computer and needs no server — or add the account you use on your course platform.</source>
        <translation>Porta con te i tuoi corsi online, con o senza connessione. Prova il corso di esempio per vedere come funziona — si trova su questo computer e non richiede alcun server — oppure aggiungi l&apos;account che usi sulla tua piattaforma dei corsi.</translation>
    </message>
    <message>
        <source>Add an account on a course platform</source>
        <translation>Aggiungi un account su una piattaforma di corsi</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;About CourseDesk</source>
        <translation>&amp;Informazioni su CourseDesk</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Informazioni su &amp;Qt</translation>
    </message>
    <message>
        <source>CourseDesk logo</source>
        <translation>Logo di CourseDesk</translation>
    </message>
    <message>
        <source>A&amp;bout CourseDesk</source>
        <translation>Informazioni su &amp;CourseDesk</translation>
    </message>
</context>
<context>
    <name>coursedesk::dashboardtext</name>
    <message>
        <source>Not a member</source>
        <translation>Nessuna iscrizione</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Autore</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Gestore</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>Iscritto</translation>
    </message>
    <message>
        <source>Invited</source>
        <translation>Invitato</translation>
    </message>
    <message>
        <source>Requested</source>
        <translation>Iscrizione richiesta</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Superato</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non superato</translation>
    </message>
    <message>
        <source>Not graded</source>
        <translation>Non valutato</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Aggiornamento: %1</translation>
    </message>
    <message>
        <source>Payment pending</source>
        <translation>Pagamento in attesa</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Altro</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>CourseDesk: take your online courses offline.</source>
        <translation>CourseDesk: i tuoi corsi online, anche offline.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Salva un&apos;immagine della finestra in &lt;file&gt; ed esci.</translation>
    </message>
    <message>
        <source>Keep accounts and caches in &lt;dir&gt;.</source>
        <translation>Conserva account e cache in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
    <message>
        <source>Open the bundled sample course (no server needed).</source>
        <translation>Apri il corso di esempio incluso (non serve alcun server).</translation>
    </message>
    <message>
        <source>Open the account &lt;name&gt;.</source>
        <translation>Apri l&apos;account &lt;name&gt;.</translation>
    </message>
</context>
</TS>
