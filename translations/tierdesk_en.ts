<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Knowledge-base article</source>
        <translation>Knowledge-base article</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Category:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>&amp;Error codes:</translation>
    </message>
    <message>
        <source>the codes this article answers, e.g. SMTP-421</source>
        <translation>the codes this article answers, e.g. SMTP-421</translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, lists, `code`…</source>
        <translation>The article in Markdown: # headings, **bold**, lists, `code`…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tierdesk workstation: the agents&apos; queue, tickets and knowledge base.</source>
        <translation>Tierdesk workstation: the agents&apos; queue, tickets and knowledge base.</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:8080.</source>
        <translation>Server address, e.g. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>Account to sign in with.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Read the password from the first line of standard input.</translation>
    </message>
    <message>
        <source>Language of the program (en, pl, uk, ru, id, ro); overrides the setting.</source>
        <translation>Language of the program (en, pl, uk, ru, id, ro); overrides the setting.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>CODE</translation>
    </message>
    <message>
        <source>Folder for the local cache (default: the application data folder).</source>
        <translation>Folder for the local cache (default: the application data folder).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Open the main window from the cache without network, print &quot;startup_ms N&quot; once the first queue page is painted, and quit.</source>
        <translation>Open the main window from the cache without network, print &quot;startup_ms N&quot; once the first queue page is painted, and quit.</translation>
    </message>
    <message>
        <source>The cache database file to open.</source>
        <translation>The cache database file to open.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Write screenshots of the login, queue, ticket and knowledge-base views as PNG files into DIR, then quit.</source>
        <translation>Write screenshots of the login, queue, ticket and knowledge-base views as PNG files into DIR, then quit.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Not a server address: %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --user.</source>
        <translation>--password-stdin needs --server and --user.</translation>
    </message>
    <message>
        <source>--startup-probe needs --cache FILE (or --server and --user).</source>
        <translation>--startup-probe needs --cache FILE (or --server and --user).</translation>
    </message>
    <message>
        <source>No such cache file: %1</source>
        <translation>No such cache file: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Reply to customer</translation>
    </message>
    <message>
        <source>A public reply: the customer receives it (R)</source>
        <translation>A public reply: the customer receives it (R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Internal &amp;note</translation>
    </message>
    <message>
        <source>A note for staff only: the customer never sees it (N)</source>
        <translation>A note for staff only: the customer never sees it (N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Attach files…</translation>
    </message>
    <message>
        <source>Attach files (you can also paste a screenshot with Ctrl+V or drop files here)</source>
        <translation>Attach files (you can also paste a screenshot with Ctrl+V or drop files here)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Capture</translation>
    </message>
    <message>
        <source>Take a screenshot, annotate it and attach it</source>
        <translation>Take a screenshot, annotate it and attach it</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Search articles (Ctrl+F)</translation>
    </message>
    <message>
        <source>Error code, e.g. SMTP-421</source>
        <translation>Error code, e.g. SMTP-421</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>&amp;New article…</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Insert into reply</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>&amp;Link to ticket</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edit…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Tierdesk</source>
        <translation>Sign in to Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to your help desk</source>
        <translation>Sign in to your help desk</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>https://help.example.com</source>
        <translation>https://help.example.com</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>your login name</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Remember me on this computer</translation>
    </message>
    <message>
        <source>Keeps the sign-in token (never the password) in the system keychain, so that Tierdesk opens straight away next time, even offline.</source>
        <translation>Keeps the sign-in token (never the password) in the system keychain, so that Tierdesk opens straight away next time, even offline.</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>&amp;Trust a certificate…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t remember me</source>
        <translation>&amp;Don&apos;t remember me</translation>
    </message>
    <message>
        <source>&amp;Keep it in a file only I can read</source>
        <translation>&amp;Keep it in a file only I can read</translation>
    </message>
</context>
<context>
    <name>LoginErrorText</name>
    <message>
        <source>Wrong account or password.</source>
        <translation>Wrong account or password.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection. (%2)</source>
        <translation>Cannot reach the server at %1. Check the address and your network connection. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again, or check the address.</source>
        <translation>The server at %1 did not answer in time. Try again, or check the address.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Tierdesk did not send your password. %1 If this server uses its own certificate, get the certificate file from your administrator and choose it with &quot;Trust a certificate…&quot;.</source>
        <translation>The server&apos;s certificate is not trusted, so Tierdesk did not send your password. %1 If this server uses its own certificate, get the certificate file from your administrator and choose it with &quot;Trust a certificate…&quot;.</translation>
    </message>
    <message>
        <source>The server refused the sign-in for this account.</source>
        <translation>The server refused the sign-in for this account.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Too many sign-in attempts. Wait a minute, then try again.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>The server refused the sign-in: %1</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again shortly.</source>
        <translation>The server at %1 has a problem (HTTP %2). Try again shortly.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Tierdesk server. Check the address.</source>
        <translation>%1 does not answer like a Tierdesk server. Check the address.</translation>
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
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Ticket</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sync now</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Queue</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Knowledge base</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>&amp;Next ticket</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>&amp;Previous ticket</translation>
    </message>
    <message>
        <source>&amp;Close ticket tab</source>
        <translation>&amp;Close ticket tab</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Reply</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>Internal &amp;note</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>&amp;Assign to me</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Show &amp;history</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Search</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;About Tierdesk</source>
        <translation>&amp;About Tierdesk</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Requester:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Se&amp;verity:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Priority:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>&amp;Owner:</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Assign to &amp;me</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tier:</translation>
    </message>
    <message>
        <source>&amp;Collaborators:</source>
        <translation>&amp;Collaborators:</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>&amp;Error codes:</translation>
    </message>
    <message>
        <source>E-4012, SMTP-421</source>
        <translation>E-4012, SMTP-421</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>Look &amp;up</translation>
    </message>
    <message>
        <source>Find knowledge-base articles for these error codes</source>
        <translation>Find knowledge-base articles for these error codes</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>comma-separated</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Incident:</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>First response due:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>First response:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Resolved:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Opened:</translation>
    </message>
    <message>
        <source>Customer last wrote:</source>
        <translation>Customer last wrote:</translation>
    </message>
    <message>
        <source>Linked articles:</source>
        <translation>Linked articles:</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
    <message>
        <source>Filter: words, error codes, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F or /)</source>
        <translation>Filter: words, error codes, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F or /)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Assign to &amp;me</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Assign &amp;to…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Set &amp;status…</translation>
    </message>
