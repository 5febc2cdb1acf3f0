// LoadTestForm: the rows for a body file or a dataset version show only when that body is chosen; the
// path follows the body (the model's infer route for a body, the readiness route without one).
#include "ui/deploy/load_test_form.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>
#include <QToolButton>
#include <QUrl>

#include <chrono>

namespace atelier {

LoadTestForm::LoadTestForm(QWidget *parent)
    : QWidget(parent)
    , m_form(new QFormLayout(this))
    , m_body(new QComboBox(this))
    , m_file(new QLineEdit(this))
    , m_fileRow(new QWidget(this))
    , m_version(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_concurrency(new QSpinBox(this))
    , m_threads(new QSpinBox(this))
    , m_byDuration(new QRadioButton(tr("Duration"), this))
    , m_duration(new QDoubleSpinBox(this))
    , m_byCount(new QRadioButton(tr("Requests"), this))
    , m_count(new QSpinBox(this))
    , m_fixedRate(new QCheckBox(tr("Fixed rate"), this))
    , m_rate(new QDoubleSpinBox(this))
{
    setObjectName(QStringLiteral("loadTestForm"));
    m_body->setObjectName(QStringLiteral("loadTestBody"));
    m_body->addItem(tr("None (GET)"), int(BodySource::None));
    m_body->addItem(tr("A file (POST)"), int(BodySource::File));
    m_body->addItem(tr("Images of a dataset version (POST)"), int(BodySource::DatasetVersion));
    m_body->setCurrentIndex(1);
    m_file->setObjectName(QStringLiteral("loadTestBodyFile"));
    m_file->setPlaceholderText(tr("request.json"));
    auto *browse = new QToolButton(m_fileRow);
    browse->setText(tr("…"));
    browse->setToolTip(tr("Choose the file each request sends"));
    auto *fileLayout = new QHBoxLayout(m_fileRow);
    fileLayout->setContentsMargins(0, 0, 0, 0);
    fileLayout->addWidget(m_file, 1);
    fileLayout->addWidget(browse);
    m_version->setObjectName(QStringLiteral("loadTestDatasetVersion"));
    m_path->setObjectName(QStringLiteral("loadTestPath"));

    m_concurrency->setObjectName(QStringLiteral("loadTestConcurrency"));
    m_concurrency->setRange(1, 10000);
    m_concurrency->setValue(8);
    m_concurrency->setToolTip(tr("Connections kept open; in closed loop each sends its next request as soon as "
                                 "its last answer came"));
    m_threads->setObjectName(QStringLiteral("loadTestThreads"));
    m_threads->setRange(1, 64);
    m_threads->setValue(1);
    m_threads->setToolTip(tr("Client threads, each with its share of the connections"));
    m_byDuration->setObjectName(QStringLiteral("loadTestByDuration"));
    m_duration->setObjectName(QStringLiteral("loadTestDuration"));
    m_duration->setRange(0.5, 24 * 3600);
    m_duration->setDecimals(1);
    m_duration->setValue(10);
    m_duration->setSuffix(tr(" s"));
    m_byCount->setObjectName(QStringLiteral("loadTestByCount"));
    m_count->setObjectName(QStringLiteral("loadTestRequests"));
    m_count->setRange(1, 1'000'000'000);
    m_count->setValue(1000);
    m_byDuration->setChecked(true);
    m_fixedRate->setObjectName(QStringLiteral("loadTestFixedRate"));
    m_fixedRate->setToolTip(tr("Open loop: requests are due at a fixed rate whether or not earlier ones were "
                               "answered, and each latency counts from the time it was due (like wrk2)"));
    m_rate->setObjectName(QStringLiteral("loadTestRate"));
    m_rate->setRange(0.1, 1'000'000);
    m_rate->setDecimals(1);
    m_rate->setValue(100);
    m_rate->setSuffix(tr(" requests/s"));
    m_rate->setEnabled(false);

    const auto pair = [this](QWidget *left, QWidget *right) {
        auto *row = new QWidget(this);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(left);
        layout->addWidget(right, 1);
        return row;
    };
    m_form->setContentsMargins(0, 0, 0, 0);
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->addRow(tr("Body:"), m_body);
    m_form->addRow(tr("File:"), m_fileRow);
    m_form->addRow(tr("Version:"), m_version);
    m_form->addRow(tr("Path:"), m_path);
    m_form->addRow(tr("Connections:"), m_concurrency);
    m_form->addRow(tr("Threads:"), m_threads);
    m_form->addRow(tr("Ends after:"), pair(m_byDuration, m_duration));
    m_form->addRow(QString(), pair(m_byCount, m_count));
    // One choice across the two rows: radio buttons are exclusive only among siblings.
    auto *ends = new QButtonGroup(this);
    ends->addButton(m_byDuration);
    ends->addButton(m_byCount);
    m_form->addRow(tr("Rate:"), pair(m_fixedRate, m_rate));

    connect(m_body, &QComboBox::currentIndexChanged, this, &LoadTestForm::bodySourceChanged);
    connect(browse, &QToolButton::clicked, this, &LoadTestForm::browse);
    connect(m_fixedRate, &QCheckBox::toggled, m_rate, &QWidget::setEnabled);
    connect(m_byDuration, &QRadioButton::toggled, m_duration, &QWidget::setEnabled);
    connect(m_byCount, &QRadioButton::toggled, m_count, &QWidget::setEnabled);
    m_count->setEnabled(false);
    bodySourceChanged();
}

void LoadTestForm::setModelName(const QString &modelName)
{
    const bool followed = m_path->text().isEmpty() || m_path->text() == defaultPath();
    m_modelName = modelName;
    if (followed)
        m_path->setText(defaultPath());
}

void LoadTestForm::setDatasetVersions(const QList<DatasetVersionChoice> &versions)
{
    m_versions = versions;
    m_version->clear();
    for (const DatasetVersionChoice &choice : versions) {
        const QString label = choice.message.isEmpty()
                                  ? tr("%1 v%2").arg(choice.datasetName).arg(choice.version)
                                  : tr("%1 v%2 — %3").arg(choice.datasetName).arg(choice.version).arg(choice.message);
        m_version->addItem(label);
    }
    if (versions.isEmpty())
        m_version->addItem(tr("No dataset versions in this project"));
    m_version->setEnabled(!versions.isEmpty());
}

QString LoadTestForm::defaultPath() const
{
    if (BodySource(m_body->currentData().toInt()) == BodySource::None || m_modelName.isEmpty())
        return QStringLiteral("/v2/health/ready");
    return QStringLiteral("/v2/models/%1/infer").arg(QString::fromUtf8(QUrl::toPercentEncoding(m_modelName)));
}

void LoadTestForm::bodySourceChanged()
{
    const auto source = BodySource(m_body->currentData().toInt());
    m_form->setRowVisible(m_fileRow, source == BodySource::File);
    m_form->setRowVisible(m_version, source == BodySource::DatasetVersion);
    m_path->setText(defaultPath());
}

void LoadTestForm::browse()
{
    const QString file = QFileDialog::getOpenFileName(this, tr("Request Body"), QFileInfo(m_file->text()).path());
    if (!file.isEmpty())
        m_file->setText(file);
}

Result<LoadTestForm::Plan> LoadTestForm::plan(const QString &baseUrl) const
{
    if (baseUrl.isEmpty())
        return fail(tr("The deployment has no address yet: wait until it is ready, then run the test."));
    const QString path = m_path->text().trimmed();
    if (!path.startsWith(u'/'))
        return fail(tr("The path \"%1\" must start with \"/\", e.g. %2.").arg(path, defaultPath()));
    Plan plan;
    plan.body = BodySource(m_body->currentData().toInt());
    if (plan.body == BodySource::File) {
        plan.file = m_file->text().trimmed();
        if (plan.file.isEmpty())
            return fail(tr("Choose the file whose contents each request sends, or another body."));
        const bool json = plan.file.endsWith(QLatin1String(".json"), Qt::CaseInsensitive);
        plan.settings.headers.append(json ? QByteArrayLiteral("Content-Type: application/json")
                                          : QByteArrayLiteral("Content-Type: application/octet-stream"));
    } else if (plan.body == BodySource::DatasetVersion) {
        if (m_versions.isEmpty())
            return fail(tr("This project has no dataset versions: freeze a version of a dataset first, or send a file."));
        plan.datasetVersion = m_versions.value(m_version->currentIndex());
    }
    LoadSettings &settings = plan.settings;
    settings.url = baseUrl + path;
    settings.method = plan.body == BodySource::None ? QByteArrayLiteral("GET") : QByteArrayLiteral("POST");
    settings.concurrency = m_concurrency->value();
    settings.threads = m_threads->value();
    if (m_byCount->isChecked())
        settings.requests = m_count->value();
    else
        settings.duration = std::chrono::milliseconds(qint64(m_duration->value() * 1000.0));
    if (m_fixedRate->isChecked())
        settings.rate = m_rate->value();
    if (auto ok = settings.validate(); !ok)
        return fail(ok.error());
    return plan;
}

} // namespace atelier
