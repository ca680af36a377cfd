<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro_RO">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Knowledge-base article</source>
        <translation>Articol din baza de cunoștințe</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titlu:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Categorie:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Limbă:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;chete:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separate prin virgulă</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Coduri de &amp;eroare:</translation>
    </message>
    <message>
        <source>the codes this article answers, e.g. SMTP-421</source>
        <translation>codurile la care răspunde articolul, de ex. SMTP-421</translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, lists, `code`…</source>
        <translation>Articolul în Markdown: # titluri, **aldin**, liste, `cod`…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tierdesk workstation: the agents&apos; queue, tickets and knowledge base.</source>
        <translation>Stația de lucru Tierdesk: coada, tichetele și baza de cunoștințe a agenților.</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:8080.</source>
        <translation>Adresa serverului, de ex. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>Contul cu care vă autentificați.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NUME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Citește parola din prima linie a intrării standard.</translation>
    </message>
    <message>
        <source>Language of the program (en, pl, uk, ru, id, ro); overrides the setting.</source>
        <translation>Limba programului (en, pl, uk, ru, id, ro); are prioritate față de setare.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>COD</translation>
    </message>
    <message>
        <source>Folder for the local cache (default: the application data folder).</source>
        <translation>Dosarul pentru memoria cache locală (implicit: dosarul de date al aplicației).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSAR</translation>
    </message>
    <message>
        <source>Open the main window from the cache without network, print &quot;startup_ms N&quot; once the first queue page is painted, and quit.</source>
        <translation>Deschide fereastra principală din memoria cache fără rețea, afișează „startup_ms N” după ce prima pagină a cozii este desenată și închide programul.</translation>
    </message>
    <message>
        <source>The cache database file to open.</source>
        <translation>Fișierul bazei de date cache de deschis.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FIȘIER</translation>
    </message>
    <message>
        <source>Write screenshots of the login, queue, ticket and knowledge-base views as PNG files into DIR, then quit.</source>
        <translation>Salvează capturi ale ecranelor de autentificare, coadă, tichet și bază de cunoștințe ca fișiere PNG în DIR, apoi închide programul.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Nu este o adresă de server: %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --user.</source>
        <translation>--password-stdin necesită --server și --user.</translation>
    </message>
    <message>
        <source>--startup-probe needs --cache FILE (or --server and --user).</source>
        <translation>--startup-probe necesită --cache FILE (sau --server și --user).</translation>
    </message>
    <message>
        <source>No such cache file: %1</source>
        <translation>Nu există fișierul cache: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Răspuns către client</translation>
    </message>
    <message>
        <source>A public reply: the customer receives it (R)</source>
        <translation>Un răspuns public: clientul îl primește (R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Notă internă</translation>
    </message>
    <message>
        <source>A note for staff only: the customer never sees it (N)</source>
        <translation>O notă doar pentru personal: clientul nu o vede niciodată (N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Atașează fișiere…</translation>
    </message>
    <message>
        <source>Attach files (you can also paste a screenshot with Ctrl+V or drop files here)</source>
        <translation>Atașează fișiere (puteți și lipi o captură de ecran cu Ctrl+V sau trage fișiere aici)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Captură</translation>
    </message>
    <message>
        <source>Take a screenshot, annotate it and attach it</source>
        <translation>Faceți o captură de ecran, adnotați-o și atașați-o</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Trimite răspunsul</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Căutați articole (Ctrl+F)</translation>
    </message>
    <message>
        <source>Error code, e.g. SMTP-421</source>
        <translation>Cod de eroare, de ex. SMTP-421</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categorie</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>Articol &amp;nou…</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Inserează în răspuns</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>&amp;Leagă de tichet</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editare…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Tierdesk</source>
        <translation>Autentificare în Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to your help desk</source>
        <translation>Autentificați-vă în serviciul de asistență</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://help.example.com</source>
        <translation>https://help.example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Cont:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>numele dvs. de utilizator</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Ține-mă minte pe acest calculator</translation>
    </message>
    <message>
        <source>Keeps the sign-in token (never the password) in the system keychain, so that Tierdesk opens straight away next time, even offline.</source>
        <translation>Păstrează tokenul de autentificare (niciodată parola) în portofelul de chei al sistemului, ca Tierdesk să se deschidă imediat data viitoare, chiar și fără conexiune.</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>&amp;Acordă încredere unui certificat…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Se autentifică…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Autentificare</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t remember me</source>
        <translation>&amp;Nu mă ține minte</translation>
    </message>
    <message>
        <source>&amp;Keep it in a file only I can read</source>
        <translation>&amp;Păstrează-l într-un fișier pe care doar eu îl pot citi</translation>
    </message>
</context>
<context>
    <name>LoginErrorText</name>
    <message>
        <source>Wrong account or password.</source>
        <translation>Cont sau parolă greșită.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection. (%2)</source>
        <translation>Serverul de la %1 nu poate fi contactat. Verificați adresa și conexiunea la rețea. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again, or check the address.</source>
        <translation>Serverul de la %1 nu a răspuns la timp. Încercați din nou sau verificați adresa.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Tierdesk did not send your password. %1 If this server uses its own certificate, get the certificate file from your administrator and choose it with &quot;Trust a certificate…&quot;.</source>
        <translation>Certificatul serverului nu este de încredere, așa că Tierdesk nu a trimis parola. %1 Dacă acest server folosește propriul certificat, cereți fișierul certificatului administratorului și alegeți-l cu „Acordă încredere unui certificat…”.</translation>
    </message>
    <message>
        <source>The server refused the sign-in for this account.</source>
        <translation>Serverul a refuzat autentificarea pentru acest cont.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Prea multe încercări de autentificare. Așteptați un minut, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serverul a refuzat autentificarea: %1</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again shortly.</source>
        <translation>Serverul de la %1 are o problemă (HTTP %2). Încercați din nou în curând.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Tierdesk server. Check the address.</source>
        <translation>%1 nu răspunde ca un server Tierdesk. Verificați adresa.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk</source>
        <translation>Tierdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fișier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vizualizare</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Tichet</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Setări</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Ajutor</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sincronizează acum</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Deconectare</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Ieșire</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Coadă</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Baza de cunoștințe</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>Tichetul &amp;următor</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Tichetul &amp;anterior</translation>
    </message>
    <message>
        <source>&amp;Close ticket tab</source>
        <translation>În&amp;chide fila tichetului</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Răspunde</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Notă internă</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Atribuie-mi</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Afișează &amp;istoricul</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Căutare</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Comenzi &amp;rapide</translation>
    </message>
    <message>
        <source>&amp;About Tierdesk</source>
        <translation>&amp;Despre Tierdesk</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Solicitant:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Stare:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Gravitate:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritate:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Responsabil:</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Atribuie-mi</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Nivel:</translation>
    </message>
    <message>
        <source>&amp;Collaborators:</source>
        <translation>&amp;Colaboratori:</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Coduri de &amp;eroare:</translation>
    </message>
    <message>
        <source>E-4012, SMTP-421</source>
        <translation>E-4012, SMTP-421</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>&amp;Caută</translation>
    </message>
    <message>
        <source>Find knowledge-base articles for these error codes</source>
        <translation>Găsiți articole din baza de cunoștințe pentru aceste coduri de eroare</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;chete:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>separate prin virgulă</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>Termen pentru primul răspuns:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Primul răspuns:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Rezolvat:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Deschis:</translation>
    </message>
    <message>
        <source>Customer last wrote:</source>
        <translation>Clientul a scris ultima dată:</translation>
    </message>
    <message>
        <source>Linked articles:</source>
        <translation>Articole legate:</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Views</source>
        <translation>Vizualizări</translation>
    </message>
    <message>
        <source>Filter: words, error codes, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F or /)</source>
        <translation>Filtru: cuvinte, coduri de eroare, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F sau /)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>&amp;Atribuie-mi</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Atribuie &amp;lui…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Schimbă &amp;starea…</translation>
    </message>
