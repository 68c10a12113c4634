; Per-user installer of "Soạn báo cáo": dist\SoanBaoCao-<version>-setup.exe
;
;   makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DBUNDLE=dist/SoanBaoCao \
;            -DOUTFILE=dist/SoanBaoCao-0.1.0-setup.exe scripts/installer.nsi
;   (paths are relative to this file's folder; FILEVERSION=X.Y.Z.W if VERSION is not X.Y.Z)
;
; Built on Linux by scripts/windows-under-wine.sh (Debian's nsis), or on Windows with NSIS 3.
; No administrator rights: it installs into the user's profile (%LOCALAPPDATA%\Programs),
; adds Start-menu and desktop shortcuts, and registers its uninstaller under HKCU. Running a
; newer one over an older one upgrades in place (same folder, same uninstall entry). Neither
; the installer nor the uninstaller ever touches the data folder, %LOCALAPPDATA%\lanson-report.
; Silent: setup.exe /S (optionally /D=FOLDER, last); uninstall.exe /S.

Target amd64-unicode  ; 64-bit like the program (Windows 10 64-bit is the minimum)
!ifndef VERSION
  !error "pass -DVERSION=X.Y.Z"
!endif
!ifndef BUNDLE
  !error "pass -DBUNDLE=path/to/dist/SoanBaoCao (the PyInstaller folder)"
!endif
!ifndef FILEVERSION
  !define FILEVERSION "${VERSION}.0"
!endif
!ifndef OUTFILE
  !define OUTFILE "SoanBaoCao-${VERSION}-setup.exe"
!endif
!ifndef ICON
  !define ICON "../resources/icons/app.ico"  ; makensis runs in this folder
!endif

!define APP_NAME "Soạn báo cáo"
!define APP_EXE "SoanBaoCao.exe"
!define APP_ID "SoanBaoCao"  ; the folder name and the uninstall key
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_ID}"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\${APP_ID}"
InstallDirRegKey HKCU "${UNINSTALL_KEY}" "InstallLocation"  ; an upgrade goes where the last one went
SetCompressor /SOLID lzma
ManifestDPIAware true
Icon "${ICON}"
UninstallIcon "${ICON}"
BrandingText "${APP_NAME} ${VERSION}"
VIProductVersion "${FILEVERSION}"  ; four numbers, X.Y.Z.0
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APP_NAME}"
VIAddVersionKey /LANG=0 "LegalCopyright" "${APP_NAME}"

!include "MUI2.nsh"
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${APP_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APP_NAME}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

; The program's own files: an upgrade removes exactly these first, so nothing of an older
; version lingers in _internal\, and the uninstaller removes nothing else.
!macro RemoveProgramFiles
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${APP_EXE}"
  Delete "$INSTDIR\lanson-report.exe"
  Delete "$INSTDIR\app.ico"
!macroend

!macro RemoveShortcuts
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
!macroend

Section "Install"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  !insertmacro RemoveProgramFiles
  File /r "${BUNDLE}/*"
  File "/oname=app.ico" "${ICON}"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\app.ico" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${APP_EXE}" "" "$INSTDIR\app.ico" 0

  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\app.ico"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "Publisher" "${APP_NAME}"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKCU "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "NoRepair" 1
  SectionGetSize 0 $0
  WriteRegDWORD HKCU "${UNINSTALL_KEY}" "EstimatedSize" $0  ; KiB
SectionEnd

; Drafts, history and backups live in %LOCALAPPDATA%\lanson-report, never under $INSTDIR:
; uninstalling leaves them for the next install.
Section "Uninstall"
  SetShellVarContext current
  !insertmacro RemoveShortcuts
  !insertmacro RemoveProgramFiles
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty: whatever else the user put there stays
  DeleteRegKey HKCU "${UNINSTALL_KEY}"
SectionEnd
