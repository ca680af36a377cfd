<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AttachmentPanel</name>
    <message>
        <source>Capture:</source>
        <translation>Tangkap:</translation>
    </message>
    <message>
        <source>Full screen</source>
        <translation>Layar penuh</translation>
    </message>
    <message>
        <source>Take a screenshot of all screens (this window steps aside meanwhile)</source>
        <translation>Ambil tangkapan semua layar (jendela ini menyingkir sementara)</translation>
    </message>
    <message>
        <source>Region…</source>
        <translation>Area…</translation>
    </message>
    <message>
        <source>Freeze the screen and drag a rectangle around the part that shows the problem</source>
        <translation>Bekukan layar lalu tarik persegi di sekitar bagian yang menunjukkan masalah</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Jendela</translation>
    </message>
    <message>
        <source>Capture the window that is active when the delay is over; set a delay to switch to it first</source>
        <translation>Tangkap jendela yang aktif saat jeda berakhir; atur jeda agar sempat beralih ke jendela itu</translation>
    </message>
    <message>
        <source>Delay:</source>
        <translation>Jeda:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> dtk</translation>
    </message>
    <message>
        <source>Record steps…</source>
        <translation>Rekam langkah…</translation>
    </message>
    <message>
        <source>A small bar stays on top while you repeat what you did; each click on &quot;Capture step&quot; adds a numbered screenshot</source>
        <translation>Sebuah bilah kecil tetap di atas selama Anda mengulangi yang Anda lakukan; setiap klik &quot;Tangkap langkah&quot; menambahkan tangkapan layar bernomor</translation>
    </message>
    <message>
        <source>Paste image</source>
        <translation>Tempel gambar</translation>
    </message>
    <message>
        <source>Attach the image on the clipboard (Ctrl+V)</source>
        <translation>Lampirkan gambar dari papan klip (Ctrl+V)</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Tambah berkas…</translation>
    </message>
    <message>
        <source>You can also drop files or images here, or paste a screenshot with Ctrl+V.</source>
        <translation>Anda juga dapat menjatuhkan berkas atau gambar di sini, atau menempelkan tangkapan layar dengan Ctrl+V.</translation>
    </message>
    <message>
        <source>Annotate…</source>
        <translation>Anotasi…</translation>
    </message>
    <message>
        <source>Add arrows, boxes, text and numbers, or black out private details</source>
        <translation>Tambahkan panah, kotak, teks dan nomor, atau hitamkan data pribadi</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message>
        <source>Show the image exactly as it will be sent</source>
        <translation>Tampilkan gambar persis seperti yang akan dikirim</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Langkah</translation>
    </message>
    <message>
        <source>Double-click a step to write what you did in it; drag steps to reorder them</source>
        <translation>Klik ganda sebuah langkah untuk menulis apa yang Anda lakukan; seret langkah untuk mengubah urutannya</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Naikkan</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Turunkan</translation>
    </message>
</context>
<context>
    <name>CapitalsHint</name>
    <message>
        <source>Capitals don&apos;t make a ticket faster: how soon it is handled depends on the severity you choose and your account&apos;s priority. A calm subject is easier to find later.</source>
        <translation>Huruf kapital tidak mempercepat tiket: kapan tiket ditangani bergantung pada tingkat keparahan yang Anda pilih dan prioritas akun Anda. Subjek yang tenang juga lebih mudah dicari nanti.</translation>
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
        <translation>Penggunaan: tierdesk-report capture --full|--screen N|--window -o BERKAS.png [--delay S]

Mengambil satu tangkapan layar dan menulisnya ke BERKAS.png sebagai berkas baru (berkas
yang sudah ada tidak pernah ditimpa). Tidak ada jendela yang dibuka.

  --full          semua layar, sebagai satu gambar
  --screen N      layar N (0 adalah yang pertama)
  --window        jendela yang aktif
  -o, --output    berkas PNG yang akan dibuat
  --delay S       tunggu S detik dulu (0 sampai %1)
