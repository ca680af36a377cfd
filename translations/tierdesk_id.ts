<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>ArticleEditor</name>
    <message>
        <source>Knowledge-base article</source>
        <translation>Artikel basis pengetahuan</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Judul:</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Kode &amp;galat:</translation>
    </message>
    <message>
        <source>the codes this article answers, e.g. SMTP-421</source>
        <translation>kode yang dijawab artikel ini, mis. SMTP-421</translation>
    </message>
    <message>
        <source>The article in Markdown: # headings, **bold**, lists, `code`…</source>
        <translation>Artikel dalam Markdown: # judul, **tebal**, daftar, `kode`…</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Tierdesk workstation: the agents&apos; queue, tickets and knowledge base.</source>
        <translation>Stasiun kerja Tierdesk: antrean, tiket, dan basis pengetahuan agen.</translation>
    </message>
    <message>
        <source>Server address, e.g. http://127.0.0.1:8080.</source>
        <translation>Alamat server, mis. http://127.0.0.1:8080.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Account to sign in with.</source>
        <translation>Akun untuk masuk.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAMA</translation>
    </message>
    <message>
        <source>Read the password from the first line of standard input.</source>
        <translation>Baca kata sandi dari baris pertama masukan standar.</translation>
    </message>
    <message>
        <source>Language of the program (en, pl, uk, ru, id, ro); overrides the setting.</source>
        <translation>Bahasa program (en, pl, uk, ru, id, ro); mengesampingkan pengaturan.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>KODE</translation>
    </message>
    <message>
        <source>Folder for the local cache (default: the application data folder).</source>
        <translation>Folder untuk cache lokal (bawaan: folder data aplikasi).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Open the main window from the cache without network, print &quot;startup_ms N&quot; once the first queue page is painted, and quit.</source>
        <translation>Buka jendela utama dari cache tanpa jaringan, cetak &quot;startup_ms N&quot; setelah halaman antrean pertama tergambar, lalu keluar.</translation>
    </message>
    <message>
        <source>The cache database file to open.</source>
        <translation>Berkas basis data cache yang akan dibuka.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BERKAS</translation>
    </message>
    <message>
        <source>Write screenshots of the login, queue, ticket and knowledge-base views as PNG files into DIR, then quit.</source>
        <translation>Tulis tangkapan layar tampilan masuk, antrean, tiket, dan basis pengetahuan sebagai berkas PNG ke DIR, lalu keluar.</translation>
    </message>
    <message>
        <source>Not a server address: %1</source>
        <translation>Bukan alamat server: %1</translation>
    </message>
    <message>
        <source>--password-stdin needs --server and --user.</source>
        <translation>--password-stdin memerlukan --server dan --user.</translation>
    </message>
    <message>
        <source>--startup-probe needs --cache FILE (or --server and --user).</source>
        <translation>--startup-probe memerlukan --cache FILE (atau --server dan --user).</translation>
    </message>
    <message>
        <source>No such cache file: %1</source>
        <translation>Tidak ada berkas cache: %1</translation>
    </message>
</context>
<context>
    <name>Composer</name>
    <message>
        <source>&amp;Reply to customer</source>
        <translation>&amp;Balas ke pelanggan</translation>
    </message>
    <message>
        <source>A public reply: the customer receives it (R)</source>
        <translation>Balasan publik: pelanggan menerimanya (R)</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Catatan internal</translation>
    </message>
    <message>
        <source>A note for staff only: the customer never sees it (N)</source>
        <translation>Catatan khusus staf: pelanggan tidak pernah melihatnya (N)</translation>
    </message>
    <message>
        <source>&amp;Attach files…</source>
        <translation>&amp;Lampirkan berkas…</translation>
    </message>
    <message>
        <source>Attach files (you can also paste a screenshot with Ctrl+V or drop files here)</source>
        <translation>Lampirkan berkas (Anda juga bisa menempelkan tangkapan layar dengan Ctrl+V atau menjatuhkan berkas di sini)</translation>
    </message>
    <message>
        <source>&amp;Capture</source>
        <translation>&amp;Tangkap</translation>
    </message>
    <message>
        <source>Take a screenshot, annotate it and attach it</source>
        <translation>Ambil tangkapan layar, beri anotasi, lalu lampirkan</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Kirim balasan</translation>
    </message>
