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
  account add NAME --server URL (--token-stdin | --username USER --password-stdin)
                                 accede a un server; i token vanno nel portachiavi di sistema
  account list                   gli account
  account remove NAME [--discard]  esce e dimentica l&apos;account (rifiutato se ci sono azioni in coda,
                                 a meno di --discard)
  sync [--course ID]             invia le azioni in coda, poi scarica i corsi per l&apos;uso offline
  dashboard COURSE [--quiz] [--csv FILE]
                                 avanzamento degli studenti (o risultati dei quiz) per autori e gestori
Globale: --offline non usa mai la rete.
Codici di uscita: 0 ok, 1 uso errato, 2 rifiutato (bloccato, id sconosciuto, risposte non valide),
3 errore di rete o di accesso (le azioni restano in coda), 4 il server ha rifiutato alcune azioni.</translation>
    </message>
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
        <source>account remove: discard queued actions.</source>
        <translation>account remove: scarta le azioni in coda.</translation>
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
        <source>account add needs --token-stdin, or --username USER with --password-stdin.</source>
        <translation>account add richiede --token-stdin, oppure --username USER con --password-stdin.</translation>
    </message>
    <message>
        <source>use &apos;account add NAME …&apos;, &apos;account list&apos; or &apos;account remove NAME&apos;.</source>
        <translation>usa &apos;account add NAME …&apos;, &apos;account list&apos; o &apos;account remove NAME&apos;.</translation>
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
        <source>Signing in to %1 failed: %2</source>
        <translation>Accesso a %1 non riuscito: %2</translation>
    </message>
    <message>
        <source>Warning: %1 The sign-in is not saved; &apos;sync&apos; will ask for it again.</source>
        <translation>Attenzione: %1 L&apos;accesso non è stato salvato; &apos;sync&apos; lo chiederà di nuovo.</translation>
    </message>
    <message>
        <source>No system keychain is in use.</source>
        <translation>Nessun portachiavi di sistema in uso.</translation>
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
        <source>%1 action(s) of &apos;%2&apos; are not sent yet. Run &apos;sync&apos; first, or remove with --discard to lose them.</source>
        <translation>Azioni di &apos;%2&apos; non ancora inviate: %1. Esegui prima &apos;sync&apos;, oppure rimuovi con --discard per perderle.</translation>
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
        <source>--offline: nothing sent; %1 action(s) stay queued.</source>
        <translation>--offline: nulla inviato; azioni in coda: %1.</translation>
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
        <source>Only the creators and managers of course %1 can see its dashboard (%2).</source>
        <translation>Solo gli autori e i gestori del corso %1 possono vederne la dashboard (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Impossibile scrivere %1: %2</translation>
    </message>
    <message>
        <source>%1 row(s) written to %2.</source>
        <translation>Righe scritte in %2: %1.</translation>
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
        <source>Why this lesson is locked</source>
        <translation>Perché questa lezione è bloccata</translation>
    </message>
    <message>
        <source>Lesson text</source>
        <translation>Testo della lezione</translation>
    </message>
    <message>
        <source>Mark the lesson as complete or incomplete</source>
        <translation>Segna la lezione come completata o non completata</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Invio</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notifica</translation>
    </message>
    <message>
        <source>The server did not accept a change to &apos;%1&apos;: %2</source>
        <translation>Il server non ha accettato una modifica a &apos;%1&apos;: %2</translation>
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
</context>
<context>
    <name>coursedesk::PendingActionsModel</name>
    <message>
        <source>Mark complete</source>
        <translation>Segna come completata</translation>
    </message>
    <message>
        <source>Mark incomplete</source>
        <translation>Segna come non completata</translation>
    </message>
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
        <source>Lesson %1</source>
        <translation>Lezione %1</translation>
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
</context>
<context>
    <name>coursedesk::QuizGrader</name>
    <message>
        <source>The correct answers are not known here; the server grades this quiz.</source>
        <translation>Le risposte corrette non sono note qui; questo quiz viene valutato dal server.</translation>
    </message>
</context>
<context>
    <name>coursedesk::QuizView</name>
    <message>
        <source>Submit answers</source>
        <translation>Invia le risposte</translation>
    </message>
    <message>
        <source>Quiz result</source>
        <translation>Risultato del quiz</translation>
    </message>
    <message>
        <source>Submit the quiz answers</source>
        <translation>Invia le risposte del quiz</translation>
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
        <source>Submitted — graded when you are back online.</source>
        <translation>Inviato: verrà valutato quando tornerai online.</translation>
    </message>
    <message>
        <source>Passed: grade %1 % (passing grade %2 %).</source>
        <translation>Superato: voto %1 % (minimo %2 %).</translation>
    </message>
    <message>
        <source>Not passed: grade %1 % (passing grade %2 %). You can try again.</source>
        <translation>Non superato: voto %1 % (minimo %2 %). Puoi riprovare.</translation>
    </message>
    <message>
        <source>✓ right</source>
        <translation>✓ giusta</translation>
    </message>
    <message>
        <source>✗ wrong</source>
        <translation>✗ sbagliata</translation>
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
    <name>coursedesk::SyncEngine</name>
    <message>
        <source>The answers of this quiz attempt are missing from the cache.</source>
        <translation>Le risposte di questo tentativo di quiz mancano dalla cache.</translation>
    </message>
    <message>
        <source>The lesson no longer exists on the server (%1).</source>
        <translation>La lezione non esiste più sul server (%1).</translation>
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
        <source>CourseDesk</source>
        <translation>CourseDesk</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossibile scrivere %1</translation>
    </message>
</context>
</TS>
