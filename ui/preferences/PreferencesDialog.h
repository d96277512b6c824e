// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace maestro {
struct ClusterSettings;
}
namespace maestro::advisor {
struct AdvisorSettings;
}

namespace maestro::ui {

/**
 * Preferences: theme and language, how often the app polls, how much history it
 * keeps, the advisor's thresholds and desktop notifications. OK and Apply write the
 * settings and apply what can change live (everything but the language, which the
 * dialog says takes effect at the next start).
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PreferencesDialog(QWidget *parent = nullptr);

    /// Fills the fields from the settings.
    void load();
    /// Writes the fields to the settings and applies the theme.
    void save();
    /// The fields at the defaults (not saved until OK or Apply).
    void restoreDefaults();

Q_SIGNALS:
    /// The settings changed: whoever uses them reads them again.
    void applied();

private:
    void showSettings(const ClusterSettings &cluster, const advisor::AdvisorSettings &thresholds);

    QComboBox *m_theme;
    QComboBox *m_language;
    QSpinBox *m_metricsInterval;
    QSpinBox *m_etcdInterval;
    QSpinBox *m_retentionDays;
    QSpinBox *m_historySize;
    QSpinBox *m_targetPercent;
    QSpinBox *m_criticalPercent;
    QSpinBox *m_slowApiMs;
    QSpinBox *m_pendingSeconds;
    QCheckBox *m_notifications;
};

} // namespace maestro::ui
