#pragma once

#include <QLoggingCategory>

// One category per dashboard subsystem. All are on by default (info and above); the seed's
// console lines ("✅ Pusher connected", …) go to tableside.dashboard.realtime.
Q_DECLARE_LOGGING_CATEGORY(lcSync) // tableside.dashboard.sync: every applied event, with seq
Q_DECLARE_LOGGING_CATEGORY(lcRealtime) // tableside.dashboard.realtime: Pusher connection
Q_DECLARE_LOGGING_CATEGORY(lcApi) // tableside.dashboard.api: REST calls
Q_DECLARE_LOGGING_CATEGORY(lcAlerts) // tableside.dashboard.alerts: sounds, popups, tray
Q_DECLARE_LOGGING_CATEGORY(lcUi) // tableside.dashboard.ui: application, settings, language
