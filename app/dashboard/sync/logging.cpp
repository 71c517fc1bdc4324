#include "logging.h"

Q_LOGGING_CATEGORY(lcSync, "tableside.dashboard.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcRealtime, "tableside.dashboard.realtime", QtInfoMsg)
Q_LOGGING_CATEGORY(lcApi, "tableside.dashboard.api", QtInfoMsg)
Q_LOGGING_CATEGORY(lcAlerts, "tableside.dashboard.alerts", QtInfoMsg)
Q_LOGGING_CATEGORY(lcUi, "tableside.dashboard.ui", QtInfoMsg)
