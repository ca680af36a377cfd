<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AddItemsCommand</name>
    <message>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
</context>
<context>
    <name>AnnotationExporter</name>
    <message>
        <source>Captured %1 — %2</source>
        <translation>Снято %1 — %2</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Снято %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 уже существует; выберите новое имя файла (существующий файл никогда не перезаписывается).</translation>
    </message>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>Не удалось закодировать изображение в PNG.</translation>
    </message>
</context>
<context>
    <name>ArrowTool</name>
    <message>
        <source>Arrow</source>
        <translation>Стрелка</translation>
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
        <translation>Tierdesk не разрешена запись экрана. Разрешите Tierdesk запись экрана в системных настройках и повторите попытку.</translation>
    </message>
    <message>
        <source>This kind of screenshot is not supported here.</source>
        <translation>Такой вид снимка экрана здесь не поддерживается.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>Снимок экрана отменён.</translation>
    </message>
    <message>
        <source>The screenshot service did not answer in time.</source>
        <translation>Служба снимков экрана не ответила вовремя.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Не удалось снять экран.</translation>
    </message>
    <message>
        <source>No screenshot service is available.</source>
        <translation>Нет доступной службы снимков экрана.</translation>
    </message>
</context>
<context>
    <name>CropCommand</name>
    <message>
        <source>Crop</source>
        <translation>Обрезать</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Crop (C): drag the area to keep</source>
        <translation>Обрезать (C): выделите область, которую нужно оставить</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Обрезать</translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Изменить текст</translation>
    </message>
</context>
<context>
    <name>EllipseTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Эллипс</translation>
    </message>
</context>
<context>
    <name>HighlighterTool</name>
    <message>
        <source>Highlighter (H): hold Shift for a straight line</source>
        <translation>Маркер (H): удерживайте Shift для прямой линии</translation>
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
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>должно быть числом от %1 до %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>должно быть целым числом</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>должно быть текстом</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>длиннее %1 символов</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>должно быть true или false</translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB or #AARRGGBB</source>
        <translation>должно быть цветом в виде #RRGGBB или #AARRGGBB</translation>
    </message>
    <message>
        <source>must be a list of [x, y] points</source>
        <translation>должно быть списком точек [x, y]</translation>
    </message>
    <message>
        <source>must hold from %1 to %2 points</source>
        <translation>должно содержать от %1 до %2 точек</translation>
    </message>
    <message>
        <source>holds a point (%1, %2) far outside the image</source>
        <translation>содержит точку (%1, %2) далеко за пределами изображения</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>должно быть объектом</translation>
    </message>
</context>
<context>
    <name>LineTool</name>
    <message>
        <source>Line</source>
        <translation>Линия</translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move</source>
        <translation>Переместить</translation>
    </message>
</context>
<context>
    <name>NewFileWriter</name>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 уже существует; выберите новое имя файла (существующий файл никогда не перезаписывается).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папки %1 не существует.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Невозможно записывать в %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Невозможно записать %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while saving; it was left as it is.</source>
        <translation>%1 появился во время сохранения; он оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Невозможно создать %1: %2</translation>
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
        <translation>Пикселизация (B): размывает область на блоки. Слабее Закрашивания: примерные цвета остаются видны. Для паролей, имён и номеров используйте Закрашивание (X).</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Пикселизация</translation>
    </message>
</context>
<context>
    <name>PortalResponse</name>
    <message>
        <source>The screenshot service sent no image.</source>
        <translation>Служба снимков экрана не прислала изображение.</translation>
    </message>
    <message>
        <source>The screenshot service sent an unusable address: %1</source>
        <translation>Служба снимков экрана прислала непригодный адрес: %1</translation>
    </message>
    <message>
        <source>The screenshot service refused or ended the request.</source>
        <translation>Служба снимков экрана отклонила или прервала запрос.</translation>
    </message>
    <message>
        <source>The screenshot service answered with code %1.</source>
        <translation>Служба снимков экрана ответила кодом %1.</translation>
    </message>
    <message>
        <source>The screenshot from the screenshot service cannot be read: %1</source>
        <translation>Невозможно прочитать снимок от службы снимков экрана: %1</translation>
    </message>
