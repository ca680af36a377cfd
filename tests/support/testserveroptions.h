#pragma once

#include <QString>
#include <QStringList>

namespace tierdesk::test {

// How a TestServer is started. The defaults give a fresh, empty server on the backend chosen by
// TIERDESK_TEST_DB (sqlite: a new data folder; pg: a new database too).
struct TestServerOptions
{
    bool demo = false;          // pass --demo (seed resources/demo/demo.json)
    QStringList extraArgs = {}; // appended after the standard arguments
    // PostgreSQL URL of an existing database to use instead of a fresh one (it is not dropped at the end).
    // Non-empty always means PostgreSQL, whatever TIERDESK_TEST_DB says.
    QString databaseUrl = {};
    // An existing data folder to use instead of a fresh temporary one (it is not deleted at the end).
    QString dataDir = {};
    int startTimeoutMs = 20000; // until "listening on ..." must appear
    int stopTimeoutMs = 5000;   // after SIGTERM, before SIGKILL
};

} // namespace tierdesk::test
