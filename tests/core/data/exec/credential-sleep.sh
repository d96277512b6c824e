#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# A plugin that never answers and starts a child of its own: a timeout must stop both.
sleep 1000 &
if [ -n "${MAESTRO_TEST_RECORD:-}" ]; then
    echo $! >"$MAESTRO_TEST_RECORD"
fi
wait
