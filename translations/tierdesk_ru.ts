<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Knowledge-base article</source>
        <translation>Статья базы знаний</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Категория:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Коды &amp;ошибок:</translation>
    </message>
    <message>
        <source>the codes this article answers, e.g. SMTP-421</source>
        <translation>коды, на которые отвечает статья, напр. SMTP-421</translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, lists, `code`…</source>
        <translation>Статья в Markdown: # заголовки, **жирный**, списки, `код`…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tierdesk workstation: the agents&apos; queue, tickets and knowledge base.</source>
        <translation>Рабочее место Tierdesk: очередь, заявки и база знаний агентов.</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:8080.</source>
        <translation>Адрес сервера, напр. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>Учётная запись для входа.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>ИМЯ</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Прочитать пароль из первой строки стандартного ввода.</translation>
    </message>
    <message>
        <source>Language of the program (en, pl, uk, ru, id, ro); overrides the setting.</source>
        <translation>Язык программы (en, pl, uk, ru, id, ro); имеет приоритет над настройкой.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Folder for the local cache (default: the application data folder).</source>
        <translation>Папка локального кэша (по умолчанию: папка данных приложения).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ПАПКА</translation>
    </message>
    <message>
        <source>Open the main window from the cache without network, print &quot;startup_ms N&quot; once the first queue page is painted, and quit.</source>
        <translation>Открыть главное окно из кэша без сети, вывести «startup_ms N», как только будет отрисована первая страница очереди, и завершить работу.</translation>
    </message>
    <message>
        <source>The cache database file to open.</source>
        <translation>Файл базы данных кэша, который нужно открыть.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>ФАЙЛ</translation>
    </message>
    <message>
        <source>Write screenshots of the login, queue, ticket and knowledge-base views as PNG files into DIR, then quit.</source>
        <translation>Записать снимки экранов входа, очереди, заявки и базы знаний в файлы PNG в папку DIR и завершить работу.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Это не адрес сервера: %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --user.</source>
        <translation>--password-stdin требует --server и --user.</translation>
    </message>
    <message>
        <source>--startup-probe needs --cache FILE (or --server and --user).</source>
        <translation>--startup-probe требует --cache FILE (или --server и --user).</translation>
    </message>
    <message>
        <source>No such cache file: %1</source>
        <translation>Нет такого файла кэша: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Ответ клиенту</translation>
    </message>
    <message>
        <source>A public reply: the customer receives it (R)</source>
        <translation>Публичный ответ: клиент его получит (R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Внутренняя &amp;заметка</translation>
    </message>
    <message>
        <source>A note for staff only: the customer never sees it (N)</source>
        <translation>Заметка только для сотрудников: клиент её никогда не увидит (N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Прикрепить файлы…</translation>
    </message>
    <message>
        <source>Attach files (you can also paste a screenshot with Ctrl+V or drop files here)</source>
        <translation>Прикрепить файлы (можно также вставить снимок экрана через Ctrl+V или перетащить файлы сюда)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Снимок</translation>
    </message>
    <message>
        <source>Take a screenshot, annotate it and attach it</source>
        <translation>Сделать снимок экрана, добавить пометки и прикрепить его</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Поиск статей (Ctrl+F)</translation>
    </message>
    <message>
        <source>Error code, e.g. SMTP-421</source>
        <translation>Код ошибки, напр. SMTP-421</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;Новая статья…</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Вставить в ответ</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>&amp;Связать с заявкой</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редактировать…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Tierdesk</source>
        <translation>Вход в Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to your help desk</source>
        <translation>Войдите в свою службу поддержки</translation>
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
        <translation>&amp;Учётная запись:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>ваше имя пользователя</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Запомнить меня на этом компьютере</translation>
    </message>
    <message>
        <source>Keeps the sign-in token (never the password) in the system keychain, so that Tierdesk opens straight away next time, even offline.</source>
        <translation>Хранит токен входа (никогда не пароль) в системной связке ключей, чтобы в следующий раз Tierdesk открылся сразу, даже без сети.</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>&amp;Доверять сертификату…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Вход…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Войти</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t remember me</source>
        <translation>&amp;Не запоминать меня</translation>
    </message>
    <message>
        <source>&amp;Keep it in a file only I can read</source>
        <translation>&amp;Хранить в файле, который могу читать только я</translation>
    </message>
</context>
<context>
    <name>LoginErrorText</name>
    <message>
        <source>Wrong account or password.</source>
        <translation>Неверная учётная запись или пароль.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection. (%2)</source>
        <translation>Не удаётся связаться с сервером %1. Проверьте адрес и сетевое подключение. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again, or check the address.</source>
        <translation>Сервер %1 не ответил вовремя. Повторите попытку или проверьте адрес.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Tierdesk did not send your password. %1 If this server uses its own certificate, get the certificate file from your administrator and choose it with &quot;Trust a certificate…&quot;.</source>
        <translation>Сертификат сервера не является доверенным, поэтому Tierdesk не отправил ваш пароль. %1 Если этот сервер использует собственный сертификат, получите файл сертификата у администратора и выберите его кнопкой «Доверять сертификату…».</translation>
    </message>
    <message>
        <source>The server refused the sign-in for this account.</source>
        <translation>Сервер отказал во входе для этой учётной записи.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Слишком много попыток входа. Подождите минуту и повторите попытку.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Сервер отказал во входе: %1</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again shortly.</source>
        <translation>У сервера %1 проблема (HTTP %2). Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Tierdesk server. Check the address.</source>
        <translation>%1 отвечает не как сервер Tierdesk. Проверьте адрес.</translation>
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
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Заявка</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Настройки</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Выйти из учётной записи</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Вы&amp;ход</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Очередь</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;База знаний</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Следующая заявка</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Предыдущая заявка</translation>
    </message>
    <message>
        <source>&amp;Close ticket tab</source>
        <translation>&amp;Закрыть вкладку заявки</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Ответить</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Внутренняя &amp;заметка</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Показать &amp;историю</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Tierdesk</source>
        <translation>&amp;О Tierdesk</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Заявитель:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>&amp;Серьёзность:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Приоритет:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Ответственный:</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Группа:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Уровень:</translation>
    </message>
    <message>
        <source>&amp;Collaborators:</source>
        <translation>&amp;Соисполнители:</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Коды &amp;ошибок:</translation>
    </message>
    <message>
        <source>E-4012, SMTP-421</source>
        <translation>E-4012, SMTP-421</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>&amp;Найти</translation>
    </message>
    <message>
        <source>Find knowledge-base articles for these error codes</source>
        <translation>Найти статьи базы знаний для этих кодов ошибок</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Те&amp;ги:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через запятую</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Инцидент:</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>Срок первого ответа:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Первый ответ:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Решено:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Открыто:</translation>
    </message>
    <message>
        <source>Customer last wrote:</source>
        <translation>Клиент последний раз писал:</translation>
    </message>
    <message>
        <source>Linked articles:</source>
        <translation>Связанные статьи:</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Views</source>
        <translation>Представления</translation>
    </message>
    <message>
        <source>Filter: words, error codes, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F or /)</source>
        <translation>Фильтр: слова, коды ошибок, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F или /)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Назначить &amp;мне</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Назначить &amp;кому-то…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Изменить &amp;статус…</translation>
    </message>
