// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/servers/ServersPage.h"

#include "app/kube/ClusterConnection.h"
#include "ui/common/TextFilterProxyModel.h"
#include "ui/lifecycle/LifecycleActions.h"
#include "ui/servers/NodeDetailsWidget.h"
#include "ui/servers/ServerItemDelegate.h"
#include "ui/servers/ServersModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace maestro::ui {

/// Text filter over every column plus a role filter.
class ServersFilterModel : public TextFilterProxyModel
{
public:
    using TextFilterProxyModel::TextFilterProxyModel;
    void setRole(const QString &role)
    {
        m_role = role;
        invalidateFilter();
    }

protected:
    bool acceptsRow(int row, const QModelIndex &parent) const override
    {
        return m_role.isEmpty() ||
               sourceModel()->index(row, 0, parent).data(ServersModel::RoleKeyRole).toString() ==
                   m_role;
    }

private:
    QString m_role;
};

ServersPage::ServersPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new ServersModel(this))
    , m_proxy(new ServersFilterModel(this))
    , m_actions(new LifecycleActions(this))
{
    setObjectName(QStringLiteral("serversPage"));
    // 5,000 rows rebuilt four times a second are for a table someone looks at.
    m_model->setView(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);

    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Servers"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    title->setFont(titleFont);
    header->addWidget(title);
    header->addStretch();
    // The node lifecycle actions act on the selection (several servers at once).
    auto addAction = [&](const QString &name, const QString &text, const QString &tip) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setToolTip(tip);
        button->setEnabled(false);
        header->addWidget(button);
        return button;
    };
    m_cordon = addAction(QStringLiteral("cordonButton"), tr("Cordon"),
                         tr("Stop scheduling new pods on the selected servers"));
    m_uncordon = addAction(QStringLiteral("uncordonButton"), tr("Uncordon"),
                           tr("Allow new pods on the selected servers again"));
    m_drain = addAction(QStringLiteral("drainButton"), tr("Drain…"),
                        tr("Move every pod off the selected servers"));
    m_remove = addAction(QStringLiteral("removeButton"), tr("Remove…"),
                         tr("Drain the selected servers, then remove their machines"));
    m_resume = addAction(QStringLiteral("resumeReplaceButton"), tr("Resume master replacement…"),
                         tr("Continue the interrupted replacement of the masters"));
    m_resume->hide();
    connect(m_cordon, &QPushButton::clicked, this, [this] { m_actions->cordon(selectedNodes()); });
    connect(m_uncordon, &QPushButton::clicked, this,
            [this] { m_actions->uncordon(selectedNodes()); });
    connect(m_drain, &QPushButton::clicked, this, [this] { m_actions->drain(selectedNodes()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_actions->remove(selectedNodes()); });
    connect(m_resume, &QPushButton::clicked, m_actions, &LifecycleActions::resumeReplacement);
    header->addSpacing(12);
    m_scaleUp = new QPushButton(tr("+ Scale up"), this);
    m_scaleUp->setObjectName(QStringLiteral("scaleUpButton"));
    m_scaleUp->setAccessibleName(tr("Scale up: add servers"));
    m_scaleUp->setToolTip(tr("Add Master or Worker servers (Ctrl+Shift+A)"));
    // Ctrl+Shift+A is the window's Scale Up action: it works from every section.
    m_scaleUp->setDefault(false);
    connect(m_scaleUp, &QPushButton::clicked, this, &ServersPage::scaleUpRequested);
    header->addWidget(m_scaleUp);
    layout->addLayout(header);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("serverFilter"));
    m_filter->setAccessibleName(tr("Filter servers"));
    m_filter->setPlaceholderText(tr("Filter by name, size or status"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 1);
    m_roleFilter = new QComboBox(this);
    m_roleFilter->setObjectName(QStringLiteral("serverRoleFilter"));
    m_roleFilter->setAccessibleName(tr("Filter by role"));
    m_roleFilter->addItem(tr("All roles"), QString());
    m_roleFilter->addItem(tr("Masters"), QStringLiteral("master"));
    m_roleFilter->addItem(tr("Shared masters"), QStringLiteral("shared-master"));
    m_roleFilter->addItem(tr("Workers"), QStringLiteral("worker"));
    m_roleFilter->addItem(tr("Being added"), QStringLiteral("provisioning"));
    filters->addWidget(m_roleFilter);
    layout->addLayout(filters);

    m_operations = new QLabel(this);
    m_operations->setObjectName(QStringLiteral("operationsBanner"));
    m_operations->setWordWrap(true);
    m_operations->setStyleSheet(QStringLiteral(
        "QLabel { background: palette(alternate-base); padding: 6px; border-radius: 4px; }"));
    m_operations->hide();
    layout->addWidget(m_operations);
    m_lifecycleStatus = new QLabel(this);
    m_lifecycleStatus->setObjectName(QStringLiteral("lifecycleBanner"));
    m_lifecycleStatus->setWordWrap(true);
    m_lifecycleStatus->setStyleSheet(m_operations->styleSheet());
    m_lifecycleStatus->hide();
    layout->addWidget(m_lifecycleStatus);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("serversSplitter"));
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("serversTable"));
    m_table->setAccessibleName(tr("Servers"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ServersModel::SortRole);
    m_proxy->setDynamicSortFilter(true);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new ServerItemDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ServersModel::Name, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(34);
    // The name takes what is left (fitNameColumn); the other columns have widths that fit
    // their content. No Stretch mode: it would squeeze the names to nothing in a narrow table.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this,
            [this](int column, int, int width) {
                if (m_fittingName)
                    return;
                if (column == ServersModel::Name)
                    m_nameWidth = width; // the user's choice from now on
                else
                    fitNameColumn();
            });
    m_table->setColumnWidth(ServersModel::Role, 105);
    m_table->setColumnWidth(ServersModel::Size, 160);
    m_table->setColumnWidth(ServersModel::Status, 160);
    m_table->setColumnWidth(ServersModel::Cpu, 72);
    m_table->setColumnWidth(ServersModel::Memory, 72);
    m_table->setColumnWidth(ServersModel::Trend, 110);
    m_table->setColumnWidth(ServersModel::Pods, 46);
    m_table->setColumnWidth(ServersModel::Version, 66);
    m_table->setColumnWidth(ServersModel::Age, 50);
    m_details = new NodeDetailsWidget(splitter);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({1040, 300});
    // The details open with a selection, so the table has the whole width until then.
    m_details->hide();
    m_table->setWordWrap(false);
    layout->addWidget(splitter, 1);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ServersPage::fitTextColumns);

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setText(text); });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRole(m_roleFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServersPage::onSelectionChanged);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_table, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QStringList nodes = selectedNodes();
        if (nodes.isEmpty())
            return;
        QMenu *menu = contextMenuFor(nodes);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_table->viewport()->mapToGlobal(pos));
    });
    connect(m_details, &NodeDetailsWidget::actionRequested, this,
            [this](const QString &action, const QString &node) {
                if (action == u"cordon")
                    m_actions->cordon({node});
                else if (action == u"uncordon")
                    m_actions->uncordon({node});
                else if (action == u"drain")
                    m_actions->drain({node});
                else if (action == u"remove")
                    m_actions->remove({node});
            });
    connect(m_actions, &LifecycleActions::changed, this, &ServersPage::updateLifecycle);
}

