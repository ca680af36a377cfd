#pragma once

#include <QByteArray>
#include <QString>

namespace tierdesk {

class ArticleRepository;
class IncidentRepository;
class TicketRepository;
struct ServerContext;

// Fills a new, empty server with the demo help desk of resources/demo/demo.json (organisations, groups,
// users, incidents, tickets with their conversations, knowledge-base articles), so that --demo gives
// something to click through at once. Every account gets the password "demo".
//
// All of it goes through the repositories, in one write transaction: the change feed then describes the demo
// data exactly as if people had typed it in, and a broken demo file leaves the database empty instead of half
// seeded. Times in the file are relative ("hours ago") and are anchored at the moment of seeding.
class DemoSeeder
{
public:
    DemoSeeder(ServerContext &context, TicketRepository &tickets, ArticleRepository &articles,
               IncidentRepository &incidents);

    // The compiled-in demo file.
    static QString resourcePath() { return QStringLiteral(":/tierdesk/demo/demo.json"); }

    // Seeds from resourcePath(). Returns false, and changes nothing, when the database already has users.
    // Throws std::runtime_error naming the culprit when the demo file is invalid (bad JSON, a missing field,
    // a reference to an unknown key or login) and DatabaseError when the database fails; nothing is written
    // then.
    bool seedIfEmpty();
    // The same from demo data given as JSON text (tests feed broken files through this).
    bool seedIfEmpty(const QByteArray &demoJson);

private:
    ServerContext &m_context;
    TicketRepository &m_tickets;
    ArticleRepository &m_articles;
    IncidentRepository &m_incidents;
};

} // namespace tierdesk