</context>
<context>
    <name>TicketDisplay</name>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Ждёт других</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>1 — Critical</source>
        <translation>1 — Критическая</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — Высокая</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Обычная</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Низкая</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Внутренняя заметка</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Публичный ответ</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 с</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>только что</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 назад</translation>
    </message>
</context>
<context>
    <name>tierdesk::AgingScale</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
            <numerusform>%n мин</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
            <numerusform>%n ч</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дня</numerusform>
            <numerusform>%n дней</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotatorDialog</name>
    <message>
        <source>Annotate %1</source>
        <translation>Пометки: %1</translation>
    </message>
    <message>
        <source>&amp;Attach to message</source>
        <translation>&amp;Прикрепить к сообщению</translation>
    </message>
</context>
<context>
    <name>tierdesk::ArticleEditor</name>
    <message>
        <source>New knowledge-base article</source>
        <translation>Новая статья базы знаний</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Редактирование «%1»</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Статье нужен заголовок.</translation>
    </message>
    <message>
        <source>Choose or type a category (e.g. Network/VPN).</source>
        <translation>Выберите или введите категорию (напр. Network/VPN).</translation>
    </message>
    <message>
        <source>The article has no text yet.</source>
        <translation>В статье ещё нет текста.</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentLoader</name>
    <message>
        <source>Sign in to download this attachment.</source>
        <translation>Войдите, чтобы скачать это вложение.</translation>
    </message>
    <message>
        <source>The attachment cannot be downloaded while offline.</source>
        <translation>Вложение невозможно скачать без сети.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>Не удалось скачать вложение: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentThumbnail</name>
    <message>
        <source>%1 (%2) — click to open, save or annotate</source>
        <translation>%1 (%2) — щёлкните, чтобы открыть, сохранить или добавить пометки</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>вложение %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Сохранить как…</translation>
    </message>
    <message>
        <source>&amp;Annotate and attach as a new file…</source>
        <translation>&amp;Добавить пометки и прикрепить как новый файл…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Сохранить вложение</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentTray</name>
    <message>
        <source>Show it large, or annotate it</source>
        <translation>Показать крупно или добавить пометки</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>Не отправлять этот файл</translation>
    </message>
    <message>
        <source>Attachment preview — %1</source>
        <translation>Просмотр вложения — %1</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Пометки…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Убрать</translation>
    </message>
