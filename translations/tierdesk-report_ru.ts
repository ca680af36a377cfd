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
        <translation>Не удалось сохранить изображение в формате PNG.</translation>
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
    <name>AttachmentPanel</name>
    <message>
        <source>Capture:</source>
        <translation>Снимок:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Весь экран</translation>
    </message>
    <message>
        <source>Take a screenshot of all screens (this window steps aside meanwhile)</source>
        <translation>Сделать снимок всех экранов (это окно на это время скроется)</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Область…</translation>
    </message>
    <message>
        <source>Freeze the screen and drag a rectangle around the part that shows the problem</source>
        <translation>Заморозить экран и выделить прямоугольником часть, где видна проблема</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Окно</translation>
    </message>
    <message>
        <source>Capture the window that is active when the delay is over; set a delay to switch to it first</source>
        <translation>Снять окно, активное после задержки; задайте задержку, чтобы сначала переключиться на него</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Задержка:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Record steps…</source>
        <translation>Записать шаги…</translation>
    </message>
    <message>
        <source>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</source>
        <translation>Небольшая панель остаётся поверх окон, пока вы повторяете свои действия; каждое нажатие «Снять шаг» добавляет пронумерованный снимок</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Вставить изображение</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard (Ctrl+V)</source>
        <translation>Приложить изображение из буфера обмена (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <source>You can also drop files or images here, or paste a screenshot with Ctrl+V.</source>
        <translation>Можно также перетащить сюда файлы или изображения либо вставить снимок экрана через Ctrl+V.</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Пометки…</translation>
    </message>
    <message>
        <source>Add arrows, boxes, text and numbers, or black out private details</source>
        <translation>Добавить стрелки, рамки, текст и номера или закрасить личные данные</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Просмотр</translation>
    </message>
    <message>
        <source>Show the image exactly as it will be sent</source>
        <translation>Показать изображение точно таким, каким оно будет отправлено</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Шаги</translation>
    </message>
    <message>
        <source>Double-click a step to write what you did in it; drag steps to reorder them</source>
        <translation>Дважды щёлкните шаг, чтобы описать, что вы в нём сделали; перетаскивайте шаги, чтобы изменить порядок</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Выше</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Ниже</translation>
    </message>
</context>
<context>
    <name>CapitalsHint</name>
    <message>
        <source>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</source>
        <translation>Заглавные буквы не ускорят обращение: очерёдность зависит от выбранной серьёзности и приоритета вашей учётной записи. Спокойную тему к тому же легче найти потом.</translation>
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
        <translation>Использование: tierdesk-report capture --full|--screen N|--window -o ФАЙЛ.png [--delay S]

Делает один снимок экрана и записывает его в ФАЙЛ.png как новый файл (существующий файл
никогда не перезаписывается). Никакое окно не открывается.

  --full          все экраны одним изображением
  --screen N      экран N (0 — первый)
  --window        активное окно
  -o, --output    создаваемый файл PNG
  --delay S       сначала подождать S секунд (от 0 до %1)
</translation>
    </message>
    <message>
        <source>The active window is outside every screen.</source>
        <translation>Активное окно находится за пределами всех экранов.</translation>
    </message>
    <message>
        <source>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Нет экрана для снимка: не задана ни DISPLAY, ни WAYLAND_DISPLAY.</translation>
    </message>
    <message>
        <source>Say what to capture: exactly one of --full, --screen N or --window.</source>
        <translation>Укажите, что снимать: ровно одно из --full, --screen N или --window.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неожиданный аргумент: %1</translation>
    </message>
    <message>
        <source>Say where to write the screenshot: -o FILE.png.</source>
        <translation>Укажите, куда записать снимок: -o ФАЙЛ.png.</translation>
    </message>
    <message>
        <source>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</source>
        <translation>%1 уже существует; tierdesk-report никогда не перезаписывает файлы. Выберите новое имя.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Папка %1 не существует.</translation>
    </message>
    <message>
        <source>--delay takes whole seconds from 0 to %1.</source>
        <translation>--delay принимает целые секунды от 0 до %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number: 0 for the first screen.</source>
        <translation>--screen принимает номер экрана: 0 — первый экран.</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Снимок через %n секунду…</numerusform>
            <numerusform>Снимок через %n секунды…</numerusform>
            <numerusform>Снимок через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Не удалось снять экран.</translation>
    </message>
    <message>
        <source>The screenshot could not be encoded as PNG.</source>
        <translation>Не удалось сохранить снимок в формате PNG.</translation>
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
        <translation>У Tierdesk нет разрешения на запись экрана. Разрешите запись экрана для Tierdesk в настройках системы и повторите попытку.</translation>
    </message>
    <message>
        <source>This kind of screenshot is not supported here.</source>
        <translation>Такой вид снимка здесь не поддерживается.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>Снимок отменён.</translation>
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
        <translation>должно быть цветом в записи #RRGGBB или #AARRGGBB</translation>
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
    <name>LoginDialog</name>
    <message>
        <source>Sign in to support</source>
        <translation>Вход в службу поддержки</translation>
    </message>
    <message>
        <source>Sign in with the account your support team gave you.</source>
        <translation>Войдите с учётной записью, которую вам выдала служба поддержки.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Не выходить на этом компьютере</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk support</source>
        <translation>Поддержка Tierdesk</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Мои обращения</translation>
    </message>
    <message>
        <source>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</source>
        <translation>Обращений пока нет. Если что-то не работает, воспользуйтесь «Сообщить о проблеме».</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Действия</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Сообщить о проблеме…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти</translation>
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
        <translation>Папка %1 не существует.</translation>
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
        <translation>Пикселизация (B): размывает область блоками. Слабее закрашивания: приблизительные цвета остаются видны. Для паролей, имён и номеров используйте закрашивание (X).</translation>
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
    <name>ProblemAttachmentsPage</name>
    <message>
        <source>Show it</source>
        <translation>Покажите это</translation>
    </message>
    <message>
        <source>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</source>
        <translation>Снимок ошибки со временем или шаги в виде пронумерованных снимков часто вдвое сокращают время исправления. Личное закрасьте через Пометки → Закрасить.</translation>
    </message>
</context>
<context>
    <name>ProblemDescriptionPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Что пошло не так?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</source>
        <translation>Расскажите своими словами. Коротко и точно помогает больше, чем длинно: что вы сделали, чего ожидали, что произошло.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>One line, e.g. &quot;Invoice export stops with an error&quot;</source>
        <translation>Одна строка, напр. «Экспорт счетов прерывается с ошибкой»</translation>
    </message>
    <message>
        <source>What did you &amp;do?</source>
        <translation>Что вы &amp;сделали?</translation>
    </message>
    <message>
        <source>The steps in order: I opened…, I clicked…</source>
        <translation>Шаги по порядку: я открыл…, я нажал…</translation>
    </message>
    <message>
        <source>What did you &amp;expect?</source>
        <translation>Чего вы &amp;ожидали?</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>Что должно было произойти</translation>
    </message>
    <message>
        <source>What &amp;happened instead?</source>
        <translation>Что &amp;произошло вместо этого?</translation>
    </message>
    <message>
        <source>What you saw instead (required)</source>
        <translation>Что вы увидели вместо этого (обязательно)</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsPage</name>
    <message>
        <source>The error and the time</source>
        <translation>Ошибка и время</translation>
    </message>
    <message>
        <source>The exact message and the time let support find your problem in the logs.</source>
        <translation>Точное сообщение и время помогают службе поддержки найти вашу проблему в журналах.</translation>
    </message>
    <message>
        <source>The exact &amp;error message or code:</source>
        <translation>Точное &amp;сообщение или код ошибки:</translation>
    </message>
    <message>
        <source>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</source>
        <translation>Скопируйте сообщение точно в том виде, в каком оно появилось, или введите код (напр. 0x80070005, SMTP-421)</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Когда это произошло?</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Только что</translation>
    </message>
    <message>
        <source>How &amp;bad is it?</source>
        <translation>Насколько это &amp;серьёзно?</translation>
    </message>
    <message>
        <source>Support answers in order of severity and your account&apos;s priority.</source>
        <translation>Служба поддержки отвечает с учётом серьёзности и приоритета вашей учётной записи.</translation>
    </message>
</context>
<context>
    <name>ProblemDraft</name>
    <message>
        <source>What I did:</source>
        <translation>Что я сделал:</translation>
    </message>
    <message>
        <source>What I expected:</source>
        <translation>Чего я ожидал:</translation>
    </message>
    <message>
        <source>What happened instead:</source>
        <translation>Что произошло вместо этого:</translation>
    </message>
    <message>
        <source>The exact error message:</source>
        <translation>Точное сообщение об ошибке:</translation>
    </message>
    <message>
        <source>When it happened: %1</source>
        <translation>Когда это произошло: %1</translation>
    </message>
    <message>
        <source>Another report of this problem: %1</source>
        <translation>Ещё одно сообщение об этой проблеме: %1</translation>
    </message>
</context>
<context>
    <name>ProblemReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Проверьте и отправьте</translation>
    </message>
    <message>
        <source>This is what support will receive.</source>
        <translation>Именно это получит служба поддержки.</translation>
    </message>
    <message>
        <source>A known problem may be the cause</source>
        <translation>Причиной может быть известная проблема</translation>
    </message>
    <message>
        <source>Link my report to this known problem, so that I hear when it is fixed</source>
        <translation>Связать моё обращение с этой известной проблемой, чтобы узнать, когда её устранят</translation>
    </message>
    <message>
        <source>You may have reported this already</source>
        <translation>Возможно, вы уже сообщали об этом</translation>
    </message>
    <message>
        <source>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</source>
        <translation>Похоже, по этой проблеме у вас уже есть открытое обращение. Дополнение держит всё в одном месте и не начинает очередь заново.</translation>
    </message>
    <message>
        <source>Add my report to the selected ticket</source>
        <translation>Добавить моё сообщение к выбранному обращению</translation>
    </message>
    <message>
        <source>It is a different problem: open a new ticket</source>
        <translation>Это другая проблема: открыть новое обращение</translation>
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
        <translation>Закрасить (X): сплошной прямоугольник; пиксели под ним удаляются из сохранённого изображения</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Закрасить</translation>
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
        <translation>Выбор (S или V): щёлкните, чтобы выбрать, перетащите, чтобы переместить, тяните за маркер, чтобы изменить размер, Shift+щелчок добавляет</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Выбор</translation>
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
    <name>TicketStatusText</name>
    <message>
        <source>Received</source>
        <translation>Получено</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>В работе</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Ждёт вашего ответа</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>У специалиста</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Решено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыто</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ещё не отправлено</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Ваш ответ:</translation>
    </message>
    <message>
        <source>Answer support, or add what you found out since</source>
        <translation>Ответьте службе поддержки или добавьте, что вы с тех пор выяснили</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>Снимки экрана и файлы</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
</context>
<context>
    <name>X11WindowLocator</name>
    <message>
        <source>The active window can only be found on an X11 desktop.</source>
        <translation>Активное окно можно определить только на рабочем столе X11.</translation>
    </message>
    <message>
        <source>No window is active; click the window to capture first.</source>
        <translation>Ни одно окно не активно; сначала щёлкните окно, которое нужно снять.</translation>
    </message>
    <message>
        <source>The active window is not on the screen.</source>
        <translation>Активного окна нет на экране.</translation>
    </message>
    <message>
        <source>The X server did not say where the active window is.</source>
        <translation>X-сервер не сообщил, где находится активное окно.</translation>
    </message>
    <message>
        <source>This build cannot find the active window of other programs (it was built without xcb).</source>
        <translation>Эта сборка не может найти активное окно других программ (она собрана без xcb).</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotateDialog</name>
    <message>
        <source>Mark the screenshot</source>
        <translation>Пометки на снимке</translation>
    </message>
    <message>
        <source>Use these marks</source>
        <translation>Использовать эти пометки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
        <translation>изображение не в формате PNG</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the document says %3×%4</source>
        <translation>изображение имеет размер %1×%2 пикселей, а в документе указано %3×%4</translation>
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
        <translation>Это непригодный документ пометок: %1</translation>
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
        <translation>больше %1 элементов</translation>
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
        <translation>Толщина линии (вместе с ней растут текст, метка и размер блоков)</translation>
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
        <translation>Вписать время снимка под изображением</translation>
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
        <translation>Сохранить снимок с пометками</translation>
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
    <name>tierdesk::AttachmentPanel</name>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Приложить файлы</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Снимок через %n секунду…</numerusform>
            <numerusform>Снимок через %n секунды…</numerusform>
            <numerusform>Снимок через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>Region added: %1 × %2 pixels.</source>
        <translation>Область добавлена: %1 × %2 пикселей.</translation>
    </message>
    <message>
        <source>No region was chosen.</source>
        <translation>Область не выбрана.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part to keep; Esc cancels.</source>
        <translation>Выделите прямоугольником часть, которую нужно оставить; Esc отменяет.</translation>
    </message>
    <message>
        <source>Screenshot added: %1 × %2 pixels.</source>
        <translation>Снимок добавлен: %1 × %2 пикселей.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded. Double-click a step to describe it.</source>
        <translation>
            <numerusform>Записан %n шаг. Дважды щёлкните шаг, чтобы описать его.</numerusform>
            <numerusform>Записано %n шага. Дважды щёлкните шаг, чтобы описать его.</numerusform>
            <numerusform>Записано %n шагов. Дважды щёлкните шаг, чтобы описать его.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>В буфере обмена нет изображения или файла.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pasted.</source>
        <translation>
            <numerusform>Вставлен %n элемент.</numerusform>
            <numerusform>Вставлено %n элемента.</numerusform>
            <numerusform>Вставлено %n элементов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>Добавлен %n файл.</numerusform>
            <numerusform>Добавлено %n файла.</numerusform>
            <numerusform>Добавлено %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>Добавлен %n элемент.</numerusform>
            <numerusform>Добавлено %n элемента.</numerusform>
            <numerusform>Добавлено %n элементов.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are kept with the screenshot.</source>
        <translation>Пометки сохранены вместе со снимком.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Ещё делается другой снимок экрана.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Ещё делается другой снимок экрана.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ImagePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Просмотр: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://support.example.com.</source>
        <translation>Введите адрес сервера, напр. https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Введите логин и пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Нет хранилища ключей</translation>
    </message>
    <message>
        <source>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</source>
        <translation>На этом компьютере нет службы хранилища ключей (например, GNOME Keyring или KWallet), чтобы надёжно сохранить ваш вход. Сохранить его вместо этого в файле, который может прочитать только ваша учётная запись? Иначе пароль будет нужен при каждом запуске.</translation>
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
    <name>tierdesk::MainWindow</name>
    <message>
        <source>The server did not accept a change: %1</source>
        <translation>Сервер не принял изменение: %1</translation>
    </message>
    <message>
        <source>A report could not be sent: %1</source>
        <translation>Не удалось отправить обращение: %1</translation>
    </message>
    <message>
        <source>Offline: what you write is kept and sent later</source>
        <translation>Офлайн: написанное сохранится и будет отправлено позже</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Обновление…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n элемент ждёт отправки</numerusform>
            <numerusform>%n элемента ждут отправки</numerusform>
            <numerusform>%n элементов ждут отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>Tierdesk support — %1</source>
        <translation>Поддержка Tierdesk — %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::NewProblemWizard</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Вы не вошли.</translation>
    </message>
    <message>
        <source>This may be part of the known problem &quot;%1&quot;.</source>
        <translation>Возможно, это часть известной проблемы «%1».</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не отправлено</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Сообщить о проблеме</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далее &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Отправить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
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
    <name>tierdesk::ProblemDetailsPage</name>
    <message>
        <source>Critical: work has stopped for many people</source>
        <translation>Критическая: работа многих людей остановилась</translation>
    </message>
    <message>
        <source>High: I cannot work and there is no way around it</source>
        <translation>Высокая: я не могу работать, и обходного пути нет</translation>
    </message>
    <message>
        <source>Normal: something does not work, but I can carry on</source>
        <translation>Обычная: что-то не работает, но я могу продолжать</translation>
    </message>
    <message>
        <source>Low: a question or a small annoyance</source>
        <translation>Низкая: вопрос или мелкое неудобство</translation>
    </message>
    <message>
        <source>Error codes found: %1</source>
        <translation>Найденные коды ошибок: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemReviewPage</name>
    <message>
        <source>Support already knows about this problem and is working on it:
%1
%2</source>
        <translation>Служба поддержки уже знает об этой проблеме и работает над ней:
%1
%2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(ещё не отправлено)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Same error code: %1</source>
        <translation>Тот же код ошибки: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Коды ошибок: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Вложения: %1</translation>
    </message>
    <message>
        <source>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>Вы офлайн. Обращение сохранится на этом компьютере и будет отправлено, как только сервер станет доступен.</translation>
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
            <numerusform>Экрана %1 нет; у этого компьютера %n экран.</numerusform>
            <numerusform>Экрана %1 нет; у этого компьютера %n экрана.</numerusform>
            <numerusform>Экрана %1 нет; у этого компьютера %n экранов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</source>
        <translation>Здесь как активное окно можно снять только окна этой программы; снимите вместо этого область.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>Оконная система не вернула изображение экрана %1.</translation>
    </message>
    <message>
        <source>The area to capture is empty.</source>
        <translation>Область для снимка пуста.</translation>
    </message>
    <message>
        <source>The area to capture is outside every screen.</source>
        <translation>Область для снимка находится за пределами всех экранов.</translation>
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
        <translation>Перетащите, чтобы выделить область. Enter или двойной щелчок подтверждают, стрелки перемещают выделение, Esc отменяет.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReportAttachments</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пикселей</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, annotated</source>
        <translation>%1 × %2 пикселей, с пометками</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Снимок экрана %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2; attach a smaller file or a part of it.</source>
        <translation>%1 больше %2; приложите файл поменьше или его часть.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Невозможно прочитать %1: %2</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Вставленное изображение %1</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Не удалось прочитать вставленное изображение.</translation>
    </message>
    <message>
        <source>%1 could not be encoded as PNG.</source>
        <translation>Не удалось сохранить %1 в формате PNG.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read: %2</source>
        <translation>Невозможно прочитать пометки %1: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the screenshots: %1</source>
        <translation>Нет временной папки для снимков экрана: %1</translation>
    </message>
    <message>
        <source>Steps (attached as %1 to %2):</source>
        <translation>Шаги (во вложениях с %1 по %2):</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Шаг %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Шаг %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterApplication</name>
    <message>
        <source>Signed out</source>
        <translation>Вы вышли</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</source>
        <translation>Срок действия вашего входа истёк. Войдите снова; ничего из написанного не потеряно.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterSession</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неверный логин или пароль.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступен: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a few minutes and try again.</source>
        <translation>Слишком много неудачных попыток; подождите несколько минут и попробуйте снова.</translation>
    </message>
    <message>
        <source>This is a support staff account; please use the Tierdesk workstation.</source>
        <translation>Это учётная запись сотрудника поддержки; воспользуйтесь рабочим местом Tierdesk.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SendQueue</name>
    <message>
        <source>Cannot create the folder %1 for the files to send.</source>
        <translation>Невозможно создать папку %1 для файлов к отправке.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for sending: %2</source>
        <translation>Невозможно сохранить %1 для отправки: %2</translation>
    </message>
    <message>
        <source>Cannot keep the report for sending: %1</source>
        <translation>Невозможно сохранить обращение для отправки: %1</translation>
    </message>
    <message>
        <source>The file %1 kept for sending is gone: %2</source>
        <translation>Файл %1, сохранённый для отправки, исчез: %2</translation>
    </message>
    <message>
        <source>The file %1 kept for sending was changed on disk; it is not sent.</source>
        <translation>Файл %1, сохранённый для отправки, изменён на диске; он не будет отправлен.</translation>
    </message>
    <message>
        <source>The server did not take %1: %2</source>
        <translation>Сервер не принял %1: %2</translation>
    </message>
    <message>
        <source>The ticket this reply belongs to could not be created, so the reply was not sent.</source>
        <translation>Не удалось создать обращение, к которому относится этот ответ, поэтому ответ не отправлен.</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Снято в %1</translation>
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
        <translation>Переместить шаг %1 на %2</translation>
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
        <translation>Пометки на шаге %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepsRecorderBar</name>
    <message>
        <source>Another screenshot is being taken.</source>
        <translation>Делается другой снимок экрана.</translation>
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
        <translation>Готово</translation>
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
<context>
    <name>tierdesk::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Последнее изменение</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не отправлено: %1</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Отправка файлов: %1 из %2</translation>
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
        <translation>Открыть снова</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Закрыть обращение</translation>
    </message>
    <message>
        <source>The problem is back: support will look at it again</source>
        <translation>Проблема вернулась: служба поддержки снова ею займётся</translation>
    </message>
    <message>
        <source>The problem is solved or no longer matters</source>
        <translation>Проблема решена или больше не важна</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Поддержка</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>ждёт отправки</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вложение</numerusform>
            <numerusform>%n вложения</numerusform>
            <numerusform>%n вложений</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>не отправлено: %1</translation>
    </message>
    <message numerus="yes">
        <source>uploading %1 of %n file(s)</source>
        <translation>
            <numerusform>загрузка %1 из %n файла</numerusform>
            <numerusform>загрузка %1 из %n файлов</numerusform>
            <numerusform>загрузка %1 из %n файлов</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket is open.</source>
        <translation>Ни одно обращение не открыто.</translation>
    </message>
    <message>
        <source>Write a reply or attach a screenshot first.</source>
        <translation>Сначала напишите ответ или приложите снимок экрана.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Приложено: %1</translation>
    </message>
    <message>
        <source>You are offline; the reply is sent when the server is back.</source>
        <translation>Вы офлайн; ответ будет отправлен, когда сервер снова станет доступен.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Ответ отправлен.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Загрузка %1…</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Не удалось загрузить файл: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
</TS>