</context>
<context>
    <name>TicketDisplay</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Waiting on others</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>1 — Critical</source>
        <translation>1 — Critical</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — High</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Normal</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Low</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Internal note</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Public reply</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>overdue %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 ago</translation>
    </message>
</context>
<context>
    <name>tierdesk::AgingScale</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotatorDialog</name>
    <message>
        <source>Annotate %1</source>
        <translation>Annotate %1</translation>
    </message>
    <message>
        <source>&amp;Attach to message</source>
        <translation>&amp;Attach to message</translation>
    </message>
</context>
<context>
    <name>tierdesk::ArticleEditor</name>
    <message>
        <source>New knowledge-base article</source>
        <translation>New knowledge-base article</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Edit &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>The article needs a title.</translation>
    </message>
    <message>
        <source>Choose or type a category (e.g. Network/VPN).</source>
        <translation>Choose or type a category (e.g. Network/VPN).</translation>
    </message>
    <message>
        <source>The article has no text yet.</source>
        <translation>The article has no text yet.</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentLoader</name>
    <message>
        <source>Sign in to download this attachment.</source>
        <translation>Sign in to download this attachment.</translation>
    </message>
    <message>
        <source>The attachment cannot be downloaded while offline.</source>
        <translation>The attachment cannot be downloaded while offline.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>The attachment could not be downloaded: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentThumbnail</name>
    <message>
        <source>%1 (%2) — click to open, save or annotate</source>
        <translation>%1 (%2) — click to open, save or annotate</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>attachment %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Open</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>&amp;Annotate and attach as a new file…</source>
        <translation>&amp;Annotate and attach as a new file…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Save attachment</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentTray</name>
    <message>
        <source>Show it large, or annotate it</source>
        <translation>Show it large, or annotate it</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>Do not send this file</translation>
    </message>
    <message>
        <source>Attachment preview — %1</source>
        <translation>Attachment preview — %1</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Annotate…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remove</translation>
    </message>
