// ImageDetailsPanel: the Image dock: the image's classification tags (edited as a comma-separated
// line), the comment of its last rejection, and its status history.
#pragma once

#include "core/annotation/image_annotations.h"
#include "core/result.h"

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;

namespace atelier {

class ImageDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ImageDetailsPanel(QWidget *parent = nullptr);

    void setTags(const QStringList &tags);
    // Empty: no comment shown.
    void setReviewComment(const QString &comment);
    void setHistory(const Result<QList<StatusChange>> &history);

Q_SIGNALS:
    // The user finished editing the tags: trimmed, without empty or repeated ones.
    void tagsEdited(const QStringList &tags);

private:
    QLineEdit *m_tags;
    QLabel *m_reviewComment;
    QListWidget *m_history;
};

} // namespace atelier
