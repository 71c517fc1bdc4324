#include "auditpage.h"

#include "theme.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QUrlQuery>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {
// A date edit at its minimum shows "any" (its special value text): no limit on that side.
const QDate NoLimit(2000, 1, 1);
// The filter's action prefixes, in the combo box's order ("" = everything).
const QStringList Prefixes {QString(),
                            QStringLiteral("staff."),
                            QStringLiteral("table."),
                            QStringLiteral("service."),
                            QStringLiteral("product."),
                            QStringLiteral("category."),
                            QStringLiteral("payment."),
                            QStringLiteral("order.")};

// The start of a local day, as the server's from / to want it (UTC, ISO 8601).
QString dayStart(QDate day)
{
    return QDateTime(day, QTime(0, 0)).toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

AuditPage::AuditPage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("AuditPage"), parent)
{
    m_filter = new QComboBox;
    m_filter->setMinimumHeight(ThemeManager::TouchTarget);
    for (int i = 0; i < Prefixes.size(); ++i)
        m_filter->addItem(QString());
    connect(m_filter, &QComboBox::currentIndexChanged, this, &AuditPage::reload);
    m_from = dateEdit();
    m_to = dateEdit();
    m_allDates = button();
    connect(m_allDates, &QPushButton::clicked, this, &AuditPage::clearDates);
    m_table = new QTableWidget(0, 5);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_empty = new QLabel;
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_empty->hide();
    m_older = button();
    connect(m_older, &QPushButton::clicked, this, &AuditPage::loadOlder);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(m_from);
    top->addWidget(m_to);
    top->addWidget(m_allDates);
    top->addStretch();
    content()->addLayout(top);
    content()->addWidget(m_table, 1);
    content()->addWidget(m_empty, 1);
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
    const QStringList names {tr("Everything"), tr("Staff"),      tr("Tables"),   tr("Service"),
                             tr("Products"),   tr("Categories"), tr("Payments"), tr("Orders")};
    for (int i = 0; i < names.size(); ++i)
        m_filter->setItemText(i, names.at(i));
    m_table->setHorizontalHeaderLabels(
        {tr("When"), tr("Who"), tr("What"), tr("Subject"), tr("Details")});
    m_older->setText(tr("Older entries"));
    m_from->setSpecialValueText(tr("From: any day"));
    m_from->setDisplayFormat(tr("'From' d MMM yyyy"));
    m_to->setSpecialValueText(tr("To: any day"));
    m_to->setDisplayFormat(tr("'To' d MMM yyyy"));
    m_allDates->setText(tr("All dates"));
    updateEmptyText();
}

void AuditPage::updateEmptyText()
{
    const bool filtered
        = m_filter->currentIndex() > 0 || m_from->date() > NoLimit || m_to->date() > NoLimit;
    m_empty->setText(
        filtered ? tr("No changes recorded for this filter.")
                 : tr("No changes recorded yet. Changes made in the console "
                      "(menu, tables, staff, service), voided payments and "
                      "approved or rejected orders appear here, with who made them and when."));
}

QDateEdit *AuditPage::dateEdit()
{
    auto *edit = new QDateEdit;
    edit->setMinimumHeight(ThemeManager::TouchTarget);
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoLimit);
    edit->setDate(NoLimit);
    connect(edit, &QDateEdit::dateChanged, this, &AuditPage::reload);
    return edit;
}

void AuditPage::clearDates()
{
    const QSignalBlocker fromBlocker(m_from);
    const QSignalBlocker toBlocker(m_to);
    m_from->setDate(NoLimit);
    m_to->setDate(NoLimit);
    reload();
}

void AuditPage::reload()
{
    m_entries = {};
    m_nextBefore = 0;
    ++m_generation;
    m_loaded = false;
    fill();
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
    query.addQueryItem(QStringLiteral("limit"), QString::number(m_pageSize));
    // Whole local days: from the first day's start to the start of the day after the last.
    if (m_from->date() > NoLimit)
        query.addQueryItem(QStringLiteral("from"), dayStart(m_from->date()));
    if (m_to->date() > NoLimit)
        query.addQueryItem(QStringLiteral("to"), dayStart(m_to->date().addDays(1)));
    const QString prefix = Prefixes.value(m_filter->currentIndex());
    if (!prefix.isEmpty())
        query.addQueryItem(QStringLiteral("action"), prefix);
    if (before > 0)
        query.addQueryItem(QStringLiteral("before"), QString::number(before));
    m_older->setEnabled(false); // one page at a time
    const int generation = m_generation;
    send("GET", QStringLiteral("/api/admin/audit?") + query.toString(QUrl::FullyEncoded), {},
         [this, generation](const QJsonObject &body) {
             if (generation != m_generation)
                 return;
             for (const QJsonValue &entry : body.value(QStringLiteral("entries")).toArray())
                 m_entries.append(entry);
             m_nextBefore = body.value(QStringLiteral("nextBefore")).toInteger();
             m_older->setEnabled(m_nextBefore > 0);
             m_loaded = true;
             fill();
         });
}

void AuditPage::fill()
{
    const bool none = m_loaded && m_entries.isEmpty();
    updateEmptyText();
    m_empty->setVisible(none);
    m_table->setVisible(!none);
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
