<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AddItemsCommand</name>
    <message>
        <source>Add</source>
        <translation>Додати</translation>
    </message>
</context>
<context>
    <name>AnnotationExporter</name>
    <message>
        <source>Captured %1 — %2</source>
        <translation>Знято %1 — %2</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Знято %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 вже існує; виберіть нову назву файлу (наявний файл ніколи не перезаписується).</translation>
    </message>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>Не вдалося закодувати зображення у PNG.</translation>
    </message>
</context>
<context>
    <name>ArrowTool</name>
    <message>
        <source>Arrow</source>
        <translation>Стрілка</translation>
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
        <translation>Tierdesk не має дозволу на запис екрана. Дозвольте Tierdesk запис екрана в системних налаштуваннях і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>This kind of screenshot is not supported here.</source>
        <translation>Такий тип знімка екрана тут не підтримується.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>Знімок екрана скасовано.</translation>
    </message>
    <message>
        <source>The screenshot service did not answer in time.</source>
        <translation>Служба знімків екрана не відповіла вчасно.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Не вдалося зняти екран.</translation>
    </message>
    <message>
        <source>No screenshot service is available.</source>
        <translation>Немає доступної служби знімків екрана.</translation>
    </message>
</context>
<context>
    <name>CropCommand</name>
    <message>
        <source>Crop</source>
        <translation>Обрізати</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Crop (C): drag the area to keep</source>
        <translation>Обрізати (C): виділіть область, яку слід залишити</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Обрізати</translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Змінити текст</translation>
    </message>
</context>
<context>
    <name>EllipseTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Еліпс</translation>
    </message>
</context>
<context>
    <name>HighlighterTool</name>
    <message>
        <source>Highlighter (H): hold Shift for a straight line</source>
        <translation>Маркер (H): утримуйте Shift для прямої лінії</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Маркер</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>is missing</source>
        <translation>відсутнє</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>має бути числом від %1 до %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>має бути цілим числом</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>має бути текстом</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>довше за %1 символів</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>має бути true або false</translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB or #AARRGGBB</source>
        <translation>має бути кольором у вигляді #RRGGBB або #AARRGGBB</translation>
    </message>
    <message>
        <source>must be a list of [x, y] points</source>
        <translation>має бути списком точок [x, y]</translation>
    </message>
    <message>
        <source>must hold from %1 to %2 points</source>
        <translation>має містити від %1 до %2 точок</translation>
    </message>
    <message>
        <source>holds a point (%1, %2) far outside the image</source>
        <translation>містить точку (%1, %2) далеко за межами зображення</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>має бути об’єктом</translation>
    </message>
</context>
<context>
    <name>LineTool</name>
    <message>
        <source>Line</source>
        <translation>Лінія</translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move</source>
        <translation>Перемістити</translation>
    </message>
</context>
<context>
    <name>NewFileWriter</name>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 вже існує; виберіть нову назву файлу (наявний файл ніколи не перезаписується).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Неможливо записувати в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Неможливо записати %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while saving; it was left as it is.</source>
        <translation>%1 з’явився під час збереження; його залишено без змін.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Неможливо створити %1: %2</translation>
    </message>
</context>
<context>
    <name>PenTool</name>
    <message>
        <source>Pen</source>
        <translation>Перо</translation>
    </message>
</context>
<context>
    <name>PixelateTool</name>
    <message>
        <source>Pixelate (B): blurs an area into blocks. Weaker than Redact: the rough colours stay visible. For passwords, names and numbers use Redact (X).</source>
        <translation>Пікселізація (B): розмиває область на блоки. Слабша за Зафарбовування: приблизні кольори лишаються видимими. Для паролів, імен і номерів використовуйте Зафарбовування (X).</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Пікселізація</translation>
    </message>
