// Tests RunSearch: MLflow's filter and order_by syntax over a small fixed set of runs, errors that point at the bad token, paging, and runs moved between experiments.
#include "core/project/project.h"
#include "core/store/audit_log.h"
#include "core/store/database.h"
#include "core/store/transaction.h"
#include "core/tracking/run_search.h"
#include "core/tracking/tracking_store.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QtTest>

#include <cmath>
#include <limits>
#include <optional>
#include <random>

using namespace atelier;

namespace {

// Run ids are one letter repeated 32 times, so that a page reads back as "b c d a".
QString uuid(QChar letter)
{
    return QString(32, letter);
}

QString letters(const RunSearchPage &page)
{
    QStringList out;
    for (const QString &id : page.runIds)
        out.append(id.left(1));
    return out.join(QLatin1Char(' '));
}

constexpr double NaN = std::numeric_limits<double>::quiet_NaN();
constexpr double Inf = std::numeric_limits<double>::infinity();

} // namespace

class TestRunSearch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Project> m_project;

    Database &db() { return m_project->database(); }

    void check(const Status &ok)
    {
        QVERIFY2(ok, qPrintable(ok ? QString() : ok.error().toString()));
    }

    void addRun(QChar letter, int experiment, const char *name, const char *status, std::int64_t start,
                std::optional<std::int64_t> end, const char *user, const char *stage)
    {
        check(db().execute("INSERT INTO run(uuid, experiment_id, name, status, start_time, end_time, user, "
                           "lifecycle_stage, artifact_uri) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                           uuid(letter), experiment, name, status, start, end, user, stage,
                           QStringLiteral("mlflow-artifacts:/%1/%2/artifacts").arg(experiment).arg(uuid(letter))));
    }

    void addParam(QChar letter, const char *key, const char *value)
    {
        check(db().execute("INSERT INTO param(run_id, key, value) SELECT id, ?, ? FROM run WHERE uuid = ?", key,
                           value, uuid(letter)));
    }

    void addTag(QChar letter, const char *key, const char *value)
    {
        check(db().execute("INSERT INTO tag(run_id, key, value) SELECT id, ?, ? FROM run WHERE uuid = ?", key,
                           value, uuid(letter)));
    }

    // A metric's latest value as the metric store keeps it: NaN as NULL.
    void addMetric(QChar letter, const char *key, double value)
    {
        const std::optional<double> stored = std::isnan(value) ? std::nullopt : std::optional(value);
        check(db().execute("INSERT INTO metric_series(run_id, key, last_value, min_value, max_value, point_count) "
                           "SELECT id, ?, ?, ?, ?, 1 FROM run WHERE uuid = ?",
                           key, stored, stored, stored, uuid(letter)));
    }

    void addInput(QChar letter, const char *name, const char *digest, const char *context)
    {
        const QString tags = QStringLiteral("[{\"key\":\"mlflow.data.context\",\"value\":\"%1\"}]")
                                 .arg(QLatin1String(context));
        check(db().execute("INSERT INTO run_input(run_id, name, digest, tags) SELECT id, ?, ?, ? FROM run "
                           "WHERE uuid = ?",
                           name, digest, tags, uuid(letter)));
    }

    Result<RunSearchPage> search(const QString &filter, const QStringList &orderBy = {},
                                 ViewType view = ViewType::ActiveOnly, QList<std::int64_t> experiments = {})
    {
        RunSearchRequest request;
        request.filter = filter;
        request.orderBy = orderBy;
        request.view = view;
        request.experimentIds = experiments;
        return RunSearch(db()).search(request);
    }

