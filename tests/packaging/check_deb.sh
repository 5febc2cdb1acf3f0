#!/usr/bin/env bash
# Unpacks the .deb that CPack built and checks its contents and that the packaged atelier runs.
set -euo pipefail

if (($# < 2 || $# > 3)); then
  echo "usage: $0 PACKAGE_DIR VERSION [BUILD_DIR]" >&2
  exit 2
fi
package_dir=$1
version=$2
build_dir=${3:-}
app_id=io.atelier.Atelier

fail() {
  echo "FAIL: $*" >&2
  exit 1
}

shopt -s nullglob
debs=("$package_dir"/atelier_"$version"_*.deb)
shopt -u nullglob
((${#debs[@]} == 1)) || fail "expected one atelier_${version}_*.deb in $package_dir, found ${#debs[@]}"
deb=${debs[0]}
echo "checking $deb"

# The control fields that CPack fills in.
field() { dpkg-deb --field "$deb" "$1"; }
[[ $(field Package) == atelier ]] || fail "Package is '$(field Package)', not atelier"
[[ $(field Version) == "$version" ]] || fail "Version is '$(field Version)', not $version"
[[ $(field Section) == science ]] || fail "Section is '$(field Section)', not science"
depends=$(field Depends)
[[ $depends == *libc6* ]] || fail "Depends lacks the shared libraries (dpkg-shlibdeps did not run?): $depends"
echo "Depends: $depends"

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
dpkg -x "$deb" "$scratch/root"
root=$scratch/root

for file in \
  usr/share/applications/$app_id.desktop \
  usr/share/icons/hicolor/scalable/apps/$app_id.svg \
  usr/share/metainfo/$app_id.metainfo.xml; do
  [[ -s $root/$file ]] || fail "the package lacks /$file"
done
exe=$root/usr/bin/atelier
[[ -x $exe ]] || fail "the package lacks an executable /usr/bin/atelier"

# The installed binary must not lean on the build tree.
if [[ -n $build_dir ]] && command -v readelf >/dev/null; then
  if readelf -d "$exe" | grep -E 'R(UN)?PATH' | grep -qF "$build_dir"; then
    fail "/usr/bin/atelier has an RPATH into the build tree: $(readelf -d "$exe" | grep -E 'R(UN)?PATH')"
  fi
fi

# The metainfo, desktop entry and icon must agree with each other as installed.
if command -v appstreamcli >/dev/null; then
  appstreamcli validate-tree --no-net --strict "$root" || fail "appstreamcli validate-tree rejects the installed files"
fi

# Run it away from the user's home and display.
mkdir -p "$scratch/home"
output=$(HOME="$scratch/home" XDG_RUNTIME_DIR="$scratch" QT_QPA_PLATFORM=offscreen \
  timeout 60 "$exe" --version 2>&1) || fail "atelier --version failed (status $?): $output"
echo "atelier --version: $output"
grep -qwF "$version" <<<"$output" || fail "atelier --version does not print the version $version"
echo "PASS: the package installs and runs"
