#pragma once

namespace tierdesk {

class Database;

// Brings the schema up to date at start: numbered migrations applied in order, each in its own write
// transaction together with its row in schema_migrations, so a crash leaves a consistent version and several
// server instances starting at once on one PostgreSQL database apply each migration exactly once.
class SchemaMigrator
{
public:
    static int latestVersion();
    // Returns the version the database is at afterwards; throws DatabaseError on failure.
    static int migrate(Database &db);
};

} // namespace tierdesk
