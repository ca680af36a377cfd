<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Knowledge-base article</source>
        <translation>Artykuł bazy wiedzy</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategoria:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>oddzielone przecinkami</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Kody &amp;błędów:</translation>
    </message>
    <message>
        <source>the codes this article answers, e.g. SMTP-421</source>
        <translation>kody, na które odpowiada artykuł, np. SMTP-421</translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, lists, `code`…</source>
        <translation>Artykuł w Markdown: # nagłówki, **pogrubienie**, listy, `kod`…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tierdesk workstation: the agents&apos; queue, tickets and knowledge base.</source>
        <translation>Stanowisko Tierdesk: kolejka, zgłoszenia i baza wiedzy agentów.</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:8080.</source>
        <translation>Adres serwera, np. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>Konto do zalogowania.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Odczytaj hasło z pierwszego wiersza standardowego wejścia.</translation>
    </message>
    <message>
        <source>Language of the program (en, pl, uk, ru, id, ro); overrides the setting.</source>
        <translation>Język programu (en, pl, uk, ru, id, ro); ma pierwszeństwo przed ustawieniem.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KOD</translation>
    </message>
    <message>
        <source>Folder for the local cache (default: the application data folder).</source>
        <translation>Folder lokalnej kopii danych (domyślnie: folder danych aplikacji).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>KATALOG</translation>
    </message>
    <message>
        <source>Open the main window from the cache without network, print &quot;startup_ms N&quot; once the first queue page is painted, and quit.</source>
        <translation>Otwórz okno główne z lokalnej kopii bez sieci, wypisz „startup_ms N” po narysowaniu pierwszej strony kolejki i zakończ.</translation>
    </message>
    <message>
        <source>The cache database file to open.</source>
        <translation>Plik bazy danych lokalnej kopii do otwarcia.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>PLIK</translation>
    </message>
    <message>
        <source>Write screenshots of the login, queue, ticket and knowledge-base views as PNG files into DIR, then quit.</source>
        <translation>Zapisz zrzuty ekranu logowania, kolejki, zgłoszenia i bazy wiedzy jako pliki PNG w katalogu DIR i zakończ.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>To nie jest adres serwera: %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --user.</source>
        <translation>--password-stdin wymaga --server i --user.</translation>
    </message>
    <message>
        <source>--startup-probe needs --cache FILE (or --server and --user).</source>
        <translation>--startup-probe wymaga --cache FILE (lub --server i --user).</translation>
    </message>
    <message>
        <source>No such cache file: %1</source>
        <translation>Nie ma takiego pliku lokalnej kopii: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Odpowiedź dla klienta</translation>
    </message>
    <message>
        <source>A public reply: the customer receives it (R)</source>
        <translation>Odpowiedź publiczna: klient ją otrzyma (R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Notatka wewnętrzna</translation>
    </message>
    <message>
        <source>A note for staff only: the customer never sees it (N)</source>
        <translation>Notatka tylko dla personelu: klient nigdy jej nie zobaczy (N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Załącz pliki…</translation>
    </message>
    <message>
        <source>Attach files (you can also paste a screenshot with Ctrl+V or drop files here)</source>
        <translation>Załącz pliki (możesz też wkleić zrzut ekranu Ctrl+V lub upuścić tu pliki)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Zrzut</translation>
    </message>
    <message>
        <source>Take a screenshot, annotate it and attach it</source>
        <translation>Zrób zrzut ekranu, dodaj adnotacje i załącz go</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Szukaj artykułów (Ctrl+F)</translation>
    </message>
    <message>
        <source>Error code, e.g. SMTP-421</source>
        <translation>Kod błędu, np. SMTP-421</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Nowy artykuł…</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Wstaw do odpowiedzi</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>&amp;Powiąż ze zgłoszeniem</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Tierdesk</source>
        <translation>Logowanie do Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to your help desk</source>
        <translation>Zaloguj się do swojego helpdesku</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>https://help.example.com</source>
        <translation>https://help.example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>twoja nazwa użytkownika</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Zapamiętaj mnie na tym komputerze</translation>
    </message>
    <message>
        <source>Keeps the sign-in token (never the password) in the system keychain, so that Tierdesk opens straight away next time, even offline.</source>
        <translation>Przechowuje token logowania (nigdy hasło) w systemowym pęku kluczy, aby następnym razem Tierdesk otworzył się od razu, nawet bez sieci.</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>&amp;Zaufaj certyfikatowi…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Zaloguj</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t remember me</source>
        <translation>&amp;Nie zapamiętuj mnie</translation>
    </message>
    <message>
        <source>&amp;Keep it in a file only I can read</source>
        <translation>&amp;Zapisz w pliku, który tylko ja mogę czytać</translation>
    </message>
</context>
<context>
    <name>LoginErrorText</name>
    <message>
        <source>Wrong account or password.</source>
        <translation>Nieprawidłowe konto lub hasło.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection. (%2)</source>
        <translation>Nie można połączyć się z serwerem %1. Sprawdź adres i połączenie sieciowe. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again, or check the address.</source>
        <translation>Serwer %1 nie odpowiedział na czas. Spróbuj ponownie lub sprawdź adres.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Tierdesk did not send your password. %1 If this server uses its own certificate, get the certificate file from your administrator and choose it with &quot;Trust a certificate…&quot;.</source>
        <translation>Certyfikat serwera nie jest zaufany, więc Tierdesk nie wysłał hasła. %1 Jeśli ten serwer używa własnego certyfikatu, poproś administratora o plik certyfikatu i wybierz go przyciskiem „Zaufaj certyfikatowi…”.</translation>
    </message>
    <message>
        <source>The server refused the sign-in for this account.</source>
        <translation>Serwer odmówił zalogowania na to konto.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Zbyt wiele prób logowania. Odczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Serwer odmówił zalogowania: %1</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again shortly.</source>
        <translation>Serwer %1 ma problem (HTTP %2). Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Tierdesk server. Check the address.</source>
        <translation>%1 nie odpowiada jak serwer Tierdesk. Sprawdź adres.</translation>
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
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Kolejka</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Baza wiedzy</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Następne zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Poprzednie zgłoszenie</translation>
    </message>
    <message>
        <source>&amp;Close ticket tab</source>
        <translation>Zamknij kartę &amp;zgłoszenia</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Odpowiedz</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Notatka wewnętrzna</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Przypisz &amp;do mnie</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Pokaż &amp;historię</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Szukaj</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Skróty &amp;klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Tierdesk</source>
        <translation>&amp;O programie Tierdesk</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Zgłaszający:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Waga:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priorytet:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Właściciel:</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Przypisz &amp;do mnie</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Linia:</translation>
    </message>
    <message>
        <source>&amp;Collaborators:</source>
        <translation>&amp;Współpracownicy:</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Kody &amp;błędów:</translation>
    </message>
    <message>
        <source>E-4012, SMTP-421</source>
        <translation>E-4012, SMTP-421</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>&amp;Wyszukaj</translation>
    </message>
    <message>
        <source>Find knowledge-base articles for these error codes</source>
        <translation>Znajdź artykuły bazy wiedzy dla tych kodów błędów</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gi:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>oddzielone przecinkami</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incydent:</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>Termin pierwszej odpowiedzi:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Pierwsza odpowiedź:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Rozwiązano:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Otwarto:</translation>
    </message>
    <message>
        <source>Customer last wrote:</source>
        <translation>Ostatnia wiadomość klienta:</translation>
    </message>
    <message>
        <source>Linked articles:</source>
        <translation>Powiązane artykuły:</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Views</source>
        <translation>Widoki</translation>
    </message>
    <message>
        <source>Filter: words, error codes, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F or /)</source>
        <translation>Filtr: słowa, kody błędów, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F lub /)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Przypisz &amp;do mnie</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Przypisz &amp;do…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Ustaw &amp;status…</translation>
    </message>
