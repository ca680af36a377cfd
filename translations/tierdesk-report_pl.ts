<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AddItemsCommand</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>AnnotationExporter</name>
    <message>
        <source>Captured %1 — %2</source>
        <translation>Zrobiono %1 — %2</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Zrobiono %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 już istnieje; wybierz nową nazwę pliku (istniejący plik nigdy nie jest nadpisywany).</translation>
    </message>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>Nie udało się zapisać obrazu jako PNG.</translation>
    </message>
</context>
<context>
    <name>ArrowTool</name>
    <message>
        <source>Arrow</source>
        <translation>Strzałka</translation>
    </message>
</context>
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
    <name>CaptureFailure</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tierdesk is not allowed to record the screen. Allow screen recording for Tierdesk in the system settings, then try again.</source>
        <translation>Tierdesk nie ma uprawnień do nagrywania ekranu. Zezwól na nagrywanie ekranu dla Tierdesk w ustawieniach systemu i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>This kind of screenshot is not supported here.</source>
        <translation>Ten rodzaj zrzutu ekranu nie jest tu obsługiwany.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>Zrzut ekranu został anulowany.</translation>
    </message>
    <message>
        <source>The screenshot service did not answer in time.</source>
        <translation>Usługa zrzutów ekranu nie odpowiedziała na czas.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Nie udało się przechwycić ekranu.</translation>
    </message>
    <message>
        <source>No screenshot service is available.</source>
        <translation>Żadna usługa zrzutów ekranu nie jest dostępna.</translation>
    </message>
</context>
<context>
    <name>CropCommand</name>
    <message>
        <source>Crop</source>
        <translation>Przytnij</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Crop (C): drag the area to keep</source>
        <translation>Przytnij (C): zaznacz obszar do zachowania</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Przytnij</translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Edytuj tekst</translation>
    </message>
</context>
<context>
    <name>EllipseTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Elipsa</translation>
    </message>
</context>
<context>
    <name>HighlighterTool</name>
    <message>
        <source>Highlighter (H): hold Shift for a straight line</source>
        <translation>Zakreślacz (H): przytrzymaj Shift, aby rysować prostą linię</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Zakreślacz</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>is missing</source>
        <translation>brakuje</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>musi być liczbą od %1 do %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>musi być liczbą całkowitą</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>musi być tekstem</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>ma więcej niż %1 znaków</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>musi mieć wartość true lub false</translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB or #AARRGGBB</source>
        <translation>musi być kolorem zapisanym jako #RRGGBB lub #AARRGGBB</translation>
    </message>
    <message>
        <source>must be a list of [x, y] points</source>
        <translation>musi być listą punktów [x, y]</translation>
    </message>
    <message>
        <source>must hold from %1 to %2 points</source>
        <translation>musi zawierać od %1 do %2 punktów</translation>
    </message>
    <message>
        <source>holds a point (%1, %2) far outside the image</source>
        <translation>zawiera punkt (%1, %2) daleko poza obrazem</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>musi być obiektem</translation>
    </message>
</context>
<context>
    <name>LineTool</name>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
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
    <name>MoveItemsCommand</name>
    <message>
        <source>Move</source>
        <translation>Przesuń</translation>
    </message>
</context>
<context>
    <name>NewFileWriter</name>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 już istnieje; wybierz nową nazwę pliku (istniejący plik nigdy nie jest nadpisywany).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 nie istnieje.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Nie można zapisywać w %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nie można zapisać %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while saving; it was left as it is.</source>
        <translation>%1 pojawił się w trakcie zapisu; pozostawiono go bez zmian.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nie można utworzyć %1: %2</translation>
    </message>
</context>
<context>
    <name>PenTool</name>
    <message>
        <source>Pen</source>
        <translation>Pióro</translation>
    </message>
</context>
<context>
    <name>PixelateTool</name>
    <message>
        <source>Pixelate (B): blurs an area into blocks. Weaker than Redact: the rough colours stay visible. For passwords, names and numbers use Redact (X).</source>
        <translation>Pikselizacja (B): rozmywa obszar w bloki. Słabsza niż zamazanie: przybliżone kolory pozostają widoczne. Do haseł, nazwisk i numerów używaj zamazania (X).</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pikselizacja</translation>
    </message>