QStringList ServersPage::selectedNodes() const
{
    QStringList nodes;
    for (const QModelIndex &row : m_table->selectionModel()->selectedRows()) {
        const QString key = row.data(ServersModel::KeyRole).toString();
        if (!key.isEmpty() && !key.startsWith(u"machine/"))
            nodes << key;
    }
    nodes.sort();
    return nodes;
}

QMenu *ServersPage::contextMenuFor(const QStringList &nodes)
{
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("serversContextMenu"));
    menu->addAction(tr("Cordon"), this, [this, nodes] { m_actions->cordon(nodes); })
        ->setObjectName(QStringLiteral("cordonAction"));
    menu->addAction(tr("Uncordon"), this, [this, nodes] { m_actions->uncordon(nodes); })
        ->setObjectName(QStringLiteral("uncordonAction"));
    menu->addAction(tr("Drain…"), this, [this, nodes] { m_actions->drain(nodes); })
        ->setObjectName(QStringLiteral("drainAction"));
    menu->addSeparator();
    menu->addAction(tr("Remove…"), this, [this, nodes] { m_actions->remove(nodes); })
        ->setObjectName(QStringLiteral("removeAction"));
    return menu;
}

void ServersPage::updateLifecycle()
{
    const QString text = m_actions->statusText();
    m_lifecycleStatus->setText(text);
    m_lifecycleStatus->setVisible(!text.isEmpty());
    m_resume->setVisible(m_actions->hasInterruptedReplacement());
}

void ServersPage::setConnection(kube::ClusterConnection *connection)
{
    m_model->setConnection(connection);
    m_details->setConnection(connection);
    m_actions->setConnection(connection);
}

void ServersPage::setOperationsText(const QString &text)
{
    m_operations->setText(text);
    m_operations->setVisible(!text.isEmpty());
}

void ServersPage::setHistory(history::HistoryStore *store)
{
    m_model->setHistory(store);
}

void ServersPage::selectServer(const QString &key)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect |
                                                 QItemSelectionModel::Rows);
    m_table->scrollTo(index);
}

bool ServersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitNameColumn();
    return QWidget::eventFilter(watched, event);
}

void ServersPage::fitNameColumn()
{
    const QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != ServersModel::Name && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    m_fittingName = true;
    m_table->setColumnWidth(ServersModel::Name,
                            std::max(m_nameWidth, m_table->viewport()->width() - others));
    m_fittingName = false;
}

void ServersPage::fitTextColumns()
{
    if (m_textColumnsFitted || m_proxy->rowCount() == 0)
        return;
    m_textColumnsFitted = true;
    // The widths set above are guesses: a size's description ("s-2vcpu-4gb (2 vCPU,
    // 4 GB)") or a status in another language is often longer. What the first servers
    // hold, within bounds; the view samples at most the header's resize precision of rows.
    for (const int column : {ServersModel::Role, ServersModel::Size, ServersModel::Status,
                             ServersModel::Version, ServersModel::Age}) {
        const int guessed = m_table->columnWidth(column);
        m_table->resizeColumnToContents(column);
        m_table->setColumnWidth(column, std::clamp(m_table->columnWidth(column), guessed, 280));
    }
    // The names: as wide as the first servers' (node names run to 60 characters), within
    // bounds, and more where the table has room.
    m_table->resizeColumnToContents(ServersModel::Name);
    m_nameWidth = std::clamp(m_table->columnWidth(ServersModel::Name), 160, 420);
    fitNameColumn();
}

void ServersPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_details->showNode(rows.isEmpty() ? QString()
                                       : rows.first().data(ServersModel::KeyRole).toString());
    m_details->setVisible(!rows.isEmpty());
    const bool any = !selectedNodes().isEmpty();
    for (QPushButton *button : {m_cordon, m_uncordon, m_drain, m_remove})
        button->setEnabled(any);
}

} // namespace maestro::ui
