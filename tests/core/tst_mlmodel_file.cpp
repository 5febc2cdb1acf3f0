// Tests MlmodelFile on the YAML that MLflow (PyYAML's safe_dump) writes: flavors in order,
// folded and quoted scalars, sequences skipped, and errors that name the file and line.
#include "core/models/mlmodel_file.h"

#include <QtTest>

using namespace atelier;

class TestMlmodelFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsScalars_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QByteArray("mlflow_version: 2.9.2\n") << "mlflow_version" << "2.9.2";
        QTest::newRow("nested") << QByteArray("a:\n  b:\n    c: deep\n  d: near\n") << "a.b.c" << "deep";
        QTest::newRow("back out") << QByteArray("a:\n  b:\n    c: deep\n  d: near\n") << "a.d" << "near";
        QTest::newRow("null") << QByteArray("code: null\n") << "code" << "";
        QTest::newRow("single quoted") << QByteArray("t: '2024-01-15 10:00:00'\n") << "t" << "2024-01-15 10:00:00";
        QTest::newRow("doubled quote") << QByteArray("t: 'it''s'\n") << "t" << "it's";
        QTest::newRow("folded single") << QByteArray("s:\n  inputs: '[{\"shape\": [-1,\n    4]}]'\n")
                                       << "s.inputs" << "[{\"shape\": [-1, 4]}]";
        QTest::newRow("blank line is a newline") << QByteArray("d: 'one\n\n  two'\n") << "d" << "one\ntwo";
        QTest::newRow("double quoted escapes") << QByteArray("d: \"tab\\there \\\"q\\\" \\u00e9\"\n") << "d"
                                               << QString::fromUtf8("tab\there \"q\" \xc3\xa9");
        QTest::newRow("double quoted continued") << QByteArray("d: \"abc\\\n  def\"\n") << "d" << "abcdef";
        QTest::newRow("plain folded") << QByteArray("k: a long\n  plain value\nnext: 1\n") << "k" << "a long plain value";
        QTest::newRow("comment") << QByteArray("# written by MLflow\nk: v # note\n") << "k" << "v";
        QTest::newRow("windows lines") << QByteArray("k: v\r\nm: w\r\n") << "m" << "w";
        QTest::newRow("sequence skipped") << QByteArray("list:\n- name: a\n  type: x\n- name: b\nafter: yes\n")
                                          << "after" << "yes";
        QTest::newRow("quoted key") << QByteArray("'odd: key': v\n") << "odd: key" << "v";
    }

    void readsScalars()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, path);
        QFETCH(QString, expected);
        auto file = MlmodelFile::parse(text, QStringLiteral("MLmodel"));
        QVERIFY2(file, qPrintable(file ? QString() : file.error().toString()));
        QCOMPARE(file->text(path), expected);
    }

    void sequenceItemsAddNoKeys()
    {
        auto file = MlmodelFile::parse("list:\n- name: a\n  type: x\nafter: yes\n", QStringLiteral("MLmodel"));
        QVERIFY(file);
        QCOMPARE(file->keysOf(QString()), (QStringList{QStringLiteral("list"), QStringLiteral("after")}));
        QVERIFY(file->keysOf(QStringLiteral("list")).isEmpty());
    }

    void frameworkIsTheFirstFlavorBesidesPyfunc_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("framework");
        QTest::addColumn<QStringList>("flavors");
        QTest::newRow("sklearn") << QByteArray("flavors:\n  python_function:\n    loader_module: mlflow.sklearn\n"
                                               "  sklearn:\n    pickled_model: model.pkl\n")
                                 << "sklearn" << QStringList{QStringLiteral("python_function"), QStringLiteral("sklearn")};
        QTest::newRow("pytorch first") << QByteArray("flavors:\n  pytorch:\n    model_data: data\n  python_function:\n"
                                                     "    loader_module: mlflow.pytorch\n")
                                       << "pytorch" << QStringList{QStringLiteral("pytorch"), QStringLiteral("python_function")};
        QTest::newRow("pyfunc only") << QByteArray("flavors:\n  python_function:\n    loader_module: custom\n")
                                     << "python_function" << QStringList{QStringLiteral("python_function")};
        QTest::newRow("no flavors") << QByteArray("run_id: abc\n") << "" << QStringList{};
    }

    void frameworkIsTheFirstFlavorBesidesPyfunc()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, framework);
        QFETCH(QStringList, flavors);
        auto file = MlmodelFile::parse(text, QStringLiteral("MLmodel"));
        QVERIFY(file);
        QCOMPARE(file->flavors(), flavors);
        QCOMPARE(file->framework(), framework);
    }

    void badLinesNameFileAndLine_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("messagePart");
        QTest::newRow("no colon") << QByteArray("flavors:\n  just words\n") << "model/MLmodel, line 2";
        QTest::newRow("tab") << QByteArray("a:\n\tb: 1\n") << "line 2";
        QTest::newRow("unclosed quote") << QByteArray("a: 'never\n  closed\n") << "line 1";
    }

    void badLinesNameFileAndLine()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, messagePart);
        auto file = MlmodelFile::parse(text, QStringLiteral("model/MLmodel"));
        QVERIFY(!file);
        QVERIFY2(file.error().message.contains(messagePart), qPrintable(file.error().message));
    }
};

QTEST_GUILESS_MAIN(TestMlmodelFile)
#include "tst_mlmodel_file.moc"
