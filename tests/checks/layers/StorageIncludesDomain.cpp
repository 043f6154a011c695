// The control: the same storage context compiles a right-way include, so the failures above are the arrows'.
#include "storage/Outbox.h"
#include "domain/Course.h"

int storageUsesTheDomain()
{
    return sizeof(coursedesk::Course) > 0 ? 1 : 0;
}
