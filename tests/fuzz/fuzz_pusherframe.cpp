// Fuzz target: WebSocket text messages from a stranger, as the realtime server and the dashboards
// read them. The whole input is one message for the frame codec (decode, then an encode/decode
// round trip that must be stable, channel-name and staff-event checks on what it carried); then
// its lines are a session of messages from three connections through the server's
// PusherProtocolHandler (subscribe, presence, client events, fan-out). A subscribe whose "auth"
// is the word "sign" gets a valid signature, so the fuzzer also reaches what only an authorised
// client can.
#include "channelname.h"
#include "channelregistry.h"
#include "pusherconnection.h"
#include "pusherframe.h"
#include "pusherprotocolhandler.h"
#include "pushersignature.h"
#include "realtimesettings.h"
#include "staffevent.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <memory>

using namespace tableside;
using namespace tableside::server;
using tableside::pusher::Frame;

namespace {

void checkFrameCodec(const QByteArray &message)
{
    QString error;
    const std::optional<Frame> frame = Frame::decode(message, &error);
    if (!frame)
        return;
    // What the server sends back of a frame it read must read back the same, every time.
    const std::optional<Frame> again = Frame::decode(frame->encode());
    if (!again)
        abort();
    const std::optional<Frame> third = Frame::decode(again->encode());
    if (!third || !(*third == *again))
        abort();
    pusher::isValidChannelName(frame->channel);
    pusher::requiresAuth(pusher::channelTypeOf(frame->channel));
    const QJsonObject data = frame->dataObject();
    pusher::isValidSocketId(data.value(QLatin1String("socket_id")).toString());
    StaffEvent::decode(frame->event, frame->data.toUtf8(), &error);
}

// The message with a valid auth when it is a subscribe asking for one ("auth":"sign").
QByteArray signIfAsked(const QByteArray &message, const RealtimeSettings &settings,
                       const QString &socketId)
{
    if (!message.contains("\"sign\""))
        return message;
    QJsonObject object = QJsonDocument::fromJson(message).object();
    const QJsonValue dataValue = object.value(QLatin1String("data"));
    QJsonObject data = dataValue.isString()
        ? QJsonDocument::fromJson(dataValue.toString().toUtf8()).object()
        : dataValue.toObject();
    if (data.value(QLatin1String("auth")).toString() != QLatin1String("sign"))
        return message;
    const QString channel = data.value(QLatin1String("channel")).toString();
    const QString channelData = data.value(QLatin1String("channel_data")).toString();
    const bool presence = pusher::channelTypeOf(channel) == pusher::ChannelType::Presence;
    data.insert(QLatin1String("auth"),
                pusher::PusherSignature::channelAuth(settings.key, settings.secret, socketId,
                                                     channel, presence ? channelData : QString()));
    object.insert(QLatin1String("data"), data);
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

struct Session
{
    static constexpr int Connections = 3;

    Session(const RealtimeSettings &settings)
        : settings(settings)
        , handler(settings, channels)
    {
        for (int n = 0; n < Connections; ++n)
            open(n);
    }
    ~Session()
    {
        for (int n = 0; n < Connections; ++n)
            close(n);
    }
    void open(int n)
    {
        sockets[n] = std::make_unique<QWebSocket>();
        connections[n] = std::make_unique<PusherConnection>(
            sockets[n].get(), nullptr, QStringLiteral("%1.%2").arg(n + 1).arg(++opened),
            QHostAddress::LocalHost);
    }
    void close(int n)
    {
        handler.dropConnection(*connections[n]);
        connections[n].reset();
        sockets[n].reset();
    }
    void deliver(int n, const QByteArray &message, qint64 nowMs)
    {
        // A connection the server closed is gone; the next message opens a new one.
        if (connections[n]->isClosing()) {
            close(n);
            open(n);
        }
        handler.handleMessage(*connections[n],
                              signIfAsked(message, settings, connections[n]->socketId()), nowMs);
    }

    const RealtimeSettings &settings;
    ChannelRegistry channels;
    PusherProtocolHandler handler;
    std::array<std::unique_ptr<QWebSocket>, Connections> sockets;
    std::array<std::unique_ptr<PusherConnection>, Connections> connections;
    int opened = 0;
};

RealtimeSettings fuzzSettings()
{
    RealtimeSettings settings;
    settings.appId = QStringLiteral("1");
    settings.key = QStringLiteral("fuzz-key");
    settings.secret = QStringLiteral("fuzz-secret");
    settings.clientEventsEnabled = true;
    settings.fanOutThreads = 1;
    // Small caps, so the fuzzer reaches them.
    settings.maxChannelsPerConnection = 4;
    settings.maxPresenceMembers = 3;
    settings.maxUserInfoBytes = 64;
    return settings;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    // QWebSocket is a QObject with timers: it wants an application object.
    static QCoreApplication app(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Messages over the server's limit are refused before they are read.
    if (size > 16 * 1024)
        return 0;
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    checkFrameCodec(input);

    static const RealtimeSettings settings = fuzzSettings();
    Session session(settings);
    qint64 nowMs = 1000;
    int index = 0;
    for (const QByteArray &line : input.split('\n')) {
        if (line.isEmpty())
            continue;
        // A small time step per message: the rate limits are reached only by bursts.
        nowMs += 40;
        session.deliver(index++ % Session::Connections, line, nowMs);
    }
    return 0;
}
