// ExportDialog: a small form; the export itself runs as a task of the DatasetPane.
#include "ui/datasets/export_dialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace atelier {

ExportDialog::ExportDialog(const QList<QPair<std::int64_t, QString>> &versions, QWidget *parent)
    : QDialog(parent)
    , m_source(new QComboBox(this))
    , m_format(new QComboBox(this))
    , m_folder(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export Dataset"));
    m_source->addItem(tr("Working copy"), qint64(0));
    for (const auto &[number, message] : versions)
        m_source->addItem(message.isEmpty() ? tr("Version %1").arg(number) : tr("Version %1 — %2").arg(number).arg(message),
                          qint64(number));
    m_format->addItem(tr("COCO instances (JSON)"), QStringLiteral("coco"));
    m_format->addItem(tr("YOLO (Ultralytics)"), QStringLiteral("yolo"));
    m_format->addItem(tr("Pascal VOC (XML)"), QStringLiteral("voc"));
    m_format->addItem(tr("labelme (JSON per image)"), QStringLiteral("labelme"));
    m_format->addItem(tr("Mask PNGs"), QStringLiteral("masks"));
    m_folder->setPlaceholderText(tr("An empty folder"));
    m_folder->setMinimumWidth(320);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    m_note->setWordWrap(true);
    m_note->setVisible(false);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Export"));

    auto *form = new QFormLayout;
    form->addRow(tr("&Source:"), m_source);
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("F&older:"), folderRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(m_buttons);

    connect(browse, &QPushButton::clicked, this, &ExportDialog::chooseFolder);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_source, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportDialog::updateState);
    connect(m_folder, &QLineEdit::textChanged, this, &ExportDialog::updateState);
    updateState();
}

QString ExportDialog::format() const
{
    return m_format->currentData().toString();
}

QString ExportDialog::folder() const
{
    return m_folder->text().trimmed();
}

std::int64_t ExportDialog::version() const
{
    return m_source->currentData().toLongLong();
}

void ExportDialog::setFormat(const QString &format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(format)));
}

void ExportDialog::setFolder(const QString &folder)
{
    m_folder->setText(folder);
}

void ExportDialog::setVersion(std::int64_t version)
{
    m_source->setCurrentIndex(std::max(0, m_source->findData(qint64(version))));
}

void ExportDialog::chooseFolder()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export into"),
                                                             this->folder().isEmpty() ? QDir::homePath() : this->folder());
    if (!folder.isEmpty())
        m_folder->setText(QDir::toNativeSeparators(folder));
}

void ExportDialog::updateState()
{
    m_note->setText(format() == u"coco" ? tr("Writes instances.json, and instances_train.json, instances_val.json and "
                                             "instances_test.json for the splits that images have.")
                                        : QString());
    m_note->setVisible(!m_note->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!folder().isEmpty());
}

} // namespace atelier
