// The workstation's catalogues (translations/tierdesk_{en,pl,uk,ru,id,ro}.ts) are complete: no entry
// unfinished, empty or left over, every plural entry with all the forms its language has, the same entries
// in all six files — and exactly the entries the sources have today (the real lupdate reads the sources of
// the workstation and of the client library it shows into a scratch file to compare), so a new tr() without
// translations fails here. The capture library's strings have their own catalogue (checked by
// tests/capture/tst_capture_translations); here the program's language set-up is checked to install it as
// well, so that the annotator the workstation opens speaks the chosen language. The compiled catalogues are
// embedded and translate.

#include "capture/annotate/annotationeditor.h"
#include "workstation/app/languages.h"
#include "workstation/ticket/annotatordialog.h"

#include <QAction>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include "support/tsreader.h"

namespace {

using Entry = tierdesk::test::TsMessage;
using tierdesk::test::readTs;

QString key(const Entry &e)
{
    return e.key();
}

// How many plural forms each language has (Qt's numerus rules for these languages).
int pluralForms(const QString &language)
{
    const QString lang = language.section(QLatin1Char('_'), 0, 0);
    if (lang == QLatin1String("id"))
        return 1;
    if (lang == QLatin1String("en"))
        return 2;
    return 3; // pl, uk, ru, ro
}

const QStringList Languages{QStringLiteral("en"), QStringLiteral("pl"), QStringLiteral("uk"),
                            QStringLiteral("ru"), QStringLiteral("id"), QStringLiteral("ro")};

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void catalogueIsComplete_data()
    {
        QTest::addColumn<QString>("lang");
        for (const QString &l : Languages)
            QTest::newRow(qPrintable(l)) << l;
    }