</context>
<context>
    <name>TicketDisplay</name>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Czeka na klienta</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Czeka na innych</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>1 — Critical</source>
        <translation>1 — Krytyczna</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — Wysoka</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Normalna</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Niska</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Notatka wewnętrzna</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Odpowiedź publiczna</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowe</translation>
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
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d. %2 godz.</translation>
    </message>
    <message>
        <source>met</source>
        <translation>dotrzymano</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>za %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>po terminie %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>przed chwilą</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 temu</translation>
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
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
            <numerusform>%n godz.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotatorDialog</name>
    <message>
        <source>Annotate %1</source>
        <translation>Adnotacje: %1</translation>
    </message>
    <message>
        <source>&amp;Attach to message</source>
        <translation>&amp;Załącz do wiadomości</translation>
    </message>
</context>
<context>
    <name>tierdesk::ArticleEditor</name>
    <message>
        <source>New knowledge-base article</source>
        <translation>Nowy artykuł bazy wiedzy</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Edycja „%1”</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Artykuł musi mieć tytuł.</translation>
    </message>
    <message>
        <source>Choose or type a category (e.g. Network/VPN).</source>
        <translation>Wybierz lub wpisz kategorię (np. Network/VPN).</translation>
    </message>
    <message>
        <source>The article has no text yet.</source>
        <translation>Artykuł nie ma jeszcze treści.</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentLoader</name>
    <message>
        <source>Sign in to download this attachment.</source>
        <translation>Zaloguj się, aby pobrać ten załącznik.</translation>
    </message>
    <message>
        <source>The attachment cannot be downloaded while offline.</source>
        <translation>Nie można pobrać załącznika bez połączenia z siecią.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>Nie udało się pobrać załącznika: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentThumbnail</name>
    <message>
        <source>%1 (%2) — click to open, save or annotate</source>
        <translation>%1 (%2) — kliknij, aby otworzyć, zapisać lub dodać adnotacje</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>załącznik %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Zapisz jako…</translation>
    </message>
    <message>
        <source>&amp;Annotate and attach as a new file…</source>
        <translation>&amp;Dodaj adnotacje i załącz jako nowy plik…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Nie udało się zapisać %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentTray</name>
    <message>
        <source>Show it large, or annotate it</source>
        <translation>Pokaż w dużym rozmiarze lub dodaj adnotacje</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>Nie wysyłaj tego pliku</translation>
    </message>
    <message>
        <source>Attachment preview — %1</source>
        <translation>Podgląd załącznika — %1</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Adnotacje…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>tierdesk::AuditView</name>
    <message>
        <source>When</source>
        <translation>Kiedy</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Przed</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Po</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Odśwież</translation>
    </message>
    <message>
        <source>The history comes from the server; sign in to see it.</source>
        <translation>Historia pochodzi z serwera; zaloguj się, aby ją zobaczyć.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Wczytywanie historii…</translation>
    </message>
    <message>
        <source>The history is kept on the server and cannot be loaded while offline.</source>
        <translation>Historia jest przechowywana na serwerze i nie można jej wczytać bez sieci.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Nie udało się wczytać historii: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded on the server.</source>
        <translation>
            <numerusform>%n zmiana zapisana na serwerze.</numerusform>
            <numerusform>%n zmiany zapisane na serwerze.</numerusform>
            <numerusform>%n zmian zapisanych na serwerze.</numerusform>
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
        <translation>&amp;Obszar ekranu…</translation>
    </message>
    <message>
        <source>&amp;Whole screen</source>
        <translation>&amp;Cały ekran</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Dodaj notatkę wewnętrzną</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
    <message>
        <source>Only staff will see this note.</source>
        <translation>Tę notatkę zobaczy tylko personel.</translation>
    </message>
    <message>
        <source>The customer will receive this reply.</source>
        <translation>Klient otrzyma tę odpowiedź.</translation>
    </message>
    <message>
        <source>Internal note for staff — the customer will not see it</source>
        <translation>Notatka wewnętrzna dla personelu — klient jej nie zobaczy</translation>
    </message>
    <message>
        <source>Reply to the customer…</source>
        <translation>Odpowiedź dla klienta…</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 nie jest plikiem.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 jest większy niż %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Załącz pliki</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Najpierw napisz notatkę.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Najpierw napisz odpowiedź.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Załączono: %1</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>Wysyłanie %1 (%2 z %3)…</translation>
    </message>
    <message>
        <source>Attachments need a connection to the server; nothing was sent and your message is kept here. Send it again when online, or remove the attachments to send the text now (text goes out by itself once the connection is back).</source>
        <translation>Załączniki wymagają połączenia z serwerem; nic nie zostało wysłane, a wiadomość pozostaje tutaj. Wyślij ją ponownie po połączeniu albo usuń załączniki, aby wysłać sam tekst teraz (tekst wyjdzie sam, gdy połączenie wróci).</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1. Nothing was sent.</source>
        <translation>Nie udało się wysłać załącznika: %1. Nic nie zostało wysłane.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConflictBanner</name>
    <message>
        <source>Field</source>
        <translation>Pole</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Twoja wersja</translation>
    </message>
    <message>
        <source>Their version (on the server)</source>
        <translation>Ich wersja (na serwerze)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Zachowaj</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Zachowaj &amp;moje</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Zachowaj &amp;ich</translation>
    </message>
    <message>
        <source>Apply my &amp;choices</source>
        <translation>Zastosuj moje &amp;wybory</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(puste)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this too.&lt;/b&gt; Your edit of %1 was not sent because the server already holds a different value. Choose what to keep; nothing is lost until you do.</source>
        <translation>&lt;b&gt;Ktoś inny też to zmienił.&lt;/b&gt; Twoja zmiana pól %1 nie została wysłana, bo serwer ma już inną wartość. Wybierz, co zachować; do tego czasu nic nie zginie.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Moja</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Ich</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConversationView</name>
    <message>
        <source>No messages yet.</source>
        <translation>Brak wiadomości.</translation>
    </message>
