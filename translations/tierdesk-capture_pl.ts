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
        <translation>Plik %1 już istnieje; wybierz nową nazwę (istniejący plik nigdy nie jest nadpisywany).</translation>
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
    <name>CaptureFailure</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Tierdesk is not allowed to record the screen. Allow screen recording for Tierdesk in the system settings, then try again.</source>
        <translation>Tierdesk nie ma zgody na nagrywanie ekranu. Zezwól Tierdesk na nagrywanie ekranu w ustawieniach systemu i spróbuj ponownie.</translation>
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
        <translation>Brak dostępnej usługi zrzutów ekranu.</translation>
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
        <translation>Przytnij (C): przeciągnij obszar do zachowania</translation>
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
        <translation>Zakreślacz (H): przytrzymaj Shift, aby narysować prostą linię</translation>
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
        <translation>jest dłuższe niż %1 znaków</translation>
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
        <translation>Plik %1 już istnieje; wybierz nową nazwę (istniejący plik nigdy nie jest nadpisywany).</translation>
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
        <translation>%1 pojawił się podczas zapisywania; pozostawiono go bez zmian.</translation>
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
        <translation>Pikselizacja (B): rozmywa obszar w bloki. Słabsza niż Zaczernienie: przybliżone kolory pozostają widoczne. Do haseł, nazwisk i numerów używaj Zaczernienia (X).</translation>
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
        <translation>Usługa zrzutów ekranu nie przesłała obrazu.</translation>
    </message>
    <message>
        <source>The screenshot service sent an unusable address: %1</source>
        <translation>Usługa zrzutów ekranu przesłała nieużyteczny adres: %1</translation>
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
        <translation>Zaczernienie (X): pełny prostokąt; piksele pod nim są usuwane z zapisanego obrazu</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Zaczernienie</translation>
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
        <translation>Zaznacz (S lub V): kliknij, aby zaznaczyć, przeciągnij, aby przesunąć, przeciągnij uchwyt, aby zmienić rozmiar, Shift+klik dodaje</translation>
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
        <translation>Grubość linii (rośnie z nią tekst, znacznik i rozmiar bloku)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Czynności</translation>
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
        <translation>Wypisz czas wykonania zrzutu pod obrazem</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nie można otworzyć %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an annotation document.</source>
        <translation>%1 jest zbyt duży, by być dokumentem adnotacji.</translation>
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
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Inny zrzut ekranu jest jeszcze w toku.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Inny zrzut ekranu jest jeszcze w toku.</translation>
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
        <translation>Jako aktywne okno można tu przechwycić tylko okna tego programu; przechwyć zamiast tego obszar.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>System okien nie zwrócił obrazu dla ekranu %1.</translation>
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
        <translation>Przeciągnij, aby zaznaczyć obszar. Enter lub dwuklik zatwierdza, strzałki przesuwają zaznaczenie, Esc anuluje.</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Zrobiono: %1</translation>
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
        <translation>Przenieś krok %1 na miejsce %2</translation>
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
        <translation>Edytuj podpis kroku %1</translation>
    </message>
    <message>
        <source>Annotate step %1</source>
        <translation>Adnotacje kroku %1</translation>
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
        <translation>Zapisz krok</translation>
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
        <translation>Zatrzymaj nagrywanie i przejrzyj kroki (Esc)</translation>
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
</TS>