private slots:
    // run exp name   status   start end  user  stage   params                        tags            metrics
    // a   1   alpha  FINISHED 1000  2000 alice active  lr=0.01 opt=adam             team=cv          acc=0.95 loss=0.1
    //                                                  "batch size"=32              mlflow.note.x     val.acc=0.9
    // b   1   beta   FAILED   3000  -    bob   active  lr=0.1 opt=SGD               team=nlp         acc=0.8 loss=NaN
    // c   2   gamma  RUNNING  2000  -    alice active  lr=0.01                      team=CV          acc=NaN loss=inf
    // d   2   delta  FINISHED 2000  4000 carol active  opt=adamw                    -                loss=0.5
    // e   1   eps    KILLED   500   600  bob   deleted lr=0.01                      team=cv          acc=0.99
    // Default order (start_time DESC, then run id): b c d a.
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto project = Project::create(m_dir.filePath(QStringLiteral("p")));
        QVERIFY2(project, qPrintable(project ? QString() : project.error().toString()));
        m_project = std::move(*project);
        const QString now = QStringLiteral("2024-01-01T00:00:00.000Z");
        for (const auto &[id, name] : {std::pair{1, "vision"}, std::pair{2, "nlp"}})
            check(db().execute("INSERT INTO experiment(id, name, artifact_location, created_at, updated_at) "
                               "VALUES (?, ?, '', ?, ?)",
                               id, name, now, now));
        addRun(u'a', 1, "alpha", "FINISHED", 1000, 2000, "alice", "active");
        addRun(u'b', 1, "beta", "FAILED", 3000, std::nullopt, "bob", "active");
        addRun(u'c', 2, "gamma", "RUNNING", 2000, std::nullopt, "alice", "active");
        addRun(u'd', 2, "delta", "FINISHED", 2000, 4000, "carol", "active");
        addRun(u'e', 1, "eps", "KILLED", 500, 600, "bob", "deleted");
        addParam(u'a', "lr", "0.01");
        addParam(u'a', "opt", "adam");
        addParam(u'a', "batch size", "32");
        addParam(u'b', "lr", "0.1");
        addParam(u'b', "opt", "SGD");
        addParam(u'c', "lr", "0.01");
        addParam(u'd', "opt", "adamw");
        addParam(u'e', "lr", "0.01");
        addTag(u'a', "team", "cv");
        addTag(u'a', "mlflow.note.x", "hello");
        addTag(u'b', "team", "nlp");
        addTag(u'c', "team", "CV");
        addTag(u'e', "team", "cv");
        addMetric(u'a', "acc", 0.95);
        addMetric(u'a', "loss", 0.1);
        addMetric(u'a', "val.acc", 0.9);
        addMetric(u'b', "acc", 0.8);
        addMetric(u'b', "loss", NaN);
        addMetric(u'c', "acc", NaN);
        addMetric(u'c', "loss", Inf);
        addMetric(u'd', "loss", 0.5);
        addMetric(u'e', "acc", 0.99);
        addInput(u'a', "mnist", "d1", "training");
        addInput(u'c', "mnist", "d2", "eval");
    }

    void filter_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("expected");
        const QString b = uuid(u'b');
        const QString c = uuid(u'c');

        QTest::newRow("empty") << QString() << "b c d a";
        QTest::newRow("spaces only") << "   " << "b c d a";
        // Metrics: every comparator; NaN fails all but != and a missing metric fails all.
        QTest::newRow("metric >") << "metrics.acc > 0.9" << "a";
        QTest::newRow("metric >=") << "metrics.acc >= 0.8" << "b a";
        QTest::newRow("metric <") << "metrics.acc < 0.9" << "b";
        QTest::newRow("metric <=") << "metrics.acc <= 0.95" << "b a";
        QTest::newRow("metric =") << "metrics.acc = 0.8" << "b";
        QTest::newRow("metric != keeps NaN") << "metrics.acc != 0.8" << "c a";
        QTest::newRow("metric infinity") << "metrics.loss > 1e300" << "c";
        QTest::newRow("metric exponent") << "metric.loss < 5E-1" << "a";
        QTest::newRow("metric negative") << "metrics.loss > -1" << "c d a";
        QTest::newRow("metric no spaces") << "metrics.acc>=0.8" << "b a";
        QTest::newRow("dotted key") << "metrics.val.acc > 0.5" << "a";
        QTest::newRow("backquoted key") << "metrics.`val.acc` > 0.5" << "a";
        QTest::newRow("double-quoted key") << "metrics.\"val.acc\" > 0.5" << "a";
        QTest::newRow("backquoted entity") << "`metrics`.acc > 0.9" << "a";
        // Params: =, !=, LIKE (case-sensitive), ILIKE; quoted keys with spaces.
        QTest::newRow("param = single quotes") << "params.lr = '0.01'" << "c a";
        QTest::newRow("param = double quotes") << "param.lr = \"0.01\"" << "c a";
        QTest::newRow("param !=") << "parameters.lr != '0.01'" << "b";
        QTest::newRow("param LIKE prefix") << "params.opt LIKE 'adam%'" << "d a";
        QTest::newRow("param LIKE is case-sensitive") << "params.opt LIKE 'sgd'" << "";
        QTest::newRow("param ILIKE") << "params.opt ILIKE 'sgd'" << "b";
        QTest::newRow("param LIKE underscore") << "params.lr LIKE '0._1'" << "c a";
        QTest::newRow("param LIKE glob chars literal") << "params.opt LIKE 'adam*'" << "";
        QTest::newRow("param lowercase like") << "params.opt like 'adam%'" << "d a";
        QTest::newRow("param key with space") << "params.`batch size` = '32'" << "a";
        // Tags.
        QTest::newRow("tag =") << "tags.team = 'cv'" << "a";
        QTest::newRow("tag !=") << "tag.team != 'cv'" << "b c";
        QTest::newRow("tag LIKE") << "tags.team LIKE '%v'" << "a";
        QTest::newRow("tag ILIKE") << "tags.team ILIKE 'CV'" << "c a";
        QTest::newRow("tag dotted quoted key") << "tags.'mlflow.note.x' = 'hello'" << "a";
        QTest::newRow("tag value with quote") << "tags.team = 'c''v'" << "";
        // Attributes, with and without a prefix, and MLflow's aliases.
        QTest::newRow("status =") << "attributes.status = 'FAILED'" << "b";
        QTest::newRow("status != bare") << "status != 'FINISHED'" << "b c";
        QTest::newRow("run_name =") << "attr.run_name = 'alpha'" << "a";
        QTest::newRow("run_name LIKE") << "run_name LIKE '%ta'" << "b d";
        QTest::newRow("Run name alias") << "`Run name` = 'gamma'" << "c";
        QTest::newRow("user_id IN") << "attributes.user_id IN ('alice', 'carol')" << "c d a";
        QTest::newRow("run_id IN") << QStringLiteral("attributes.run_id IN ('%1')").arg(b) << "b";
        QTest::newRow("run_id NOT IN") << QStringLiteral("run.run_id not in ('%1', \"%2\")").arg(b, c) << "d a";
        QTest::newRow("start_time >=") << "attributes.start_time >= 2000" << "b c d";
        QTest::newRow("created alias") << "created < 2000" << "a";
        QTest::newRow("end_time skips open runs") << "attributes.end_time > 1000" << "d a";
        QTest::newRow("end_time !=") << "attributes.end_time != 2000" << "d";
        QTest::newRow("lifecycle_stage") << "attributes.lifecycle_stage = 'active'" << "b c d a";
        QTest::newRow("artifact_uri LIKE") << "attributes.artifact_uri LIKE 'mlflow-artifacts:/1/%'" << "b a";
        // Datasets.
        QTest::newRow("dataset name") << "datasets.name = 'mnist'" << "c a";
        QTest::newRow("dataset digest IN") << "dataset.digest IN ('d2', 'd9')" << "c";
        QTest::newRow("dataset context") << "datasets.context = 'training'" << "a";
        // Conjunctions, AND in any case.
        QTest::newRow("three clauses") << "metrics.acc > 0.5 and params.lr = '0.01' AND tags.team = 'cv'" << "a";
        QTest::newRow("mixed-case AND") << "metrics.loss < 1 AnD params.opt LIKE 'adam%'" << "d a";
        QTest::newRow("same key twice") << "metrics.acc > 0.5 and metrics.acc < 0.9" << "b";
    }

    void filter()
    {
        QFETCH(QString, filter);
        QFETCH(QString, expected);
        auto page = search(filter);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(letters(*page), expected);
        QCOMPARE(page->runRowIds.size(), page->runIds.size());
        QVERIFY(page->nextPageToken.isEmpty());
    }

    void viewAndExperiments()
    {
        auto deleted = search(QString(), {}, ViewType::DeletedOnly);
        QVERIFY(deleted);
        QCOMPARE(letters(*deleted), QStringLiteral("e"));
        auto all = search(QStringLiteral("params.lr = '0.01'"), {}, ViewType::All);
        QVERIFY(all);
        QCOMPARE(letters(*all), QStringLiteral("c a e"));
        auto second = search(QString(), {}, ViewType::ActiveOnly, {2});
        QVERIFY(second);
        QCOMPARE(letters(*second), QStringLiteral("c d"));
        auto both = search(QStringLiteral("tags.team ILIKE 'cv'"), {}, ViewType::All, {1, 2});
        QVERIFY(both);
        QCOMPARE(letters(*both), QStringLiteral("c a e"));
    }

    void syntaxError_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QString>("message");
        const QString metricOps = QStringLiteral("=, !=, <, <=, >, >=");
        QTest::newRow("bad comparator")
            << "metrics.acc => 1"
            << QStringLiteral("Invalid comparator '=>' at column 13 in 'metrics.acc => 1'. Here metrics take ") + metricOps
                   + QLatin1Char('.');
        QTest::newRow("OR") << "metrics.acc > 0.9 or params.lr = '0.01'"
                            << "Expected AND, found 'or' at column 19 in 'metrics.acc > 0.9 or params.lr = '0.01''. "
                               "MLflow filters join comparisons with AND only.";
        QTest::newRow("unquoted param value")
            << "params.lr = 0.01"
            << "Expected a quoted string for lr, found '0.01' at column 13 in 'params.lr = 0.01'. "
               "Quote values in single or double quotes.";
        QTest::newRow("string for a metric") << "metrics.acc > 'high'"
                                             << "Expected a number for acc, found 'high' at column 15 in "
                                                "'metrics.acc > 'high''.";
        QTest::newRow("unknown entity")
            << "foo.acc > 1"
            << "Invalid entity type 'foo' at column 1 in 'foo.acc > 1'. Use metrics, params, tags, attributes or datasets.";
        QTest::newRow("unknown attribute")
            << "attributes.foo = 'x'"
            << "Invalid attribute key 'foo' at column 12 in 'attributes.foo = 'x''. Valid keys are run_id, run_name, "
               "status, user_id, artifact_uri, lifecycle_stage, start_time, end_time.";
        QTest::newRow("unterminated string")
            << "params.lr = 'abc"
            << "Unterminated string 'abc at column 13 in 'params.lr = 'abc'. Close it with a matching '.";
        QTest::newRow("dangling AND") << "metrics.acc > 1 and"
                                      << "Expected a comparison after AND, found the end at column 20 in "
                                         "'metrics.acc > 1 and'.";
        QTest::newRow("missing comparator") << "metrics.acc"
                                            << QStringLiteral("Missing comparator after 'metrics.acc': found the end at "
                                                              "column 12 in 'metrics.acc'. Here metrics take ")
                   + metricOps + QLatin1Char('.');
        QTest::newRow("missing value") << "params.lr LIKE"
                                       << "Expected a quoted string for lr, found the end at column 15 in "
                                          "'params.lr LIKE'. Quote values in single or double quotes.";
        QTest::newRow("IN without list") << "attributes.run_id IN 'a'"
                                         << "Expected '(' after IN, found 'a' at column 22 in "
                                            "'attributes.run_id IN 'a''. IN takes a list of quoted strings such "
                                            "as ('a', 'b').";
        QTest::newRow("IN list unclosed") << "attributes.run_id IN ('a' 'b')"
                                          << "Expected ',' or ')' in the list, found 'b' at column 27 in "
                                             "'attributes.run_id IN ('a' 'b')'. IN takes a list of quoted strings "
                                             "such as ('a', 'b').";
        QTest::newRow("tag with >") << "tags.team > 'a'"
                                    << "Invalid comparator '>' at column 11 in 'tags.team > 'a''. Here tags take "
                                       "=, !=, LIKE, ILIKE.";
        QTest::newRow("IN on a param") << "params.lr IN ('a')"
                                       << "Invalid comparator 'IN' at column 11 in 'params.lr IN ('a')'. Here "
                                          "params take =, !=, LIKE, ILIKE.";
        QTest::newRow("fractional time")
            << "attributes.start_time = 1.5"
            << "Expected whole milliseconds for start_time, found '1.5' at column 25 in 'attributes.start_time = 1.5'.";
        QTest::newRow("no identifier")
            << "= 1"
            << "Expected an identifier, found '=' at column 1 in '= 1'. Write metrics.<key>, params.<key>, "
               "tags.<key> or attributes.<key>; quote keys with spaces in backquotes.";
        QTest::newRow("two comparisons without AND")
            << "metrics.acc > 1 metrics.loss < 2"
            << "Expected AND, found 'metrics.loss' at column 17 in 'metrics.acc > 1 metrics.loss < 2'. "
               "MLflow filters join comparisons with AND only.";
        QTest::newRow("NOT without IN") << "params.lr NOT LIKE 'x'"
                                        << "Expected IN after NOT, found 'LIKE' at column 15 in "
                                           "'params.lr NOT LIKE 'x''.";
        QTest::newRow("key with a space unquoted")
            << "params.batch size = '32'"
            << "Invalid comparator 'size' at column 14 in 'params.batch size = '32''. Here params take "
               "=, !=, LIKE, ILIKE.";
        QTest::newRow("number glued to a word") << "metrics.acc > 0.9x"
                                                << "Expected a number for acc, found '0.9x' at column 15 in "
                                                   "'metrics.acc > 0.9x'.";
    }

    void syntaxError()
    {
        QFETCH(QString, filter);
        QFETCH(QString, message);
        auto parsed = RunFilter::parse(filter);
        QVERIFY(!parsed);
        QCOMPARE(parsed.error().message, message);
        QCOMPARE(parsed.error().code, QStringLiteral("INVALID_PARAMETER_VALUE"));
        auto page = search(filter);
        QVERIFY(!page);
        QCOMPARE(page.error().message, message);
    }

    void orderBy_data()
    {
        QTest::addColumn<QStringList>("orderBy");
        QTest::addColumn<QString>("expected");
        // Values first; then a NaN metric; runs without the key last, in either direction.
        QTest::newRow("metric ASC") << QStringList{QStringLiteral("metrics.acc ASC")} << "b a c d";
        QTest::newRow("metric DESC") << QStringList{QStringLiteral("metrics.acc DESC")} << "a b c d";
        QTest::newRow("metric default ASC, inf") << QStringList{QStringLiteral("metrics.loss")} << "a d c b";
        QTest::newRow("metric DESC, inf") << QStringList{QStringLiteral("metrics.loss desc")} << "c d a b";
        QTest::newRow("param DESC ties by start_time") << QStringList{QStringLiteral("params.lr DESC")} << "b c a d";
        QTest::newRow("param ASC") << QStringList{QStringLiteral("params.lr")} << "c a b d";
        QTest::newRow("tag ASC") << QStringList{QStringLiteral("tags.team ASC")} << "c a b d";
        QTest::newRow("end_time ASC nulls last") << QStringList{QStringLiteral("attributes.end_time ASC")} << "a d b c";
        QTest::newRow("end_time DESC nulls last") << QStringList{QStringLiteral("attributes.end_time DESC")} << "d a b c";
        QTest::newRow("run_name DESC") << QStringList{QStringLiteral("attributes.run_name DESC")} << "c d b a";
        QTest::newRow("start_time ASC ties by run id") << QStringList{QStringLiteral("start_time ASC")} << "a c d b";
        QTest::newRow("two keys") << QStringList{QStringLiteral("params.lr ASC"), QStringLiteral("metrics.acc DESC")}
                                  << "a c b d";
        QTest::newRow("quoted key") << QStringList{QStringLiteral("metrics.`val.acc` DESC")} << "a b c d";
        QTest::newRow("backquoted plain key") << QStringList{QStringLiteral("metrics.`acc` ASC")} << "b a c d";
    }

    void orderBy()
    {
        QFETCH(QStringList, orderBy);
        QFETCH(QString, expected);
        auto page = search(QString(), orderBy);
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(letters(*page), expected);
    }

    void orderByWithFilter()
    {
        auto page = search(QStringLiteral("metrics.loss > 0"), {QStringLiteral("metrics.loss DESC")});
        QVERIFY(page);
        QCOMPARE(letters(*page), QStringLiteral("c d a"));
    }

    void orderByError_data()
    {
        QTest::addColumn<QString>("orderBy");
        QTest::addColumn<QString>("message");
        QTest::newRow("bad direction") << "metrics.acc DOWN"
                                       << "Invalid ordering 'DOWN' at column 13 in order_by 'metrics.acc DOWN'. "
                                          "Use ASC or DESC.";
        QTest::newRow("trailing words") << "metrics.acc ASC x"
                                        << "Unexpected 'x' at column 17 in order_by 'metrics.acc ASC x'. Write one "
                                           "key and ASC or DESC.";
        QTest::newRow("unknown attribute") << "attributes.nope"
                                           << "Invalid attribute key 'nope' at column 12 in order_by "
                                              "'attributes.nope'. Valid keys are run_id, run_name, status, user_id, "
                                              "artifact_uri, lifecycle_stage, start_time, end_time.";
        QTest::newRow("dataset") << "datasets.name"
                                 << "Datasets cannot order runs: found 'name' at column 10 in order_by "
                                    "'datasets.name'. Valid dataset keys are name, digest and context.";
    }

    void orderByError()
    {
        QFETCH(QString, orderBy);
        QFETCH(QString, message);
        auto page = search(QString(), {orderBy});
        QVERIFY(!page);
        QCOMPARE(page.error().message, message);
        QCOMPARE(page.error().code, QStringLiteral("INVALID_PARAMETER_VALUE"));
    }

    void paging()
    {
        RunSearchRequest request;
        request.maxResults = 3;
        auto first = RunSearch(db()).search(request);
        QVERIFY(first);
        QCOMPARE(letters(*first), QStringLiteral("b c d"));
        QVERIFY(!first->nextPageToken.isEmpty());
        request.pageToken = first->nextPageToken;
        auto second = RunSearch(db()).search(request);
        QVERIFY(second);
        QCOMPARE(letters(*second), QStringLiteral("a"));
        QVERIFY(second->nextPageToken.isEmpty());

        // A page that ends exactly at the last run has no next page.
        request.maxResults = 2;
        request.pageToken.clear();
        auto half = RunSearch(db()).search(request);
        QVERIFY(half);
        QCOMPARE(letters(*half), QStringLiteral("b c"));
        request.pageToken = half->nextPageToken;
        auto rest = RunSearch(db()).search(request);
        QVERIFY(rest);
        QCOMPARE(letters(*rest), QStringLiteral("d a"));
        QVERIFY(rest->nextPageToken.isEmpty());
    }

    void badPageTokenAndLimits_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<int>("maxResults");
        auto encode = [](const QByteArray &json) { return QString::fromLatin1(json.toBase64()); };
        QTest::newRow("not base64") << "not base64!" << 10;
        QTest::newRow("not json") << encode("offset=3") << 10;
        QTest::newRow("offset a string") << encode(R"({"offset":"3"})") << 10;
        QTest::newRow("offset zero") << encode(R"({"offset":0})") << 10;
        QTest::newRow("offset negative") << encode(R"({"offset":-5})") << 10;
        QTest::newRow("offset fractional") << encode(R"({"offset":1.5})") << 10;
        QTest::newRow("max_results negative") << QString() << -1;
        QTest::newRow("max_results above 50000") << QString() << 50001;
    }

    void badPageTokenAndLimits()
    {
        QFETCH(QString, token);
        QFETCH(int, maxResults);
        RunSearchRequest request;
        request.pageToken = token;
        request.maxResults = maxResults;
        auto page = RunSearch(db()).search(request);
        QVERIFY(!page);
        QCOMPARE(page.error().code, QStringLiteral("INVALID_PARAMETER_VALUE"));
        QVERIFY2(page.error().message.contains(token.isEmpty() ? QStringLiteral("max_results") : token),
                 qPrintable(page.error().message));
    }

    // The filter's values are bound, never spliced into SQL: quotes and SQL in a value match
    // nothing and harm nothing.
    void valuesAreBound()
    {
        auto page = search(QStringLiteral("params.lr = '0.01'' OR 1=1; DROP TABLE run; --'"));
        QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
        QCOMPARE(letters(*page), QString());
        QCOMPARE(db().queryInt("SELECT count(*) FROM run").value(), 5);
    }

    // Last, and it moves the runs back: the tests above rely on the experiments of the runs.
    void movedRunsAreFoundUnderTheirNewExperiment()
    {
        TrackingStore store(db(), m_project->audit());
        auto inExperiment = [&](std::int64_t experiment) {
            auto page = search(QString(), {}, ViewType::ActiveOnly, {experiment});
            return page ? letters(*page) : page.error().toString();
        };
        const QString a = uuid(u'a');
        const QString b = uuid(u'b');

        // All or nothing: one unknown run, or an unknown experiment, moves none.
        Status unknownRun = store.moveRuns({a, QStringLiteral("nope")}, 2);
        QVERIFY(!unknownRun);
        QCOMPARE(unknownRun.error().code, QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
        Status unknownExperiment = store.moveRuns({a, b}, 99);
        QVERIFY(!unknownExperiment);
        QCOMPARE(unknownExperiment.error().code, QStringLiteral("RESOURCE_DOES_NOT_EXIST"));
        QCOMPARE(inExperiment(1), QStringLiteral("b a"));
        QCOMPARE(inExperiment(2), QStringLiteral("c d"));

        check(store.moveRuns({a, b}, 2));
        QCOMPARE(inExperiment(1), QString());
        QCOMPARE(inExperiment(2), QStringLiteral("b c d a"));
        auto audit = m_project->audit().entries(10, QStringLiteral("experiment"), QStringLiteral("2"));
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("runs.move"));
        QCOMPARE(audit->first().detail.value(QStringLiteral("runs")).toVariant().toStringList(), (QStringList{a, b}));
        QCOMPARE(audit->first().detail.value(QStringLiteral("from")).toObject().value(a).toInteger(), 1);

        // Runs already in the target stay and write no audit row.
        check(store.moveRuns({uuid(u'c')}, 2));
        QCOMPARE(m_project->audit().entries(10, QStringLiteral("experiment"), QStringLiteral("2"))->size(), 1);

        check(store.moveRuns({a, b}, 1));
        QCOMPARE(inExperiment(1), QStringLiteral("b a"));
        QCOMPARE(inExperiment(2), QStringLiteral("c d"));
    }
    // Random runs with many ties (equal values, equal start times, NaN, missing keys, no start
    // time) ordered by RunSearch and by a plain sort written from MLflow's rules: the same order,
    // for several order_by lists, with a filter, and read back page by page.
    void orderMatchesMlflowRules_data()
    {
        QTest::addColumn<QStringList>("orderBy");
        QTest::addColumn<QString>("filter");
        QTest::newRow("default") << QStringList{} << QString();
        QTest::newRow("metric DESC") << QStringList{QStringLiteral("metrics.m DESC")} << QString();
        QTest::newRow("metric ASC, param DESC")
            << QStringList{QStringLiteral("metrics.m"), QStringLiteral("params.p DESC")} << QString();
        QTest::newRow("param ASC, filtered")
            << QStringList{QStringLiteral("params.p ASC")} << QStringLiteral("metrics.m > 0.2");
        QTest::newRow("end_time, metric DESC")
            << QStringList{QStringLiteral("attributes.end_time"), QStringLiteral("metrics.m DESC")} << QString();
        QTest::newRow("run_name DESC, tag") << QStringList{QStringLiteral("attributes.run_name DESC"),
                                                           QStringLiteral("tags.t")}
                                            << QStringLiteral("params.p != 'b'");
    }

    void orderMatchesMlflowRules()
    {
        QFETCH(QStringList, orderBy);
        QFETCH(QString, filter);
        QTemporaryDir dir;
        auto project = Project::create(dir.filePath(QStringLiteral("p")));
        QVERIFY(project);
        Database &db = (*project)->database();

        struct Run
        {
            QString uuid, name;
            std::optional<std::int64_t> start, end;
            std::optional<double> m; // NaN included
            std::optional<QByteArray> p, t;
            bool deleted = false;
        };
        std::mt19937 random(7 + QTest::currentDataTag()[0]);
        auto pick = [&](int n) { return int(random() % unsigned(n)); };
        const double metricValues[] = {-1, -0.0, 0.0, 0.25, 0.5, 0.5, NaN, Inf};
        const QByteArray texts[] = {"a", "B", "b", "ab", "\xc3\xa9", "Z", ""};
        std::vector<Run> runs;
        auto transaction = Transaction::begin(db);
        QVERIFY(transaction);
        for (int i = 0; i < 400; ++i) {
            Run run;
            run.uuid = QStringLiteral("%1").arg(quint32(random()), 8, 16, QLatin1Char('0')) + QString::number(i);
            run.name = QString::fromUtf8(texts[pick(7)]);
            if (pick(10) > 0)
                run.start = 1000 * pick(20);
            if (pick(3) > 0)
                run.end = 1000 * pick(5);
            if (pick(5) > 0)
                run.m = metricValues[pick(8)];
            if (pick(4) > 0)
                run.p = texts[pick(7)];
            if (pick(2) > 0)
                run.t = texts[pick(7)];
            run.deleted = pick(15) == 0;
            check(db.execute("INSERT INTO run(uuid, experiment_id, name, status, start_time, end_time, "
                             "lifecycle_stage) VALUES (?, 0, ?, 'FINISHED', ?, ?, ?)",
                             run.uuid, run.name, run.start, run.end,
                             run.deleted ? QStringLiteral("deleted") : QStringLiteral("active")));
            const std::int64_t id = db.lastInsertId();
            if (run.m && std::isnan(*run.m)) // stored as NULL
                check(db.execute("INSERT INTO metric_series(run_id, key, last_value) VALUES (?, 'm', NULL)", id));
            else if (run.m)
                check(db.execute("INSERT INTO metric_series(run_id, key, last_value) VALUES (?, 'm', ?)", id, *run.m));
            if (run.p)
                check(db.execute("INSERT INTO param(run_id, key, value) VALUES (?, 'p', ?)", id,
                                 QString::fromUtf8(*run.p)));
            if (run.t)
                check(db.execute("INSERT INTO tag(run_id, key, value) VALUES (?, 't', ?)", id,
                                 QString::fromUtf8(*run.t)));
            runs.push_back(run);
        }
        check(transaction->commit());

        // MLflow's rules: values in the key's direction, then NaN, then runs without the key; ties
        // by start_time DESC (runs without one last), then run id. Strings compare as bytes.
        auto keyOrder = [](const QString &key, const Run &a, const Run &b) -> int {
            auto rank = [](bool has, bool nan) { return has ? (nan ? 1 : 0) : 2; };
            const bool descending = key.endsWith(QLatin1String(" DESC"));
            int order = 0;
            int ra = 0, rb = 0;
            if (key.startsWith(QLatin1String("metrics."))) {
                ra = rank(a.m.has_value(), a.m && std::isnan(*a.m));
                rb = rank(b.m.has_value(), b.m && std::isnan(*b.m));
                if (ra == 0 && rb == 0)
                    order = *a.m < *b.m ? -1 : (*b.m < *a.m ? 1 : 0);
            } else if (key.startsWith(QLatin1String("attributes.end_time"))) {
                ra = rank(a.end.has_value(), false);
                rb = rank(b.end.has_value(), false);
                if (ra == 0 && rb == 0)
                    order = *a.end < *b.end ? -1 : (*b.end < *a.end ? 1 : 0);
            } else if (key.startsWith(QLatin1String("attributes.run_name"))) {
                const QByteArray x = a.name.toUtf8(), y = b.name.toUtf8();
                order = x < y ? -1 : (y < x ? 1 : 0);
            } else {
                const auto &x = key.startsWith(QLatin1String("params.")) ? a.p : a.t;
                const auto &y = key.startsWith(QLatin1String("params.")) ? b.p : b.t;
                ra = rank(x.has_value(), false);
                rb = rank(y.has_value(), false);
                if (ra == 0 && rb == 0)
                    order = *x < *y ? -1 : (*y < *x ? 1 : 0);
            }
            if (ra != rb)
                return ra < rb ? -1 : 1;
            return descending ? -order : order;
        };
        std::vector<Run> expected;
        for (const Run &run : runs) {
            if (run.deleted)
                continue;
            if (filter.startsWith(QLatin1String("metrics.m > 0.2")) && !(run.m && *run.m > 0.2))
                continue;
            if (filter.startsWith(QLatin1String("params.p != 'b'")) && !(run.p && *run.p != "b"))
                continue;
            expected.push_back(run);
        }
        std::sort(expected.begin(), expected.end(), [&](const Run &a, const Run &b) {
            for (const QString &key : orderBy) {
                if (const int c = keyOrder(key, a, b))
                    return c < 0;
            }
            if (a.start != b.start)
                return a.start.has_value() && (!b.start || *a.start > *b.start);
            return a.uuid.toUtf8() < b.uuid.toUtf8();
        });
        QStringList expectedIds;
        for (const Run &run : expected)
            expectedIds.append(run.uuid);

        QStringList found;
        RunSearchRequest request;
        request.filter = filter;
        request.orderBy = orderBy;
        request.maxResults = 37;
        do {
            auto page = RunSearch(db).search(request);
            QVERIFY2(page, qPrintable(page ? QString() : page.error().toString()));
            found += page->runIds;
            request.pageToken = page->nextPageToken;
        } while (!request.pageToken.isEmpty());
        QVERIFY(expectedIds.size() > 100);
        QCOMPARE(found, expectedIds);
    }
};

QTEST_GUILESS_MAIN(TestRunSearch)
#include "tst_run_search.moc"