</context>
<context>
    <name>KbPage</name>
    <message>
        <source>Search articles (Ctrl+F)</source>
        <translation>Cari artikel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Error code, e.g. SMTP-421</source>
        <translation>Kode galat, mis. SMTP-421</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>&amp;New article…</source>
        <translation>Artikel &amp;baru…</translation>
    </message>
    <message>
        <source>&amp;Insert into reply</source>
        <translation>&amp;Sisipkan ke balasan</translation>
    </message>
    <message>
        <source>&amp;Link to ticket</source>
        <translation>&amp;Tautkan ke tiket</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to Tierdesk</source>
        <translation>Masuk ke Tierdesk</translation>
    </message>
    <message>
        <source>Sign in to your help desk</source>
        <translation>Masuk ke layanan bantuan Anda</translation>
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
        <translation>&amp;Akun:</translation>
    </message>
    <message>
        <source>your login name</source>
        <translation>nama login Anda</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>&amp;Ingat saya di komputer ini</translation>
    </message>
    <message>
        <source>Keeps the sign-in token (never the password) in the system keychain, so that Tierdesk opens straight away next time, even offline.</source>
        <translation>Menyimpan token masuk (tidak pernah kata sandi) di gantungan kunci sistem, agar Tierdesk langsung terbuka lain kali, bahkan saat luring.</translation>
    </message>
    <message>
        <source>&amp;Trust a certificate…</source>
        <translation>&amp;Percayai sertifikat…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Don&apos;t remember me</source>
        <translation>&amp;Jangan ingat saya</translation>
    </message>
    <message>
        <source>&amp;Keep it in a file only I can read</source>
        <translation>&amp;Simpan di berkas yang hanya bisa saya baca</translation>
    </message>
</context>
<context>
    <name>LoginErrorText</name>
    <message>
        <source>Wrong account or password.</source>
        <translation>Akun atau kata sandi salah.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection. (%2)</source>
        <translation>Tidak dapat menjangkau server di %1. Periksa alamat dan koneksi jaringan Anda. (%2)</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time. Try again, or check the address.</source>
        <translation>Server di %1 tidak menjawab tepat waktu. Coba lagi, atau periksa alamatnya.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted, so Tierdesk did not send your password. %1 If this server uses its own certificate, get the certificate file from your administrator and choose it with &quot;Trust a certificate…&quot;.</source>
        <translation>Sertifikat server tidak tepercaya, jadi Tierdesk tidak mengirim kata sandi Anda. %1 Jika server ini memakai sertifikatnya sendiri, minta berkas sertifikat dari administrator Anda dan pilih dengan &quot;Percayai sertifikat…&quot;.</translation>
    </message>
    <message>
        <source>The server refused the sign-in for this account.</source>
        <translation>Server menolak masuk untuk akun ini.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts. Wait a minute, then try again.</source>
        <translation>Terlalu banyak percobaan masuk. Tunggu satu menit, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The server refused the sign-in: %1</source>
        <translation>Server menolak masuk: %1</translation>
    </message>
    <message>
        <source>The server at %1 has a problem (HTTP %2). Try again shortly.</source>
        <translation>Server di %1 bermasalah (HTTP %2). Coba lagi sebentar lagi.</translation>
    </message>
    <message>
        <source>%1 does not answer like a Tierdesk server. Check the address.</source>
        <translation>%1 tidak menjawab seperti server Tierdesk. Periksa alamatnya.</translation>
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
        <translation>&amp;Berkas</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Tampilan</translation>
    </message>
    <message>
        <source>&amp;Ticket</source>
        <translation>&amp;Tiket</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar akun</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ke&amp;luar</translation>
    </message>
    <message>
        <source>&amp;Queue</source>
        <translation>&amp;Antrean</translation>
    </message>
    <message>
        <source>&amp;Knowledge base</source>
        <translation>&amp;Basis pengetahuan</translation>
    </message>
    <message>
        <source>&amp;Next ticket</source>
        <translation>Tiket &amp;berikutnya</translation>
    </message>
    <message>
        <source>&amp;Previous ticket</source>
        <translation>Tiket &amp;sebelumnya</translation>
    </message>
    <message>
        <source>&amp;Close ticket tab</source>
        <translation>&amp;Tutup tab tiket</translation>
    </message>
    <message>
        <source>&amp;Reply</source>
        <translation>&amp;Balas</translation>
    </message>
    <message>
        <source>Internal &amp;note</source>
        <translation>&amp;Catatan internal</translation>
    </message>
    <message>
        <source>&amp;Assign to me</source>
        <translation>Tugaskan ke &amp;saya</translation>
    </message>
    <message>
        <source>Show &amp;history</source>
        <translation>Tampilkan &amp;riwayat</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;papan ketik</translation>
    </message>
    <message>
        <source>&amp;About Tierdesk</source>
        <translation>&amp;Tentang Tierdesk</translation>
    </message>
