#pragma once

#include <QLabel>

namespace tableside::dashboard {

/// A certificate fingerprint on screen: plain text in a fixed-width font, selectable, in rows of
/// eight pairs so a person can compare it with what tableside-server prints row by row.
class FingerprintLabel : public QLabel
{
    Q_OBJECT
public:
    explicit FingerprintLabel(const QString &fingerprint, QWidget *parent = nullptr);

    /// The fingerprint as given (the form tableside-server prints).
    QString fingerprint() const { return m_fingerprint; }
    /// "AB:CD:…" in rows of 8 pairs; each row is a piece of the printed text as it is.
    static QString grouped(const QString &fingerprint);

private:
    QString m_fingerprint;
};

} // namespace tableside::dashboard