</context>
<context>
    <name>tierdesk::KbPage</name>
    <message>
        <source>All articles (%1)</source>
        <translation>Wszystkie artykuły (%1)</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Żaden artykuł nie pasuje do „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n artykuł pasuje do „%1”, najlepsze najpierw.</numerusform>
            <numerusform>%n artykuły pasują do „%1”, najlepsze najpierw.</numerusform>
            <numerusform>%n artykułów pasuje do „%1”, najlepsze najpierw.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article answers the error code %1 yet.</source>
        <translation>Żaden artykuł nie odpowiada jeszcze na kod błędu %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) answer the error code %1.</source>
        <translation>
            <numerusform>%n artykuł odpowiada na kod błędu %1.</numerusform>
            <numerusform>%n artykuły odpowiadają na kod błędu %1.</numerusform>
            <numerusform>%n artykułów odpowiada na kod błędu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Wszystkie artykuły</translation>
    </message>
    <message>
        <source>This article is not in the local cache.</source>
        <translation>Tego artykułu nie ma w lokalnej kopii.</translation>
    </message>
    <message>
        <source>**not yet sent**</source>
        <translation>**jeszcze niewysłany**</translation>
    </message>
    <message>
        <source>Insert and link act on %1.</source>
        <translation>Wstawianie i powiązanie dotyczą %1.</translation>
    </message>
    <message>
        <source>Open a ticket to insert an article into a reply or link it.</source>
        <translation>Otwórz zgłoszenie, aby wstawić artykuł do odpowiedzi lub go powiązać.</translation>
    </message>
