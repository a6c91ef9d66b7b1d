; Windows installer for the one-folder app bundle, with the .oogst file association
; and its icon (Inno Setup 6). Build the bundle first, then, from the checkout:
;
;     .venv\Scripts\python tools\bundle.py
;     iscc /DVersion=0.1.0 tools\oogst.iss        -> dist\Oogst-0.1.0-setup.exe
;
; Installs for the current user without administrator rights (or for everyone when
; the user chooses so). docs/building.md has the signing steps.
#ifndef Version
  #define Version "0.0.0"
#endif

[Setup]
AppId={{6F0B8C5A-3C52-4E53-9B1F-4B2F6A0D7E11}
AppName=Oogst
AppVersion={#Version}
AppPublisher=Oogst
VersionInfoVersion={#Version}
DefaultDirName={autopf}\Oogst
DefaultGroupName=Oogst
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Oogst-{#Version}-setup
SetupIconFile=..\dist\Oogst\_internal\oogst.ico
UninstallDisplayIcon={app}\Oogst.exe
ChangesAssociations=yes
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "..\dist\Oogst\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\Oogst"; Filename: "{app}\Oogst.exe"

[Registry]
; .oogst -> Oogst.Event: opens in Oogst, shown with the file icon.
Root: HKA; Subkey: "Software\Classes\.oogst"; ValueType: string; ValueName: ""; ValueData: "Oogst.Event"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.oogst"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-oogst"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.oogst\OpenWithProgids"; ValueType: string; ValueName: "Oogst.Event"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Oogst.Event"; ValueType: string; ValueName: ""; ValueData: "Oogst event"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Oogst.Event\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\_internal\oogst-file.ico"
Root: HKA; Subkey: "Software\Classes\Oogst.Event\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\Oogst.exe"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\Oogst.exe\SupportedTypes"; ValueType: string; ValueName: ".oogst"; ValueData: ""; Flags: uninsdeletekey
