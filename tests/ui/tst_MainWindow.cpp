// SPDX-License-Identifier: GPL-3.0-or-later
// The main window driven as a person would: the real MainWindow over a real
// ClusterRegistry (the in-process demo cluster, or a maestro-sim started here), widgets
// found by objectName, real clicks and keys, and QTRY_* on what the window shows.

#include "app/advisor/Advisor.h"
#include "app/clusters/ClusterRegistry.h"
#include "app/credentials/CredentialStore.h"
#include "app/kube/ClusterConnection.h"
#include "app/scaling/ScalePlan.h"
#include "app/scaling/ScaleUpOperation.h"
#include "sim/api/ApiServer.h"
#include "sim/api/FaultInjector.h"
#include "sim/server/SimServer.h"
#include "ui/about/AboutDialog.h"
#include "ui/application/ApplicationPage.h"
#include "ui/main/MainWindow.h"
#include "ui/notifications/Notifier.h"
#include "ui/scaleup/ScaleUpWizard.h"
#include "ui/servers/ServersModel.h"
#include "ui/servers/ServersPage.h"

#include "WindowTestMain.h"

#include "tests/ui/TestArtifacts.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDialog>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeWidget>
#include <QWizard>

#include <memory>

using namespace maestro;
using namespace maestro::kube;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

/// Runs a helper that checks with QVERIFY, and stops the test where the helper failed.
#define STEP(call)                                                                                 \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

namespace {

const QString DemoName = QStringLiteral("Demo cluster (simulated)");
const QString WorkerSize = QStringLiteral("s-4vcpu-8gb");
constexpr int SyncTimeoutMs = 30000;
constexpr int ProvisionTimeoutMs = 60000;

template<typename T>
T *child(const QWidget *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

/// A click on an item of a view, where the person sees it.
void clickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
}

/// A double click as the window system delivers it: press, release, double click, release.
void doubleClickIndex(QAbstractItemView *view, const QModelIndex &index)
{
    view->scrollTo(index);
    const QPoint pos = view->visualRect(index).center();
    QTest::mousePress(view->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, pos);
    QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, pos);
}

/// A radio button reacts only on its indicator and label, not on the whole row it spans.
void clickRadio(QRadioButton *radio)
{
    QStyleOptionButton option;
    option.initFrom(radio);
    option.text = radio->text();
    const QRect area =
        radio->style()->subElementRect(QStyle::SE_RadioButtonClickRect, &option, radio);
    QTest::mouseClick(radio, Qt::LeftButton, {}, area.isValid() ? area.center() : QPoint(6, 6));
}

/// The toolbar button of a window action.
QWidget *buttonOf(QMainWindow *window, QAction *action)
{
    for (QToolBar *toolbar : window->findChildren<QToolBar *>()) {
        if (QWidget *widget = toolbar->widgetForAction(action))
            return widget;
    }
    return nullptr;
}

int rowsWithText(const QAbstractItemModel *model, int column, const QString &text)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        n += model->index(row, column).data().toString() == text ? 1 : 0;
    return n;
}

/// Rows of the Servers table whose status reads Ready (possibly with badges after it).
int readyRows(const QAbstractItemModel *model)
{
    int n = 0;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QString status = model->index(row, ServersModel::Status).data().toString();
        n += status == u"Ready" || status.startsWith(u"Ready ·"_s) ? 1 : 0;
    }
    return n;
}

int totalWorkerReplicas(const ClusterConnection *connection)
{
    int n = 0;
    for (const MachineDeploymentInfo &md : connection->machineDeployments()->items())
        n += md.specReplicas;
    return n;
}

int readyNodes(const ClusterConnection *connection)
{
    int n = 0;
    for (const NodeInfo &node : connection->nodes()->items())
        n += node.isReady() ? 1 : 0;
    return n;
}

} // namespace

class tst_MainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void opensTheDemoFromTheDashboard();
    void fixFromAFindingPrefillsTheWizard();
    void scaleUpAddsTwoWorkers();
    void mastersStayAnOddNumber();
    void doubleClickOnAddServerAddsOne();
    void backForwardAndRememberedSection();
    void podsAndEventsFilter();
    void fitsALaptopScreen();
    void layoutAndLastPageAreRestored();
    void aboutShowsVersionsAndLicence();
    void rejectedTokenAsksForAToken();
    void lostWatchesShowAsStale();

private:
    // Steps a person takes; each fails the test when the widget is not there.
    void clickNav(const QString &text);
    /// The demo open and connected at a section, whatever the tests before left behind.
    void ensureDemoAt(const QString &section);
    ScaleUpWizard *openScaleUp();
    void clickWizardButton(QWizard *wizard, QWizard::WizardButton which);
    void chooseSize(QWizard *wizard, const QString &instanceType);
    ClusterConnection *demo() const { return m_registry->connection(QStringLiteral("demo")); }
    QTableView *serversTable() const
    {
        return child<QTableView>(m_window.get(), u"serversTable"_s);
    }

    std::unique_ptr<ClusterRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
};

