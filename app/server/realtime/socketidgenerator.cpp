#include "socketidgenerator.h"

#include <QRandomGenerator>

namespace tableside::server {

QString SocketIdGenerator::next()
{
    // QRandomGenerator::system() reads the OS entropy source: unpredictable, unlike global().
    auto *random = QRandomGenerator::system();
    const quint32 high = random->generate() & 0x7fffffffu;
    const quint32 low = random->generate() & 0x7fffffffu;
    return QString::number(high) + QLatin1Char('.') + QString::number(low);
}

} // namespace tableside::server