</context>
<context>
    <name>PropertiesPanel</name>
    <message>
        <source>&amp;Requester:</source>
        <translation>&amp;Pemohon:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Se&amp;verity:</source>
        <translation>Ke&amp;parahan:</translation>
    </message>
    <message>
        <source>Priority:</source>
        <translation>Prioritas:</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>Pe&amp;milik:</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Tugaskan ke &amp;saya</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grup:</translation>
    </message>
    <message>
        <source>&amp;Tier:</source>
        <translation>&amp;Tingkat:</translation>
    </message>
    <message>
        <source>&amp;Collaborators:</source>
        <translation>&amp;Kolaborator:</translation>
    </message>
    <message>
        <source>&amp;Error codes:</source>
        <translation>Kode &amp;galat:</translation>
    </message>
    <message>
        <source>E-4012, SMTP-421</source>
        <translation>E-4012, SMTP-421</translation>
    </message>
    <message>
        <source>Look &amp;up</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>Find knowledge-base articles for these error codes</source>
        <translation>Cari artikel basis pengetahuan untuk kode galat ini</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;g:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>dipisahkan koma</translation>
    </message>
    <message>
        <source>&amp;Incident:</source>
        <translation>&amp;Insiden:</translation>
    </message>
    <message>
        <source>First response due:</source>
        <translation>Batas respons pertama:</translation>
    </message>
    <message>
        <source>First response:</source>
        <translation>Respons pertama:</translation>
    </message>
    <message>
        <source>Resolved:</source>
        <translation>Diselesaikan:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Dibuka:</translation>
    </message>
    <message>
        <source>Customer last wrote:</source>
        <translation>Pelanggan terakhir menulis:</translation>
    </message>
    <message>
        <source>Linked articles:</source>
        <translation>Artikel tertaut:</translation>
    </message>
</context>
<context>
    <name>QueuePage</name>
    <message>
        <source>Views</source>
        <translation>Tampilan</translation>
    </message>
    <message>
        <source>Filter: words, error codes, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F or /)</source>
        <translation>Saring: kata, kode galat, status:open owner:me severity:&lt;=2 vip:yes tag:… (Ctrl+F atau /)</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>Tugaskan ke &amp;saya</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Tugaskan &amp;ke…</translation>
    </message>
    <message>
        <source>Set &amp;status…</source>
        <translation>Atur &amp;status…</translation>
    </message>
</context>
<context>
    <name>TicketDisplay</name>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Menunggu pelanggan</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Menunggu pihak lain</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>1 — Critical</source>
        <translation>1 — Kritis</translation>
    </message>
    <message>
        <source>2 — High</source>
        <translation>2 — Tinggi</translation>
    </message>
    <message>
        <source>3 — Normal</source>
        <translation>3 — Normal</translation>
    </message>
    <message>
        <source>4 — Low</source>
        <translation>4 — Rendah</translation>
    </message>
    <message>
        <source>Internal note</source>
        <translation>Catatan internal</translation>
    </message>
    <message>
        <source>Public reply</source>
        <translation>Balasan publik</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 dtk</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 h %2 j</translation>
    </message>
    <message>
        <source>met</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dalam %1</translation>
    </message>
    <message>
        <source>overdue %1</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>baru saja</translation>
    </message>
    <message>
        <source>%1 ago</source>
        <translation>%1 yang lalu</translation>
    </message>
</context>
<context>
    <name>tierdesk::AgingScale</name>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n mnt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n j</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n d</source>
        <translation>
            <numerusform>%n hari</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotatorDialog</name>
    <message>
        <source>Annotate %1</source>
        <translation>Anotasi %1</translation>
    </message>
    <message>
        <source>&amp;Attach to message</source>
        <translation>&amp;Lampirkan ke pesan</translation>
    </message>
