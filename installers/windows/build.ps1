<#
.SYNOPSIS
  Windows build of Qwen Desk: the PyInstaller folder, its self-test, then the Inno Setup
  installer (per-user, no admin rights).

.DESCRIPTION
  Run from any folder in PowerShell 5.1+ on 64-bit Windows 10/11, with the app and its
  `bundle` extra installed in .venv (installers\README.md has the set-up):

    powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1 [-Clean]

  Writes dist\qwen-desk\ (qwen-desk.exe + _internal\) and
  dist\QwenDesk-<version>-windows-x64-setup.exe.

.PARAMETER Python   The Python of the environment to freeze (default .venv\Scripts\python.exe).
.PARAMETER Iscc     Inno Setup's compiler (default: ISCC.exe on PATH, else the usual folders).
.PARAMETER Clean    Build PyInstaller's cache from scratch.
.PARAMETER SignTool Optional: a command that signs one file, e.g.
                    'signtool sign /fd sha256 /tr http://timestamp.digicert.com /td sha256 /a'
                    applied to qwen-desk.exe and to the installer.
#>
param(
  [string]$Python = ".venv\Scripts\python.exe",
  [string]$Iscc = "",
  [switch]$Clean,
  [string]$SignTool = ""
)
$ErrorActionPreference = "Stop"
Set-Location (Resolve-Path "$PSScriptRoot\..\..")

$Version = & $Python -c "import tomllib; print(tomllib.load(open('pyproject.toml', 'rb'))['project']['version'])"
if ($LASTEXITCODE) { throw "cannot read the version from pyproject.toml" }
$FileVersion = ($Version -replace '^(\d+(\.\d+){0,3}).*$', '$1')
Write-Host "== Qwen Desk $Version for Windows (x64)"

# --- 1. the frozen app ----------------------------------------------------------------------
$pyiArgs = @("-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
             "--distpath", "dist", "--workpath", "build\pyinstaller", "installers\qwen-desk.spec")
if ($Clean) { $pyiArgs += "--clean" }
& $Python @pyiArgs
if ($LASTEXITCODE) { throw "PyInstaller failed" }
$Exe = Resolve-Path "dist\qwen-desk\qwen-desk.exe"

# --- 2. self-test from outside the tree with an empty profile ------------------------------
# qwen-desk.exe is a GUI program (no console), so the exit code is what tells.
$scratch = Join-Path ([IO.Path]::GetTempPath()) ("qwen-desk-selftest-" + [guid]::NewGuid())
New-Item -ItemType Directory -Path $scratch | Out-Null
$env:QWEN_DESK_HOME = $scratch
try {
  $p = Start-Process -FilePath $Exe -ArgumentList "--self-test" -WorkingDirectory $scratch `
                     -Wait -PassThru -WindowStyle Hidden
  if ($p.ExitCode -ne 0) { throw "frozen --self-test failed with exit code $($p.ExitCode)" }
  Write-Host "== frozen --self-test passed"
} finally {
  Remove-Item Env:\QWEN_DESK_HOME
  Remove-Item -Recurse -Force $scratch -ErrorAction SilentlyContinue
}

if ($SignTool) { Invoke-Expression "$SignTool `"$Exe`""; if ($LASTEXITCODE) { throw "signing failed" } }

# --- 3. the installer -----------------------------------------------------------------------
if (-not $Iscc) {
  $found = Get-Command ISCC.exe -ErrorAction SilentlyContinue
  $Iscc = if ($found) { $found.Source } else {
    @("${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe", "$env:ProgramFiles\Inno Setup 6\ISCC.exe",
      "$env:LOCALAPPDATA\Programs\Inno Setup 6\ISCC.exe") | Where-Object { Test-Path $_ } |
      Select-Object -First 1
  }
}
if (-not $Iscc) { throw "Inno Setup 6 not found: winget install JRSoftware.InnoSetup (or choco install innosetup)" }
& $Iscc "/DAppVersion=$Version" "/DAppFileVersion=$FileVersion" "installers\windows\qwen-desk.iss"
if ($LASTEXITCODE) { throw "Inno Setup failed" }
$Setup = Resolve-Path "dist\QwenDesk-$Version-windows-x64-setup.exe"
if ($SignTool) { Invoke-Expression "$SignTool `"$Setup`""; if ($LASTEXITCODE) { throw "signing failed" } }

Write-Host "== sizes"
$size = (Get-ChildItem -Recurse "dist\qwen-desk" | Measure-Object -Property Length -Sum).Sum
"{0}  {1:N0} MiB" -f "dist\qwen-desk", ($size / 1MB)
"{0}  {1:N0} MiB" -f $Setup, ((Get-Item $Setup).Length / 1MB)