</context>
<context>
    <name>RectangleTool</name>
    <message>
        <source>Rectangle</source>
        <translation>Прямоугольник</translation>
    </message>
</context>
<context>
    <name>RedactTool</name>
    <message>
        <source>Redact (X): a solid box; the pixels under it are removed from the saved image</source>
        <translation>Закрашивание (X): сплошной прямоугольник; пиксели под ним удаляются из сохранённого изображения</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Закрашивание</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>ResizeItemCommand</name>
    <message>
        <source>Resize</source>
        <translation>Изменить размер</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add</source>
        <translation>Выделение (S или V): щёлкните, чтобы выделить, перетащите, чтобы переместить, перетащите маркер, чтобы изменить размер, Shift+щелчок добавляет</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Выделение</translation>
    </message>
</context>
<context>
    <name>SetColorCommand</name>
    <message>
        <source>Change colour</source>
        <translation>Изменить цвет</translation>
    </message>
</context>
<context>
    <name>SetLineWidthCommand</name>
    <message>
        <source>Change width</source>
        <translation>Изменить толщину</translation>
    </message>
</context>
<context>
    <name>StepMarkerTool</name>
    <message>
        <source>Step number</source>
        <translation>Номер шага</translation>
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
        <translation>изображение не является корректным base64</translation>
    </message>
    <message>
        <source>the image is not a PNG</source>
        <translation>изображение не является PNG</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the document says %3×%4</source>
        <translation>изображение имеет %1×%2 пикселей, а документ указывает %3×%4</translation>
    </message>
    <message>
        <source>the image cannot be decoded: %1</source>
        <translation>невозможно декодировать изображение: %1</translation>
    </message>
    <message>
        <source>The annotation file is larger than %1 MB.</source>
        <translation>Файл пометок больше %1 МБ.</translation>
    </message>
    <message>
        <source>The annotation file is not valid JSON (%1 at byte %2).</source>
        <translation>Файл пометок не является корректным JSON (%1 в байте %2).</translation>
    </message>
    <message>
        <source>The annotation file does not hold a JSON object.</source>
        <translation>Файл пометок не содержит объекта JSON.</translation>
    </message>
    <message>
        <source>This is not a usable annotation document: %1</source>
        <translation>Это не пригодный документ пометок: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>должно быть «%1»</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (%2)</source>
        <translation>имеет значение %1, новее, чем понимает эта программа (%2)</translation>
    </message>
    <message>
        <source>&quot;capturedAt&quot; is not an ISO 8601 time</source>
        <translation>«capturedAt» не является временем в формате ISO 8601</translation>
    </message>
    <message>
        <source>%1×%2 pixels is larger than this program opens</source>
        <translation>%1×%2 пикселей — больше, чем открывает эта программа</translation>
    </message>
    <message>
        <source>the crop rectangle leaves the image</source>
        <translation>прямоугольник обрезки выходит за пределы изображения</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list</source>
        <translation>«items» должно быть списком</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>более %1 элементов</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>элемент %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 не является объектом</translation>
    </message>
    <message>
        <source>%1 has the unknown type &quot;%2&quot;</source>
        <translation>%1 имеет неизвестный тип «%2»</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationEditor</name>
    <message>
        <source>Tools</source>
        <translation>Инструменты</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Цвет</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Красный</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Оранжевый</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Жёлтый</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Зелёный</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Синий</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Фиолетовый</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Чёрный</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Белый</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Другой цвет…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Line width (text, marker and block size grow with it)</source>
        <translation>Толщина линии (вместе с ней растут текст, маркер и размер блока)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Увеличить</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Уменьшить</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Реальный размер</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Вписать в окно</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Копировать изображение</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Сохранить…</translation>
    </message>
    <message>
        <source>Caption under the image (optional)</source>
        <translation>Подпись под изображением (необязательно)</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Отметка времени</translation>
    </message>
    <message>
        <source>Write the capture time under the image</source>
        <translation>Писать время снимка под изображением</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Невозможно открыть %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an annotation document.</source>
        <translation>%1 слишком велик для документа пометок.</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <translation>Снимок экрана %1.png</translation>
    </message>
    <message>
        <source>Save annotated screenshot</source>
        <translation>Сохранить снимок экрана с пометками</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Изображение PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Отменить: %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Повторить: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Другой снимок экрана ещё делается.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Другой снимок экрана ещё делается.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MacScreenBackend</name>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, allow Tierdesk and restart it.</source>
        <translation>Откройте Системные настройки &gt; Конфиденциальность и безопасность &gt; Запись экрана, разрешите Tierdesk и перезапустите его.</translation>
    </message>
