#pragma once

// Shared by the workstation's GUI tests: a real demo tierdesk-server, the program's own start-up code
// (WorkstationApp) with settings, cache and token file in a temporary folder, and small helpers to drive the
// real widgets with QTest. Header-only: every tst_*.cpp here is its own program.

#include "client/credentialstore.h"
#include "client/localstore.h"
#include "client/syncengine.h"
#include "support/apiclient.h"
#include "support/localstoretestaccess.h"
#include "support/testserver.h"
#include "workstation/app/appsettings.h"
#include "workstation/app/commandline.h"
#include "workstation/app/languages.h"
#include "workstation/app/workstationapp.h"
#include "workstation/common/icons.h"
#include "workstation/login/logindialog.h"
#include "workstation/mainwindow/mainwindow.h"
#include "workstation/session/session.h"

#include <QAbstractButton>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace tierdesk::test {

// Call first in initTestCase(). No keychain service may answer in these tests, whatever desktop runs them:
// without a session bus QtKeychain reports "no backend" and the CredentialStore's file fallback (which the
// person agreed to in the settings) keeps the token. The program's English catalogue is installed as the
// program does, so plural forms read "1 change", not "1 change(s)".
inline void prepareTestProgram()
{
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DISPLAY");
    QLoggingCategory::setFilterRules(QStringLiteral("tierdesk.*.debug=false\ntierdesk.*.info=false"));
    Icons::initResources();
    Languages::install(QStringLiteral("en"));
}

// One person's workstation: settings, cache folder and token file of its own.
struct Desk
{
    QTemporaryDir dir;
    std::unique_ptr<AppSettings> settings;
    CredentialStore *credentials = nullptr;
    std::unique_ptr<WorkstationApp> app;
    CommandLineOptions options;

    explicit Desk(bool allowTokenFile = true)
    {
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("tierdesk.conf")));
        if (allowTokenFile)
            settings->setFileFallbackAllowed(true);
        options.dataDir = dir.filePath(QStringLiteral("cache"));
    }

    // A new WorkstationApp (the program started again) for server/login (either may be empty).
    WorkstationApp *startProgram(const QUrl &server = {}, const QString &login = {})
    {
        app.reset();
        options.server = server;
        options.user = login;
        app = std::make_unique<WorkstationApp>(options, settings.get());
        credentials = new CredentialStore(app.get());
        credentials->setServiceName(QStringLiteral("tierdesk-workstation-test"));
        credentials->setFallbackDirectory(dir.filePath(QStringLiteral("credentials")));
        credentials->setFileFallbackAllowed(settings->fileFallbackAllowed());
        app->setCredentialStore(credentials);
        return app.get();
    }
};

// Types into the real dialog's fields and clicks "Sign in", as a person would.
inline void fillAndSubmit(LoginDialog *dialog, const QUrl &server, const QString &login,
                          const QString &password)
{
    auto *serverEdit = dialog->findChild<QLineEdit *>(QStringLiteral("serverEdit"));
    auto *loginEdit = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"));
    auto *passwordEdit = dialog->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
    serverEdit->clear();
    QTest::keyClicks(serverEdit, server.toString());
    loginEdit->clear();
    QTest::keyClicks(loginEdit, login);
    passwordEdit->clear();
    QTest::keyClicks(passwordEdit, password);
    QTest::mouseClick(dialog->findChild<QAbstractButton *>(QStringLiteral("signInButton")), Qt::LeftButton);
}

inline bool syncedAndIdle(Session *session)
{
    return session && session->store()->firstSyncDone() && session->engine()->isIdle();
}

// The start most GUI tests share: the program against `server`, `login` (password "demo") signed in through
// the real dialog, the first sync done; then the engine polls every 500 ms at most. Empty when all went so,
// otherwise what did not happen (for QVERIFY2).
inline QString signInAndSync(Desk &desk, const QUrl &server, const QString &login)
{
    WorkstationApp *app = desk.startProgram(server, login);
    if (!app->start())
        return QStringLiteral("the program did not start");
    fillAndSubmit(app->loginDialog(), server, login, QStringLiteral("demo"));
    if (!QTest::qWaitFor([app] { return app->mainWindow() != nullptr; }, 15000))
        return QStringLiteral("no main window within 15 s of signing in");
    app->session()->engine()->setMaxPollIntervalMs(500);
    if (!QTest::qWaitFor([app] { return syncedAndIdle(app->session()); }, 20000))
        return QStringLiteral("the first sync did not finish within 20 s");
    return {};
}

inline qint64 ticketIdByNumber(LocalStore *store, int number)
{
    QSqlQuery q(LocalStoreTestAccess::database(*store));
    q.prepare(QStringLiteral("SELECT id FROM tickets WHERE number = ?"));
    q.addBindValue(number);
    return q.exec() && q.next() ? q.value(0).toLongLong() : 0;
}

// The messages of a ticket as `client` (a person on the server) sees them.
inline QJsonArray serverMessages(ApiClient &client, qint64 ticketId)
{
    return client.get(QStringLiteral("/api/v1/tickets/%1/messages").arg(ticketId)).jsonArray();
}

inline int countBodies(const QJsonArray &messages, const QString &body, const QString &kind = {})
{
    int n = 0;
    for (const QJsonValue &v : messages) {
        const QJsonObject m = v.toObject();
        if (m.value(QLatin1String("body")).toString() == body &&
            (kind.isEmpty() || m.value(QLatin1String("kind")).toString() == kind))
            ++n;
    }
    return n;
}

} // namespace tierdesk::test
