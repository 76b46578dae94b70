; Inno Setup script for OTOP Desktop: a per-user install that needs no administrator rights.
;
;   python tools/build.py                      (makes dist\OTOP Desktop\)
;   iscc /DAppVersion=0.1.0 /DNumericVersion=0.1.0.0 installer\otop-desktop.iss
;
; Writes dist\OTOP-Desktop-<AppVersion>-setup.exe. The release workflow passes the version of
; otop_desktop.__version__ (checked against the tag). The officer's data is not in the program
; folder but in %LOCALAPPDATA%\OTOP Desktop, so neither an upgrade nor an uninstall touches it.
;
; Languages: English only. Inno Setup ships no Thai translation of its wizard (Thai exists only
; as an unofficial, unmaintained file); the program itself is Thai first.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef NumericVersion
  #define NumericVersion "0.0.0.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\OTOP Desktop"
#endif
#ifndef OutputDir
  #define OutputDir "..\dist"
#endif
#define AppName "OTOP Desktop"
#define AppExeName "OTOP Desktop.exe"

[Setup]
; Never change the AppId: Windows finds the installed program (upgrade, uninstall) by it.
AppId={{CDCEDB62-EAC6-469D-A81F-F4F88D03FC0B}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=OTOP Desktop
AppComments=OTOP producer registration for district Community Development Offices
VersionInfoVersion={#NumericVersion}
VersionInfoProductName={#AppName}
; Per user, no UAC prompt: {autopf} is %LOCALAPPDATA%\Programs with the lowest privileges.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\{#AppExeName}
SetupIconFile=..\resources\app.ico
OutputDir={#OutputDir}
OutputBaseFilename=OTOP-Desktop-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
; A running copy is asked to close before its files are replaced.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[InstallDelete]
; The libraries of the previous version go first, so that no stale file outlives an upgrade.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExeName}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExeName}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExeName}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
