// SPDX-License-Identifier: GPL-3.0-or-later
// Preferences on the real main window over the in-process demo cluster: what the
// dialog writes reaches QSettings, comes back when it reopens, and takes effect at once
// (the theme, the advisor's threshold, notifications).

#include "app/advisor/Advisor.h"
#include "app/clusters/ClusterRegistry.h"
#include "app/history/HistoryStore.h"
#include "app/kube/ClusterConnection.h"
#include "ui/main/MainWindow.h"
#include "ui/notifications/Notifier.h"
#include "ui/preferences/PreferencesDialog.h"
#include "ui/theme/Theme.h"

#include "WindowTestMain.h"

#include "tests/ui/TestArtifacts.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStyle>

#include <memory>

using namespace maestro;
using namespace maestro::ui;
using namespace Qt::StringLiterals;

namespace {

constexpr int SyncTimeoutMs = 30000;

/// Types a value into a spin box as a person does: select all, type, Tab away.
void typeInto(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
    QTest::keyClick(spin, Qt::Key_Tab);
}

} // namespace

class tst_Preferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void criticalFindingIsNotified();
    void opensWithCtrlCommaShowingTheDefaults();
    void roundTripsThroughQSettings();
    void themeAppliesLive();
    void thresholdAppliesToTheAdvisor();
    void notificationsOffStaySilent();

private:
    PreferencesDialog *openPreferences(MainWindow *window);
    void clickButton(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which);
    template<typename T>
    T *field(PreferencesDialog *dialog, const QString &name)
    {
        auto *widget = dialog->findChild<T *>(name);
        if (!widget)
            qWarning("no %s", qPrintable(name));
        return widget;
    }

    std::unique_ptr<ClusterRegistry> m_registry;
    std::unique_ptr<MainWindow> m_window;
    QString m_platformStyle;
};

void tst_Preferences::initTestCase()
{
    m_platformStyle = QApplication::style()->name();
    m_registry = makeDemoRegistry();
    m_window = std::make_unique<MainWindow>(m_registry.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void tst_Preferences::cleanupTestCase()
{
    m_window.reset();
    m_registry.reset();
}

PreferencesDialog *tst_Preferences::openPreferences(MainWindow *window)
{
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window))
        return nullptr;
    QTest::keyClick(window, Qt::Key_Comma, Qt::ControlModifier);
    PreferencesDialog *dialog = nullptr;
    const bool shown = QTest::qWaitFor(
        [&] {
            dialog = window->findChild<PreferencesDialog *>(u"preferencesDialog"_s);
            return dialog && dialog->isVisible();
        },
        5000);
    return shown ? dialog : nullptr;
}

void tst_Preferences::clickButton(PreferencesDialog *dialog, QDialogButtonBox::StandardButton which)
{
    auto *buttons = dialog->findChild<QDialogButtonBox *>(u"preferencesButtons"_s);
    QVERIFY(buttons);
    QPushButton *button = buttons->button(which);
    QVERIFY(button);
    QTest::mouseClick(button, Qt::LeftButton);
}

void tst_Preferences::criticalFindingIsNotified()
{
    // Notifications are on by default; the shared master's "add a dedicated worker" is
    // critical from the first evaluation.
    QSignalSpy notified(m_window->notifier(), &Notifier::notified);
    m_window->openCluster(QStringLiteral("demo"), ApplicationPage::Section::Overview);
    advisor::Advisor *advisor = m_registry->advisor(QStringLiteral("demo"));
    QVERIFY(advisor);
    QTRY_VERIFY_WITH_TIMEOUT(advisor->hasFinding(u"add-dedicated-worker"_s), SyncTimeoutMs);
    QTRY_VERIFY(!notified.isEmpty());
    bool aboutTheWorker = false;
    for (const QList<QVariant> &args : notified) {
        QCOMPARE(args.value(0).toString(), u"Demo cluster (simulated)"_s);
        aboutTheWorker = aboutTheWorker || args.value(1).toString().contains(u"dedicated worker"_s);
    }
    QVERIFY(aboutTheWorker);
}