</context>
<context>
    <name>tierdesk::AuditView</name>
    <message>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Кто</translation>
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
        <translation>После</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>The history comes from the server; sign in to see it.</source>
        <translation>История приходит с сервера; войдите, чтобы её увидеть.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Загрузка истории…</translation>
    </message>
    <message>
        <source>The history is kept on the server and cannot be loaded while offline.</source>
        <translation>История хранится на сервере, и её невозможно загрузить без сети.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Не удалось загрузить историю: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded on the server.</source>
        <translation>
            <numerusform>%n изменение записано на сервере.</numerusform>
            <numerusform>%n изменения записаны на сервере.</numerusform>
            <numerusform>%n изменений записано на сервере.</numerusform>
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
        <translation>&amp;Область экрана…</translation>
    </message>
    <message>
        <source>&amp;Whole screen</source>
        <translation>&amp;Весь экран</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Добавить внутреннюю заметку</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Отправить ответ</translation>
    </message>
    <message>
        <source>Only staff will see this note.</source>
        <translation>Эту заметку увидят только сотрудники.</translation>
    </message>
    <message>
        <source>The customer will receive this reply.</source>
        <translation>Клиент получит этот ответ.</translation>
    </message>
    <message>
        <source>Internal note for staff — the customer will not see it</source>
        <translation>Внутренняя заметка для сотрудников — клиент её не увидит</translation>
    </message>
    <message>
        <source>Reply to the customer…</source>
        <translation>Ответ клиенту…</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 не является файлом.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 больше %2 МБ.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>Невозможно прочитать %1: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Прикрепить файлы</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Сначала напишите заметку.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Сначала напишите ответ.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Прикреплено: %1</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>Загрузка %1 (%2 из %3)…</translation>
    </message>
    <message>
        <source>Attachments need a connection to the server; nothing was sent and your message is kept here. Send it again when online, or remove the attachments to send the text now (text goes out by itself once the connection is back).</source>
        <translation>Вложениям нужно соединение с сервером; ничего не отправлено, а ваше сообщение сохранено здесь. Отправьте его снова, когда появится связь, или уберите вложения, чтобы отправить текст сейчас (текст уйдёт сам, как только соединение восстановится).</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1. Nothing was sent.</source>
        <translation>Не удалось загрузить вложение: %1. Ничего не отправлено.</translation>
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
        <translation>Ваша версия</translation>
    </message>
    <message>
        <source>Their version (on the server)</source>
        <translation>Их версия (на сервере)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Оставить</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Оставить &amp;мою</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Оставить &amp;их</translation>
    </message>
    <message>
        <source>Apply my &amp;choices</source>
        <translation>Применить мой &amp;выбор</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this too.&lt;/b&gt; Your edit of %1 was not sent because the server already holds a different value. Choose what to keep; nothing is lost until you do.</source>
        <translation>&lt;b&gt;Кто-то другой тоже это изменил.&lt;/b&gt; Ваше изменение %1 не отправлено, потому что на сервере уже другое значение. Выберите, что оставить; пока вы не решите, ничего не потеряется.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Моя</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Их</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConversationView</name>
    <message>
        <source>No messages yet.</source>
        <translation>Сообщений пока нет.</translation>
    </message>
