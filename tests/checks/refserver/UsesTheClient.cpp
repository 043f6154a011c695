// A deliberately bad reference-server file for checks/refserver_check_detects_client_code: it reuses the client's
// JSON mapping and access rules, which RefserverIsIndependent.cmake must refuse. Never compiled.
#include "Model.h"
#include "domain/Clock.h"
#include "domain/AccessPolicy.h"
#include "remote/JsonMapping.h"
