; Inno Setup 6.3+ script for Qwen Desk: a per-user install (no administrator rights), a
; Start-menu entry, an optional desktop icon and an uninstaller (Settings > Apps).
; installers/windows/build.ps1 compiles it after PyInstaller:
;   ISCC.exe /DAppVersion=<version from pyproject.toml> installers\windows\qwen-desk.iss
; Output: dist\QwenDesk-<version>-windows-x64-setup.exe
; Silent install for IT: QwenDesk-...-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z (build.ps1 reads it from pyproject.toml)
#endif
#ifndef AppFileVersion
  #define AppFileVersion AppVersion
#endif
#ifndef SourceDir
  #define SourceDir "..\..\dist\qwen-desk"
#endif
#define AppName "Qwen Desk"
#define AppExe "qwen-desk.exe"
#define AppUserModelId "io.github.qwendesk.QwenDesk"

[Setup]
; AppId identifies the app for upgrades and the uninstaller; never change it. ("{{" is a
; literal "{"; this GUID is uuid5(DNS, "io.github.qwendesk.QwenDesk").)
AppId={{24BD517E-0CB0-5FB2-9CB7-A009A05588E5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Qwen Desk contributors
AppPublisherURL=https://github.com/qwendesk/qwen-desk
AppSupportURL=https://github.com/qwendesk/qwen-desk/issues
; Numbers only (a.b.c.d): build.ps1 passes the version without any pre-release suffix.
VersionInfoVersion={#AppFileVersion}
VersionInfoProductName={#AppName}
; Per-user by default: {autopf} is %LOCALAPPDATA%\Programs and {autoprograms} the user's
; Start menu. The dialog lets someone with admin rights install for all users instead.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
; Qt 6.11 needs 64-bit Windows 10 1809 or later.
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0.17763
SetupIconFile=..\..\resources\icons\qwen-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
WizardStyle=modern
Compression=lzma2/max
SolidCompression=yes
LZMANumBlockThreads=4
OutputDir=..\..\dist
OutputBaseFilename=QwenDesk-{#AppVersion}-windows-x64-setup
; Close a running Qwen Desk before files are replaced (Restart Manager).
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: qwen-desk.exe and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundled libraries wholesale, so nothing stale is left behind.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; AppUserModelID: "{#AppUserModelId}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes {app} (what [Files] installed). Models, settings and history live
; in %LOCALAPPDATA%\QwenDesk and are kept, so a reinstall finds them again.
