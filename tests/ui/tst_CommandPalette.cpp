// SPDX-License-Identifier: GPL-3.0-or-later
// The command palette and the shortcuts overview on the real main window over the
// in-process demo cluster: keys as a person presses them, widgets by objectName.

#include "app/clusters/ClusterRegistry.h"
#include "app/kube/ClusterConnection.h"
#include "ui/main/MainWindow.h"
#include "ui/palette/CommandPalette.h"
#include "ui/palette/Commands.h"
#include "ui/palette/FuzzyMatch.h"
#include "ui/scaleup/ScaleUpWizard.h"

#include "WindowTestMain.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPointer>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

#include <memory>

using namespace maestro;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int SyncTimeoutMs = 30000;

/// The window's actions with a shortcut, read straight from the widgets.
QHash<QString, QList<QKeySequence>> actionsWithShortcuts(const QWidget *window)
{
    QHash<QString, QList<QKeySequence>> actions;
    for (const QAction *action : window->findChildren<QAction *>()) {
        if (!action->objectName().isEmpty() && !action->objectName().startsWith(u"_q_"_s) &&
            action->isVisible() && !action->shortcut().isEmpty())
            actions.insert(plainText(action->text()), action->shortcuts());
    }
    return actions;
}

} // namespace

class tst_CommandPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void cleanup();
    void fuzzyScoreRanksAbbreviations();
    void ctrlKOpensThePalette();
    void sclUpRanksScaleUpFirstAndEnterRunsIt();
    void arrowsChooseAndSectionsAreCommands();
    void switchClusterListsTheClusters();
    void escapeClosesWithoutRunning();
    void shortcutsOverviewListsEveryShortcut();

private:
    CommandPalette *openPalette();

    std::unique_ptr<ClusterRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
};

void tst_CommandPalette::initTestCase()
{
    m_registry = makeDemoRegistry();
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->openCluster(QStringLiteral("demo"), ApplicationPage::Section::Overview);
    kube::ClusterConnection *demo = m_registry->connection(QStringLiteral("demo"));
    QVERIFY(demo);
    QTRY_COMPARE_WITH_TIMEOUT(demo->state(), kube::ClusterConnection::State::Connected,
                              SyncTimeoutMs);
}

void tst_CommandPalette::cleanupTestCase()
{
    m_window.reset();
    m_registry.reset();
}

void tst_CommandPalette::cleanup()
{
    for (QDialog *dialog : m_window->findChildren<QDialog *>()) {
        if (dialog->isVisible())
            dialog->reject();
    }
    QTRY_VERIFY(!m_window->findChild<ScaleUpWizard *>());
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

CommandPalette *tst_CommandPalette::openPalette()
{
    QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
    CommandPalette *palette = m_window->commandPalette();
    if (!palette || !QTest::qWaitFor([palette] { return palette->isVisible(); }, 5000))
        return nullptr;
    return palette;
}

void tst_CommandPalette::fuzzyScoreRanksAbbreviations()
{
    QCOMPARE(fuzzyScore(u"xyz"_s, u"Scale Up…"_s), -1);
    QCOMPARE(fuzzyScore(u"pu"_s, u"Scale Up…"_s), -1); // order matters
    QCOMPARE(fuzzyScore(QString(), u"Servers"_s), 0);
    QVERIFY(fuzzyScore(u"scl up"_s, u"Scale Up…"_s) > 0);
    QVERIFY(fuzzyScore(u"SCL UP"_s, u"Scale Up…"_s) == fuzzyScore(u"scl up"_s, u"Scale Up…"_s));
    // Word starts beat letters inside words; the whole word beats a scattered match.
    QVERIFY(fuzzyScore(u"su"_s, u"Scale Up…"_s) > fuzzyScore(u"su"_s, u"Pods Status"_s));
    QVERIFY(fuzzyScore(u"pods"_s, u"Pods"_s) > fuzzyScore(u"pods"_s, u"Export History as CSV…"_s));

    // Among every command the window has, "scl up" means Scale Up.
    const QList<Command> commands = commandsOf(m_window.get());
    QVERIFY(commands.size() >= 15);
    QString best;
    int bestScore = -1;
    for (const Command &command : commands) {
        const int score = fuzzyScore(u"scl up"_s, command.name);
        if (score > bestScore) {
            bestScore = score;
            best = command.name;
        }
    }
    QCOMPARE(best, u"Scale Up…"_s);
}

void tst_CommandPalette::ctrlKOpensThePalette()
{
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    auto *field = palette->findChild<QLineEdit *>(u"paletteSearch"_s);
    QVERIFY(field);
    QTRY_VERIFY(field->hasFocus());
    // Every command is listed before anything is typed: the window's actions by name.
    const QStringList names = palette->visibleNames();
    // In the menus' order: File's first.
    QCOMPARE(names.value(0), u"Switch Cluster…"_s);
    for (const QString &expected :
         {u"Scale Up…"_s, u"Servers"_s, u"Switch Cluster…"_s, u"Preferences…"_s, u"Dark"_s,
          u"Export History as CSV…"_s, u"About Maestro Desktop"_s})
        QVERIFY2(names.contains(expected), qPrintable(expected));
}

void tst_CommandPalette::sclUpRanksScaleUpFirstAndEnterRunsIt()
{
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), u"scl up"_s);
    QCOMPARE(palette->visibleNames().value(0), u"Scale Up…"_s);
    auto *list = palette->findChild<QListWidget *>(u"paletteList"_s);
    QVERIFY(list);
    QCOMPARE(list->currentRow(), 0);

    // The screenshot a person would see, the palette over the window.
    const QString artifacts = qEnvironmentVariable("MAESTRO_TEST_ARTIFACTS");
    if (!artifacts.isEmpty()) {
        QPixmap shot = m_window->grab();
        QPainter painter(&shot);
        painter.drawPixmap(palette->pos() - m_window->mapToGlobal(QPoint(0, 0)), palette->grab());
        painter.end();
        QVERIFY(QDir().mkpath(artifacts));
        QVERIFY(shot.save(QDir(artifacts).filePath(u"command-palette.png"_s)));
    }

    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QTRY_VERIFY(!palette->isVisible());
    QPointer<ScaleUpWizard> wizard;
    QTRY_VERIFY((wizard = m_window->findChild<ScaleUpWizard *>()) && wizard->isVisible());
    wizard->reject();
    QTRY_VERIFY(!wizard);
}

