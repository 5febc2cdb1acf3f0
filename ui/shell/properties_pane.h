// PropertiesPane: the Properties dock's content: what is selected in the navigator.
#pragma once

#include "core/project/project_catalog.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace atelier {

class EmptyState;

class PropertiesPane : public QWidget
{
    Q_OBJECT

public:
    explicit PropertiesPane(QWidget *parent = nullptr);

    void showItem(ProjectCatalog::Section section, const CatalogItem &item);
    void showSection(ProjectCatalog::Section section, int count);
    void showNothing();

    // The value shown for a field ("kind", "name", "id", "detail"), for tests and accessibility.
    QString value(const QString &field) const;

private:
    QWidget *createForm();

    QStackedLayout *m_stack;
    EmptyState *m_empty;
    QWidget *m_form;
    QLabel *m_headerIcon;
    QLabel *m_header;
    QHash<QString, QLabel *> m_values;
};

} // namespace atelier
