#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A plugin whose output is cut off in the middle of the token.
printf '{"apiVersion":"client.authentication.k8s.io/v1","kind":"ExecCredential","status":{"token":"secret-half'
