#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A plugin that fails the way SSO helpers do when the login has expired.
echo "starting login" >&2
echo "error: refresh token expired; run 'sso login' again" >&2
exit 3
