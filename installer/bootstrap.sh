#!/usr/bin/env bash
# Atelier bootstrap: install the missing Debian packages, build, then start the workbench or run the tests.
set -euo pipefail

# --- Packages (Debian 12 "bookworm" names) ----------------------------------------------------
# What it takes to configure and build Atelier and to start it.
BUILD_DEPS=(
  build-essential cmake ninja-build ccache pkg-config
  qt6-base-dev qt6-base-dev-tools qt6-qpa-plugins
  qt6-charts-dev qt6-svg-dev qt6-httpserver-dev qt6-websockets-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libgl-dev libqt6opengl6-dev libxkbcommon-dev libvulkan-dev   # Qt6Gui and Qt6Charts look for these
  libssh-dev libssl-dev libcurl4-openssl-dev libsqlite3-dev nlohmann-json3-dev qtkeychain-qt6-dev
  libpng-dev libtiff-dev   # streaming decoders for images too large to hold whole
  libsimdjson-dev   # the COCO reader's parser (large annotation files)
  libgraphviz-dev   # libgvc: the lineage view's layered layout (the dot engine)
  qt6-image-formats-plugins   # TIFF and WebP for QImageReader (dataset images)
  fonts-dejavu-core fonts-noto-cjk   # Noto CJK renders the Chinese translation
)
# What the test suite needs on top: a headless X server, validators, CPack's dpkg tools, the
# Python/numpy peers of the benchmarks, and a real sshd for the SSH integration tests.
TEST_DEPS=(
  xvfb xauth x11-utils imagemagick
  appstream desktop-file-utils dpkg-dev file
  python3 python3-numpy labelme   # labelme: the peer of the labelme import/export tests
  openssh-server openssh-client
  slurm-wlm munge   # the single-node Slurm that tests/fixtures/slurm_cluster starts for tst_slurm_target
  clang-16 libclang-rt-16-dev   # libFuzzer: the fuzz_<reader> tests (tests/fuzz) fuzz each reader for a while
  wrk nginx   # bench_loadgen: the load generator beside wrk against nginx serving a small file
)
# Enough to start the workbench on a machine without a display.
HEADLESS_DEPS=(xvfb xauth)