</translation>
    </message>
    <message>
        <source>The active window is outside every screen.</source>
        <translation>Jendela aktif berada di luar semua layar.</translation>
    </message>
    <message>
        <source>There is no display to capture: neither DISPLAY nor WAYLAND_DISPLAY is set.</source>
        <translation>Tidak ada tampilan untuk ditangkap: DISPLAY maupun WAYLAND_DISPLAY tidak diatur.</translation>
    </message>
    <message>
        <source>Say what to capture: exactly one of --full, --screen N or --window.</source>
        <translation>Sebutkan apa yang ditangkap: tepat salah satu dari --full, --screen N atau --window.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Argumen tak terduga: %1</translation>
    </message>
    <message>
        <source>Say where to write the screenshot: -o FILE.png.</source>
        <translation>Sebutkan tempat menyimpan tangkapan layar: -o BERKAS.png.</translation>
    </message>
    <message>
        <source>%1 already exists; tierdesk-report never overwrites a file. Choose a new name.</source>
        <translation>%1 sudah ada; tierdesk-report tidak pernah menimpa berkas. Pilih nama baru.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>--delay takes whole seconds from 0 to %1.</source>
        <translation>--delay menerima detik bulat dari 0 sampai %1.</translation>
    </message>
    <message>
        <source>--screen takes a screen number: 0 for the first screen.</source>
        <translation>--screen menerima nomor layar: 0 untuk layar pertama.</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Menangkap dalam %n detik…</numerusform>
        </translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Layar tidak dapat ditangkap.</translation>
    </message>
    <message>
        <source>The screenshot could not be encoded as PNG.</source>
        <translation>Tangkapan layar tidak dapat disimpan sebagai PNG.</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Sign in to support</source>
        <translation>Masuk ke layanan dukungan</translation>
    </message>
    <message>
        <source>Sign in with the account your support team gave you.</source>
        <translation>Masuk dengan akun yang diberikan tim dukungan Anda.</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Login:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata sandi:</translation>
    </message>
    <message>
        <source>Keep me signed in on this computer</source>
        <translation>Biarkan saya tetap masuk di komputer ini</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Tierdesk support</source>
        <translation>Dukungan Tierdesk</translation>
    </message>
    <message>
        <source>My tickets</source>
        <translation>Tiket saya</translation>
    </message>
    <message>
        <source>No tickets yet. Use &quot;Report a problem&quot; when something does not work.</source>
        <translation>Belum ada tiket. Gunakan &quot;Laporkan masalah&quot; jika ada yang tidak berfungsi.</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Laporkan masalah…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Segarkan</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>&amp;Keluar</translation>
    </message>
</context>
<context>
    <name>ProblemAttachmentsPage</name>
    <message>
        <source>Show it</source>
        <translation>Tunjukkan</translation>
    </message>
    <message>
        <source>A screenshot of the error with the time, or the steps as numbered screenshots, often halves the time to a fix. Black out anything private with Annotate → Redact.</source>
        <translation>Tangkapan layar galat beserta waktunya, atau langkah-langkah sebagai tangkapan layar bernomor, sering memangkas waktu perbaikan hingga separuhnya. Hitamkan data pribadi melalui Anotasi → Sensor.</translation>
    </message>
</context>
<context>
    <name>ProblemDescriptionPage</name>
    <message>
        <source>What went wrong?</source>
        <translation>Apa yang salah?</translation>
    </message>
    <message>
        <source>Tell us in your own words. Short and exact helps more than long: what you did, what you expected, what happened.</source>
        <translation>Ceritakan dengan kata-kata Anda sendiri. Singkat dan tepat lebih membantu daripada panjang: apa yang Anda lakukan, apa yang Anda harapkan, apa yang terjadi.</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Subjek:</translation>
    </message>
    <message>
        <source>One line, e.g. &quot;Invoice export stops with an error&quot;</source>
        <translation>Satu baris, mis. &quot;Ekspor faktur berhenti dengan galat&quot;</translation>
    </message>
    <message>
        <source>What did you &amp;do?</source>
        <translation>Apa yang Anda &amp;lakukan?</translation>
    </message>
    <message>
        <source>The steps in order: I opened…, I clicked…</source>
        <translation>Langkah-langkahnya berurutan: saya membuka…, saya mengklik…</translation>
    </message>
    <message>
        <source>What did you &amp;expect?</source>
        <translation>Apa yang Anda &amp;harapkan?</translation>
    </message>
    <message>
        <source>What should have happened</source>
        <translation>Apa yang seharusnya terjadi</translation>
    </message>
    <message>
        <source>What &amp;happened instead?</source>
        <translation>Apa yang &amp;terjadi sebaliknya?</translation>
    </message>
    <message>
        <source>What you saw instead (required)</source>
        <translation>Apa yang Anda lihat sebaliknya (wajib)</translation>
    </message>