</context>
<context>
    <name>TicketDisplay</name>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Așteaptă clientul</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Așteaptă pe alții</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>1 — Critical</source>
        <translation>1 — Critică</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — Ridicată</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Normală</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Scăzută</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Notă internă</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Răspuns public</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nou</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respectat</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>în %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>depășit cu %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>chiar acum</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>acum %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AgingScale</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n zi</numerusform>
            <numerusform>%n zile</numerusform>
            <numerusform>%n de zile</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotatorDialog</name>
    <message>
        <source>Annotate %1</source>
        <translation>Adnotare %1</translation>
    </message>
    <message>
        <source>&amp;Attach to message</source>
        <translation>&amp;Atașează la mesaj</translation>
    </message>
</context>
<context>
    <name>tierdesk::ArticleEditor</name>
    <message>
        <source>New knowledge-base article</source>
        <translation>Articol nou în baza de cunoștințe</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Editare „%1”</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Articolul are nevoie de un titlu.</translation>
    </message>
    <message>
        <source>Choose or type a category (e.g. Network/VPN).</source>
        <translation>Alegeți sau tastați o categorie (de ex. Network/VPN).</translation>
    </message>
    <message>
        <source>The article has no text yet.</source>
        <translation>Articolul nu are încă text.</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentLoader</name>
    <message>
        <source>Sign in to download this attachment.</source>
        <translation>Autentificați-vă pentru a descărca acest atașament.</translation>
    </message>
    <message>
        <source>The attachment cannot be downloaded while offline.</source>
        <translation>Atașamentul nu poate fi descărcat fără conexiune.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>Atașamentul nu a putut fi descărcat: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentThumbnail</name>
    <message>
        <source>%1 (%2) — click to open, save or annotate</source>
        <translation>%1 (%2) — clic pentru a deschide, salva sau adnota</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>atașamentul %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Deschide</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Salvează ca…</translation>
    </message>
    <message>
        <source>&amp;Annotate and attach as a new file…</source>
        <translation>&amp;Adnotează și atașează ca fișier nou…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nu s-a putut scrie %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvați atașamentul</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentTray</name>
    <message>
        <source>Show it large, or annotate it</source>
        <translation>Afișați-l mare sau adnotați-l</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>Nu trimite acest fișier</translation>
    </message>
    <message>
        <source>Attachment preview — %1</source>
        <translation>Previzualizare atașament — %1</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Adnotează…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Elimină</translation>
    </message>
