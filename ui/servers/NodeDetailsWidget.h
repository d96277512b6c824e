// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTextBrowser>

namespace maestro::kube {
class ClusterConnection;
}

namespace maestro::ui {

class RefreshWhenShown;

/// A node's details: conditions, taints, capacity against allocatable, its pods and
/// its recent events. Follows the node live.
class NodeDetailsWidget : public QTextBrowser
{
    Q_OBJECT
public:
    explicit NodeDetailsWidget(QWidget *parent = nullptr);
    void setConnection(kube::ClusterConnection *connection);
    void showNode(const QString &key);
    QString currentKey() const { return m_key; }

Q_SIGNALS:
    /// A lifecycle link of the details was clicked: "cordon", "uncordon", "drain", "remove".
    void actionRequested(const QString &action, const QString &node);

private:
    void render();

    QPointer<kube::ClusterConnection> m_connection;
    QString m_key;
    RefreshWhenShown *m_refresh;
};

} // namespace maestro::ui