void tst_MainWindow::initTestCase()
{
    m_registry = makeDemoRegistry();           // $KUBECONFIG: a file in an empty folder (see main)
    QCOMPARE(m_registry->entries().size(), 1); // the demo only: no user kubeconfig leaks in
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void tst_MainWindow::cleanupTestCase()
{
    m_window.reset();
    m_registry.reset();
}

void tst_MainWindow::cleanup()
{
    // A test that failed half-way leaves no wizard or message box for the next one.
    if (!m_window)
        return;
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    QTRY_VERIFY(!child<QWizard>(m_window.get(), u"scaleUpWizard"_s));
}

void tst_MainWindow::clickNav(const QString &text)
{
    auto *nav = child<QTreeWidget>(m_window.get(), u"applicationNav"_s);
    QVERIFY(nav);
    QVERIFY(nav->isVisible());
    const QList<QTreeWidgetItem *> items =
        nav->findItems(text, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(items.size(), 1);
    const QRect rect = nav->visualItemRect(items.first());
    QVERIFY(!rect.isEmpty());
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, rect.center());
    QCOMPARE(nav->currentItem(), items.first());
}

void tst_MainWindow::ensureDemoAt(const QString &section)
{
    if (m_window->location().clusterId != u"demo")
        m_window->openCluster(QStringLiteral("demo"));
    QVERIFY(demo());
    QTRY_COMPARE_WITH_TIMEOUT(demo()->state(), ClusterConnection::State::Connected, SyncTimeoutMs);
    STEP(clickNav(section));
}

ScaleUpWizard *tst_MainWindow::openScaleUp()
{
    auto *button = child<QAbstractButton>(m_window.get(), u"scaleUpButton"_s);
    if (!button || !button->isVisible() || !button->isEnabled())
        return nullptr;
    QTest::mouseClick(button, Qt::LeftButton);
    ScaleUpWizard *wizard = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            wizard = child<ScaleUpWizard>(m_window.get(), u"scaleUpWizard"_s);
            return wizard && wizard->isVisible();
        },
        5000);
    return shown ? wizard : nullptr;
}

void tst_MainWindow::clickWizardButton(QWizard *wizard, QWizard::WizardButton which)
{
    QAbstractButton *button = wizard->button(which);
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY2(button->isEnabled(), qPrintable(button->text() + u" is disabled"_s));
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_MainWindow::chooseSize(QWizard *wizard, const QString &instanceType)
{
    auto *sizes = child<QListWidget>(wizard, u"sizeList"_s);
    QVERIFY(sizes);
    QListWidgetItem *wanted = nullptr;
    for (int i = 0; i < sizes->count(); ++i) {
        if (sizes->item(i)->data(Qt::UserRole).toString() == instanceType)
            wanted = sizes->item(i);
    }
    QVERIFY2(wanted, qPrintable(u"no size "_s + instanceType));
    QVERIFY(wanted->flags() & Qt::ItemIsEnabled);
    sizes->scrollToItem(wanted);
    QTest::mouseClick(sizes->viewport(), Qt::LeftButton, {},
                      sizes->visualItemRect(wanted).center());
    QCOMPARE(sizes->currentItem(), wanted);
}

void tst_MainWindow::opensTheDemoFromTheDashboard()
{
    auto *dashboard = child<QWidget>(m_window.get(), u"dashboardPage"_s);
    auto *list = child<QListWidget>(m_window.get(), u"clusterList"_s);
    QVERIFY(dashboard && list);
    QVERIFY(dashboard->isVisible());
    QListWidgetItem *demoItem = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->text().startsWith(DemoName))
            demoItem = list->item(i);
    }
    QVERIFY2(demoItem, "the Dashboard lists no \"Demo cluster (simulated)\"");

    // What the status bar's progress shows at each step of the first sync.
    auto *syncBar = child<QProgressBar>(m_window.get(), u"syncProgress"_s);
    QVERIFY(syncBar && !syncBar->isVisible());
    struct Seen
    {
        bool visible;
        int value;
        int maximum;
    };
    QList<Seen> seen;
    const auto watchSync =
        connect(m_registry.get(), &ClusterRegistry::connectionOpened, this,
                [&](const QString &, ClusterConnection *connection) {
                    // Connected after the window: the bar is up to date when this runs.
                    connect(connection, &ClusterConnection::syncProgress, this, [&] {
                        seen.append({syncBar->isVisible(), syncBar->value(), syncBar->maximum()});
                    });
                });
    const auto unwatchSync = qScopeGuard([watchSync] { QObject::disconnect(watchSync); });

    // Select it, then Enter.
    clickIndex(list, list->model()->index(list->row(demoItem), 0));
    QCOMPARE(list->currentItem(), demoItem);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Return);

    auto *application = child<QWidget>(m_window.get(), u"applicationPage"_s);
    QVERIFY(application);
    QTRY_VERIFY(application->isVisible());
    QVERIFY(!dashboard->isVisible());
    QVERIFY(demo());

    STEP(clickNav(QStringLiteral("Servers")));
    auto *breadcrumb = child<QLabel>(m_window.get(), u"breadcrumb"_s);
    QVERIFY(breadcrumb);
    QCOMPARE(breadcrumb->text(), u"Dashboard › "_s + DemoName + u" › Application › Servers"_s);
    QCOMPARE(m_window->windowTitle(), u"Servers — "_s + DemoName + u" — Maestro Desktop"_s);
    QTRY_VERIFY(child<QWidget>(m_window.get(), u"serversPage"_s)->isVisible());

    QTableView *table = serversTable();
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsWithText(table->model(), ServersModel::Role, QStringLiteral("Shared master")), 1,
        SyncTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(demo()->state(), ClusterConnection::State::Connected, SyncTimeoutMs);
    QVERIFY(!seen.isEmpty());
    const int lists = int(demo()->informers().size());
    QVERIFY(std::any_of(seen.cbegin(), seen.cend(), [lists](const Seen &s) {
        return s.visible && s.maximum == lists && s.value < lists;
    }));
    QTRY_VERIFY(!syncBar->isVisible()); // gone once loaded

    // Selecting the shared master shows its details beside the table.
    QModelIndex master;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex index = table->model()->index(row, ServersModel::Name);
        if (index.siblingAtColumn(ServersModel::Role).data().toString() == u"Shared master")
            master = index;
    }
    QVERIFY(master.isValid());
    auto *details = child<QTextBrowser>(m_window.get(), u"nodeDetails"_s);
    QVERIFY(details);
    clickIndex(table, master);
    QTRY_VERIFY(details->toPlainText().contains(master.data().toString()));
    QTRY_VERIFY(details->isVisible());
    QVERIFY(details->width() >= details->minimumWidth());
    // Conditions: type, status and age; a healthy one's reason says nothing new.
    const QString text = details->toPlainText();
    QVERIFY2(text.contains(u"MemoryPressure"_s) && !text.contains(u"KubeletHasSufficientMemory"_s),
             qPrintable(text));
}

