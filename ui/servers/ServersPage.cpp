// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/servers/ServersPage.h"

#include "ui/common/TextFilterProxyModel.h"
#include "ui/servers/NodeDetailsWidget.h"
#include "ui/servers/ServerItemDelegate.h"
#include "ui/servers/ServersModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

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
{
    setObjectName(QStringLiteral("serversPage"));
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
    // The name takes what is left; the other columns have widths that fit their content.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->horizontalHeader()->setSectionResizeMode(ServersModel::Name, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
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

    connect(m_filter, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setText(text); });
    connect(m_roleFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setRole(m_roleFilter->currentData().toString()); });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ServersPage::onSelectionChanged);
}

void ServersPage::setConnection(kube::ClusterConnection *connection)
{
    m_model->setConnection(connection);
    m_details->setConnection(connection);
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

void ServersPage::onSelectionChanged()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    m_details->showNode(rows.isEmpty() ? QString()
                                       : rows.first().data(ServersModel::KeyRole).toString());
    m_details->setVisible(!rows.isEmpty());
}

} // namespace maestro::ui
