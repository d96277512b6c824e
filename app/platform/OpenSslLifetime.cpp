// SPDX-License-Identifier: GPL-3.0-or-later
// Compiled into every executable of the project (the app, maestro-sim, the tests, the
// benchmarks and the fuzz targets: see maestro_build_flags in CMakeLists.txt), not into a
// library, so that it runs before main() whatever the executable links and whichever
// part of it touches OpenSSL first (Qt's TLS backend, or the simulator's certificates).
//
// OpenSSL frees its global state in an atexit() handler. A thread that ends after that
// handler ran (a QNetworkAccessManager's thread that did not stop within the 5 s its
// manager waits for it, on a loaded machine) can then no longer free its own per-thread
// state: LeakSanitizer's intermittent 80 to 10,000 byte leak with only libcrypto frames,
// and a use-after-free risk too (https://github.com/openssl/openssl/issues/6214). The
// flag only counts in OpenSSL's first initialisation, hence a static initialiser rather
// than a call in main(). Without the handler every thread frees its state when it ends,
// and the global state ends with the process.
#include <openssl/crypto.h>

namespace {

[[maybe_unused]] const bool openSslStateOutlivesThreads = [] {
    return OPENSSL_init_crypto(OPENSSL_INIT_NO_ATEXIT, nullptr) == 1;
}();

} // namespace