</context>
<context>
    <name>tierdesk::LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Nie można otworzyć lokalnej kopii %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared: %2</source>
        <translation>Nie udało się przygotować lokalnej kopii %1: %2</translation>
    </message>
    <message>
        <source>its ticket could not be created: %1</source>
        <translation>nie udało się utworzyć jego zgłoszenia: %1</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>zachowano drugą wersję</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the address of your help desk server.</source>
        <translation>Wpisz adres serwera swojego helpdesku.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. It looks like https://help.example.com.</source>
        <translation>„%1” nie jest adresem serwera. Adres wygląda tak: https://help.example.com.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Wpisz nazwę konta.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Wpisz hasło.</translation>
    </message>
    <message>
        <source>The workstation is for support staff. Customers report and follow their problems with Tierdesk Report.</source>
        <translation>Stanowisko jest przeznaczone dla personelu wsparcia. Klienci zgłaszają i śledzą swoje problemy w Tierdesk Report.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk cannot keep your sign-in there.

It can keep the sign-in token in a file that only your user account can read, so that it opens straight away next time, even offline. Your password is never stored. Without it you sign in again at every start.</source>
        <translation>Na tym komputerze nie działa żadna usługa pęku kluczy (np. GNOME Keyring lub KWallet), więc Tierdesk nie może w niej zapamiętać logowania.