</context>
<context>
    <name>PortalResponse</name>
    <message>
        <source>The screenshot service sent no image.</source>
        <translation>Служба знімків екрана не надіслала зображення.</translation>
    </message>
    <message>
        <source>The screenshot service sent an unusable address: %1</source>
        <translation>Служба знімків екрана надіслала непридатну адресу: %1</translation>
    </message>
    <message>
        <source>The screenshot service refused or ended the request.</source>
        <translation>Служба знімків екрана відхилила або перервала запит.</translation>
    </message>
    <message>
        <source>The screenshot service answered with code %1.</source>
        <translation>Служба знімків екрана відповіла кодом %1.</translation>
    </message>
    <message>
        <source>The screenshot from the screenshot service cannot be read: %1</source>
        <translation>Неможливо прочитати знімок від служби знімків екрана: %1</translation>
    </message>
</context>
<context>
    <name>RectangleTool</name>
    <message>
        <source>Rectangle</source>
        <translation>Прямокутник</translation>
    </message>
</context>
<context>
    <name>RedactTool</name>
    <message>
        <source>Redact (X): a solid box; the pixels under it are removed from the saved image</source>
        <translation>Зафарбовування (X): суцільний прямокутник; пікселі під ним видаляються зі збереженого зображення</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Зафарбовування</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>ResizeItemCommand</name>
    <message>
        <source>Resize</source>
        <translation>Змінити розмір</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add</source>
        <translation>Виділення (S або V): клацніть, щоб виділити, перетягніть, щоб перемістити, перетягніть маркер, щоб змінити розмір, Shift+клацання додає</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Виділення</translation>
    </message>
</context>
<context>
    <name>SetColorCommand</name>
    <message>
        <source>Change colour</source>
        <translation>Змінити колір</translation>
    </message>
</context>
<context>
    <name>SetLineWidthCommand</name>
    <message>
        <source>Change width</source>
        <translation>Змінити товщину</translation>
    </message>
</context>
<context>
    <name>StepMarkerTool</name>
    <message>
        <source>Step number</source>
        <translation>Номер кроку</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationDocument</name>
    <message>
        <source>the image is not valid base64</source>
        <translation>зображення не є коректним base64</translation>
    </message>
    <message>
        <source>the image is not a PNG</source>
        <translation>зображення не є PNG</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the document says %3×%4</source>
        <translation>зображення має %1×%2 пікселів, а документ вказує %3×%4</translation>
    </message>
    <message>
        <source>the image cannot be decoded: %1</source>
        <translation>неможливо декодувати зображення: %1</translation>
    </message>
    <message>
        <source>The annotation file is larger than %1 MB.</source>
        <translation>Файл позначок більший за %1 МБ.</translation>
    </message>
    <message>
        <source>The annotation file is not valid JSON (%1 at byte %2).</source>
        <translation>Файл позначок не є коректним JSON (%1 у байті %2).</translation>
    </message>
    <message>
        <source>The annotation file does not hold a JSON object.</source>
        <translation>Файл позначок не містить об’єкта JSON.</translation>
    </message>
    <message>
        <source>This is not a usable annotation document: %1</source>
        <translation>Це не придатний документ позначок: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>має бути «%1»</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (%2)</source>
        <translation>має значення %1, новіше, ніж розуміє ця програма (%2)</translation>
    </message>
    <message>
        <source>&quot;capturedAt&quot; is not an ISO 8601 time</source>
        <translation>«capturedAt» не є часом у форматі ISO 8601</translation>
    </message>
    <message>
        <source>%1×%2 pixels is larger than this program opens</source>
        <translation>%1×%2 пікселів — більше, ніж відкриває ця програма</translation>
    </message>
    <message>
        <source>the crop rectangle leaves the image</source>
        <translation>прямокутник обрізання виходить за межі зображення</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list</source>
        <translation>«items» має бути списком</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>понад %1 елементів</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>елемент %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 не є об’єктом</translation>
    </message>
    <message>
        <source>%1 has the unknown type &quot;%2&quot;</source>
        <translation>%1 має невідомий тип «%2»</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationEditor</name>
    <message>
        <source>Tools</source>
        <translation>Інструменти</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Червоний</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Помаранчевий</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жовтий</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелений</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синій</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фіолетовий</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Чорний</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Білий</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Інший колір…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Line width (text, marker and block size grow with it)</source>
        <translation>Товщина лінії (з нею зростають текст, маркер і розмір блоку)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Збільшити</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Зменшити</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Справжній розмір</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Припасувати до вікна</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Копіювати зображення</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Зберегти…</translation>
    </message>
    <message>
        <source>Caption under the image (optional)</source>
        <translation>Підпис під зображенням (необов’язково)</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Позначка часу</translation>
    </message>
    <message>
        <source>Write the capture time under the image</source>
        <translation>Писати час знімка під зображенням</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Неможливо відкрити %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an annotation document.</source>
        <translation>%1 завеликий для документа позначок.</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <translation>Знімок екрана %1.png</translation>
    </message>
    <message>
        <source>Save annotated screenshot</source>
        <translation>Зберегти знімок екрана з позначками</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Зображення PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не збережено</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Скасувати: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Повторити: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Інший знімок екрана ще робиться.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Інший знімок екрана ще робиться.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MacScreenBackend</name>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, allow Tierdesk and restart it.</source>
        <translation>Відкрийте Системні параметри &gt; Приватність і безпека &gt; Запис екрана, дозвольте Tierdesk і перезапустіть його.</translation>
    </message>
