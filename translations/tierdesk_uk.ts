<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk_UA">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Knowledge-base article</source>
        <translation>Стаття бази знань</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категорія:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Мова:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Коди &amp;помилок:</translation>
    </message>
    <message>
        <source>the codes this article answers, e.g. SMTP-421</source>
        <translation>коди, на які відповідає стаття, напр. SMTP-421</translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, lists, `code`…</source>
        <translation>Стаття в Markdown: # заголовки, **жирний**, списки, `код`…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tierdesk workstation: the agents&apos; queue, tickets and knowledge base.</source>
        <translation>Робоче місце Tierdesk: черга, заявки та база знань агентів.</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:8080.</source>
        <translation>Адреса сервера, напр. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>Обліковий запис для входу.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ІМ’Я</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Прочитати пароль з першого рядка стандартного вводу.</translation>
    </message>
    <message>
        <source>Language of the program (en, pl, uk, ru, id, ro); overrides the setting.</source>
        <translation>Мова програми (en, pl, uk, ru, id, ro); має перевагу над налаштуванням.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Folder for the local cache (default: the application data folder).</source>
        <translation>Тека локального кешу (типово: тека даних програми).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ТЕКА</translation>
    </message>
    <message>
        <source>Open the main window from the cache without network, print &quot;startup_ms N&quot; once the first queue page is painted, and quit.</source>
        <translation>Відкрити головне вікно з кешу без мережі, вивести «startup_ms N», щойно буде намальовано першу сторінку черги, і завершити роботу.</translation>
    </message>
    <message>
        <source>The cache database file to open.</source>
        <translation>Файл бази даних кешу, який слід відкрити.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Write screenshots of the login, queue, ticket and knowledge-base views as PNG files into DIR, then quit.</source>
        <translation>Записати знімки екранів входу, черги, заявки та бази знань у файли PNG у теці DIR і завершити роботу.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Це не адреса сервера: %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --user.</source>
        <translation>--password-stdin потребує --server і --user.</translation>
    </message>
    <message>
        <source>--startup-probe needs --cache FILE (or --server and --user).</source>
        <translation>--startup-probe потребує --cache FILE (або --server і --user).</translation>
    </message>
    <message>
        <source>No such cache file: %1</source>
        <translation>Немає такого файлу кешу: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Відповідь клієнту</translation>
    </message>
    <message>
        <source>A public reply: the customer receives it (R)</source>
        <translation>Публічна відповідь: клієнт її отримає (R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Внутрішня &amp;нотатка</translation>
    </message>
    <message>
        <source>A note for staff only: the customer never sees it (N)</source>
        <translation>Нотатка лише для персоналу: клієнт її ніколи не побачить (N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Долучити файли…</translation>
    </message>
    <message>
        <source>Attach files (you can also paste a screenshot with Ctrl+V or drop files here)</source>
        <translation>Долучити файли (також можна вставити знімок екрана через Ctrl+V або перетягнути файли сюди)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Знімок</translation>
    </message>
    <message>
        <source>Take a screenshot, annotate it and attach it</source>
        <translation>Зробити знімок екрана, додати позначки й долучити його</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Надіслати відповідь</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Пошук статей (Ctrl+F)</translation>
    </message>
    <message>
        <source>Error code, e.g. SMTP-421</source>
        <translation>Код помилки, напр. SMTP-421</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Нова стаття…</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Вставити у відповідь</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>&amp;Пов’язати із заявкою</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Tierdesk</source>
        <translation>Вхід до Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to your help desk</source>
        <translation>Увійдіть до своєї служби підтримки</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Сервер:</translation>
    </message>
    <message>
        <source>https://help.example.com</source>
        <translation>https://help.example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Обліковий запис:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше ім’я користувача</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запам’ятати мене на цьому комп’ютері</translation>
    </message>
    <message>
        <source>Keeps the sign-in token (never the password) in the system keychain, so that Tierdesk opens straight away next time, even offline.</source>
        <translation>Зберігає токен входу (ніколи не пароль) у системній в’язці ключів, щоб наступного разу Tierdesk відкрився одразу, навіть без мережі.</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>&amp;Довіряти сертифікату…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вхід…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Увійти</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t remember me</source>
        <translation>&amp;Не запам’ятовувати мене</translation>
    </message>
    <message>
        <source>&amp;Keep it in a file only I can read</source>
        <translation>&amp;Зберігати у файлі, який можу читати лише я</translation>
    </message>
</context>
<context>
    <name>LoginErrorText</name>
    <message>
        <source>Wrong account or password.</source>
        <translation>Неправильний обліковий запис або пароль.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection. (%2)</source>
        <translation>Не вдається зв’язатися із сервером %1. Перевірте адресу та мережеве з’єднання. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again, or check the address.</source>
        <translation>Сервер %1 не відповів вчасно. Спробуйте ще раз або перевірте адресу.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Tierdesk did not send your password. %1 If this server uses its own certificate, get the certificate file from your administrator and choose it with &quot;Trust a certificate…&quot;.</source>
        <translation>Сертифікат сервера не є довіреним, тому Tierdesk не надіслав ваш пароль. %1 Якщо цей сервер використовує власний сертифікат, отримайте файл сертифіката в адміністратора й виберіть його кнопкою «Довіряти сертифікату…».</translation>
    </message>
    <message>
        <source>The server refused the sign-in for this account.</source>
        <translation>Сервер відмовив у вході для цього облікового запису.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Забагато спроб входу. Зачекайте хвилину й спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Сервер відмовив у вході: %1</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again shortly.</source>
        <translation>Сервер %1 має проблему (HTTP %2). Спробуйте трохи згодом.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Tierdesk server. Check the address.</source>
        <translation>%1 відповідає не так, як сервер Tierdesk. Перевірте адресу.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk</source>
        <translation>Tierdesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Налаштування</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Вийти з облікового запису</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Черга</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;База знань</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Наступна заявка</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Попередня заявка</translation>
    </message>
    <message>
        <source>&amp;Close ticket tab</source>
        <translation>&amp;Закрити вкладку заявки</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Відповісти</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Внутрішня &amp;нотатка</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Призначити &amp;мені</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Показати &amp;історію</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Пошук</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>&amp;About Tierdesk</source>
        <translation>&amp;Про Tierdesk</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Заявник:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Стан:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Серйозність:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Пріоритет:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Відповідальний:</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Призначити &amp;мені</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Група:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Рівень:</translation>
    </message>
    <message>
        <source>&amp;Collaborators:</source>
        <translation>&amp;Співучасники:</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Коди &amp;помилок:</translation>
    </message>
    <message>
        <source>E-4012, SMTP-421</source>
        <translation>E-4012, SMTP-421</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>&amp;Знайти</translation>
    </message>
    <message>
        <source>Find knowledge-base articles for these error codes</source>
        <translation>Знайти статті бази знань для цих кодів помилок</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Інцидент:</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>Термін першої відповіді:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Перша відповідь:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Вирішено:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Відкрито:</translation>
    </message>
    <message>
        <source>Customer last wrote:</source>
        <translation>Клієнт востаннє писав:</translation>
    </message>
    <message>
        <source>Linked articles:</source>
        <translation>Пов’язані статті:</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Views</source>
        <translation>Подання</translation>
    </message>
    <message>
        <source>Filter: words, error codes, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F or /)</source>
        <translation>Фільтр: слова, коди помилок, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F або /)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Призначити &amp;мені</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Призначити &amp;комусь…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Змінити &amp;стан…</translation>
    </message>
