// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace maestro::ui {

/// Asks for a bearer token when a cluster refuses the credentials, and whether to
/// keep it in the OS keychain.
class TokenDialog : public QDialog
{
    Q_OBJECT
public:
    TokenDialog(const QString &clusterName, const QString &reason, bool keychainAvailable,
                QWidget *parent = nullptr);
    QByteArray token() const;
    bool keepInKeychain() const;

private:
    QLineEdit *m_token;
    QCheckBox *m_keep;
};

} // namespace maestro::ui