</context>
<context>
    <name>tierdesk::AuditView</name>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>After</source>
        <translation>After</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Reload</translation>
    </message>
    <message>
        <source>The history comes from the server; sign in to see it.</source>
        <translation>The history comes from the server; sign in to see it.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Loading the history…</translation>
    </message>
    <message>
        <source>The history is kept on the server and cannot be loaded while offline.</source>
        <translation>The history is kept on the server and cannot be loaded while offline.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>The history could not be loaded: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded on the server.</source>
        <translation>
            <numerusform>%n change recorded on the server.</numerusform>
            <numerusform>%n changes recorded on the server.</numerusform>
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
        <translation>&amp;Region of the screen…</translation>
    </message>
    <message>
        <source>&amp;Whole screen</source>
        <translation>&amp;Whole screen</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Add internal note</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Send reply</translation>
    </message>
    <message>
        <source>Only staff will see this note.</source>
        <translation>Only staff will see this note.</translation>
    </message>
    <message>
        <source>The customer will receive this reply.</source>
        <translation>The customer will receive this reply.</translation>
    </message>
    <message>
        <source>Internal note for staff — the customer will not see it</source>
        <translation>Internal note for staff — the customer will not see it</translation>
    </message>
    <message>
        <source>Reply to the customer…</source>
        <translation>Reply to the customer…</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 is not a file.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 is larger than %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 cannot be read: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Attach files</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Write the note first.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Write the reply first.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Attached: %1</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>Uploading %1 (%2 of %3)…</translation>
    </message>
    <message>
        <source>Attachments need a connection to the server; nothing was sent and your message is kept here. Send it again when online, or remove the attachments to send the text now (text goes out by itself once the connection is back).</source>
        <translation>Attachments need a connection to the server; nothing was sent and your message is kept here. Send it again when online, or remove the attachments to send the text now (text goes out by itself once the connection is back).</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1. Nothing was sent.</source>
        <translation>The attachment could not be uploaded: %1. Nothing was sent.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConflictBanner</name>
    <message>
        <source>Field</source>
        <translation>Field</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Your version</translation>
    </message>
    <message>
        <source>Their version (on the server)</source>
        <translation>Their version (on the server)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Keep</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Keep &amp;mine</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Keep &amp;theirs</translation>
    </message>
    <message>
        <source>Apply my &amp;choices</source>
        <translation>Apply my &amp;choices</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this too.&lt;/b&gt; Your edit of %1 was not sent because the server already holds a different value. Choose what to keep; nothing is lost until you do.</source>
        <translation>&lt;b&gt;Someone else changed this too.&lt;/b&gt; Your edit of %1 was not sent because the server already holds a different value. Choose what to keep; nothing is lost until you do.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Mine</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Theirs</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConversationView</name>
    <message>
        <source>No messages yet.</source>
        <translation>No messages yet.</translation>
    </message>
</context>
<context>
    <name>tierdesk::KbPage</name>
    <message>
        <source>All articles (%1)</source>
        <translation>All articles (%1)</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>No article matches &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n article matches &quot;%1&quot;, best first.</numerusform>
            <numerusform>%n articles match &quot;%1&quot;, best first.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article answers the error code %1 yet.</source>
        <translation>No article answers the error code %1 yet.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) answer the error code %1.</source>
        <translation>
            <numerusform>%n article answers the error code %1.</numerusform>
            <numerusform>%n articles answer the error code %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>All articles</translation>
    </message>
    <message>
        <source>This article is not in the local cache.</source>
        <translation>This article is not in the local cache.</translation>
    </message>
    <message>
        <source>**not yet sent**</source>
        <translation>**not yet sent**</translation>
    </message>
    <message>
        <source>Insert and link act on %1.</source>
        <translation>Insert and link act on %1.</translation>
    </message>
    <message>
        <source>Open a ticket to insert an article into a reply or link it.</source>
        <translation>Open a ticket to insert an article into a reply or link it.</translation>
    </message>
