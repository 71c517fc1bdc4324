#pragma once

#include <QLabel>

namespace tableside::dashboard {

class OnShiftModel;

/// The top bar's "On shift: Ivan, Maria" line, kept in step with the presence list.
class OnShiftLabel : public QLabel
{
    Q_OBJECT
public:
    explicit OnShiftLabel(OnShiftModel *model, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();

    OnShiftModel *m_model;
};

} // namespace tableside::dashboard