</context>
<context>
    <name>tierdesk::KbPage</name>
    <message>
        <source>All articles (%1)</source>
        <translation>Все статьи (%1)</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Ни одна статья не соответствует «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n статья соответствует «%1», лучшие сначала.</numerusform>
            <numerusform>%n статьи соответствуют «%1», лучшие сначала.</numerusform>
            <numerusform>%n статей соответствуют «%1», лучшие сначала.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article answers the error code %1 yet.</source>
        <translation>Ни одна статья пока не отвечает на код ошибки %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) answer the error code %1.</source>
        <translation>
            <numerusform>%n статья отвечает на код ошибки %1.</numerusform>
            <numerusform>%n статьи отвечают на код ошибки %1.</numerusform>
            <numerusform>%n статей отвечают на код ошибки %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Все статьи</translation>
    </message>
    <message>
        <source>This article is not in the local cache.</source>
        <translation>Этой статьи нет в локальном кэше.</translation>
    </message>
    <message>
        <source>**not yet sent**</source>
        <translation>**ещё не отправлено**</translation>
    </message>
    <message>
        <source>Insert and link act on %1.</source>
        <translation>Вставка и связывание относятся к %1.</translation>
    </message>
    <message>
        <source>Open a ticket to insert an article into a reply or link it.</source>
        <translation>Откройте заявку, чтобы вставить статью в ответ или связать её.</translation>
    </message>
</context>
<context>
    <name>tierdesk::LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Невозможно открыть локальный кэш %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared: %2</source>
        <translation>Не удалось подготовить локальный кэш %1: %2</translation>
    </message>
    <message>
        <source>its ticket could not be created: %1</source>
        <translation>не удалось создать его заявку: %1</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>оставлена другая версия</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the address of your help desk server.</source>
        <translation>Введите адрес сервера вашей службы поддержки.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. It looks like https://help.example.com.</source>
        <translation>«%1» — не адрес сервера. Он выглядит так: https://help.example.com.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Введите имя учётной записи.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The workstation is for support staff. Customers report and follow their problems with Tierdesk Report.</source>
        <translation>Рабочее место предназначено для сотрудников поддержки. Клиенты сообщают о проблемах и следят за ними в Tierdesk Report.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk cannot keep your sign-in there.

It can keep the sign-in token in a file that only your user account can read, so that it opens straight away next time, even offline. Your password is never stored. Without it you sign in again at every start.</source>
        <translation>На этом компьютере не работает ни одна служба связки ключей (например, GNOME Keyring или KWallet), поэтому Tierdesk не может сохранить там ваш вход.

