#pragma once

#include "server/storage/databaseconfig.h"

#include <QString>

namespace tierdesk {

// Everything the command line can set. Limits are enforced by the HTTP layer while reading, before a body is
// buffered, so an oversized upload costs us one header's worth of memory.
struct ServerConfig
{
    QString listenHost = QStringLiteral("127.0.0.1");
    quint16 listenPort = 8080;
    QString dataDir;
    DatabaseConfig database;
    bool demo = false;
    QString tlsCertFile;
    QString tlsKeyFile;
    int threads = 0; // 0: one per core

    qint64 maxHeaderBytes = 16 * 1024;
    qint64 maxJsonBodyBytes = 1024 * 1024;
    qint64 maxAttachmentBytes = 25 * 1024 * 1024;
    int requestTimeoutSeconds = 30;
    int keepAliveIdleSeconds = 60;
    int maxRequestsPerConnection = 100000;

    bool tlsEnabled() const { return !tlsCertFile.isEmpty(); }
    QString attachmentDir() const { return dataDir + QStringLiteral("/attachments"); }
};

} // namespace tierdesk
