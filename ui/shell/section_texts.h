// SectionTexts: what the shell calls each navigator section, and what it says while a view is missing.
#pragma once

#include "core/project/project_catalog.h"

#include <QCoreApplication>
#include <QIcon>
#include <QString>

namespace atelier {

class SectionTexts
{
    Q_DECLARE_TR_FUNCTIONS(SectionTexts)

public:
    using Section = ProjectCatalog::Section;

    static QString title(Section section);    // "Datasets"
    static QString kindName(Section section); // "Dataset"
    static QIcon icon(Section section);

    // For a section with no items: what will appear there and where it comes from.
    static QString emptyTitle(Section section);
    static QString emptyText(Section section);

    // For an opened item whose view is not built yet: what that view will show.
    static QString placeholderText(Section section, const CatalogItem &item);
};

} // namespace atelier
