#pragma once

#include <QSize>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace tableside::dashboard {

/// The dashboard's command line, a stable contract for kiosks and scripts:
/// `tableside-dashboard [--server URL] [--profile NAME] [--lang bg|en] [--kitchen [--station NAME]]
/// [--fullscreen] [--fingerprint SHA256]`.
/// The PIN never comes from argv, only from the environment variable TABLESIDE_PIN.
/// Hidden options for the screenshot script and benchmarks: --screenshot FILE,
/// --screenshot-delay MS, --window-size WxH, --theme light|dark.
struct CommandLine
{
    QUrl server; ///< empty = from the settings
    QString profile; ///< "" = default profile
    QString language; ///< "bg", "en" or "" (settings / system)
    bool kitchen = false;
    QString station; ///< --station NAME: the kitchen display shows only that station's items
    bool fullScreen = false;
    /// --fingerprint: the server certificate's SHA-256 ("AB:CD:…"), pinned before connecting.
    QString fingerprint;
    QString screenshotFile;
    int screenshotDelayMs = 1500;
    QSize windowSize;
    QString theme;

    /// Parses @p arguments (argv including the program name). On error returns nullopt and sets
    /// @p error; on --help/--version sets @p exitText (print it, exit 0).
    static std::optional<CommandLine> parse(const QStringList &arguments, QString *error,
                                            QString *exitText = nullptr);
};

} // namespace tableside::dashboard
