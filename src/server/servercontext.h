#pragma once

namespace tierdesk {

class ChangeLog;
class Database;
class ResourceRegistry;
class UserRepository;
struct ServerConfig;

// The shared services a resource or handler is built with. They hold a reference; the Server owns them all.
// Users are here rather than a resource of their own because every request is authenticated through them.
struct ServerContext
{
    Database &db;
    ChangeLog &changes;
    UserRepository &users;
    const ServerConfig &config;
    // The resources registered so far: a resource may use one registered before it.
    ResourceRegistry &resources;
};

} // namespace tierdesk
