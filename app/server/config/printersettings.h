#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

class QSettings;

namespace tableside::server {

/// One printer of the server config's `printers/<name>/…` group: where it is, which station's
/// tickets it prints and when, its paper and its character table (or raster mode).
struct PrinterSettings
{
    Q_DECLARE_TR_FUNCTIONS(PrinterSettings)

public:
    enum class When { NewOrder, Start, Late, Never };

    QString name;
    QString address; ///< "HOST:PORT" (raw TCP; PORT defaults to 9100) or a device path
    QString station; ///< whose items its tickets carry; empty = a bill/test printer only
    QString codePage = QStringLiteral("cp866"); ///< cp866, cp855, cp1251, pc437 or raster
    int width = 80; ///< paper in mm: 58 (32 columns, 384 dots) or 80 (48 columns, 576 dots)
    When when = When::NewOrder;
    int lateSeconds = 120; ///< `late`: print when no screen started the order this long after
    int codeTable = -1; ///< the `ESC t n` number; -1 = Epson's number for codePage
    bool bills = false; ///< `POST /api/tables/{n}/bill/print` may pick it without naming it
    bool calls = false; ///< prints a slip for a waiter call nobody acknowledged (escalated)

    bool isRaster() const { return codePage == u"raster"; }
    bool isDevice() const { return address.startsWith(u'/'); }
    int columns() const { return width == 58 ? 32 : 48; }
    int dots() const { return width == 58 ? 384 : 576; }
    /// The TCP host and port of a network printer (false for a device path).
    bool hostPort(QString *host, quint16 *port) const;
    static QString whenName(When when);

    /// Reads every `printers/<name>/…` group of @p ini; false and @p error on the first bad
    /// value ("printers/bar/width: expected 58 or 80").
    static bool loadAll(QSettings &ini, QList<PrinterSettings> *printers, QString *error);
    void save(QSettings &ini) const;
    /// Whether the config file named in @p arguments (--config FILE) sets up a raster
    /// printer: the server then needs fonts, so a QGuiApplication (offscreen).
    static bool rasterConfigured(const QStringList &arguments);
};

} // namespace tableside::server
