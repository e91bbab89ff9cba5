#!/usr/bin/env bash
# Builds the Debian package: a build of its own with Debian's hardening flags
# (dpkg-buildflags, hardening=+all), without tests or benchmarks, then CPack.
# Prints the path of the .deb on its last line.
#   bash packaging/build-deb.sh [BUILD_DIR]     (default: build-deb)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build-deb}
JOBS=$(nproc 2>/dev/null || echo 2)

mkdir -p "$BUILD_DIR"
if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
    cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_WERROR=ON \
        -DMARSAD_DEBIAN_BUILDFLAGS=ON -DMARSAD_BUILD_TESTS=OFF -DMARSAD_BUILD_BENCHMARKS=OFF \
        >"$BUILD_DIR/configure.log" 2>&1 || { cat "$BUILD_DIR/configure.log"; exit 1; }
fi
cmake --build "$BUILD_DIR" -j"$JOBS" >"$BUILD_DIR/build.log" 2>&1 ||
    { cat "$BUILD_DIR/build.log"; exit 1; }
# umask 022: no group-writable files in the package, whatever the caller's.
(cd "$BUILD_DIR" && umask 022 && cpack -G DEB >cpack.log 2>&1) ||
    { cat "$BUILD_DIR/cpack.log"; exit 1; }
ls "$PWD/$BUILD_DIR"/marsad_*.deb | tail -n 1