void tst_MainWindow::fixFromAFindingPrefillsTheWizard()
{
    // Runs while the shared master is still the only schedulable node: the advisor asks
    // for a dedicated worker, and its button opens + Scale up as the finding says.
    STEP(ensureDemoAt(QStringLiteral("Overview")));
    advisor::Advisor *advisor = m_registry->advisor(QStringLiteral("demo"));
    QVERIFY(advisor);
    QTRY_VERIFY_WITH_TIMEOUT(advisor->hasFinding(u"add-dedicated-worker"_s), SyncTimeoutMs);
    QPushButton *fix = nullptr;
    QTRY_VERIFY_WITH_TIMEOUT(
        (fix = child<QPushButton>(m_window.get(), u"fix_add-dedicated-worker"_s)) != nullptr,
        SyncTimeoutMs);
    const auto finding = advisor->finding(u"add-dedicated-worker"_s);
    QVERIFY(finding);
    QCOMPARE(finding->action.role, u"worker"_s);
    QVERIFY(finding->action.count >= 1);
    QVERIFY(fix->isEnabled());
    QTest::mouseClick(fix, Qt::LeftButton);

    QPointer<ScaleUpWizard> wizard;
    QTRY_VERIFY((wizard = child<ScaleUpWizard>(m_window.get(), u"scaleUpWizard"_s)) != nullptr);
    QTRY_VERIFY(wizard->isVisible());
    auto *worker = child<QRadioButton>(wizard, u"roleWorker"_s);
    QVERIFY(worker && worker->isChecked());
    auto *count = child<QSpinBox>(wizard, u"countSpin"_s);
    QVERIFY(count);
    QCOMPARE(count->value(), finding->action.count);
    STEP(clickWizardButton(wizard, QWizard::NextButton));
    auto *sizes = child<QListWidget>(wizard, u"sizeList"_s);
    QVERIFY(sizes && sizes->currentItem());
    QCOMPARE(sizes->currentItem()->data(Qt::UserRole).toString(), finding->action.size);
    wizard->reject();
    QTRY_VERIFY(!wizard);
}

void tst_MainWindow::scaleUpAddsTwoWorkers()
{
    STEP(ensureDemoAt(QStringLiteral("Servers")));
    ClusterConnection *connection = demo();
    QTableView *table = serversTable();
    QVERIFY(table && table->isVisible());
    const int nodesBefore = int(connection->nodes()->count());
    const int replicasBefore = totalWorkerReplicas(connection);

    // Every provisioning row that ever shows up, however briefly.
    QSet<QString> provisioningRows;
    QAbstractItemModel *model = table->model();
    const auto watch =
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [&](const QModelIndex &, int first, int last) {
                    for (int row = first; row <= last; ++row) {
                        const QModelIndex index = model->index(row, 0);
                        if (index.data(ServersModel::RoleKeyRole).toString() == u"provisioning")
                            provisioningRows.insert(index.data(ServersModel::KeyRole).toString());
                    }
                });
    const auto unwatch = qScopeGuard([watch] { QObject::disconnect(watch); });

    QPointer<ScaleUpWizard> wizard = openScaleUp();
    QVERIFY(wizard);
    QSignalSpy submitted(wizard.data(), &ScaleUpWizard::submitted);
    QVERIFY(submitted.isValid());
    auto *worker = child<QRadioButton>(wizard, u"roleWorker"_s);
    QVERIFY(worker);
    clickRadio(worker);
    QVERIFY(worker->isChecked());
    STEP(clickWizardButton(wizard, QWizard::NextButton));

    QCOMPARE(wizard->currentId(), 1);
    STEP(chooseSize(wizard, WorkerSize));
    STEP(clickWizardButton(wizard, QWizard::NextButton));

    QCOMPARE(wizard->currentId(), 2);
    auto *count = child<QSpinBox>(wizard, u"countSpin"_s);
    QVERIFY(count);
    QCOMPARE(count->value(), 1);
    count->setFocus();
    QTest::keyClick(count, Qt::Key_Up);
    QCOMPARE(count->value(), 2);
    auto *countNote = child<QLabel>(wizard, u"countNote"_s);
    QVERIFY(countNote);
    QVERIFY2(countNote->text().contains(u"2 worker"_s), qPrintable(countNote->text()));
    QVERIFY2(countNote->text().contains(u"2 workers of this size"_s),
             qPrintable(countNote->text()));
    STEP(clickWizardButton(wizard, QWizard::NextButton));

    QCOMPARE(wizard->currentId(), 3);
    auto *review = child<QLabel>(wizard, u"reviewSummary"_s);
    QVERIFY(review);
    QVERIFY2(review->text().contains(WorkerSize), qPrintable(review->text()));
    QVERIFY2(review->text().contains(u"<td>2</td>"_s), qPrintable(review->text()));
    auto *add = child<QAbstractButton>(wizard, u"addServerButton"_s);
    QVERIFY(add);
    QCOMPARE(add->text(), u"Add Server"_s);
    QVERIFY(add->isVisible() && add->isEnabled());
    // The status bar's progress: each machine's steps to a Ready node, and what they are.
    auto *progress = child<QProgressBar>(m_window.get(), u"operationProgress"_s);
    QVERIFY(progress && !progress->isVisible());
    int mostDone = 0;
    QStringList progressTips;
    const auto follow = connect(progress, &QProgressBar::valueChanged, this, [&](int value) {
        mostDone = std::max(mostDone, value);
        progressTips << progress->toolTip();
    });
    const auto unfollow = qScopeGuard([follow] { QObject::disconnect(follow); });
    QSignalSpy notified(m_window->notifier(), &Notifier::notified);

    QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(submitted.count(), 1);
    QTRY_VERIFY(!wizard); // closed and deleted
    QTRY_VERIFY(progress->isVisible());
    QCOMPARE(progress->maximum(), 2 * 4);
    QVERIFY2(progress->text().startsWith(u"Adding 2 server"_s), qPrintable(progress->text()));

    QCOMPARE(m_window->location().section, ApplicationPage::Section::Servers);
    QTRY_COMPARE_WITH_TIMEOUT(provisioningRows.size(), 2, ProvisionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(readyRows(model), nodesBefore + 2, ProvisionTimeoutMs);
    QCOMPARE(model->rowCount(), nodesBefore + 2); // no provisioning row left over
    QCOMPARE(int(connection->nodes()->count()), nodesBefore + 2);
    QCOMPARE(readyNodes(connection), nodesBefore + 2);
    QCOMPARE(totalWorkerReplicas(connection), replicasBefore + 2);
    const auto operations = m_window->applicationPage()->operations();
    QCOMPARE(operations.size(), 1);
    QTRY_COMPARE(operations.last()->phase(), scaling::ScaleUpOperation::Phase::Finished);
    QCOMPARE(operations.last()->writesAccepted(), 1);
    QTRY_VERIFY(!progress->isVisible());
    QVERIFY2(mostDone > 2, qPrintable(QString::number(mostDone))); // past Pending
    QVERIFY2(progressTips.join(u'\n').contains(u"Provisioning"_s),
             qPrintable(progressTips.join(u'|')));
    QTRY_VERIFY(!notified.isEmpty());
    QCOMPARE(notified.last().value(0).toString(), u"Servers added"_s);
}

