// The capture library's catalogue (translations/tierdesk-capture_{en,pl,uk,ru,id,ro}.ts), shared by the
// workstation and the reporter: complete in every language (no unfinished, vanished, obsolete or empty entry,
// all the plural forms each language has, placeholders and accelerators kept, the same entries in all six),
// exactly the strings of src/capture today (the real lupdate reads the sources into a scratch file to
// compare, so a new tr() without translations fails here), translated once only (none of its contexts is
// left in the programs' own catalogues), and embedded in the library itself: CaptureTranslations::install
// finds it at :/i18n in a program that links nothing but tierdesk_capture, and the annotator's tools then
// speak the language.
#include "capture/annotate/annotationeditor.h"
#include "capture/capturetranslations.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "support/tsreader.h"

using namespace tierdesk;

namespace {

using Message = tierdesk::test::TsMessage;
using tierdesk::test::readTs;

QString key(const Message &m)
{
    return m.key();
}

QString readable(QString key)
{
    return key.replace(QChar(0x1f), QLatin1String(" | "));
}

QString tsPath(const QString &catalogue, const QString &language)
{
    return QStringLiteral(TIERDESK_SOURCE_DIR "/translations/%1_%2.ts").arg(catalogue, language);
}

const QStringList Languages{QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk"),
                            QStringLiteral("ru"), QStringLiteral("id"), QStringLiteral("ro")};

// Qt's numerus rules for these languages.
int pluralForms(const QString &language)
{
    if (language == QLatin1String("id"))
        return 1;
    if (language == QLatin1String("en"))
        return 2;
    return 3; // pl, uk, ru, ro
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression expression(QStringLiteral("%(?:[1-9]|L?n)"));
    QStringList found;
    auto it = expression.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0).remove(QLatin1Char('L')));
    found.removeDuplicates();
    found.sort();
    return found;
}

// The accelerator: a single & before a character (&& is a literal ampersand).
int accelerators(const QString &text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) == QLatin1Char('&'))
                ++i;
            else if (!text.at(i + 1).isSpace())
                ++count;
        }
    }
    return count;
}

void removeCaptureTranslator()
{
    // Installing a language nobody has removes the one installed before (and installs nothing).
    QTest::ignoreMessage(QtWarningMsg,
                         QRegularExpression(QStringLiteral("capture catalogue for .* missing")));
    QVERIFY(!CaptureTranslations::install(QCoreApplication::instance(), QStringLiteral("xx")));
}

} // namespace

class TestCaptureTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsComplete_data();
    void everyLanguageIsComplete();
    void sameEntriesEverywhereAndAsInTheSources();
    void programCataloguesNoLongerHoldCaptureStrings();
    void embeddedCatalogueTranslates_data();
    void embeddedCatalogueTranslates();
    void installingAnotherLanguageReplacesTheCatalogue();
};

void TestCaptureTranslations::everyLanguageIsComplete_data()
{
    QTest::addColumn<QString>("lang");
    for (const QString &l : Languages)
        QTest::newRow(qPrintable(l)) << l;
}

