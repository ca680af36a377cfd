<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id">
<context>
    <name>AddItemsCommand</name>
    <message>
        <source>Add</source>
        <translation>Tambah</translation>
    </message>
</context>
<context>
    <name>AnnotationExporter</name>
    <message>
        <source>Captured %1 — %2</source>
        <translation>Diambil %1 — %2</translation>
    </message>
    <message>
        <source>Captured %1</source>
        <translation>Diambil %1</translation>
    </message>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 sudah ada; pilih nama berkas baru (berkas yang ada tidak pernah ditimpa).</translation>
    </message>
    <message>
        <source>The image could not be encoded as PNG.</source>
        <translation>Gambar tidak dapat dikodekan sebagai PNG.</translation>
    </message>
</context>
<context>
    <name>ArrowTool</name>
    <message>
        <source>Arrow</source>
        <translation>Panah</translation>
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
        <translation>Tierdesk tidak diizinkan merekam layar. Izinkan perekaman layar untuk Tierdesk di pengaturan sistem, lalu coba lagi.</translation>
    </message>
    <message>
        <source>This kind of screenshot is not supported here.</source>
        <translation>Jenis tangkapan layar ini tidak didukung di sini.</translation>
    </message>
    <message>
        <source>The screenshot was cancelled.</source>
        <translation>Tangkapan layar dibatalkan.</translation>
    </message>
    <message>
        <source>The screenshot service did not answer in time.</source>
        <translation>Layanan tangkapan layar tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>The screen could not be captured.</source>
        <translation>Layar tidak dapat ditangkap.</translation>
    </message>
    <message>
        <source>No screenshot service is available.</source>
        <translation>Tidak ada layanan tangkapan layar yang tersedia.</translation>
    </message>
</context>
<context>
    <name>CropCommand</name>
    <message>
        <source>Crop</source>
        <translation>Pangkas</translation>
    </message>
</context>
<context>
    <name>CropTool</name>
    <message>
        <source>Crop (C): drag the area to keep</source>
        <translation>Pangkas (C): seret area yang ingin disimpan</translation>
    </message>
    <message>
        <source>Crop</source>
        <translation>Pangkas</translation>
    </message>
</context>
<context>
    <name>EditTextCommand</name>
    <message>
        <source>Edit text</source>
        <translation>Ubah teks</translation>
    </message>
</context>
<context>
    <name>EllipseTool</name>
    <message>
        <source>Ellipse</source>
        <translation>Elips</translation>
    </message>
</context>
<context>
    <name>HighlighterTool</name>
    <message>
        <source>Highlighter (H): hold Shift for a straight line</source>
        <translation>Penyorot (H): tahan Shift untuk garis lurus</translation>
    </message>
    <message>
        <source>Highlighter</source>
        <translation>Penyorot</translation>
    </message>
</context>
<context>
    <name>JsonFields</name>
    <message>
        <source>is missing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>harus berupa angka dari %1 sampai %2</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>harus berupa bilangan bulat</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>harus berupa teks</translation>
    </message>
    <message>
        <source>is longer than %1 characters</source>
        <translation>lebih panjang dari %1 karakter</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>harus true atau false</translation>
    </message>
    <message>
        <source>must be a colour written as #RRGGBB or #AARRGGBB</source>
        <translation>harus berupa warna yang ditulis sebagai #RRGGBB atau #AARRGGBB</translation>
    </message>
    <message>
        <source>must be a list of [x, y] points</source>
        <translation>harus berupa daftar titik [x, y]</translation>
    </message>
    <message>
        <source>must hold from %1 to %2 points</source>
        <translation>harus berisi %1 sampai %2 titik</translation>
    </message>
    <message>
        <source>holds a point (%1, %2) far outside the image</source>
        <translation>berisi titik (%1, %2) jauh di luar gambar</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>harus berupa objek</translation>
    </message>
</context>
<context>
    <name>LineTool</name>
    <message>
        <source>Line</source>
        <translation>Garis</translation>
    </message>
</context>
<context>
    <name>MoveItemsCommand</name>
    <message>
        <source>Move</source>
        <translation>Pindahkan</translation>
    </message>