void tst_MainWindow::mastersStayAnOddNumber()
{
    STEP(ensureDemoAt(QStringLiteral("Servers")));
    ClusterConnection *connection = demo();
    QVERIFY(!connection->controlPlanes()->items().isEmpty());
    const int mastersBefore = connection->controlPlanes()->items().cbegin()->specReplicas;
    QCOMPARE(mastersBefore, 1);
    const QString masterType = scaling::masterInstanceType(*connection);
    const auto operationsBefore = m_window->applicationPage()->operations().size();
    QVERIFY(!masterType.isEmpty());

    QPointer<ScaleUpWizard> wizard = openScaleUp();
    QVERIFY(wizard);
    auto *master = child<QRadioButton>(wizard, u"roleMaster"_s);
    QVERIFY(master);
    clickRadio(master);
    QVERIFY(master->isChecked());
    STEP(clickWizardButton(wizard, QWizard::NextButton));

    // Only the masters' size can be chosen, and it is.
    auto *sizes = child<QListWidget>(wizard, u"sizeList"_s);
    QVERIFY(sizes);
    QVERIFY(sizes->count() > 1);
    for (int i = 0; i < sizes->count(); ++i) {
        const QListWidgetItem *item = sizes->item(i);
        const bool isMasterSize = item->data(Qt::UserRole).toString() == masterType;
        QCOMPARE(bool(item->flags() & Qt::ItemIsEnabled), isMasterSize);
    }
    QVERIFY(sizes->currentItem());
    QCOMPARE(sizes->currentItem()->data(Qt::UserRole).toString(), masterType);
    auto *sizeNote = child<QLabel>(wizard, u"sizeNote"_s);
    QVERIFY(sizeNote && sizeNote->text().contains(masterType));
    STEP(clickWizardButton(wizard, QWizard::NextButton));

    // 1 + 1 = 2 masters: refused, and the page says why.
    QCOMPARE(wizard->currentId(), 2);
    auto *count = child<QSpinBox>(wizard, u"countSpin"_s);
    auto *countNote = child<QLabel>(wizard, u"countNote"_s);
    QVERIFY(count && countNote);
    QCOMPARE(count->value(), 1);
    QVERIFY(!wizard->currentPage()->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::FinishButton)->isEnabled() ||
            !wizard->button(QWizard::FinishButton)->isVisible());
    QVERIFY2(countNote->text().contains(u"even"_s), qPrintable(countNote->text()));

    // 1 + 2 = 3 masters: allowed, survives one failure.
    count->setFocus();
    QTest::keyClick(count, Qt::Key_Up);
    QCOMPARE(count->value(), 2);
    QVERIFY(wizard->currentPage()->isComplete());
    QVERIFY(wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY2(countNote->text().contains(u"survives 1 master failure"_s),
             qPrintable(countNote->text()));
    QVERIFY2(countNote->text() == u"3 masters in all: the cluster survives 1 master failure."_s,
             qPrintable(countNote->text()));
    QVERIFY2(!countNote->text().contains(u"even"_s), qPrintable(countNote->text()));

    // Back to 1: refused again.
    QTest::keyClick(count, Qt::Key_Down);
    QCOMPARE(count->value(), 1);
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());

    STEP(clickWizardButton(wizard, QWizard::CancelButton));
    QTRY_VERIFY(!wizard);
    QCOMPARE(connection->controlPlanes()->items().cbegin()->specReplicas, mastersBefore);
    QCOMPARE(m_window->applicationPage()->operations().size(), operationsBefore);
}