Он может хранить токен входа в файле, который может читать только ваша учётная запись, чтобы в следующий раз открыться сразу, даже без сети. Пароль никогда не сохраняется. Без этого вы будете входить заново при каждом запуске.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Сертификат, которому доверять</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Сертификаты (*.pem *.crt *.cer);;Все файлы (*)</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format.</source>
        <translation>%1 не содержит сертификата в формате PEM.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>Queue</source>
        <translation>Очередь</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>База знаний</translation>
    </message>
    <message>
        <source>Article linked to %1.</source>
        <translation>Статья связана с %1.</translation>
    </message>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation>Сервер отклонил изменение (%1): %2</translation>
    </message>
    <message>
        <source>Someone else changed the same fields; open the item to choose what to keep.</source>
        <translation>Кто-то другой изменил те же поля; откройте элемент и выберите, что оставить.</translation>
    </message>
    <message>
        <source>About Tierdesk</source>
        <translation>О Tierdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;The agents&apos; workstation of a help desk for tiered technical support: queue, tickets and knowledge base, working offline from a local copy.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;Рабочее место агентов службы многоуровневой технической поддержки: очередь, заявки и база знаний, работающие без сети из локальной копии.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Как в системе</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Tierdesk will use the new language from its next start.</source>
        <translation>Tierdesk будет использовать новый язык со следующего запуска.</translation>
    </message>
    <message>
        <source>Tierdesk — %1 on %2</source>
        <translation>Tierdesk — %1 на %2</translation>
    </message>
    <message>
        <source>This is the last ticket of the view.</source>
        <translation>Это последняя заявка в представлении.</translation>
    </message>
    <message>
        <source>This is the first ticket of the view.</source>
        <translation>Это первая заявка в представлении.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you.</source>
        <translation>
            <numerusform>%n заявка назначена вам.</numerusform>
            <numerusform>%n заявки назначены вам.</numerusform>
            <numerusform>%n заявок назначено вам.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageWidget</name>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Reply — sent to the customer</source>
        <translation>Ответ — отправлен клиенту</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Внутренняя заметка — клиент её не видит</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Ожидает отправки</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n непрочитанное уведомление</numerusform>
            <numerusform>%n непрочитанных уведомления</numerusform>
            <numerusform>%n непрочитанных уведомлений</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Нет непрочитанных уведомлений</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Nothing yet: assignments and replies show here.</source>
        <translation>Пока ничего: здесь появятся назначения и ответы.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Отметить все как прочитанные</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationText</name>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Назначено вам: %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Ответ в %1</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>заявке</translation>
    </message>
