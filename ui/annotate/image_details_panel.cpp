// ImageDetailsPanel: shows what it is given; the pane reads and writes the store.
#include "ui/annotate/image_details_panel.h"

#include "core/annotation/image_status.h"

#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QVBoxLayout>

namespace atelier {

ImageDetailsPanel::ImageDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_tags(new QLineEdit(this))
    , m_reviewComment(new QLabel(this))
    , m_history(new QListWidget(this))
{
    m_tags->setObjectName(QStringLiteral("imageTags"));
    m_tags->setPlaceholderText(tr("e.g. night, blurry"));
    m_reviewComment->setWordWrap(true);
    m_reviewComment->setObjectName(QStringLiteral("reviewComment"));
    m_history->setObjectName(QStringLiteral("statusHistory"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(new QLabel(tr("Tags (for classification, comma-separated):"), this));
    layout->addWidget(m_tags);
    layout->addWidget(m_reviewComment);
    layout->addWidget(new QLabel(tr("Status history:"), this));
    layout->addWidget(m_history, 1);

    connect(m_tags, &QLineEdit::editingFinished, this, [this] {
        QStringList tags;
        for (const QString &tag : m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const QString trimmed = tag.trimmed(); !trimmed.isEmpty() && !tags.contains(trimmed))
                tags.append(trimmed);
        }
        Q_EMIT tagsEdited(tags);
    });
}

void ImageDetailsPanel::setTags(const QStringList &tags)
{
    m_tags->setText(tags.join(QStringLiteral(", ")));
}

void ImageDetailsPanel::setReviewComment(const QString &comment)
{
    m_reviewComment->setText(comment.isEmpty() ? QString() : tr("Review: %1").arg(comment));
    m_reviewComment->setVisible(!comment.isEmpty());
}

void ImageDetailsPanel::setHistory(const Result<QList<StatusChange>> &history)
{
    m_history->clear();
    if (!history) {
        m_history->addItem(history.error().message);
        return;
    }
    for (const StatusChange &change : *history) {
        const QString when = QLocale().toString(QDateTime::fromString(change.at, Qt::ISODateWithMs).toLocalTime(),
                                                QLocale::ShortFormat);
        QString line = tr("%1  %2 → %3 by %4").arg(when, ImageStatus::displayName(change.from),
                                                   ImageStatus::displayName(change.to), change.actor);
        if (!change.comment.isEmpty())
            line += QStringLiteral(": ") + change.comment;
        m_history->addItem(line);
    }
    if (history->isEmpty())
        m_history->addItem(tr("No status changes yet."));
}

} // namespace atelier
