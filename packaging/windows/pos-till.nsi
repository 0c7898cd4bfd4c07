; The till's Windows installer (64-bit NSIS; built on Linux by build_installer.py, which passes
; VERSION, VERSION4, STAGE, OUTFILE, INSTALLED_KB and COMPRESSION with -D).
;
; Installs per machine: the folder ${STAGE} (embeddable Python + unpacked wheels) to
; C:\Program Files\pos-till, a Start-menu shortcut, an "Apps & features" entry. The till's data stays
; where the till keeps it (platformdirs): till.db in %LOCALAPPDATA%\pos-till of the Windows user who
; runs the till, the machine-wide configuration C:\ProgramData\pos-till\till.toml. The installer never
; touches till.db; it writes till.toml only when given options (pos_till_setup.py: /HUB_URL= /TOKEN=
; /STORE= /TILL= /LANGUAGE= /PRINTER= /CONFIG= ...). Upgrading = running a newer installer: the program
; folder is replaced, data and configuration stay. The uninstaller keeps them too unless run with
; /PURGE (or the user answers Yes to its question).

Unicode true
Target amd64-unicode
SetCompressor /SOLID ${COMPRESSION}
ManifestDPIAware true

!define APP "pos-till"
!define APP_NAME "POS till"
!define PUBLISHER "pos-till"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\pos-till"

!include "MUI2.nsh"
!include "FileFunc.nsh"
!include "LogicLib.nsh"

Name "${APP_NAME} ${VERSION}"
OutFile "${OUTFILE}"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "${UNINST_KEY}" "InstallLocation"
RequestExecutionLevel admin
ShowInstDetails show
ShowUninstDetails show

VIProductVersion "${VERSION4}"
VIAddVersionKey /LANG=1033 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=1033 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1033 "FileDescription" "${APP_NAME} installer"
VIAddVersionKey /LANG=1033 "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=1033 "LegalCopyright" "${PUBLISHER}"

!define MUI_ICON "${STAGE}\pos-till.ico"
!define MUI_UNICON "${STAGE}\pos-till.ico"
!define MUI_ABORTWARNING
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!define MUI_FINISHPAGE_RUN
!define MUI_FINISHPAGE_RUN_FUNCTION StartTill
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "Russian"

LangString ConfigFailed ${LANG_ENGLISH} "The till was installed, but till.toml was not written:$\r$\n$0$\r$\nFix the option and run the installer again."
LangString ConfigFailed ${LANG_RUSSIAN} "Касса установлена, но till.toml не записан:$\r$\n$0$\r$\nИсправьте параметр и запустите установку ещё раз."
LangString AskPurge ${LANG_ENGLISH} "Also delete the till's data (database, settings, C:\ProgramData\pos-till\till.toml)?$\r$\nChoose No to keep them for a later installation."
LangString AskPurge ${LANG_RUSSIAN} "Удалить также данные кассы (база, настройки, C:\ProgramData\pos-till\till.toml)?$\r$\nНет — сохранить их для следующей установки."

Function .onInit
  SetShellVarContext all
FunctionEnd

Function StartTill
  Exec '"$INSTDIR\python\pythonw.exe" -m pos_till_launcher'
FunctionEnd

Section "pos-till" SecMain
  SetShellVarContext all
  ; Upgrade: replace the program folder's code (files a newer version no longer has must not linger).
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\pkgs"
  SetOutPath "$INSTDIR"
  File /r "${STAGE}\*"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  ; Start menu (all users). The working directory is the install folder (SetOutPath above).
  CreateShortCut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\python\pythonw.exe" "-m pos_till_launcher" "$INSTDIR\pos-till.ico" 0

  WriteRegStr HKLM "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKLM "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\pos-till.ico"
  WriteRegStr HKLM "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINST_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr HKLM "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "NoRepair" 1
  WriteRegDWORD HKLM "${UNINST_KEY}" "EstimatedSize" ${INSTALLED_KB}

  ; The machine-wide till.toml from the installer's options (nothing given: left as it is).
  ${GetParameters} $R0
  System::Call 'kernel32::SetEnvironmentVariable(t "POS_TILL_SETUP_ARGS", t R0) i'
  nsExec::ExecToStack '"$INSTDIR\python\python.exe" -m pos_till_setup'
  Pop $1 ; exit code (or "error")
  Pop $0 ; output
  DetailPrint "$0"
  ${If} $1 != "0"
    MessageBox MB_ICONEXCLAMATION|MB_OK "$(ConfigFailed)" /SD IDOK
    SetErrorLevel 2
  ${EndIf}
SectionEnd

Section "Uninstall"
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  RMDir /r "$INSTDIR\python"
  RMDir /r "$INSTDIR\pkgs"
  Delete "$INSTDIR\pos-till.cmd"
  Delete "$INSTDIR\pos-till.ico"
  Delete "$INSTDIR\till.toml.example"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINST_KEY}"

  ; The till's data stays unless asked: /PURGE, or Yes to the question (never asked in silent mode).
  ${GetParameters} $R0
  ClearErrors
  ${GetOptions} $R0 "/PURGE" $R1
  ${IfNot} ${Errors}
    StrCpy $R2 "purge"
  ${Else}
    StrCpy $R2 ""
    MessageBox MB_YESNO|MB_DEFBUTTON2|MB_ICONQUESTION "$(AskPurge)" /SD IDNO IDNO +2
    StrCpy $R2 "purge"
  ${EndIf}
  ${If} $R2 == "purge"
    DetailPrint "Deleting the till's data and configuration"
    RMDir /r "$APPDATA\${APP}"          ; C:\ProgramData\pos-till (till.toml)
    SetShellVarContext current
    RMDir /r "$LOCALAPPDATA\${APP}"     ; this user's till.db, settings, cache
    SetShellVarContext all
  ${EndIf}
SectionEnd
