// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/preferences/PreferencesDialog.h"

#include "app/advisor/AdvisorSettings.h"
#include "app/clusters/ClusterSettings.h"
#include "ui/preferences/Preferences.h"
#include "ui/theme/Theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QSystemTrayIcon>
#include <QVBoxLayout>

#include <cmath>

namespace maestro::ui {

namespace {

QSpinBox *spin(QWidget *parent, const char *objectName, int minimum, int maximum,
               const QString &suffix)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(objectName));
    box->setRange(minimum, maximum);
    box->setSuffix(suffix);
    return box;
}

int percent(double fraction)
{
    return int(std::lround(fraction * 100));
}

} // namespace

PreferencesDialog::PreferencesDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    auto *layout = new QVBoxLayout(this);

    auto *appearance = new QGroupBox(tr("Appearance"), this);
    auto *appearanceForm = new QFormLayout(appearance);
    m_theme = new QComboBox(appearance);
    m_theme->setObjectName(QStringLiteral("themeCombo"));
    m_theme->addItem(tr("System"), themeName(ThemeMode::System));
    m_theme->addItem(tr("Light"), themeName(ThemeMode::Light));
    m_theme->addItem(tr("Dark"), themeName(ThemeMode::Dark));
    appearanceForm->addRow(tr("&Theme:"), m_theme);
    m_language = new QComboBox(appearance);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    m_language->addItem(tr("System language"), QString());
    for (const QString &code : preferences::availableLanguages()) {
        const QLocale locale(code);
        m_language->addItem(QStringLiteral("%1 (%2)").arg(locale.nativeLanguageName(), code), code);
    }
    appearanceForm->addRow(tr("&Language:"), m_language);
    auto *restart =
        new QLabel(tr("A new language takes effect when Maestro Desktop restarts."), appearance);
    restart->setObjectName(QStringLiteral("languageRestartNote"));
    restart->setWordWrap(true);
    appearanceForm->addRow(QString(), restart);
    layout->addWidget(appearance);

    auto *refresh = new QGroupBox(tr("Refresh"), this);
    auto *refreshForm = new QFormLayout(refresh);
    //: a number of seconds follows, as in "15 s"
    const QString seconds = tr(" s");
    m_metricsInterval = spin(refresh, "metricsIntervalSpin", 5, 600, seconds);
    refreshForm->addRow(tr("CPU and memory use every:"), m_metricsInterval);
    m_etcdInterval = spin(refresh, "etcdIntervalSpin", 5, 600, seconds);
    refreshForm->addRow(tr("etcd's slow-request log every:"), m_etcdInterval);
    auto *watchNote = new QLabel(
        tr("Servers, pods and events are watched: their changes arrive as they happen."), refresh);
    watchNote->setWordWrap(true);
    refreshForm->addRow(QString(), watchNote);
    layout->addWidget(refresh);

    auto *history = new QGroupBox(tr("History"), this);
    auto *historyForm = new QFormLayout(history);
    m_retentionDays = spin(history, "retentionDaysSpin", 1, 365, tr(" days"));
    historyForm->addRow(tr("Keep history for:"), m_retentionDays);
    m_historySize = spin(history, "historySizeSpin", 16, 65536, tr(" MB"));
    historyForm->addRow(tr("At most, per cluster:"), m_historySize);
    layout->addWidget(history);

    auto *advisor = new QGroupBox(tr("Advisor"), this);
    auto *advisorForm = new QFormLayout(advisor);
    m_targetPercent = spin(advisor, "targetPercentSpin", 10, 99, tr(" %"));
    advisorForm->addRow(tr("Workers are short above:"), m_targetPercent);
    m_criticalPercent = spin(advisor, "criticalPercentSpin", 11, 100, tr(" %"));
    advisorForm->addRow(tr("Critically short above:"), m_criticalPercent);
    // Critical stays above the target, as the advisor needs it.
    connect(m_targetPercent, &QSpinBox::valueChanged, this,
            [this](int value) { m_criticalPercent->setMinimum(value + 1); });
    m_slowApiMs = spin(advisor, "slowApiSpin", 50, 60000, tr(" ms"));
    m_slowApiMs->setSingleStep(100);
    advisorForm->addRow(tr("API slow when its p99 exceeds:"), m_slowApiMs);
    m_pendingSeconds = spin(advisor, "pendingSpin", 1, 3600, seconds);
    advisorForm->addRow(tr("Pods waiting for a server longer than:"), m_pendingSeconds);
    layout->addWidget(advisor);

    auto *notifications = new QGroupBox(tr("Notifications"), this);
    auto *notificationsLayout = new QVBoxLayout(notifications);
    m_notifications = new QCheckBox(
        tr("Desktop notifications for critical findings and finished operations"), notifications);
    m_notifications->setObjectName(QStringLiteral("notificationsCheck"));
    notificationsLayout->addWidget(m_notifications);
    if (!QSystemTrayIcon::isSystemTrayAvailable()) {
        auto *none = new QLabel(
            tr("This desktop offers no notification area: notifications stay in the window."),
            notifications);
        none->setWordWrap(true);
        notificationsLayout->addWidget(none);
    }
    layout->addWidget(notifications);

    auto *buttons =
        new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel |
                                 QDialogButtonBox::Apply | QDialogButtonBox::RestoreDefaults,
                             this);
    buttons->setObjectName(QStringLiteral("preferencesButtons"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this,
            &PreferencesDialog::save);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this,
            &PreferencesDialog::restoreDefaults);
    layout->addWidget(buttons);
    load();
    // Wide enough for the notes on few lines, and as tall as they then need: the
    // wrapped labels otherwise squeeze the fields below them.
    setMinimumWidth(560);
    const int height = layout->hasHeightForWidth() ? layout->totalHeightForWidth(560)
                                                   : layout->totalSizeHint().height();
    setMinimumHeight(height);
    resize(560, height);
}

