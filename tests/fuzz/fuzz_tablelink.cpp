// Fuzz target: the table-link verifier (TableLink) on what a stranger controls: the `k` of
// /t/<n>?k=…, the Cookie header of a guest request, the table number. Bytes 0–1 pick the table
// (out of range too), byte 2 the key generation; the rest is the untrusted text, in which "@@"
// becomes that table's real token and "##" the next table's, so the accepting paths run too.
// Whatever the bytes, only the real token may ever be accepted.
#include "tablelink.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>

using tableside::TableLink;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3 || size > 8192)
        return 0;
    static const QByteArray secret(TableLink::SecretBytes, 's');
    const int table = (int(data[0]) << 8 | data[1]) % 10050 - 20;
    const int generation = data[2] % 4;
    const TableLink::Generations generationOf = [generation](int) { return generation; };
    const QByteArray real = TableLink::token(secret, table, generation);
    QByteArray text(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));
    text.replace("@@", real);
    text.replace("##", TableLink::token(secret, table + 1, generation));

    if (TableLink::acceptsToken(secret, generationOf, table, text) && text != real)
        abort();
    if (TableLink::acceptsCookieHeader(secret, generationOf, text, table)
        && (real.isEmpty() || !text.contains(real)))
        abort();
    if (const auto number = TableLink::parseTable(text);
        number && QByteArray::number(*number) != text)
        abort();
    if (const auto session = TableLink::parseSession(text);
        session && TableLink::sessionValue(session->table, session->token) != text)
        abort();
    if (const auto value = TableLink::cookieValue(text, TableLink::CookieName)) {
        // The value is a view into the header, never past it.
        if (value->data() < text.constData()
            || value->data() + value->size() > text.constData() + text.size())
            abort();
    }
    return 0;
}
