// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/version/Version.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace maestro {

QString versionLine()
{
    //: %1 is the app's version, %2 the version of the Qt libraries it runs on
    return QCoreApplication::translate("maestro", "Maestro Desktop %1 (Qt %2)")
        .arg(QStringLiteral(MAESTRO_VERSION), QString::fromLatin1(qVersion()));
}

} // namespace maestro
