#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tierdesk {

// One step of a module's schema. `common` runs on both backends (after placeholder substitution: {pk} is the
// auto-increment primary key, {seqpk} one whose values are never reused), then the backend's own steps.
// Times are BIGINT milliseconds since the epoch; lists are JSON text.
struct Migration
{
    int version = 0; // 1, 2, … within its module
    QString description;
    QStringList common;
    QStringList sqlite;
    QStringList postgres;
    // Databases made before schemas were kept per module recorded one list of versions for the whole server;
    // the step that was part of that list's version N says so here, and counts as applied where N was.
    int legacyVersion = 0;
};

// A named, ordered list of migrations: the server's own storage ("core") or one resource's tables.
struct MigrationModule
{
    QString name;
    QList<Migration> migrations;
};

} // namespace tierdesk