</context>
<context>
    <name>TicketDisplay</name>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Очікує клієнта</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Очікує інших</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>1 — Critical</source>
        <translation>1 — Критична</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — Висока</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Звичайна</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Низька</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутрішня нотатка</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Публічна відповідь</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нова</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 год</translation>
    </message>
    <message>
        <source>met</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>за %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>прострочено на %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>щойно</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 тому</translation>
    </message>
</context>
<context>
    <name>tierdesk::AgingScale</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
            <numerusform>%n хв</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
            <numerusform>%n год</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotatorDialog</name>
    <message>
        <source>Annotate %1</source>
        <translation>Позначки: %1</translation>
    </message>
    <message>
        <source>&amp;Attach to message</source>
        <translation>&amp;Долучити до повідомлення</translation>
    </message>
</context>
<context>
    <name>tierdesk::ArticleEditor</name>
    <message>
        <source>New knowledge-base article</source>
        <translation>Нова стаття бази знань</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Редагування «%1»</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Статті потрібен заголовок.</translation>
    </message>
    <message>
        <source>Choose or type a category (e.g. Network/VPN).</source>
        <translation>Виберіть або введіть категорію (напр. Network/VPN).</translation>
    </message>
    <message>
        <source>The article has no text yet.</source>
        <translation>Стаття ще не має тексту.</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentLoader</name>
    <message>
        <source>Sign in to download this attachment.</source>
        <translation>Увійдіть, щоб завантажити це вкладення.</translation>
    </message>
    <message>
        <source>The attachment cannot be downloaded while offline.</source>
        <translation>Вкладення неможливо завантажити без мережі.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>Не вдалося завантажити вкладення: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentThumbnail</name>
    <message>
        <source>%1 (%2) — click to open, save or annotate</source>
        <translation>%1 (%2) — клацніть, щоб відкрити, зберегти або додати позначки</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>вкладення %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Зберегти як…</translation>
    </message>
    <message>
        <source>&amp;Annotate and attach as a new file…</source>
        <translation>&amp;Додати позначки й долучити як новий файл…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Зберегти вкладення</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentTray</name>
    <message>
        <source>Show it large, or annotate it</source>
        <translation>Показати великим або додати позначки</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>Не надсилати цей файл</translation>
    </message>
    <message>
        <source>Attachment preview — %1</source>
        <translation>Перегляд вкладення — %1</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Позначки…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Прибрати</translation>
    </message>