</context>
<context>
    <name>tierdesk::LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Cannot open the local cache %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared: %2</source>
        <translation>The local cache %1 could not be prepared: %2</translation>
    </message>
    <message>
        <source>its ticket could not be created: %1</source>
        <translation>its ticket could not be created: %1</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>the other version was kept</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the address of your help desk server.</source>
        <translation>Enter the address of your help desk server.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. It looks like https://help.example.com.</source>
        <translation>&quot;%1&quot; is not a server address. It looks like https://help.example.com.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Enter your account name.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>The workstation is for support staff. Customers report and follow their problems with Tierdesk Report.</source>
        <translation>The workstation is for support staff. Customers report and follow their problems with Tierdesk Report.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk cannot keep your sign-in there.

It can keep the sign-in token in a file that only your user account can read, so that it opens straight away next time, even offline. Your password is never stored. Without it you sign in again at every start.</source>
        <translation>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk cannot keep your sign-in there.

It can keep the sign-in token in a file that only your user account can read, so that it opens straight away next time, even offline. Your password is never stored. Without it you sign in again at every start.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Certificate to trust</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificates (*.pem *.crt *.cer);;All files (*)</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format.</source>
        <translation>%1 holds no certificate in PEM format.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>Queue</source>
        <translation>Queue</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Knowledge base</translation>
    </message>
    <message>
        <source>Article linked to %1.</source>
        <translation>Article linked to %1.</translation>
    </message>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation>The server refused a change (%1): %2</translation>
    </message>
    <message>
        <source>Someone else changed the same fields; open the item to choose what to keep.</source>
        <translation>Someone else changed the same fields; open the item to choose what to keep.</translation>
    </message>
    <message>
        <source>About Tierdesk</source>
        <translation>About Tierdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;The agents&apos; workstation of a help desk for tiered technical support: queue, tickets and knowledge base, working offline from a local copy.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;The agents&apos; workstation of a help desk for tiered technical support: queue, tickets and knowledge base, working offline from a local copy.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Follow the system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Tierdesk will use the new language from its next start.</source>
        <translation>Tierdesk will use the new language from its next start.</translation>
    </message>
    <message>
        <source>Tierdesk — %1 on %2</source>
        <translation>Tierdesk — %1 on %2</translation>
    </message>
    <message>
        <source>This is the last ticket of the view.</source>
        <translation>This is the last ticket of the view.</translation>
    </message>
    <message>
        <source>This is the first ticket of the view.</source>
        <translation>This is the first ticket of the view.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you.</source>
        <translation>
            <numerusform>%n ticket assigned to you.</numerusform>
            <numerusform>%n tickets assigned to you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageWidget</name>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Reply — sent to the customer</source>
        <translation>Reply — sent to the customer</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Internal note — not visible to the customer</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Waiting to be sent</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n unread notification</numerusform>
            <numerusform>%n unread notifications</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>No unread notifications</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Nothing yet: assignments and replies show here.</source>
        <translation>Nothing yet: assignments and replies show here.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Mark all as read</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationText</name>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Assigned to you: %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Reply on %1</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>a ticket</translation>
    </message>