    void catalogueIsComplete()
    {
        QFETCH(QString, lang);
        const QString path = QStringLiteral(TIERDESK_SOURCE_DIR "/translations/tierdesk_%1.ts").arg(lang);
        QString language, error;
        const QList<Entry> entries = readTs(path, &language, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(entries.size() > 100);
        QVERIFY2(language.startsWith(lang), qPrintable(language));
        QStringList problems;
        QSet<QString> seen;
        for (const Entry &e : entries) {
            const QString where = e.context + QStringLiteral(": \"") + e.source + QLatin1Char('"');
            if (!e.type.isEmpty())
                problems << QStringLiteral("%1 is %2").arg(where, e.type);
            if (e.numerus && e.forms.size() != pluralForms(language))
                problems << QStringLiteral("%1 has %2 plural forms, %3 wants %4")
                                .arg(where)
                                .arg(e.forms.size())
                                .arg(language)
                                .arg(pluralForms(language));
            for (const QString &t : e.forms)
                if (t.trimmed().isEmpty())
                    problems << QStringLiteral("%1 has an empty translation").arg(where);
            // Placeholders survive translation: every %1..%9 (and %n) of the source is in each form.
            for (int n = 1; n <= 9; ++n) {
                const QString marker = QStringLiteral("%%1").arg(n);
                if (e.source.contains(marker))
                    for (const QString &t : e.forms)
                        if (!t.contains(marker))
                            problems << QStringLiteral("%1 lost %2 in \"%3\"").arg(where, marker, t);
            }
            if (e.numerus && lang != QLatin1String("id"))
                for (const QString &t : e.forms)
                    if (!t.contains(QLatin1String("%n")) && !t.contains(QLatin1String("%Ln")))
                        problems << QStringLiteral("%1 lost %n in \"%2\"").arg(where, t);
            if (seen.contains(key(e)))
                problems << QStringLiteral("%1 appears twice").arg(where);
            seen.insert(key(e));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void sameEntriesEverywhereAndAsInTheSources()
    {
        QMap<QString, QSet<QString>> keys;
        for (const QString &l : Languages) {
            QString language, error;
            for (const Entry &e :
                 readTs(QStringLiteral(TIERDESK_SOURCE_DIR "/translations/tierdesk_%1.ts").arg(l), &language,
                        &error))
                keys[l].insert(key(e));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        for (const QString &l : Languages)
            QVERIFY2(keys[l] == keys[QStringLiteral("en")], qPrintable(l));

        // What the sources hold now, read by the real lupdate into a scratch catalogue.
        QTemporaryDir dir;
        const QString scratch = dir.filePath(QStringLiteral("scratch_en.ts"));
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        const QString root = QStringLiteral(TIERDESK_SOURCE_DIR);
        lupdate.start(QStringLiteral(TIERDESK_LUPDATE),
                      {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                       QStringLiteral("-I"), root + QStringLiteral("/src"), QStringLiteral("-extensions"),
                       QStringLiteral("cpp,h,ui"), root + QStringLiteral("/src/workstation"),
                       root + QStringLiteral("/ui/workstation"), root + QStringLiteral("/src/client"),
                       QStringLiteral("-ts"), scratch});
        QVERIFY(lupdate.waitForFinished(120000));
        QVERIFY2(lupdate.exitCode() == 0, lupdate.readAll().constData());
        QString language, error;
        QSet<QString> fromSources;
        for (const Entry &e : readTs(scratch, &language, &error))
            fromSources.insert(key(e));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(fromSources.size() > 100);
        QStringList missing, stale;
        for (const QString &k : fromSources)
            if (!keys[QStringLiteral("en")].contains(k))
                missing << QString(k).replace(QChar(0x1f), QStringLiteral(" | "));
        for (const QString &k : keys[QStringLiteral("en")])
            if (!fromSources.contains(k))
                stale << QString(k).replace(QChar(0x1f), QStringLiteral(" | "));
        QVERIFY2(
            missing.isEmpty(),
            qPrintable(QStringLiteral("not in the catalogues (run the _lupdate target and translate):\n") +
                       missing.mid(0, 40).join(QLatin1Char('\n'))));
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("no longer in the sources:\n") +
                                             stale.mid(0, 40).join(QLatin1Char('\n'))));
    }

    void embeddedCataloguesTranslate()
    {
        for (const QString &l : Languages) {
            QTranslator translator;
            QVERIFY2(translator.load(QStringLiteral(":/i18n/tierdesk_%1.qm").arg(l)), qPrintable(l));
            const QString send = translator.translate("tierdesk::Composer", "Send reply");
            const QString note = translator.translate("tierdesk::Composer", "Add internal note");
            QVERIFY2(!send.isEmpty() && !note.isEmpty(), qPrintable(l));
            if (l != QLatin1String("en")) {
                QVERIFY2(send != QLatin1String("Send reply"), qPrintable(l));
                QVERIFY2(note != QLatin1String("Add internal note"), qPrintable(l));
            }
            // A plural entry picks its form by number (the catalogue gives the form; %n is filled in later).
            const QString one = translator.translate("tierdesk::QueuePage", "%n ticket(s)", nullptr, 1);
            const QString five = translator.translate("tierdesk::QueuePage", "%n ticket(s)", nullptr, 5);
            QVERIFY2(one.contains(QLatin1String("%n")) && five.contains(QLatin1String("%n")),
                     qPrintable(l + one + five));
            if (l != QLatin1String("id"))
                QVERIFY2(one != five, qPrintable(l + one + five));
        }
        // The program's own choice of language: an override wins, an unknown one falls back to the system.
        QCOMPARE(tierdesk::Languages::choose(QStringLiteral("uk"), QLocale(QStringLiteral("pl_PL"))),
                 QStringLiteral("uk"));
        QCOMPARE(tierdesk::Languages::choose(QString(), QLocale(QStringLiteral("ro_RO"))),
                 QStringLiteral("ro"));
        QCOMPARE(tierdesk::Languages::choose(QStringLiteral("xx"), QLocale(QStringLiteral("id_ID"))),
                 QStringLiteral("id"));
        QCOMPARE(tierdesk::Languages::choose(QString(), QLocale(QStringLiteral("de_DE"))),
                 QStringLiteral("en"));
    }

    void annotatorSpeaksTheProgramsLanguage_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("redact");
        QTest::addColumn<QString>("crop");
        QTest::newRow("en") << "en"
                            << "Redact"
                            << "Crop";
        QTest::newRow("pl") << "pl"
                            << "Zaczernienie"
                            << "Przytnij";
        QTest::newRow("uk") << "uk"
                            << "Зафарбовування"
                            << "Обрізати";
        QTest::newRow("ru") << "ru"
                            << "Закрашивание"
                            << "Обрезать";
        QTest::newRow("id") << "id"
                            << "Sensor"
                            << "Pangkas";
        QTest::newRow("ro") << "ro"
                            << "Acoperire"
                            << "Decupare";
    }

    // What main() does for --lang CODE (Languages::install) also installs the capture library's catalogue:
    // the annotator dialog the composer opens names its tools in the language, next to the workstation's own
    // words.
    void annotatorSpeaksTheProgramsLanguage()
    {
        QFETCH(QString, lang);
        QFETCH(QString, redact);
        QFETCH(QString, crop);
        QVERIFY2(tierdesk::Languages::install(lang), qPrintable(lang));
        QImage image(64, 48, QImage::Format_RGB32);
        image.fill(Qt::white);
        tierdesk::AnnotatorDialog dialog(image, QStringLiteral("screenshot.png"),
                                         QDateTime::currentDateTime());
        QAction *redactAction = dialog.editor()->toolAction(QStringLiteral("redact"));
        QAction *cropAction = dialog.editor()->toolAction(QStringLiteral("crop"));
        QVERIFY(redactAction && cropAction);
        QCOMPARE(redactAction->text(), redact);
        QCOMPARE(cropAction->text(), crop);
        const QString send = QCoreApplication::translate("tierdesk::Composer", "Send reply");
        QVERIFY2(lang == QLatin1String("en") || send != QLatin1String("Send reply"), qPrintable(send));
    }

    void cleanupTestCase() { tierdesk::Languages::install(QStringLiteral("en")); }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