</context>
<context>
    <name>PortalResponse</name>
    <message>
        <source>The screenshot service sent no image.</source>
        <translation>Usługa zrzutów ekranu nie przysłała obrazu.</translation>
    </message>
    <message>
        <source>The screenshot service sent an unusable address: %1</source>
        <translation>Usługa zrzutów ekranu przysłała nieprzydatny adres: %1</translation>
    </message>
    <message>
        <source>The screenshot service refused or ended the request.</source>
        <translation>Usługa zrzutów ekranu odrzuciła lub przerwała żądanie.</translation>
    </message>
    <message>
        <source>The screenshot service answered with code %1.</source>
        <translation>Usługa zrzutów ekranu odpowiedziała kodem %1.</translation>
    </message>
    <message>
        <source>The screenshot from the screenshot service cannot be read: %1</source>
        <translation>Nie można odczytać zrzutu z usługi zrzutów ekranu: %1</translation>
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
    <name>RectangleTool</name>
    <message>
        <source>Rectangle</source>
        <translation>Prostokąt</translation>
    </message>
</context>
<context>
    <name>RedactTool</name>
    <message>
        <source>Redact (X): a solid box; the pixels under it are removed from the saved image</source>
        <translation>Zamaż (X): pełny prostokąt; piksele pod nim są usuwane z zapisanego obrazu</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Zamaż</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>ResizeItemCommand</name>
    <message>
        <source>Resize</source>
        <translation>Zmień rozmiar</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add</source>
        <translation>Zaznacz (S lub V): kliknij, aby zaznaczyć, przeciągnij, aby przesunąć, przeciągnij uchwyt, aby zmienić rozmiar, Shift+kliknięcie dodaje</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Zaznacz</translation>
    </message>
</context>
<context>
    <name>SetColorCommand</name>
    <message>
        <source>Change colour</source>
        <translation>Zmień kolor</translation>
    </message>
</context>
<context>
    <name>SetLineWidthCommand</name>
    <message>
        <source>Change width</source>
        <translation>Zmień grubość</translation>
    </message>
</context>
<context>
    <name>StepMarkerTool</name>
    <message>
        <source>Step number</source>
        <translation>Numer kroku</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Text</source>
        <translation>Tekst</translation>
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
    <name>tierdesk::AnnotationDocument</name>
    <message>
        <source>the image is not valid base64</source>
        <translation>obraz nie jest poprawnym base64</translation>
    </message>
    <message>
        <source>the image is not a PNG</source>
        <translation>obraz nie jest plikiem PNG</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the document says %3×%4</source>
        <translation>obraz ma %1×%2 pikseli, a dokument podaje %3×%4</translation>
    </message>
    <message>
        <source>the image cannot be decoded: %1</source>
        <translation>nie można zdekodować obrazu: %1</translation>
    </message>
    <message>
        <source>The annotation file is larger than %1 MB.</source>
        <translation>Plik adnotacji jest większy niż %1 MB.</translation>
    </message>
    <message>
        <source>The annotation file is not valid JSON (%1 at byte %2).</source>
        <translation>Plik adnotacji nie jest poprawnym JSON (%1 w bajcie %2).</translation>
    </message>
    <message>
        <source>The annotation file does not hold a JSON object.</source>
        <translation>Plik adnotacji nie zawiera obiektu JSON.</translation>
    </message>
    <message>
        <source>This is not a usable annotation document: %1</source>
        <translation>To nie jest użyteczny dokument adnotacji: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>musi mieć wartość „%1”</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (%2)</source>
        <translation>ma wartość %1, nowszą niż rozumie ten program (%2)</translation>
    </message>
    <message>
        <source>&quot;capturedAt&quot; is not an ISO 8601 time</source>
        <translation>„capturedAt” nie jest czasem w formacie ISO 8601</translation>
    </message>
    <message>
        <source>%1×%2 pixels is larger than this program opens</source>
        <translation>%1×%2 pikseli to więcej, niż ten program otwiera</translation>
    </message>
    <message>
        <source>the crop rectangle leaves the image</source>
        <translation>prostokąt przycięcia wychodzi poza obraz</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list</source>
        <translation>„items” musi być listą</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>więcej niż %1 elementów</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>element %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 nie jest obiektem</translation>
    </message>
    <message>
        <source>%1 has the unknown type &quot;%2&quot;</source>
        <translation>%1 ma nieznany typ „%2”</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationEditor</name>
    <message>
        <source>Tools</source>
        <translation>Narzędzia</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Kolor</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Czerwony</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Pomarańczowy</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Żółty</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Zielony</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Niebieski</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Fioletowy</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Czarny</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Biały</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Inny kolor…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width (text, marker and block size grow with it)</source>
        <translation>Grubość linii (rośnie z nią tekst, znacznik i rozmiar bloków)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Działania</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Powiększ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Pomniejsz</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Rzeczywisty rozmiar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Dopasuj do okna</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Kopiuj obraz</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Caption under the image (optional)</source>
        <translation>Podpis pod obrazem (opcjonalnie)</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Znacznik czasu</translation>
    </message>
    <message>
        <source>Write the capture time under the image</source>
        <translation>Wpisz czas zrzutu pod obrazem</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an annotation document.</source>
        <translation>%1 jest za duży, aby być dokumentem adnotacji.</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <translation>Zrzut ekranu %1.png</translation>
    </message>
    <message>
        <source>Save annotated screenshot</source>
        <translation>Zapisz zrzut ekranu z adnotacjami</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Obraz PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Cofnij: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ponów: %1</translation>
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
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Trwa jeszcze wykonywanie innego zrzutu ekranu.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Trwa jeszcze wykonywanie innego zrzutu ekranu.</translation>
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
    <name>tierdesk::MacScreenBackend</name>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, allow Tierdesk and restart it.</source>
        <translation>Otwórz Ustawienia systemowe &gt; Prywatność i ochrona &gt; Nagrywanie ekranu, zezwól Tierdesk i uruchom go ponownie.</translation>
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
    <name>tierdesk::PortalBackend</name>
    <message>
        <source>The screenshot portal only captures the whole desktop.</source>
        <translation>Portal zrzutów ekranu przechwytuje tylko cały pulpit.</translation>
    </message>
    <message>
        <source>There is no session bus.</source>
        <translation>Brak magistrali sesji.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Brak odpowiedzi w ciągu %n sekundy.</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund.</numerusform>
            <numerusform>Brak odpowiedzi w ciągu %n sekund.</numerusform>
        </translation>
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
    <name>tierdesk::QtScreenBackend</name>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Nie ma ekranu do przechwycenia.</translation>
    </message>
    <message numerus="yes">
        <source>There is no screen %1; this computer has %n screen(s).</source>
        <translation>
            <numerusform>Nie ma ekranu %1; ten komputer ma %n ekran.</numerusform>
            <numerusform>Nie ma ekranu %1; ten komputer ma %n ekrany.</numerusform>
            <numerusform>Nie ma ekranu %1; ten komputer ma %n ekranów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</source>
        <translation>Tutaj jako aktywne okno można przechwycić tylko okna tego programu; zamiast tego przechwyć obszar.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>System okien nie zwrócił obrazu ekranu %1.</translation>
    </message>
    <message>
        <source>The area to capture is empty.</source>
        <translation>Obszar do przechwycenia jest pusty.</translation>
    </message>
    <message>
        <source>The area to capture is outside every screen.</source>
        <translation>Obszar do przechwycenia leży poza wszystkimi ekranami.</translation>
    </message>