void tst_MainWindow::doubleClickOnAddServerAddsOne()
{
    STEP(ensureDemoAt(QStringLiteral("Servers")));
    ClusterConnection *connection = demo();
    const int nodesBefore = int(connection->nodes()->count());
    QCOMPARE(readyNodes(connection), nodesBefore);
    const int replicasBefore = totalWorkerReplicas(connection);
    const auto operationsBefore = m_window->applicationPage()->operations().size();

    QPointer<ScaleUpWizard> wizard = openScaleUp();
    QVERIFY(wizard);
    QSignalSpy submitted(wizard.data(), &ScaleUpWizard::submitted);
    QVERIFY(submitted.isValid());
    auto *worker = child<QRadioButton>(wizard, u"roleWorker"_s);
    QVERIFY(worker);
    clickRadio(worker);
    STEP(clickWizardButton(wizard, QWizard::NextButton));
    STEP(chooseSize(wizard, WorkerSize));
    STEP(clickWizardButton(wizard, QWizard::NextButton));
    QCOMPARE(child<QSpinBox>(wizard, u"countSpin"_s)->value(), 1);
    STEP(clickWizardButton(wizard, QWizard::NextButton));
    QCOMPARE(wizard->currentId(), 3);

    // A double click as it arrives: the first click is handled before the second one.
    QPointer<QAbstractButton> add = child<QAbstractButton>(wizard, u"addServerButton"_s);
    QVERIFY(add && add->isEnabled());
    QTest::mousePress(add, Qt::LeftButton);
    QTest::mouseRelease(add, Qt::LeftButton);
    QVERIFY(add); // the window is deleted later: the second click reaches the button
    QTest::mouseDClick(add, Qt::LeftButton);
    QTest::mouseRelease(add, Qt::LeftButton);
    // ... and Enter once more, on whatever has the focus now.
    QWidget *focus = wizard ? wizard.data() : QApplication::focusWidget();
    QTest::keyClick(focus ? focus : m_window.get(), Qt::Key_Return);
    QCOMPARE(submitted.count(), 1);
    QTRY_VERIFY(!wizard);

    const auto operations = m_window->applicationPage()->operations();
    QCOMPARE(operations.size(), operationsBefore + 1);
    QTRY_COMPARE_WITH_TIMEOUT(totalWorkerReplicas(connection), replicasBefore + 1,
                              ProvisionTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(readyNodes(connection), nodesBefore + 1, ProvisionTimeoutMs);
    QTRY_COMPARE(operations.last()->phase(), scaling::ScaleUpOperation::Phase::Finished);
    QCOMPARE(operations.last()->writesAccepted(), 1);
    // Nothing else trickles in afterwards.
    QTest::qWait(500);
    QCOMPARE(totalWorkerReplicas(connection), replicasBefore + 1);
    QCOMPARE(int(connection->nodes()->count()), nodesBefore + 1);
    QCOMPARE(serversTable()->model()->rowCount(), nodesBefore + 1);
}

void tst_MainWindow::backForwardAndRememberedSection()
{
    using Section = ApplicationPage::Section;
    auto *breadcrumb = child<QLabel>(m_window.get(), u"breadcrumb"_s);
    auto *back = child<QAction>(m_window.get(), u"backAction"_s);
    auto *forward = child<QAction>(m_window.get(), u"forwardAction"_s);
    auto *home = child<QAction>(m_window.get(), u"dashboardAction"_s);
    QVERIFY(breadcrumb && back && forward && home);
    QWidget *backButton = buttonOf(m_window.get(), back);
    QWidget *forwardButton = buttonOf(m_window.get(), forward);
    QWidget *homeButton = buttonOf(m_window.get(), home);
    QVERIFY(backButton && forwardButton && homeButton);
    auto crumb = [](const QString &section) {
        return u"Dashboard › "_s + DemoName + u" › Application › "_s + section;
    };

    STEP(ensureDemoAt(QStringLiteral("Overview")));
    STEP(clickNav(QStringLiteral("Servers")));
    STEP(clickNav(QStringLiteral("Pods")));
    QCOMPARE(m_window->location().section, Section::Pods);
    QCOMPARE(breadcrumb->text(), crumb(QStringLiteral("Pods")));
    QVERIFY(!forward->isEnabled());

    QTest::mouseClick(backButton, Qt::LeftButton);
    QCOMPARE(m_window->location().section, Section::Servers);
    QCOMPARE(breadcrumb->text(), crumb(QStringLiteral("Servers")));
    QVERIFY(child<QWidget>(m_window.get(), u"serversPage"_s)->isVisible());
    QCOMPARE(child<QTreeWidget>(m_window.get(), u"applicationNav"_s)->currentItem()->text(0),
             u"Servers"_s);
    QVERIFY(forward->isEnabled());

    QTest::mouseClick(backButton, Qt::LeftButton);
    QCOMPARE(m_window->location().section, Section::Overview);
    QCOMPARE(breadcrumb->text(), crumb(QStringLiteral("Overview")));
    QCOMPARE(m_window->windowTitle(), u"Overview — "_s + DemoName + u" — Maestro Desktop"_s);

    QTest::mouseClick(forwardButton, Qt::LeftButton);
    QCOMPARE(m_window->location().section, Section::Servers);
    QCOMPARE(breadcrumb->text(), crumb(QStringLiteral("Servers")));
    QTest::mouseClick(forwardButton, Qt::LeftButton);
    QCOMPARE(m_window->location().section, Section::Pods);
    QVERIFY(!forward->isEnabled());
    QVERIFY(child<QWidget>(m_window.get(), u"pods"_s)->isVisible());

    // The Dashboard, then the demo again: it opens where it was left.
    QTest::mouseClick(homeButton, Qt::LeftButton);
    auto *list = child<QListWidget>(m_window.get(), u"clusterList"_s);
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(breadcrumb->text(), u"Dashboard"_s);
    QCOMPARE(m_window->windowTitle(), u"Maestro Desktop"_s);
    QListWidgetItem *demoItem = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == u"demo")
            demoItem = list->item(i);
    }
    QVERIFY(demoItem);
    doubleClickIndex(list, list->model()->index(list->row(demoItem), 0));
    QTRY_VERIFY(child<QWidget>(m_window.get(), u"applicationPage"_s)->isVisible());
    QCOMPARE(m_window->location().section, Section::Pods);
    QCOMPARE(breadcrumb->text(), crumb(QStringLiteral("Pods")));
    QVERIFY(child<QWidget>(m_window.get(), u"pods"_s)->isVisible());

    // Back from there returns to the Dashboard.
    QTest::mouseClick(backButton, Qt::LeftButton);
    QVERIFY(list->isVisible());
    QTest::mouseClick(forwardButton, Qt::LeftButton);
    QCOMPARE(m_window->location().section, Section::Pods);
}

