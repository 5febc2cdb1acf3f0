// StageTransitionDialog: asks which stage a model version moves to, and whether others make way.
#pragma once

#include "core/models/model_types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace atelier {

class StageTransitionDialog : public QDialog
{
    Q_OBJECT

public:
    StageTransitionDialog(const ModelVersionRecord &version, QWidget *parent = nullptr);

    ModelStage stage() const;
    void setStage(ModelStage stage);
    // Whether the model's other versions in the target stage move to archived.
    bool archiveExisting() const;
    QString comment() const;

    QComboBox *stageBox() const { return m_stage; }
    QCheckBox *archiveBox() const { return m_archive; }

private:
    void updateArchive();

    ModelStage m_current;
    bool m_archiveWanted = true; // what the box says whenever it applies
    QComboBox *m_stage;
    QCheckBox *m_archive;
    QLineEdit *m_comment;
};

} // namespace atelier
