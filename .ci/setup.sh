#!/usr/bin/env bash
# One entry point for a fresh Debian 12 machine (as root) and for every day:
#   bash .ci/setup.sh run [PATH...]   install what is missing, build, start the viewer
#   bash .ci/setup.sh test            install what is missing, build, run every test
#   bash .ci/setup.sh build           install what is missing, build
# Idempotent, and quiet when everything is already installed and built.
set -euo pipefail

cd "$(dirname "$0")/.."
BUILD_DIR=${MARSAD_BUILD_DIR:-build}
JOBS=$(nproc 2>/dev/null || echo 2)

# Everything comes from Debian 12's own repositories.
PACKAGES=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libgl-dev
    # the analyst's shared store: Qt's PostgreSQL driver, and a server for its tests
    postgresql libqt6sql6-psql
    libicu-dev catch2
    fonts-noto-core fonts-hosny-amiri
    xvfb xauth imagemagick poppler-utils clang-format
    help2man librsvg2-bin lintian appstream desktop-file-utils bash-completion
    # .ci/run's fuzz step: clang, its libFuzzer/sanitizer runtimes, llvm-symbolizer
    clang libclang-rt-14-dev llvm
)

install_missing() {
    local missing=()
    for p in "${PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
            missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

build() {
    mkdir -p "$BUILD_DIR"
    if [ ! -f "$BUILD_DIR/CMakeCache.txt" ]; then
        echo "Configuring and building in $BUILD_DIR/ (a few minutes the first time)…"
        cmake -S . -B "$BUILD_DIR" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMARSAD_WERROR=ON \
            >"$BUILD_DIR/configure.log" 2>&1 || { cat "$BUILD_DIR/configure.log"; exit 1; }
    fi
    # Warnings are errors, so a quiet successful build hides nothing.
    cmake --build "$BUILD_DIR" -j"$JOBS" >"$BUILD_DIR/build.log" 2>&1 ||
        { cat "$BUILD_DIR/build.log"; exit 1; }
}

command=${1:-run}
shift || true
case "$command" in
run)
    install_missing
    build
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "No display found: starting the viewer on a virtual X display (xvfb-run)."
        exec xvfb-run -a -s "-screen 0 1600x1000x24" "$BUILD_DIR/app/marsad" "$@"
    fi
    exec "$BUILD_DIR/app/marsad" "$@"
    ;;
test)
    install_missing
    build
    cd "$BUILD_DIR"
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j"$JOBS"
    ;;
build)
    install_missing
    build
    ;;
*)
    echo "usage: bash .ci/setup.sh run [PATH...] | test | build" >&2
    exit 2
    ;;
esac
