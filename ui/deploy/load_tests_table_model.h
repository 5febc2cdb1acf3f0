// LoadTestsTableModel: a deployment's earlier load tests as table rows (when, how, requests, errors, rate, percentiles).
#pragma once

#include "core/serving/load_test_store.h"

#include <QAbstractTableModel>

namespace atelier {

class LoadTestsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { StartedColumn, ModeColumn, RequestsColumn, ErrorsColumn, RpsColumn, P50Column, P99Column,
                  MaxColumn, ColumnCount };

    explicit LoadTestsTableModel(QObject *parent = nullptr);

    // Newest first, as LoadTestStore::list() gives them.
    void setTests(const QList<LoadTestRecord> &tests);
    const LoadTestRecord *test(int row) const;
    int rowOf(std::int64_t loadTestId) const;

    // "closed loop, 8 connections" or "open loop, 200 requests/s, 8 connections".
    static QString modeText(const QJsonObject &settings);
    static double requestsPerSecond(const LoadTestRecord &test);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<LoadTestRecord> m_tests;
};

} // namespace atelier
