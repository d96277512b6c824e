// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/main/WidgetStates.h"

#include <QHeaderView>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QTreeView>

namespace maestro::ui {

namespace {

/// "<named ancestors>/<own name>"; an unnamed widget is "<class>#<n>" among its siblings.
QString keyOf(const QWidget *widget, const QWidget *root)
{
    QStringList parts;
    for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
        QString name = w->objectName();
        if (name.isEmpty() && w == widget) {
            int index = 0;
            if (const QObject *parent = w->parent()) {
                for (const QObject *sibling : parent->children()) {
                    if (sibling == w)
                        break;
                    if (sibling->metaObject() == w->metaObject())
                        ++index;
                }
            }
            name =
                QStringLiteral("%1#%2").arg(QLatin1String(w->metaObject()->className())).arg(index);
        }
        if (!name.isEmpty())
            parts.prepend(name);
    }
    return parts.join(u'/');
}

/// The headers worth keeping: those of views a person can see and sort.
QList<QHeaderView *> headersOf(const QWidget *root)
{
    QList<QHeaderView *> headers;
    for (QTableView *table : root->findChildren<QTableView *>())
        headers << table->horizontalHeader();
    for (QTreeView *tree : root->findChildren<QTreeView *>()) {
        if (!tree->isHeaderHidden())
            headers << tree->header();
    }
    return headers;
}

} // namespace

void saveWidgetStates(const QWidget *root, QSettings &settings, const QString &group)
{
    settings.beginGroup(group);
    for (const QSplitter *splitter : root->findChildren<QSplitter *>())
        settings.setValue(QStringLiteral("splitter/") + keyOf(splitter, root),
                          splitter->saveState());
    for (const QHeaderView *header : headersOf(root)) {
        if (header->count() > 0)
            settings.setValue(QStringLiteral("header/") + keyOf(header->parentWidget(), root),
                              header->saveState());
    }
    settings.endGroup();
}

void restoreWidgetStates(QWidget *root, const QSettings &settings, const QString &group)
{
    const QString prefix = group + u'/';
    for (QSplitter *splitter : root->findChildren<QSplitter *>()) {
        const QVariant state =
            settings.value(prefix + QStringLiteral("splitter/") + keyOf(splitter, root));
        if (state.isValid())
            splitter->restoreState(state.toByteArray());
    }
    for (QHeaderView *header : headersOf(root)) {
        auto *view = qobject_cast<QAbstractItemView *>(header->parentWidget());
        const QVariant state =
            settings.value(prefix + QStringLiteral("header/") + keyOf(view, root));
        if (!state.isValid() || !header->restoreState(state.toByteArray()))
            continue;
        // restoreState sets the indicator without sorting: sort as the indicator says.
        auto *table = qobject_cast<QTableView *>(view);
        auto *tree = qobject_cast<QTreeView *>(view);
        if (table && table->isSortingEnabled())
            table->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
        else if (tree && tree->isSortingEnabled())
            tree->sortByColumn(header->sortIndicatorSection(), header->sortIndicatorOrder());
    }
}

} // namespace maestro::ui