</context>
<context>
    <name>ProblemDetailsPage</name>
    <message>
        <source>The error and the time</source>
        <translation>Galat dan waktunya</translation>
    </message>
    <message>
        <source>The exact message and the time let support find your problem in the logs.</source>
        <translation>Pesan yang persis dan waktunya membantu tim dukungan menemukan masalah Anda di log.</translation>
    </message>
    <message>
        <source>The exact &amp;error message or code:</source>
        <translation>Pesan atau kode &amp;galat yang persis:</translation>
    </message>
    <message>
        <source>Copy the message exactly as it was shown, or type the code (e.g. 0x80070005, SMTP-421)</source>
        <translation>Salin pesan persis seperti yang ditampilkan, atau ketik kodenya (mis. 0x80070005, SMTP-421)</translation>
    </message>
    <message>
        <source>&amp;When did it happen?</source>
        <translation>&amp;Kapan itu terjadi?</translation>
    </message>
    <message>
        <source>Just now</source>
        <translation>Baru saja</translation>
    </message>
    <message>
        <source>How &amp;bad is it?</source>
        <translation>Seberapa &amp;parah?</translation>
    </message>
    <message>
        <source>Support answers in order of severity and your account&apos;s priority.</source>
        <translation>Tim dukungan menjawab berdasarkan tingkat keparahan dan prioritas akun Anda.</translation>
    </message>
</context>
<context>
    <name>ProblemDraft</name>
    <message>
        <source>What I did:</source>
        <translation>Yang saya lakukan:</translation>
    </message>
    <message>
        <source>What I expected:</source>
        <translation>Yang saya harapkan:</translation>
    </message>
    <message>
        <source>What happened instead:</source>
        <translation>Yang terjadi sebaliknya:</translation>
    </message>
    <message>
        <source>The exact error message:</source>
        <translation>Pesan galat yang persis:</translation>
    </message>
    <message>
        <source>When it happened: %1</source>
        <translation>Waktu kejadian: %1</translation>
    </message>
    <message>
        <source>Another report of this problem: %1</source>
        <translation>Laporan lain tentang masalah ini: %1</translation>
    </message>
</context>
<context>
    <name>ProblemReviewPage</name>
    <message>
        <source>Check and send</source>
        <translation>Periksa dan kirim</translation>
    </message>
    <message>
        <source>This is what support will receive.</source>
        <translation>Inilah yang akan diterima tim dukungan.</translation>
    </message>
    <message>
        <source>A known problem may be the cause</source>
        <translation>Penyebabnya mungkin masalah yang sudah diketahui</translation>
    </message>
    <message>
        <source>Link my report to this known problem, so that I hear when it is fixed</source>
        <translation>Tautkan laporan saya ke masalah yang sudah diketahui ini agar saya diberi tahu saat masalahnya selesai</translation>
    </message>
    <message>
        <source>You may have reported this already</source>
        <translation>Anda mungkin sudah melaporkan ini</translation>
    </message>
    <message>
        <source>This looks like a problem you already have an open ticket for. Adding to it keeps everything in one place and does not start the queue over.</source>
        <translation>Ini tampaknya masalah yang sudah memiliki tiket terbuka. Menambahkannya ke tiket itu menjaga semuanya di satu tempat dan tidak memulai antrean dari awal.</translation>
    </message>
    <message>
        <source>Add my report to the selected ticket</source>
        <translation>Tambahkan laporan saya ke tiket yang dipilih</translation>
    </message>
    <message>
        <source>It is a different problem: open a new ticket</source>
        <translation>Ini masalah lain: buka tiket baru</translation>
    </message>
</context>
<context>
    <name>TicketStatusText</name>
    <message>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Being worked on</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <source>Waiting for your answer</source>
        <translation>Menunggu jawaban Anda</translation>
    </message>
    <message>
        <source>With a specialist</source>
        <translation>Di tangan spesialis</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>Not sent yet</source>
        <translation>Belum dikirim</translation>
    </message>
</context>
<context>
    <name>TicketView</name>
    <message>
        <source>&amp;Your reply:</source>
        <translation>&amp;Balasan Anda:</translation>
    </message>
    <message>
        <source>Answer support, or add what you found out since</source>
        <translation>Jawab tim dukungan, atau tambahkan apa yang Anda temukan sejak itu</translation>
    </message>
    <message>
        <source>Screenshots and files</source>
        <translation>Tangkapan layar dan berkas</translation>
    </message>
    <message>
        <source>Send reply</source>
        <translation>Kirim balasan</translation>
    </message>
