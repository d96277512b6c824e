// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/scaleup/ScaleUpWizard.h"
#include "app/i18n/LocaleFormat.h"

#include "app/kube/ClusterConnection.h"

#include <QAbstractButton>
#include <QButtonGroup>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QRadioButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace maestro::ui {

using namespace maestro::kube;
using namespace maestro::scaling;

namespace {

QLabel *note(const QString &text, QWidget *parent, const char *objectName = nullptr)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    if (objectName)
        label->setObjectName(QLatin1String(objectName));
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

} // namespace

class ScaleUpRolePage : public QWizardPage
{
public:
    explicit ScaleUpRolePage(ScaleUpWizard *wizard)
        : QWizardPage(wizard)
    {
        setObjectName(QStringLiteral("scaleUpRolePage"));
        setTitle(ScaleUpWizard::tr("Role"));
        setSubTitle(ScaleUpWizard::tr("What the new servers will do."));
    }
};

class ScaleUpSizePage : public QWizardPage
{
public:
    explicit ScaleUpSizePage(ScaleUpWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setObjectName(QStringLiteral("scaleUpSizePage"));
        setTitle(ScaleUpWizard::tr("Server size"));
        setSubTitle(ScaleUpWizard::tr("The sizes this cluster offers."));
    }
    void initializePage() override
    {
        QListWidget *list = m_wizard->m_sizes;
        const QString previous = list->currentItem()
                                     ? list->currentItem()->data(Qt::UserRole).toString()
                                     : m_wizard->m_prefillSize;
        list->clear();
        const bool master = m_wizard->role() == ServerRole::Master;
        const QString masterType =
            m_wizard->m_connection ? masterInstanceType(*m_wizard->m_connection) : QString();
        const QList<ServerSize> sizes =
            m_wizard->m_connection ? availableSizes(*m_wizard->m_connection) : QList<ServerSize>();
        // Without a choice yet, propose what the cluster already runs: the workers' size,
        // else the masters' size.
        QString proposed = previous;
        if (proposed.isEmpty() && m_wizard->m_connection) {
            for (const MachineDeploymentInfo &md :
                 m_wizard->m_connection->machineDeployments()->items()) {
                for (const ServerSize &size : sizes) {
                    if (size.templateName == md.templateName && md.specReplicas > 0)
                        proposed = size.instanceType;
                }
            }
            if (proposed.isEmpty())
                proposed = masterType;
        }
        QListWidgetItem *select = nullptr;
        QListWidgetItem *firstRecommended = nullptr;
        for (const ServerSize &size : sizes) {
            QString text = size.describe();
            if (!size.isRecommended())
                text += u' ' + ScaleUpWizard::tr("— not recommended for Kubernetes");
            auto *item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, size.instanceType);
            if (master && !masterType.isEmpty() && size.instanceType != masterType)
                item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            if (!size.isRecommended())
                item->setForeground(QColor(0xb0, 0x6a, 0x00));
            if (item->flags() & Qt::ItemIsEnabled) {
                if (size.instanceType == (master && !masterType.isEmpty() ? masterType : proposed))
                    select = item;
                if (!firstRecommended && size.isRecommended())
                    firstRecommended = item;
            }
        }
        if (!select)
            select = firstRecommended;
        if (select)
            list->setCurrentItem(select);
        m_wizard->m_sizeNote->setText(
            master ? ScaleUpWizard::tr(
                         "All masters share one machine template, so new masters have the "
                         "masters' current size (%1). A larger size means replacing the masters.")
                         .arg(masterType.isEmpty() ? ScaleUpWizard::tr("unknown") : masterType)
                   : ScaleUpWizard::tr(
                         "Sizes under 2 vCPU or 2 GiB are not recommended: Kubernetes itself "
                         "needs that much."));
        if (sizes.isEmpty())
            m_wizard->m_sizeNote->setText(
                ScaleUpWizard::tr("This cluster offers no server sizes (no Cluster API "
                                  "machine templates were found)."));
    }
    bool isComplete() const override
    {
        const QListWidgetItem *item = m_wizard->m_sizes->currentItem();
        return item && (item->flags() & Qt::ItemIsEnabled);
    }

private:
    ScaleUpWizard *m_wizard;
};

