#include "reportspage.h"

#include "calltype.h"
#include "dashboardsession.h"
#include "labels.h"
#include "money.h"
#include "moneyformatter.h"
#include "reporttablemodel.h"
#include "staffapi.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFontMetrics>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

namespace tableside::dashboard {

namespace {

// The tables shown below the charts, in this order (the JSON has them all).
const QStringList TableNames {
    QStringLiteral("by_product"),       QStringLiteral("by_category"),
    QStringLiteral("by_hour"),          QStringLiteral("by_table"),
    QStringLiteral("by_staff"),         QStringLiteral("stations"),
    QStringLiteral("stations_slowest"), QStringLiteral("calls"),
    QStringLiteral("payments"),         QStringLiteral("voids"),
    QStringLiteral("summary"),          QStringLiteral("station_times_histogram")};
const QStringList KeyMetrics {QStringLiteral("revenue_eur_cents"),
                              QStringLiteral("revenue_bgn_cents"),
                              QStringLiteral("orders"),
                              QStringLiteral("items"),
                              QStringLiteral("average_ticket_eur_cents"),
                              QStringLiteral("cancelled_orders"),
                              QStringLiteral("paid_cash_eur_cents"),
                              QStringLiteral("paid_card_eur_cents"),
                              QStringLiteral("tips_eur_cents"),
                              QStringLiteral("payments_voided"),
                              QStringLiteral("calls"),
                              QStringLiteral("unanswered_calls")};

// A EUR figure in the screen's language ("70,60 €" / "€70.60"), or its BGN counterpart
// ("138,08 лв." / "BGN 138.08"): the server derives its BGN figures from the EUR ones as Money
// does (half up), so the EUR figure gives both.
QString money(const QJsonValue &euroCents, bool bgn = false)
{
    const MoneyFormatter formatter(QLocale().language() == QLocale::Bulgarian
                                       ? Language::Bulgarian
                                       : Language::English);
    const Money amount = Money::fromEuroCents(euroCents.toInteger());
    return bgn ? formatter.formatBgn(amount) : formatter.formatEur(amount);
}

QChartView *chartView()
{
    auto *view = new QChartView(new QChart);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(260);
    view->chart()->legend()->setAlignment(Qt::AlignBottom);
    return view;
}

// Bars per category label, one set per series; replaces what the chart showed.
void setBars(QChart *chart, const QString &title, const QStringList &labels,
             const QList<std::pair<QString, QList<qreal>>> &sets, bool horizontal = false)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    chart->setTitle(title);
    QAbstractBarSeries *series = horizontal
        ? static_cast<QAbstractBarSeries *>(new QHorizontalBarSeries)
        : static_cast<QAbstractBarSeries *>(new QBarSeries);
    for (const auto &[name, values] : sets) {
        auto *set = new QBarSet(name);
        for (qreal v : values)
            set->append(v);
        series->append(set);
    }
    chart->addSeries(series);
    auto *categories = new QBarCategoryAxis;
    categories->append(labels);
    auto *values = new QValueAxis;
    // "%g": with "%.0f" a small range read "0, 0, 1, 1, 1" (ticks at 0.25 steps).
    values->setLabelFormat(QStringLiteral("%g"));
    // Upright labels under many bars ("15–20", "08:00") do not fit and show as "...".
    if (!horizontal && labels.size() > 5)
        categories->setLabelsAngle(-90);
    chart->addAxis(categories, horizontal ? Qt::AlignLeft : Qt::AlignBottom);
    chart->addAxis(values, horizontal ? Qt::AlignBottom : Qt::AlignLeft);
    series->attachAxis(categories);
    series->attachAxis(values);
    values->applyNiceNumbers(); // 0, 20, 40 … rather than 0, 17.75, 35.5 …
    chart->legend()->setVisible(sets.size() > 1);
}

} // namespace

