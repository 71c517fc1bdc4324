#include "menuproducteditor.h"

#include "allergens.h"
#include "language.h"
#include "money.h"
#include "moneyformatter.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tableside::dashboard {

namespace {

QString allergenName(const QString &code)
{
    // The 14 allergens of EU Regulation 1169/2011, Annex II.
    static const QHash<QString, const char *> names {
        {QStringLiteral("gluten"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Gluten")},
        {QStringLiteral("crustaceans"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Crustaceans")},
        {QStringLiteral("eggs"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Eggs")},
        {QStringLiteral("fish"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Fish")},
        {QStringLiteral("peanuts"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Peanuts")},
        {QStringLiteral("soybeans"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Soybeans")},
        {QStringLiteral("milk"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Milk")},
        {QStringLiteral("nuts"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Nuts")},
        {QStringLiteral("celery"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Celery")},
        {QStringLiteral("mustard"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Mustard")},
        {QStringLiteral("sesame"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Sesame")},
        {QStringLiteral("sulphites"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Sulphites")},
        {QStringLiteral("lupin"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Lupin")},
        {QStringLiteral("molluscs"),
         QT_TRANSLATE_NOOP("tableside::dashboard::MenuProductEditor", "Molluscs")},
    };
    return MenuProductEditor::tr(names.value(code, "?"));
}

Language uiLanguage()
{
    return QLocale().language() == QLocale::Bulgarian ? Language::Bulgarian : Language::English;
}

QLineEdit *touchLine()
{
    auto *edit = new QLineEdit;
    edit->setMinimumHeight(ThemeManager::TouchTarget);
    return edit;
}

QPlainTextEdit *touchText()
{
    auto *edit = new QPlainTextEdit;
    edit->setMinimumHeight(ThemeManager::TouchTarget * 3 / 2);
    edit->setMaximumHeight(ThemeManager::TouchTarget * 2);
    return edit;
}

QPushButton *touchButton()
{
    auto *b = new QPushButton;
    b->setMinimumHeight(ThemeManager::TouchTarget);
    return b;
}

} // namespace

MenuProductEditor::MenuProductEditor(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("MenuProductEditor"));
    m_title = new QLabel;
    QFont font = m_title->font();
    font.setBold(true);
    m_title->setFont(font);
    m_nameBgLabel = new QLabel;
    m_nameEnLabel = new QLabel;
    m_descBgLabel = new QLabel;
    m_descEnLabel = new QLabel;
    m_priceLabel = new QLabel;
    m_stationLabel = new QLabel;
    m_allergensLabel = new QLabel;
    m_photoLabel = new QLabel;
    m_nameBg = touchLine();
    m_nameBg->setObjectName(QStringLiteral("nameBg"));
    m_nameBg->setMaxLength(80);
    m_nameEn = touchLine();
    m_nameEn->setObjectName(QStringLiteral("nameEn"));
    m_nameEn->setMaxLength(80);
    m_descriptionBg = touchText();
    m_descriptionEn = touchText();
    m_price = touchLine();
    m_price->setObjectName(QStringLiteral("priceEur"));
    m_price->setInputMethodHints(Qt::ImhFormattedNumbersOnly);
    m_bgn = new QLabel;
    m_bgn->setObjectName(QStringLiteral("priceBgn"));
    m_station = new QComboBox;
    m_station->setEditable(true);
    m_station->setMinimumHeight(ThemeManager::TouchTarget);
    m_available = new QCheckBox;
    m_hidden = new QCheckBox;
    for (QCheckBox *box : {m_available, m_hidden})
        box->setMinimumHeight(ThemeManager::TouchTarget);
    m_photo = new QLabel;
    m_photo->setMinimumSize(120, 90);
    m_choosePhoto = touchButton();
    m_removePhoto = touchButton();
    m_save = touchButton();
    m_save->setObjectName(QStringLiteral("saveProduct"));

    auto *priceRow = new QHBoxLayout;
    priceRow->addWidget(m_price, 1);
    priceRow->addWidget(m_bgn, 1);
    auto *flags = new QHBoxLayout;
    flags->addWidget(m_available);
    flags->addWidget(m_hidden);
    auto *allergens = new QGridLayout;
    for (const QString &code : Allergens::codes()) {
        auto *box = new QCheckBox;
        box->setObjectName(QStringLiteral("allergen-") + code);
        box->setProperty("code", code);
        box->setMinimumHeight(ThemeManager::TouchTarget * 3 / 4);
        allergens->addWidget(box, int(m_allergens.size()) / 2, int(m_allergens.size()) % 2);
        m_allergens.append(box);
    }
    auto *photoRow = new QHBoxLayout;
    photoRow->addWidget(m_photo);
    photoRow->addWidget(m_choosePhoto);
    photoRow->addWidget(m_removePhoto);
    photoRow->addStretch();

    auto *form = new QFormLayout;
    // Labels above their fields: the form is the narrowest column of the Menu page.
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_nameBgLabel, m_nameBg);
    form->addRow(m_nameEnLabel, m_nameEn);
    form->addRow(m_descBgLabel, m_descriptionBg);
    form->addRow(m_descEnLabel, m_descriptionEn);
    form->addRow(m_priceLabel, priceRow);
    form->addRow(m_stationLabel, m_station);
    form->addRow(QString(), flags);
    form->addRow(m_allergensLabel, allergens);
    form->addRow(m_photoLabel, photoRow);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addLayout(form);
    layout->addWidget(m_save);
    layout->addStretch();

    connect(m_price, &QLineEdit::textChanged, this, &MenuProductEditor::updateBgn);
    connect(m_save, &QPushButton::clicked, this, &MenuProductEditor::saveRequested);
    connect(m_choosePhoto, &QPushButton::clicked, this, &MenuProductEditor::choosePhoto);
    connect(m_removePhoto, &QPushButton::clicked, this, &MenuProductEditor::photoRemoveRequested);
    retranslate();
    setProduct({}, {QStringLiteral("kitchen"), QStringLiteral("bar")});
}

void MenuProductEditor::setProduct(const QJsonObject &product, const QStringList &stations)
{
    m_id = product.value(QStringLiteral("id")).toInteger();
    const QJsonObject name = product.value(QStringLiteral("name")).toObject();
    m_nameBg->setText(name.value(QStringLiteral("bg")).toString());
    m_nameEn->setText(name.value(QStringLiteral("en")).toString());
    m_descriptionBg->setPlainText(product.value(QStringLiteral("descriptionBg")).toString());
    m_descriptionEn->setPlainText(product.value(QStringLiteral("descriptionEn")).toString());
    // The exact cents as decimal text: never through a double.
    m_price->setText(
        product.isEmpty()
            ? QString()
            : Money::fromEuroCents(product.value(QStringLiteral("priceEurCents")).toInteger())
                  .toDecimalString());
    m_station->clear();
    m_station->addItems(stations);
    m_station->setCurrentText(product.value(QStringLiteral("station"))
                                  .toString(stations.value(0, QStringLiteral("kitchen"))));
    m_available->setChecked(!product.value(QStringLiteral("isSoldOut")).toBool());
    m_hidden->setChecked(product.value(QStringLiteral("isHidden")).toBool());
    const QJsonArray allergens = product.value(QStringLiteral("allergens")).toArray();
    for (QCheckBox *box : std::as_const(m_allergens))
        box->setChecked(allergens.contains(box->property("code").toString()));
    const bool hasPhoto = !product.value(QStringLiteral("photoUrl")).toString().isEmpty();
    m_photo->setPixmap({});
    m_photo->setText(hasPhoto ? tr("Photo uploaded") : tr("No photo"));
    m_choosePhoto->setEnabled(m_id > 0); // a new product gets its photo once saved
    m_removePhoto->setEnabled(hasPhoto);
    m_title->setText(m_id > 0 ? tr("Product %1").arg(m_id) : tr("New product"));
    updateBgn();
}

QJsonObject MenuProductEditor::body() const
{
    QJsonArray allergens;
    for (QCheckBox *box : m_allergens)
        if (box->isChecked())
            allergens.append(box->property("code").toString());
    return {
        {QStringLiteral("name"),
         QJsonObject {{QStringLiteral("bg"), m_nameBg->text().trimmed()},
                      {QStringLiteral("en"), m_nameEn->text().trimmed()}}},
        {QStringLiteral("description"),
         QJsonObject {{QStringLiteral("bg"), m_descriptionBg->toPlainText().trimmed()},
                      {QStringLiteral("en"), m_descriptionEn->toPlainText().trimmed()}}},
        // Sent as text: the server parses the decimal itself, exactly.
        {QStringLiteral("priceEur"), m_price->text().trimmed()},
        {QStringLiteral("station"), m_station->currentText().trimmed().toLower()},
        {QStringLiteral("isAvailable"), m_available->isChecked()},
        {QStringLiteral("isHidden"), m_hidden->isChecked()},
        {QStringLiteral("allergens"), allergens},
    };
}

bool MenuProductEditor::priceIsValid() const
{
    return Money::parseDecimal(m_price->text().trimmed()).has_value();
}

QString MenuProductEditor::bgnText() const
{
    return m_bgn->text();
}

QCheckBox *MenuProductEditor::allergenBox(const QString &code) const
{
    for (QCheckBox *box : m_allergens)
        if (box->property("code").toString() == code)
            return box;
    return nullptr;
}

void MenuProductEditor::updateBgn()
{
    const auto price = Money::parseDecimal(m_price->text().trimmed());
    m_bgn->setText(price ? MoneyFormatter(uiLanguage()).formatBgn(*price) : QString());
    m_save->setEnabled(price.has_value());
}

void MenuProductEditor::choosePhoto()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Choose a photo"), QString(),
                                                      tr("Images (*.jpg *.jpeg *.png *.gif)"));
    if (file.isEmpty())
        return;
    QFile in(file);
    if (!in.open(QIODevice::ReadOnly))
        return;
    const QByteArray bytes = in.read(5 * 1024 * 1024 + 1); // the server's cap decides
    const QString suffix = QFileInfo(file).suffix().toLower();
    const QByteArray type = suffix == u"png" ? "image/png"
        : suffix == u"gif"                   ? "image/gif"
                                             : "image/jpeg";
    QPixmap preview;
    if (preview.loadFromData(bytes))
        m_photo->setPixmap(preview.scaled(120, 90, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    emit photoChosen(bytes, type);
}

void MenuProductEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void MenuProductEditor::retranslate()
{
    m_nameBgLabel->setText(tr("Name (Bulgarian)"));
    m_nameEnLabel->setText(tr("Name (English)"));
    m_descBgLabel->setText(tr("Description (Bulgarian)"));
    m_descEnLabel->setText(tr("Description (English)"));
    m_priceLabel->setText(tr("Price, EUR"));
    m_stationLabel->setText(tr("Station"));
    m_available->setText(tr("Available"));
    m_hidden->setText(tr("Hidden from guests"));
    m_allergensLabel->setText(tr("Allergens"));
    m_photoLabel->setText(tr("Photo"));
    m_choosePhoto->setText(tr("Choose photo…"));
    m_removePhoto->setText(tr("Remove photo"));
    m_save->setText(tr("Save"));
    for (QCheckBox *box : std::as_const(m_allergens))
        box->setText(allergenName(box->property("code").toString()));
    m_title->setText(m_id > 0 ? tr("Product %1").arg(m_id) : tr("New product"));
    updateBgn();
}

} // namespace tableside::dashboard