</context>
<context>
    <name>tierdesk::ArticleEditor</name>
    <message>
        <source>New knowledge-base article</source>
        <translation>Artikel basis pengetahuan baru</translation>
    </message>
    <message>
        <source>Edit &quot;%1&quot;</source>
        <translation>Ubah &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The article needs a title.</source>
        <translation>Artikel memerlukan judul.</translation>
    </message>
    <message>
        <source>Choose or type a category (e.g. Network/VPN).</source>
        <translation>Pilih atau ketik kategori (mis. Network/VPN).</translation>
    </message>
    <message>
        <source>The article has no text yet.</source>
        <translation>Artikel belum memiliki teks.</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentLoader</name>
    <message>
        <source>Sign in to download this attachment.</source>
        <translation>Masuk untuk mengunduh lampiran ini.</translation>
    </message>
    <message>
        <source>The attachment cannot be downloaded while offline.</source>
        <translation>Lampiran tidak dapat diunduh saat luring.</translation>
    </message>
    <message>
        <source>The attachment could not be downloaded: %1</source>
        <translation>Lampiran tidak dapat diunduh: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentThumbnail</name>
    <message>
        <source>%1 (%2) — click to open, save or annotate</source>
        <translation>%1 (%2) — klik untuk membuka, menyimpan, atau memberi anotasi</translation>
    </message>
    <message>
        <source>attachment %1</source>
        <translation>lampiran %1</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Buka</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Simpan sebagai…</translation>
    </message>
    <message>
        <source>&amp;Annotate and attach as a new file…</source>
        <translation>&amp;Beri anotasi dan lampirkan sebagai berkas baru…</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
</context>
<context>
    <name>tierdesk::AttachmentTray</name>
    <message>
        <source>Show it large, or annotate it</source>
        <translation>Tampilkan besar, atau beri anotasi</translation>
    </message>
    <message>
        <source>Do not send this file</source>
        <translation>Jangan kirim berkas ini</translation>
    </message>
    <message>
        <source>Attachment preview — %1</source>
        <translation>Pratinjau lampiran — %1</translation>
    </message>
    <message>
        <source>%1
%2, %3</source>
        <translation>%1
%2, %3</translation>
    </message>
    <message>
        <source>&amp;Annotate…</source>
        <translation>&amp;Anotasi…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Hapus</translation>
    </message>
