// LoadTestForm: the settings of a load test against a deployment: request body, path, connections, threads, its end and an optional fixed rate.
#pragma once

#include "core/result.h"
#include "core/serving/load_generator.h"

#include <QList>
#include <QWidget>

#include <cstdint>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace atelier {

class LoadTestForm : public QWidget
{
    Q_OBJECT

public:
    enum class BodySource { None, File, DatasetVersion };

    struct DatasetVersionChoice
    {
        QString datasetName;
        std::int64_t version = 0;
        QString message;
    };

    // What Run starts: the settings without bodies (they are read on a worker), and where the
    // bodies come from.
    struct Plan
    {
        LoadSettings settings;
        BodySource body = BodySource::None;
        QString file;
        DatasetVersionChoice datasetVersion;
    };

    explicit LoadTestForm(QWidget *parent = nullptr);

    // The model the deployment serves: its infer path is the default for requests with a body.
    void setModelName(const QString &modelName);
    void setDatasetVersions(const QList<DatasetVersionChoice> &versions);

    // The plan for the server at `baseUrl`, or what is wrong with the form, in a user's words.
    [[nodiscard]] Result<Plan> plan(const QString &baseUrl) const;

    QComboBox *bodySource() const { return m_body; }
    QLineEdit *bodyFile() const { return m_file; }
    QComboBox *datasetVersion() const { return m_version; }
    QLineEdit *path() const { return m_path; }
    QSpinBox *concurrency() const { return m_concurrency; }
    QSpinBox *threads() const { return m_threads; }
    QRadioButton *byDuration() const { return m_byDuration; }
    QDoubleSpinBox *duration() const { return m_duration; }
    QRadioButton *byCount() const { return m_byCount; }
    QSpinBox *requestCount() const { return m_count; }
    QCheckBox *fixedRate() const { return m_fixedRate; }
    QDoubleSpinBox *rate() const { return m_rate; }

private:
    void bodySourceChanged();
    void browse();
    QString defaultPath() const;

    QString m_modelName;
    QFormLayout *m_form;
    QComboBox *m_body;
    QLineEdit *m_file;
    QWidget *m_fileRow;
    QComboBox *m_version;
    QLineEdit *m_path;
    QSpinBox *m_concurrency;
    QSpinBox *m_threads;
    QRadioButton *m_byDuration;
    QDoubleSpinBox *m_duration;
    QRadioButton *m_byCount;
    QSpinBox *m_count;
    QCheckBox *m_fixedRate;
    QDoubleSpinBox *m_rate;
    QList<DatasetVersionChoice> m_versions;
};

} // namespace atelier
