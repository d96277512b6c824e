// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/about/AboutDialog.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace maestro::ui {

QList<Component> AboutDialog::components()
{
    const QString runtimeQt = QString::fromLatin1(qVersion());
    const QString builtQt = QStringLiteral(QT_VERSION_STR);
    return {
        {tr("Maestro Desktop"), QStringLiteral(MAESTRO_VERSION),
         QStringLiteral("GPL-3.0-or-later")},
        {QStringLiteral("Qt"),
         runtimeQt == builtQt ? runtimeQt
                              //: %1 the Qt version the app runs on, %2 the one it was built with
                              : tr("%1 (built with %2)").arg(runtimeQt, builtQt),
         QStringLiteral("LGPL-3.0-only OR GPL-2.0-or-later")},
        {QStringLiteral("QtKeychain"), QStringLiteral(MAESTRO_QTKEYCHAIN_VERSION),
         QStringLiteral("BSD-3-Clause")},
        {QStringLiteral("yaml-cpp"), QStringLiteral(MAESTRO_YAMLCPP_VERSION),
         QStringLiteral("MIT")},
    };
}

QString AboutDialog::licenceText()
{
    QFile file(QStringLiteral(":/about/COPYING"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll());
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About Maestro Desktop"));
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setText(
        QStringLiteral("<h2>%1 %2</h2><p>%3</p><p>%4</p>")
            .arg(tr("Maestro Desktop"), QStringLiteral(MAESTRO_VERSION),
                 tr("Desktop administration of Kubernetes clusters."),
                 tr("Free software: you may share and change it under the GNU General Public "
                    "License, version 3 or (at your option) any later version. It comes with "
                    "NO WARRANTY.")));
    title->setWordWrap(true);
    const QIcon icon = QGuiApplication::windowIcon();
    if (!icon.isNull()) {
        auto *row = new QHBoxLayout;
        auto *iconLabel = new QLabel(this);
        iconLabel->setPixmap(icon.pixmap(64, 64));
        iconLabel->setAlignment(Qt::AlignTop);
        row->addWidget(iconLabel);
        row->addWidget(title, 1);
        layout->addLayout(row);
    } else {
        layout->addWidget(title);
    }

    auto *tabs = new QTabWidget(this);
    m_versions = new QTextBrowser(tabs);
    m_versions->setObjectName(QStringLiteral("aboutVersions"));
    QString table = QStringLiteral("<table cellpadding='4'><tr><th align='left'>%1</th>"
                                   "<th align='left'>%2</th><th align='left'>%3</th></tr>")
                        .arg(tr("Component"), tr("Version"), tr("Licence"));
    for (const Component &c : components())
        table +=
            QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td></tr>")
                .arg(c.name.toHtmlEscaped(), c.version.toHtmlEscaped(), c.licence.toHtmlEscaped());
    table += QStringLiteral("</table>");
    m_versions->setHtml(table);
    tabs->addTab(m_versions, tr("Versions"));
    m_licence = new QTextBrowser(tabs);
    m_licence->setObjectName(QStringLiteral("aboutLicence"));
    m_licence->setLineWrapMode(QTextEdit::NoWrap);
    m_licence->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_licence->setPlainText(licenceText());
    tabs->addTab(m_licence, tr("Licence"));
    layout->addWidget(tabs, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(640, 520);
}

QUrl readmeUrl(const QString &anchor)
{
    // Installed: <prefix>/share/doc/maestro-desktop/README.md (packaging/), found from
    // the executable so that an unpacked package or another prefix works too.
    const QStringList candidates{
        QDir(QCoreApplication::applicationDirPath())
            .filePath(QStringLiteral("../share/doc/maestro-desktop/README.md")),
        QStringLiteral("/usr/share/doc/maestro-desktop/README.md"),
    };
    for (const QString &path : candidates) {
        if (QFileInfo::exists(path)) {
            QUrl url = QUrl::fromLocalFile(QFileInfo(path).canonicalFilePath());
            url.setFragment(anchor);
            return url;
        }
    }
    const QString homepage = QStringLiteral(MAESTRO_HOMEPAGE);
    if (homepage.isEmpty())
        return {};
    QUrl url(homepage);
    url.setFragment(anchor);
    return url;
}

} // namespace maestro::ui
