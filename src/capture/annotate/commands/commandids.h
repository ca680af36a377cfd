#pragma once

namespace tierdesk {

// QUndoCommand::id() of the commands that merge with their predecessor.
enum class CommandId : int { Move = 0x7d01, LineWidth = 0x7d02 };

} // namespace tierdesk
