; Inno Setup 6 script: the Windows setup program for Expedite Desk (加急工作台).
; installer/build.py compiles it after PyInstaller, passing the version and the bundle's folder:
;   ISCC /DAppVersion=0.1.0 /DBundleDir=dist\ExpediteDesk /Odist installer\expedite_desk.iss
; On Linux, `make installer-check` compiles it with ISCC under wine (installer/check_setup.py).
;
; Per-user install without administrator rights into %LOCALAPPDATA%\Programs\ExpediteDesk.
; The office's data (database, backups, letters, evidence) lives elsewhere, in
; %LOCALAPPDATA%\ExpediteDesk (platformdirs), so neither an upgrade nor the uninstaller touches it.

#ifndef AppVersion
  #error "Pass the version: ISCC /DAppVersion=x.y.z (installer/build.py does)"
#endif
#ifndef BundleDir
  #define BundleDir "..\dist\ExpediteDesk"
#endif

; The shipped setup is packed hard; `make installer-check` packs faster (same script otherwise).
#ifndef Compression
  #define Compression "lzma2/max"
#endif

#define AppExe "ExpediteDesk.exe"

[Setup]
; The same AppId on every release: a new setup upgrades the installed copy in place.
AppId={{6F3C2A9E-5B41-4D7C-9E2A-0C8D7B1E4A53}
AppName={cm:AppName}
AppVersion={#AppVersion}
AppVerName={cm:AppName} {#AppVersion}
AppPublisher=Expedite Desk
; The setup's own version resource (Explorer's Details tab); AppName is per language, so no default.
VersionInfoVersion={#AppVersion}
VersionInfoProductName=加急工作台 Expedite Desk
VersionInfoDescription=加急工作台安装程序 Expedite Desk Setup
DefaultDirName={localappdata}\Programs\ExpediteDesk
DefaultGroupName={cm:AppName}
UsePreviousAppDir=yes
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=ExpediteDesk-{#AppVersion}-setup
SetupIconFile=..\resources\icons\expedite-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={cm:AppName}
Compression={#Compression}
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto
LanguageDetectionMethod=uilanguage
; Closes a running copy before replacing its files, and offers to restart it afterwards.
CloseApplications=yes
RestartApplications=yes

[Languages]
; Our own Simplified Chinese messages, beside this script (Inno Setup ships none among its official ones).
Name: "zh_CN"; MessagesFile: "ChineseSimplified.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
zh_CN.AppName=加急工作台
en.AppName=Expedite Desk
zh_CN.DataKept=已卸载加急工作台。%n%n机构数据（数据库、备份、确认书与证据文件）保留在：%n%1%n%n重新安装后即可继续使用；确实不再需要时可手动删除该文件夹。
en.DataKept=Expedite Desk has been uninstalled.%n%nThe office's data (database, backups, letters and evidence) is kept in:%n%1%n%nReinstall to use it again, or delete that folder yourself if it is no longer needed.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole bundle, so libraries a newer version no longer ships do not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{cm:AppName}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{cm:AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  { The uninstaller removes only what setup installed; say where the data stayed. }
  if (CurUninstallStep = usPostUninstall) and not UninstallSilent then
    MsgBox(FmtMessage(CustomMessage('DataKept'), [ExpandConstant('{localappdata}\ExpediteDesk')]),
      mbInformation, MB_OK);
end;
