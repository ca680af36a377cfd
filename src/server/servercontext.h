#pragma once

namespace tierdesk {

class ChangeLog;
class Database;
class UserRepository;
struct ServerConfig;

// The shared services a handler class is built with. Handlers hold a reference; the Server owns them all.
struct ServerContext
{
    Database &db;
    ChangeLog &changes;
    UserRepository &users;
    const ServerConfig &config;
};

} // namespace tierdesk
