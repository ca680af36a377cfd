// The reporter's translations (translations/tierdesk-report_<lang>.ts): complete for en, pl, uk, ru, id and
// ro — no unfinished, empty or obsolete entry, the right number of plural forms, every placeholder and
// keyboard accelerator kept — covering every string of the reporter (checked against a fresh lupdate of the
// sources), and compiled into the program: the embedded catalogues translate, plural forms included, and
// `--lang` switches the command line's language. The strings of src/capture have a catalogue of their own,
// shared with the workstation (checked by tests/capture/tst_capture_translations); here the language set-up
// is checked to install it too, in the library and in the real program (a capture error in the chosen
// language).
#include "reporter/languagesetup.h"

#include <QCoreApplication>
#include <QDir>
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

QList<Message> readTs(const QString &path, QString *error)
{
    return tierdesk::test::readTs(path, nullptr, error);
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TIERDESK_TRANSLATIONS_DIR "/tierdesk-report_%1.ts").arg(language);
}

QSet<QString> keys(const QList<Message> &messages)
{
    QSet<QString> set;
    for (const Message &m : messages)
        set.insert(m.context + QLatin1String("\x1f") + m.source);
    return set;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression expression(QStringLiteral("%(?:[1-9]|n)"));
    QStringList found;
    auto it = expression.globalMatch(text);
    while (it.hasNext())
        found.append(it.next().captured(0));
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

const QHash<QString, int> &pluralForms()
{
    static const QHash<QString, int> forms{{"en", 2}, {"pl", 3}, {"uk", 3}, {"ru", 3}, {"id", 1}, {"ro", 3}};
    return forms;
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyLanguageIsComplete_data();
    void everyLanguageIsComplete();
    void allLanguagesHaveTheSameStrings();
    void everyStringOfTheSourcesIsThere();
    void embeddedCatalogueTranslates_data();
    void embeddedCatalogueTranslates();
    void languageFollowsTheSystem();
    void commandLineSpeaksTheChosenLanguage();
};

void TestTranslations::everyLanguageIsComplete_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : LanguageSetup::availableLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

void TestTranslations::everyLanguageIsComplete()
{
    QFETCH(QString, language);
    QString error;
    const QList<Message> messages = readTs(tsPath(language), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 150);
    QStringList problems;
    for (const Message &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source.left(60);
        if (!m.type.isEmpty())
            problems.append(QStringLiteral("%1 is %2").arg(where, m.type));
        const int expectedForms = m.numerus ? pluralForms().value(language) : 1;
        if (m.forms.size() != expectedForms)
            problems.append(
                QStringLiteral("%1 has %2 forms, not %3").arg(where).arg(m.forms.size()).arg(expectedForms));
        for (const QString &form : m.forms) {
            if (form.trimmed().isEmpty() && !m.source.trimmed().isEmpty())
                problems.append(QStringLiteral("%1 is empty").arg(where));
            // Every argument must be used; a plural form may name the number in words only where the language
            // has a form for exactly one (none of these do), so %n is required too.
            if (placeholders(form) != placeholders(m.source))
                problems.append(QStringLiteral("%1 loses or adds a placeholder: %2").arg(where, form));
            if (accelerators(m.source) != accelerators(form))
                problems.append(
                    QStringLiteral("%1 has a different keyboard accelerator: %2").arg(where, form));
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::allLanguagesHaveTheSameStrings()
{
    QString error;
    const QSet<QString> english = keys(readTs(tsPath("en"), &error));
    for (const QString &language : LanguageSetup::availableLanguages()) {
        const QSet<QString> other = keys(readTs(tsPath(language), &error));
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(other.size(), english.size());
        QVERIFY2(other == english, qPrintable(language));
    }
}

void TestTranslations::everyStringOfTheSourcesIsThere()
{
    // A fresh lupdate of what the program is built from: any string in the code but not in the catalogues
    // (a new tr() nobody translated) fails here.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString fresh = dir.filePath("fresh_pl.ts");
    const QString source = QStringLiteral(TIERDESK_SOURCE_DIR);
    QProcess lupdate;
    lupdate.start(QStringLiteral(TIERDESK_LUPDATE),
                  {"-silent", "-no-obsolete", "-locations", "none", "-I", source + "/src",
                   source + "/src/reporter", source + "/ui/reporter", "-ts", fresh});
    QVERIFY(lupdate.waitForFinished(60000));
    QVERIFY2(lupdate.exitCode() == 0, lupdate.readAllStandardError().constData());
    QString error;
    const QSet<QString> inSources = keys(readTs(fresh, &error));
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> inCatalogue = keys(readTs(tsPath("pl"), &error));
    QStringList missing;
    for (const QString &key : inSources)
        if (!inCatalogue.contains(key))
            missing.append(QString(key).replace(QLatin1Char('\x1f'), QLatin1String(": ")));
    QVERIFY2(missing.isEmpty(), qPrintable("not in the catalogues:\n" + missing.join(QLatin1Char('\n'))));
    QVERIFY(inSources.size() > 150);
}

void TestTranslations::embeddedCatalogueTranslates_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("online");
    QTest::addColumn<QString>("five");
    QTest::addColumn<QString>("captureStep");
    QTest::newRow("en") << "en"
                        << "Online"
                        << "5 items waiting to be sent"
                        << "Capture step";
    QTest::newRow("pl") << "pl"
                        << "Online"
                        << "5 elementów czeka na wysłanie"
                        << "Zapisz krok";
    QTest::newRow("uk") << "uk"
                        << "Онлайн"
                        << "5 елементів чекають на надсилання"
                        << "Зняти крок";
    QTest::newRow("ru") << "ru"
                        << "Онлайн"
                        << "5 элементов ждут отправки"
                        << "Снять шаг";
    QTest::newRow("id") << "id"
                        << "Daring"
                        << "5 item menunggu dikirim"
                        << "Tangkap langkah";
    QTest::newRow("ro") << "ro"
                        << "Online"
                        << "5 elemente așteaptă să fie trimise"
                        << "Capturează pasul";
}

void TestTranslations::embeddedCatalogueTranslates()
{
    QFETCH(QString, language);
    QFETCH(QString, online);
    QFETCH(QString, five);
    QFETCH(QString, captureStep);
    // true only when both the reporter's catalogue and the capture library's are there.
    QVERIFY(LanguageSetup::install(QCoreApplication::instance(), language));
    QCOMPARE(QCoreApplication::translate("tierdesk::MainWindow", "Online"), online);
    QCOMPARE(QCoreApplication::translate("tierdesk::MainWindow", "%n item(s) waiting to be sent", nullptr, 5),
             five);
    // One in every language is the singular.
    const QString one =
        QCoreApplication::translate("tierdesk::MainWindow", "%n item(s) waiting to be sent", nullptr, 1);
    QVERIFY2(one.startsWith("1 "), qPrintable(one));
    QVERIFY(one != five.mid(1).prepend("1") || language == "id");
    // A string of src/capture the reporter shows (the steps recorder's button) comes from the capture
    // library's catalogue, installed next to the reporter's.
    QCOMPARE(QCoreApplication::translate("tierdesk::StepsRecorderBar", "Capture step"), captureStep);
    for (QTranslator *translator : QCoreApplication::instance()->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

void TestTranslations::languageFollowsTheSystem()
{
    QCOMPARE(LanguageSetup::choose(QString(), {"pl-PL", "en-US"}), QString("pl"));
    QCOMPARE(LanguageSetup::choose(QString(), {"de-DE", "uk-UA"}), QString("uk"));
    QCOMPARE(LanguageSetup::choose(QString(), {"in_ID"}), QString("id"));
    QCOMPARE(LanguageSetup::choose(QString(), {"de-DE", "fr-FR"}), QString("en"));
    QCOMPARE(LanguageSetup::choose("ro", {"pl-PL"}), QString("ro"));
    QCOMPARE(LanguageSetup::choose("ru_RU", {"pl-PL"}), QString("ru"));
    QCOMPARE(LanguageSetup::choose("xx", {"uk"}), QString("uk")); // unknown request: the system's
    QStringList arguments{"--lang", "pl", "capture", "--full", "--lang=ro"};
    QCOMPARE(LanguageSetup::takeLanguageArgument(&arguments), QString("ro"));
    QCOMPARE(arguments, (QStringList{"capture", "--full"}));
}

void TestTranslations::commandLineSpeaksTheChosenLanguage()
{
    QProcess process;
    process.start(QStringLiteral(TIERDESK_REPORT_BINARY), {"--lang", "pl", "capture", "--help"});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 0);
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.startsWith("Użycie: tierdesk-report capture"), qPrintable(out));

    process.start(QStringLiteral(TIERDESK_REPORT_BINARY), {"--lang", "ru", "capture", "--full"});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY2(QString::fromUtf8(process.readAllStandardError()).contains("Укажите, куда записать снимок"),
             "the missing -o is explained in Russian");

    // A capture error comes from src/capture (QtScreenBackend, CaptureFailure): the program itself carries
    // the capture library's catalogue and installs it for --lang. Offscreen there is one screen, so there
    // is no screen 7.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert("QT_QPA_PLATFORM", "offscreen");
    environment.remove("WAYLAND_DISPLAY");
    environment.remove("XDG_SESSION_TYPE");
    process.setProcessEnvironment(environment);
    const QString shot = dir.filePath("shot.png");
    process.start(QStringLiteral(TIERDESK_REPORT_BINARY),
                  {"--lang", "pl", "capture", "--screen", "7", "-o", shot});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 1);
    const QString polish = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(polish.contains("Nie ma ekranu 7; ten komputer ma 1 ekran."), qPrintable(polish));
    QVERIFY(!QFile::exists(shot));
    process.start(QStringLiteral(TIERDESK_REPORT_BINARY),
                  {"--lang", "uk", "capture", "--screen", "7", "-o", shot});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 1);
    const QString ukrainian = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(ukrainian.contains("Немає екрана 7; цей комп’ютер має 1 екран."), qPrintable(ukrainian));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_report_translations.moc"
