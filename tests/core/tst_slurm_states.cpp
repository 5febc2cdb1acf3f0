// Tests SlurmStates: squeue, sacct and scontrol output for many jobs at once, and the phases of Slurm's states.
#include "core/compute/slurm/slurm_states.h"

#include <QtTest>

using namespace atelier;

namespace {

// Captured from a single-node Slurm 22.05.8 configured as tests/fixtures/slurm_cluster (jobs 1, 2
// running on its two CPUs, 3-7 waiting, 5 an array 0-5 throttled to 2 tasks, 7 held).
const QByteArray SqueueOutput =
    "3|PENDING|Resources\n"
    "4|PENDING|Priority\n"
    "5_[0-5%2]|PENDING|Priority\n"
    "6|PENDING|Priority\n"
    "7|PENDING|JobHeldUser\n"
    "1|RUNNING|None\n"
    "2|RUNNING|None\n";

// The same cluster later: 5 (the array, pending) and 8 (cancelled while pending) first, then 1
// (cancelled while running, signal 15), 4 (exit 3, a name that mimics a field), 9 (task 5_0 running).
const QByteArray ScontrolOutput =
    "JobId=5 ArrayJobId=5 ArrayTaskId=0-5%2 ArrayTaskThrottle=2 JobName=wrap UserId=root(0) GroupId=root(0) MCS_label=N/A Priority=4294901755 Nice=0 Account=(null) QOS=(null) JobState=PENDING Reason=Priority Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:0 RunTime=00:00:00 TimeLimit=UNLIMITED TimeMin=N/A SubmitTime=2026-11-25T19:58:57 EligibleTime=2026-11-25T19:59:00 AccrueTime=2026-11-25T19:59:00 StartTime=Unknown EndTime=Unknown Deadline=N/A SuspendTime=None SecsPreSuspend=0 LastSchedEval=2026-11-25T19:59:03 Scheduler=Main Partition=debug AllocNode:Sid=localhost:4329 ReqNodeList=(null) ExcNodeList=(null) NodeList= NumNodes=1 NumCPUs=1 NumTasks=1 CPUs/Task=1 ReqB:S:C:T=0:0:*:* TRES=cpu=1,mem=100M,node=1,billing=1 Socks/Node=* NtasksPerN:B:S:C=0:0:*:* CoreSpec=* MinCPUsNode=1 MinMemoryCPU=100M MinTmpDiskNode=0 Features=(null) DelayBoot=00:00:00 OverSubscribe=OK Contiguous=0 Licenses=(null) Network=(null) Command=(null) WorkDir=/tmp/slx StdErr=/tmp/slx/cap/a4294967294 StdIn=/dev/null StdOut=/tmp/slx/cap/a4294967294 Power= \n"
    "JobId=8 JobName=wrap UserId=root(0) GroupId=root(0) MCS_label=N/A Priority=4294901753 Nice=0 Account=(null) QOS=(null) JobState=CANCELLED Reason=Priority Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:0 RunTime=00:00:00 TimeLimit=UNLIMITED TimeMin=N/A SubmitTime=2026-11-25T19:59:01 EligibleTime=2026-11-25T19:59:01 AccrueTime=Unknown StartTime=2026-11-25T19:59:02 EndTime=2026-11-25T19:59:02 Deadline=N/A SuspendTime=None SecsPreSuspend=0 LastSchedEval=2026-11-25T19:59:01 Scheduler=Main Partition=debug AllocNode:Sid=localhost:4329 ReqNodeList=(null) ExcNodeList=(null) NodeList= NumNodes=1 NumCPUs=1 NumTasks=N/A CPUs/Task=1 ReqB:S:C:T=0:0:*:* TRES=cpu=1,mem=100M,node=1,billing=1 Socks/Node=* NtasksPerN:B:S:C=0:0:*:* CoreSpec=* MinCPUsNode=1 MinMemoryCPU=100M MinTmpDiskNode=0 Features=(null) DelayBoot=00:00:00 OverSubscribe=OK Contiguous=0 Licenses=(null) Network=(null) Command=(null) WorkDir=/tmp/slx StdErr=/tmp/slx/cap/c StdIn=/dev/null StdOut=/tmp/slx/cap/c Power= \n"
    "JobId=1 JobName=atelier-1 UserId=root(0) GroupId=root(0) MCS_label=N/A Priority=4294901759 Nice=0 Account=(null) QOS=(null) JobState=CANCELLED Reason=None Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:15 RunTime=00:00:12 TimeLimit=UNLIMITED TimeMin=N/A SubmitTime=2026-11-25T19:58:56 EligibleTime=2026-11-25T19:58:56 AccrueTime=2026-11-25T19:58:56 StartTime=2026-11-25T19:58:57 EndTime=2026-11-25T19:59:09 Deadline=N/A SuspendTime=None SecsPreSuspend=0 LastSchedEval=2026-11-25T19:58:57 Scheduler=Main Partition=debug AllocNode:Sid=localhost:4329 ReqNodeList=(null) ExcNodeList=(null) NodeList=localhost BatchHost=localhost NumNodes=1 NumCPUs=1 NumTasks=1 CPUs/Task=1 ReqB:S:C:T=0:0:*:* TRES=cpu=1,mem=100M,node=1,billing=1 Socks/Node=* NtasksPerN:B:S:C=0:0:*:* CoreSpec=* MinCPUsNode=1 MinMemoryCPU=100M MinTmpDiskNode=0 Features=(null) DelayBoot=00:00:00 OverSubscribe=OK Contiguous=0 Licenses=(null) Network=(null) Command=(null) WorkDir=/tmp/slx StdErr=/tmp/slx/cap/o1 StdIn=/dev/null StdOut=/tmp/slx/cap/o1 Power= \n"
    "JobId=4 JobName=name with JobState=COMPLETED spaces UserId=root(0) GroupId=root(0) MCS_label=N/A Priority=4294901756 Nice=0 Account=(null) QOS=(null) JobState=FAILED Reason=NonZeroExitCode Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=3:0 RunTime=00:00:00 TimeLimit=UNLIMITED TimeMin=N/A SubmitTime=2026-11-25T19:58:57 EligibleTime=2026-11-25T19:58:57 AccrueTime=2026-11-25T19:58:57 StartTime=2026-11-25T19:59:10 EndTime=2026-11-25T19:59:10 Deadline=N/A SuspendTime=None SecsPreSuspend=0 LastSchedEval=2026-11-25T19:59:10 Scheduler=Main Partition=debug AllocNode:Sid=localhost:4329 ReqNodeList=(null) ExcNodeList=(null) NodeList=localhost BatchHost=localhost NumNodes=1 NumCPUs=1 NumTasks=1 CPUs/Task=1 ReqB:S:C:T=0:0:*:* TRES=cpu=1,mem=100M,node=1,billing=1 Socks/Node=* NtasksPerN:B:S:C=0:0:*:* CoreSpec=* MinCPUsNode=1 MinMemoryCPU=100M MinTmpDiskNode=0 Features=(null) DelayBoot=00:00:00 OverSubscribe=OK Contiguous=0 Licenses=(null) Network=(null) Command=(null) WorkDir=/tmp/slx StdErr=/tmp/slx/cap/h StdIn=/dev/null StdOut=/tmp/slx/cap/h Power= \n"
    "JobId=9 ArrayJobId=5 ArrayTaskId=0 ArrayTaskThrottle=2 JobName=wrap UserId=root(0) GroupId=root(0) MCS_label=N/A Priority=4294901755 Nice=0 Account=(null) QOS=(null) JobState=RUNNING Reason=None Dependency=(null) Requeue=1 Restarts=0 BatchFlag=1 Reboot=0 ExitCode=0:0 RunTime=00:00:06 TimeLimit=UNLIMITED TimeMin=N/A SubmitTime=2026-11-25T19:58:57 EligibleTime=2026-11-25T19:59:00 AccrueTime=2026-11-25T19:59:00 StartTime=2026-11-25T19:59:10 EndTime=Unknown Deadline=N/A SuspendTime=None SecsPreSuspend=0 LastSchedEval=2026-11-25T19:59:10 Scheduler=Main Partition=debug AllocNode:Sid=localhost:4329 ReqNodeList=(null) ExcNodeList=(null) NodeList=localhost BatchHost=localhost NumNodes=1 NumCPUs=1 NumTasks=1 CPUs/Task=1 ReqB:S:C:T=0:0:*:* TRES=cpu=1,mem=100M,node=1,billing=1 Socks/Node=* NtasksPerN:B:S:C=0:0:*:* CoreSpec=* MinCPUsNode=1 MinMemoryCPU=100M MinTmpDiskNode=0 Features=(null) DelayBoot=00:00:00 OverSubscribe=OK Contiguous=0 Licenses=(null) Network=(null) Command=(null) WorkDir=/tmp/slx StdErr=/tmp/slx/cap/a0 StdIn=/dev/null StdOut=/tmp/slx/cap/a0 Power= \n";

// sacct on a cluster with accounting (the fixture has none): the format that `sacct --parsable2
// --noheader --format=JobID,State,ExitCode` prints, with job steps and an array task.
const QByteArray SacctOutput =
    "11|COMPLETED|0:0\n"
    "11.batch|COMPLETED|0:0\n"
    "11.extern|COMPLETED|0:0\n"
    "12|FAILED|7:0\n"
    "12.batch|FAILED|7:0\n"
    "13|CANCELLED by 1000|0:15\n"
    "13.batch|CANCELLED|0:15\n"
    "14|TIMEOUT|0:0\n"
    "15|OUT_OF_MEMORY|0:125\n"
    "16|NODE_FAIL|0:0\n"
    "17_3|COMPLETED|0:0\n";

QStringList ids(const QList<SlurmJobState> &states)
{
    QStringList list;
    for (const SlurmJobState &state : states)
        list.append(state.jobId);
    return list;
}

SlurmJobState find(const QList<SlurmJobState> &states, const QString &id)
{
    for (const SlurmJobState &state : states) {
        if (state.jobId == id)
            return state;
    }
    return {};
}

} // namespace