</context>
<context>
    <name>tierdesk::AuditView</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>До</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Після</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Оновити</translation>
    </message>
    <message>
        <source>The history comes from the server; sign in to see it.</source>
        <translation>Історія надходить із сервера; увійдіть, щоб її побачити.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Завантаження історії…</translation>
    </message>
    <message>
        <source>The history is kept on the server and cannot be loaded while offline.</source>
        <translation>Історія зберігається на сервері, і її неможливо завантажити без мережі.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Не вдалося завантажити історію: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded on the server.</source>
        <translation>
            <numerusform>%n зміна записана на сервері.</numerusform>
            <numerusform>%n зміни записані на сервері.</numerusform>
            <numerusform>%n змін записано на сервері.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::Composer</name>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>&amp;Region of the screen…</source>
        <translation>&amp;Область екрана…</translation>
    </message>
    <message>
        <source>&amp;Whole screen</source>
        <translation>&amp;Увесь екран</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Додати внутрішню нотатку</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Надіслати відповідь</translation>
    </message>
    <message>
        <source>Only staff will see this note.</source>
        <translation>Цю нотатку побачить лише персонал.</translation>
    </message>
    <message>
        <source>The customer will receive this reply.</source>
        <translation>Клієнт отримає цю відповідь.</translation>
    </message>
    <message>
        <source>Internal note for staff — the customer will not see it</source>
        <translation>Внутрішня нотатка для персоналу — клієнт її не побачить</translation>
    </message>
    <message>
        <source>Reply to the customer…</source>
        <translation>Відповідь клієнту…</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не є файлом.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 більший за %2 МБ.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Неможливо прочитати %1: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Долучити файли</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Спочатку напишіть нотатку.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Спочатку напишіть відповідь.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Долучено: %1</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>Вивантаження %1 (%2 з %3)…</translation>
    </message>
    <message>
        <source>Attachments need a connection to the server; nothing was sent and your message is kept here. Send it again when online, or remove the attachments to send the text now (text goes out by itself once the connection is back).</source>
        <translation>Вкладенням потрібне з’єднання із сервером; нічого не надіслано, а ваше повідомлення збережено тут. Надішліть його знову, коли з’явиться зв’язок, або приберіть вкладення, щоб надіслати текст зараз (текст піде сам, щойно з’єднання відновиться).</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1. Nothing was sent.</source>
        <translation>Не вдалося вивантажити вкладення: %1. Нічого не надіслано.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConflictBanner</name>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Ваша версія</translation>
    </message>
    <message>
        <source>Their version (on the server)</source>
        <translation>Їхня версія (на сервері)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Залишити</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Залишити &amp;мою</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Залишити &amp;їхню</translation>
    </message>
    <message>
        <source>Apply my &amp;choices</source>
        <translation>Застосувати мій &amp;вибір</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(порожньо)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this too.&lt;/b&gt; Your edit of %1 was not sent because the server already holds a different value. Choose what to keep; nothing is lost until you do.</source>
        <translation>&lt;b&gt;Хтось інший теж це змінив.&lt;/b&gt; Ваша зміна %1 не надіслана, бо сервер уже має інше значення. Виберіть, що залишити; доки ви не вирішите, нічого не втратиться.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моя</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Їхня</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConversationView</name>
    <message>
        <source>No messages yet.</source>
        <translation>Повідомлень ще немає.</translation>
    </message>