</context>
<context>
    <name>tierdesk::AuditView</name>
    <message>
        <source>When</source>
        <translation>Kapan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sesudah</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <source>The history comes from the server; sign in to see it.</source>
        <translation>Riwayat berasal dari server; masuk untuk melihatnya.</translation>
    </message>
    <message>
        <source>Loading the history…</source>
        <translation>Memuat riwayat…</translation>
    </message>
    <message>
        <source>The history is kept on the server and cannot be loaded while offline.</source>
        <translation>Riwayat disimpan di server dan tidak dapat dimuat saat luring.</translation>
    </message>
    <message>
        <source>The history could not be loaded: %1</source>
        <translation>Riwayat tidak dapat dimuat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) recorded on the server.</source>
        <translation>
            <numerusform>%n perubahan tercatat di server.</numerusform>
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
        <translation>&amp;Area layar…</translation>
    </message>
    <message>
        <source>&amp;Whole screen</source>
        <translation>&amp;Seluruh layar</translation>
    </message>
    <message>
        <source>Add internal note</source>
        <translation>Tambah catatan internal</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Kirim balasan</translation>
    </message>
    <message>
        <source>Only staff will see this note.</source>
        <translation>Hanya staf yang akan melihat catatan ini.</translation>
    </message>
    <message>
        <source>The customer will receive this reply.</source>
        <translation>Pelanggan akan menerima balasan ini.</translation>
    </message>
    <message>
        <source>Internal note for staff — the customer will not see it</source>
        <translation>Catatan internal untuk staf — pelanggan tidak akan melihatnya</translation>
    </message>
    <message>
        <source>Reply to the customer…</source>
        <translation>Balasan ke pelanggan…</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 bukan berkas.</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB.</source>
        <translation>%1 lebih besar dari %2 MB.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation>Lampirkan berkas</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Tulis catatannya dulu.</translation>
    </message>
    <message>
        <source>Write the reply first.</source>
        <translation>Tulis balasannya dulu.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Dilampirkan: %1</translation>
    </message>
    <message>
        <source>Uploading %1 (%2 of %3)…</source>
        <translation>Mengunggah %1 (%2 dari %3)…</translation>
    </message>
    <message>
        <source>Attachments need a connection to the server; nothing was sent and your message is kept here. Send it again when online, or remove the attachments to send the text now (text goes out by itself once the connection is back).</source>
        <translation>Lampiran memerlukan koneksi ke server; tidak ada yang terkirim dan pesan Anda tetap di sini. Kirim lagi saat daring, atau hapus lampiran untuk mengirim teksnya sekarang (teks akan terkirim sendiri setelah koneksi kembali).</translation>
    </message>
    <message>
        <source>The attachment could not be uploaded: %1. Nothing was sent.</source>
        <translation>Lampiran tidak dapat diunggah: %1. Tidak ada yang terkirim.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConflictBanner</name>
    <message>
        <source>Field</source>
        <translation>Bidang</translation>
    </message>
    <message>
        <source>Your version</source>
        <translation>Versi Anda</translation>
    </message>
    <message>
        <source>Their version (on the server)</source>
        <translation>Versi mereka (di server)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Keep &amp;mine</source>
        <translation>Simpan &amp;milik saya</translation>
    </message>
    <message>
        <source>Keep &amp;theirs</source>
        <translation>Simpan &amp;milik mereka</translation>
    </message>
    <message>
        <source>Apply my &amp;choices</source>
        <translation>Terapkan &amp;pilihan saya</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(kosong)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Someone else changed this too.&lt;/b&gt; Your edit of %1 was not sent because the server already holds a different value. Choose what to keep; nothing is lost until you do.</source>
        <translation>&lt;b&gt;Orang lain juga mengubah ini.&lt;/b&gt; Perubahan Anda pada %1 tidak dikirim karena server sudah memiliki nilai lain. Pilih yang ingin disimpan; tidak ada yang hilang sampai Anda memilih.</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Milik saya</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Milik mereka</translation>
    </message>
</context>
<context>
    <name>tierdesk::ConversationView</name>
    <message>
        <source>No messages yet.</source>
        <translation>Belum ada pesan.</translation>
    </message>
</context>
<context>
    <name>tierdesk::KbPage</name>
    <message>
        <source>All articles (%1)</source>
        <translation>Semua artikel (%1)</translation>
    </message>
    <message>
        <source>No article matches &quot;%1&quot;.</source>
        <translation>Tidak ada artikel yang cocok dengan &quot;%1&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) match &quot;%1&quot;, best first.</source>
        <translation>
            <numerusform>%n artikel cocok dengan &quot;%1&quot;, yang terbaik lebih dulu.</numerusform>
        </translation>
    </message>
    <message>
        <source>No article answers the error code %1 yet.</source>
        <translation>Belum ada artikel yang menjawab kode galat %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n article(s) answer the error code %1.</source>
        <translation>
            <numerusform>%n artikel menjawab kode galat %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>All articles</source>
        <translation>Semua artikel</translation>
    </message>
    <message>
        <source>This article is not in the local cache.</source>
        <translation>Artikel ini tidak ada di cache lokal.</translation>
    </message>
    <message>
        <source>**not yet sent**</source>
        <translation>**belum terkirim**</translation>
    </message>
    <message>
        <source>Insert and link act on %1.</source>
        <translation>Sisipkan dan tautkan berlaku untuk %1.</translation>
    </message>
    <message>
        <source>Open a ticket to insert an article into a reply or link it.</source>
        <translation>Buka tiket untuk menyisipkan artikel ke balasan atau menautkannya.</translation>
    </message>