</context>
<context>
    <name>tierdesk::PropertiesPanel</name>
    <message>
        <source>(nobody)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (tier %2)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(no group)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <source>(VIP)</source>
        <translation>(VIP)</translation>
    </message>
    <message>
        <source>%1 of 8 (severity first, then customer importance)</source>
        <translation>%1 of 8 (severity first, then customer importance)</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Article %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Waiting on customer</translation>
    </message>
    <message>
        <source>Waiting on specialist</source>
        <translation>Waiting on specialist</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resolved</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Critical</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · High</translation>
    </message>
    <message>
        <source>3 · Normal</source>
        <translation>3 · Normal</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Low</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Number</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subject</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Requester</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Priority, then SLA due time</source>
        <translation>Priority, then SLA due time</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priority</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Owner</translation>
    </message>
    <message>
        <source>Tier / group</source>
        <translation>Tier / group</translation>
    </message>
    <message>
        <source>Time left to the first-response target</source>
        <translation>Time left to the first-response target</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>new</source>
        <translation>new</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Unassigned</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tier %1</translation>
    </message>
    <message>
        <source>T%1 · %2</source>
        <translation>T%1 · %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>met</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>%1 overdue</translation>
    </message>
    <message>
        <source>%1 — VIP customer</source>
        <translation>%1 — VIP customer</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>First response due %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Waiting for %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueuePage</name>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Nobody (unassign)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (tier %2)</translation>
    </message>
    <message>
        <source>Select tickets to assign them or change their status.</source>
        <translation>Select tickets to assign them or change their status.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n ticket selected</numerusform>
            <numerusform>%n tickets selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ tickets, counting…</source>
        <translation>
            <numerusform>%n+ ticket, counting…</numerusform>
            <numerusform>%n+ tickets, counting…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViews</name>
    <message>
        <source>My tickets</source>
        <translation>My tickets</translation>
    </message>
    <message>
        <source>Unassigned in my tier</source>
        <translation>Unassigned in my tier</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Waiting on others</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA at risk</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>All open</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>All tickets</translation>
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
        <translation>Checked the relay logs: the queue volume filled up at 03:12. Asked the storage team to extend it; will update the customer when mail flows.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <source>Send the reply or note (in the composer)</source>
        <translation>Send the reply or note (in the composer)</translation>
    </message>
    <message>
        <source>Paste a screenshot as an attachment (in the composer)</source>
        <translation>Paste a screenshot as an attachment (in the composer)</translation>
    </message>
    <message>
        <source>Open the selected ticket (in the queue)</source>
        <translation>Open the selected ticket (in the queue)</translation>
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
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Connecting</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Syncing</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>The local cache could not store the server&apos;s changes: %1</source>
        <translation>The local cache could not store the server&apos;s changes: %1</translation>
    </message>
    <message>
        <source>This version of the program cannot send it.</source>
        <translation>This version of the program cannot send it.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sync now</translation>
    </message>
    <message>
        <source>Offline — working from the local copy</source>
        <translation>Offline — working from the local copy</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>All changes sent</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n change waiting to be sent</numerusform>
            <numerusform>%n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <source>First sync %p%</source>
        <translation>First sync %p%</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Never synced</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Last sync %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n conflict needs you</numerusform>
            <numerusform>%n conflicts need you</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketFilter</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2: — searched as text</source>
        <translation>&apos;%1&apos; is not a value of %2: — searched as text</translation>
    </message>
    <message>
        <source>Unknown term &apos;%1:&apos; — searched as text</source>
        <translation>Unknown term &apos;%1:&apos; — searched as text</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketPage</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Properties</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;History</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Ticket %1</translation>
    </message>
    <message>
        <source>This ticket is not in the local cache (it may have been merged or removed).</source>
        <translation>This ticket is not in the local cache (it may have been merged or removed).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Severity %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>from %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>owner %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>unassigned</translation>
    </message>
    <message>
        <source>your changes are waiting to be sent</source>
        <translation>your changes are waiting to be sent</translation>
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
        <translation>SLA breached: %1</translation>
    </message>
    <message>
        <source>%1 — no first response in time.</source>
        <translation>%1 — no first response in time.</translation>
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
        <translation>Sign in to sync with the server. Until then you see the copy kept on this computer.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; your unsent changes are kept.</source>
        <translation>The server ended your session. Sign in again; your unsent changes are kept.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>You are signed out.</translation>
    </message>
</context>
</TS>