</context>
<context>
    <name>tierdesk::AuditView</name>
    <message>
        <source>When</source>
        <translation>Când</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Cine</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Înainte</translation>
    </message>
    <message>
        <source>After</source>
        <translation>După</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reîncarcă</translation>
    </message>
    <message>
        <source>The history comes from the server; sign in to see it.</source>
        <translation>Istoricul vine de pe server; autentificați-vă pentru a-l vedea.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Se încarcă istoricul…</translation>
    </message>
    <message>
        <source>The history is kept on the server and cannot be loaded while offline.</source>
        <translation>Istoricul este păstrat pe server și nu poate fi încărcat fără conexiune.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Istoricul nu a putut fi încărcat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded on the server.</source>
        <translation>
            <numerusform>%n modificare înregistrată pe server.</numerusform>
            <numerusform>%n modificări înregistrate pe server.</numerusform>
            <numerusform>%n de modificări înregistrate pe server.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::Composer</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Region of the screen…</source>
        <translation>&amp;Zonă a ecranului…</translation>
    </message>
    <message>
        <source>&amp;Whole screen</source>
        <translation>&amp;Tot ecranul</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Adaugă nota internă</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Trimite răspunsul</translation>
    </message>
    <message>
        <source>Only staff will see this note.</source>
        <translation>Doar personalul va vedea această notă.</translation>
    </message>
    <message>
        <source>The customer will receive this reply.</source>
        <translation>Clientul va primi acest răspuns.</translation>
    </message>
    <message>
        <source>Internal note for staff — the customer will not see it</source>
        <translation>Notă internă pentru personal — clientul nu o va vedea</translation>
    </message>
    <message>
        <source>Reply to the customer…</source>
        <translation>Răspuns către client…</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 nu este un fișier.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 este mai mare de %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 nu poate fi citit: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Atașați fișiere</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Scrieți mai întâi nota.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Scrieți mai întâi răspunsul.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Atașat: %1</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>Se încarcă %1 (%2 din %3)…</translation>
    </message>
    <message>
        <source>Attachments need a connection to the server; nothing was sent and your message is kept here. Send it again when online, or remove the attachments to send the text now (text goes out by itself once the connection is back).</source>
        <translation>Atașamentele necesită conexiune la server; nu s-a trimis nimic, iar mesajul rămâne aici. Trimiteți-l din nou când sunteți online sau eliminați atașamentele pentru a trimite textul acum (textul pleacă singur când revine conexiunea).</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1. Nothing was sent.</source>
        <translation>Atașamentul nu a putut fi încărcat: %1. Nu s-a trimis nimic.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConflictBanner</name>
    <message>
        <source>Field</source>
        <translation>Câmp</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Versiunea dvs.</translation>
    </message>
    <message>
        <source>Their version (on the server)</source>
        <translation>Versiunea lor (pe server)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Păstrează</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Păstrează-o pe a &amp;mea</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Păstrează-o pe a &amp;lor</translation>
    </message>
    <message>
        <source>Apply my &amp;choices</source>
        <translation>Aplică &amp;alegerile mele</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(gol)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this too.&lt;/b&gt; Your edit of %1 was not sent because the server already holds a different value. Choose what to keep; nothing is lost until you do.</source>
        <translation>&lt;b&gt;Altcineva a modificat și el acest lucru.&lt;/b&gt; Modificarea dvs. pentru %1 nu a fost trimisă, deoarece serverul are deja o altă valoare. Alegeți ce păstrați; nimic nu se pierde până nu alegeți.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>A mea</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>A lor</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConversationView</name>
    <message>
        <source>No messages yet.</source>
        <translation>Încă nu există mesaje.</translation>
    </message>
