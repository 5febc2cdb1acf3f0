// Tests SbatchScript: #SBATCH lines for resources and options, quoting of hostile text, arrays, refused values.
#include "core/compute/slurm/sbatch_script.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace atelier;

Q_DECLARE_METATYPE(atelier::JobResources)
Q_DECLARE_METATYPE(atelier::SlurmOptions)

namespace {

JobLaunch launchIn(const QString &folder, QStringList command = {QStringLiteral("true")})
{
    JobLaunch launch;
    launch.jobId = 42;
    launch.jobFolder = folder;
    launch.command = std::move(command);
    return launch;
}

QStringList sbatchLines(const QByteArray &script)
{
    QStringList lines;
    for (const QByteArray &line : script.split('\n')) {
        if (line.startsWith("#SBATCH "))
            lines.append(QString::fromUtf8(line.mid(8)));
    }
    return lines;
}

struct ShellRun
{
    QByteArray standardOutput;
    QByteArray standardError;
    int exitCode = -1;
};

// Runs the script as the batch shell would (the #SBATCH lines are comments to it).
ShellRun runScript(const QByteArray &script, const QStringList &extraEnvironment = {})
{
    QProcess shell;
    QStringList environment = QProcess::systemEnvironment();
    environment.append(extraEnvironment);
    shell.setEnvironment(environment);
    shell.start(QStringLiteral("/bin/sh"), {QStringLiteral("-s")});
    shell.write(script);
    shell.closeWriteChannel();
    shell.waitForFinished(20000);
    return {shell.readAllStandardOutput(), shell.readAllStandardError(), shell.exitCode()};
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

const QStringList HostileArguments = {
    QStringLiteral("it's"),         QStringLiteral("\"double\""),  QStringLiteral("$(touch pwned)"),
    QStringLiteral("`id`"),         QStringLiteral("a;b|c&d"),     QStringLiteral("line\nbreak"),
    QStringLiteral("ünïcødé 数据"), QStringLiteral(""),            QStringLiteral("  spaces  "),
    QStringLiteral("$HOME"),        QStringLiteral("%j %a %%"),    QStringLiteral("\\back\\slash"),
};

} // namespace

class TestSbatchScript : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void resources_data()
    {
        QTest::addColumn<JobResources>("resources");
        QTest::addColumn<SlurmOptions>("options");
        QTest::addColumn<QStringList>("extraLines");

        QTest::newRow("nothing asked") << JobResources{} << SlurmOptions{} << QStringList{};
        QTest::newRow("everything, gres")
            << JobResources{2, 8, 16384, 90061}
            << SlurmOptions{QStringLiteral("gpu-a100"), QStringLiteral("proj_1"), 2, 4, SlurmOptions::GpuRequest::Gres, {}}
            << QStringList{QStringLiteral("--partition=gpu-a100"), QStringLiteral("--account=proj_1"),
                           QStringLiteral("--nodes=2"), QStringLiteral("--ntasks-per-node=4"),
                           QStringLiteral("--cpus-per-task=8"), QStringLiteral("--mem=16384M"),
                           QStringLiteral("--gres=gpu:2"), QStringLiteral("--time=1-01:01:01")};
        QTest::newRow("gpus by --gpus, short time")
            << JobResources{4, 0, 0, 59} << SlurmOptions{{}, {}, 0, 0, SlurmOptions::GpuRequest::Gpus, {}}
            << QStringList{QStringLiteral("--gpus=4"), QStringLiteral("--time=0-00:00:59")};
        QTest::newRow("memory only") << JobResources{0, 0, 512, 0} << SlurmOptions{}
                                     << QStringList{QStringLiteral("--mem=512M")};
    }

