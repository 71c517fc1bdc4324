#include "consolewindow.h"

#include "consolepages.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace tableside::dashboard {

ConsoleWindow::ConsoleWindow(DashboardSession *session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
{
    setObjectName(QStringLiteral("ConsoleWindow"));
    m_heading = new QLabel;
    QFont headingFont = ThemeManager::baseFont();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_close = new QPushButton;
    m_close->setMinimumHeight(ThemeManager::TouchTarget);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);

    m_list = new QListWidget;
    m_list->setFont(ThemeManager::baseFont());
    m_list->setFixedWidth(220);
    // Touch-sized rows: a finger, not a mouse pointer, picks the area.
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { min-height: %1px; padding: 0 10px; }")
                              .arg(ThemeManager::TouchTarget));
    m_stack = new QStackedWidget;
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading);
    top->addStretch();
    top->addWidget(m_close);
    auto *body = new QHBoxLayout;
    body->addWidget(m_list);
    body->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(body, 1);

    retranslate();
    ConsolePages::addAll(this);
    if (pageCount() > 0)
        setCurrentPage(0);
    // Roomy on a wall screen, never larger than a 7" tablet's 1024×600 (the bill dialog's rule).
    QSize size(1200, 780);
    if (const QScreen *shown = screen())
        size = size.boundedTo(shown->availableGeometry().size() - QSize(24, 24));
    resize(size);
}

int ConsoleWindow::addPage(QWidget *page, const QString &title)
{
    if (!title.isEmpty())
        page->setWindowTitle(title);
    // Each page scrolls: on a 1024×600 tablet the tallest (Service) and widest (Devices, Staff in
    // Bulgarian) pages would otherwise hold the whole window larger than the screen.
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(page);
    m_stack->addWidget(scroll);
    auto *item = new QListWidgetItem(page->windowTitle());
    item->setSizeHint(QSize(200, ThemeManager::TouchTarget));
    m_list->addItem(item);
    // A page retitles itself on a language change; its list entry follows.
    page->installEventFilter(this);
    return m_stack->count() - 1;
}

int ConsoleWindow::pageCount() const
{
    return m_stack->count();
}

QWidget *ConsoleWindow::page(int index) const
{
    const auto *scroll = qobject_cast<QScrollArea *>(m_stack->widget(index));
    return scroll ? scroll->widget() : nullptr;
}

QWidget *ConsoleWindow::page(const QString &objectName) const
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (page(i)->objectName() == objectName)
            return page(i);
    return nullptr;
}

QWidget *ConsoleWindow::currentPage() const
{
    return page(m_stack->currentIndex());
}

void ConsoleWindow::setCurrentPage(int index)
{
    m_list->setCurrentRow(index);
}

void ConsoleWindow::retranslate()
{
    setWindowTitle(tr("Manage the venue"));
    m_heading->setText(tr("Manage the venue"));
    m_close->setText(tr("Close"));
}

void ConsoleWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

bool ConsoleWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::WindowTitleChange) {
        for (int index = 0; index < pageCount(); ++index)
            if (page(index) == watched && m_list->item(index))
                m_list->item(index)->setText(page(index)->windowTitle());
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tableside::dashboard