</context>
<context>
    <name>tierdesk::KbPage</name>
    <message>
        <source>All articles (%1)</source>
        <translation>Toate articolele (%1)</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Niciun articol nu corespunde cu „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n articol corespunde cu „%1”, cele mai bune primele.</numerusform>
            <numerusform>%n articole corespund cu „%1”, cele mai bune primele.</numerusform>
            <numerusform>%n de articole corespund cu „%1”, cele mai bune primele.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article answers the error code %1 yet.</source>
        <translation>Încă niciun articol nu răspunde la codul de eroare %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) answer the error code %1.</source>
        <translation>
            <numerusform>%n articol răspunde la codul de eroare %1.</numerusform>
            <numerusform>%n articole răspund la codul de eroare %1.</numerusform>
            <numerusform>%n de articole răspund la codul de eroare %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Toate articolele</translation>
    </message>
    <message>
        <source>This article is not in the local cache.</source>
        <translation>Acest articol nu se află în memoria cache locală.</translation>
    </message>
    <message>
        <source>**not yet sent**</source>
        <translation>**netrimis încă**</translation>
    </message>
    <message>
        <source>Insert and link act on %1.</source>
        <translation>Inserarea și legarea se aplică la %1.</translation>
    </message>
    <message>
        <source>Open a ticket to insert an article into a reply or link it.</source>
        <translation>Deschideți un tichet pentru a insera un articol într-un răspuns sau a-l lega.</translation>
    </message>
</context>
<context>
    <name>tierdesk::LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Nu se poate deschide memoria cache locală %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared: %2</source>
        <translation>Memoria cache locală %1 nu a putut fi pregătită: %2</translation>
    </message>
    <message>
        <source>its ticket could not be created: %1</source>
        <translation>tichetul său nu a putut fi creat: %1</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>a fost păstrată cealaltă versiune</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the address of your help desk server.</source>
        <translation>Introduceți adresa serverului serviciului de asistență.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. It looks like https://help.example.com.</source>
        <translation>„%1” nu este o adresă de server. Arată așa: https://help.example.com.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Introduceți numele contului.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Introduceți parola.</translation>
    </message>
    <message>
        <source>The workstation is for support staff. Customers report and follow their problems with Tierdesk Report.</source>
        <translation>Stația de lucru este pentru personalul de asistență. Clienții își raportează și urmăresc problemele cu Tierdesk Report.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk cannot keep your sign-in there.

It can keep the sign-in token in a file that only your user account can read, so that it opens straight away next time, even offline. Your password is never stored. Without it you sign in again at every start.</source>
        <translation>Pe acest calculator nu rulează niciun serviciu de portofel de chei (precum GNOME Keyring sau KWallet), așa că Tierdesk nu poate păstra acolo autentificarea.

