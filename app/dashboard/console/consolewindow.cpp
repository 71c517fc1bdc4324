#include "consolewindow.h"

#include "consolepages.h"
#include "theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
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
    resize(1200, 780);
}

int ConsoleWindow::addPage(QWidget *page, const QString &title)
{
    if (!title.isEmpty())
        page->setWindowTitle(title);
    m_stack->addWidget(page);
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
    return m_stack->widget(index);
}

QWidget *ConsoleWindow::page(const QString &objectName) const
{
    for (int i = 0; i < m_stack->count(); ++i)
        if (m_stack->widget(i)->objectName() == objectName)
            return m_stack->widget(i);
    return nullptr;
}

QWidget *ConsoleWindow::currentPage() const
{
    return m_stack->currentWidget();
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
        const int index = m_stack->indexOf(qobject_cast<QWidget *>(watched));
        if (index >= 0 && m_list->item(index))
            m_list->item(index)->setText(m_stack->widget(index)->windowTitle());
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace tableside::dashboard
