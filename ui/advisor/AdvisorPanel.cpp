// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/advisor/AdvisorPanel.h"

#include "app/advisor/Advisor.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace maestro::ui {

using namespace maestro::advisor;

namespace {

QColor severityColor(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Critical:
        return {0xd9, 0x48, 0x2b};
    case Finding::Warning:
        return {0xe0, 0x8e, 0x0b};
    case Finding::Info:
        break;
    }
    return {0x2f, 0x6f, 0xd9};
}

QString severityText(Finding::Severity severity)
{
    switch (severity) {
    case Finding::Critical:
        return AdvisorPanel::tr("Critical");
    case Finding::Warning:
        return AdvisorPanel::tr("Warning");
    case Finding::Info:
        break;
    }
    return AdvisorPanel::tr("Note");
}

} // namespace

AdvisorPanel::AdvisorPanel(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("advisorPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Advisor"), this);
    QFont font = title->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.2);
    title->setFont(font);
    layout->addWidget(title);
    m_verdict = new QLabel(this);
    m_verdict->setObjectName(QStringLiteral("advisorVerdict"));
    QFont verdictFont = m_verdict->font();
    verdictFont.setBold(true);
    verdictFont.setPointSizeF(verdictFont.pointSizeF() * 1.4);
    m_verdict->setFont(verdictFont);
    layout->addWidget(m_verdict);
    m_verdictDetail = new QLabel(this);
    m_verdictDetail->setWordWrap(true);
    layout->addWidget(m_verdictDetail);
    m_findings = new QWidget(this);
    m_findingsLayout = new QVBoxLayout(m_findings);
    m_findingsLayout->setContentsMargins(0, 6, 0, 0);
    m_findingsLayout->setSpacing(8);
    layout->addWidget(m_findings);
    layout->addStretch();
    render();
}

void AdvisorPanel::setAdvisor(Advisor *advisor)
{
    if (m_advisor)
        m_advisor->disconnect(this);
    m_advisor = advisor;
    if (m_advisor)
        connect(m_advisor, &Advisor::evaluated, this, &AdvisorPanel::render);
    render();
}

void AdvisorPanel::render()
{
    while (QLayoutItem *item = m_findingsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_advisor || !m_advisor->lastEvaluation().isValid()) {
        m_verdict->setText(tr("Checking…"));
        m_verdictDetail->setText(
            tr("The advisor checks the cluster once its servers, pods and events are loaded."));
        return;
    }
    const Verdict verdict = m_advisor->verdict();
    m_verdict->setText(m_advisor->verdictText());
    QPalette palette = m_verdict->palette();
    palette.setColor(QPalette::WindowText,
                     verdict == Verdict::HighAvailability      ? QColor(0x2f, 0x9e, 0x6e)
                     : verdict == Verdict::ReducedAvailability ? QColor(0xe0, 0x8e, 0x0b)
                                                               : QColor(0xd9, 0x48, 0x2b));
    m_verdict->setPalette(palette);
    QList<Finding> findings = m_advisor->findings();
    std::stable_sort(findings.begin(), findings.end(),
                     [](const Finding &a, const Finding &b) { return a.severity > b.severity; });
    m_verdictDetail->setText(
        findings.isEmpty() ? tr("No findings: the control plane is highly available and the "
                                "workers have headroom.")
                           : tr("%n finding(s), worst first.", nullptr, int(findings.size())));
    for (const Finding &finding : findings) {
        auto *card = new QFrame(m_findings);
        card->setObjectName(QStringLiteral("finding_") + finding.id);
        card->setFrameShape(QFrame::StyledPanel);
        const QColor color = severityColor(finding.severity);
        card->setStyleSheet(QStringLiteral("QFrame#%1 { border-left: 4px solid %2; }")
                                .arg(card->objectName(), color.name()));
        auto *cardLayout = new QVBoxLayout(card);
        auto *head = new QHBoxLayout;
        auto *badge = new QLabel(severityText(finding.severity), card);
        badge->setStyleSheet(
            QStringLiteral(
                "QLabel { color: white; background: %1; border-radius: 3px; padding: 1px 6px; }")
                .arg(color.name()));
        head->addWidget(badge);
        auto *summary = new QLabel(finding.summary, card);
        summary->setWordWrap(true);
        QFont bold = summary->font();
        bold.setBold(true);
        summary->setFont(bold);
        head->addWidget(summary, 1);
        cardLayout->addLayout(head);
        if (!finding.evidence.isEmpty()) {
            QString html = QStringLiteral("<ul style='margin:0'>");
            for (int i = 0; i < finding.evidence.size() && i < 5; ++i)
                html += QStringLiteral("<li>%1</li>")
                            .arg(finding.evidence[i].left(300).toHtmlEscaped());
            html += QStringLiteral("</ul>");
            auto *evidence = new QLabel(html, card);
            evidence->setObjectName(QStringLiteral("evidence_") + finding.id);
            evidence->setWordWrap(true);
            evidence->setTextFormat(Qt::RichText);
            evidence->setTextInteractionFlags(Qt::TextSelectableByMouse);
            cardLayout->addWidget(evidence);
        }
        if (!finding.explanation.isEmpty()) {
            auto *why = new QLabel(finding.explanation, card);
            why->setWordWrap(true);
            cardLayout->addWidget(why);
        }
        if (!finding.action.isEmpty()) {
            auto *fix = new QPushButton(finding.actionText(), card);
            fix->setObjectName(QStringLiteral("fix_") + finding.id);
            fix->setAccessibleName(finding.actionText());
            if (finding.id == FindingId::MasterUndersized)
                fix->setToolTip(tr("Opens the guided replacement of the masters: new masters "
                                   "of the larger size first, then the old ones one at a time."));
            connect(fix, &QPushButton::clicked, this,
                    [this, finding] { Q_EMIT fixRequested(finding); });
            auto *row = new QHBoxLayout;
            row->addStretch();
            row->addWidget(fix);
            cardLayout->addLayout(row);
        }
        m_findingsLayout->addWidget(card);
    }
}

} // namespace maestro::ui
