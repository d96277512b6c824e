// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/common/ResourceTablePage.h"

#include "ui/common/StoreSortFilterModel.h"
#include "ui/common/StoreTableModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace maestro::ui {

ResourceTablePage::ResourceTablePage(const QString &objectName, const QString &title,
                                     StoreTableModel *model, bool warningToggle, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_proxy(new StoreSortFilterModel(this))
{
    setObjectName(objectName);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 8);
    auto *header = new QHBoxLayout;
    auto *titleLabel = new QLabel(title, this);
    QFont font = titleLabel->font();
    font.setPointSizeF(font.pointSizeF() * 1.5);
    font.setBold(true);
    titleLabel->setFont(font);
    header->addWidget(titleLabel);
    header->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(objectName + QStringLiteral("Count"));
    header->addWidget(m_count);
    layout->addLayout(header);

    auto *filters = new QHBoxLayout;
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(objectName + QStringLiteral("Filter"));
    m_filter->setAccessibleName(tr("Filter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setClearButtonEnabled(true);
    filters->addWidget(m_filter, 1);
    m_namespace = new QComboBox(this);
    m_namespace->setObjectName(objectName + QStringLiteral("Namespace"));
    m_namespace->setAccessibleName(tr("Namespace"));
    m_namespace->addItem(tr("All namespaces"), QString());
    filters->addWidget(m_namespace);
    if (warningToggle) {
        m_warnings = new QCheckBox(tr("Warnings only"), this);
        m_warnings->setObjectName(objectName + QStringLiteral("WarningsOnly"));
        filters->addWidget(m_warnings);
    }
    layout->addLayout(filters);

    m_table = new QTableView(this);
    m_table->setObjectName(objectName + QStringLiteral("Table"));
    m_table->setAccessibleName(title);
    // Rows arriving later take their place in the chosen order, and the filter.
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 150,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(24);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto update = [this] {
        m_proxy->setFilter(m_filter->text(), m_namespace->currentData().toString(),
                           m_warnings && m_warnings->isChecked());
        m_count->setText(tr("%1 of %2")
                             .arg(QLocale().toString(m_proxy->rowCount()),
                                  QLocale().toString(m_model->rowCount())));
    };
    connect(m_filter, &QLineEdit::textChanged, this, update);
    connect(m_namespace, &QComboBox::currentIndexChanged, this, update);
    if (m_warnings)
        connect(m_warnings, &QCheckBox::toggled, this, update);
    auto count = [this] {
        m_count->setText(tr("%1 of %2")
                             .arg(QLocale().toString(m_proxy->rowCount()),
                                  QLocale().toString(m_model->rowCount())));
    };
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, count);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, count);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, count);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, count);
}

void ResourceTablePage::setNamespaces(const QStringList &namespaces)
{
    const QString current = m_namespace->currentData().toString();
    QStringList existing;
    for (int i = 1; i < m_namespace->count(); ++i)
        existing << m_namespace->itemData(i).toString();
    if (existing == namespaces)
        return;
    const QSignalBlocker blocker(m_namespace);
    while (m_namespace->count() > 1)
        m_namespace->removeItem(1);
    for (const QString &ns : namespaces)
        m_namespace->addItem(ns, ns);
    const int index = m_namespace->findData(current);
    m_namespace->setCurrentIndex(index < 0 ? 0 : index);
}

int ResourceTablePage::visibleRows() const
{
    return m_proxy->rowCount();
}

} // namespace maestro::ui
