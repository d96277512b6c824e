// SPDX-License-Identifier: GPL-3.0-or-later
// bench-sync: connects to a cluster the way the app does and measures one of
//   --mode sync   the backend alone: connect to every node, pod and event in the stores,
//                 peak and settled resident memory (QCoreApplication, no widgets);
//   --mode ui     the Application page attached from the start: first rows of pods, then,
//                 once synced, sorting the Pods table and typing in its filter;
//   --mode watch  the Application page attached: watch events applied to the stores per
//                 second and the share of the UI thread they take, while maestro-sim
//                 modifies pods at --churn-pods a second (POST /debug/churn).
// Prints one line of JSON. scripts/bench.sh starts the cluster and runs it several times.
#include "app/kube/ClusterConnection.h"
#include "bench/support/BenchSupport.h"
#include "ui/application/ApplicationPage.h"
#include "ui/common/ResourceTablePage.h"
#include "ui/common/StoreTableModel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::bench;

namespace {

struct Options
{
    QString mode;
    ResolvedContext context;
    int nodes = 0;
    int pods = 0;
    int events = 0;
    double watchSeconds = 10;
    double churnPods = 0; ///< pod changes a second asked of the simulator during the window
    int timeoutMs = 900000;
};

/// Counts the paints of a window's widgets. A window paints every widget an action made
/// dirty in one pass, so the action is on screen once the event loop comes back from the
/// first paint after it: the keystroke in the line edit, the rows in the table.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget *window)
        : QObject(window)
        , m_window(window)
    {
        qApp->installEventFilter(this);
    }
    int count() const { return m_count; }
    int tableCount() const { return m_tableCount; }
    void setTable(QWidget *viewport) { m_viewport = viewport; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint)
            return false;
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && widget->window() == m_window) {
            ++m_count;
            if (widget == m_viewport)
                ++m_tableCount;
        }
        return false;
    }

private:
    QWidget *m_window;
    QWidget *m_viewport = nullptr;
    int m_count = 0;
    int m_tableCount = 0;
};

QString modeOf(int argc, char *argv[])
{
    for (int i = 1; i + 1 < argc; ++i) {
        if (QByteArray(argv[i]) == "--mode")
            return QString::fromLatin1(argv[i + 1]);
    }
    return QStringLiteral("sync");
}

bool storesSynced(const ClusterConnection &connection)
{
    return connection.nodes()->hasSynced() && connection.pods()->hasSynced() &&
           connection.events()->hasSynced();
}

/// The stores hold at least what the cluster was created with (it adds system pods and
/// events of its own); anything less means the sync did not load everything.
QString checkCounts(const ClusterConnection &connection, const Options &options)
{
    const int nodes = connection.nodes()->count();
    const int pods = connection.pods()->count();
    const int events = connection.events()->count();
    if (nodes < options.nodes || pods < options.pods || events < options.events)
        return QStringLiteral("the stores hold %1 nodes, %2 pods, %3 events; expected at least "
                              "%4, %5, %6")
            .arg(nodes)
            .arg(pods)
            .arg(events)
            .arg(options.nodes)
            .arg(options.pods)
            .arg(options.events);
    return {};
}

QJsonObject storeCounts(const ClusterConnection &connection)
{
    return {{QStringLiteral("nodes"), connection.nodes()->count()},
            {QStringLiteral("pods"), connection.pods()->count()},
            {QStringLiteral("events"), connection.events()->count()}};
}