Poate păstra tokenul de autentificare într-un fișier pe care doar contul dvs. de utilizator îl poate citi, ca data viitoare să se deschidă imediat, chiar și fără conexiune. Parola nu este niciodată stocată. Fără el vă autentificați din nou la fiecare pornire.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certificatul de încredere</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificate (*.pem *.crt *.cer);;Toate fișierele (*)</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format.</source>
        <translation>%1 nu conține niciun certificat în format PEM.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>Queue</source>
        <translation>Coadă</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Baza de cunoștințe</translation>
    </message>
    <message>
        <source>Article linked to %1.</source>
        <translation>Articolul a fost legat de %1.</translation>
    </message>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation>Serverul a refuzat o modificare (%1): %2</translation>
    </message>
    <message>
        <source>Someone else changed the same fields; open the item to choose what to keep.</source>
        <translation>Altcineva a modificat aceleași câmpuri; deschideți elementul pentru a alege ce păstrați.</translation>
    </message>
    <message>
        <source>About Tierdesk</source>
        <translation>Despre Tierdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;The agents&apos; workstation of a help desk for tiered technical support: queue, tickets and knowledge base, working offline from a local copy.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;Stația de lucru a agenților unui serviciu de asistență tehnică pe niveluri: coadă, tichete și bază de cunoștințe, funcționând fără conexiune dintr-o copie locală.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Limbă</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ca în sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Limbă</translation>
    </message>
    <message>
        <source>Tierdesk will use the new language from its next start.</source>
        <translation>Tierdesk va folosi noua limbă de la următoarea pornire.</translation>
    </message>
    <message>
        <source>Tierdesk — %1 on %2</source>
        <translation>Tierdesk — %1 pe %2</translation>
    </message>
    <message>
        <source>This is the last ticket of the view.</source>
        <translation>Acesta este ultimul tichet din vizualizare.</translation>
    </message>
    <message>
        <source>This is the first ticket of the view.</source>
        <translation>Acesta este primul tichet din vizualizare.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you.</source>
        <translation>
            <numerusform>%n tichet v-a fost atribuit.</numerusform>
            <numerusform>%n tichete v-au fost atribuite.</numerusform>
            <numerusform>%n de tichete v-au fost atribuite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageWidget</name>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Reply — sent to the customer</source>
        <translation>Răspuns — trimis clientului</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Notă internă — nu este vizibilă clientului</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Așteaptă să fie trimis</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n notificare necitită</numerusform>
            <numerusform>%n notificări necitite</numerusform>
            <numerusform>%n de notificări necitite</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Nicio notificare necitită</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificări</translation>
    </message>
    <message>
        <source>Nothing yet: assignments and replies show here.</source>
        <translation>Nimic încă: aici apar atribuirile și răspunsurile.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Marcați toate ca citite</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationText</name>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Atribuit dvs.: %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Răspuns la %1</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>un tichet</translation>
    </message>
