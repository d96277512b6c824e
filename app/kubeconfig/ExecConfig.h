// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace maestro {

/// One `env` entry of an exec credential plugin.
struct ExecEnvVar
{
    QString name;
    QString value;

    friend bool operator==(const ExecEnvVar &, const ExecEnvVar &) = default;
};

/**
 * The `users[].user.exec` section of a kubeconfig: a program that prints an ExecCredential.
 *
 * `command` is already resolved the way client-go does it: a relative path that contains a
 * '/' is made absolute against the directory of the kubeconfig file that defines it; a bare
 * name stays as written and is looked up in PATH when the plugin runs.
 */
struct ExecConfig
{
    static constexpr auto ApiV1 = "client.authentication.k8s.io/v1";
    static constexpr auto ApiV1Beta1 = "client.authentication.k8s.io/v1beta1";

    QString apiVersion; ///< ApiV1 or ApiV1Beta1 (checked when the kubeconfig is loaded)
    QString command;
    QStringList args;
    QList<ExecEnvVar> env;
    QString interactiveMode; ///< "Never", "IfAvailable" or "Always"
    bool provideClusterInfo = false;
    QString installHint; ///< shown to the user when the command cannot be started

    friend bool operator==(const ExecConfig &, const ExecConfig &) = default;
};

} // namespace maestro
