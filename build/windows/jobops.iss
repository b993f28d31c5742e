; Inno Setup script for JobOps Desktop: installs the PyInstaller one-folder build.
; Build it on Windows with build\windows\build.py (it runs PyInstaller, then ISCC with the
; name and version read from jobops_desktop\__init__.py), or by hand from the repo root:
;   iscc /DAppVersion=0.1.0 build\windows\jobops.iss
; Paths are relative to this file's folder (SourceDir).

#ifndef AppName
  #define AppName "JobOps Desktop"
#endif
#ifndef AppId
  #define AppId "jobops-desktop"
#endif
#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#define BundleDir "..\..\dist\jobops-desktop"
#define AppExe "jobops.exe"

[Setup]
AppId={{6B1E8E1C-3C2A-4B7F-9A51-0B5A0D1C7E42}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=JobOps
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user install by default (no admin rights needed); the user may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename={#AppId}-{#AppVersion}-windows-x64-setup
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayIcon={app}\{#AppExe}

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build: jobops.exe, jobops-cli.exe and _internal\ (Python, Qt,
; llama.cpp, the model, resources).
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The user's data (%LOCALAPPDATA%\jobops-desktop) is kept on uninstall on purpose.