</context>
<context>
    <name>tierdesk::KbPage</name>
    <message>
        <source>All articles (%1)</source>
        <translation>Усі статті (%1)</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Жодна стаття не відповідає «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n стаття відповідає «%1», найкращі спочатку.</numerusform>
            <numerusform>%n статті відповідають «%1», найкращі спочатку.</numerusform>
            <numerusform>%n статей відповідають «%1», найкращі спочатку.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article answers the error code %1 yet.</source>
        <translation>Жодна стаття ще не відповідає на код помилки %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) answer the error code %1.</source>
        <translation>
            <numerusform>%n стаття відповідає на код помилки %1.</numerusform>
            <numerusform>%n статті відповідають на код помилки %1.</numerusform>
            <numerusform>%n статей відповідають на код помилки %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Усі статті</translation>
    </message>
    <message>
        <source>This article is not in the local cache.</source>
        <translation>Цієї статті немає в локальному кеші.</translation>
    </message>
    <message>
        <source>**not yet sent**</source>
        <translation>**ще не надіслано**</translation>
    </message>
    <message>
        <source>Insert and link act on %1.</source>
        <translation>Вставлення і зв’язування стосуються %1.</translation>
    </message>
    <message>
        <source>Open a ticket to insert an article into a reply or link it.</source>
        <translation>Відкрийте заявку, щоб вставити статтю у відповідь або пов’язати її.</translation>
    </message>
</context>
<context>
    <name>tierdesk::LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Неможливо відкрити локальний кеш %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared: %2</source>
        <translation>Не вдалося підготувати локальний кеш %1: %2</translation>
    </message>
    <message>
        <source>its ticket could not be created: %1</source>
        <translation>не вдалося створити його заявку: %1</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>залишено іншу версію</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the address of your help desk server.</source>
        <translation>Введіть адресу сервера вашої служби підтримки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. It looks like https://help.example.com.</source>
        <translation>«%1» — не адреса сервера. Вона має вигляд https://help.example.com.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Введіть назву облікового запису.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введіть пароль.</translation>
    </message>
    <message>
        <source>The workstation is for support staff. Customers report and follow their problems with Tierdesk Report.</source>
        <translation>Робоче місце призначене для персоналу підтримки. Клієнти повідомляють про проблеми й стежать за ними в Tierdesk Report.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk cannot keep your sign-in there.

It can keep the sign-in token in a file that only your user account can read, so that it opens straight away next time, even offline. Your password is never stored. Without it you sign in again at every start.</source>
        <translation>На цьому комп’ютері не працює жодна служба в’язки ключів (як-от GNOME Keyring чи KWallet), тож Tierdesk не може зберегти там ваш вхід.