Może przechowywać token logowania w pliku, który może czytać tylko twoje konto użytkownika, aby następnym razem otworzyć się od razu, nawet bez sieci. Hasło nigdy nie jest zapisywane. Bez tego zalogujesz się ponownie przy każdym uruchomieniu.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certyfikat, któremu zaufać</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certyfikaty (*.pem *.crt *.cer);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format.</source>
        <translation>%1 nie zawiera certyfikatu w formacie PEM.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>Queue</source>
        <translation>Kolejka</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Baza wiedzy</translation>
    </message>
    <message>
        <source>Article linked to %1.</source>
        <translation>Artykuł powiązano z %1.</translation>
    </message>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation>Serwer odrzucił zmianę (%1): %2</translation>
    </message>
    <message>
        <source>Someone else changed the same fields; open the item to choose what to keep.</source>
        <translation>Ktoś inny zmienił te same pola; otwórz element i wybierz, co zachować.</translation>
    </message>
    <message>
        <source>About Tierdesk</source>
        <translation>O programie Tierdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;The agents&apos; workstation of a help desk for tiered technical support: queue, tickets and knowledge base, working offline from a local copy.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;Stanowisko agentów helpdesku dla wielopoziomowego wsparcia technicznego: kolejka, zgłoszenia i baza wiedzy, działające bez sieci z lokalnej kopii.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Tierdesk will use the new language from its next start.</source>
        <translation>Tierdesk użyje nowego języka od następnego uruchomienia.</translation>
    </message>
    <message>
        <source>Tierdesk — %1 on %2</source>
        <translation>Tierdesk — %1 na %2</translation>
    </message>
    <message>
        <source>This is the last ticket of the view.</source>
        <translation>To ostatnie zgłoszenie w tym widoku.</translation>
    </message>
    <message>
        <source>This is the first ticket of the view.</source>
        <translation>To pierwsze zgłoszenie w tym widoku.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you.</source>
        <translation>
            <numerusform>%n zgłoszenie przypisano do ciebie.</numerusform>
            <numerusform>%n zgłoszenia przypisano do ciebie.</numerusform>
            <numerusform>%n zgłoszeń przypisano do ciebie.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageWidget</name>
    <message>
        <source>Customer</source>
        <translation>Klient</translation>
    </message>
    <message>
        <source>Reply — sent to the customer</source>
        <translation>Odpowiedź — wysłana do klienta</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Notatka wewnętrzna — niewidoczna dla klienta</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Czeka na wysłanie</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n nieprzeczytane powiadomienie</numerusform>
            <numerusform>%n nieprzeczytane powiadomienia</numerusform>
            <numerusform>%n nieprzeczytanych powiadomień</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Brak nieprzeczytanych powiadomień</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Powiadomienia</translation>
    </message>
    <message>
        <source>Nothing yet: assignments and replies show here.</source>
        <translation>Na razie nic: tutaj pojawią się przydziały i odpowiedzi.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Oznacz wszystkie jako przeczytane</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationText</name>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Przypisano do ciebie: %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Odpowiedź w %1</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>zgłoszeniu</translation>
    </message>
