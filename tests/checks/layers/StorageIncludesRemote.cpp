// Deliberately wrong: the storage layer may use the domain, never the remote layer (docs/architecture.md).
// checks/layers_wrong_way_include_fails compiles this as part of storage and expects the compiler to refuse:
// "remote/ApiClient.h" is not on storage's include path.
#include "storage/Outbox.h"
#include "remote/ApiClient.h"

int storageUsesTheApiClient()
{
    return sizeof(coursedesk::ApiClient) > 0 ? 1 : 0;
}