</context>
<context>
    <name>tierdesk::PortalBackend</name>
    <message>
        <source>The screenshot portal only captures the whole desktop.</source>
        <translation>Портал снимков экрана снимает только весь рабочий стол.</translation>
    </message>
    <message>
        <source>There is no session bus.</source>
        <translation>Нет сеансовой шины.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Нет ответа в течение %n секунды.</numerusform>
            <numerusform>Нет ответа в течение %n секунд.</numerusform>
            <numerusform>Нет ответа в течение %n секунд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::QtScreenBackend</name>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Нет экрана для снимка.</translation>
    </message>
    <message numerus="yes">
        <source>There is no screen %1; this computer has %n screen(s).</source>
        <translation>
            <numerusform>Нет экрана %1; у этого компьютера %n экран.</numerusform>
            <numerusform>Нет экрана %1; у этого компьютера %n экрана.</numerusform>
            <numerusform>Нет экрана %1; у этого компьютера %n экранов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</source>
        <translation>Как активное окно здесь можно снять только окна этой программы; снимите вместо этого область.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>Оконная система не вернула изображение для экрана %1.</translation>
    </message>
    <message>
        <source>The area to capture is empty.</source>
        <translation>Область для снимка пуста.</translation>
    </message>
    <message>
        <source>The area to capture is outside every screen.</source>
        <translation>Область для снимка вне всех экранов.</translation>
    </message>
</context>
<context>
    <name>tierdesk::RegionPickerView</name>
    <message>
        <source>Select an area</source>
        <translation>Выделите область</translation>
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
        <translation>Перетащите, чтобы выделить область. Enter или двойной щелчок подтверждает, стрелки перемещают выделение, Esc отменяет.</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Снято: %1</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Добавить шаг %1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Удалить шаг %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Удалить %n шаг</numerusform>
            <numerusform>Удалить %n шага</numerusform>
            <numerusform>Удалить %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Переместить шаг %1 на место %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Переместить %n шаг</numerusform>
            <numerusform>Переместить %n шага</numerusform>
            <numerusform>Переместить %n шагов</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the caption of step %1</source>
        <translation>Изменить подпись шага %1</translation>
    </message>
    <message>
        <source>Annotate step %1</source>
        <translation>Пометки шага %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepsRecorderBar</name>
    <message>
        <source>Another screenshot is being taken.</source>
        <translation>Уже делается другой снимок экрана.</translation>
    </message>
    <message>
        <source>Steps recorder</source>
        <translation>Запись шагов</translation>
    </message>
    <message>
        <source>Capture step</source>
        <translation>Снять шаг</translation>
    </message>
    <message>
        <source>Hide this bar, take a screenshot of the screen and add it as the next step</source>
        <translation>Скрыть эту панель, сделать снимок экрана и добавить его как следующий шаг</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <source>Stop recording and review the steps (Esc)</source>
        <translation>Остановить запись и просмотреть шаги (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n шаг</numerusform>
            <numerusform>%n шага</numerusform>
            <numerusform>%n шагов</numerusform>
        </translation>
    </message>
</context>
</TS>
