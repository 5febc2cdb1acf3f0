// LoadTestsTableModel: figures come from the load_test columns; the rate and the mode from its settings JSON.
#include "ui/deploy/load_tests_table_model.h"

#include <QDateTime>
#include <QLocale>

namespace atelier {

namespace {

QString msText(std::optional<double> ms)
{
    return ms ? QLocale().toString(*ms, 'f', *ms < 10 ? 2 : 1) : QStringLiteral("—");
}

} // namespace

LoadTestsTableModel::LoadTestsTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void LoadTestsTableModel::setTests(const QList<LoadTestRecord> &tests)
{
    beginResetModel();
    m_tests = tests;
    endResetModel();
}

const LoadTestRecord *LoadTestsTableModel::test(int row) const
{
    return row >= 0 && row < m_tests.size() ? &m_tests[row] : nullptr;
}

int LoadTestsTableModel::rowOf(std::int64_t loadTestId) const
{
    for (int row = 0; row < m_tests.size(); ++row) {
        if (m_tests[row].id == loadTestId)
            return row;
    }
    return -1;
}

QString LoadTestsTableModel::modeText(const QJsonObject &settings)
{
    const int connections = settings.value(QStringLiteral("concurrency")).toInt();
    const double rate = settings.value(QStringLiteral("rate")).toDouble();
    if (rate > 0)
        return tr("open loop, %1/s, %2 conn.").arg(QLocale().toString(rate, 'g', 4)).arg(connections);
    return tr("closed loop, %1 conn.").arg(connections);
}

double LoadTestsTableModel::requestsPerSecond(const LoadTestRecord &test)
{
    const QJsonObject outcome = test.settings.value(QStringLiteral("outcome")).toObject();
    if (outcome.contains(QStringLiteral("rps")))
        return outcome.value(QStringLiteral("rps")).toDouble();
    return test.durationMs > 0 ? double(test.requests) * 1000.0 / double(test.durationMs) : 0.0;
}

int LoadTestsTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tests.size());
}

int LoadTestsTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoadTestsTableModel::data(const QModelIndex &index, int role) const
{
    const LoadTestRecord *test = index.isValid() ? this->test(index.row()) : nullptr;
    if (!test)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() >= RequestsColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole)
        return test->url;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case StartedColumn: {
        const QString when = QLocale().toString(QDateTime::fromString(test->startedAt, Qt::ISODateWithMs).toLocalTime(),
                                                QLocale::ShortFormat);
        const bool canceled = test->settings.value(QStringLiteral("outcome")).toObject()
                                  .value(QStringLiteral("canceled")).toBool();
        return canceled ? tr("%1 (cancelled)").arg(when) : when;
    }
    case ModeColumn: return modeText(test->settings);
    case RequestsColumn: return QLocale().toString(qint64(test->requests));
    case ErrorsColumn: return QLocale().toString(qint64(test->errors));
    case RpsColumn: return QLocale().toString(requestsPerSecond(*test), 'f', 1);
    case P50Column: return msText(test->p50Ms);
    case P99Column: return msText(test->p99Ms);
    case MaxColumn: return msText(test->maxMs);
    case ColumnCount: break;
    }
    return {};
}

QVariant LoadTestsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case StartedColumn: return tr("Started");
    case ModeColumn: return tr("Mode");
    case RequestsColumn: return tr("Requests");
    case ErrorsColumn: return tr("Errors");
    case RpsColumn: return tr("Requests/s");
    case P50Column: return tr("p50 (ms)");
    case P99Column: return tr("p99 (ms)");
    case MaxColumn: return tr("Max (ms)");
    case ColumnCount: break;
    }
    return {};
}

} // namespace atelier