qint64 eventsApplied(const ClusterConnection &connection)
{
    qint64 total = 0;
    for (const InformerBase *informer : connection.informers())
        total += informer->eventsApplied();
    return total;
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

int runSync(const Options &options)
{
    ClusterConnection connection(options.context);
    QElapsedTimer clock;
    double firstPageMs = -1;
    QObject::connect(connection.pods(), &InformerBase::listProgress, [&] {
        if (firstPageMs < 0)
            firstPageMs = ms(clock);
    });
    QJsonObject syncedAt;
    for (InformerBase *informer : {static_cast<InformerBase *>(connection.nodes()),
                                   static_cast<InformerBase *>(connection.pods()),
                                   static_cast<InformerBase *>(connection.events())}) {
        QObject::connect(informer, &InformerBase::synced, [&, informer] {
            syncedAt.insert(informer->resource() + QStringLiteral("_s"), ms(clock) / 1000);
        });
    }
    const double cpuBefore = processCpuSeconds();
    const double threadCpuBefore = threadCpuSeconds();
    clock.start();
    connection.open();
    if (!runUntil([&] { return storesSynced(connection); }, options.timeoutMs))
        return failed(QStringLiteral("not synced after %1 s: %2")
                          .arg(options.timeoutMs / 1000)
                          .arg(connection.stateMessage()));
    const double syncS = ms(clock) / 1000;
    const double cpuS = processCpuSeconds() - cpuBefore;
    const double threadCpuS = threadCpuSeconds() - threadCpuBefore;
    const double peakMb = statusMb("VmHWM");
    if (const QString problem = checkCounts(connection, options); !problem.isEmpty())
        return failed(problem);
    // Settled: the last batches flushed, the finished requests deleted, and what the app
    // gives back by itself after a sync given back. Then the same after a malloc_trim of
    // the benchmark's own, for comparison with figures taken before the app trimmed.
    runUntil([] { return false; }, 3000);
    const double settledMb = statusMb("VmRSS");
    const double benchTrimmedMb = settledRssMb();
    const double heapMb = heapInUseMb();
    printFigures({{QStringLiteral("sync_s"), syncS},
                  {QStringLiteral("sync_first_page_ms"), firstPageMs},
                  {QStringLiteral("sync_cpu_s"), cpuS},
                  {QStringLiteral("sync_main_thread_cpu_s"), threadCpuS},
                  {QStringLiteral("sync_peak_rss_mb"), peakMb},
                  {QStringLiteral("settled_rss_mb"), settledMb},
                  {QStringLiteral("settled_rss_bench_trim_mb"), benchTrimmedMb},
                  {QStringLiteral("settled_heap_mb"), heapMb},
                  {QStringLiteral("synced_at"), syncedAt},
                  {QStringLiteral("stores"), storeCounts(connection)}});
    return 0;
}

/// The Application page on its Pods section, attached before the connection opens,
/// as the window does when a cluster is opened at that section.
struct AttachedPage
{
    explicit AttachedPage(ClusterConnection *connection)
    {
        page.resize(1400, 900);
        page.setConnection(connection);
        page.showSection(ui::ApplicationPage::Section::Pods);
        page.show();
        pods = page.findChild<ui::ResourceTablePage *>(QStringLiteral("pods"));
        if (pods) {
            table = pods->table();
            filter = pods->findChild<QLineEdit *>(QStringLiteral("podsFilter"));
            paints = new PaintCounter(&page);
            paints->setTable(table->viewport());
        }
    }
    bool ready() const { return pods && table && filter; }
    /// Milliseconds from `action` until the table painted after it; `callMs`: until the
    /// action returned (the models' and views' own work, before the event loop runs the
    /// timers and batches of other pages that the repaint waits behind).
    double untilRepainted(const std::function<void()> &action, double *callMs = nullptr) const
    {
        const int before = paints->count();
        QElapsedTimer timer;
        timer.start();
        action();
        if (callMs)
            *callMs = ms(timer);
        if (!runUntil([&] { return paints->count() > before; }, 30000))
            return -1;
        return ms(timer);
    }

    ui::ApplicationPage page;
    ui::ResourceTablePage *pods = nullptr;
    QTableView *table = nullptr;
    QLineEdit *filter = nullptr;
    PaintCounter *paints = nullptr;
};

int runUi(const Options &options)
{
    ClusterConnection connection(options.context);
    AttachedPage attached(&connection);
    if (!attached.ready())
        return failed(QStringLiteral("the Pods page has no table or filter"));
    // The empty page is on screen before the clock starts.
    runUntil([&] { return attached.paints->tableCount() > 0; }, 10000);
    QElapsedTimer clock;
    double firstRowsMs = -1;
    double firstRowsPaintedMs = -1;
    int paintsAtFirstRows = 0;
    ui::StoreTableModel *model = attached.pods->model();
    QObject::connect(model, &QAbstractItemModel::rowsInserted, [&] {
        if (firstRowsMs < 0) {
            firstRowsMs = ms(clock);
            paintsAtFirstRows = attached.paints->tableCount();
        }
    });
    clock.start();
    connection.open();
    if (!runUntil(
            [&] { return firstRowsMs >= 0 && attached.paints->tableCount() > paintsAtFirstRows; },
            options.timeoutMs))
        return failed(QStringLiteral("no pods shown: %1").arg(connection.stateMessage()));
    firstRowsPaintedMs = ms(clock);
    if (!runUntil([&] { return storesSynced(connection); }, options.timeoutMs))
        return failed(QStringLiteral("not synced: %1").arg(connection.stateMessage()));
    const double syncWithPageS = ms(clock) / 1000;
    if (const QString problem = checkCounts(connection, options); !problem.isEmpty())
        return failed(problem);
    if (!runUntil([&] { return model->rowCount() == connection.pods()->count(); }, 60000))
        return failed(QStringLiteral("the Pods table has %1 rows for %2 pods")
                          .arg(model->rowCount())
                          .arg(connection.pods()->count()));
    runUntil([] { return false; }, 1000);
    const double peakWithPageMb = statusMb("VmHWM");

    // Sorting: what a click on a column header does, until the table is repainted.
    QTableView *table = attached.table;
    const int initialSortColumn = table->horizontalHeader()->sortIndicatorSection();
    // The page opens sorted by name: a click on the Name header reverses all rows, a click
    // on Age or Node sorts them by another key.
    double sortNameCallMs = 0;
    double sortAgeCallMs = 0;
    double sortNodeCallMs = 0;
    const double sortNameMs = attached.untilRepainted(
        [&] { table->sortByColumn(1, Qt::DescendingOrder); }, &sortNameCallMs);
    const double sortAgeMs = attached.untilRepainted(
        [&] { table->sortByColumn(7, Qt::AscendingOrder); }, &sortAgeCallMs);
    const double sortNodeMs = attached.untilRepainted(
        [&] { table->sortByColumn(5, Qt::AscendingOrder); }, &sortNodeCallMs);
    attached.untilRepainted([&] { table->sortByColumn(1, Qt::AscendingOrder); });

    // Typing "ads" into the filter and erasing it again, one key at a time.
    QList<double> keystrokes;
    QJsonArray keystrokeList;
    const QList<int> keys{Qt::Key_A,         Qt::Key_D,         Qt::Key_S,
                          Qt::Key_Backspace, Qt::Key_Backspace, Qt::Key_Backspace};
    QList<double> keystrokeCalls;
    QJsonArray keystrokeCallList;
    for (int key : keys) {
        double callMs = 0;
        const double t = attached.untilRepainted(
            [&] {
                QTest::keyClick(attached.filter, Qt::Key(key),
                                Qt::NoModifier); // the line edit's textChanged filters at once
            },
            &callMs);
        keystrokes << t;
        keystrokeList.append(t);
        keystrokeCalls << callMs;
        keystrokeCallList.append(callMs);
    }
    const double worstKeystroke = *std::max_element(keystrokes.begin(), keystrokes.end());
    printFigures({{QStringLiteral("first_rows_ms"), firstRowsMs},
                  {QStringLiteral("first_rows_painted_ms"), firstRowsPaintedMs},
                  {QStringLiteral("sync_with_page_s"), syncWithPageS},
                  {QStringLiteral("peak_rss_with_page_mb"), peakWithPageMb},
                  {QStringLiteral("sort_150k_ms"), sortNameMs},
                  {QStringLiteral("sort_node_ms"), sortNodeMs},
                  {QStringLiteral("sort_age_ms"), sortAgeMs},
                  {QStringLiteral("filter_keystroke_ms"), worstKeystroke},
                  {QStringLiteral("filter_keystroke_median_ms"), median(keystrokes)},
                  {QStringLiteral("filter_keystrokes_ms"), keystrokeList},
                  {QStringLiteral("sort_150k_call_ms"), sortNameCallMs},
                  {QStringLiteral("sort_node_call_ms"), sortNodeCallMs},
                  {QStringLiteral("sort_age_call_ms"), sortAgeCallMs},
                  {QStringLiteral("filter_keystroke_call_ms"),
                   *std::max_element(keystrokeCalls.begin(), keystrokeCalls.end())},
                  {QStringLiteral("filter_keystrokes_call_ms"), keystrokeCallList},
                  {QStringLiteral("table_rows"), model->rowCount()},
                  {QStringLiteral("initial_sort_column"), initialSortColumn},
                  {QStringLiteral("stores"), storeCounts(connection)}});
    return 0;
}

/// The cluster's write counter (resourceVersion): how many changes it offered.
qint64 clusterVersion(ClusterConnection &connection)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QStringLiteral("1"));
    ApiRequest *request = connection.client()->get(QStringLiteral("/api/v1/namespaces"), query);
    runUntil([request] { return request->isFinished(); }, 30000);
    request->deleteLater();
    return request->json()
        .value(QLatin1String("metadata"))
        .toObject()
        .value(QLatin1String("resourceVersion"))
        .toString()
        .toLongLong();
}

