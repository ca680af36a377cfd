<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Capture:</source>
        <translation>Знімок:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Весь екран</translation>
    </message>
    <message>
        <source>Take a screenshot of all screens (this window steps aside meanwhile)</source>
        <translation>Зробити знімок усіх екранів (це вікно тим часом зникне)</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Область…</translation>
    </message>
    <message>
        <source>Freeze the screen and drag a rectangle around the part that shows the problem</source>
        <translation>Заморозити екран і виділити прямокутником частину, що показує проблему</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Вікно</translation>
    </message>
    <message>
        <source>Capture the window that is active when the delay is over; set a delay to switch to it first</source>
        <translation>Зняти вікно, активне після затримки; задайте затримку, щоб спершу перейти до нього</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Затримка:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> с</translation>
    </message>
    <message>
        <source>Record steps…</source>
        <translation>Записати кроки…</translation>
    </message>
    <message>
        <source>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</source>
        <translation>Невелика панель лишається поверх вікон, поки ви повторюєте свої дії; кожне натискання «Зняти крок» додає пронумерований знімок</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Вставити зображення</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard (Ctrl+V)</source>
        <translation>Додати зображення з буфера обміну (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Додати файли…</translation>
    </message>
    <message>
        <source>You can also drop files or images here, or paste a screenshot with Ctrl+V.</source>
        <translation>Також можна перетягнути сюди файли чи зображення або вставити знімок екрана через Ctrl+V.</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Позначки…</translation>
    </message>
    <message>
        <source>Add arrows, boxes, text and numbers, or black out private details</source>
        <translation>Додати стрілки, рамки, текст і номери або зафарбувати особисті дані</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Перегляд</translation>
    </message>
    <message>
        <source>Show the image exactly as it will be sent</source>
        <translation>Показати зображення точно таким, яким його буде надіслано</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Кроки</translation>
    </message>
    <message>
        <source>Double-click a step to write what you did in it; drag steps to reorder them</source>
        <translation>Двічі клацніть крок, щоб описати, що ви в ньому зробили; перетягуйте кроки, щоб змінити порядок</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Вище</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Нижче</translation>
    </message>
</context>
<context>
    <name>CapitalsHint</name>
    <message>
        <source>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</source>
        <translation>Великі літери не пришвидшать звернення: черговість залежить від вибраної серйозності та пріоритету вашого облікового запису. Спокійну тему також легше знайти згодом.</translation>
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
        <translation>Використання: tierdesk-report capture --full|--screen N|--window -o ФАЙЛ.png [--delay S]

Робить один знімок екрана і записує його до ФАЙЛ.png як новий файл (наявний файл
ніколи не перезаписується). Жодне вікно не відкривається.

  --full          усі екрани одним зображенням
  --screen N      екран N (0 — перший)
  --window        активне вікно
  -o, --output    файл PNG, який слід створити
  --delay S       спершу зачекати S секунд (від 0 до %1)
</translation>
    </message>
    <message>
        <source>The active window is outside every screen.</source>
        <translation>Активне вікно розташоване поза всіма екранами.</translation>
    </message>
    <message>
        <source>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Немає екрана для знімка: не задано ні DISPLAY, ні WAYLAND_DISPLAY.</translation>
    </message>
    <message>
        <source>Say what to capture: exactly one of --full, --screen N or --window.</source>
        <translation>Вкажіть, що знімати: рівно одне з --full, --screen N або --window.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Неочікуваний аргумент: %1</translation>
    </message>
    <message>
        <source>Say where to write the screenshot: -o FILE.png.</source>
        <translation>Вкажіть, куди записати знімок: -o ФАЙЛ.png.</translation>
    </message>
    <message>
        <source>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</source>
        <translation>%1 вже існує; tierdesk-report ніколи не перезаписує файли. Виберіть нову назву.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Теки %1 не існує.</translation>
    </message>
    <message>
        <source>--delay takes whole seconds from 0 to %1.</source>
        <translation>--delay приймає цілі секунди від 0 до %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number: 0 for the first screen.</source>
        <translation>--screen приймає номер екрана: 0 — перший екран.</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Знімок через %n секунду…</numerusform>
            <numerusform>Знімок через %n секунди…</numerusform>
            <numerusform>Знімок через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Не вдалося зняти екран.</translation>
    </message>
    <message>
        <source>The screenshot could not be encoded as PNG.</source>
        <translation>Не вдалося зберегти знімок у форматі PNG.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to support</source>
        <translation>Вхід до служби підтримки</translation>
    </message>
    <message>
        <source>Sign in with the account your support team gave you.</source>
        <translation>Увійдіть з обліковим записом, який вам надала служба підтримки.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логін:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Не виходити на цьому комп&apos;ютері</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Увійти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk support</source>
        <translation>Підтримка Tierdesk</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Мої звернення</translation>
    </message>
    <message>
        <source>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</source>
        <translation>Звернень ще немає. Коли щось не працює, скористайтеся «Повідомити про проблему».</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Дії</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Повідомити про проблему…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Оновити</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Вийти</translation>
    </message>
</context>
<context>
    <name>ProblemAttachmentsPage</name>
    <message>
        <source>Show it</source>
        <translation>Покажіть це</translation>
    </message>
    <message>
        <source>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</source>
        <translation>Знімок помилки з часом або кроки у вигляді пронумерованих знімків часто вдвічі скорочують час виправлення. Особисте зафарбуйте через Позначки → Зафарбувати.</translation>
    </message>
</context>
<context>
    <name>ProblemDescriptionPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Що пішло не так?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</source>
        <translation>Розкажіть своїми словами. Коротко й точно допомагає більше, ніж довго: що ви зробили, чого очікували, що сталося.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>One line, e.g. &quot;Invoice export stops with an error&quot;</source>
        <translation>Один рядок, напр. «Експорт рахунків зупиняється з помилкою»</translation>
    </message>
    <message>
        <source>What did you &amp;do?</source>
        <translation>Що ви &amp;зробили?</translation>
    </message>
    <message>
        <source>The steps in order: I opened…, I clicked…</source>
        <translation>Кроки по черзі: я відкрив…, я натиснув…</translation>
    </message>
    <message>
        <source>What did you &amp;expect?</source>
        <translation>Чого ви &amp;очікували?</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>Що мало статися</translation>
    </message>
    <message>
        <source>What &amp;happened instead?</source>
        <translation>Що &amp;сталося натомість?</translation>
    </message>
    <message>
        <source>What you saw instead (required)</source>
        <translation>Що ви побачили натомість (обов&apos;язково)</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsPage</name>
    <message>
        <source>The error and the time</source>
        <translation>Помилка і час</translation>
    </message>
    <message>
        <source>The exact message and the time let support find your problem in the logs.</source>
        <translation>Точне повідомлення і час дають змогу службі підтримки знайти вашу проблему в журналах.</translation>
    </message>
    <message>
        <source>The exact &amp;error message or code:</source>
        <translation>Точне &amp;повідомлення або код помилки:</translation>
    </message>
    <message>
        <source>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</source>
        <translation>Скопіюйте повідомлення точно так, як воно з&apos;явилося, або введіть код (напр. 0x80070005, SMTP-421)</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Коли це сталося?</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Щойно</translation>
    </message>
    <message>
        <source>How &amp;bad is it?</source>
        <translation>Наскільки це &amp;серйозно?</translation>
    </message>
    <message>
        <source>Support answers in order of severity and your account&apos;s priority.</source>
        <translation>Служба підтримки відповідає з огляду на серйозність і пріоритет вашого облікового запису.</translation>
    </message>
</context>
<context>
    <name>ProblemDraft</name>
    <message>
        <source>What I did:</source>
        <translation>Що я зробив:</translation>
    </message>
    <message>
        <source>What I expected:</source>
        <translation>Чого я очікував:</translation>
    </message>
    <message>
        <source>What happened instead:</source>
        <translation>Що сталося натомість:</translation>
    </message>
    <message>
        <source>The exact error message:</source>
        <translation>Точне повідомлення про помилку:</translation>
    </message>
    <message>
        <source>When it happened: %1</source>
        <translation>Коли це сталося: %1</translation>
    </message>
    <message>
        <source>Another report of this problem: %1</source>
        <translation>Ще одне повідомлення про цю проблему: %1</translation>
    </message>
</context>
<context>
    <name>ProblemReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Перевірте і надішліть</translation>
    </message>
    <message>
        <source>This is what support will receive.</source>
        <translation>Саме це отримає служба підтримки.</translation>
    </message>
    <message>
        <source>A known problem may be the cause</source>
        <translation>Причиною може бути відома проблема</translation>
    </message>
    <message>
        <source>Link my report to this known problem, so that I hear when it is fixed</source>
        <translation>Пов&apos;язати моє звернення з цією відомою проблемою, щоб дізнатися, коли її виправлять</translation>
    </message>
    <message>
        <source>You may have reported this already</source>
        <translation>Можливо, ви вже повідомляли про це</translation>
    </message>
    <message>
        <source>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</source>
        <translation>Схоже, щодо цієї проблеми у вас уже є відкрите звернення. Доповнення тримає все в одному місці й не починає чергу спочатку.</translation>
    </message>
    <message>
        <source>Add my report to the selected ticket</source>
        <translation>Додати моє повідомлення до вибраного звернення</translation>
    </message>
    <message>
        <source>It is a different problem: open a new ticket</source>
        <translation>Це інша проблема: відкрити нове звернення</translation>
    </message>
</context>
<context>
    <name>TicketStatusText</name>
    <message>
        <source>Received</source>
        <translation>Отримано</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>У роботі</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Чекає на вашу відповідь</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>У фахівця</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Вирішено</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрито</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Ще не надіслано</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Ваша відповідь:</translation>
    </message>
    <message>
        <source>Answer support, or add what you found out since</source>
        <translation>Дайте відповідь службі підтримки або додайте, що ви відтоді з&apos;ясували</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>Знімки екрана і файли</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Надіслати відповідь</translation>
    </message>
</context>
<context>
    <name>X11WindowLocator</name>
    <message>
        <source>The active window can only be found on an X11 desktop.</source>
        <translation>Активне вікно можна визначити лише на стільниці X11.</translation>
    </message>
    <message>
        <source>No window is active; click the window to capture first.</source>
        <translation>Жодне вікно не активне; спершу клацніть вікно, яке треба зняти.</translation>
    </message>
    <message>
        <source>The active window is not on the screen.</source>
        <translation>Активного вікна немає на екрані.</translation>
    </message>
    <message>
        <source>The X server did not say where the active window is.</source>
        <translation>X-сервер не повідомив, де активне вікно.</translation>
    </message>
    <message>
        <source>This build cannot find the active window of other programs (it was built without xcb).</source>
        <translation>Ця збірка не може знайти активне вікно інших програм (її зібрано без xcb).</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotateDialog</name>
    <message>
        <source>Mark the screenshot</source>
        <translation>Позначки на знімку</translation>
    </message>
    <message>
        <source>Use these marks</source>
        <translation>Використати ці позначки</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
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
        <translation>Додати файли</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Знімок через %n секунду…</numerusform>
            <numerusform>Знімок через %n секунди…</numerusform>
            <numerusform>Знімок через %n секунд…</numerusform>
        </translation>
    </message>
    <message>
        <source>Region added: %1 × %2 pixels.</source>
        <translation>Область додано: %1 × %2 пікселів.</translation>
    </message>
    <message>
        <source>No region was chosen.</source>
        <translation>Область не вибрано.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part to keep; Esc cancels.</source>
        <translation>Виділіть прямокутником частину, яку слід залишити; Esc скасовує.</translation>
    </message>
    <message>
        <source>Screenshot added: %1 × %2 pixels.</source>
        <translation>Знімок додано: %1 × %2 пікселів.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded. Double-click a step to describe it.</source>
        <translation>
            <numerusform>Записано %n крок. Двічі клацніть крок, щоб описати його.</numerusform>
            <numerusform>Записано %n кроки. Двічі клацніть крок, щоб описати його.</numerusform>
            <numerusform>Записано %n кроків. Двічі клацніть крок, щоб описати його.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>У буфері обміну немає зображення чи файлу.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pasted.</source>
        <translation>
            <numerusform>Вставлено %n елемент.</numerusform>
            <numerusform>Вставлено %n елементи.</numerusform>
            <numerusform>Вставлено %n елементів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>Додано %n файл.</numerusform>
            <numerusform>Додано %n файли.</numerusform>
            <numerusform>Додано %n файлів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>Додано %n елемент.</numerusform>
            <numerusform>Додано %n елементи.</numerusform>
            <numerusform>Додано %n елементів.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are kept with the screenshot.</source>
        <translation>Позначки збережено разом зі знімком.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ImagePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Перегляд: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пікселів</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрити</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://support.example.com.</source>
        <translation>Введіть адресу сервера, напр. https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Введіть логін і пароль.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вхід…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Немає сховища ключів</translation>
    </message>
    <message>
        <source>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</source>
        <translation>На цьому комп&apos;ютері немає служби сховища ключів (як-от GNOME Keyring чи KWallet), щоб безпечно зберегти ваш вхід. Зберегти його натомість у файлі, який може прочитати лише ваш обліковий запис? Інакше пароль буде потрібен під час кожного запуску.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>The server did not accept a change: %1</source>
        <translation>Сервер не прийняв зміну: %1</translation>
    </message>
    <message>
        <source>A report could not be sent: %1</source>
        <translation>Не вдалося надіслати звернення: %1</translation>
    </message>
    <message>
        <source>Offline: what you write is kept and sent later</source>
        <translation>Офлайн: написане збережеться і буде надіслане пізніше</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>З&apos;єднання…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Оновлення…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n елемент чекає на надсилання</numerusform>
            <numerusform>%n елементи чекають на надсилання</numerusform>
            <numerusform>%n елементів чекають на надсилання</numerusform>
        </translation>
    </message>
    <message>
        <source>Tierdesk support — %1</source>
        <translation>Підтримка Tierdesk — %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::NewProblemWizard</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Ви не ввійшли.</translation>
    </message>
    <message>
        <source>This may be part of the known problem &quot;%1&quot;.</source>
        <translation>Можливо, це частина відомої проблеми «%1».</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Не надіслано</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Повідомити про проблему</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Далі &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Надіслати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemDetailsPage</name>
    <message>
        <source>Critical: work has stopped for many people</source>
        <translation>Критична: робота багатьох людей зупинилася</translation>
    </message>
    <message>
        <source>High: I cannot work and there is no way around it</source>
        <translation>Висока: я не можу працювати й обхідного шляху немає</translation>
    </message>
    <message>
        <source>Normal: something does not work, but I can carry on</source>
        <translation>Звичайна: щось не працює, але я можу продовжувати</translation>
    </message>
    <message>
        <source>Low: a question or a small annoyance</source>
        <translation>Низька: запитання або дрібна незручність</translation>
    </message>
    <message>
        <source>Error codes found: %1</source>
        <translation>Знайдені коди помилок: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemReviewPage</name>
    <message>
        <source>Support already knows about this problem and is working on it:
%1
%2</source>
        <translation>Служба підтримки вже знає про цю проблему і працює над нею:
%1
%2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(ще не надіслано)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Same error code: %1</source>
        <translation>Той самий код помилки: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Тема: %1</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Коди помилок: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Вкладення: %1</translation>
    </message>
    <message>
        <source>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>Ви офлайн. Звернення збережеться на цьому комп&apos;ютері та буде надіслане, щойно сервер стане доступним.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReportAttachments</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 пікселів</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, annotated</source>
        <translation>%1 × %2 пікселів, із позначками</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Знімок екрана %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2; attach a smaller file or a part of it.</source>
        <translation>%1 більший за %2; додайте менший файл або його частину.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Неможливо прочитати %1: %2</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Вставлене зображення %1</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Не вдалося прочитати вставлене зображення.</translation>
    </message>
    <message>
        <source>%1 could not be encoded as PNG.</source>
        <translation>Не вдалося зберегти %1 у форматі PNG.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read: %2</source>
        <translation>Неможливо прочитати позначки %1: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the screenshots: %1</source>
        <translation>Немає тимчасової теки для знімків екрана: %1</translation>
    </message>
    <message>
        <source>Steps (attached as %1 to %2):</source>
        <translation>Кроки (у вкладеннях від %1 до %2):</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Крок %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Крок %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterApplication</name>
    <message>
        <source>Signed out</source>
        <translation>Ви вийшли</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</source>
        <translation>Термін вашого входу минув. Увійдіть знову; нічого з написаного не втрачено.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterSession</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Неправильний логін або пароль.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Сервер недоступний: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a few minutes and try again.</source>
        <translation>Забагато невдалих спроб; зачекайте кілька хвилин і спробуйте знову.</translation>
    </message>
    <message>
        <source>This is a support staff account; please use the Tierdesk workstation.</source>
        <translation>Це обліковий запис працівника підтримки; скористайтеся робочим місцем Tierdesk.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SendQueue</name>
    <message>
        <source>Cannot create the folder %1 for the files to send.</source>
        <translation>Неможливо створити теку %1 для файлів до надсилання.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for sending: %2</source>
        <translation>Неможливо зберегти %1 для надсилання: %2</translation>
    </message>
    <message>
        <source>Cannot keep the report for sending: %1</source>
        <translation>Неможливо зберегти звернення для надсилання: %1</translation>
    </message>
    <message>
        <source>The file %1 kept for sending is gone: %2</source>
        <translation>Файл %1, збережений для надсилання, зник: %2</translation>
    </message>
    <message>
        <source>The file %1 kept for sending was changed on disk; it is not sent.</source>
        <translation>Файл %1, збережений для надсилання, змінено на диску; його не буде надіслано.</translation>
    </message>
    <message>
        <source>The server did not take %1: %2</source>
        <translation>Сервер не прийняв %1: %2</translation>
    </message>
    <message>
        <source>The ticket this reply belongs to could not be created, so the reply was not sent.</source>
        <translation>Не вдалося створити звернення, до якого належить ця відповідь, тому відповідь не надіслано.</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Звернення</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Остання зміна</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Не надіслано: %1</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Надсилання файлів: %1 з %2</translation>
    </message>
    <message>
        <source>Support answered: open the ticket to read it.</source>
        <translation>Підтримка відповіла: відкрийте заявку, щоб прочитати.</translation>
    </message>
    <message>
        <source>%1 · new reply</source>
        <translation>%1 · нова відповідь</translation>
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
        <translation>Відкрити знову</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Закрити звернення</translation>
    </message>
    <message>
        <source>The problem is back: support will look at it again</source>
        <translation>Проблема повернулася: служба підтримки знову нею займеться</translation>
    </message>
    <message>
        <source>The problem is solved or no longer matters</source>
        <translation>Проблему вирішено або вона вже неважлива</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Підтримка</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>чекає на надсилання</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n вкладення</numerusform>
            <numerusform>%n вкладення</numerusform>
            <numerusform>%n вкладень</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>не надіслано: %1</translation>
    </message>
    <message numerus="yes">
        <source>uploading %1 of %n file(s)</source>
        <translation>
            <numerusform>вивантаження %1 з %n файлу</numerusform>
            <numerusform>вивантаження %1 з %n файлів</numerusform>
            <numerusform>вивантаження %1 з %n файлів</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket is open.</source>
        <translation>Жодне звернення не відкрите.</translation>
    </message>
    <message>
        <source>Write a reply or attach a screenshot first.</source>
        <translation>Спершу напишіть відповідь або додайте знімок екрана.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Вкладено: %1</translation>
    </message>
    <message>
        <source>You are offline; the reply is sent when the server is back.</source>
        <translation>Ви офлайн; відповідь буде надіслано, коли сервер знову стане доступним.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Відповідь надіслано.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Завантаження %1…</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Не вдалося завантажити файл: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Зберегти вкладення</translation>
    </message>
</context>
</TS>
