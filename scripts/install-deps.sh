#!/usr/bin/env bash
# Installs the Debian 12 packages legalint needs to build and test, and
# nothing when they are all present. Run as root, or with sudo available.
#   scripts/install-deps.sh            build
#   scripts/install-deps.sh --test     build and run the tests
#   scripts/install-deps.sh --bench    build and run the benchmark (bench/run.sh)
set -euo pipefail

packages=(
  g++ cmake ninja-build pkg-config
  libicu-dev libre2-dev libboost-dev
  libzip-dev libpugixml-dev
  libfmt-dev nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  catch2
  libjemalloc-dev  # the legalint binary's allocator (CMakeLists.txt: LEGALINT_JEMALLOC)
)
if [[ "${1:-}" == "--test" ]]; then
  packages+=(python3)
  packages+=(clang libclang-rt-14-dev)  # the sanitizer build and the libFuzzer targets (scripts/run-tests.sh)
  # SARIF checked against its schema; the HTML report opened headless, with a Chinese font for its screenshot (tests/report, tests/cli)
  packages+=(python3-jsonschema chromium fonts-wqy-microhei)
fi
if [[ "${1:-}" == "--bench" ]]; then
  # bench/run.sh: the stage microbenchmarks (-DLEGALINT_BENCH=ON), the peers
  # it compares with, peak RSS, medians, the corpus scaler. node and npm (for
  # textlint) are checked by bench/run.sh itself: they may come from outside Debian.
  packages+=(libbenchmark-dev ripgrep hyperfine time python3)
fi

missing=()
for package in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
    missing+=("$package")
  fi
done

if [[ ${#missing[@]} -eq 0 ]]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then
  command -v sudo >/dev/null || { echo "install-deps: need root or sudo to install: ${missing[*]}" >&2; exit 1; }
  sudo="sudo"
fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
