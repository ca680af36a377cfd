#pragma once

#include "server/storage/migration.h"

#include <QHash>

namespace tierdesk {

class Database;

// Brings the schema up to date at start. Modules migrate in the order given (a resource's tables may refer to
// those of the modules before it), each module's migrations in version order; each migration runs in its own
// write transaction together with its row in schema_versions (module, version), so a crash leaves a
// consistent state and several server instances starting at once on one PostgreSQL database apply each
// migration exactly once. A database from before modules (one schema_migrations list for everything) is
// converted first: what its versions covered is recorded per module, nothing is run twice.
class SchemaMigrator
{
public:
    // The server's own tables: accounts, tokens, the change log, idempotency keys.
    static MigrationModule coreModule();

    // Returns each module's version afterwards; throws DatabaseError on failure (a migration's own failure
    // names the module and version).
    static QHash<QString, int> migrate(Database &db, const QList<MigrationModule> &modules);
};

} // namespace tierdesk
