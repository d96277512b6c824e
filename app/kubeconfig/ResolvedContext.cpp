// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/kubeconfig/ResolvedContext.h"

#include <QCoreApplication>

namespace maestro {

QString SecretOrigin::describe() const
{
    switch (kind) {
    case Kind::None:
        return QCoreApplication::translate("maestro::SecretOrigin", "not set");
    case Kind::KubeconfigInline:
        return QCoreApplication::translate("maestro::SecretOrigin", "%1, line %2")
            .arg(kubeconfigFile)
            .arg(line);
    case Kind::File:
        return QCoreApplication::translate("maestro::SecretOrigin", "file %1 (named in %2)")
            .arg(path, kubeconfigFile);
    case Kind::ExecPlugin:
        return QCoreApplication::translate("maestro::SecretOrigin",
                                           "credential plugin configured in %1")
            .arg(kubeconfigFile);
    case Kind::Keychain:
        return QCoreApplication::translate("maestro::SecretOrigin", "system keychain");
    }
    return {};
}

} // namespace maestro
