// ExportDialog: asks what to export (the working copy or a version), in which format, and into which folder.
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

#include <cstdint>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace atelier {

class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `versions`: number and message of each version, offered besides the working copy.
    ExportDialog(const QList<QPair<std::int64_t, QString>> &versions, QWidget *parent = nullptr);

    // coco, yolo, voc, labelme or masks (the names `atelier dataset export --format` takes).
    QString format() const;
    QString folder() const;
    // 0 for the working copy.
    std::int64_t version() const;

    void setFormat(const QString &format);
    void setFolder(const QString &folder);
    void setVersion(std::int64_t version);

private:
    void chooseFolder();
    void updateState();

    QComboBox *m_source;
    QComboBox *m_format;
    QLineEdit *m_folder;
    QLabel *m_note;
    QDialogButtonBox *m_buttons;
};

} // namespace atelier