class ScaleUpCountPage : public QWizardPage
{
public:
    explicit ScaleUpCountPage(ScaleUpWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setObjectName(QStringLiteral("scaleUpCountPage"));
        setTitle(ScaleUpWizard::tr("Count"));
        setSubTitle(ScaleUpWizard::tr("How many servers to add."));
    }
    void initializePage() override { update(); }
    void update()
    {
        const ScalePlan plan = m_wizard->plan();
        QString text;
        if (m_wizard->role() == ServerRole::Master) {
            const int total = plan.currentReplicas + m_wizard->count();
            text = ScaleUpWizard::tr("%n master(s) in all: ", nullptr, total);
            text += total % 2 == 1 ? ScaleUpWizard::tr("the cluster survives %n master failure(s).",
                                                       nullptr, toleratedMasterFailures(total))
                                   : QString();
        } else {
            text = ScaleUpWizard::tr("%n worker(s) of this size will be added.", nullptr,
                                     m_wizard->count());
        }
        if (!plan.isValid())
            text += u' ' + plan.refusal;
        m_wizard->m_countNote->setText(text.trimmed());
        Q_EMIT completeChanged();
    }
    bool isComplete() const override { return m_wizard->plan().isValid(); }

private:
    ScaleUpWizard *m_wizard;
};

class ScaleUpReviewPage : public QWizardPage
{
public:
    explicit ScaleUpReviewPage(ScaleUpWizard *wizard)
        : QWizardPage(wizard)
        , m_wizard(wizard)
    {
        setObjectName(QStringLiteral("scaleUpReviewPage"));
        setTitle(ScaleUpWizard::tr("Review"));
        setSubTitle(ScaleUpWizard::tr("Nothing is changed until you press Add Server."));
        setFinalPage(true);
    }
    void initializePage() override
    {
        const ScalePlan plan = m_wizard->plan();
        const QLocale locale;
        const auto [cpu, memory] = m_wizard->projectedUtilisation();
        QString html = QStringLiteral("<table cellspacing='6'>");
        auto row = [&html](const QString &k, const QString &v) {
            html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>")
                        .arg(k.toHtmlEscaped(), v.toHtmlEscaped());
        };
        row(ScaleUpWizard::tr("Role"), plan.role == ServerRole::Master
                                           ? ScaleUpWizard::tr("Master")
                                           : ScaleUpWizard::tr("Worker"));
        row(ScaleUpWizard::tr("Size"), plan.size.describe());
        row(ScaleUpWizard::tr("Count"), locale.toString(plan.count));
        //: Review row: the Cluster API object through which the servers are added
        row(ScaleUpWizard::tr("Through"),
            plan.createsMachineDeployment()
                ? ScaleUpWizard::tr("a new MachineDeployment %1")
                      .arg(machineDeploymentNameFor(plan.clusterName, plan.size.instanceType))
                : ScaleUpWizard::tr("%1 %2: %L3 → %L4 replicas")
                      .arg(plan.targetKind, plan.targetName)
                      .arg(plan.currentReplicas)
                      .arg(plan.targetReplicas()));
        if (cpu >= 0)
            row(ScaleUpWizard::tr("Projected utilisation"),
                plan.role == ServerRole::Master
                    ? ScaleUpWizard::tr("masters run only the control plane: application load "
                                        "stays at CPU %1, memory %2")
                          .arg(i18n::percentOf(cpu, 0, locale), i18n::percentOf(memory, 0, locale))
                    : ScaleUpWizard::tr("CPU %1, memory %2 of the schedulable servers")
                          .arg(i18n::percentOf(cpu, 0, locale),
                               i18n::percentOf(memory, 0, locale)));
        else
            row(ScaleUpWizard::tr("Projected utilisation"),
                ScaleUpWizard::tr("unknown (no metrics)"));
        html += QStringLiteral("</table>");
        m_wizard->m_review->setText(html);
    }

private:
    ScaleUpWizard *m_wizard;
};

