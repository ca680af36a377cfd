<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AddItemsCommand</name>
    <message>
        <source>Add</source>
        <translation>Adaugă</translation>
    </message>
</context>
<context>
    <name>AnnotationExporter</name>
    <message>
        <source>Captured %1 — %2</source>
        <translation>Capturat %1 — %2</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Capturat %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 există deja; alegeți un nume nou (un fișier existent nu este niciodată suprascris).</translation>
    </message>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>Imaginea nu a putut fi codificată ca PNG.</translation>
    </message>
</context>
<context>
    <name>ArrowTool</name>
    <message>
        <source>Arrow</source>
        <translation>Săgeată</translation>
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
        <translation>Tierdesk nu are voie să înregistreze ecranul. Permiteți înregistrarea ecranului pentru Tierdesk în setările sistemului, apoi încercați din nou.</translation>
    </message>
    <message>
        <source>This kind of screenshot is not supported here.</source>
        <translation>Acest tip de captură de ecran nu este acceptat aici.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>Captura de ecran a fost anulată.</translation>
    </message>
    <message>
        <source>The screenshot service did not answer in time.</source>
        <translation>Serviciul de capturi de ecran nu a răspuns la timp.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Ecranul nu a putut fi capturat.</translation>
    </message>
    <message>
        <source>No screenshot service is available.</source>
        <translation>Nu este disponibil niciun serviciu de capturi de ecran.</translation>
    </message>
</context>
<context>
    <name>CropCommand</name>
    <message>
        <source>Crop</source>
        <translation>Decupare</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Crop (C): drag the area to keep</source>
        <translation>Decupare (C): trageți zona de păstrat</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Decupare</translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Editare text</translation>
    </message>
</context>
<context>
    <name>EllipseTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Elipsă</translation>
    </message>
</context>
<context>
    <name>HighlighterTool</name>
    <message>
        <source>Highlighter (H): hold Shift for a straight line</source>
        <translation>Marcator (H): țineți apăsat Shift pentru o linie dreaptă</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Marcator</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>is missing</source>
        <translation>lipsește</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>trebuie să fie un număr între %1 și %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>trebuie să fie un număr întreg</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>trebuie să fie text</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>are mai mult de %1 caractere</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>trebuie să fie true sau false</translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB or #AARRGGBB</source>
        <translation>trebuie să fie o culoare scrisă ca #RRGGBB sau #AARRGGBB</translation>
    </message>
    <message>
        <source>must be a list of [x, y] points</source>
        <translation>trebuie să fie o listă de puncte [x, y]</translation>
    </message>
    <message>
        <source>must hold from %1 to %2 points</source>
        <translation>trebuie să conțină între %1 și %2 puncte</translation>
    </message>
    <message>
        <source>holds a point (%1, %2) far outside the image</source>
        <translation>conține un punct (%1, %2) mult în afara imaginii</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>trebuie să fie un obiect</translation>
    </message>
</context>
<context>
    <name>LineTool</name>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move</source>
        <translation>Mutare</translation>
    </message>
</context>
<context>
    <name>NewFileWriter</name>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 există deja; alegeți un nume nou (un fișier existent nu este niciodată suprascris).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Dosarul %1 nu există.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Nu se poate scrie în %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Nu se poate scrie %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while saving; it was left as it is.</source>
        <translation>%1 a apărut în timpul salvării; a fost lăsat neschimbat.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Nu se poate crea %1: %2</translation>
    </message>
</context>
<context>
    <name>PenTool</name>
    <message>
        <source>Pen</source>
        <translation>Creion</translation>
    </message>
</context>
<context>
    <name>PixelateTool</name>
    <message>
        <source>Pixelate (B): blurs an area into blocks. Weaker than Redact: the rough colours stay visible. For passwords, names and numbers use Redact (X).</source>
        <translation>Pixelare (B): estompează o zonă în blocuri. Mai slabă decât Acoperirea: culorile aproximative rămân vizibile. Pentru parole, nume și numere folosiți Acoperirea (X).</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pixelare</translation>
    </message>
