// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QUrl>

class QTextBrowser;

namespace maestro::ui {

/// A library the app is built on, with the version it runs with and its licence.
struct Component
{
    QString name;
    QString version;
    QString licence; ///< SPDX expression
};

/**
 * About Maestro Desktop: the app's version, the versions of the libraries it runs on
 * (Qt at build and at run time, QtKeychain, yaml-cpp) with their licences, and the
 * full text of the app's own licence, the GPL version 3 or later.
 */
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    static QList<Component> components();
    /// The GPL-3.0 text shipped in the app's resources.
    static QString licenceText();

private:
    QTextBrowser *m_versions;
    QTextBrowser *m_licence;
};

/// Where the README's section `anchor` is: the installed README on disk when there
/// is one (next to the executable's prefix, or the system's documentation folder),
/// else the project's web page; empty when neither is known.
QUrl readmeUrl(const QString &anchor);

} // namespace maestro::ui
