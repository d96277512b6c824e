#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A test exec credential plugin. It prints an ExecCredential and records how it was run.
#   MAESTRO_TEST_COUNTER      file that gets one line per run (the token says which run)
#   MAESTRO_TEST_RECORD       file that receives KUBERNETES_EXEC_INFO, the arguments and env
#   MAESTRO_TEST_EXPIRY       expirationTimestamp to print (none when unset)
#   MAESTRO_TEST_API_VERSION  apiVersion to answer with (default client.authentication.k8s.io/v1)
#   MAESTRO_TEST_MODE         "cert" to answer with a client certificate instead of a token
set -eu

run=1
if [ -n "${MAESTRO_TEST_COUNTER:-}" ]; then
    echo run >>"$MAESTRO_TEST_COUNTER"
    run=$(grep -c run "$MAESTRO_TEST_COUNTER")
fi

if [ -n "${MAESTRO_TEST_RECORD:-}" ]; then
    {
        printf '%s\n' "${KUBERNETES_EXEC_INFO:-}"
        for arg in "$@"; do
            printf 'arg:%s\n' "$arg"
        done
        printf 'spec-env:%s\n' "${SPEC_VALUE:-}"
        printf 'parent-env:%s\n' "${MAESTRO_TEST_PARENT:-}"
    } >"$MAESTRO_TEST_RECORD"
fi

api_version=${MAESTRO_TEST_API_VERSION:-client.authentication.k8s.io/v1}
expiry=""
if [ -n "${MAESTRO_TEST_EXPIRY:-}" ]; then
    expiry=",\"expirationTimestamp\":\"$MAESTRO_TEST_EXPIRY\""
fi

if [ "${MAESTRO_TEST_MODE:-}" = cert ]; then
    cert='-----BEGIN CERTIFICATE-----\nMIIBtest\n-----END CERTIFICATE-----\n'
    key='-----BEGIN PRIVATE KEY-----\nMIGHtest\n-----END PRIVATE KEY-----\n'
    printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"clientCertificateData":"%s","clientKeyData":"%s"%s}}\n' \
        "$api_version" "$cert" "$key" "$expiry"
else
    printf '{"apiVersion":"%s","kind":"ExecCredential","status":{"token":"token-run-%s"%s}}\n' \
        "$api_version" "$run" "$expiry"
fi
