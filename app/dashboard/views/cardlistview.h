#pragma once

#include <QListView>

namespace tableside::dashboard {

/// A list of delegate-drawn cards for touch: kinetic finger scrolling, no selection, cards as
/// wide as the view, and a hint text when the list is empty.
class CardListView : public QListView
{
    Q_OBJECT
public:
    enum class Direction { Vertical, Horizontal };

    explicit CardListView(Direction direction = Direction::Vertical, QWidget *parent = nullptr);

    void setEmptyText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    QString m_emptyText;
};

} // namespace tableside::dashboard
