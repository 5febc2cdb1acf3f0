// StageTransitionDialog: "archive the others" only means something for staging and production,
// as in MLflow's archive_existing_versions.
#include "ui/models/stage_transition_dialog.h"

#include "ui/models/model_version_table_model.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace atelier {

StageTransitionDialog::StageTransitionDialog(const ModelVersionRecord &version, QWidget *parent)
    : QDialog(parent)
    , m_current(version.stage)
    , m_stage(new QComboBox(this))
    , m_archive(new QCheckBox(this))
    , m_comment(new QLineEdit(this))
{
    setObjectName(QStringLiteral("stageTransitionDialog"));
    setWindowTitle(tr("Transition %1 v%2").arg(version.modelName).arg(version.version));
    m_stage->setObjectName(QStringLiteral("stageBox"));
    m_archive->setObjectName(QStringLiteral("archiveExistingBox"));
    m_comment->setObjectName(QStringLiteral("stageCommentEdit"));
    m_comment->setPlaceholderText(tr("Why (optional): \"passed the acceptance tests\""));
    for (ModelStage stage : allModelStages())
        m_stage->addItem(ModelVersionTableModel::stageIcon(stage), ModelVersionTableModel::stageText(stage), int(stage));
    // The likely next step: none -> staging -> production.
    const ModelStage next = m_current == ModelStage::None      ? ModelStage::Staging
                            : m_current == ModelStage::Staging ? ModelStage::Production
                                                               : ModelStage::Archived;
    setStage(next);
    m_archive->setChecked(m_archiveWanted);
    setMinimumWidth(440);

    auto *form = new QFormLayout;
    form->addRow(tr("Now:"), new QLabel(ModelVersionTableModel::stageText(m_current), this));
    form->addRow(tr("Move to:"), m_stage);
    form->addRow(QString(), m_archive);
    form->addRow(tr("Comment:"), m_comment);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Transition"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);

    connect(m_stage, &QComboBox::currentIndexChanged, this, &StageTransitionDialog::updateArchive);
    connect(m_archive, &QCheckBox::toggled, this, [this](bool checked) {
        if (m_archive->isEnabled())
            m_archiveWanted = checked;
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateArchive();
}

ModelStage StageTransitionDialog::stage() const
{
    return ModelStage(m_stage->currentData().toInt());
}

void StageTransitionDialog::setStage(ModelStage stage)
{
    m_stage->setCurrentIndex(m_stage->findData(int(stage)));
}

bool StageTransitionDialog::archiveExisting() const
{
    return m_archive->isEnabled() && m_archive->isChecked();
}

QString StageTransitionDialog::comment() const
{
    return m_comment->text().trimmed();
}

void StageTransitionDialog::updateArchive()
{
    const bool serving = stage() == ModelStage::Staging || stage() == ModelStage::Production;
    // Unticked while it does not apply; the user's choice comes back with staging or production.
    m_archive->setEnabled(serving);
    m_archive->setChecked(serving && m_archiveWanted);
    m_archive->setText(serving ? tr("Archive the versions now in %1").arg(ModelVersionTableModel::stageText(stage()))
                               : tr("Archive the versions now in this stage"));
}

} // namespace atelier
