#pragma once

#include <functional>

namespace tierdesk {

class TicketRepository;
struct ServerContext;

// Fills a database with a large, believable load for benchmarks (`tierdesk-server generate`): 200 synthetic
// customers (synth-customer1 … synth-customer200, every tenth a VIP, password "synthetic"), then tickets with
// varied subjects, severities, statuses, tiers, error codes and tags, owned by the staff already in the
// database, and their conversations. A fixed random seed makes every run produce the same data, so benchmark
// figures stay comparable between runs and machines.
class SyntheticDataGenerator
{
public:
    SyntheticDataGenerator(ServerContext &context, TicketRepository &tickets);

    struct Result
    {
        int tickets = 0;
        int messages = 0;
        double seconds = 0;
    };

    // Adds `tickets` tickets and `messages` messages spread over them (at least one per ticket while there
    // are enough), committing every ~BatchSize items. `progress` hears (items done, items in all) after each
    // commit, items being tickets plus messages. Throws DatabaseError when the database fails; the batches
    // committed until then stay.
    Result generate(int tickets, int messages, std::function<void(int done, int total)> progress = {});

    static constexpr int CustomerCount = 200;
    static constexpr int BatchSize = 5000;

private:
    ServerContext &m_context;
    TicketRepository &m_tickets;
};

} // namespace tierdesk