</context>
<context>
    <name>tierdesk::RegionPickerView</name>
    <message>
        <source>Select an area</source>
        <translation>Zaznacz obszar</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Drag to select an area. Enter or double-click accepts, arrow keys move the selection, Esc cancels.</source>
        <translation>Przeciągnij, aby zaznaczyć obszar. Enter lub dwukrotne kliknięcie zatwierdza, strzałki przesuwają zaznaczenie, Esc anuluje.</translation>
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
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Zrobiono o %1</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Dodaj krok %1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Usuń krok %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Usuń %n krok</numerusform>
            <numerusform>Usuń %n kroki</numerusform>
            <numerusform>Usuń %n kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Przenieś krok %1 na %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Przenieś %n krok</numerusform>
            <numerusform>Przenieś %n kroki</numerusform>
            <numerusform>Przenieś %n kroków</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the caption of step %1</source>
        <translation>Edytuj opis kroku %1</translation>
    </message>
    <message>
        <source>Annotate step %1</source>
        <translation>Dodaj adnotacje do kroku %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepsRecorderBar</name>
    <message>
        <source>Another screenshot is being taken.</source>
        <translation>Trwa wykonywanie innego zrzutu ekranu.</translation>
    </message>
    <message>
        <source>Steps recorder</source>
        <translation>Rejestrator kroków</translation>
    </message>
    <message>
        <source>Capture step</source>
        <translation>Zrób krok</translation>
    </message>
    <message>
        <source>Hide this bar, take a screenshot of the screen and add it as the next step</source>
        <translation>Ukryj ten pasek, zrób zrzut ekranu i dodaj go jako kolejny krok</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Zakończ</translation>
    </message>
    <message>
        <source>Stop recording and review the steps (Esc)</source>
        <translation>Zakończ nagrywanie i przejrzyj kroki (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n krok</numerusform>
            <numerusform>%n kroki</numerusform>
            <numerusform>%n kroków</numerusform>
        </translation>
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
