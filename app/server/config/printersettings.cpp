#include "printersettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSettings>

namespace tableside::server {

bool PrinterSettings::hostPort(QString *host, quint16 *port) const
{
    if (isDevice() || address.isEmpty())
        return false;
    const int colon = address.lastIndexOf(u':');
    // "[::1]:9100", "10.0.0.5:9100", "printer.lan" (port 9100)
    if (colon > 0 && !address.mid(colon + 1).contains(u']')) {
        bool ok = false;
        const uint value = address.mid(colon + 1).toUInt(&ok);
        if (!ok || value == 0 || value > 65535)
            return false;
        *port = quint16(value);
        *host = address.left(colon);
    } else {
        *port = 9100;
        *host = address;
    }
    if (host->startsWith(u'[') && host->endsWith(u']'))
        *host = host->mid(1, host->size() - 2);
    return !host->isEmpty();
}

QString PrinterSettings::whenName(When when)
{
    switch (when) {
    case When::NewOrder:
        return QStringLiteral("new-order");
    case When::Start:
        return QStringLiteral("start");
    case When::Late:
        return QStringLiteral("late");
    case When::Never:
        return QStringLiteral("never");
    }
    return {};
}

bool PrinterSettings::loadAll(QSettings &ini, QList<PrinterSettings> *printers, QString *error)
{
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,40}$"));
    ini.beginGroup(QStringLiteral("printers"));
    const QStringList names = ini.childGroups();
    ini.endGroup();
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    for (const QString &name : names) {
        const QString prefix = QStringLiteral("printers/%1/").arg(name);
        const auto value = [&](const char *key) {
            return ini.value(prefix + QLatin1String(key)).toString().trimmed();
        };
        if (!validName.match(name).hasMatch())
            return fail(
                tr("printers/%1: a printer's name is 1–40 letters, digits, - or _").arg(name));
        PrinterSettings p;
        p.name = name;
        p.address = value("address");
        QString host;
        quint16 port = 0;
        if (p.address.isEmpty() || (!p.isDevice() && !p.hostPort(&host, &port)))
            return fail(tr("%1address: expected HOST:PORT or a device path such as /dev/usb/lp0")
                            .arg(prefix));
        p.station = value("station");
        if (ini.contains(prefix + QStringLiteral("codePage"))) {
            p.codePage = value("codePage").toLower();
            static const QStringList known
                = {QStringLiteral("cp866"), QStringLiteral("cp855"), QStringLiteral("cp1251"),
                   QStringLiteral("pc437"), QStringLiteral("raster")};
            if (!known.contains(p.codePage))
                return fail(
                    tr("%1codePage: expected cp866, cp855, cp1251, pc437 or raster").arg(prefix));
        }
        if (ini.contains(prefix + QStringLiteral("width"))) {
            const QString width = value("width");
            if (width != u"58" && width != u"80")
                return fail(tr("%1width: expected 58 or 80").arg(prefix));
            p.width = width.toInt();
        }
        if (ini.contains(prefix + QStringLiteral("when"))) {
            const QString when = value("when");
            if (when == u"new-order")
                p.when = When::NewOrder;
            else if (when == u"start")
                p.when = When::Start;
            else if (when == u"late")
                p.when = When::Late;
            else if (when == u"never")
                p.when = When::Never;
            else
                return fail(tr("%1when: expected new-order, start or late").arg(prefix));
        }
        if (p.station.isEmpty())
            p.when = When::Never; // no station: bills, reprints and tests only
        if (ini.contains(prefix + QStringLiteral("lateSeconds"))) {
            bool ok = false;
            p.lateSeconds = value("lateSeconds").toInt(&ok);
            if (!ok || p.lateSeconds < 5 || p.lateSeconds > 3600)
                return fail(tr("%1lateSeconds: expected an integer from 5 to 3600").arg(prefix));
        }
        if (ini.contains(prefix + QStringLiteral("codeTable"))) {
            bool ok = false;
            p.codeTable = value("codeTable").toInt(&ok);
            if (!ok || p.codeTable < 0 || p.codeTable > 255)
                return fail(tr("%1codeTable: expected an integer from 0 to 255").arg(prefix));
        }
        if (ini.contains(prefix + QStringLiteral("bills"))) {
            const QString bills = value("bills").toLower();
            p.bills = bills == u"true" || bills == u"1" || bills == u"yes" || bills == u"on";
        }
        if (ini.contains(prefix + QStringLiteral("calls"))) {
            const QString calls = value("calls").toLower();
            p.calls = calls == u"true" || calls == u"1" || calls == u"yes" || calls == u"on";
        }
        printers->append(p);
    }
    return true;
}

bool PrinterSettings::rasterConfigured(const QStringList &arguments)
{
    QString file;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if ((argument == u"--config" || argument == u"-config") && i + 1 < arguments.size())
            file = arguments.at(i + 1);
        else if (argument.startsWith(u"--config="))
            file = argument.mid(9);
    }
    if (file.isEmpty())
        return false;
    QSettings ini(file, QSettings::IniFormat);
    ini.beginGroup(QStringLiteral("printers"));
    const QStringList names = ini.childGroups();
    for (const QString &name : names)
        if (ini.value(name + QStringLiteral("/codePage")).toString().trimmed().toLower()
            == u"raster")
            return true;
    return false;
}

void PrinterSettings::save(QSettings &ini) const
{
    const QString prefix = QStringLiteral("printers/%1/").arg(name);
    ini.setValue(prefix + QStringLiteral("address"), address);
    ini.setValue(prefix + QStringLiteral("station"), station);
    ini.setValue(prefix + QStringLiteral("codePage"), codePage);
    ini.setValue(prefix + QStringLiteral("width"), width);
    ini.setValue(prefix + QStringLiteral("when"), whenName(when));
    ini.setValue(prefix + QStringLiteral("lateSeconds"), lateSeconds);
    if (codeTable >= 0)
        ini.setValue(prefix + QStringLiteral("codeTable"), codeTable);
    ini.setValue(prefix + QStringLiteral("bills"), bills);
    ini.setValue(prefix + QStringLiteral("calls"), calls);
}

} // namespace tableside::server
