// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/auth/TokenDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace maestro::ui {

TokenDialog::TokenDialog(const QString &clusterName, const QString &reason, bool keychainAvailable,
                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("tokenDialog"));
    setWindowTitle(tr("Sign in to %1").arg(clusterName));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("%1 refused the credentials of your kubeconfig.").arg(clusterName) +
                                u'\n' + reason,
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_token = new QLineEdit(this);
    m_token->setObjectName(QStringLiteral("tokenEdit"));
    m_token->setAccessibleName(tr("Bearer token"));
    m_token->setEchoMode(QLineEdit::Password);
    m_token->setPlaceholderText(tr("Bearer token"));
    layout->addWidget(m_token);
    m_keep = new QCheckBox(
        keychainAvailable
            ? tr("Keep it in the keychain")
            : tr("Keep it (no keychain is available: only until Maestro Desktop quits)"),
        this);
    m_keep->setObjectName(QStringLiteral("keepTokenCheck"));
    m_keep->setChecked(keychainAvailable);
    layout->addWidget(m_keep);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Sign in"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("tokenOkButton"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_token, &QLineEdit::textChanged, this, [buttons](const QString &t) {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!t.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(460, sizeHint().height());
}

QByteArray TokenDialog::token() const
{
    return m_token->text().trimmed().toUtf8();
}

bool TokenDialog::keepInKeychain() const
{
    return m_keep->isChecked();
}

} // namespace maestro::ui