ReportsPage::ReportsPage(DashboardSession *session, QWidget *parent)
    : ConsolePage(session, QStringLiteral("ReportsPage"), parent)
{
    m_mode = new QComboBox;
    m_mode->addItems({QString(), QString()});
    const QDate yesterday = QDateTime::currentDateTime().addSecs(-4 * 3600).date();
    m_from = new QDateEdit(yesterday);
    m_to = new QDateEdit(yesterday);
    for (QDateEdit *edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setMinimumHeight(ThemeManager::TouchTarget);
    }
    m_to->setVisible(false);
    connect(m_mode, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_to->setVisible(index == 1); });
    m_pdfLanguage = new QComboBox;
    m_pdfLanguage->addItems({QStringLiteral("bg"), QStringLiteral("en")});
    m_pdfLanguage->setCurrentIndex(QLocale().language() == QLocale::Bulgarian ? 0 : 1);
    m_show = button();
    m_pdf = button();
    m_csv = button();
    connect(m_show, &QPushButton::clicked, this, &ReportsPage::reload);
    connect(m_pdf, &QPushButton::clicked, this, &ReportsPage::exportPdf);
    connect(m_csv, &QPushButton::clicked, this, &ReportsPage::exportCsv);
    auto *top = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *> {m_mode, m_from, m_to, m_show})
        top->addWidget(w);
    top->addStretch();
    for (QWidget *w : std::initializer_list<QWidget *> {m_pdfLanguage, m_pdf, m_csv})
        top->addWidget(w);
    content()->addLayout(top);

    auto *body = new QWidget;
    auto *bodyLayout = new QVBoxLayout(body);
    m_numbers = new QGridLayout;
    for (int i = 0; i < KeyMetrics.size(); ++i) {
        auto *label = new QLabel;
        label->setTextFormat(Qt::RichText);
        label->setObjectName(KeyMetrics.at(i));
        m_numberLabels.insert(KeyMetrics.at(i), label);
        m_numbers->addWidget(label, i / 6, i % 6);
    }
    bodyLayout->addLayout(m_numbers);
    auto *charts = new QGridLayout;
    for (int i = 0; i < 4; ++i) {
        m_charts.append(chartView());
        charts->addWidget(m_charts.last(), i / 2, i % 2);
    }
    bodyLayout->addLayout(charts);
    m_tables = new QTabWidget;
    m_tables->setMinimumHeight(320);
    for (const QString &name : TableNames) {
        auto *model = new ReportTableModel(this);
        m_models.insert(name, model);
        auto *view = new QTableView;
        view->setModel(model);
        view->setEditTriggers(QAbstractItemView::NoEditTriggers);
        view->horizontalHeader()->setStretchLastSection(true);
        m_tables->addTab(view, name);
    }
    bodyLayout->addWidget(m_tables, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setWidget(body);
    content()->addWidget(scroll, 1);
    retranslate();
}

void ReportsPage::retranslate()
{
    setWindowTitle(tr("Reports"));
    setHeading(tr("What the day was, in numbers"));
    m_mode->setItemText(0, tr("Business day"));
    m_mode->setItemText(1, tr("From … to"));
    m_show->setText(tr("Show"));
    m_pdf->setText(tr("Export PDF"));
    m_csv->setText(tr("Export CSV"));
    const QStringList tabNames {tr("Products"), tr("Categories"),
                                tr("By hour"),  tr("Tables"),
                                tr("Staff"),    tr("Kitchen and bar"),
                                tr("Slowest"),  tr("Calls"),
                                tr("Payments"), tr("Cancellations and voids"),
                                tr("Summary"),  tr("Ticket times")};
    for (int i = 0; i < tabNames.size() && i < m_tables->count(); ++i)
        m_tables->setTabText(i, tabNames.at(i));
    if (!m_report.isEmpty())
        showReport(m_report);
}

QString ReportsPage::periodQuery() const
{
    if (m_mode->currentIndex() == 0)
        return QStringLiteral("day=%1").arg(m_from->date().toString(Qt::ISODate));
    return QStringLiteral("from=%1&to=%2")
        .arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate));
}

void ReportsPage::reload()
{
    setStatus(tr("Loading the report…"));
    send("GET", QStringLiteral("/api/reports?") + periodQuery(), {},
         [this](const QJsonObject &body) {
             showReport(body.value(QStringLiteral("report")).toObject());
             setStatus(tr("Report for %1 – %2")
                           .arg(m_report.value(QStringLiteral("from")).toString(),
                                m_report.value(QStringLiteral("to")).toString()));
         });
}