</context>
<context>
    <name>NewFileWriter</name>
    <message>
        <source>%1 already exists; choose a new file name (an existing file is never overwritten).</source>
        <translation>%1 sudah ada; pilih nama berkas baru (berkas yang ada tidak pernah ditimpa).</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Folder %1 tidak ada.</translation>
    </message>
    <message>
        <source>Cannot write in %1: %2</source>
        <translation>Tidak dapat menulis di %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Tidak dapat menulis %1: %2</translation>
    </message>
    <message>
        <source>%1 appeared while saving; it was left as it is.</source>
        <translation>%1 muncul saat menyimpan; berkas itu dibiarkan apa adanya.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>Tidak dapat membuat %1: %2</translation>
    </message>
</context>
<context>
    <name>PenTool</name>
    <message>
        <source>Pen</source>
        <translation>Pena</translation>
    </message>
</context>
<context>
    <name>PixelateTool</name>
    <message>
        <source>Pixelate (B): blurs an area into blocks. Weaker than Redact: the rough colours stay visible. For passwords, names and numbers use Redact (X).</source>
        <translation>Pikselasi (B): mengaburkan area menjadi blok. Lebih lemah daripada Sensor: warna kasarnya tetap terlihat. Untuk kata sandi, nama, dan nomor gunakan Sensor (X).</translation>
    </message>
    <message>
        <source>Pixelate</source>
        <translation>Pikselasi</translation>
    </message>
</context>
<context>
    <name>PortalResponse</name>
    <message>
        <source>The screenshot service sent no image.</source>
        <translation>Layanan tangkapan layar tidak mengirim gambar.</translation>
    </message>
    <message>
        <source>The screenshot service sent an unusable address: %1</source>
        <translation>Layanan tangkapan layar mengirim alamat yang tidak dapat dipakai: %1</translation>
    </message>
    <message>
        <source>The screenshot service refused or ended the request.</source>
        <translation>Layanan tangkapan layar menolak atau mengakhiri permintaan.</translation>
    </message>
    <message>
        <source>The screenshot service answered with code %1.</source>
        <translation>Layanan tangkapan layar menjawab dengan kode %1.</translation>
    </message>
    <message>
        <source>The screenshot from the screenshot service cannot be read: %1</source>
        <translation>Tangkapan layar dari layanan tangkapan layar tidak dapat dibaca: %1</translation>
    </message>
</context>
<context>
    <name>RectangleTool</name>
    <message>
        <source>Rectangle</source>
        <translation>Persegi panjang</translation>
    </message>
</context>
<context>
    <name>RedactTool</name>
    <message>
        <source>Redact (X): a solid box; the pixels under it are removed from the saved image</source>
        <translation>Sensor (X): kotak padat; piksel di bawahnya dihapus dari gambar yang disimpan</translation>
    </message>
    <message>
        <source>Redact</source>
        <translation>Sensor</translation>
    </message>
</context>
<context>
    <name>RemoveItemsCommand</name>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
</context>
<context>
    <name>ResizeItemCommand</name>
    <message>
        <source>Resize</source>
        <translation>Ubah ukuran</translation>
    </message>
</context>
<context>
    <name>SelectTool</name>
    <message>
        <source>Select (S or V): click to select, drag to move, drag a handle to resize, Shift+click to add</source>
        <translation>Pilih (S atau V): klik untuk memilih, seret untuk memindahkan, seret pegangan untuk mengubah ukuran, Shift+klik untuk menambah</translation>
    </message>
    <message>
        <source>Select</source>
        <translation>Pilih</translation>
    </message>
</context>
<context>
    <name>SetColorCommand</name>
    <message>
        <source>Change colour</source>
        <translation>Ubah warna</translation>
    </message>
</context>
<context>
    <name>SetLineWidthCommand</name>
    <message>
        <source>Change width</source>
        <translation>Ubah ketebalan</translation>
    </message>
</context>
<context>
    <name>StepMarkerTool</name>
    <message>
        <source>Step number</source>
        <translation>Nomor langkah</translation>
    </message>