/// Sets maestro-sim's pod churn (POST /debug/churn?pods=R); false when it did not answer.
bool setPodChurn(ClusterConnection &connection, double perSecond)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.path = QStringLiteral("/debug/churn");
    spec.query.addQueryItem(QStringLiteral("pods"), QString::number(perSecond));
    ApiRequest *request = connection.client()->send(spec);
    runUntil([request] { return request->isFinished(); }, 30000);
    request->deleteLater();
    return request->ok();
}

int runWatch(const Options &options)
{
    ClusterConnection connection(options.context);
    AttachedPage attached(&connection);
    if (!attached.ready())
        return failed(QStringLiteral("the Pods page has no table"));
    connection.open();
    if (!runUntil([&] { return connection.state() == ClusterConnection::State::Connected; },
                  options.timeoutMs))
        return failed(QStringLiteral("not connected: %1").arg(connection.stateMessage()));
    if (const QString problem = checkCounts(connection, options); !problem.isEmpty())
        return failed(problem);
    // Past the first batches and the first metrics poll.
    runUntil([] { return false; }, 3000);

    // The UI thread's responsiveness while it applies events: how late a 10 ms timer fires.
    QList<double> lateness;
    QElapsedTimer sinceTick;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    QObject::connect(&probe, &QTimer::timeout, [&] {
        lateness << std::max(0.0, ms(sinceTick) - 10.0);
        sinceTick.start();
    });

    if (options.churnPods > 0 && !setPodChurn(connection, options.churnPods))
        return failed(QStringLiteral("the simulator refused POST /debug/churn?pods=%1")
                          .arg(options.churnPods));
    // The churn's first second: the window starts with the stream already flowing.
    runUntil([] { return false; }, 1000);
    const qint64 versionBefore = clusterVersion(connection);
    QHash<QString, qint64> appliedBefore;
    int relistsBefore = 0, restartsBefore = 0;
    for (const InformerBase *informer : connection.informers()) {
        appliedBefore.insert(informer->resource(), informer->eventsApplied());
        relistsBefore += informer->relists();
        restartsBefore += informer->watchRestarts();
    }
    const qint64 before = eventsApplied(connection);
    const double threadCpuBefore = threadCpuSeconds();
    const double processCpuBefore = processCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    sinceTick.start();
    probe.start(10);
    runUntil([&] { return wall.elapsed() >= options.watchSeconds * 1000; },
             int(options.watchSeconds * 1000) + 5000);
    probe.stop();
    const double seconds = ms(wall) / 1000;
    const qint64 applied = eventsApplied(connection) - before;
    const double threadCpu = threadCpuSeconds() - threadCpuBefore;
    const double processCpu = processCpuSeconds() - processCpuBefore;
    const qint64 versionAfter = clusterVersion(connection);
    QJsonObject perResource;
    int relists = -relistsBefore, restarts = -restartsBefore;
    for (const InformerBase *informer : connection.informers()) {
        perResource.insert(informer->resource(),
                           informer->eventsApplied() - appliedBefore.value(informer->resource()));
        relists += informer->relists();
        restarts += informer->watchRestarts();
    }
    if (options.churnPods > 0)
        setPodChurn(connection, 0);
    std::sort(lateness.begin(), lateness.end());
    const double p99 = lateness.isEmpty() ? -1 : lateness.at(qsizetype(lateness.size() * 0.99));
    if (applied == 0)
        return failed(QStringLiteral("no watch event arrived in %1 s").arg(seconds));
    printFigures(
        {{QStringLiteral("watch_events_per_s"), double(applied) / seconds},
         {QStringLiteral("watch_ui_thread_percent"), threadCpu / seconds * 100},
         {QStringLiteral("watch_process_cpu_percent"), processCpu / seconds * 100},
         {QStringLiteral("watch_capacity_per_s"), threadCpu > 0 ? double(applied) / threadCpu : -1},
         {QStringLiteral("watch_offered_per_s"), double(versionAfter - versionBefore) / seconds},
         {QStringLiteral("watch_timer_lateness_p99_ms"), p99},
         {QStringLiteral("watch_timer_lateness_max_ms"), lateness.isEmpty() ? -1 : lateness.last()},
         {QStringLiteral("watch_seconds"), seconds},
         // A watch that fell behind and was re-listed would have events missing from the
         // count: these say whether it happened.
         {QStringLiteral("watch_relists"), relists},
         {QStringLiteral("watch_restarts"), restarts},
         {QStringLiteral("watch_churn_pods_per_s"), options.churnPods},
         {QStringLiteral("watch_applied"), perResource},
         {QStringLiteral("watch_rss_mb"), statusMb("VmRSS")},
         {QStringLiteral("stores"), storeCounts(connection)}});
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    const QString mode = modeOf(argc, argv);
    const bool widgets = mode != u"sync";
    if (widgets && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    std::unique_ptr<QCoreApplication> app(widgets ? new QApplication(argc, argv)
                                                  : new QCoreApplication(argc, argv));
    QCoreApplication::setApplicationName(QStringLiteral("bench-sync"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures the app's sync, Pods table and watch against a cluster."));
    parser.addHelpOption();
    const QCommandLineOption modeOption(QStringLiteral("mode"),
                                        QStringLiteral("sync (default), ui or watch."),
                                        QStringLiteral("MODE"), QStringLiteral("sync"));
    const QCommandLineOption kubeconfig(QStringLiteral("kubeconfig"),
                                        QStringLiteral("Kubeconfig of the cluster."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption context(QStringLiteral("context"),
                                     QStringLiteral("Its context (default maestro-sim)."),
                                     QStringLiteral("NAME"), QStringLiteral("maestro-sim"));
    const QCommandLineOption nodes(QStringLiteral("nodes"),
                                   QStringLiteral("Nodes the stores must hold at least."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption pods(QStringLiteral("pods"),
                                  QStringLiteral("Pods the stores must hold at least."),
                                  QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption events(QStringLiteral("events"),
                                    QStringLiteral("Events the stores must hold at least."),
                                    QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption seconds(QStringLiteral("seconds"),
                                     QStringLiteral("Watch measurement window (default 10)."),
                                     QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption churnPods(
        QStringLiteral("churn-pods"),
        QStringLiteral("Watch mode: pod changes a second asked of maestro-sim during the "
                       "window (default 0: the cluster's own changes)."),
        QStringLiteral("RATE"), QStringLiteral("0"));
    parser.addOptions({modeOption, kubeconfig, context, nodes, pods, events, seconds, churnPods});
    parser.process(*app);

    Options options;
    options.mode = parser.value(modeOption);
    if (options.mode != u"sync" && options.mode != u"ui" && options.mode != u"watch")
        return failed(QStringLiteral("--mode wants sync, ui or watch"));
    if (!parser.isSet(kubeconfig))
        return failed(QStringLiteral("--kubeconfig is required"));
    QString error;
    const auto resolved = loadContext(parser.value(kubeconfig), parser.value(context), &error);
    if (!resolved)
        return failed(error);
    options.context = *resolved;
    bool ok = true;
    auto number = [&](const QCommandLineOption &option) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        ok = ok && valid && value >= 0;
        return value;
    };
    options.nodes = number(nodes);
    options.pods = number(pods);
    options.events = number(events);
    options.watchSeconds = parser.value(seconds).toDouble(&ok);
    if (!ok || options.watchSeconds <= 0)
        return failed(QStringLiteral("--nodes, --pods, --events and --seconds want numbers"));
    options.churnPods = parser.value(churnPods).toDouble(&ok);
    if (!ok || options.churnPods < 0)
        return failed(QStringLiteral("--churn-pods wants a number of changes a second"));

    if (options.mode == u"ui")
        return runUi(options);
    if (options.mode == u"watch")
        return runWatch(options);
    return runSync(options);
}