void PreferencesDialog::load()
{
    m_theme->setCurrentIndex(std::max(0, m_theme->findData(themeName(preferences::theme()))));
    m_language->setCurrentIndex(std::max(0, m_language->findData(preferences::language())));
    m_notifications->setChecked(preferences::notificationsEnabled());
    showSettings(ClusterSettings::load(), advisor::AdvisorSettings::load());
}

void PreferencesDialog::restoreDefaults()
{
    m_theme->setCurrentIndex(m_theme->findData(themeName(ThemeMode::System)));
    m_language->setCurrentIndex(0);
    m_notifications->setChecked(true);
    showSettings(ClusterSettings{}, advisor::AdvisorSettings{});
}

void PreferencesDialog::showSettings(const ClusterSettings &cluster,
                                     const advisor::AdvisorSettings &thresholds)
{
    m_metricsInterval->setValue(cluster.metricsIntervalSeconds);
    m_etcdInterval->setValue(cluster.etcdLogIntervalSeconds);
    m_retentionDays->setValue(cluster.historyRetentionDays);
    m_historySize->setValue(cluster.historyMaxSizeMb);
    m_targetPercent->setValue(percent(thresholds.utilisationTarget));
    m_criticalPercent->setValue(percent(thresholds.utilisationCritical));
    m_slowApiMs->setValue(thresholds.slowApiP99Ms);
    m_pendingSeconds->setValue(thresholds.pendingSeconds);
}

void PreferencesDialog::save()
{
    const ThemeMode mode =
        themeFromName(m_theme->currentData().toString()).value_or(ThemeMode::System);
    preferences::setTheme(mode);
    preferences::setLanguage(m_language->currentData().toString());
    preferences::setNotificationsEnabled(m_notifications->isChecked());
    ClusterSettings cluster;
    cluster.metricsIntervalSeconds = m_metricsInterval->value();
    cluster.etcdLogIntervalSeconds = m_etcdInterval->value();
    cluster.historyRetentionDays = m_retentionDays->value();
    cluster.historyMaxSizeMb = m_historySize->value();
    cluster.save();
    advisor::AdvisorSettings thresholds = advisor::AdvisorSettings::load();
    thresholds.utilisationTarget = m_targetPercent->value() / 100.0;
    thresholds.utilisationCritical = m_criticalPercent->value() / 100.0;
    thresholds.slowApiP99Ms = m_slowApiMs->value();
    thresholds.pendingSeconds = m_pendingSeconds->value();
    thresholds.save();
    applyTheme(mode);
    Q_EMIT applied();
}

} // namespace maestro::ui