void TestCaptureTranslations::everyLanguageIsComplete()
{
    QFETCH(QString, lang);
    QString language, error;
    const QList<Message> messages =
        readTs(tsPath(QStringLiteral("tierdesk-capture"), lang), &language, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 100);
    QCOMPARE(language, lang);
    QStringList problems;
    QSet<QString> seen;
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": \"") + m.source.left(60) + QLatin1Char('"');
        if (!m.type.isEmpty())
            problems << QStringLiteral("%1 is %2").arg(where, m.type);
        const int expectedForms = m.numerus ? pluralForms(lang) : 1;
        if (m.forms.size() != expectedForms)
            problems << QStringLiteral("%1 has %2 forms, %3 wants %4")
                            .arg(where)
                            .arg(m.forms.size())
                            .arg(lang)
                            .arg(expectedForms);
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty())
                problems << QStringLiteral("%1 has an empty translation").arg(where);
            if (placeholders(form) != placeholders(m.source))
                problems << QStringLiteral("%1 loses or adds a placeholder: \"%2\"").arg(where, form);
            if (accelerators(form) != accelerators(m.source))
                problems
                    << QStringLiteral("%1 has a different keyboard accelerator: \"%2\"").arg(where, form);
        }
        if (seen.contains(key(m)))
            problems << QStringLiteral("%1 appears twice").arg(where);
        seen.insert(key(m));
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestCaptureTranslations::sameEntriesEverywhereAndAsInTheSources()
{
    QMap<QString, QSet<QString>> keys;
    for (const QString &l : Languages) {
        QString language, error;
        for (const Message &m : readTs(tsPath(QStringLiteral("tierdesk-capture"), l), &language, &error))
            keys[l].insert(key(m));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
    for (const QString &l : Languages)
        QVERIFY2(keys[l] == keys[QStringLiteral("en")], qPrintable(l));

    // What src/capture holds now, read by the real lupdate into a scratch catalogue.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scratch = dir.filePath(QStringLiteral("scratch_en.ts"));
    const QString root = QStringLiteral(TIERDESK_SOURCE_DIR);
    QProcess lupdate;
    lupdate.setProcessChannelMode(QProcess::MergedChannels);
    lupdate.start(QStringLiteral(TIERDESK_LUPDATE),
                  {QStringLiteral("-silent"), QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                   QStringLiteral("none"), QStringLiteral("-I"), root + QStringLiteral("/src"),
                   QStringLiteral("-extensions"), QStringLiteral("cpp,h"),
                   root + QStringLiteral("/src/capture"), QStringLiteral("-ts"), scratch});
    QVERIFY(lupdate.waitForFinished(120000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
    QString language, error;
    QSet<QString> fromSources;
    for (const Message &m : readTs(scratch, &language, &error))
        fromSources.insert(key(m));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(fromSources.size() > 100);
    QStringList missing, stale;
    for (const QString &k : fromSources)
        if (!keys[QStringLiteral("en")].contains(k))
            missing << readable(k);
    for (const QString &k : keys[QStringLiteral("en")])
        if (!fromSources.contains(k))
            stale << readable(k);
    QVERIFY2(
        missing.isEmpty(),
        qPrintable(QStringLiteral("not in the catalogues (run tierdesk_capture_lupdate and translate):\n") +
                   missing.mid(0, 40).join(QLatin1Char('\n'))));
    QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer in the sources:\n") +
                                         stale.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestCaptureTranslations::programCataloguesNoLongerHoldCaptureStrings()
{
    // A context of the capture library in a program's catalogue would be a second translation of the same
    // words, and whichever translator Qt asks first would win.
    QString language, error;
    QSet<QString> captureContexts;
    for (const Message &m :
         readTs(tsPath(QStringLiteral("tierdesk-capture"), QStringLiteral("en")), &language, &error))
        captureContexts.insert(m.context);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(captureContexts.contains(QStringLiteral("RedactTool")));
    QStringList found;
    for (const QString &program : {QStringLiteral("tierdesk"), QStringLiteral("tierdesk-report")}) {
        for (const QString &l : Languages) {
            const QList<Message> messages = readTs(tsPath(program, l), &language, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            QVERIFY2(messages.size() > 100, qPrintable(tsPath(program, l)));
            for (const Message &m : messages)
                if (captureContexts.contains(m.context))
                    found << QStringLiteral("%1_%2: %3").arg(program, l, readable(key(m)));
        }
    }
    QVERIFY2(found.isEmpty(), qPrintable(found.mid(0, 40).join(QLatin1Char('\n'))));
}

void TestCaptureTranslations::embeddedCatalogueTranslates_data()
{
    QTest::addColumn<QString>("lang");
    QTest::addColumn<QString>("redact");
    QTest::addColumn<QString>("captureStep");
    QTest::addColumn<QString>("deleteFive");
    QTest::newRow("en") << "en"
                        << "Redact"
                        << "Capture step"
                        << "Delete %n steps";
    QTest::newRow("pl") << "pl"
                        << "Zaczernienie"
                        << "Zapisz krok"
                        << "Usuń %n kroków";
    QTest::newRow("uk") << "uk"
                        << "Зафарбовування"
                        << "Зняти крок"
                        << "Видалити %n кроків";
    QTest::newRow("ru") << "ru"
                        << "Закрашивание"
                        << "Снять шаг"
                        << "Удалить %n шагов";
    QTest::newRow("id") << "id"
                        << "Sensor"
                        << "Tangkap langkah"
                        << "Hapus %n langkah";
    QTest::newRow("ro") << "ro"
                        << "Acoperire"
                        << "Capturează pasul"
                        << "Șterge %n pași";
}

void TestCaptureTranslations::embeddedCatalogueTranslates()
{
    QFETCH(QString, lang);
    QFETCH(QString, redact);
    QFETCH(QString, captureStep);
    QFETCH(QString, deleteFive);
    // The compiled catalogue is in this program's resources although the program links only the library.
    QVERIFY2(QFile::exists(CaptureTranslations::resourcePath(lang)),
             qPrintable(CaptureTranslations::resourcePath(lang)));
    QVERIFY(CaptureTranslations::install(QCoreApplication::instance(), lang));
    // A widget of the library built after the install shows its words in the language.
    AnnotationEditor editor;
    QAction *redactAction = editor.toolAction(QStringLiteral("redact"));
    QVERIFY(redactAction);
    QCOMPARE(redactAction->text(), redact);
    QCOMPARE(QCoreApplication::translate("tierdesk::StepsRecorderBar", "Capture step"), captureStep);
    // Plural forms come from the catalogue too (the count is filled in by tr()).
    QCOMPARE(QCoreApplication::translate("tierdesk::StepSeries", "Delete %n step(s)", nullptr, 5),
             QString(deleteFive).replace(QLatin1String("%n"), QLatin1String("5")));
    removeCaptureTranslator();
}

void TestCaptureTranslations::installingAnotherLanguageReplacesTheCatalogue()
{
    QVERIFY(CaptureTranslations::install(QCoreApplication::instance(), QStringLiteral("pl")));
    QVERIFY(CaptureTranslations::install(QCoreApplication::instance(), QStringLiteral("ru")));
    // The Polish translator was removed and deleted, not left installed under the Russian one.
    QCOMPARE(QCoreApplication::translate("RedactTool", "Redact"), QStringLiteral("Закрашивание"));
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 1);
    removeCaptureTranslator();
    QCOMPARE(QCoreApplication::translate("RedactTool", "Redact"), QStringLiteral("Redact"));
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
}

QTEST_MAIN(TestCaptureTranslations)
#include "tst_capture_translations.moc"