</context>
<context>
    <name>tierdesk::LocalStore</name>
    <message>
        <source>Cannot open the local cache %1: %2</source>
        <translation>Tidak dapat membuka cache lokal %1: %2</translation>
    </message>
    <message>
        <source>The local cache %1 could not be prepared: %2</source>
        <translation>Cache lokal %1 tidak dapat disiapkan: %2</translation>
    </message>
    <message>
        <source>its ticket could not be created: %1</source>
        <translation>tiketnya tidak dapat dibuat: %1</translation>
    </message>
    <message>
        <source>the other version was kept</source>
        <translation>versi lainnya yang disimpan</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the address of your help desk server.</source>
        <translation>Masukkan alamat server layanan bantuan Anda.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a server address. It looks like https://help.example.com.</source>
        <translation>&quot;%1&quot; bukan alamat server. Bentuknya seperti https://help.example.com.</translation>
    </message>
    <message>
        <source>Enter your account name.</source>
        <translation>Masukkan nama akun Anda.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata sandi Anda.</translation>
    </message>
    <message>
        <source>The workstation is for support staff. Customers report and follow their problems with Tierdesk Report.</source>
        <translation>Stasiun kerja ini untuk staf dukungan. Pelanggan melaporkan dan memantau masalah mereka dengan Tierdesk Report.</translation>
    </message>
    <message>
        <source>No keychain service is running on this computer (such as GNOME Keyring or KWallet), so Tierdesk cannot keep your sign-in there.

It can keep the sign-in token in a file that only your user account can read, so that it opens straight away next time, even offline. Your password is never stored. Without it you sign in again at every start.</source>
        <translation>Tidak ada layanan gantungan kunci yang berjalan di komputer ini (seperti GNOME Keyring atau KWallet), jadi Tierdesk tidak dapat menyimpan data masuk Anda di sana.

Tierdesk dapat menyimpan token masuk di berkas yang hanya dapat dibaca akun pengguna Anda, agar lain kali langsung terbuka, bahkan saat luring. Kata sandi Anda tidak pernah disimpan. Tanpanya Anda masuk lagi setiap kali memulai.</translation>
    </message>
    <message>
        <source>Certificate to trust</source>
        <translation>Sertifikat yang dipercayai</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Sertifikat (*.pem *.crt *.cer);;Semua berkas (*)</translation>
    </message>
    <message>
        <source>%1 holds no certificate in PEM format.</source>
        <translation>%1 tidak berisi sertifikat dalam format PEM.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>Queue</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>Knowledge base</source>
        <translation>Basis pengetahuan</translation>
    </message>
    <message>
        <source>Article linked to %1.</source>
        <translation>Artikel ditautkan ke %1.</translation>
    </message>
    <message>
        <source>The server refused a change (%1): %2</source>
        <translation>Server menolak perubahan (%1): %2</translation>
    </message>
    <message>
        <source>Someone else changed the same fields; open the item to choose what to keep.</source>
        <translation>Orang lain mengubah bidang yang sama; buka item untuk memilih yang disimpan.</translation>
    </message>
    <message>
        <source>About Tierdesk</source>
        <translation>Tentang Tierdesk</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;The agents&apos; workstation of a help desk for tiered technical support: queue, tickets and knowledge base, working offline from a local copy.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Tierdesk %1&lt;/b&gt;&lt;p&gt;Stasiun kerja agen layanan bantuan untuk dukungan teknis bertingkat: antrean, tiket, dan basis pengetahuan, tetap bekerja luring dari salinan lokal.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Ikuti sistem</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>Tierdesk will use the new language from its next start.</source>
        <translation>Tierdesk akan memakai bahasa baru mulai saat dijalankan berikutnya.</translation>
    </message>
    <message>
        <source>Tierdesk — %1 on %2</source>
        <translation>Tierdesk — %1 di %2</translation>
    </message>
    <message>
        <source>This is the last ticket of the view.</source>
        <translation>Ini tiket terakhir dalam tampilan.</translation>
    </message>
    <message>
        <source>This is the first ticket of the view.</source>
        <translation>Ini tiket pertama dalam tampilan.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) assigned to you.</source>
        <translation>
            <numerusform>%n tiket ditugaskan kepada Anda.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::MessageWidget</name>
    <message>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <source>Reply — sent to the customer</source>
        <translation>Balasan — dikirim ke pelanggan</translation>
    </message>
    <message>
        <source>Internal note — not visible to the customer</source>
        <translation>Catatan internal — tidak terlihat oleh pelanggan</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Waiting to be sent</source>
        <translation>Menunggu dikirim</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationBell</name>
    <message numerus="yes">
        <source>%n unread notification(s)</source>
        <translation>
            <numerusform>%n pemberitahuan belum dibaca</numerusform>
        </translation>
    </message>
    <message>
        <source>No unread notifications</source>
        <translation>Tidak ada pemberitahuan yang belum dibaca</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Pemberitahuan</translation>
    </message>
    <message>
        <source>Nothing yet: assignments and replies show here.</source>
        <translation>Belum ada: penugasan dan balasan muncul di sini.</translation>
    </message>
    <message>
        <source>Mark all as read</source>
        <translation>Tandai semua sudah dibaca</translation>
    </message>