</context>
<context>
    <name>TextTool</name>
    <message>
        <source>Text</source>
        <translation>Teks</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationDocument</name>
    <message>
        <source>the image is not valid base64</source>
        <translation>gambar bukan base64 yang valid</translation>
    </message>
    <message>
        <source>the image is not a PNG</source>
        <translation>gambar bukan PNG</translation>
    </message>
    <message>
        <source>the image is %1×%2 pixels but the document says %3×%4</source>
        <translation>gambar berukuran %1×%2 piksel tetapi dokumen menyebut %3×%4</translation>
    </message>
    <message>
        <source>the image cannot be decoded: %1</source>
        <translation>gambar tidak dapat didekode: %1</translation>
    </message>
    <message>
        <source>The annotation file is larger than %1 MB.</source>
        <translation>Berkas anotasi lebih besar dari %1 MB.</translation>
    </message>
    <message>
        <source>The annotation file is not valid JSON (%1 at byte %2).</source>
        <translation>Berkas anotasi bukan JSON yang valid (%1 pada bita %2).</translation>
    </message>
    <message>
        <source>The annotation file does not hold a JSON object.</source>
        <translation>Berkas anotasi tidak berisi objek JSON.</translation>
    </message>
    <message>
        <source>This is not a usable annotation document: %1</source>
        <translation>Ini bukan dokumen anotasi yang dapat dipakai: %1</translation>
    </message>
    <message>
        <source>must be &quot;%1&quot;</source>
        <translation>harus &quot;%1&quot;</translation>
    </message>
    <message>
        <source>is %1, newer than this program understands (%2)</source>
        <translation>bernilai %1, lebih baru daripada yang dipahami program ini (%2)</translation>
    </message>
    <message>
        <source>&quot;capturedAt&quot; is not an ISO 8601 time</source>
        <translation>&quot;capturedAt&quot; bukan waktu ISO 8601</translation>
    </message>
    <message>
        <source>%1×%2 pixels is larger than this program opens</source>
        <translation>%1×%2 piksel lebih besar dari yang dibuka program ini</translation>
    </message>
    <message>
        <source>the crop rectangle leaves the image</source>
        <translation>persegi pangkas keluar dari gambar</translation>
    </message>
    <message>
        <source>&quot;items&quot; must be a list</source>
        <translation>&quot;items&quot; harus berupa daftar</translation>
    </message>
    <message>
        <source>more than %1 items</source>
        <translation>lebih dari %1 item</translation>
    </message>
    <message>
        <source>item %1</source>
        <translation>item %1</translation>
    </message>
    <message>
        <source>%1 is not an object</source>
        <translation>%1 bukan objek</translation>
    </message>
    <message>
        <source>%1 has the unknown type &quot;%2&quot;</source>
        <translation>%1 memiliki tipe tak dikenal &quot;%2&quot;</translation>
    </message>
</context>
<context>
    <name>tierdesk::AnnotationEditor</name>
    <message>
        <source>Tools</source>
        <translation>Alat</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Merah</translation>
    </message>
    <message>
        <source>Orange</source>
        <translation>Oranye</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Purple</source>
        <translation>Ungu</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Hitam</translation>
    </message>
    <message>
        <source>White</source>
        <translation>Putih</translation>
    </message>
    <message>
        <source>Other colour…</source>
        <translation>Warna lain…</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Line width (text, marker and block size grow with it)</source>
        <translation>Ketebalan garis (teks, penanda, dan ukuran blok ikut membesar)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Urungkan</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ulangi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Perbesar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Perkecil</translation>
    </message>
    <message>
        <source>Actual size</source>
        <translation>Ukuran sebenarnya</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Sesuaikan dengan jendela</translation>
    </message>
    <message>
        <source>Copy image</source>
        <translation>Salin gambar</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Simpan…</translation>
    </message>
    <message>
        <source>Caption under the image (optional)</source>
        <translation>Keterangan di bawah gambar (opsional)</translation>
    </message>
    <message>
        <source>Time stamp</source>
        <translation>Cap waktu</translation>
    </message>
    <message>
        <source>Write the capture time under the image</source>
        <translation>Tulis waktu pengambilan di bawah gambar</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be an annotation document.</source>
        <translation>%1 terlalu besar untuk menjadi dokumen anotasi.</translation>
    </message>
    <message>
        <source>Screenshot %1.png</source>
        <translation>Tangkapan layar %1.png</translation>
    </message>
    <message>
        <source>Save annotated screenshot</source>
        <translation>Simpan tangkapan layar beranotasi</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Gambar PNG (*.png)</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Urungkan %1</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Ulangi %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureBackend</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Tangkapan layar lain masih diambil.</translation>
    </message>
