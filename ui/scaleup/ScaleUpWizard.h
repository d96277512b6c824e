// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/scaling/ScalePlan.h"

#include <QPointer>
#include <QWizard>

class QButtonGroup;
class QLabel;
class QListWidget;
class QRadioButton;
class QSpinBox;

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

/// What a caller (the advisor) may fill in before the wizard opens.
struct ScaleUpPrefill
{
    scaling::ServerRole role = scaling::ServerRole::Worker;
    QString instanceType; ///< empty: the wizard proposes one
    int count = 1;
};

/**
 * + Scale up: role, server size, count, review, Add Server. It submits once: the
 * Finish button ("Add Server") is disabled on the first press, so a double click or
 * a repeated Enter adds nothing.
 */
class ScaleUpWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { RolePage, SizePage, CountPage, ReviewPage };

    ScaleUpWizard(kube::ClusterConnection *connection, const ScaleUpPrefill &prefill,
                  QWidget *parent = nullptr);

    scaling::ServerRole role() const;
    QString instanceType() const;
    int count() const;
    /// The plan as the pages stand now (its refusal says what is wrong).
    scaling::ScalePlan plan() const;
    /// Projected utilisation (CPU, memory) of the schedulable nodes after the new
    /// servers join; negative when unknown.
    QPair<double, double> projectedUtilisation() const;

    void accept() override;

Q_SIGNALS:
    /// Emitted exactly once, when Add Server is pressed with a valid plan.
    void submitted(const maestro::scaling::ScalePlan &plan);

private:
    friend class ScaleUpSizePage;
    friend class ScaleUpCountPage;
    friend class ScaleUpReviewPage;

    QPointer<kube::ClusterConnection> m_connection;
    QRadioButton *m_worker = nullptr;
    QRadioButton *m_master = nullptr;
    QListWidget *m_sizes = nullptr;
    QLabel *m_sizeNote = nullptr;
    QSpinBox *m_count = nullptr;
    QLabel *m_countNote = nullptr;
    QLabel *m_review = nullptr;
    bool m_submitted = false;
    QString m_prefillSize;
};

} // namespace maestro::ui