</context>
<context>
    <name>PortalResponse</name>
    <message>
        <source>The screenshot service sent no image.</source>
        <translation>Serviciul de capturi de ecran nu a trimis nicio imagine.</translation>
    </message>
    <message>
        <source>The screenshot service sent an unusable address: %1</source>
        <translation>Serviciul de capturi de ecran a trimis o adresă inutilizabilă: %1</translation>
    </message>
    <message>
        <source>The screenshot service refused or ended the request.</source>
        <translation>Serviciul de capturi de ecran a refuzat sau a încheiat cererea.</translation>
    </message>
    <message>
        <source>The screenshot service answered with code %1.</source>
        <translation>Serviciul de capturi de ecran a răspuns cu codul %1.</translation>
    </message>
    <message>
        <source>The screenshot from the screenshot service cannot be read: %1</source>
        <translation>Captura de la serviciul de capturi de ecran nu poate fi citită: %1</translation>
    </message>
</context>
<context>
    <name>RectangleTool</name>
    <message>
        <source>Rectangle</source>
        <translation>Dreptunghi</translation>
    </message>
</context>
<context>
    <name>RedactTool</name>
    <message>
        <source>Redact (X): a solid box; the pixels under it are removed from the saved image</source>
        <translation>Acoperire (X): un dreptunghi plin; pixelii de sub el sunt eliminați din imaginea salvată</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Acoperire</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
</context>
<context>
    <name>ResizeItemCommand</name>
    <message>
        <source>Resize</source>
        <translation>Redimensionare</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add</source>
        <translation>Selectare (S sau V): clic pentru a selecta, trageți pentru a muta, trageți un mâner pentru a redimensiona, Shift+clic pentru a adăuga</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Selectare</translation>
    </message>
</context>
<context>
    <name>SetColorCommand</name>
    <message>
        <source>Change colour</source>
        <translation>Schimbare culoare</translation>
    </message>
</context>
<context>
    <name>SetLineWidthCommand</name>
    <message>
        <source>Change width</source>
        <translation>Schimbare grosime</translation>
    </message>
</context>
<context>
    <name>StepMarkerTool</name>
    <message>
        <source>Step number</source>
        <translation>Număr de pas</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationDocument</name>
    <message>
        <source>the image is not valid base64</source>
        <translation>imaginea nu este base64 valid</translation>
    </message>
    <message>
        <source>the image is not a PNG</source>
        <translation>imaginea nu este PNG</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the document says %3×%4</source>
        <translation>imaginea are %1×%2 pixeli, dar documentul indică %3×%4</translation>
    </message>
    <message>
        <source>the image cannot be decoded: %1</source>
        <translation>imaginea nu poate fi decodată: %1</translation>
    </message>
    <message>
        <source>The annotation file is larger than %1 MB.</source>
        <translation>Fișierul de adnotări este mai mare de %1 MB.</translation>
    </message>
    <message>
        <source>The annotation file is not valid JSON (%1 at byte %2).</source>
        <translation>Fișierul de adnotări nu este JSON valid (%1 la octetul %2).</translation>
    </message>
    <message>
        <source>The annotation file does not hold a JSON object.</source>
        <translation>Fișierul de adnotări nu conține un obiect JSON.</translation>
    </message>
    <message>
        <source>This is not a usable annotation document: %1</source>
        <translation>Acesta nu este un document de adnotări utilizabil: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>trebuie să fie „%1”</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (%2)</source>
        <translation>este %1, mai nou decât înțelege acest program (%2)</translation>
    </message>
    <message>
        <source>&quot;capturedAt&quot; is not an ISO 8601 time</source>
        <translation>„capturedAt” nu este o oră ISO 8601</translation>
    </message>
    <message>
        <source>%1×%2 pixels is larger than this program opens</source>
        <translation>%1×%2 pixeli depășește ce deschide acest program</translation>
    </message>
    <message>
        <source>the crop rectangle leaves the image</source>
        <translation>dreptunghiul de decupare iese din imagine</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list</source>
        <translation>„items” trebuie să fie o listă</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>mai mult de %1 elemente</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>elementul %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 nu este un obiect</translation>
    </message>
    <message>
        <source>%1 has the unknown type &quot;%2&quot;</source>
        <translation>%1 are tipul necunoscut „%2”</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationEditor</name>
    <message>
        <source>Tools</source>
        <translation>Instrumente</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Culoare</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Roșu</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Portocaliu</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Galben</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Verde</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Albastru</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Violet</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Negru</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Alb</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Altă culoare…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width (text, marker and block size grow with it)</source>
        <translation>Grosimea liniei (textul, marcajul și mărimea blocului cresc odată cu ea)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Anulează</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Refă</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ștergere</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Mărește</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Micșorează</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Dimensiune reală</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Potrivește în fereastră</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Copiază imaginea</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvare…</translation>
    </message>
    <message>
        <source>Caption under the image (optional)</source>
        <translation>Legendă sub imagine (opțional)</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Marcaj temporal</translation>
    </message>
    <message>
        <source>Write the capture time under the image</source>
        <translation>Scrie ora capturii sub imagine</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Nu se poate deschide %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an annotation document.</source>
        <translation>%1 este prea mare pentru a fi un document de adnotări.</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <translation>Captură de ecran %1.png</translation>
    </message>
    <message>
        <source>Save annotated screenshot</source>
        <translation>Salvați captura de ecran adnotată</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagine PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nesalvat</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Anulează %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Refă %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>O altă captură de ecran este încă în curs.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>O altă captură de ecran este încă în curs.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MacScreenBackend</name>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, allow Tierdesk and restart it.</source>
        <translation>Deschideți Configurări sistem &gt; Confidențialitate și securitate &gt; Înregistrare ecran, permiteți Tierdesk și reporniți-l.</translation>
    </message>