void ReportsPage::showReport(const QJsonObject &report)
{
    m_report = report;
    const QJsonObject tables = report.value(QStringLiteral("tables")).toObject();
    for (auto it = m_models.cbegin(); it != m_models.cend(); ++it)
        it.value()->setTable(it.key(), tables.value(it.key()).toObject());
    fillKeyNumbers();
    fillCharts();
}

QString ReportsPage::keyNumber(const QString &metric) const
{
    const QLabel *label = m_numberLabels.value(metric);
    return label ? label->text() : QString();
}

void ReportsPage::fillKeyNumbers()
{
    const QJsonObject summary = m_report.value(QStringLiteral("summary")).toObject();
    const QHash<QString, QString> names {
        {QStringLiteral("revenue_eur_cents"), tr("Revenue")},
        {QStringLiteral("revenue_bgn_cents"), tr("In leva")},
        {QStringLiteral("orders"), tr("Orders")},
        {QStringLiteral("items"), tr("Items")},
        {QStringLiteral("average_ticket_eur_cents"), tr("Average ticket")},
        {QStringLiteral("cancelled_orders"), tr("Cancelled")},
        {QStringLiteral("paid_cash_eur_cents"), tr("Cash")},
        {QStringLiteral("paid_card_eur_cents"), tr("Card")},
        {QStringLiteral("tips_eur_cents"), tr("Tips")},
        {QStringLiteral("payments_voided"), tr("Voided payments")},
        {QStringLiteral("calls"), tr("Waiter calls")},
        {QStringLiteral("unanswered_calls"), tr("Unanswered")},
    };
    for (const QString &metric : KeyMetrics) {
        QLabel *label = m_numberLabels.value(metric);
        const QJsonValue value = summary.value(metric);
        label->setVisible(!value.isUndefined());
        const QString text = metric.endsWith(QStringLiteral("_cents"))
            ? money(summary.value(QString(metric).replace(QStringLiteral("_bgn_"),
                                                           QStringLiteral("_eur_"))),
                    metric.contains(QStringLiteral("_bgn_")))
            : QString::number(value.toInteger());
        label->setText(QStringLiteral("%1<br><b style='font-size:16pt'>%2</b>")
                           .arg(names.value(metric).toHtmlEscaped(), text.toHtmlEscaped()));
    }
}