</context>
<context>
    <name>X11WindowLocator</name>
    <message>
        <source>The active window can only be found on an X11 desktop.</source>
        <translation>Jendela aktif hanya dapat ditemukan di desktop X11.</translation>
    </message>
    <message>
        <source>No window is active; click the window to capture first.</source>
        <translation>Tidak ada jendela yang aktif; klik dulu jendela yang ingin ditangkap.</translation>
    </message>
    <message>
        <source>The active window is not on the screen.</source>
        <translation>Jendela aktif tidak ada di layar.</translation>
    </message>
    <message>
        <source>The X server did not say where the active window is.</source>
        <translation>Server X tidak memberi tahu letak jendela aktif.</translation>
    </message>
    <message>
        <source>This build cannot find the active window of other programs (it was built without xcb).</source>
        <translation>Build ini tidak dapat menemukan jendela aktif program lain (dibangun tanpa xcb).</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotateDialog</name>
    <message>
        <source>Mark the screenshot</source>
        <translation>Tandai tangkapan layar</translation>
    </message>
    <message>
        <source>Use these marks</source>
        <translation>Gunakan tanda ini</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
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
        <translation>Lampirkan berkas</translation>
    </message>
    <message numerus="yes">
        <source>Capturing in %n second(s)…</source>
        <translation>
            <numerusform>Menangkap dalam %n detik…</numerusform>
        </translation>
    </message>
    <message>
        <source>Region added: %1 × %2 pixels.</source>
        <translation>Area ditambahkan: %1 × %2 piksel.</translation>
    </message>
    <message>
        <source>No region was chosen.</source>
        <translation>Tidak ada area yang dipilih.</translation>
    </message>
    <message>
        <source>Drag a rectangle around the part to keep; Esc cancels.</source>
        <translation>Tarik persegi di sekitar bagian yang ingin disimpan; Esc membatalkan.</translation>
    </message>
    <message>
        <source>Screenshot added: %1 × %2 pixels.</source>
        <translation>Tangkapan layar ditambahkan: %1 × %2 piksel.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) recorded. Double-click a step to describe it.</source>
        <translation>
            <numerusform>%n langkah direkam. Klik ganda sebuah langkah untuk menjelaskannya.</numerusform>
        </translation>
    </message>
    <message>
        <source>The clipboard holds no image or file.</source>
        <translation>Papan klip tidak berisi gambar atau berkas.</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) pasted.</source>
        <translation>
            <numerusform>%n item ditempelkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) added.</source>
        <translation>
            <numerusform>%n berkas ditambahkan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) added.</source>
        <translation>
            <numerusform>%n item ditambahkan.</numerusform>
        </translation>
    </message>
    <message>
        <source>The marks are kept with the screenshot.</source>
        <translation>Tanda disimpan bersama tangkapan layar.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ImagePreviewDialog</name>
    <message>
        <source>Preview: %1</source>
        <translation>Pratinjau: %1</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>tierdesk::LoginDialog</name>
    <message>
        <source>Enter the server&apos;s address, e.g. https://support.example.com.</source>
        <translation>Masukkan alamat server, mis. https://support.example.com.</translation>
    </message>
    <message>
        <source>Enter your login and password.</source>
        <translation>Masukkan login dan kata sandi Anda.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang masuk…</translation>
    </message>
    <message>
        <source>No keychain</source>
        <translation>Tidak ada keychain</translation>
    </message>
    <message>
        <source>This computer has no keychain service (such as GNOME Keyring or KWallet) to keep your sign-in safe. Keep it in a file that only your user account can read instead? Otherwise you will be asked for your password at every start.</source>
        <translation>Komputer ini tidak memiliki layanan keychain (seperti GNOME Keyring atau KWallet) untuk menyimpan info masuk Anda dengan aman. Simpan di berkas yang hanya dapat dibaca akun pengguna Anda? Jika tidak, Anda akan diminta kata sandi setiap kali memulai.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MainWindow</name>
    <message>
        <source>The server did not accept a change: %1</source>
        <translation>Server tidak menerima perubahan: %1</translation>
    </message>
    <message>
        <source>A report could not be sent: %1</source>
        <translation>Laporan tidak dapat dikirim: %1</translation>
    </message>
    <message>
        <source>Offline: what you write is kept and sent later</source>
        <translation>Luring: yang Anda tulis disimpan dan dikirim nanti</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menghubungkan…</translation>
    </message>
    <message>
        <source>Updating…</source>
        <translation>Memperbarui…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Daring</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) waiting to be sent</source>
        <translation>
            <numerusform>%n item menunggu dikirim</numerusform>
        </translation>
    </message>
    <message>
        <source>Tierdesk support — %1</source>
        <translation>Dukungan Tierdesk — %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::NewProblemWizard</name>
    <message>
        <source>You are not signed in.</source>
        <translation>Anda belum masuk.</translation>
    </message>
    <message>
        <source>This may be part of the known problem &quot;%1&quot;.</source>
        <translation>Ini mungkin bagian dari masalah yang sudah diketahui &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Tidak terkirim</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Laporkan masalah</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Lanjut &gt;</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Kembali</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Kirim</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemDetailsPage</name>
    <message>
        <source>Critical: work has stopped for many people</source>
        <translation>Kritis: pekerjaan banyak orang terhenti</translation>
    </message>
    <message>
        <source>High: I cannot work and there is no way around it</source>
        <translation>Tinggi: saya tidak dapat bekerja dan tidak ada jalan lain</translation>
    </message>
    <message>
        <source>Normal: something does not work, but I can carry on</source>
        <translation>Normal: ada yang tidak berfungsi, tetapi saya bisa melanjutkan</translation>
    </message>
    <message>
        <source>Low: a question or a small annoyance</source>
        <translation>Rendah: pertanyaan atau gangguan kecil</translation>
    </message>
    <message>
        <source>Error codes found: %1</source>
        <translation>Kode galat yang ditemukan: %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::ProblemReviewPage</name>
    <message>
        <source>Support already knows about this problem and is working on it:
%1
%2</source>
        <translation>Tim dukungan sudah mengetahui masalah ini dan sedang menanganinya:
%1
%2</translation>
    </message>
    <message>
        <source>(not sent yet)</source>
        <translation>(belum dikirim)</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Same error code: %1</source>
        <translation>Kode galat yang sama: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjek: %1</translation>
    </message>
    <message>
        <source>Error codes: %1</source>
        <translation>Kode galat: %1</translation>
    </message>
    <message>
        <source>Attachments: %1</source>
        <translation>Lampiran: %1</translation>
    </message>
    <message>
        <source>You are offline. The report is kept on this computer and sent as soon as the server can be reached.</source>
        <translation>Anda sedang luring. Laporan disimpan di komputer ini dan dikirim begitu server dapat dijangkau.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReportAttachments</name>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 piksel</translation>
    </message>
    <message>
        <source>%1 × %2 pixels, annotated</source>
        <translation>%1 × %2 piksel, beranotasi</translation>
    </message>
    <message>
        <source>Screenshot %1</source>
        <translation>Tangkapan layar %1</translation>
    </message>
    <message>
        <source>%1 is larger than %2; attach a smaller file or a part of it.</source>
        <translation>%1 lebih besar dari %2; lampirkan berkas yang lebih kecil atau sebagiannya.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Tidak dapat membaca %1: %2</translation>
    </message>
    <message>
        <source>Pasted image %1</source>
        <translation>Gambar tempelan %1</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Gambar yang ditempel tidak dapat dibaca.</translation>
    </message>
    <message>
        <source>%1 could not be encoded as PNG.</source>
        <translation>%1 tidak dapat disimpan sebagai PNG.</translation>
    </message>
    <message>
        <source>The annotations of %1 cannot be read: %2</source>
        <translation>Anotasi %1 tidak dapat dibaca: %2</translation>
    </message>
    <message>
        <source>No temporary folder for the screenshots: %1</source>
        <translation>Tidak ada folder sementara untuk tangkapan layar: %1</translation>
    </message>
    <message>
        <source>Steps (attached as %1 to %2):</source>
        <translation>Langkah (dilampirkan sebagai %1 sampai %2):</translation>
    </message>
    <message>
        <source>Step %1 (%2)</source>
        <translation>Langkah %1 (%2)</translation>
    </message>
    <message>
        <source>Step %1 (%2): %3</source>
        <translation>Langkah %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterApplication</name>
    <message>
        <source>Signed out</source>
        <translation>Sudah keluar</translation>
    </message>
    <message>
        <source>Your sign-in has expired. Please sign in again; nothing you wrote is lost.</source>
        <translation>Sesi masuk Anda telah berakhir. Silakan masuk lagi; tidak ada tulisan Anda yang hilang.</translation>
    </message>