</context>
<context>
    <name>tierdesk::PropertiesPanel</name>
    <message>
        <source>(nobody)</source>
        <translation>(nikt)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (linia %2)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(bez grupy)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>(VIP)</source>
        <translation>(VIP)</translation>
    </message>
    <message>
        <source>%1 of 8 (severity first, then customer importance)</source>
        <translation>%1 z 8 (najpierw waga, potem znaczenie klienta)</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artykuł %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
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
        <translation>%1 godz. %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d. %2 godz.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nowe</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Czeka na klienta</translation>
    </message>
    <message>
        <source>Waiting on specialist</source>
        <translation>Czeka na specjalistę</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Krytyczna</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · Wysoka</translation>
    </message>
    <message>
        <source>3 · Normal</source>
        <translation>3 · Normalna</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Niska</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numer</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Zgłaszający</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Waga</translation>
    </message>
    <message>
        <source>Priority, then SLA due time</source>
        <translation>Priorytet, potem termin SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorytet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Właściciel</translation>
    </message>
    <message>
        <source>Tier / group</source>
        <translation>Linia / grupa</translation>
    </message>
    <message>
        <source>Time left to the first-response target</source>
        <translation>Czas pozostały do terminu pierwszej odpowiedzi</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Ostatnia aktywność</translation>
    </message>
    <message>
        <source>new</source>
        <translation>nowe</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nieprzypisane</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Linia %1</translation>
    </message>
    <message>
        <source>T%1 · %2</source>
        <translation>L%1 · %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>dotrzymano</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>za %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 po terminie</translation>
    </message>
    <message>
        <source>%1 — VIP customer</source>
        <translation>%1 — klient VIP</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>Termin pierwszej odpowiedzi: %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Czeka od %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueuePage</name>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Nikt (usuń przypisanie)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (linia %2)</translation>
    </message>
    <message>
        <source>Select tickets to assign them or change their status.</source>
        <translation>Zaznacz zgłoszenia, aby je przypisać lub zmienić ich status.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>Zaznaczono %n zgłoszenie</numerusform>
            <numerusform>Zaznaczono %n zgłoszenia</numerusform>
            <numerusform>Zaznaczono %n zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n zgłoszenie</numerusform>
            <numerusform>%n zgłoszenia</numerusform>
            <numerusform>%n zgłoszeń</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ tickets, counting…</source>
        <translation>
            <numerusform>%n+ zgłoszenie, liczenie…</numerusform>
            <numerusform>%n+ zgłoszenia, liczenie…</numerusform>
            <numerusform>%n+ zgłoszeń, liczenie…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViews</name>
    <message>
        <source>My tickets</source>
        <translation>Moje zgłoszenia</translation>
    </message>
    <message>
        <source>Unassigned in my tier</source>
        <translation>Nieprzypisane w mojej linii</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Czeka na innych</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA zagrożone</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Wszystkie otwarte</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Wszystkie zgłoszenia</translation>
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
        <translation>Sprawdziłam logi przekaźnika: wolumin kolejki zapełnił się o 03:12. Poprosiłam zespół pamięci masowej o jego powiększenie; dam znać klientowi, gdy poczta ruszy.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Czynność</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Klawisze</translation>
    </message>
    <message>
        <source> or </source>
        <translation> lub </translation>
    </message>
    <message>
        <source>Send the reply or note (in the composer)</source>
        <translation>Wyślij odpowiedź lub notatkę (w edytorze wiadomości)</translation>
    </message>
    <message>
        <source>Paste a screenshot as an attachment (in the composer)</source>
        <translation>Wklej zrzut ekranu jako załącznik (w edytorze wiadomości)</translation>
    </message>
    <message>
        <source>Open the selected ticket (in the queue)</source>
        <translation>Otwórz zaznaczone zgłoszenie (w kolejce)</translation>
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
        <translation>Łączenie</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Synchronizacja</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The local cache could not store the server&apos;s changes: %1</source>
        <translation>Lokalna kopia nie mogła zapisać zmian z serwera: %1</translation>
    </message>
    <message>
        <source>This version of the program cannot send it.</source>
        <translation>Ta wersja programu nie potrafi tego wysłać.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Synchronizuj teraz</translation>
    </message>
    <message>
        <source>Offline — working from the local copy</source>
        <translation>Offline — praca na lokalnej kopii</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronizacja…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Wszystkie zmiany wysłane</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n zmiana czeka na wysłanie</numerusform>
            <numerusform>%n zmiany czekają na wysłanie</numerusform>
            <numerusform>%n zmian czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <source>First sync %p%</source>
        <translation>Pierwsza synchronizacja %p%</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jeszcze nie synchronizowano</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Ostatnia synchronizacja %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n konflikt wymaga twojej decyzji</numerusform>
            <numerusform>%n konflikty wymagają twojej decyzji</numerusform>
            <numerusform>%n konfliktów wymaga twojej decyzji</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketFilter</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2: — searched as text</source>
        <translation>„%1” nie jest wartością %2: — wyszukano jako tekst</translation>
    </message>
    <message>
        <source>Unknown term &apos;%1:&apos; — searched as text</source>
        <translation>Nieznany termin „%1:” — wyszukano jako tekst</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketPage</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Właściwości</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historia</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Zgłoszenie %1</translation>
    </message>
    <message>
        <source>This ticket is not in the local cache (it may have been merged or removed).</source>
        <translation>Tego zgłoszenia nie ma w lokalnej kopii (mogło zostać scalone lub usunięte).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Waga %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>właściciel: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>nieprzypisane</translation>
    </message>
    <message>
        <source>your changes are waiting to be sent</source>
        <translation>twoje zmiany czekają na wysłanie</translation>
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
        <translation>Przekroczone SLA: %1</translation>
    </message>
    <message>
        <source>%1 — no first response in time.</source>
        <translation>%1 — brak pierwszej odpowiedzi w terminie.</translation>
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
        <translation>Zaloguj się, aby synchronizować z serwerem. Do tego czasu widzisz kopię przechowywaną na tym komputerze.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; your unsent changes are kept.</source>
        <translation>Serwer zakończył twoją sesję. Zaloguj się ponownie; niewysłane zmiany zostają zachowane.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Wylogowano.</translation>
    </message>
</context>
</TS>
