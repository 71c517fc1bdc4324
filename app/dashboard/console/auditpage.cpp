#include "auditpage.h"

#include "theme.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
constexpr int PageSize = 100;
// The filter's action prefixes, in the combo box's order ("" = everything).
const QStringList Prefixes {QString(),
                            QStringLiteral("staff."),
                            QStringLiteral("table."),
                            QStringLiteral("service."),
                            QStringLiteral("product."),
                            QStringLiteral("category."),
                            QStringLiteral("payment.")};
} // namespace

AuditPage::AuditPage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("AuditPage"), parent)
{
    m_filter = new QComboBox;
    m_filter->setMinimumHeight(ThemeManager::TouchTarget);
    for (int i = 0; i < Prefixes.size(); ++i)
        m_filter->addItem(QString());
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    m_table = new QTableWidget(0, 5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_older = button();
    connect(m_older, &QPushButton::clicked, this, &AuditPage::loadOlder);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addStretch();
    content()->addLayout(top);
    content()->addWidget(m_table, 1);
    content()->addWidget(m_older, 0, Qt::AlignLeft);
    // Every console change writes an entry: refresh on any of them.
    for (const QString &what : {QStringLiteral("staff"), QStringLiteral("tables"),
                                QStringLiteral("menu"), QStringLiteral("service")})
        reloadOnEvents(what);
    retranslate();
}

void AuditPage::retranslate()
{
    setWindowTitle(tr("Audit log"));
    setHeading(tr("Who changed what"));
    const QStringList names {tr("Everything"), tr("Staff"),      tr("Tables"),  tr("Service"),
                             tr("Products"),   tr("Categories"), tr("Payments")};
    for (int i = 0; i < names.size(); ++i)
        m_filter->setItemText(i, names.at(i));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Details")});
    m_older->setText(tr("Older entries"));
}

void AuditPage::reload()
{
    m_entries = {};
    fetch(0);
}

void AuditPage::loadOlder()
{
    if (m_nextBefore > 0)
        fetch(m_nextBefore);
}

void AuditPage::fetch(qint64 before)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(PageSize));
    const QString prefix = Prefixes.value(m_filter->currentIndex());
    if (!prefix.isEmpty())
        query.addQueryItem(QStringLiteral("action"), prefix);
    if (before > 0)
        query.addQueryItem(QStringLiteral("before"), QString::number(before));
    send("GET", QStringLiteral("/api/admin/audit?") + query.toString(QUrl::FullyEncoded), {},
         [this](const QJsonObject &body) {
             for (const QJsonValue &entry : body.value(QStringLiteral("entries")).toArray())
                 m_entries.append(entry);
             m_nextBefore = body.value(QStringLiteral("nextBefore")).toInteger();
             m_older->setEnabled(m_nextBefore > 0);
             fill();
         });
}

void AuditPage::fill()
{
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const QJsonObject entry = m_entries.at(row).toObject();
        const QDateTime at = QDateTime::fromString(entry.value(QStringLiteral("at")).toString(),
                                                   Qt::ISODateWithMs);
        const QStringList cells {
            QLocale().toString(at.toLocalTime(), QLocale::ShortFormat),
            entry.value(QStringLiteral("staff")).toString(),
            entry.value(QStringLiteral("action")).toString(),
            entry.value(QStringLiteral("subject")).toString(),
            QString::fromUtf8(QJsonDocument(entry.value(QStringLiteral("detail")).toObject())
                                  .toJson(QJsonDocument::Compact)),
        };
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    m_table->resizeColumnsToContents();
}

} // namespace tableside::dashboard