void tst_MainWindow::podsAndEventsFilter()
{
    STEP(ensureDemoAt(QStringLiteral("Pods")));
    ClusterConnection *connection = demo();
    auto *pods = child<QTableView>(m_window.get(), u"podsTable"_s);
    auto *podsFilter = child<QLineEdit>(m_window.get(), u"podsFilter"_s);
    auto *podsCount = child<QLabel>(m_window.get(), u"podsCount"_s);
    QVERIFY(pods && podsFilter && podsCount);
    QTRY_VERIFY(pods->isVisible());
    QTRY_VERIFY(pods->model()->rowCount() > 0);
    const int allPods = pods->model()->rowCount();

    podsFilter->setFocus();
    QTest::keyClicks(podsFilter, QStringLiteral("storefront"));
    QTRY_VERIFY(pods->model()->rowCount() > 0);
    QVERIFY(pods->model()->rowCount() < allPods);
    for (int row = 0; row < pods->model()->rowCount(); ++row)
        QVERIFY(pods->model()->index(row, 1).data().toString().contains(u"storefront"_s));
    QVERIFY2(podsCount->text().startsWith(QString::number(pods->model()->rowCount()) + u" of "_s),
             qPrintable(podsCount->text()));
    QTest::keyClicks(podsFilter, QStringLiteral("-no-such-pod"));
    QCOMPARE(pods->model()->rowCount(), 0);
    QTest::keyClick(podsFilter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(podsFilter, Qt::Key_Backspace);
    QVERIFY(podsFilter->text().isEmpty());
    QTRY_VERIFY(pods->model()->rowCount() >= allPods - 2); // pods come and go with the load

    // The shared master runs out of room under the ramping load: FailedScheduling warnings.
    QTRY_VERIFY_WITH_TIMEOUT(
        [connection] {
            for (const EventInfo &event : connection->events()->items()) {
                if (event.warning)
                    return true;
            }
            return false;
        }(),
        SyncTimeoutMs);

    STEP(clickNav(QStringLiteral("Events")));
    auto *events = child<QTableView>(m_window.get(), u"eventsTable"_s);
    auto *eventsFilter = child<QLineEdit>(m_window.get(), u"eventsFilter"_s);
    auto *warningsOnly = child<QCheckBox>(m_window.get(), u"eventsWarningsOnly"_s);
    QVERIFY(events && eventsFilter && warningsOnly);
    QTRY_VERIFY(events->isVisible());
    QTRY_VERIFY(events->model()->rowCount() > 0);
    const QAbstractItemModel *model = events->model();
    auto types = [model] {
        QSet<QString> seen;
        for (int row = 0; row < model->rowCount(); ++row)
            seen.insert(model->index(row, 1).data().toString());
        return seen;
    };
    QTRY_VERIFY(types().contains(u"Normal"_s) && types().contains(u"Warning"_s));

    eventsFilter->setFocus();
    QTest::keyClicks(eventsFilter, QStringLiteral("Scheduled"));
    QTRY_VERIFY(model->rowCount() > 0);
    for (int row = 0; row < model->rowCount(); ++row) {
        bool any = false;
        for (int column = 0; column < model->columnCount(); ++column)
            any = any || model->index(row, column)
                             .data()
                             .toString()
                             .contains(u"scheduled"_s, Qt::CaseInsensitive);
        QVERIFY(any);
    }
    QTest::keyClick(eventsFilter, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(eventsFilter, Qt::Key_Backspace);
    const int allEvents = model->rowCount();

    QVERIFY(!warningsOnly->isChecked());
    QTest::mouseClick(warningsOnly, Qt::LeftButton);
    QVERIFY(warningsOnly->isChecked());
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->rowCount() < allEvents);
    QCOMPARE(types(), QSet<QString>{u"Warning"_s});
    QTest::mouseClick(warningsOnly, Qt::LeftButton);
    QVERIFY(!warningsOnly->isChecked());
    QVERIFY(types().contains(u"Normal"_s));
}

void tst_MainWindow::fitsALaptopScreen()
{
    // 1366 x 768 is still the most common laptop screen: no section may need more.
    STEP(ensureDemoAt(QStringLiteral("Servers")));
    const auto *stack = child<QStackedWidget>(m_window.get(), u"applicationStack"_s);
    QVERIFY(stack);
    QStringList tooWide;
    for (int i = 0; i < stack->count(); ++i) {
        const QWidget *page = stack->widget(i);
        const QSize needed = page->minimumSizeHint().expandedTo(page->minimumSize());
        if (needed.width() > 1100 || needed.height() > 600)
            tooWide << QStringLiteral("%1 needs %2x%3")
                           .arg(QLatin1String(page->metaObject()->className()))
                           .arg(needed.width())
                           .arg(needed.height());
    }
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(u", ")));
    const QSize window = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(
        window.width() <= 1366 && window.height() <= 768,
        qPrintable(
            QStringLiteral("the window needs %1x%2").arg(window.width()).arg(window.height())));
}