</context>
<context>
    <name>tierdesk::CaptureService</name>
    <message>
        <source>Another screenshot is still being taken.</source>
        <translation>Tangkapan layar lain masih diambil.</translation>
    </message>
</context>
<context>
    <name>tierdesk::MacScreenBackend</name>
    <message>
        <source>Open System Settings &gt; Privacy &amp; Security &gt; Screen Recording, allow Tierdesk and restart it.</source>
        <translation>Buka Pengaturan Sistem &gt; Privasi &amp; Keamanan &gt; Perekaman Layar, izinkan Tierdesk, lalu mulai ulang.</translation>
    </message>
</context>
<context>
    <name>tierdesk::PortalBackend</name>
    <message>
        <source>The screenshot portal only captures the whole desktop.</source>
        <translation>Portal tangkapan layar hanya menangkap seluruh desktop.</translation>
    </message>
    <message>
        <source>There is no session bus.</source>
        <translation>Tidak ada bus sesi.</translation>
    </message>
    <message numerus="yes">
        <source>No answer within %n second(s).</source>
        <translation>
            <numerusform>Tidak ada jawaban dalam %n detik.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tierdesk::QtScreenBackend</name>
    <message>
        <source>There is no screen to capture.</source>
        <translation>Tidak ada layar untuk ditangkap.</translation>
    </message>
    <message numerus="yes">
        <source>There is no screen %1; this computer has %n screen(s).</source>
        <translation>
            <numerusform>Tidak ada layar %1; komputer ini memiliki %n layar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Only this program&apos;s own windows can be captured as the active window here; capture a region instead.</source>
        <translation>Di sini hanya jendela program ini yang dapat ditangkap sebagai jendela aktif; tangkap sebuah area sebagai gantinya.</translation>
    </message>
    <message>
        <source>The window system returned no image for screen %1.</source>
        <translation>Sistem jendela tidak mengembalikan gambar untuk layar %1.</translation>
    </message>
    <message>
        <source>The area to capture is empty.</source>
        <translation>Area yang akan ditangkap kosong.</translation>
    </message>
    <message>
        <source>The area to capture is outside every screen.</source>
        <translation>Area yang akan ditangkap berada di luar semua layar.</translation>
    </message>
</context>
<context>
    <name>tierdesk::RegionPickerView</name>
    <message>
        <source>Select an area</source>
        <translation>Pilih sebuah area</translation>
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
        <translation>Seret untuk memilih area. Enter atau klik ganda menerima, tombol panah memindahkan pilihan, Esc membatalkan.</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepSeries</name>
    <message>
        <source>Captured at %1</source>
        <translation>Diambil pada %1</translation>
    </message>
    <message>
        <source>Add step %1</source>
        <translation>Tambah langkah %1</translation>
    </message>
    <message>
        <source>Delete step %1</source>
        <translation>Hapus langkah %1</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n step(s)</source>
        <translation>
            <numerusform>Hapus %n langkah</numerusform>
        </translation>
    </message>
    <message>
        <source>Move step %1 to %2</source>
        <translation>Pindahkan langkah %1 ke %2</translation>
    </message>
    <message numerus="yes">
        <source>Move %n step(s)</source>
        <translation>
            <numerusform>Pindahkan %n langkah</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the caption of step %1</source>
        <translation>Ubah keterangan langkah %1</translation>
    </message>
    <message>
        <source>Annotate step %1</source>
        <translation>Anotasi langkah %1</translation>
    </message>
</context>
<context>
    <name>tierdesk::StepsRecorderBar</name>
    <message>
        <source>Another screenshot is being taken.</source>
        <translation>Tangkapan layar lain sedang diambil.</translation>
    </message>
    <message>
        <source>Steps recorder</source>
        <translation>Perekam langkah</translation>
    </message>
    <message>
        <source>Capture step</source>
        <translation>Tangkap langkah</translation>
    </message>
    <message>
        <source>Hide this bar, take a screenshot of the screen and add it as the next step</source>
        <translation>Sembunyikan bilah ini, ambil tangkapan layar, lalu tambahkan sebagai langkah berikutnya</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Stop recording and review the steps (Esc)</source>
        <translation>Hentikan perekaman dan tinjau langkah-langkahnya (Esc)</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s)</source>
        <translation>
            <numerusform>%n langkah</numerusform>
        </translation>
    </message>
</context>
</TS>
