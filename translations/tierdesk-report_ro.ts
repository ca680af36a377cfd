<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ro">
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Capture:</source>
        <translation>Captură:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Tot ecranul</translation>
    </message>
    <message>
        <source>Take a screenshot of all screens (this window steps aside meanwhile)</source>
        <translation>Faceți o captură a tuturor ecranelor (între timp această fereastră se retrage)</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Zonă…</translation>
    </message>
    <message>
        <source>Freeze the screen and drag a rectangle around the part that shows the problem</source>
        <translation>Îngheață ecranul și trageți un dreptunghi în jurul părții care arată problema</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Fereastră</translation>
    </message>
    <message>
        <source>Capture the window that is active when the delay is over; set a delay to switch to it first</source>
        <translation>Capturează fereastra activă la sfârșitul întârzierii; setați o întârziere ca să treceți mai întâi la ea</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Întârziere:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Record steps…</source>
        <translation>Înregistrați pașii…</translation>
    </message>
    <message>
        <source>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</source>
        <translation>O bară mică rămâne deasupra cât timp repetați ce ați făcut; fiecare clic pe „Capturează pasul” adaugă o captură numerotată</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Lipiți imaginea</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard (Ctrl+V)</source>
        <translation>Atașați imaginea din clipboard (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Adăugați fișiere…</translation>
    </message>
    <message>
        <source>You can also drop files or images here, or paste a screenshot with Ctrl+V.</source>
        <translation>Puteți și să trageți aici fișiere sau imagini ori să lipiți o captură de ecran cu Ctrl+V.</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Adnotați…</translation>
    </message>
    <message>
        <source>Add arrows, boxes, text and numbers, or black out private details</source>
        <translation>Adăugați săgeți, chenare, text și numere sau acoperiți datele private</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Previzualizare</translation>
    </message>
    <message>
        <source>Show the image exactly as it will be sent</source>
        <translation>Arată imaginea exact așa cum va fi trimisă</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Eliminați</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Pași</translation>
    </message>
    <message>
        <source>Double-click a step to write what you did in it; drag steps to reorder them</source>
        <translation>Faceți dublu clic pe un pas pentru a scrie ce ați făcut în el; trageți pașii pentru a-i reordona</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Mai sus</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Mai jos</translation>
    </message>
</context>
<context>
    <name>CapitalsHint</name>
    <message>
        <source>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</source>
        <translation>Majusculele nu grăbesc un tichet: cât de repede este tratat depinde de gravitatea aleasă și de prioritatea contului dumneavoastră. Un subiect calm este și mai ușor de găsit mai târziu.</translation>
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
        <translation>Utilizare: tierdesk-report capture --full|--screen N|--window -o FIȘIER.png [--delay S]

Face o captură de ecran și o scrie în FIȘIER.png, un fișier nou (un fișier existent nu este
suprascris niciodată). Nu se deschide nicio fereastră.

  --full          toate ecranele, ca o singură imagine
  --screen N      ecranul N (0 este primul)
  --window        fereastra activă
  -o, --output    fișierul PNG de creat
  --delay S       așteaptă întâi S secunde (de la 0 la %1)
</translation>
    </message>
    <message>
        <source>The active window is outside every screen.</source>
        <translation>Fereastra activă se află în afara tuturor ecranelor.</translation>
    </message>
    <message>
        <source>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Nu există niciun afișaj de capturat: nici DISPLAY, nici WAYLAND_DISPLAY nu sunt setate.</translation>
    </message>
    <message>
        <source>Say what to capture: exactly one of --full, --screen N or --window.</source>
        <translation>Spuneți ce să fie capturat: exact una dintre --full, --screen N sau --window.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argument neașteptat: %1</translation>
    </message>
    <message>
        <source>Say where to write the screenshot: -o FILE.png.</source>
        <translation>Spuneți unde să fie scrisă captura: -o FIȘIER.png.</translation>
    </message>
    <message>
        <source>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</source>
        <translation>%1 există deja; tierdesk-report nu suprascrie niciodată un fișier. Alegeți un nume nou.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Dosarul %1 nu există.</translation>
    </message>
    <message>
        <source>--delay takes whole seconds from 0 to %1.</source>
        <translation>--delay primește secunde întregi de la 0 la %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number: 0 for the first screen.</source>
        <translation>--screen primește numărul unui ecran: 0 pentru primul ecran.</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Captură peste %n secundă…</numerusform>
            <numerusform>Captură peste %n secunde…</numerusform>
            <numerusform>Captură peste %n de secunde…</numerusform>
        </translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Ecranul nu a putut fi capturat.</translation>
    </message>
    <message>
        <source>The screenshot could not be encoded as PNG.</source>
        <translation>Captura nu a putut fi salvată ca PNG.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to support</source>
        <translation>Autentificare la asistență</translation>
    </message>
    <message>
        <source>Sign in with the account your support team gave you.</source>
        <translation>Autentificați-vă cu contul primit de la echipa de asistență.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Utilizator:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Parolă:</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Păstrează-mă autentificat pe acest calculator</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Autentificare</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk support</source>
        <translation>Asistență Tierdesk</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Tichetele mele</translation>
    </message>
    <message>
        <source>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</source>
        <translation>Încă nu aveți tichete. Folosiți „Raportați o problemă” când ceva nu funcționează.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acțiuni</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Raportați o problemă…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Re&amp;împrospătare</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Deconectare</translation>
    </message>
</context>
<context>
    <name>ProblemAttachmentsPage</name>
    <message>
        <source>Show it</source>
        <translation>Arătați</translation>
    </message>
    <message>
        <source>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</source>
        <translation>O captură a erorii cu ora sau pașii ca și capturi numerotate reduc adesea la jumătate timpul până la rezolvare. Acoperiți orice este privat cu Adnotați → Acoperire.</translation>
    </message>
</context>
<context>
    <name>ProblemDescriptionPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Ce nu a mers?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</source>
        <translation>Spuneți-ne cu cuvintele dumneavoastră. Scurt și exact ajută mai mult decât lung: ce ați făcut, ce vă așteptați, ce s-a întâmplat.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subiect:</translation>
    </message>
    <message>
        <source>One line, e.g. &quot;Invoice export stops with an error&quot;</source>
        <translation>Un rând, de ex. „Exportul facturilor se oprește cu o eroare”</translation>
    </message>
    <message>
        <source>What did you &amp;do?</source>
        <translation>Ce ați &amp;făcut?</translation>
    </message>
    <message>
        <source>The steps in order: I opened…, I clicked…</source>
        <translation>Pașii în ordine: am deschis…, am făcut clic…</translation>
    </message>
    <message>
        <source>What did you &amp;expect?</source>
        <translation>Ce vă &amp;așteptați?</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>Ce ar fi trebuit să se întâmple</translation>
    </message>
    <message>
        <source>What &amp;happened instead?</source>
        <translation>Ce s-a &amp;întâmplat în schimb?</translation>
    </message>
    <message>
        <source>What you saw instead (required)</source>
        <translation>Ce ați văzut în schimb (obligatoriu)</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsPage</name>
    <message>
        <source>The error and the time</source>
        <translation>Eroarea și ora</translation>
    </message>
    <message>
        <source>The exact message and the time let support find your problem in the logs.</source>
        <translation>Mesajul exact și ora permit echipei de asistență să găsească problema în jurnale.</translation>
    </message>
    <message>
        <source>The exact &amp;error message or code:</source>
        <translation>Mesajul sau codul exact al &amp;erorii:</translation>
    </message>
    <message>
        <source>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</source>
        <translation>Copiați mesajul exact cum a fost afișat sau tastați codul (de ex. 0x80070005, SMTP-421)</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Când s-a întâmplat?</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Chiar acum</translation>
    </message>
    <message>
        <source>How &amp;bad is it?</source>
        <translation>Cât de &amp;grav este?</translation>
    </message>
    <message>
        <source>Support answers in order of severity and your account&apos;s priority.</source>
        <translation>Echipa de asistență răspunde în ordinea gravității și a priorității contului dumneavoastră.</translation>
    </message>
</context>
<context>
    <name>ProblemDraft</name>
    <message>
        <source>What I did:</source>
        <translation>Ce am făcut:</translation>
    </message>
    <message>
        <source>What I expected:</source>
        <translation>Ce mă așteptam:</translation>
    </message>
    <message>
        <source>What happened instead:</source>
        <translation>Ce s-a întâmplat în schimb:</translation>
    </message>
    <message>
        <source>The exact error message:</source>
        <translation>Mesajul exact al erorii:</translation>
    </message>
    <message>
        <source>When it happened: %1</source>
        <translation>Când s-a întâmplat: %1</translation>
    </message>
    <message>
        <source>Another report of this problem: %1</source>
        <translation>Încă o raportare a acestei probleme: %1</translation>
    </message>
</context>
<context>
    <name>ProblemReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Verificați și trimiteți</translation>
    </message>
    <message>
        <source>This is what support will receive.</source>
        <translation>Aceasta va primi echipa de asistență.</translation>
    </message>
    <message>
        <source>A known problem may be the cause</source>
        <translation>Cauza poate fi o problemă cunoscută</translation>
    </message>
    <message>
        <source>Link my report to this known problem, so that I hear when it is fixed</source>
        <translation>Leagă raportarea mea de această problemă cunoscută, ca să aflu când este rezolvată</translation>
    </message>
    <message>
        <source>You may have reported this already</source>
        <translation>Este posibil să fi raportat deja acest lucru</translation>
    </message>
    <message>
        <source>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</source>
        <translation>Pare o problemă pentru care aveți deja un tichet deschis. Adăugarea la el păstrează totul într-un singur loc și nu reîncepe coada.</translation>
    </message>
    <message>
        <source>Add my report to the selected ticket</source>
        <translation>Adaugă raportarea mea la tichetul selectat</translation>
    </message>
    <message>
        <source>It is a different problem: open a new ticket</source>
        <translation>Este o altă problemă: deschide un tichet nou</translation>
    </message>
</context>
<context>
    <name>TicketStatusText</name>
    <message>
        <source>Received</source>
        <translation>Primit</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>În lucru</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Așteaptă răspunsul dumneavoastră</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>La un specialist</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Rezolvat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Închis</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Netrimis încă</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Răspunsul dumneavoastră:</translation>
    </message>
    <message>
        <source>Answer support, or add what you found out since</source>
        <translation>Răspundeți echipei de asistență sau adăugați ce ați aflat între timp</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>Capturi de ecran și fișiere</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Trimiteți răspunsul</translation>
    </message>
</context>
<context>
    <name>X11WindowLocator</name>
    <message>
        <source>The active window can only be found on an X11 desktop.</source>
        <translation>Fereastra activă poate fi găsită doar pe un desktop X11.</translation>
    </message>
    <message>
        <source>No window is active; click the window to capture first.</source>
        <translation>Nicio fereastră nu este activă; faceți mai întâi clic pe fereastra de capturat.</translation>
    </message>
    <message>
        <source>The active window is not on the screen.</source>
        <translation>Fereastra activă nu este pe ecran.</translation>
    </message>
    <message>
        <source>The X server did not say where the active window is.</source>
        <translation>Serverul X nu a spus unde se află fereastra activă.</translation>
    </message>
    <message>
        <source>This build cannot find the active window of other programs (it was built without xcb).</source>
        <translation>Această versiune nu poate găsi fereastra activă a altor programe (a fost compilată fără xcb).</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotateDialog</name>
    <message>
        <source>Mark the screenshot</source>
        <translation>Marcați captura</translation>
    </message>
    <message>
        <source>Use these marks</source>
        <translation>Folosește aceste marcaje</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
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
        <translation>Atașare fișiere</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Captură peste %n secundă…</numerusform>
            <numerusform>Captură peste %n secunde…</numerusform>
            <numerusform>Captură peste %n de secunde…</numerusform>
        </translation>
    </message>
    <message>
        <source>Region added: %1 × %2 pixels.</source>
        <translation>Zonă adăugată: %1 × %2 pixeli.</translation>
    </message>
    <message>
        <source>No region was chosen.</source>
        <translation>Nu a fost aleasă nicio zonă.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part to keep; Esc cancels.</source>
        <translation>Trageți un dreptunghi în jurul părții de păstrat; Esc anulează.</translation>
    </message>
    <message>
        <source>Screenshot added: %1 × %2 pixels.</source>
        <translation>Captură adăugată: %1 × %2 pixeli.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded. Double-click a step to describe it.</source>
        <translation>
            <numerusform>%n pas înregistrat. Faceți dublu clic pe un pas pentru a-l descrie.</numerusform>
            <numerusform>%n pași înregistrați. Faceți dublu clic pe un pas pentru a-l descrie.</numerusform>
            <numerusform>%n de pași înregistrați. Faceți dublu clic pe un pas pentru a-l descrie.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Clipboardul nu conține nicio imagine sau fișier.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pasted.</source>
        <translation>
            <numerusform>%n element lipit.</numerusform>
            <numerusform>%n elemente lipite.</numerusform>
            <numerusform>%n de elemente lipite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n fișier adăugat.</numerusform>
            <numerusform>%n fișiere adăugate.</numerusform>
            <numerusform>%n de fișiere adăugate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n element adăugat.</numerusform>
            <numerusform>%n elemente adăugate.</numerusform>
            <numerusform>%n de elemente adăugate.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are kept with the screenshot.</source>
        <translation>Marcajele sunt păstrate împreună cu captura.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ImagePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Previzualizare: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixeli</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Închidere</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://support.example.com.</source>
        <translation>Introduceți adresa serverului, de ex. https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Introduceți numele de utilizator și parola.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Autentificare…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Fără portchei</translation>
    </message>
    <message>
        <source>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</source>
        <translation>Acest calculator nu are un serviciu de portchei (cum ar fi GNOME Keyring sau KWallet) care să vă păstreze autentificarea în siguranță. O păstrăm în schimb într-un fișier pe care doar contul dumneavoastră de utilizator îl poate citi? Altfel vi se va cere parola la fiecare pornire.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>The server did not accept a change: %1</source>
        <translation>Serverul nu a acceptat o modificare: %1</translation>
    </message>
    <message>
        <source>A report could not be sent: %1</source>
        <translation>O raportare nu a putut fi trimisă: %1</translation>
    </message>
    <message>
        <source>Offline: what you write is kept and sent later</source>
        <translation>Offline: ce scrieți este păstrat și trimis mai târziu</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectare…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Actualizare…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n element așteaptă să fie trimis</numerusform>
            <numerusform>%n elemente așteaptă să fie trimise</numerusform>
            <numerusform>%n de elemente așteaptă să fie trimise</numerusform>
        </translation>
    </message>
    <message>
        <source>Tierdesk support — %1</source>
        <translation>Asistență Tierdesk — %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::NewProblemWizard</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Nu sunteți autentificat.</translation>
    </message>
    <message>
        <source>This may be part of the known problem &quot;%1&quot;.</source>
        <translation>Poate face parte din problema cunoscută „%1”.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Netrimis</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Raportați o problemă</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>Î&amp;nainte &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; Î&amp;napoi</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Trimite</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anulare</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemDetailsPage</name>
    <message>
        <source>Critical: work has stopped for many people</source>
        <translation>Critică: munca multor oameni s-a oprit</translation>
    </message>
    <message>
        <source>High: I cannot work and there is no way around it</source>
        <translation>Ridicată: nu pot lucra și nu există altă cale</translation>
    </message>
    <message>
        <source>Normal: something does not work, but I can carry on</source>
        <translation>Normală: ceva nu funcționează, dar pot continua</translation>
    </message>
    <message>
        <source>Low: a question or a small annoyance</source>
        <translation>Scăzută: o întrebare sau un mic neajuns</translation>
    </message>
    <message>
        <source>Error codes found: %1</source>
        <translation>Coduri de eroare găsite: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemReviewPage</name>
    <message>
        <source>Support already knows about this problem and is working on it:
%1
%2</source>
        <translation>Echipa de asistență știe deja de această problemă și lucrează la ea:
%1
%2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(netrimis încă)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Same error code: %1</source>
        <translation>Același cod de eroare: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subiect: %1</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Coduri de eroare: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Atașamente: %1</translation>
    </message>
    <message>
        <source>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>Sunteți offline. Raportarea este păstrată pe acest calculator și trimisă de îndată ce serverul poate fi contactat.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReportAttachments</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixeli</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, annotated</source>
        <translation>%1 × %2 pixeli, adnotată</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Captură de ecran %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2; attach a smaller file or a part of it.</source>
        <translation>%1 este mai mare de %2; atașați un fișier mai mic sau o parte din el.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Nu se poate citi %1: %2</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Imagine lipită %1</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Imaginea lipită nu a putut fi citită.</translation>
    </message>
    <message>
        <source>%1 could not be encoded as PNG.</source>
        <translation>%1 nu a putut fi salvat ca PNG.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read: %2</source>
        <translation>Adnotările pentru %1 nu pot fi citite: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the screenshots: %1</source>
        <translation>Nu există dosar temporar pentru capturi: %1</translation>
    </message>
    <message>
        <source>Steps (attached as %1 to %2):</source>
        <translation>Pași (atașați ca %1 până la %2):</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Pasul %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Pasul %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterApplication</name>
    <message>
        <source>Signed out</source>
        <translation>Deconectat</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</source>
        <translation>Autentificarea dumneavoastră a expirat. Autentificați-vă din nou; nimic din ce ați scris nu s-a pierdut.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterSession</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Numele de utilizator sau parola sunt greșite.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Serverul nu poate fi contactat: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a few minutes and try again.</source>
        <translation>Prea multe încercări eșuate; așteptați câteva minute și încercați din nou.</translation>
    </message>
    <message>
        <source>This is a support staff account; please use the Tierdesk workstation.</source>
        <translation>Acesta este un cont al personalului de asistență; folosiți stația de lucru Tierdesk.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SendQueue</name>
    <message>
        <source>Cannot create the folder %1 for the files to send.</source>
        <translation>Nu se poate crea dosarul %1 pentru fișierele de trimis.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for sending: %2</source>
        <translation>Nu se poate păstra %1 pentru trimitere: %2</translation>
    </message>
    <message>
        <source>Cannot keep the report for sending: %1</source>
        <translation>Nu se poate păstra raportarea pentru trimitere: %1</translation>
    </message>
    <message>
        <source>The file %1 kept for sending is gone: %2</source>
        <translation>Fișierul %1 păstrat pentru trimitere a dispărut: %2</translation>
    </message>
    <message>
        <source>The file %1 kept for sending was changed on disk; it is not sent.</source>
        <translation>Fișierul %1 păstrat pentru trimitere a fost modificat pe disc; nu este trimis.</translation>
    </message>
    <message>
        <source>The server did not take %1: %2</source>
        <translation>Serverul nu a acceptat %1: %2</translation>
    </message>
    <message>
        <source>The ticket this reply belongs to could not be created, so the reply was not sent.</source>
        <translation>Tichetul căruia îi aparține acest răspuns nu a putut fi creat, așa că răspunsul nu a fost trimis.</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Tichet</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subiect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stare</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Ultima modificare</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Netrimis: %1</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Se trimit fișierele: %1 din %2</translation>
    </message>
    <message>
        <source>Support answered: open the ticket to read it.</source>
        <translation>Asistența a răspuns: deschideți tichetul pentru a citi.</translation>
    </message>
    <message>
        <source>%1 · new reply</source>
        <translation>%1 · răspuns nou</translation>
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
        <translation>Redeschidere</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Închide tichetul</translation>
    </message>
    <message>
        <source>The problem is back: support will look at it again</source>
        <translation>Problema a revenit: echipa de asistență se va uita din nou la ea</translation>
    </message>
    <message>
        <source>The problem is solved or no longer matters</source>
        <translation>Problema este rezolvată sau nu mai contează</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Dumneavoastră</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Asistență</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>așteaptă să fie trimis</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n atașament</numerusform>
            <numerusform>%n atașamente</numerusform>
            <numerusform>%n de atașamente</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>netrimis: %1</translation>
    </message>
    <message numerus="yes">
        <source>uploading %1 of %n file(s)</source>
        <translation>
            <numerusform>se încarcă %1 din %n fișier</numerusform>
            <numerusform>se încarcă %1 din %n fișiere</numerusform>
            <numerusform>se încarcă %1 din %n de fișiere</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket is open.</source>
        <translation>Niciun tichet nu este deschis.</translation>
    </message>
    <message>
        <source>Write a reply or attach a screenshot first.</source>
        <translation>Scrieți mai întâi un răspuns sau atașați o captură de ecran.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Atașat: %1</translation>
    </message>
    <message>
        <source>You are offline; the reply is sent when the server is back.</source>
        <translation>Sunteți offline; răspunsul va fi trimis când serverul revine.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Răspuns trimis.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Se descarcă %1…</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Fișierul nu a putut fi descărcat: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Salvare atașament</translation>
    </message>
</context>
</TS>