</context>
<context>
    <name>tierdesk::ReporterSession</name>
    <message>
        <source>The login or the password is wrong.</source>
        <translation>Login atau kata sandi salah.</translation>
    </message>
    <message>
        <source>The server cannot be reached: %1</source>
        <translation>Server tidak dapat dijangkau: %1</translation>
    </message>
    <message>
        <source>Too many failed attempts; wait a few minutes and try again.</source>
        <translation>Terlalu banyak percobaan gagal; tunggu beberapa menit lalu coba lagi.</translation>
    </message>
    <message>
        <source>This is a support staff account; please use the Tierdesk workstation.</source>
        <translation>Ini akun staf dukungan; silakan gunakan workstation Tierdesk.</translation>
    </message>
</context>
<context>
    <name>tierdesk::SendQueue</name>
    <message>
        <source>Cannot create the folder %1 for the files to send.</source>
        <translation>Tidak dapat membuat folder %1 untuk berkas yang akan dikirim.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for sending: %2</source>
        <translation>Tidak dapat menyimpan %1 untuk dikirim: %2</translation>
    </message>
    <message>
        <source>Cannot keep the report for sending: %1</source>
        <translation>Tidak dapat menyimpan laporan untuk dikirim: %1</translation>
    </message>
    <message>
        <source>The file %1 kept for sending is gone: %2</source>
        <translation>Berkas %1 yang disimpan untuk dikirim hilang: %2</translation>
    </message>
    <message>
        <source>The file %1 kept for sending was changed on disk; it is not sent.</source>
        <translation>Berkas %1 yang disimpan untuk dikirim berubah di disk; berkas itu tidak dikirim.</translation>
    </message>
    <message>
        <source>The server did not take %1: %2</source>
        <translation>Server tidak menerima %1: %2</translation>
    </message>
    <message>
        <source>The ticket this reply belongs to could not be created, so the reply was not sent.</source>
        <translation>Tiket untuk balasan ini tidak dapat dibuat, jadi balasannya tidak dikirim.</translation>
    </message>
</context>
<context>
    <name>tierdesk::TicketListModel</name>
    <message>
        <source>Ticket</source>
        <translation>Tiket</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Subjek</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Perubahan terakhir</translation>
    </message>
    <message>
        <source>Not sent: %1</source>
        <translation>Tidak terkirim: %1</translation>
    </message>
    <message>
        <source>Sending files: %1 of %2</source>
        <translation>Mengirim berkas: %1 dari %2</translation>
    </message>
    <message>
        <source>Support answered: open the ticket to read it.</source>
        <translation>Dukungan sudah menjawab: buka tiket untuk membacanya.</translation>
    </message>
    <message>
        <source>%1 · new reply</source>
        <translation>%1 · balasan baru</translation>
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
        <translation>Buka kembali</translation>
    </message>
    <message>
        <source>Close ticket</source>
        <translation>Tutup tiket</translation>
    </message>
    <message>
        <source>The problem is back: support will look at it again</source>
        <translation>Masalahnya muncul lagi: tim dukungan akan memeriksanya kembali</translation>
    </message>
    <message>
        <source>The problem is solved or no longer matters</source>
        <translation>Masalahnya sudah selesai atau tidak penting lagi</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Anda</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Dukungan</translation>
    </message>
    <message>
        <source>waiting to be sent</source>
        <translation>menunggu dikirim</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n lampiran</numerusform>
        </translation>
    </message>
    <message>
        <source>not sent: %1</source>
        <translation>tidak terkirim: %1</translation>
    </message>
    <message numerus="yes">
        <source>uploading %1 of %n file(s)</source>
        <translation>
            <numerusform>mengunggah %1 dari %n berkas</numerusform>
        </translation>
    </message>
    <message>
        <source>No ticket is open.</source>
        <translation>Tidak ada tiket yang terbuka.</translation>
    </message>
    <message>
        <source>Write a reply or attach a screenshot first.</source>
        <translation>Tulis balasan atau lampirkan tangkapan layar terlebih dahulu.</translation>
    </message>
    <message>
        <source>Attached: %1</source>
        <translation>Terlampir: %1</translation>
    </message>
    <message>
        <source>You are offline; the reply is sent when the server is back.</source>
        <translation>Anda sedang luring; balasan dikirim saat server kembali.</translation>
    </message>
    <message>
        <source>Reply sent.</source>
        <translation>Balasan terkirim.</translation>
    </message>
    <message>
        <source>Downloading %1…</source>
        <translation>Mengunduh %1…</translation>
    </message>
    <message>
        <source>The file could not be downloaded: %1</source>
        <translation>Berkas tidak dapat diunduh: %1</translation>
    </message>
    <message>
        <source>Save attachment</source>
        <translation>Simpan lampiran</translation>
    </message>
</context>
</TS>