</context>
<context>
    <name>tierdesk::PropertiesPanel</name>
    <message>
        <source>(nobody)</source>
        <translation>(никто)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (уровень %2)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(без группы)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(нет)</translation>
    </message>
    <message>
        <source>(VIP)</source>
        <translation>(VIP)</translation>
    </message>
    <message>
        <source>%1 of 8 (severity first, then customer importance)</source>
        <translation>%1 из 8 (сначала серьёзность, затем важность клиента)</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Статья %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 мин</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 д %2 ч</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Новая</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыта</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Ждёт клиента</translation>
    </message>
    <message>
        <source>Waiting on specialist</source>
        <translation>Ждёт специалиста</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Решена</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Закрыта</translation>
    </message>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Критическая</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · Высокая</translation>
    </message>
    <message>
        <source>3 · Normal</source>
        <translation>3 · Обычная</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Низкая</translation>
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
        <translation>Заявитель</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Серьёзность</translation>
    </message>
    <message>
        <source>Priority, then SLA due time</source>
        <translation>Приоритет, затем срок SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Приоритет</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Ответственный</translation>
    </message>
    <message>
        <source>Tier / group</source>
        <translation>Уровень / группа</translation>
    </message>
    <message>
        <source>Time left to the first-response target</source>
        <translation>Время, оставшееся до срока первого ответа</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Последняя активность</translation>
    </message>
    <message>
        <source>new</source>
        <translation>новая</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Не назначено</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Уровень %1</translation>
    </message>
    <message>
        <source>T%1 · %2</source>
        <translation>У%1 · %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>выполнено</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>через %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>просрочено на %1</translation>
    </message>
    <message>
        <source>%1 — VIP customer</source>
        <translation>%1 — VIP-клиент</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>Срок первого ответа: %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Ждёт %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueuePage</name>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Никто (снять назначение)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (уровень %2)</translation>
    </message>
    <message>
        <source>Select tickets to assign them or change their status.</source>
        <translation>Выделите заявки, чтобы назначить их или изменить их статус.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>Выделена %n заявка</numerusform>
            <numerusform>Выделено %n заявки</numerusform>
            <numerusform>Выделено %n заявок</numerusform>
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
            <numerusform>%n+ заявка, подсчёт…</numerusform>
            <numerusform>%n+ заявки, подсчёт…</numerusform>
            <numerusform>%n+ заявок, подсчёт…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViews</name>
    <message>
        <source>My tickets</source>
        <translation>Мои заявки</translation>
    </message>
    <message>
        <source>Unassigned in my tier</source>
        <translation>Не назначенные на моём уровне</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Ждёт других</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA под угрозой</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Все открытые</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Все заявки</translation>
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
        <translation>Проверила журналы ретранслятора: том очереди заполнился в 03:12. Попросила команду хранилища его расширить; сообщу клиенту, когда почта пойдёт.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>Send the reply or note (in the composer)</source>
        <translation>Отправить ответ или заметку (в редакторе сообщения)</translation>
    </message>
    <message>
        <source>Paste a screenshot as an attachment (in the composer)</source>
        <translation>Вставить снимок экрана как вложение (в редакторе сообщения)</translation>
    </message>
    <message>
        <source>Open the selected ticket (in the queue)</source>
        <translation>Открыть выделенную заявку (в очереди)</translation>
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
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Синхронизация</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>The local cache could not store the server&apos;s changes: %1</source>
        <translation>Локальный кэш не смог сохранить изменения с сервера: %1</translation>
    </message>
    <message>
        <source>This version of the program cannot send it.</source>
        <translation>Эта версия программы не может это отправить.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Синхронизировать сейчас</translation>
    </message>
    <message>
        <source>Offline — working from the local copy</source>
        <translation>Офлайн — работа с локальной копией</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Офлайн</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Синхронизация…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Онлайн</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Все изменения отправлены</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n изменение ожидает отправки</numerusform>
            <numerusform>%n изменения ожидают отправки</numerusform>
            <numerusform>%n изменений ожидают отправки</numerusform>
        </translation>
    </message>
    <message>
        <source>First sync %p%</source>
        <translation>Первая синхронизация %p%</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Ещё не синхронизировано</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Последняя синхронизация %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n конфликт требует вашего решения</numerusform>
            <numerusform>%n конфликта требуют вашего решения</numerusform>
            <numerusform>%n конфликтов требуют вашего решения</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketFilter</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2: — searched as text</source>
        <translation>«%1» не является значением %2: — искали как текст</translation>
    </message>
    <message>
        <source>Unknown term &apos;%1:&apos; — searched as text</source>
        <translation>Неизвестный термин «%1:» — искали как текст</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketPage</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Свойства</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;История</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Заявка %1</translation>
    </message>
    <message>
        <source>This ticket is not in the local cache (it may have been merged or removed).</source>
        <translation>Этой заявки нет в локальном кэше (её могли объединить или удалить).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Серьёзность %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>от %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>ответственный: %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>не назначено</translation>
    </message>
    <message>
        <source>your changes are waiting to be sent</source>
        <translation>ваши изменения ожидают отправки</translation>
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
        <translation>SLA нарушено: %1</translation>
    </message>
    <message>
        <source>%1 — no first response in time.</source>
        <translation>%1 — нет первого ответа вовремя.</translation>
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
        <translation>Войдите, чтобы синхронизироваться с сервером. До тех пор вы видите копию, хранящуюся на этом компьютере.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; your unsent changes are kept.</source>
        <translation>Сервер завершил ваш сеанс. Войдите снова; ваши неотправленные изменения сохранены.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Вы вышли из учётной записи.</translation>
    </message>
</context>
</TS>