</context>
<context>
    <name>tierdesk::PropertiesPanel</name>
    <message>
        <source>(nobody)</source>
        <translation>(nimeni)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (nivelul %2)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(fără grup)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(niciunul)</translation>
    </message>
    <message>
        <source>(VIP)</source>
        <translation>(VIP)</translation>
    </message>
    <message>
        <source>%1 of 8 (severity first, then customer importance)</source>
        <translation>%1 din 8 (întâi gravitatea, apoi importanța clientului)</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Articolul %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>niciunul</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 z %2 h</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nou</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Deschis</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Așteaptă clientul</translation>
    </message>
    <message>
        <source>Waiting on specialist</source>
        <translation>Așteaptă specialistul</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Critică</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · Ridicată</translation>
    </message>
    <message>
        <source>3 · Normal</source>
        <translation>3 · Normală</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Scăzută</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Număr</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Solicitant</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravitate</translation>
    </message>
    <message>
        <source>Priority, then SLA due time</source>
        <translation>Prioritate, apoi termenul SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritate</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsabil</translation>
    </message>
    <message>
        <source>Tier / group</source>
        <translation>Nivel / grup</translation>
    </message>
    <message>
        <source>Time left to the first-response target</source>
        <translation>Timpul rămas până la termenul primului răspuns</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ultima activitate</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nou</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Neatribuit</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Nivelul %1</translation>
    </message>
    <message>
        <source>T%1 · %2</source>
        <translation>N%1 · %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>respectat</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>în %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>depășit cu %1</translation>
    </message>
    <message>
        <source>%1 — VIP customer</source>
        <translation>%1 — client VIP</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>Termen pentru primul răspuns: %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Așteaptă de %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueuePage</name>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Nimeni (anulează atribuirea)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (nivelul %2)</translation>
    </message>
    <message>
        <source>Select tickets to assign them or change their status.</source>
        <translation>Selectați tichete pentru a le atribui sau a le schimba starea.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n tichet selectat</numerusform>
            <numerusform>%n tichete selectate</numerusform>
            <numerusform>%n de tichete selectate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n tichet</numerusform>
            <numerusform>%n tichete</numerusform>
            <numerusform>%n de tichete</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ tickets, counting…</source>
        <translation>
            <numerusform>%n+ tichet, se numără…</numerusform>
            <numerusform>%n+ tichete, se numără…</numerusform>
            <numerusform>%n+ de tichete, se numără…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViews</name>
    <message>
        <source>My tickets</source>
        <translation>Tichetele mele</translation>
    </message>
    <message>
        <source>Unassigned in my tier</source>
        <translation>Neatribuite pe nivelul meu</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Așteaptă pe alții</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA în pericol</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Toate deschise</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Toate tichetele</translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViewsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tierdesk::ScreenshotTour</name>
    <message>
        <source>Checked the relay logs: the queue volume filled up at 03:12. Asked the storage team to extend it; will update the customer when mail flows.</source>
        <translation>Am verificat jurnalele releului: volumul cozii s-a umplut la 03:12. Am cerut echipei de stocare să-l extindă; voi anunța clientul când e-mailurile pleacă din nou.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Comenzi rapide</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acțiune</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Taste</translation>
    </message>
    <message>
        <source> or </source>
        <translation> sau </translation>
    </message>
    <message>
        <source>Send the reply or note (in the composer)</source>
        <translation>Trimite răspunsul sau nota (în editorul de mesaje)</translation>
    </message>
    <message>
        <source>Paste a screenshot as an attachment (in the composer)</source>
        <translation>Lipiți o captură de ecran ca atașament (în editorul de mesaje)</translation>
    </message>
    <message>
        <source>Open the selected ticket (in the queue)</source>
        <translation>Deschide tichetul selectat (în coadă)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncEngine</name>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectare</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Sincronizare</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The local cache could not store the server&apos;s changes: %1</source>
        <translation>Memoria cache locală nu a putut stoca modificările serverului: %1</translation>
    </message>
    <message>
        <source>This version of the program cannot send it.</source>
        <translation>Această versiune a programului nu o poate trimite.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sincronizează acum</translation>
    </message>
    <message>
        <source>Offline — working from the local copy</source>
        <translation>Offline — se lucrează din copia locală</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectare…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Sincronizare…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Toate modificările au fost trimise</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n modificare așteaptă să fie trimisă</numerusform>
            <numerusform>%n modificări așteaptă să fie trimise</numerusform>
            <numerusform>%n de modificări așteaptă să fie trimise</numerusform>
        </translation>
    </message>
    <message>
        <source>First sync %p%</source>
        <translation>Prima sincronizare %p%</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Nesincronizat încă</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Ultima sincronizare %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n conflict are nevoie de dvs.</numerusform>
            <numerusform>%n conflicte au nevoie de dvs.</numerusform>
            <numerusform>%n de conflicte au nevoie de dvs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketFilter</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2: — searched as text</source>
        <translation>„%1” nu este o valoare pentru %2: — căutat ca text</translation>
    </message>
    <message>
        <source>Unknown term &apos;%1:&apos; — searched as text</source>
        <translation>Termen necunoscut „%1:” — căutat ca text</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketPage</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Proprietăți</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Istoric</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Tichetul %1</translation>
    </message>
    <message>
        <source>This ticket is not in the local cache (it may have been merged or removed).</source>
        <translation>Acest tichet nu se află în memoria cache locală (poate a fost comasat sau eliminat).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Gravitate %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de la %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>responsabil: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>neatribuit</translation>
    </message>
    <message>
        <source>your changes are waiting to be sent</source>
        <translation>modificările dvs. așteaptă să fie trimise</translation>
    </message>
</context>
<context>
    <name>tierdesk::TrayNotifier</name>
    <message>
        <source>Tierdesk</source>
        <translation>Tierdesk</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA depășit: %1</translation>
    </message>
    <message>
        <source>%1 — no first response in time.</source>
        <translation>%1 — niciun prim răspuns la timp.</translation>
    </message>
</context>
<context>
    <name>tierdesk::WorkstationApp</name>
    <message>
        <source>Tierdesk</source>
        <translation>Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to sync with the server. Until then you see the copy kept on this computer.</source>
        <translation>Autentificați-vă pentru a sincroniza cu serverul. Până atunci vedeți copia păstrată pe acest calculator.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; your unsent changes are kept.</source>
        <translation>Serverul v-a încheiat sesiunea. Autentificați-vă din nou; modificările netrimise sunt păstrate.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>V-ați deconectat.</translation>
    </message>
</context>
</TS>