void tst_Preferences::opensWithCtrlCommaShowingTheDefaults()
{
    PreferencesDialog *dialog = openPreferences(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(field<QComboBox>(dialog, u"themeCombo"_s)->currentData().toString(), u"system"_s);
    QCOMPARE(field<QComboBox>(dialog, u"languageCombo"_s)->currentData().toString(), QString());
    // The catalogues compiled in are offered, English at least.
    QVERIFY(field<QComboBox>(dialog, u"languageCombo"_s)->findData(u"en"_s) > 0);
    QCOMPARE(field<QSpinBox>(dialog, u"targetPercentSpin"_s)->value(), 75);
    QCOMPARE(field<QSpinBox>(dialog, u"criticalPercentSpin"_s)->value(), 90);
    QCOMPARE(field<QSpinBox>(dialog, u"retentionDaysSpin"_s)->value(), 7);
    QCOMPARE(field<QSpinBox>(dialog, u"historySizeSpin"_s)->value(), 512);
    QCOMPARE(field<QSpinBox>(dialog, u"metricsIntervalSpin"_s)->value(), 15);
    QVERIFY(field<QCheckBox>(dialog, u"notificationsCheck"_s)->isChecked());
    QVERIFY(field<QWidget>(dialog, u"languageRestartNote"_s)->isVisible());

    QVERIFY(test::saveArtifact(dialog, u"preferences-dialog.png"_s));
    clickButton(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(!QSettings().contains(u"advisor/utilisationTargetPercent"_s)); // Cancel wrote nothing
}

void tst_Preferences::roundTripsThroughQSettings()
{
    PreferencesDialog *dialog = openPreferences(m_window.get());
    QVERIFY(dialog);
    typeInto(field<QSpinBox>(dialog, u"retentionDaysSpin"_s), 30);
    typeInto(field<QSpinBox>(dialog, u"historySizeSpin"_s), 256);
    typeInto(field<QSpinBox>(dialog, u"metricsIntervalSpin"_s), 30);
    typeInto(field<QSpinBox>(dialog, u"slowApiSpin"_s), 1500);
    auto *language = field<QComboBox>(dialog, u"languageCombo"_s);
    language->setCurrentIndex(language->findData(u"en"_s));
    clickButton(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());

    const QSettings settings;
    QCOMPARE(settings.value(u"history/retentionDays"_s).toInt(), 30);
    QCOMPARE(settings.value(u"history/maxSizeMb"_s).toInt(), 256);
    QCOMPARE(settings.value(u"refresh/metricsSeconds"_s).toInt(), 30);
    QCOMPARE(settings.value(u"advisor/slowApiP99Ms"_s).toInt(), 1500);
    QCOMPARE(settings.value(QLatin1String(LanguageSettingsKey)).toString(), u"en"_s);
    QCOMPARE(settings.value(u"advisor/utilisationTargetPercent"_s).toInt(), 75);

    // Live: the open cluster's history keeps what was asked for, its advisor too.
    history::HistoryStore *store = m_registry->history(QStringLiteral("demo"));
    QVERIFY(store);
    QCOMPARE(store->retentionDays(), 30);
    QCOMPARE(store->maxSizeMb(), 256);
    QCOMPARE(m_registry->advisor(QStringLiteral("demo"))->settings().slowApiP99Ms, 1500);

    // And back in the dialog when it opens again.
    dialog = openPreferences(m_window.get());
    QVERIFY(dialog);
    QCOMPARE(field<QSpinBox>(dialog, u"retentionDaysSpin"_s)->value(), 30);
    QCOMPARE(field<QSpinBox>(dialog, u"historySizeSpin"_s)->value(), 256);
    QCOMPARE(field<QSpinBox>(dialog, u"metricsIntervalSpin"_s)->value(), 30);
    QCOMPARE(field<QSpinBox>(dialog, u"slowApiSpin"_s)->value(), 1500);
    QCOMPARE(field<QComboBox>(dialog, u"languageCombo"_s)->currentData().toString(), u"en"_s);

    // Restore Defaults fills the fields, and saves nothing until OK.
    clickButton(dialog, QDialogButtonBox::RestoreDefaults);
    QCOMPARE(field<QSpinBox>(dialog, u"retentionDaysSpin"_s)->value(), 7);
    QCOMPARE(QSettings().value(u"history/retentionDays"_s).toInt(), 30);
    clickButton(dialog, QDialogButtonBox::Cancel);
    QTRY_VERIFY(!dialog->isVisible());
}

void tst_Preferences::themeAppliesLive()
{
    const QColor systemWindow = QApplication::palette().color(QPalette::Window);
    const QColor darkWindow = paletteFor(ThemeMode::Dark).color(QPalette::Window);
    QVERIFY(systemWindow != darkWindow);

    PreferencesDialog *dialog = openPreferences(m_window.get());
    QVERIFY(dialog);
    auto *theme = field<QComboBox>(dialog, u"themeCombo"_s);
    theme->setCurrentIndex(theme->findData(u"dark"_s));
    clickButton(dialog, QDialogButtonBox::Apply);
    // Applied at once, to the open window too, with the dialog still open.
    QVERIFY(dialog->isVisible());
    QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"dark"_s);
    QCOMPARE(QApplication::style()->name(), u"fusion"_s);
    QCOMPARE(QApplication::palette().color(QPalette::Window), darkWindow);
    QTRY_COMPARE(m_window->palette().color(QPalette::Window), darkWindow);
    clickButton(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QVERIFY(m_window->findChild<QAction *>(u"themedarkAction"_s)->isChecked());

    // The View menu's System brings the platform's look back, and is saved too.
    m_window->findChild<QAction *>(u"themesystemAction"_s)->trigger();
    QCOMPARE(QApplication::style()->name(), m_platformStyle);
    QCOMPARE(QApplication::palette().color(QPalette::Window), systemWindow);
    QCOMPARE(QSettings().value(u"appearance/theme"_s).toString(), u"system"_s);
}

void tst_Preferences::thresholdAppliesToTheAdvisor()
{
    advisor::Advisor *advisor = m_registry->advisor(QStringLiteral("demo"));
    QVERIFY(advisor);
    QCOMPARE(advisor->settings().utilisationTarget, 0.75);
    PreferencesDialog *dialog = openPreferences(m_window.get());
    QVERIFY(dialog);
    typeInto(field<QSpinBox>(dialog, u"targetPercentSpin"_s), 12);
    typeInto(field<QSpinBox>(dialog, u"criticalPercentSpin"_s), 97);
    clickButton(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(QSettings().value(u"advisor/utilisationTargetPercent"_s).toInt(), 12);
    QCOMPARE(QSettings().value(u"advisor/utilisationCriticalPercent"_s).toInt(), 97);
    QCOMPARE(advisor->settings().utilisationTarget, 0.12);
    QCOMPARE(advisor->settings().utilisationCritical, 0.97);
    // The finding says the new target: the checks run with it.
    QTRY_VERIFY_WITH_TIMEOUT(
        advisor->finding(u"worker-headroom"_s) &&
            advisor->finding(u"worker-headroom"_s)->summary.contains(u"at most 12.0%"_s),
        SyncTimeoutMs);
    // A cluster opened later reads the same thresholds.
    QCOMPARE(advisor::AdvisorSettings::load().utilisationTarget, 0.12);
}

void tst_Preferences::notificationsOffStaySilent()
{
    PreferencesDialog *dialog = openPreferences(m_window.get());
    QVERIFY(dialog);
    auto *check = field<QCheckBox>(dialog, u"notificationsCheck"_s);
    QTest::mouseClick(check, Qt::LeftButton, {}, QPoint(6, check->height() / 2));
    QVERIFY(!check->isChecked());
    clickButton(dialog, QDialogButtonBox::Ok);
    QTRY_VERIFY(!dialog->isVisible());
    QCOMPARE(QSettings().value(u"notifications/enabled"_s).toBool(), false);

    // A window of a new run: its demo's critical finding stays without a notification.
    const std::unique_ptr<ClusterRegistry> registry = makeDemoRegistry();
    MainWindow window(registry.get());
    QSignalSpy notified(window.notifier(), &Notifier::notified);
    window.show();
    window.openCluster(QStringLiteral("demo"));
    advisor::Advisor *advisor = registry->advisor(QStringLiteral("demo"));
    QVERIFY(advisor);
    QTRY_VERIFY_WITH_TIMEOUT(advisor->hasFinding(u"add-dedicated-worker"_s), SyncTimeoutMs);
    QCOMPARE(notified.size(), 0);
    QVERIFY(!window.notifier()->notify(Notifier::Kind::Critical, u"t"_s, u"m"_s));
}

int main(int argc, char *argv[])
{
    return runWindowTest<tst_Preferences>(argc, argv, QStringLiteral("tst_Preferences"));
}

#include "tst_Preferences.moc"