void tst_MainWindow::layoutAndLastPageAreRestored()
{
    STEP(ensureDemoAt(QStringLiteral("Pods")));
    auto *pods = child<QTableView>(m_window.get(), u"podsTable"_s);
    QVERIFY(pods);
    m_window->resize(1200, 700);
    QTRY_COMPARE(m_window->size(), QSize(1200, 700));
    pods->setColumnWidth(1, 222);
    pods->sortByColumn(4, Qt::DescendingOrder);
    // A splitter as a person drags it, on the Utilisation section (whose panes all show).
    STEP(clickNav(QStringLiteral("Utilisation")));
    auto *utilisation = child<QWidget>(m_window.get(), u"utilisationPage"_s);
    QVERIFY(utilisation);
    QTRY_VERIFY(utilisation->isVisible());
    auto *splitter = utilisation->findChild<QSplitter *>();
    QVERIFY(splitter);
    QVERIFY(splitter->count() >= 2);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    QVERIFY2(total > 300, qPrintable(QString::number(total)));
    splitter->setSizes({total - 260, 260});
    const QList<int> splitterSizes = splitter->sizes();
    STEP(clickNav(QStringLiteral("Pods")));

    // Closed as a person closes it, and a new window as the next run makes it.
    QVERIFY(m_window->close());
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->location().clusterId, QString()); // the Dashboard until told
    QVERIFY(m_window->restoreLastLocation());
    QCOMPARE(m_window->location().clusterId, u"demo"_s);
    QCOMPARE(m_window->location().section, ApplicationPage::Section::Pods);
    QTRY_VERIFY(child<QWidget>(m_window.get(), u"pods"_s)->isVisible());
    QCOMPARE(m_window->size(), QSize(1200, 700));

    pods = child<QTableView>(m_window.get(), u"podsTable"_s);
    QCOMPARE(pods->columnWidth(1), 222);
    QCOMPARE(pods->horizontalHeader()->sortIndicatorSection(), 4);
    QCOMPARE(pods->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
    // Sorted as the header says: most restarts first.
    QTRY_VERIFY(pods->model()->rowCount() > 1);
    QVERIFY(pods->model()->index(0, 4).data().toInt() >=
            pods->model()->index(pods->model()->rowCount() - 1, 4).data().toInt());
    STEP(clickNav(QStringLiteral("Utilisation")));
    utilisation = child<QWidget>(m_window.get(), u"utilisationPage"_s);
    QTRY_VERIFY(utilisation->isVisible());
    splitter = utilisation->findChild<QSplitter *>();
    QTRY_COMPARE(splitter->sizes(), splitterSizes);
}

void tst_MainWindow::aboutShowsVersionsAndLicence()
{
    auto *about = child<QAction>(m_window.get(), u"aboutAction"_s);
    QVERIFY(about && about->isEnabled());
    about->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = child<QDialog>(m_window.get(), u"aboutDialog"_s)) && dialog->isVisible());
    auto *versions = child<QTextBrowser>(dialog, u"aboutVersions"_s);
    auto *licence = child<QTextBrowser>(dialog, u"aboutLicence"_s);
    QVERIFY(versions && licence);
    const QString text = versions->toPlainText();
    QVERIFY2(text.contains(QStringLiteral(MAESTRO_VERSION)), qPrintable(text));
    QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
    for (const QString &name : {u"Qt"_s, u"QtKeychain"_s, u"yaml-cpp"_s, u"GPL-3.0-or-later"_s,
                                u"BSD-3-Clause"_s, u"MIT"_s})
        QVERIFY2(text.contains(name), qPrintable(name));
    // Every component names a real version, not a placeholder.
    static const QRegularExpression version(u"^\\d+\\.\\d+"_s);
    for (const Component &component : AboutDialog::components())
        QVERIFY2(version.match(component.version).hasMatch(),
                 qPrintable(component.name + u": "_s + component.version));
    QVERIFY(licence->toPlainText().contains(u"GNU GENERAL PUBLIC LICENSE"_s));
    QVERIFY(licence->toPlainText().contains(u"Version 3, 29 June 2007"_s));
    dialog->reject();
}