Він може зберігати токен входу у файлі, який може читати лише ваш обліковий запис, щоб наступного разу відкритися одразу, навіть без мережі. Пароль ніколи не зберігається. Без цього ви входитимете знову під час кожного запуску.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Сертифікат, якому довіряти</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертифікати (*.pem *.crt *.cer);;Усі файли (*)</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format.</source>
        <translation>%1 не містить сертифіката у форматі PEM.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>Queue</source>
        <translation>Черга</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знань</translation>
    </message>
    <message>
        <source>Article linked to %1.</source>
        <translation>Статтю пов’язано з %1.</translation>
    </message>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation>Сервер відхилив зміну (%1): %2</translation>
    </message>
    <message>
        <source>Someone else changed the same fields; open the item to choose what to keep.</source>
        <translation>Хтось інший змінив ті самі поля; відкрийте елемент і виберіть, що залишити.</translation>
    </message>
    <message>
        <source>About Tierdesk</source>
        <translation>Про Tierdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;The agents&apos; workstation of a help desk for tiered technical support: queue, tickets and knowledge base, working offline from a local copy.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;Робоче місце агентів служби багаторівневої технічної підтримки: черга, заявки та база знань, що працюють без мережі з локальної копії.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Мова</translation>
    </message>
    <message>
        <source>Tierdesk will use the new language from its next start.</source>
        <translation>Tierdesk використовуватиме нову мову з наступного запуску.</translation>
    </message>
    <message>
        <source>Tierdesk — %1 on %2</source>
        <translation>Tierdesk — %1 на %2</translation>
    </message>
    <message>
        <source>This is the last ticket of the view.</source>
        <translation>Це остання заявка в поданні.</translation>
    </message>
    <message>
        <source>This is the first ticket of the view.</source>
        <translation>Це перша заявка в поданні.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you.</source>
        <translation>
            <numerusform>%n заявку призначено вам.</numerusform>
            <numerusform>%n заявки призначено вам.</numerusform>
            <numerusform>%n заявок призначено вам.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageWidget</name>
    <message>
        <source>Customer</source>
        <translation>Клієнт</translation>
    </message>
    <message>
        <source>Reply — sent to the customer</source>
        <translation>Відповідь — надіслано клієнту</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Внутрішня нотатка — клієнт її не бачить</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Очікує надсилання</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитане сповіщення</numerusform>
            <numerusform>%n непрочитані сповіщення</numerusform>
            <numerusform>%n непрочитаних сповіщень</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Немає непрочитаних сповіщень</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Сповіщення</translation>
    </message>
    <message>
        <source>Nothing yet: assignments and replies show here.</source>
        <translation>Поки нічого: тут з’являться призначення та відповіді.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Позначити всі як прочитані</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationText</name>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Призначено вам: %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Відповідь у %1</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>заявці</translation>
    </message>
