// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/advisor/Finding.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace maestro::advisor {
class Advisor;
}

namespace maestro::ui {

/**
 * The advisor on Application > Overview: an overall verdict, then the findings by
 * severity, each with its evidence and a button that opens + Scale up pre-filled
 * with the recommended role, size and count.
 */
class AdvisorPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AdvisorPanel(QWidget *parent = nullptr);
    void setAdvisor(advisor::Advisor *advisor);

Q_SIGNALS:
    /// The person asked to act on a finding's recommendation.
    void fixRequested(const maestro::advisor::Finding &finding);

private:
    void render();

    QPointer<advisor::Advisor> m_advisor;
    QLabel *m_verdict;
    QLabel *m_verdictDetail;
    QWidget *m_findings;
    QVBoxLayout *m_findingsLayout;
};

} // namespace maestro::ui