</context>
<context>
    <name>tierdesk::NotificationText</name>
    <message>
        <source>Assigned to you: %1</source>
        <translation>Ditugaskan kepada Anda: %1</translation>
    </message>
    <message>
        <source>Reply on %1</source>
        <translation>Balasan di %1</translation>
    </message>
    <message>
        <source>a ticket</source>
        <translation>sebuah tiket</translation>
    </message>
</context>
<context>
    <name>tierdesk::PropertiesPanel</name>
    <message>
        <source>(nobody)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (tingkat %2)</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(tanpa grup)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <source>(VIP)</source>
        <translation>(VIP)</translation>
    </message>
    <message>
        <source>%1 of 8 (severity first, then customer importance)</source>
        <translation>%1 dari 8 (keparahan dulu, lalu kepentingan pelanggan)</translation>
    </message>
    <message>
        <source>Article %1</source>
        <translation>Artikel %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueueModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 mnt</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 j %2 mnt</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 h %2 j</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Baru</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Terbuka</translation>
    </message>
    <message>
        <source>Waiting on customer</source>
        <translation>Menunggu pelanggan</translation>
    </message>
    <message>
        <source>Waiting on specialist</source>
        <translation>Menunggu spesialis</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Diselesaikan</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>1 · Critical</source>
        <translation>1 · Kritis</translation>
    </message>
    <message>
        <source>2 · High</source>
        <translation>2 · Tinggi</translation>
    </message>
    <message>
        <source>3 · Normal</source>
        <translation>3 · Normal</translation>
    </message>
    <message>
        <source>4 · Low</source>
        <translation>4 · Rendah</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Pemohon</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Keparahan</translation>
    </message>
    <message>
        <source>Priority, then SLA due time</source>
        <translation>Prioritas, lalu batas waktu SLA</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Tier / group</source>
        <translation>Tingkat / grup</translation>
    </message>
    <message>
        <source>Time left to the first-response target</source>
        <translation>Sisa waktu menuju target respons pertama</translation>
    </message>
    <message>
        <source>SLA</source>
        <translation>SLA</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Aktivitas terakhir</translation>
    </message>
    <message>
        <source>new</source>
        <translation>baru</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Belum ditugaskan</translation>
    </message>
    <message>
        <source>Tier %1</source>
        <translation>Tingkat %1</translation>
    </message>
    <message>
        <source>T%1 · %2</source>
        <translation>T%1 · %2</translation>
    </message>
    <message>
        <source>met</source>
        <translation>terpenuhi</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>dalam %1</translation>
    </message>
    <message>
        <source>%1 overdue</source>
        <translation>terlambat %1</translation>
    </message>
    <message>
        <source>%1 — VIP customer</source>
        <translation>%1 — pelanggan VIP</translation>
    </message>
    <message>
        <source>First response due %1</source>
        <translation>Batas respons pertama %1</translation>
    </message>
    <message>
        <source>Waiting for %1</source>
        <translation>Menunggu selama %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::QueuePage</name>
    <message>
        <source>Nobody (unassign)</source>
        <translation>Tidak ada (batalkan penugasan)</translation>
    </message>
    <message>
        <source>%1 (tier %2)</source>
        <translation>%1 (tingkat %2)</translation>
    </message>
    <message>
        <source>Select tickets to assign them or change their status.</source>
        <translation>Pilih tiket untuk menugaskannya atau mengubah statusnya.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) selected</source>
        <translation>
            <numerusform>%n tiket dipilih</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n tiket</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n+ tickets, counting…</source>
        <translation>
            <numerusform>%n+ tiket, menghitung…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::SavedViews</name>
    <message>
        <source>My tickets</source>
        <translation>Tiket saya</translation>
    </message>
    <message>
        <source>Unassigned in my tier</source>
        <translation>Belum ditugaskan di tingkat saya</translation>
    </message>
    <message>
        <source>Waiting on others</source>
        <translation>Menunggu pihak lain</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>SLA at risk</source>
        <translation>SLA berisiko</translation>
    </message>
    <message>
        <source>All open</source>
        <translation>Semua terbuka</translation>
    </message>
    <message>
        <source>All tickets</source>
        <translation>Semua tiket</translation>
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
        <translation>Sudah cek log relai: volume antrean penuh pukul 03:12. Sudah minta tim penyimpanan memperbesarnya; akan mengabari pelanggan saat surel kembali mengalir.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Pintasan papan ketik</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
    <message>
        <source> or </source>
        <translation> atau </translation>
    </message>
    <message>
        <source>Send the reply or note (in the composer)</source>
        <translation>Kirim balasan atau catatan (di penyusun pesan)</translation>
    </message>
    <message>
        <source>Paste a screenshot as an attachment (in the composer)</source>
        <translation>Tempel tangkapan layar sebagai lampiran (di penyusun pesan)</translation>
    </message>
    <message>
        <source>Open the selected ticket (in the queue)</source>
        <translation>Buka tiket yang dipilih (di antrean)</translation>
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
        <translation>Luring</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Menghubungkan</translation>
    </message>
    <message>
        <source>Syncing</source>
        <translation>Menyinkronkan</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>The local cache could not store the server&apos;s changes: %1</source>
        <translation>Cache lokal tidak dapat menyimpan perubahan dari server: %1</translation>
    </message>
    <message>
        <source>This version of the program cannot send it.</source>
        <translation>Versi program ini tidak dapat mengirimnya.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SyncStatusWidget</name>
    <message>
        <source>Sync now</source>
        <translation>Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Offline — working from the local copy</source>
        <translation>Luring — bekerja dari salinan lokal</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Luring</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Menyinkronkan…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message>
        <source>All changes sent</source>
        <translation>Semua perubahan terkirim</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n perubahan menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>First sync %p%</source>
        <translation>Sinkronisasi pertama %p%</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Belum pernah disinkronkan</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Sinkronisasi terakhir %1</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s) need you</source>
        <translation>
            <numerusform>%n konflik memerlukan Anda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketFilter</name>
    <message>
        <source>&apos;%1&apos; is not a value of %2: — searched as text</source>
        <translation>&apos;%1&apos; bukan nilai %2: — dicari sebagai teks</translation>
    </message>
    <message>
        <source>Unknown term &apos;%1:&apos; — searched as text</source>
        <translation>Istilah tak dikenal &apos;%1:&apos; — dicari sebagai teks</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketPage</name>
    <message>
        <source>&amp;Properties</source>
        <translation>&amp;Properti</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Riwayat</translation>
    </message>
    <message>
        <source>Ticket %1</source>
        <translation>Tiket %1</translation>
    </message>
    <message>
        <source>This ticket is not in the local cache (it may have been merged or removed).</source>
        <translation>Tiket ini tidak ada di cache lokal (mungkin telah digabung atau dihapus).</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>VIP</translation>
    </message>
    <message>
        <source>Severity %1</source>
        <translation>Keparahan %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>dari %1</translation>
    </message>
    <message>
        <source>owner %1</source>
        <translation>pemilik %1</translation>
    </message>
    <message>
        <source>unassigned</source>
        <translation>belum ditugaskan</translation>
    </message>
    <message>
        <source>your changes are waiting to be sent</source>
        <translation>perubahan Anda menunggu dikirim</translation>
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
        <translation>SLA terlewati: %1</translation>
    </message>
    <message>
        <source>%1 — no first response in time.</source>
        <translation>%1 — tidak ada respons pertama tepat waktu.</translation>
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
        <translation>Masuk untuk menyinkronkan dengan server. Sampai saat itu Anda melihat salinan yang disimpan di komputer ini.</translation>
    </message>
    <message>
        <source>The server ended your session. Sign in again; your unsent changes are kept.</source>
        <translation>Server mengakhiri sesi Anda. Masuk lagi; perubahan yang belum terkirim tetap disimpan.</translation>
    </message>
    <message>
        <source>You are signed out.</source>
        <translation>Anda telah keluar.</translation>
    </message>
</context>
</TS>