    void resources()
    {
        QFETCH(JobResources, resources);
        QFETCH(SlurmOptions, options);
        QFETCH(QStringList, extraLines);
        JobLaunch launch = launchIn(QStringLiteral("/data/jobs/42"));
        launch.resources = resources;
        const auto script = SbatchScript::build(launch, options);
        QVERIFY2(script, qPrintable(script ? QString() : script.error().toString()));
        QVERIFY(script->text().startsWith("#!/bin/sh\n"));
        const QStringList expected = QStringList{QStringLiteral("--job-name=atelier-42"),
                                                 QStringLiteral("--output=\"/data/jobs/42/stdout\""),
                                                 QStringLiteral("--error=\"/data/jobs/42/stderr\""),
                                                 QStringLiteral("--open-mode=append"),
                                                 QStringLiteral("--chdir=\"/data/jobs/42\"")}
                                     + extraLines;
        QCOMPARE(sbatchLines(script->text()), expected);
        QCOMPARE(SbatchScript::submitArguments(), (QStringList{QStringLiteral("sbatch"), QStringLiteral("--parsable")}));
    }

    // Slurm expands %j, %a ... in --output: a '%' of the folder's name is doubled to stay a '%'.
    void percentInFolderIsLiteral()
    {
        const auto script = SbatchScript::build(launchIn(QStringLiteral("/data/100%/j 1")), {});
        QVERIFY(script);
        const QStringList lines = sbatchLines(script->text());
        QVERIFY(lines.contains(QStringLiteral("--output=\"/data/100%%/j 1/stdout\"")));
        QVERIFY(lines.contains(QStringLiteral("--chdir=\"/data/100%%/j 1\"")));
    }

    // The body runs the wrapper: every argument and variable reaches the command verbatim, the
    // exit code lands in the folder, and no $() of the text ran.
    void hostileTextReachesTheCommandVerbatim()
    {
        const QString folder = m_dir.filePath(QStringLiteral("job $(touch pwned) it's 100% `x`"));
        QVERIFY(QDir().mkpath(folder));
        JobLaunch launch = launchIn(folder, QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + HostileArguments);
        launch.environment = {{QStringLiteral("HOSTILE"), QStringLiteral("x'; $(touch pwned2) \"\n ü")},
                              {QStringLiteral("EMPTY"), QString()}};
        const auto script = SbatchScript::build(launch, {});
        QVERIFY2(script, qPrintable(script ? QString() : script.error().toString()));
        const ShellRun run = runScript(script->text());
        QCOMPARE(run.exitCode, 0);
        QList<QByteArray> got = run.standardOutput.split('\0');
        QCOMPARE(got.takeLast(), QByteArray());
        QStringList arguments;
        for (const QByteArray &argument : got)
            arguments.append(QString::fromUtf8(argument));
        QCOMPARE(arguments, HostileArguments);
        QCOMPARE(readFile(folder + QStringLiteral("/exit_code")), QByteArray("0\n"));
        QVERIFY(!QFile::exists(QDir::current().filePath(QStringLiteral("pwned"))));
        QVERIFY(!QFile::exists(folder + QStringLiteral("/pwned")));

        JobLaunch printEnv = launch;
        printEnv.command = {QStringLiteral("sh"), QStringLiteral("-c"),
                            QStringLiteral("printf '%s|%s|%s' \"$HOSTILE\" \"${EMPTY-unset}\" \"$(pwd)\"")};
        const auto envScript = SbatchScript::build(printEnv, {});
        QVERIFY(envScript);
        const ShellRun env = runScript(envScript->text());
        QCOMPARE(QString::fromUtf8(env.standardOutput),
                 QStringLiteral("x'; $(touch pwned2) \"\n ü||") + folder);
        QVERIFY(!QFile::exists(folder + QStringLiteral("/pwned2")));
    }

    // A relative working folder is inside the job folder; an absolute one is taken as it is.
    void workingFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("work job"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/src dir")));
        JobLaunch launch = launchIn(folder, {QStringLiteral("pwd")});
        launch.workingFolder = QStringLiteral("src dir");
        const auto relative = SbatchScript::build(launch, {});
        QVERIFY(relative);
        QCOMPARE(runScript(relative->text()).standardOutput, (folder + QStringLiteral("/src dir\n")).toUtf8());
        launch.workingFolder = m_dir.path();
        const auto absolute = SbatchScript::build(launch, {});
        QVERIFY(absolute);
        QCOMPARE(runScript(absolute->text()).standardOutput, (m_dir.path() + u'\n').toUtf8());
    }

