<#
.SYNOPSIS
    Build the Windows bundle of "Soan bao cao" (lanson_report) and zip it: dist\SoanBaoCao-<version>-win64.zip
    (and, with -Installer, the per-user installer dist\SoanBaoCao-<version>-setup.exe)

.DESCRIPTION
    Runs on Windows 10/11 x64 only: PyInstaller does not cross-compile. Needs Python 3.12
    (python.org installer or the Microsoft Store; not 3.11, whose reference counting PySide6
    6.12 breaks) and this repository; the network only for pip on the first run; NSIS 3 for
    -Installer. From the repository root:

        powershell -ExecutionPolicy Bypass -File scripts\build-windows.ps1

    Steps: create .venv if missing, pip install -e .[build], pyinstaller build.spec,
    optionally run tools\smoke_windows.py on the result (-Smoke), print what the bundle is
    made of, zip dist\SoanBaoCao, optionally build the installer (-Installer) from
    scripts\installer.nsi. Unzipped anywhere, the folder runs with no Python.

    On Linux, scripts/windows-under-wine.sh builds and proves the same bundle under Wine.

.PARAMETER Python
    The Python 3.12 used to create .venv. Default: the py launcher's 3.12, else `python`.

.PARAMETER Smoke
    Also install the test extra and run tools\smoke_windows.py on the built bundle.

.PARAMETER Installer
    Also build dist\SoanBaoCao-<version>-setup.exe with makensis (NSIS 3, on PATH or in
    its default folder).
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [switch]$Smoke,
    [switch]$Installer
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

if ($env:OS -ne "Windows_NT") {
    throw "build-windows.ps1 builds the Windows bundle and runs on Windows only (PyInstaller does not cross-compile)."
}

# Run a program; stop the build if it fails (native programs do not throw by themselves).
function Invoke-Native {
    param([string]$Program, [string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) {
        throw "failed (exit code $LASTEXITCODE): $Program $($Arguments -join ' ')"
    }
}

$root = Split-Path -Parent $PSScriptRoot
Set-Location $root
$clock = [System.Diagnostics.Stopwatch]::StartNew()
$venvPython = Join-Path $root ".venv\Scripts\python.exe"

if (-not (Test-Path $venvPython)) {
    if ($Python) {
        Invoke-Native $Python @("-m", "venv", ".venv")
    } elseif (Get-Command py -ErrorAction SilentlyContinue) {
        Invoke-Native "py" @("-3.12", "-m", "venv", ".venv")
    } else {
        Invoke-Native "python" @("-m", "venv", ".venv")
    }
}
Invoke-Native $venvPython @("-c", "import sys; assert sys.version_info[:2] == (3, 12), sys.version")

$extras = "build"
if ($Smoke) { $extras = "test,build" }
Invoke-Native $venvPython @("-m", "pip", "install", "-q", "-e", ".[$extras]")

$version = (& $venvPython -c "import lanson_report; print(lanson_report.__version__)").Trim()
if ($LASTEXITCODE -ne 0 -or -not $version) { throw "cannot read lanson_report.__version__" }
Write-Host "Building Soan bao cao $version"

$buildStart = $clock.Elapsed.TotalSeconds
Invoke-Native $venvPython @("-m", "PyInstaller", "--noconfirm", "--clean", "build.spec")
$buildSeconds = [int]($clock.Elapsed.TotalSeconds - $buildStart)

$bundle = Join-Path $root "dist\SoanBaoCao"
if ($Smoke) {
    Invoke-Native $venvPython @("tools\smoke_windows.py", $bundle)
}
Invoke-Native $venvPython @("scripts\bundle_size.py", $bundle)

$zip = Join-Path $root "dist\SoanBaoCao-$version-win64.zip"
if (Test-Path $zip) { Remove-Item $zip }
# shutil writes a deflated zip whose top folder is SoanBaoCao\, with / separators.
$base = $zip.Substring(0, $zip.Length - 4)
Invoke-Native $venvPython @(
    "-c",
    "import shutil, sys; shutil.make_archive(sys.argv[1], 'zip', root_dir='dist', base_dir='SoanBaoCao')",
    $base
)

$zipMB = [math]::Round((Get-Item $zip).Length / 1MB, 1)
Write-Host ("Built {0} ({1} MiB): PyInstaller {2} s, {3} s in all" -f $zip, $zipMB, $buildSeconds, [int]$clock.Elapsed.TotalSeconds)

if ($Installer) {
    $makensis = Get-Command makensis -ErrorAction SilentlyContinue
    if ($makensis) { $makensis = $makensis.Source }
    else { $makensis = Join-Path ${env:ProgramFiles(x86)} "NSIS\makensis.exe" }
    if (-not (Test-Path $makensis)) { throw "makensis not found: install NSIS 3 (https://nsis.sourceforge.io)" }
    $setup = Join-Path $root "dist\SoanBaoCao-$version-setup.exe"
    $numbers = @($version -split "\." | Where-Object { $_ -match "^\d+$" }) + @("0", "0", "0", "0")
    $fileVersion = ($numbers[0..3]) -join "."
    Invoke-Native $makensis @(
        "-V2", "-INPUTCHARSET", "UTF8", "-DVERSION=$version", "-DFILEVERSION=$fileVersion",
        "-DBUNDLE=$bundle", "-DOUTFILE=$setup", (Join-Path $root "scripts\installer.nsi")
    )
    Write-Host ("Built {0} ({1} MiB)" -f $setup, [math]::Round((Get-Item $setup).Length / 1MB, 1))
}