</context>
<context>
    <name>tierdesk::PortalBackend</name>
    <message>
        <source>The screenshot portal only captures the whole desktop.</source>
        <translation>Портал знімків екрана знімає лише весь робочий стіл.</translation>
    </message>
    <message>
        <source>There is no session bus.</source>
        <translation>Немає сеансової шини.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Немає відповіді протягом %n секунди.</numerusform>
            <numerusform>Немає відповіді протягом %n секунд.</numerusform>
            <numerusform>Немає відповіді протягом %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::QtScreenBackend</name>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Немає екрана для знімка.</translation>
    </message>
    <message numerus="yes">
        <source>There is no screen %1; this computer has %n screen(s).</source>
        <translation>
            <numerusform>Немає екрана %1; цей комп’ютер має %n екран.</numerusform>
            <numerusform>Немає екрана %1; цей комп’ютер має %n екрани.</numerusform>
            <numerusform>Немає екрана %1; цей комп’ютер має %n екранів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</source>
        <translation>Як активне вікно тут можна зняти лише вікна цієї програми; зніміть натомість область.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>Віконна система не повернула зображення для екрана %1.</translation>
    </message>
    <message>
        <source>The area to capture is empty.</source>
        <translation>Область для знімка порожня.</translation>
    </message>
    <message>
        <source>The area to capture is outside every screen.</source>
        <translation>Область для знімка поза всіма екранами.</translation>
    </message>
</context>
<context>
    <name>tierdesk::RegionPickerView</name>
    <message>
        <source>Select an area</source>
        <translation>Виділіть область</translation>
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
        <translation>Перетягніть, щоб виділити область. Enter або подвійне клацання підтверджує, стрілки переміщують виділення, Esc скасовує.</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Знято: %1</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Додати крок %1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Видалити крок %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Видалити %n крок</numerusform>
            <numerusform>Видалити %n кроки</numerusform>
            <numerusform>Видалити %n кроків</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Перемістити крок %1 на місце %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Перемістити %n крок</numerusform>
            <numerusform>Перемістити %n кроки</numerusform>
            <numerusform>Перемістити %n кроків</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the caption of step %1</source>
        <translation>Змінити підпис кроку %1</translation>
    </message>
    <message>
        <source>Annotate step %1</source>
        <translation>Позначки кроку %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepsRecorderBar</name>
    <message>
        <source>Another screenshot is being taken.</source>
        <translation>Уже робиться інший знімок екрана.</translation>
    </message>
    <message>
        <source>Steps recorder</source>
        <translation>Запис кроків</translation>
    </message>
    <message>
        <source>Capture step</source>
        <translation>Зняти крок</translation>
    </message>
    <message>
        <source>Hide this bar, take a screenshot of the screen and add it as the next step</source>
        <translation>Сховати цю панель, зробити знімок екрана й додати його як наступний крок</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершити</translation>
    </message>
    <message>
        <source>Stop recording and review the steps (Esc)</source>
        <translation>Зупинити запис і переглянути кроки (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n крок</numerusform>
            <numerusform>%n кроки</numerusform>
            <numerusform>%n кроків</numerusform>
        </translation>
    </message>
</context>
</TS>
