#include "logging.h"

Q_LOGGING_CATEGORY(lcStore, "tableside.server.store")
Q_LOGGING_CATEGORY(lcHttp, "tableside.server.http")
Q_LOGGING_CATEGORY(lcApi, "tableside.server.api")
Q_LOGGING_CATEGORY(lcReports, "tableside.server.reports")
Q_LOGGING_CATEGORY(lcRealtime, "tableside.server.realtime")
Q_LOGGING_CATEGORY(lcGuest, "tableside.server.guest")
Q_LOGGING_CATEGORY(lcCli, "tableside.server.cli")
Q_LOGGING_CATEGORY(lcService, "tableside.server.service")
Q_LOGGING_CATEGORY(lcPrinting, "tableside.server.printing")
