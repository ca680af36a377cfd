#pragma once

// The schema of the local cache (LocalStore), kept apart from the code that reads and writes it: the
// migrations in order, and the secondary structures a first sync drops and rebuilds once at its end.

#include <QList>
#include <QString>
#include <QStringList>

namespace tierdesk::storeschema {

// The version the migrations lead to (PRAGMA user_version).
int version();

// Migration n (0-based) takes the schema from version n to n + 1. Never edit a released one.
const QList<QStringList> &migrations();

// Indexes the views need but a first sync should not pay for on every page: each page's commit rewrote the
// index pages its random keys touched, several times the data itself. Dropped while a first sync runs and
// built once at its end (a sort). Each is "CREATE INDEX IF NOT EXISTS <name> ON ...".
const QStringList &secondaryIndexes();
QString indexName(const QString &createStatement);

// The full-text table tickets_search (FTS5, trigram tokenizer: substrings of subject, error codes and
// tags, so "4012" finds "E-4012"; rowid = ticket id) is kept equal to tickets by these triggers. A first
// sync drops them and fills the table in one statement at its end (searchRebuild()).
const QStringList &searchTriggers();
QStringList searchTriggerNames();
QStringList searchRebuild();

// The name a ticket row shows and sorts by for a user id (`idExpression`): display name, else login.
QString userNameSubquery(const QString &idExpression);

} // namespace tierdesk::storeschema
