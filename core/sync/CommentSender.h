#pragma once

#include "remote/ApiClient.h"
#include "storage/CommentStore.h"
#include "storage/Outbox.h"

#include <functional>
#include <optional>

namespace coursedesk {

class LearnerState;

// Sends one comment write of the outbox (SyncEngine::dispatch hands comment entries here):
// - create: the first send records its server time; a create sent before without a definitive answer is first
//   looked for among the lesson's comments (newest first, same parent; CommentLanding), and sent again only if it is
//   not there. Exactly once on a server with no idempotency. The network layer never re-sends it by itself.
// - edit: PUT with the words kept in the cache (sending them twice changes nothing).
// - delete: DELETE; a comment the server no longer has (404) is deleted already.
// The outcome is the server's comment (create, edit), or its error, or a failure of the local cache.
class CommentSender final
{
public:
    struct Outcome
    {
        std::optional<ApiError> error;
        std::optional<Error> local;
        std::optional<LessonComment> comment;
    };
    using Done = std::function<void(Outcome)>;

    // How many of the lesson's newest comments are read back after a lost reply.
    static constexpr int readBackLimit = 100;

    CommentSender(LearnerState &state, ApiClient &api)
        : m_state(state)
        , m_api(api)
    {}

    void send(const OutboxEntry &entry, Done done);

private:
    void create(const OutboxEntry &entry, const CommentDraft &draft, Done done);
    void sendCreate(const OutboxEntry &entry, const CommentDraft &draft, Done done);
    void lookFor(const OutboxEntry &entry, const CommentDraft &draft, const CommentAuthor &self, Done done);

    LearnerState &m_state;
    ApiClient &m_api;
    std::optional<CommentAuthor> m_self; // who we are on this server, asked once
};

} // namespace coursedesk