    // Each task of an array has its own folder JOBFOLDER/<task id> with the wrapper's files.
    void arrayTasksGetTheirOwnFolder()
    {
        const QString folder = m_dir.filePath(QStringLiteral("sweep"));
        QVERIFY(QDir().mkpath(folder));
        SlurmOptions options;
        options.array = QStringLiteral("0-9:3%2");
        const auto script = SbatchScript::build(launchIn(folder, {QStringLiteral("sh"), QStringLiteral("-c"),
                                                                  QStringLiteral("echo task $SLURM_ARRAY_TASK_ID; exit 4")}),
                                                options);
        QVERIFY2(script, qPrintable(script ? QString() : script.error().toString()));
        const QStringList lines = sbatchLines(script->text());
        QVERIFY(lines.contains(QStringLiteral("--array=0-9:3%2")));
        QVERIFY(lines.contains(QStringLiteral("--output=\"") + folder + QStringLiteral("/slurm-%a.out\"")));
        QVERIFY(!lines.join(u'\n').contains(QStringLiteral("--error")));
        const ShellRun run = runScript(script->text(), {QStringLiteral("SLURM_ARRAY_TASK_ID=3")});
        QCOMPARE(run.exitCode, 4);
        QCOMPARE(readFile(folder + QStringLiteral("/3/stdout")), QByteArray("task 3\n"));
        QCOMPARE(readFile(folder + QStringLiteral("/3/exit_code")), QByteArray("4\n"));
    }

    void refusesWhatAScriptCannotCarry_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<SlurmOptions>("options");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("named");

        QTest::newRow("partition") << QStringLiteral("/j") << SlurmOptions{QStringLiteral("debug\n#SBATCH --x"), {}, 0, 0, {}, {}}
                                   << QStringLiteral("A") << QStringLiteral("debug\n#SBATCH --x");
        QTest::newRow("account") << QStringLiteral("/j") << SlurmOptions{{}, QStringLiteral("a b"), 0, 0, {}, {}}
                                 << QStringLiteral("A") << QStringLiteral("\"a b\"");
        QTest::newRow("array") << QStringLiteral("/j") << SlurmOptions{{}, {}, 0, 0, {}, QStringLiteral("0-3;reboot")}
                               << QStringLiteral("A") << QStringLiteral("0-3;reboot");
        QTest::newRow("variable name") << QStringLiteral("/j") << SlurmOptions{} << QStringLiteral("1X=")
                                       << QStringLiteral("\"1X=\"");
        QTest::newRow("quote in folder") << QStringLiteral("/j\"x") << SlurmOptions{} << QStringLiteral("A")
                                         << QStringLiteral("/j\"x");
        QTest::newRow("relative folder") << QStringLiteral("jobs/1") << SlurmOptions{} << QStringLiteral("A")
                                         << QStringLiteral("\"jobs/1\"");
        QTest::newRow("negative nodes") << QStringLiteral("/j") << SlurmOptions{{}, {}, -1, 0, {}, {}}
                                        << QStringLiteral("A") << QStringLiteral("negative");
    }

    void refusesWhatAScriptCannotCarry()
    {
        QFETCH(QString, folder);
        QFETCH(SlurmOptions, options);
        QFETCH(QString, variable);
        QFETCH(QString, named);
        JobLaunch launch = launchIn(folder);
        launch.environment = {{variable, QStringLiteral("v")}};
        const auto script = SbatchScript::build(launch, options);
        QVERIFY(!script);
        QVERIFY2(script.error().message.contains(named), qPrintable(script.error().message));
    }
};

QTEST_GUILESS_MAIN(TestSbatchScript)
#include "tst_sbatch_script.moc"