void tst_MainWindow::rejectedTokenAsksForAToken()
{
    // A secured maestro-sim, and a kubeconfig for it whose token is wrong.
    const QString rightToken = QStringLiteral("right-token-4f1c9a");
    sim::SimServerOptions options;
    options.cluster.scenario = QStringLiteral("shared-master");
    options.cluster.speed = 60;
    options.cluster.seed = 7;
    options.tls = true;
    options.token = rightToken;
    options.bookmarkIntervalMs = 500;
    auto sim = std::make_unique<sim::SimServerThread>(options);
    QString error;
    QVERIFY2(sim->startAndWait(&error), qPrintable(error));
    QByteArray kubeconfig = sim->kubeconfig();
    QVERIFY(kubeconfig.contains(rightToken.toUtf8()));
    kubeconfig.replace(rightToken.toUtf8(), "wrong-token-0000");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("kubeconfig"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(kubeconfig);
    out.close();

    ClusterRegistry registry;
    registry.load(file);
    registry.setDemoOptions(QStringLiteral("shared-master"), 60);
    const QString id = QStringLiteral("context:maestro-sim");
    QVERIFY(registry.entry(id));
    MainWindow window(&registry);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    auto *list = child<QListWidget>(&window, u"clusterList"_s);
    QVERIFY(list);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            item = list->item(i);
    }
    QVERIFY(item);
    doubleClickIndex(list, list->model()->index(list->row(item), 0));
    QTRY_VERIFY(child<QWidget>(&window, u"applicationPage"_s)->isVisible());

    QPointer<QDialog> dialog;
    QTRY_VERIFY_WITH_TIMEOUT(
        (dialog = child<QDialog>(&window, u"tokenDialog"_s)) && dialog->isVisible(), SyncTimeoutMs);
    ClusterConnection *connection = registry.connection(id);
    QVERIFY(connection);
    QCOMPARE(connection->state(), ClusterConnection::State::Unauthorized);
    auto *tokenEdit = child<QLineEdit>(dialog, u"tokenEdit"_s);
    auto *keep = child<QCheckBox>(dialog, u"keepTokenCheck"_s);
    auto *ok = child<QAbstractButton>(dialog, u"tokenOkButton"_s);
    QVERIFY(tokenEdit && keep && ok);
    QVERIFY(!ok->isEnabled());
    QCOMPARE(tokenEdit->echoMode(), QLineEdit::Password);

    // With a keyring (scripts/test.sh runs one) the token is kept there; without one the
    // box offers to keep it for this run only, and the test leaves it unticked.
    const bool keyring = CredentialStore::backend() == CredentialStore::Backend::Keychain;
    qInfo("keyring: %s", keyring ? "yes, keeping the token in it" : "no");
    if (!keyring && keep->isChecked())
        QTest::mouseClick(keep, Qt::LeftButton, {}, QPoint(6, keep->height() / 2));
    QCOMPARE(keep->isChecked(), keyring);

    tokenEdit->setFocus();
    QTest::keyClicks(tokenEdit, rightToken);
    QVERIFY(ok->isEnabled());
    QTest::mouseClick(ok, Qt::LeftButton);
    QTRY_VERIFY(!dialog);

    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ClusterConnection::State::Connected,
                              SyncTimeoutMs);
    QVERIFY(!child<QWidget>(&window, u"connectionBanner"_s)->isVisible());
    auto *nav = child<QTreeWidget>(&window, u"applicationNav"_s);
    const auto servers = nav->findItems(u"Servers"_s, Qt::MatchExactly | Qt::MatchRecursive, 0);
    QCOMPARE(servers.size(), 1);
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {},
                      nav->visualItemRect(servers.first()).center());
    auto *table = child<QTableView>(&window, u"serversTable"_s);
    QTRY_VERIFY(table->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(
        rowsWithText(table->model(), ServersModel::Role, QStringLiteral("Shared master")), 1,
        SyncTimeoutMs);
    QVERIFY(!child<QDialog>(&window, u"tokenDialog"_s)); // asked once, not again

    if (keyring) {
        const ClusterEntry *entry = registry.entry(id);
        const QString key =
            CredentialStore::keyForContext(entry->context.name, entry->context.server.toString());
        CredentialStore *store = registry.credentials();
        auto readBack = [store, &key] {
            const quint64 request = store->read(key);
            QByteArray secret;
            bool answered = false;
            const auto c = QObject::connect(store, &CredentialStore::finished, store,
                                            [&](const CredentialStore::Result &result) {
                                                if (result.requestId == request) {
                                                    secret = result.secret;
                                                    answered = true;
                                                }
                                            });
            if (!QTest::qWaitFor([&] { return answered; }, 5000))
                qWarning("the keychain did not answer");
            QObject::disconnect(c);
            return secret;
        };
        // The write Sign in started may still be on its way: read until it is there.
        QTRY_COMPARE_WITH_TIMEOUT(readBack(), rightToken.toUtf8(), 15000);
        store->remove(key);
    }
}

void tst_MainWindow::lostWatchesShowAsStale()
{
    // A cluster whose live updates break down: the window keeps what it has and says that
    // it is stale, then stops saying so once the updates flow again.
    sim::SimServerOptions options;
    options.cluster.scenario = QStringLiteral("ha");
    options.cluster.seed = 7;
    options.bookmarkIntervalMs = 500;
    auto sim = std::make_unique<sim::SimServerThread>(options);
    QString error;
    QVERIFY2(sim->startAndWait(&error), qPrintable(error));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath(QStringLiteral("kubeconfig"));
    QFile out(file);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(sim->kubeconfig());
    out.close();

    ClusterRegistry registry;
    registry.load(file);
    registry.setDemoOptions(QStringLiteral("ha"), 60);
    const QString id = QStringLiteral("context:maestro-sim");
    MainWindow window(&registry);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *list = child<QListWidget>(&window, u"clusterList"_s);
    QListWidgetItem *item = nullptr;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == id)
            item = list->item(i);
    }
    QVERIFY(item);
    doubleClickIndex(list, list->model()->index(list->row(item), 0));
    ClusterConnection *connection = registry.connection(id);
    QVERIFY(connection);
    QTRY_COMPARE_WITH_TIMEOUT(connection->state(), ClusterConnection::State::Connected,
                              SyncTimeoutMs);
    auto *stale = child<QLabel>(&window, u"staleIndicator"_s);
    QVERIFY(stale);
    QTRY_VERIFY_WITH_TIMEOUT(stale->text().isEmpty(), 10000);

    // Every watch is dropped within a second, and every attempt to list or watch again
    // is answered 503: the data stays, the updates do not.
    auto setFaults = [&](const QString &spec) {
        QString parseError;
        const sim::FaultSpec faults = sim::FaultSpec::parse(spec, &parseError);
        QVERIFY2(parseError.isEmpty(), qPrintable(parseError));
        QMetaObject::invokeMethod(
            sim->server()->api(), [&] { sim->server()->api()->setFaults(faults); },
            Qt::BlockingQueuedConnection);
    };
    setFaults(QStringLiteral("drop-watch=1,error503=1"));
    QTRY_VERIFY_WITH_TIMEOUT(!stale->text().isEmpty(), 20000);
    QVERIFY2(stale->text().contains(u"Stale"), qPrintable(stale->text()));
    QVERIFY(stale->isVisible());
    QVERIFY(connection->nodes()->count() >= 6); // what was shown is still there
    QVERIFY(test::saveArtifact(&window, QStringLiteral("main-window-stale.png")));

    setFaults({});
    QTRY_VERIFY_WITH_TIMEOUT(stale->text().isEmpty(), 60000);
    QCOMPARE(connection->state(), ClusterConnection::State::Connected);
}

int main(int argc, char *argv[])
{
    return runWindowTest<tst_MainWindow>(argc, argv, QStringLiteral("tst_MainWindow"));
}

#include "tst_MainWindow.moc"
