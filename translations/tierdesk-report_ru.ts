<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
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
    <message>
        <source>Support answered: open the ticket to read it.</source>
        <translation>Поддержка ответила: откройте заявку, чтобы прочитать.</translation>
    </message>
    <message>
        <source>%1 · new reply</source>
        <translation>%1 · новый ответ</translation>
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
