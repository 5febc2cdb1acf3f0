// ImageStatus: the review states an image goes through (new, in progress, done, accepted,
// rejected) with the names the store uses and the names a user reads.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace atelier {

class ImageStatus
{
    Q_DECLARE_TR_FUNCTIONS(ImageStatus)

public:
    static QString newImage() { return QStringLiteral("new"); }
    static QString inProgress() { return QStringLiteral("in_progress"); }
    static QString done() { return QStringLiteral("done"); }
    static QString accepted() { return QStringLiteral("accepted"); }
    static QString rejected() { return QStringLiteral("rejected"); }

    // The store's names, in the order of the workflow.
    static QStringList all() { return {newImage(), inProgress(), done(), accepted(), rejected()}; }

    // "In progress" for in_progress; the stored name itself when it is unknown.
    static QString displayName(const QString &status)
    {
        if (status == newImage())
            return tr("New");
        if (status == inProgress())
            return tr("In progress");
        if (status == done())
            return tr("Done");
        if (status == accepted())
            return tr("Accepted");
        if (status == rejected())
            return tr("Rejected");
        return status;
    }
};

} // namespace atelier