void tst_CommandPalette::arrowsChooseAndSectionsAreCommands()
{
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), u"pods"_s);
    QCOMPARE(palette->visibleNames().value(0), u"Pods"_s);
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->location().section, ApplicationPage::Section::Pods);

    palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), u"ser"_s);
    const QStringList names = palette->visibleNames();
    QVERIFY(names.size() >= 2);
    QCOMPARE(names.value(0), u"Servers"_s);
    auto *list = palette->findChild<QListWidget *>(u"paletteList"_s);
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(palette->searchField(), Qt::Key_Down);
    QCOMPARE(list->currentRow(), 1);
    QTest::keyClick(palette->searchField(), Qt::Key_Up);
    QCOMPARE(list->currentRow(), 0);
    QTest::keyClick(palette->searchField(), Qt::Key_Enter);
    QTRY_COMPARE(m_window->location().section, ApplicationPage::Section::Servers);
}

void tst_CommandPalette::switchClusterListsTheClusters()
{
    m_window->showDashboard();
    QTest::keyClick(m_window.get(), Qt::Key_O, Qt::ControlModifier);
    CommandPalette *palette = m_window->commandPalette();
    QTRY_VERIFY(palette->isVisible());
    QTest::keyClicks(palette->searchField(), u"demo"_s);
    QCOMPARE(palette->visibleNames().value(0), u"Demo cluster (simulated)"_s);
    QTest::keyClick(palette->searchField(), Qt::Key_Return);
    QTRY_COMPARE(m_window->location().clusterId, u"demo"_s);
}

void tst_CommandPalette::escapeClosesWithoutRunning()
{
    const Location before = m_window->location();
    CommandPalette *palette = openPalette();
    QVERIFY(palette);
    QTest::keyClicks(palette->searchField(), u"dashboard"_s);
    QCOMPARE(palette->visibleNames().value(0), u"Dashboard"_s);
    QTest::keyClick(palette->searchField(), Qt::Key_Escape);
    QTRY_VERIFY(!palette->isVisible());
    QVERIFY(m_window->location() == before);
}

void tst_CommandPalette::shortcutsOverviewListsEveryShortcut()
{
    const QHash<QString, QList<QKeySequence>> expected = actionsWithShortcuts(m_window.get());
    // The ones the README and the menus promise, so that the overview cannot be empty.
    QCOMPARE(expected.value(u"Command Palette…"_s).value(0), QKeySequence(u"Ctrl+K"_s));
    QCOMPARE(expected.value(u"Servers"_s).value(0), QKeySequence(u"Ctrl+2"_s));
    QCOMPARE(expected.value(u"Scale Up…"_s).value(0), QKeySequence(u"Ctrl+Shift+A"_s));

    for (const auto &key : {QKeyCombination(Qt::Key_F1), QKeyCombination(Qt::Key_Question)}) {
        QTest::keyClick(m_window.get(), key.key(), key.keyboardModifiers());
        QDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(u"shortcutsDialog"_s)) &&
                    dialog->isVisible());
        auto *tree = dialog->findChild<QTreeWidget *>(u"shortcutsTree"_s);
        QVERIFY(tree);
        QHash<QString, QString> listed;
        QStringList dialogKeys;
        for (int g = 0; g < tree->topLevelItemCount(); ++g) {
            const QTreeWidgetItem *group = tree->topLevelItem(g);
            if (group->data(0, Qt::UserRole).toString() == u"dialogs"_s) {
                for (int i = 0; i < group->childCount(); ++i)
                    dialogKeys << group->child(i)->text(1);
                continue;
            }
            for (int i = 0; i < group->childCount(); ++i)
                listed.insert(group->child(i)->text(0), group->child(i)->text(1));
        }
        const QString artifacts = qEnvironmentVariable("MAESTRO_TEST_ARTIFACTS");
        if (!artifacts.isEmpty() && key.key() == Qt::Key_F1) {
            QVERIFY(QDir().mkpath(artifacts));
            QVERIFY(dialog->grab().save(QDir(artifacts).filePath(u"shortcuts.png"_s)));
        }
        QCOMPARE(listed.size(), expected.size());
        // The wizard's Next is Alt+N, as its button's mnemonic says.
        QVERIFY2(dialogKeys.contains(u"Alt+N"_s), qPrintable(dialogKeys.join(u", "_s)));
        QVERIFY(dialogKeys.contains(u"Esc"_s));
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            QVERIFY2(listed.contains(it.key()), qPrintable(it.key()));
            for (const QKeySequence &shortcut : it.value())
                QVERIFY2(
                    listed.value(it.key()).contains(shortcut.toString(QKeySequence::NativeText)),
                    qPrintable(it.key() + u": "_s + listed.value(it.key())));
        }
        dialog->reject();
        QTRY_VERIFY(!dialog->isVisible());
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
}

int main(int argc, char *argv[])
{
    return runWindowTest<tst_CommandPalette>(argc, argv, QStringLiteral("tst_CommandPalette"));
}

#include "tst_CommandPalette.moc"
