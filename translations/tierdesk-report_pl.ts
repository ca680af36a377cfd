<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Capture:</source>
        <translation>Zrzut:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Cały ekran</translation>
    </message>
    <message>
        <source>Take a screenshot of all screens (this window steps aside meanwhile)</source>
        <translation>Zrób zrzut wszystkich ekranów (to okno na ten czas znika)</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Obszar…</translation>
    </message>
    <message>
        <source>Freeze the screen and drag a rectangle around the part that shows the problem</source>
        <translation>Zamróź ekran i zaznacz prostokątem część, która pokazuje problem</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Okno</translation>
    </message>
    <message>
        <source>Capture the window that is active when the delay is over; set a delay to switch to it first</source>
        <translation>Zrób zrzut okna aktywnego po upływie opóźnienia; ustaw opóźnienie, aby najpierw się do niego przełączyć</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Opóźnienie:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Record steps…</source>
        <translation>Nagraj kroki…</translation>
    </message>
    <message>
        <source>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</source>
        <translation>Mały pasek zostaje na wierzchu, gdy powtarzasz swoje czynności; każde kliknięcie „Zrób krok” dodaje ponumerowany zrzut ekranu</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Wklej obraz</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard (Ctrl+V)</source>
        <translation>Dołącz obraz ze schowka (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dodaj pliki…</translation>
    </message>
    <message>
        <source>You can also drop files or images here, or paste a screenshot with Ctrl+V.</source>
        <translation>Możesz też upuścić tu pliki lub obrazy albo wkleić zrzut ekranu skrótem Ctrl+V.</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Adnotacje…</translation>
    </message>
    <message>
        <source>Add arrows, boxes, text and numbers, or black out private details</source>
        <translation>Dodaj strzałki, ramki, tekst i numery albo zamaż prywatne dane</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Podgląd</translation>
    </message>
    <message>
        <source>Show the image exactly as it will be sent</source>
        <translation>Pokaż obraz dokładnie tak, jak zostanie wysłany</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Kroki</translation>
    </message>
    <message>
        <source>Double-click a step to write what you did in it; drag steps to reorder them</source>
        <translation>Kliknij dwukrotnie krok, aby opisać, co w nim zrobiłeś; przeciągaj kroki, aby zmienić ich kolejność</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
</context>
<context>
    <name>CapitalsHint</name>
    <message>
        <source>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</source>
        <translation>Wielkie litery nie przyspieszą zgłoszenia: o kolejności obsługi decyduje wybrana waga problemu i priorytet Twojego konta. Spokojny temat łatwiej też później znaleźć.</translation>
    </message>
</context>
<context>
    <name>CaptureCommand</name>
    <message>
        <source>Usage: tierdesk-report capture --full|--screen N|--window -o FILE.png [--delay S]

Takes one screenshot and writes it to FILE.png, a new file (an existing file is never
overwritten). No window is opened.

  --full          every screen, as one image
  --screen N      screen N (0 is the first)
  --window        the active window
  -o, --output    the PNG file to create
  --delay S       wait S seconds first (0 to %1)
</source>
        <translation>Użycie: tierdesk-report capture --full|--screen N|--window -o PLIK.png [--delay S]

Robi jeden zrzut ekranu i zapisuje go w PLIK.png jako nowy plik (istniejący plik nigdy
nie jest nadpisywany). Żadne okno się nie otwiera.

  --full          wszystkie ekrany jako jeden obraz
  --screen N      ekran N (0 to pierwszy)
  --window        aktywne okno
  -o, --output    plik PNG do utworzenia
  --delay S       najpierw odczekaj S sekund (od 0 do %1)
</translation>
    </message>
    <message>
        <source>The active window is outside every screen.</source>
        <translation>Aktywne okno leży poza wszystkimi ekranami.</translation>
    </message>
    <message>
        <source>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Brak ekranu do przechwycenia: nie ustawiono ani DISPLAY, ani WAYLAND_DISPLAY.</translation>
    </message>
    <message>
        <source>Say what to capture: exactly one of --full, --screen N or --window.</source>
        <translation>Podaj, co przechwycić: dokładnie jedno z --full, --screen N lub --window.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Nieoczekiwany argument: %1</translation>
    </message>
    <message>
        <source>Say where to write the screenshot: -o FILE.png.</source>
        <translation>Podaj, gdzie zapisać zrzut: -o PLIK.png.</translation>
    </message>
    <message>
        <source>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</source>
        <translation>%1 już istnieje; tierdesk-report nigdy nie nadpisuje plików. Wybierz nową nazwę.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>--delay takes whole seconds from 0 to %1.</source>
        <translation>--delay przyjmuje pełne sekundy od 0 do %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number: 0 for the first screen.</source>
        <translation>--screen przyjmuje numer ekranu: 0 to pierwszy ekran.</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Zrzut za %n sekundę…</numerusform>
            <numerusform>Zrzut za %n sekundy…</numerusform>
            <numerusform>Zrzut za %n sekund…</numerusform>
        </translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Nie udało się przechwycić ekranu.</translation>
    </message>
    <message>
        <source>The screenshot could not be encoded as PNG.</source>
        <translation>Nie udało się zapisać zrzutu jako PNG.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to support</source>
        <translation>Logowanie do pomocy technicznej</translation>
    </message>
    <message>
        <source>Sign in with the account your support team gave you.</source>
        <translation>Zaloguj się kontem otrzymanym od zespołu pomocy technicznej.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Serwer:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Nie wylogowuj mnie na tym komputerze</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Zaloguj</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk support</source>
        <translation>Pomoc techniczna Tierdesk</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Moje zgłoszenia</translation>
    </message>
    <message>
        <source>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</source>
        <translation>Nie masz jeszcze zgłoszeń. Gdy coś nie działa, użyj „Zgłoś problem”.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Zgłoś problem…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Wyloguj</translation>
    </message>
</context>
<context>
    <name>ProblemAttachmentsPage</name>
    <message>
        <source>Show it</source>
        <translation>Pokaż to</translation>
    </message>
    <message>
        <source>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</source>
        <translation>Zrzut ekranu z błędem i godziną albo kroki jako ponumerowane zrzuty często skracają czas naprawy o połowę. Prywatne dane zamaż przez Adnotacje → Zamaż.</translation>
    </message>
</context>
<context>
    <name>ProblemDescriptionPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Co poszło nie tak?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</source>
        <translation>Opisz to własnymi słowami. Krótko i dokładnie pomaga bardziej niż długo: co zrobiłeś, czego oczekiwałeś, co się stało.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Temat:</translation>
    </message>
    <message>
        <source>One line, e.g. &quot;Invoice export stops with an error&quot;</source>
        <translation>Jedna linia, np. „Eksport faktur przerywa się z błędem”</translation>
    </message>
    <message>
        <source>What did you &amp;do?</source>
        <translation>Co &amp;zrobiłeś?</translation>
    </message>
    <message>
        <source>The steps in order: I opened…, I clicked…</source>
        <translation>Kroki po kolei: otworzyłem…, kliknąłem…</translation>
    </message>
    <message>
        <source>What did you &amp;expect?</source>
        <translation>Czego się &amp;spodziewałeś?</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>Co powinno było się stać</translation>
    </message>
    <message>
        <source>What &amp;happened instead?</source>
        <translation>Co się &amp;stało zamiast tego?</translation>
    </message>
    <message>
        <source>What you saw instead (required)</source>
        <translation>Co zobaczyłeś zamiast tego (wymagane)</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsPage</name>
    <message>
        <source>The error and the time</source>
        <translation>Błąd i czas</translation>
    </message>
    <message>
        <source>The exact message and the time let support find your problem in the logs.</source>
        <translation>Dokładny komunikat i godzina pozwalają pomocy technicznej odnaleźć Twój problem w logach.</translation>
    </message>
    <message>
        <source>The exact &amp;error message or code:</source>
        <translation>Dokładny &amp;komunikat lub kod błędu:</translation>
    </message>
    <message>
        <source>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</source>
        <translation>Skopiuj komunikat dokładnie tak, jak się pojawił, albo wpisz kod (np. 0x80070005, SMTP-421)</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Kiedy to się stało?</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Przed chwilą</translation>
    </message>
    <message>
        <source>How &amp;bad is it?</source>
        <translation>Jak &amp;poważny jest problem?</translation>
    </message>
    <message>
        <source>Support answers in order of severity and your account&apos;s priority.</source>
        <translation>Pomoc techniczna odpowiada według wagi problemu i priorytetu Twojego konta.</translation>
    </message>
</context>
<context>
    <name>ProblemDraft</name>
    <message>
        <source>What I did:</source>
        <translation>Co zrobiłem:</translation>
    </message>
    <message>
        <source>What I expected:</source>
        <translation>Czego oczekiwałem:</translation>
    </message>
    <message>
        <source>What happened instead:</source>
        <translation>Co się stało zamiast tego:</translation>
    </message>
    <message>
        <source>The exact error message:</source>
        <translation>Dokładny komunikat błędu:</translation>
    </message>
    <message>
        <source>When it happened: %1</source>
        <translation>Kiedy to się stało: %1</translation>
    </message>
    <message>
        <source>Another report of this problem: %1</source>
        <translation>Kolejne zgłoszenie tego problemu: %1</translation>
    </message>
</context>
<context>
    <name>ProblemReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Sprawdź i wyślij</translation>
    </message>
    <message>
        <source>This is what support will receive.</source>
        <translation>Tak zobaczy to pomoc techniczna.</translation>
    </message>
    <message>
        <source>A known problem may be the cause</source>
        <translation>Przyczyną może być znany problem</translation>
    </message>
    <message>
        <source>Link my report to this known problem, so that I hear when it is fixed</source>
        <translation>Powiąż moje zgłoszenie z tym znanym problemem, abym wiedział, kiedy zostanie usunięty</translation>
    </message>
    <message>
        <source>You may have reported this already</source>
        <translation>Być może już to zgłosiłeś</translation>
    </message>
    <message>
        <source>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</source>
        <translation>Wygląda to na problem, do którego masz już otwarte zgłoszenie. Dopisanie do niego trzyma wszystko w jednym miejscu i nie zaczyna kolejki od nowa.</translation>
    </message>
    <message>
        <source>Add my report to the selected ticket</source>
        <translation>Dopisz moją informację do wybranego zgłoszenia</translation>
    </message>
    <message>
        <source>It is a different problem: open a new ticket</source>
        <translation>To inny problem: otwórz nowe zgłoszenie</translation>
    </message>
</context>
<context>
    <name>TicketStatusText</name>
    <message>
        <source>Received</source>
        <translation>Przyjęte</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>W realizacji</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Czeka na Twoją odpowiedź</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>U specjalisty</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Rozwiązane</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Zamknięte</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Jeszcze niewysłane</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Twoja odpowiedź:</translation>
    </message>
    <message>
        <source>Answer support, or add what you found out since</source>
        <translation>Odpowiedz pomocy technicznej lub dopisz, czego się od tego czasu dowiedziałeś</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>Zrzuty ekranu i pliki</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Wyślij odpowiedź</translation>
    </message>
</context>
<context>
    <name>X11WindowLocator</name>
    <message>
        <source>The active window can only be found on an X11 desktop.</source>
        <translation>Aktywne okno można ustalić tylko na pulpicie X11.</translation>
    </message>
    <message>
        <source>No window is active; click the window to capture first.</source>
        <translation>Żadne okno nie jest aktywne; najpierw kliknij okno, które chcesz przechwycić.</translation>
    </message>
    <message>
        <source>The active window is not on the screen.</source>
        <translation>Aktywnego okna nie ma na ekranie.</translation>
    </message>
    <message>
        <source>The X server did not say where the active window is.</source>
        <translation>Serwer X nie podał, gdzie jest aktywne okno.</translation>
    </message>
    <message>
        <source>This build cannot find the active window of other programs (it was built without xcb).</source>
        <translation>Ta kompilacja nie potrafi znaleźć aktywnego okna innych programów (zbudowano ją bez xcb).</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotateDialog</name>
    <message>
        <source>Mark the screenshot</source>
        <translation>Oznacz zrzut ekranu</translation>
    </message>
    <message>
        <source>Use these marks</source>
        <translation>Użyj tych oznaczeń</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Dołącz pliki</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Zrzut za %n sekundę…</numerusform>
            <numerusform>Zrzut za %n sekundy…</numerusform>
            <numerusform>Zrzut za %n sekund…</numerusform>
        </translation>
    </message>
    <message>
        <source>Region added: %1 × %2 pixels.</source>
        <translation>Dodano obszar: %1 × %2 pikseli.</translation>
    </message>
    <message>
        <source>No region was chosen.</source>
        <translation>Nie wybrano obszaru.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part to keep; Esc cancels.</source>
        <translation>Zaznacz prostokątem część do zachowania; Esc anuluje.</translation>
    </message>
    <message>
        <source>Screenshot added: %1 × %2 pixels.</source>
        <translation>Dodano zrzut ekranu: %1 × %2 pikseli.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded. Double-click a step to describe it.</source>
        <translation>
            <numerusform>Nagrano %n krok. Kliknij krok dwukrotnie, aby go opisać.</numerusform>
            <numerusform>Nagrano %n kroki. Kliknij krok dwukrotnie, aby go opisać.</numerusform>
            <numerusform>Nagrano %n kroków. Kliknij krok dwukrotnie, aby go opisać.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Schowek nie zawiera obrazu ani pliku.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pasted.</source>
        <translation>
            <numerusform>Wklejono %n element.</numerusform>
            <numerusform>Wklejono %n elementy.</numerusform>
            <numerusform>Wklejono %n elementów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>Dodano %n plik.</numerusform>
            <numerusform>Dodano %n pliki.</numerusform>
            <numerusform>Dodano %n plików.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>Dodano %n element.</numerusform>
            <numerusform>Dodano %n elementy.</numerusform>
            <numerusform>Dodano %n elementów.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are kept with the screenshot.</source>
        <translation>Oznaczenia zostały zachowane ze zrzutem ekranu.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ImagePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Podgląd: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pikseli</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://support.example.com.</source>
        <translation>Wpisz adres serwera, np. https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Wpisz login i hasło.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Logowanie…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Brak pęku kluczy</translation>
    </message>
    <message>
        <source>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</source>
        <translation>Ten komputer nie ma usługi pęku kluczy (np. GNOME Keyring lub KWallet), która bezpiecznie przechowa Twoje logowanie. Czy zamiast tego zapisać je w pliku, który może odczytać tylko Twoje konto użytkownika? W przeciwnym razie hasło będzie potrzebne przy każdym uruchomieniu.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>The server did not accept a change: %1</source>
        <translation>Serwer nie przyjął zmiany: %1</translation>
    </message>
    <message>
        <source>A report could not be sent: %1</source>
        <translation>Nie udało się wysłać zgłoszenia: %1</translation>
    </message>
    <message>
        <source>Offline: what you write is kept and sent later</source>
        <translation>Offline: to, co napiszesz, zostanie zachowane i wysłane później</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Aktualizowanie…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n element czeka na wysłanie</numerusform>
            <numerusform>%n elementy czekają na wysłanie</numerusform>
            <numerusform>%n elementów czeka na wysłanie</numerusform>
        </translation>
    </message>
    <message>
        <source>Tierdesk support — %1</source>
        <translation>Pomoc techniczna Tierdesk — %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::NewProblemWizard</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Nie jesteś zalogowany.</translation>
    </message>
    <message>
        <source>This may be part of the known problem &quot;%1&quot;.</source>
        <translation>Może to być część znanego problemu „%1”.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Nie wysłano</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Zgłoś problem</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Dalej &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Wstecz</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Wyślij</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemDetailsPage</name>
    <message>
        <source>Critical: work has stopped for many people</source>
        <translation>Krytyczny: praca wielu osób stanęła</translation>
    </message>
    <message>
        <source>High: I cannot work and there is no way around it</source>
        <translation>Wysoki: nie mogę pracować i nie ma obejścia</translation>
    </message>
    <message>
        <source>Normal: something does not work, but I can carry on</source>
        <translation>Normalny: coś nie działa, ale mogę pracować dalej</translation>
    </message>
    <message>
        <source>Low: a question or a small annoyance</source>
        <translation>Niski: pytanie lub drobna niedogodność</translation>
    </message>
    <message>
        <source>Error codes found: %1</source>
        <translation>Znalezione kody błędów: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemReviewPage</name>
    <message>
        <source>Support already knows about this problem and is working on it:
%1
%2</source>
        <translation>Pomoc techniczna wie już o tym problemie i pracuje nad nim:
%1
%2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(jeszcze niewysłane)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Same error code: %1</source>
        <translation>Ten sam kod błędu: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Temat: %1</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Kody błędów: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Załączniki: %1</translation>
    </message>
    <message>
        <source>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>Jesteś offline. Zgłoszenie zostanie zachowane na tym komputerze i wysłane, gdy tylko serwer będzie osiągalny.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReportAttachments</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pikseli</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, annotated</source>
        <translation>%1 × %2 pikseli, z adnotacjami</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Zrzut ekranu %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2; attach a smaller file or a part of it.</source>
        <translation>%1 jest większy niż %2; dołącz mniejszy plik lub jego fragment.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nie można odczytać %1: %2</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Wklejony obraz %1</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Nie udało się odczytać wklejonego obrazu.</translation>
    </message>
    <message>
        <source>%1 could not be encoded as PNG.</source>
        <translation>Nie udało się zapisać %1 jako PNG.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read: %2</source>
        <translation>Nie można odczytać adnotacji %1: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the screenshots: %1</source>
        <translation>Brak folderu tymczasowego na zrzuty ekranu: %1</translation>
    </message>
    <message>
        <source>Steps (attached as %1 to %2):</source>
        <translation>Kroki (w załącznikach od %1 do %2):</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Krok %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Krok %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterApplication</name>
    <message>
        <source>Signed out</source>
        <translation>Wylogowano</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</source>
        <translation>Twoje logowanie wygasło. Zaloguj się ponownie; nic z tego, co napisałeś, nie przepadło.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterSession</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Login lub hasło są nieprawidłowe.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Nie można połączyć się z serwerem: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a few minutes and try again.</source>
        <translation>Zbyt wiele nieudanych prób; odczekaj kilka minut i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This is a support staff account; please use the Tierdesk workstation.</source>
        <translation>To konto pracownika pomocy technicznej; użyj stanowiska Tierdesk.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SendQueue</name>
    <message>
        <source>Cannot create the folder %1 for the files to send.</source>
        <translation>Nie można utworzyć folderu %1 na pliki do wysłania.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for sending: %2</source>
        <translation>Nie można zachować %1 do wysłania: %2</translation>
    </message>
    <message>
        <source>Cannot keep the report for sending: %1</source>
        <translation>Nie można zachować zgłoszenia do wysłania: %1</translation>
    </message>
    <message>
        <source>The file %1 kept for sending is gone: %2</source>
        <translation>Plik %1 zachowany do wysłania zniknął: %2</translation>
    </message>
    <message>
        <source>The file %1 kept for sending was changed on disk; it is not sent.</source>
        <translation>Plik %1 zachowany do wysłania został zmieniony na dysku; nie zostanie wysłany.</translation>
    </message>
    <message>
        <source>The server did not take %1: %2</source>
        <translation>Serwer nie przyjął %1: %2</translation>
    </message>
    <message>
        <source>The ticket this reply belongs to could not be created, so the reply was not sent.</source>
        <translation>Nie udało się utworzyć zgłoszenia, do którego należy ta odpowiedź, więc jej nie wysłano.</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Zgłoszenie</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Temat</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ostatnia zmiana</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Wysyłanie plików: %1 z %2</translation>
    </message>
    <message>
        <source>Support answered: open the ticket to read it.</source>
        <translation>Wsparcie odpowiedziało: otwórz zgłoszenie, aby przeczytać.</translation>
    </message>
    <message>
        <source>%1 · new reply</source>
        <translation>%1 · nowa odpowiedź</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketView</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Otwórz ponownie</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Zamknij zgłoszenie</translation>
    </message>
    <message>
        <source>The problem is back: support will look at it again</source>
        <translation>Problem wrócił: pomoc techniczna znów się nim zajmie</translation>
    </message>
    <message>
        <source>The problem is solved or no longer matters</source>
        <translation>Problem jest rozwiązany lub nie ma już znaczenia</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Pomoc techniczna</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>czeka na wysłanie</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n załącznik</numerusform>
            <numerusform>%n załączniki</numerusform>
            <numerusform>%n załączników</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>nie wysłano: %1</translation>
    </message>
    <message numerus="yes">
        <source>uploading %1 of %n file(s)</source>
        <translation>
            <numerusform>wysyłanie %1 z %n pliku</numerusform>
            <numerusform>wysyłanie %1 z %n plików</numerusform>
            <numerusform>wysyłanie %1 z %n plików</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket is open.</source>
        <translation>Żadne zgłoszenie nie jest otwarte.</translation>
    </message>
    <message>
        <source>Write a reply or attach a screenshot first.</source>
        <translation>Najpierw napisz odpowiedź lub dołącz zrzut ekranu.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>W załączniku: %1</translation>
    </message>
    <message>
        <source>You are offline; the reply is sent when the server is back.</source>
        <translation>Jesteś offline; odpowiedź zostanie wysłana, gdy serwer znów będzie dostępny.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Odpowiedź wysłana.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Pobieranie %1…</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Nie udało się pobrać pliku: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Zapisz załącznik</translation>
    </message>
</context>
</TS>