class TestSlurmStates : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phases_data()
    {
        QTest::addColumn<QString>("state");
        QTest::addColumn<int>("phase");
        const int waiting = int(SlurmStates::Phase::Waiting);
        const int active = int(SlurmStates::Phase::Active);
        const int ended = int(SlurmStates::Phase::Ended);
        for (const char *state : {"PENDING", "CONFIGURING", "REQUEUED", "REQUEUE_HOLD", "RESV_DEL_HOLD"})
            QTest::newRow(state) << QString::fromLatin1(state) << waiting;
        for (const char *state : {"RUNNING", "COMPLETING", "SUSPENDED", "STOPPED", "SIGNALING", "STAGE_OUT"})
            QTest::newRow(state) << QString::fromLatin1(state) << active;
        for (const char *state : {"COMPLETED", "FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY",
                                  "BOOT_FAIL", "DEADLINE", "PREEMPTED", "SPECIAL_EXIT", "REVOKED"})
            QTest::newRow(state) << QString::fromLatin1(state) << ended;
        QTest::newRow("a state of a newer Slurm") << QStringLiteral("LAUNCH_FAILED_SOMEHOW") << active;
    }

    void phases()
    {
        QFETCH(QString, state);
        QFETCH(int, phase);
        QCOMPARE(int(SlurmStates::phase(state)), phase);
    }

    void commandsAskForAllJobsAtOnce()
    {
        const QStringList jobs = {QStringLiteral("7"), QStringLiteral("8"), QStringLiteral("9_2")};
        QCOMPARE(SlurmStates::squeueArguments(jobs),
                 (QStringList{QStringLiteral("squeue"), QStringLiteral("--noheader"), QStringLiteral("--jobs=7,8,9_2"),
                              QStringLiteral("--format=%i|%T|%r")}));
        QCOMPARE(SlurmStates::sacctArguments(jobs),
                 (QStringList{QStringLiteral("sacct"), QStringLiteral("--parsable2"), QStringLiteral("--noheader"),
                              QStringLiteral("--format=JobID,State,ExitCode"), QStringLiteral("--jobs=7,8,9_2")}));
        QCOMPARE(SlurmStates::scontrolArguments(),
                 (QStringList{QStringLiteral("scontrol"), QStringLiteral("--oneliner"), QStringLiteral("show"),
                              QStringLiteral("job")}));
    }

    // Many jobs in one answer; a pending array range stands for each of its tasks.
    void squeue()
    {
        const auto states = SlurmStates::parseSqueue(SqueueOutput);
        QVERIFY2(states, qPrintable(states ? QString() : states.error().toString()));
        QCOMPARE(ids(*states), (QStringList{QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5_0"),
                                            QStringLiteral("5_1"), QStringLiteral("5_2"), QStringLiteral("5_3"),
                                            QStringLiteral("5_4"), QStringLiteral("5_5"), QStringLiteral("6"),
                                            QStringLiteral("7"), QStringLiteral("1"), QStringLiteral("2")}));
        QCOMPARE(find(*states, QStringLiteral("3")),
                 (SlurmJobState{QStringLiteral("3"), QStringLiteral("PENDING"), QStringLiteral("Resources"), std::nullopt}));
        QCOMPARE(find(*states, QStringLiteral("5_4")).reason, QStringLiteral("Priority"));
        QCOMPARE(find(*states, QStringLiteral("7")).reason, QStringLiteral("JobHeldUser"));
        QCOMPARE(find(*states, QStringLiteral("1")).state, QStringLiteral("RUNNING"));
        QCOMPARE(SlurmStates::parseSqueue(QByteArray())->size(), 0);
    }

    void squeueStepsAndStridesInRanges()
    {
        const auto states = SlurmStates::parseSqueue("20_[1,4-8:2%3]|PENDING|JobArrayTaskLimit\n20_0|RUNNING|None\n");
        QVERIFY(states);
        QCOMPARE(ids(*states), (QStringList{QStringLiteral("20_1"), QStringLiteral("20_4"), QStringLiteral("20_6"),
                                            QStringLiteral("20_8"), QStringLiteral("20_0")}));
    }

    void squeueAnswersThatAreNotErrors()
    {
        QVERIFY(SlurmStates::isUnknownJobsAnswer("slurm_load_jobs error: Invalid job id specified\n"));
        QVERIFY(!SlurmStates::isUnknownJobsAnswer("squeue: error: Unable to contact slurm controller (connect failure)\n"));
        QVERIFY(SlurmStates::isAccountingDisabledAnswer("Slurm accounting storage is disabled\n"));
        QVERIFY(!SlurmStates::isAccountingDisabledAnswer("sacct: error: Problem talking to the database\n"));
    }

    void sacctLeavesStepsOut()
    {
        const auto states = SlurmStates::parseSacct(SacctOutput);
        QVERIFY2(states, qPrintable(states ? QString() : states.error().toString()));
        QCOMPARE(ids(*states), (QStringList{QStringLiteral("11"), QStringLiteral("12"), QStringLiteral("13"),
                                            QStringLiteral("14"), QStringLiteral("15"), QStringLiteral("16"),
                                            QStringLiteral("17_3")}));
        QCOMPARE(find(*states, QStringLiteral("11")),
                 (SlurmJobState{QStringLiteral("11"), QStringLiteral("COMPLETED"), QString(), 0}));
        QCOMPARE(find(*states, QStringLiteral("12")).exitCode, std::optional(7));
        QCOMPARE(find(*states, QStringLiteral("13")).state, QStringLiteral("CANCELLED"));
        QCOMPARE(find(*states, QStringLiteral("15")).state, QStringLiteral("OUT_OF_MEMORY"));
    }

    // Every job the controller remembers, array tasks under their array ids; a job's name that
    // mimics a field ("JobState=COMPLETED") does not change what is read.
    void scontrol()
    {
        const auto states = SlurmStates::parseScontrol(ScontrolOutput);
        QVERIFY2(states, qPrintable(states ? QString() : states.error().toString()));
        QCOMPARE(ids(*states), (QStringList{QStringLiteral("5_0"), QStringLiteral("5_1"), QStringLiteral("5_2"),
                                            QStringLiteral("5_3"), QStringLiteral("5_4"), QStringLiteral("5_5"),
                                            QStringLiteral("8"), QStringLiteral("1"), QStringLiteral("4"),
                                            QStringLiteral("5_0")}));
        QCOMPARE(find(*states, QStringLiteral("8")),
                 (SlurmJobState{QStringLiteral("8"), QStringLiteral("CANCELLED"), QStringLiteral("Priority"), 0}));
        QCOMPARE(find(*states, QStringLiteral("1")),
                 (SlurmJobState{QStringLiteral("1"), QStringLiteral("CANCELLED"), QStringLiteral("None"), 0}));
        QCOMPARE(find(*states, QStringLiteral("4")),
                 (SlurmJobState{QStringLiteral("4"), QStringLiteral("FAILED"), QStringLiteral("NonZeroExitCode"), 3}));
        QCOMPARE(states->last(),
                 (SlurmJobState{QStringLiteral("5_0"), QStringLiteral("RUNNING"), QStringLiteral("None"), 0}));
        QCOMPARE(SlurmStates::parseScontrol("No jobs in the system\n")->size(), 0);
    }

    void malformedAnswersAreErrors_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("parser");
        QTest::newRow("squeue, one field") << QByteArray("12 RUNNING\n") << 0;
        QTest::newRow("sacct, two fields") << QByteArray("12|RUNNING\n") << 1;
        QTest::newRow("scontrol, no state") << QByteArray("JobId=3 JobName=x UserId=root(0) Reason=None\n") << 2;
        QTest::newRow("scontrol, an error") << QByteArray("slurm_load_jobs error: Unable to contact slurm controller\n") << 2;
    }

    void malformedAnswersAreErrors()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, parser);
        const auto states = parser == 0   ? SlurmStates::parseSqueue(output)
                            : parser == 1 ? SlurmStates::parseSacct(output)
                                          : SlurmStates::parseScontrol(output);
        QVERIFY(!states);
        QVERIFY(!states.error().message.isEmpty());
        QVERIFY2(states.error().detail.contains(QString::fromUtf8(output.trimmed())), qPrintable(states.error().detail));
    }
};

QTEST_GUILESS_MAIN(TestSlurmStates)
#include "tst_slurm_states.moc"