</context>
<context>
    <name>tierdesk::PropertiesPanel</name>
    <message>
        <source>(nobody)</source>
        <translation>(ніхто)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (рівень %2)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(без групи)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>(VIP)</source>
        <translation>(VIP)</translation>
    </message>
    <message>
        <source>%1 of 8 (severity first, then customer importance)</source>
        <translation>%1 з 8 (спершу серйозність, потім важливість клієнта)</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Стаття %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 хв</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 год %2 хв</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 год</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрита</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Очікує клієнта</translation>
    </message>
    <message>
        <source>Waiting on specialist</source>
        <translation>Очікує фахівця</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Вирішена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрита</translation>
    </message>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Критична</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · Висока</translation>
    </message>
    <message>
        <source>3 · Normal</source>
        <translation>3 · Звичайна</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Низька</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Номер</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Заявник</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серйозність</translation>
    </message>
    <message>
        <source>Priority, then SLA due time</source>
        <translation>Пріоритет, потім термін SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Пріоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Стан</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Відповідальний</translation>
    </message>
    <message>
        <source>Tier / group</source>
        <translation>Рівень / група</translation>
    </message>
    <message>
        <source>Time left to the first-response target</source>
        <translation>Час, що лишився до терміну першої відповіді</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Остання активність</translation>
    </message>
    <message>
        <source>new</source>
        <translation>нова</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не призначено</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Рівень %1</translation>
    </message>
    <message>
        <source>T%1 · %2</source>
        <translation>Р%1 · %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>виконано</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>за %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>прострочено на %1</translation>
    </message>
    <message>
        <source>%1 — VIP customer</source>
        <translation>%1 — VIP-клієнт</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>Термін першої відповіді: %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Очікує %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueuePage</name>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Ніхто (зняти призначення)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (рівень %2)</translation>
    </message>
    <message>
        <source>Select tickets to assign them or change their status.</source>
        <translation>Виділіть заявки, щоб призначити їх або змінити їхній стан.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>Виділено %n заявку</numerusform>
            <numerusform>Виділено %n заявки</numerusform>
            <numerusform>Виділено %n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n заявка</numerusform>
            <numerusform>%n заявки</numerusform>
            <numerusform>%n заявок</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ tickets, counting…</source>
        <translation>
            <numerusform>%n+ заявка, підрахунок…</numerusform>
            <numerusform>%n+ заявки, підрахунок…</numerusform>
            <numerusform>%n+ заявок, підрахунок…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViews</name>
    <message>
        <source>My tickets</source>
        <translation>Мої заявки</translation>
    </message>
    <message>
        <source>Unassigned in my tier</source>
        <translation>Не призначені на моєму рівні</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Очікує інших</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA під загрозою</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Усі відкриті</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Усі заявки</translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViewsModel</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>tierdesk::ScreenshotTour</name>
    <message>
        <source>Checked the relay logs: the queue volume filled up at 03:12. Asked the storage team to extend it; will update the customer when mail flows.</source>
        <translation>Перевірила журнали ретранслятора: том черги заповнився о 03:12. Попросила команду сховища його розширити; повідомлю клієнта, коли пошта піде.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Клавіатурні скорочення</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Дія</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавіші</translation>
    </message>
    <message>
        <source> or </source>
        <translation> або </translation>
    </message>
    <message>
        <source>Send the reply or note (in the composer)</source>
        <translation>Надіслати відповідь або нотатку (у редакторі повідомлення)</translation>
    </message>
    <message>
        <source>Paste a screenshot as an attachment (in the composer)</source>
        <translation>Вставити знімок екрана як вкладення (у редакторі повідомлення)</translation>
    </message>
    <message>
        <source>Open the selected ticket (in the queue)</source>
        <translation>Відкрити виділену заявку (у черзі)</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Enter</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncEngine</name>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>З’єднання</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Синхронізація</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>The local cache could not store the server&apos;s changes: %1</source>
        <translation>Локальний кеш не зміг зберегти зміни із сервера: %1</translation>
    </message>
    <message>
        <source>This version of the program cannot send it.</source>
        <translation>Ця версія програми не може цього надіслати.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Синхронізувати зараз</translation>
    </message>
    <message>
        <source>Offline — working from the local copy</source>
        <translation>Офлайн — робота з локальною копією</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>З’єднання…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронізація…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Усі зміни надіслано</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n зміна очікує надсилання</numerusform>
            <numerusform>%n зміни очікують надсилання</numerusform>
            <numerusform>%n змін очікують надсилання</numerusform>
        </translation>
    </message>
    <message>
        <source>First sync %p%</source>
        <translation>Перша синхронізація %p%</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ще не синхронізовано</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Остання синхронізація %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n конфлікт потребує вашого рішення</numerusform>
            <numerusform>%n конфлікти потребують вашого рішення</numerusform>
            <numerusform>%n конфліктів потребують вашого рішення</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketFilter</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2: — searched as text</source>
        <translation>«%1» не є значенням %2: — шукано як текст</translation>
    </message>
    <message>
        <source>Unknown term &apos;%1:&apos; — searched as text</source>
        <translation>Невідомий термін «%1:» — шукано як текст</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketPage</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Властивості</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Історія</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Заявка %1</translation>
    </message>
    <message>
        <source>This ticket is not in the local cache (it may have been merged or removed).</source>
        <translation>Цієї заявки немає в локальному кеші (її могли об’єднати або видалити).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Серйозність %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>від %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>відповідальний: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не призначено</translation>
    </message>
    <message>
        <source>your changes are waiting to be sent</source>
        <translation>ваші зміни очікують надсилання</translation>
    </message>
</context>
<context>
    <name>tierdesk::TrayNotifier</name>
    <message>
        <source>Tierdesk</source>
        <translation>Tierdesk</translation>
    </message>
    <message>
        <source>SLA breached: %1</source>
        <translation>SLA порушено: %1</translation>
    </message>
    <message>
        <source>%1 — no first response in time.</source>
        <translation>%1 — немає першої відповіді вчасно.</translation>
    </message>
</context>
<context>
    <name>tierdesk::WorkstationApp</name>
    <message>
        <source>Tierdesk</source>
        <translation>Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to sync with the server. Until then you see the copy kept on this computer.</source>
        <translation>Увійдіть, щоб синхронізуватися із сервером. До того ви бачите копію, збережену на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; your unsent changes are kept.</source>
        <translation>Сервер завершив ваш сеанс. Увійдіть знову; ваші ненадіслані зміни збережено.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Ви вийшли з облікового запису.</translation>
    </message>
</context>
</TS>