</context>
<context>
    <name>tierdesk::PortalBackend</name>
    <message>
        <source>The screenshot portal only captures the whole desktop.</source>
        <translation>Portalul de capturi de ecran capturează doar întregul desktop.</translation>
    </message>
    <message>
        <source>There is no session bus.</source>
        <translation>Nu există magistrală de sesiune.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Niciun răspuns în %n secundă.</numerusform>
            <numerusform>Niciun răspuns în %n secunde.</numerusform>
            <numerusform>Niciun răspuns în %n de secunde.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::QtScreenBackend</name>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Nu există niciun ecran de capturat.</translation>
    </message>
    <message numerus="yes">
        <source>There is no screen %1; this computer has %n screen(s).</source>
        <translation>
            <numerusform>Nu există ecranul %1; acest calculator are %n ecran.</numerusform>
            <numerusform>Nu există ecranul %1; acest calculator are %n ecrane.</numerusform>
            <numerusform>Nu există ecranul %1; acest calculator are %n de ecrane.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</source>
        <translation>Aici doar ferestrele acestui program pot fi capturate ca fereastră activă; capturați în schimb o zonă.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>Sistemul de ferestre nu a returnat nicio imagine pentru ecranul %1.</translation>
    </message>
    <message>
        <source>The area to capture is empty.</source>
        <translation>Zona de capturat este goală.</translation>
    </message>
    <message>
        <source>The area to capture is outside every screen.</source>
        <translation>Zona de capturat se află în afara tuturor ecranelor.</translation>
    </message>
</context>
<context>
    <name>tierdesk::RegionPickerView</name>
    <message>
        <source>Select an area</source>
        <translation>Selectați o zonă</translation>
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
        <translation>Trageți pentru a selecta o zonă. Enter sau dublu clic acceptă, săgețile mută selecția, Esc anulează.</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Capturat la %1</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Adaugă pasul %1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Șterge pasul %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Șterge %n pas</numerusform>
            <numerusform>Șterge %n pași</numerusform>
            <numerusform>Șterge %n de pași</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Mută pasul %1 pe poziția %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Mută %n pas</numerusform>
            <numerusform>Mută %n pași</numerusform>
            <numerusform>Mută %n de pași</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the caption of step %1</source>
        <translation>Editează legenda pasului %1</translation>
    </message>
    <message>
        <source>Annotate step %1</source>
        <translation>Adnotează pasul %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepsRecorderBar</name>
    <message>
        <source>Another screenshot is being taken.</source>
        <translation>Se face deja o altă captură de ecran.</translation>
    </message>
    <message>
        <source>Steps recorder</source>
        <translation>Înregistrator de pași</translation>
    </message>
    <message>
        <source>Capture step</source>
        <translation>Capturează pasul</translation>
    </message>
    <message>
        <source>Hide this bar, take a screenshot of the screen and add it as the next step</source>
        <translation>Ascunde această bară, fă o captură de ecran și adaug-o ca pasul următor</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Termină</translation>
    </message>
    <message>
        <source>Stop recording and review the steps (Esc)</source>
        <translation>Oprește înregistrarea și revizuiește pașii (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n pas</numerusform>
            <numerusform>%n pași</numerusform>
            <numerusform>%n de pași</numerusform>
        </translation>
    </message>
</context>
</TS>
