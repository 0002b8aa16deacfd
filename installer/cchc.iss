; Inno Setup 6 script of CCHC Desk: a per-user installation, no administrator rights.
;
; Build on Windows, after `py -3.11 installer\build.py` has made dist\CCHC Desk\:
;     iscc installer\cchc.iss
;     iscc /DAppVersion=0.1.0 installer\cchc.iss      (another version than the default below)
; -> dist\installer\CCHC-Desk-<version>-setup.exe   (see installer/README.md)
;
; The user's data is NOT in {app}. Workspaces, settings and logs live in the per-user data
; folder %LOCALAPPDATA%\CCHC Desk\ (desktop/models/paths.py), which this script never names:
; uninstalling removes the program and its shortcuts and file association, never a workspace.
; [UninstallDelete] stays empty on purpose (tests/test_installer_iss.py checks it). A portable
; "CCHC Desk data" folder a user made inside {app} is not the installer's either: the
; uninstaller removes only the files it installed, so that folder stays too.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "CCHC Desk"
#define AppExe "CCHC Desk.exe"
#define SourceDir "..\dist\CCHC Desk"
#define ProgId "CCHCDesk.Package"

[Setup]
AppId={{6C1F3B2E-8D4A-4F7B-9A51-2E0C7D9B4A63}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=CCHC Desk
VersionInfoVersion={#AppVersion}
; Per user, without administrator rights: %LOCALAPPDATA%\Programs\CCHC Desk
PrivilegesRequired=lowest
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist\installer
OutputBaseFilename=CCHC-Desk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\cchc.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; The .cchc association below: tell Explorer when it changes.
ChangesAssociations=yes
; A running CCHC Desk is asked to close before its files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
#if FileExists(AddBackslash(CompilerPath) + "Languages\Vietnamese.isl")
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: both executables ("CCHC Desk.exe", the window; cchc.exe, the
; command line) and _internal\.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .cchc packages, for this user only (HKCU\Software\Classes): a double-click runs
; "CCHC Desk.exe" "<file>", which opens the window straight on the import of that package
; (or hands it to the window already running).
Root: HKCU; Subkey: "Software\Classes\.cchc"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.cchc\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "CCHC Desk package"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKCU; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Nothing: the uninstaller removes what it installed; the user's workspaces stay (see above).
