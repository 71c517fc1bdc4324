#pragma once

#include <QLoggingCategory>

// Every logging category of the server, in one place (QT_LOGGING_RULES names them).
Q_DECLARE_LOGGING_CATEGORY(lcStore) // tableside.server.store: database, group commit, pruning
Q_DECLARE_LOGGING_CATEGORY(lcHttp) // tableside.server.http: listening sockets, connection guard
Q_DECLARE_LOGGING_CATEGORY(lcApi) // tableside.server.api: REST routes
Q_DECLARE_LOGGING_CATEGORY(lcRealtime) // tableside.server.realtime: Pusher WebSockets, HTTP API
Q_DECLARE_LOGGING_CATEGORY(lcGuest) // tableside.server.guest: guest pages, table links
Q_DECLARE_LOGGING_CATEGORY(lcCli) // tableside.server.cli: command line, start and shutdown
Q_DECLARE_LOGGING_CATEGORY(lcReports) // tableside.server.reports: reports, end-of-day PDFs
Q_DECLARE_LOGGING_CATEGORY(lcService) // tableside.server.service: devices, escalation
Q_DECLARE_LOGGING_CATEGORY(lcPrinting) // tableside.server.printing: printers, print jobs