void ReportsPage::fillCharts()
{
    const bool bulgarian = m_pdfLanguage->currentIndex() == 0;
    // Sales by hour (euros).
    ReportTableModel *hours = m_models.value(QStringLiteral("by_hour"));
    QStringList hourLabels;
    QList<qreal> revenue;
    for (int row = 0; row < hours->rowCount(); ++row) {
        hourLabels.append(hours->cell(row, QStringLiteral("hour_start")).toString().mid(11, 5));
        revenue.append(hours->cell(row, QStringLiteral("revenue_eur_cents")).toDouble() / 100.0);
    }
    setBars(m_charts.at(0)->chart(), tr("Sales by hour (€)"), hourLabels,
            {{tr("Revenue"), revenue}});
    // Top products (ten, by revenue).
    ReportTableModel *products = m_models.value(QStringLiteral("by_product"));
    QStringList productLabels;
    QList<qreal> productRevenue;
    for (int row = std::min(products->rowCount(), 10) - 1; row >= 0; --row) {
        productLabels.append(
            products->cell(row, bulgarian ? QStringLiteral("name_bg") : QStringLiteral("name_en"))
                .toString());
        productRevenue.append(products->cell(row, QStringLiteral("revenue_eur_cents")).toDouble()
                              / 100.0);
    }
    setBars(m_charts.at(1)->chart(), tr("Top products (€)"), productLabels,
            {{tr("Revenue"), productRevenue}}, true);
    // A product's name needs a line's height: with less, Qt Charts shows it as "..." (and ten
    // did not fit in the default height).
    m_charts.at(1)->setMinimumHeight(
        std::max(260, 140 + int(productLabels.size()) * 3 * QFontMetrics(font()).height() / 2));
    // Order → ready per station, orders per minute bucket.
    ReportTableModel *histogram = m_models.value(QStringLiteral("station_times_histogram"));
    QStringList buckets;
    QList<std::pair<QString, QList<qreal>>> stations;
    for (int row = 0; row < histogram->rowCount(); ++row) {
        const QString station = histogram->cell(row, QStringLiteral("station")).toString();
        const QJsonValue to = histogram->cell(row, QStringLiteral("to_minutes"));
        const QString bucket = to.isDouble()
            ? QStringLiteral("%1–%2")
                  .arg(histogram->cell(row, QStringLiteral("from_minutes")).toInteger())
                  .arg(to.toInteger())
            : QStringLiteral("%1+").arg(
                histogram->cell(row, QStringLiteral("from_minutes")).toInteger());
        if (!buckets.contains(bucket))
            buckets.append(bucket);
        // Rows come station by station; compare the shown name ("*" is shown translated), or
        // every row of "*" would start a set of its own (eight one-bar sets, "..." labels).
        const QString shown = station == u"*" ? tr("whole order") : station;
        if (stations.isEmpty() || stations.last().first != shown)
            stations.append({shown, {}});
        stations.last().second.append(histogram->cell(row, QStringLiteral("orders")).toDouble());
    }
    setBars(m_charts.at(2)->chart(), tr("Order to ready, minutes"), buckets, stations);
    // Calls: median and 90th percentile to acknowledge, per type (seconds).
    ReportTableModel *calls = m_models.value(QStringLiteral("calls"));
    QStringList types;
    QList<qreal> medians, p90s;
    for (int row = 0; row < calls->rowCount(); ++row) {
        if (calls->cell(row, QStringLiteral("by")).toString() != u"type")
            continue;
        // The wire name ("help") as the dashboard shows it everywhere else ("Needs help").
        const QString wire = calls->cell(row, QStringLiteral("name")).toString();
        const std::optional<CallType> type = callTypeFromWire(wire);
        types.append(type ? Labels::callType(*type) : wire);
        medians.append(calls->cell(row, QStringLiteral("acknowledge_median_ms")).toDouble()
                       / 1000.0);
        p90s.append(calls->cell(row, QStringLiteral("acknowledge_p90_ms")).toDouble() / 1000.0);
    }
    setBars(m_charts.at(3)->chart(), tr("Time to acknowledge a call (s)"), types,
            {{tr("median"), medians}, {tr("90th percentile"), p90s}});
}

bool ReportsPage::writeCsv(const QString &folder)
{
    if (!QDir().mkpath(folder)) {
        setStatus(tr("Cannot create the folder %1.").arg(folder), true);
        return false;
    }
    for (const ReportTableModel *model : std::as_const(m_models)) {
        QSaveFile file(QDir(folder).filePath(model->name() + QStringLiteral(".csv")));
        if (!file.open(QIODevice::WriteOnly) || file.write(model->toCsv()) < 0 || !file.commit()) {
            setStatus(tr("Cannot write %1.").arg(file.fileName()), true);
            return false;
        }
    }
    setStatus(tr("Wrote %1 CSV files to %2.").arg(m_models.size()).arg(folder));
    return true;
}

void ReportsPage::savePdf(const QString &file, const QString &language)
{
    setStatus(tr("Making the PDF…"));
    QPointer<ReportsPage> self(this);
    session()->api()->staffJson(
        "GET", QStringLiteral("/api/reports/pdf?%1&lang=%2").arg(periodQuery(), language), {},
        [this, self, file](const ApiResult &result) {
            if (!self)
                return;
            if (!result.isSuccess()) {
                setStatus(result.errorMessage(), true);
            } else {
                QSaveFile out(file);
                if (out.open(QIODevice::WriteOnly) && out.write(result.raw) >= 0 && out.commit())
                    setStatus(tr("Saved %1.").arg(file));
                else
                    setStatus(tr("Cannot write %1.").arg(file), true);
            }
            emit answered(result);
        });
}

void ReportsPage::exportPdf()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Save the report"),
        QStringLiteral("tableside-report-%1.pdf").arg(m_from->date().toString(Qt::ISODate)),
        tr("PDF (*.pdf)"));
    if (!file.isEmpty())
        savePdf(file, m_pdfLanguage->currentText());
}

void ReportsPage::exportCsv()
{
    if (m_report.isEmpty())
        return setStatus(tr("Show a report first."), true);
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for the CSV files"));
    if (!folder.isEmpty())
        writeCsv(folder);
}

} // namespace tableside::dashboard