# --- Paths and environment --------------------------------------------------------------------
REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD_DIR="${ATELIER_BUILD_DIR:-$REPO_ROOT/build}"
if [[ $BUILD_DIR != /* ]]; then
  BUILD_DIR="$PWD/$BUILD_DIR"
fi
CUDA_BIN=/usr/local/cuda/bin

usage() {
  cat <<EOF
Usage: installer/bootstrap.sh COMMAND [-- ARGS...]

Commands:
  run     install what is missing, build, start the workbench on the demo project
          (ARGS after -- go to atelier instead of --demo)
  test    same set-up with -DATELIER_WERROR=ON, then the whole test suite (ctest)
  help    this text

Environment:
  ATELIER_BUILD_DIR   build directory (default: build/ in the repository; a relative path
                      counts from the current directory)

Missing Debian packages are installed with apt-get (through sudo when not root); the test
packages include openssh-server, whose sshd the SSH integration tests start on loopback.
EOF
}

log() { printf '==> %s\n' "$*" >&2; }
die() { printf 'bootstrap: %s\n' "$*" >&2; exit 1; }

# --- Packages ---------------------------------------------------------------------------------

# Prints, one a line, the packages of "$@" that dpkg does not list as installed.
missing_packages() {
  local -A installed=()
  local name status
  # One dpkg-query for the whole list; it exits 1 when some name is unknown, which is the point.
  while read -r name status; do
    [[ $status == installed ]] && installed[$name]=1
  done < <(dpkg-query -W -f='${Package} ${db:Status-Status}\n' "$@" 2>/dev/null || true)
  for name in "$@"; do
    [[ -n ${installed[$name]:-} ]] || printf '%s\n' "$name"
  done
}

as_root() {
  if [[ $EUID -eq 0 ]]; then
    "$@"
  elif command -v sudo >/dev/null; then
    sudo "$@"
  else
    die "need root to run: $* (install sudo or run as root)"
  fi
}

ensure_packages() {
  if ! command -v dpkg-query >/dev/null || ! command -v apt-get >/dev/null; then
    log "not a Debian system: make sure these (or their equivalents) are installed: $*"
    return
  fi
  local missing
  mapfile -t missing < <(missing_packages "$@")
  if ((${#missing[@]} == 0)); then
    log "all ${#} packages present"
    return
  fi
  log "installing ${#missing[@]} missing packages: ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
}

# --- Build ------------------------------------------------------------------------------------

setup_environment() {
  if [[ -x $CUDA_BIN/nvcc && :$PATH: != *:$CUDA_BIN:* ]]; then
    export PATH="$CUDA_BIN:$PATH"
  fi
  # CMake puts ccache in front of the compilers when it finds it. These settings let it reuse
  # objects built against the precompiled headers and from another checkout of the same tree.
  export CCACHE_BASEDIR="$REPO_ROOT"
  export CCACHE_SLOPPINESS="${CCACHE_SLOPPINESS:-pch_defines,time_macros,include_file_mtime,include_file_ctime}"
}

# True when $BUILD_DIR holds a generated build whose cache has every -DNAME=VALUE of "$@".
cache_matches() {
  local cache="$BUILD_DIR/CMakeCache.txt" arg name value
  [[ -f $cache ]] || return 1
  # A configure run that failed leaves a cache but no build system.
  [[ -f $BUILD_DIR/build.ninja || -f $BUILD_DIR/Makefile ]] || return 1
  for arg in "$@"; do
    arg="${arg#-D}"
    name="${arg%%=*}"
    value="${arg#*=}"
    grep -qxE "${name}(:[A-Z]+)?=${value}" "$cache" || return 1
  done
}

# Configures only when there is no build yet or an option changed; `cmake --build` re-runs the
# configure step by itself when a CMakeLists.txt changes.
configure() {
  if cache_matches "$@"; then
    log "build directory $BUILD_DIR is configured"
    return
  fi
  local generator=()
  [[ -f $BUILD_DIR/CMakeCache.txt ]] || generator=(-G Ninja)
  log "configuring $BUILD_DIR"
  cmake -S "$REPO_ROOT" -B "$BUILD_DIR" "${generator[@]}" "$@"
}

build() {
  log "building"
  cmake --build "$BUILD_DIR" -j"$(nproc)"
}

# --- Commands ---------------------------------------------------------------------------------

cmd_run() {
  local has_display=1
  [[ -n ${DISPLAY:-} || -n ${WAYLAND_DISPLAY:-} ]] || has_display=0
  if ((has_display)); then
    ensure_packages "${BUILD_DEPS[@]}"
  else
    ensure_packages "${BUILD_DEPS[@]}" "${HEADLESS_DEPS[@]}"
  fi
  setup_environment
  configure
  build

  local args=(--demo)
  (($# == 0)) || args=("$@")
  local exe="$BUILD_DIR/app/atelier"
  [[ -x $exe ]] || die "the build produced no $exe"
  if ((has_display)); then
    log "starting $exe ${args[*]}"
    exec "$exe" "${args[@]}"
  fi
  log "no DISPLAY or WAYLAND_DISPLAY: starting $exe ${args[*]} under xvfb-run -a (a virtual X server; no window will show)"
  exec xvfb-run -a "$exe" "${args[@]}"
}

cmd_test() {
  ensure_packages "${BUILD_DEPS[@]}" "${TEST_DEPS[@]}"
  setup_environment
  configure -DATELIER_WERROR=ON -DATELIER_BUILD_TESTS=ON
  build

  export QT_QPA_PLATFORM=offscreen
  log "running the tests"
  # ctest prints its own summary ("100% tests passed, 0 tests failed out of N"); its output goes
  # straight to the terminal and its status becomes ours.
  local status=0
  ctest --test-dir "$BUILD_DIR" --output-on-failure --no-tests=error -j2 --timeout 600 || status=$?
  if ((status != 0)); then
    log "tests failed (ctest exit status $status)"
  fi
  return "$status"
}

main() {
  local command="${1:-help}"
  (($# == 0)) || shift
  [[ ${1:-} != -- ]] || shift
  cd "$REPO_ROOT"
  case $command in
    run) cmd_run "$@" ;;
    test) cmd_test ;;
    help | -h | --help) usage ;;
    *)
      usage >&2
      exit 2
      ;;
  esac
}

main "$@"
