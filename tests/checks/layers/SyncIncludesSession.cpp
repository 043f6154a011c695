// Deliberately wrong: the sync layer works on storage and remote, never on the session façade above it.
#include "sync/SyncEngine.h"
#include "session/CourseSession.h"

int syncUsesTheSession()
{
    return sizeof(coursedesk::CourseSession) > 0 ? 1 : 0;
}
