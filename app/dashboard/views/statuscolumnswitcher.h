#pragma once

#include <QList>
#include <QWidget>

class QButtonGroup;
class QPushButton;

namespace tableside::dashboard {

/// The order columns on a portrait screen: segmented buttons (New / Preparing / Ready with
/// their counts) above the columns show one column at a time; on a landscape screen the
/// buttons hide and every column shows side by side.
class StatusColumnSwitcher : public QWidget
{
    Q_OBJECT
public:
    explicit StatusColumnSwitcher(QWidget *parent = nullptr);

    /// Adds the widget of the next column (header and list), in display order.
    void addColumn(QWidget *column);
    /// The text of button @p index, e.g. "Ready (3)" (the column header's text).
    void setLabel(int index, const QString &text);
    /// Portrait: the buttons show and only the current column; landscape: all columns.
    void setPortrait(bool portrait);
    bool isPortrait() const { return m_portrait; }
    int current() const { return m_current; }
    void setCurrent(int index);
    int count() const { return int(m_columns.size()); }
    QPushButton *button(int index) const { return m_buttons.value(index); }

signals:
    void currentChanged(int index);

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void retranslate();

    QButtonGroup *m_group;
    QList<QWidget *> m_columns;
    QList<QPushButton *> m_buttons;
    bool m_portrait = false;
    int m_current = 0;
};

} // namespace tableside::dashboard
