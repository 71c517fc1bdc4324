#pragma once

#include <QJsonObject>
#include <QStringList>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace tableside::dashboard {

/// The console's product form: names and descriptions in bg and en, the EUR price with its
/// BGN value beside it as it is typed, station, available / hidden, the 14 allergens and the
/// photo. It only edits; MenuPage sends what changed().
class MenuProductEditor : public QWidget
{
    Q_OBJECT
public:
    explicit MenuProductEditor(QWidget *parent = nullptr);

    /// Shows @p product (GET /api/admin/menu's shape); an empty object = a new product.
    void setProduct(const QJsonObject &product, const QStringList &stations);
    qint64 productId() const { return m_id; }
    /// The form as a POST/PATCH body (every field); "priceEur" as the typed decimal text.
    QJsonObject body() const;
    /// Whether the price field holds a valid EUR amount (≤ 2 decimals).
    bool priceIsValid() const;
    /// The BGN text shown beside the price ("8,80 лв."; empty while the price is invalid).
    QString bgnText() const;

    QLineEdit *nameBgEdit() const { return m_nameBg; }
    QLineEdit *nameEnEdit() const { return m_nameEn; }
    QLineEdit *priceEdit() const { return m_price; }
    QCheckBox *allergenBox(const QString &code) const;

signals:
    void saveRequested();
    /// A photo file was chosen: its bytes and content type (image/jpeg, image/png …).
    void photoChosen(const QByteArray &bytes, const QByteArray &contentType);
    void photoRemoveRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void updateBgn();
    void choosePhoto();

    qint64 m_id = 0;
    QLabel *m_title;
    QLabel *m_nameBgLabel, *m_nameEnLabel, *m_descBgLabel, *m_descEnLabel, *m_priceLabel,
        *m_stationLabel, *m_allergensLabel, *m_photoLabel;
    QLineEdit *m_nameBg;
    QLineEdit *m_nameEn;
    QPlainTextEdit *m_descriptionBg;
    QPlainTextEdit *m_descriptionEn;
    QLineEdit *m_price;
    QLabel *m_bgn;
    QComboBox *m_station;
    QCheckBox *m_available;
    QCheckBox *m_hidden;
    QList<QCheckBox *> m_allergens;
    QLabel *m_photo;
    QPushButton *m_choosePhoto;
    QPushButton *m_removePhoto;
    QPushButton *m_save;
};

} // namespace tableside::dashboard