ScaleUpWizard::ScaleUpWizard(ClusterConnection *connection, const ScaleUpPrefill &prefill,
                             QWidget *parent)
    : QWizard(parent)
    , m_connection(connection)
    , m_prefillSize(prefill.instanceType)
{
    setObjectName(QStringLiteral("scaleUpWizard"));
    setWindowTitle(tr("Scale up"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("Add Server"));
    button(QWizard::FinishButton)->setObjectName(QStringLiteral("addServerButton"));
    button(QWizard::FinishButton)->setAccessibleName(tr("Add Server"));
    button(QWizard::NextButton)->setObjectName(QStringLiteral("wizardNextButton"));
    button(QWizard::BackButton)->setObjectName(QStringLiteral("wizardBackButton"));
    button(QWizard::CancelButton)->setObjectName(QStringLiteral("wizardCancelButton"));
    setMinimumSize(620, 460);

    auto *rolePage = new ScaleUpRolePage(this);
    auto *roleLayout = new QVBoxLayout(rolePage);
    m_worker = new QRadioButton(tr("Worker"), rolePage);
    m_worker->setObjectName(QStringLiteral("roleWorker"));
    m_master = new QRadioButton(tr("Master"), rolePage);
    m_master->setObjectName(QStringLiteral("roleMaster"));
    roleLayout->addWidget(m_worker);
    roleLayout->addWidget(
        note(tr("A worker runs only application pods. Add workers when the application "
                "needs room, or to take it off a shared master."),
             rolePage));
    roleLayout->addSpacing(12);
    roleLayout->addWidget(m_master);
    roleLayout->addWidget(
        note(tr("Masters run the control plane (API server, scheduler, etcd). High "
                "availability needs at least three, and always an odd number."),
             rolePage));
    roleLayout->addStretch();
    (prefill.role == ServerRole::Master ? m_master : m_worker)->setChecked(true);
    setPage(RolePage, rolePage);

    auto *sizePage = new ScaleUpSizePage(this);
    auto *sizeLayout = new QVBoxLayout(sizePage);
    m_sizes = new QListWidget(sizePage);
    m_sizes->setObjectName(QStringLiteral("sizeList"));
    m_sizes->setAccessibleName(tr("Server size"));
    sizeLayout->addWidget(m_sizes, 1);
    m_sizeNote = note(QString(), sizePage, "sizeNote");
    sizeLayout->addWidget(m_sizeNote);
    connect(m_sizes, &QListWidget::currentItemChanged, sizePage, &QWizardPage::completeChanged);
    setPage(SizePage, sizePage);

    auto *countPage = new ScaleUpCountPage(this);
    auto *countLayout = new QVBoxLayout(countPage);
    m_count = new QSpinBox(countPage);
    m_count->setObjectName(QStringLiteral("countSpin"));
    m_count->setAccessibleName(tr("Number of servers"));
    m_count->setRange(1, 100);
    m_count->setValue(std::clamp(prefill.count, 1, 100));
    countLayout->addWidget(m_count);
    m_countNote = note(QString(), countPage, "countNote");
    countLayout->addWidget(m_countNote);
    countLayout->addStretch();
    connect(m_count, &QSpinBox::valueChanged, countPage, [countPage] { countPage->update(); });
    setPage(CountPage, countPage);

    auto *reviewPage = new ScaleUpReviewPage(this);
    auto *reviewLayout = new QVBoxLayout(reviewPage);
    m_review = new QLabel(reviewPage);
    m_review->setObjectName(QStringLiteral("reviewSummary"));
    m_review->setAccessibleName(tr("Summary of the servers to add"));
    m_review->setWordWrap(true);
    m_review->setTextFormat(Qt::RichText);
    reviewLayout->addWidget(m_review);
    reviewLayout->addStretch();
    setPage(ReviewPage, reviewPage);
}

ServerRole ScaleUpWizard::role() const
{
    return m_master->isChecked() ? ServerRole::Master : ServerRole::Worker;
}

QString ScaleUpWizard::instanceType() const
{
    const QListWidgetItem *item = m_sizes->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

int ScaleUpWizard::count() const
{
    return m_count->value();
}

ScalePlan ScaleUpWizard::plan() const
{
    if (!m_connection) {
        ScalePlan plan;
        plan.refusal = tr("The cluster connection is gone.");
        return plan;
    }
    return planScaleUp(*m_connection, role(), instanceType(), count());
}

QPair<double, double> ScaleUpWizard::projectedUtilisation() const
{
    if (!m_connection || m_connection->metrics()->nodes().isEmpty())
        return {-1, -1};
    double cpuUsed = 0, memoryUsed = 0, cpuAllocatable = 0, memoryAllocatable = 0;
    for (const NodeInfo &node : m_connection->nodes()->items()) {
        if (node.role() == NodeRole::Master || !node.isReady())
            continue;
        const auto usage = m_connection->metrics()->nodes().value(node.meta.name);
        cpuUsed += double(usage.cpuNanocores) / 1e6;
        memoryUsed += double(usage.memoryBytes);
        cpuAllocatable += double(node.cpuAllocatableMilli);
        memoryAllocatable += double(node.memoryAllocatableBytes);
    }
    const ScalePlan p = plan();
    if (p.role == ServerRole::Worker && p.size.vcpu > 0) {
        // What a node of that size offers once the kubelet's reservations are taken.
        cpuAllocatable += p.count * (p.size.vcpu * 1000.0 - 100.0);
        memoryAllocatable += p.count * (double(p.size.memoryBytes) - 400.0 * (1 << 20));
    }
    if (cpuAllocatable <= 0 || memoryAllocatable <= 0)
        return {-1, -1};
    return {cpuUsed / cpuAllocatable, memoryUsed / memoryAllocatable};
}

void ScaleUpWizard::accept()
{
    if (m_submitted)
        return;
    const ScalePlan p = plan();
    if (!p.isValid())
        return;
    m_submitted = true;
    button(QWizard::FinishButton)->setEnabled(false);
    Q_EMIT submitted(p);
    QWizard::accept();
}

} // namespace maestro::ui
