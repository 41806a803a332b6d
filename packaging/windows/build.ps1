# Builds Blogwright.msi on Windows. NOT runnable on the Linux build machine: jpackage only makes the
# installer types of the OS it runs on, and .msi needs the WiX Toolset 3.x (candle.exe, light.exe on PATH).
#   powershell -ExecutionPolicy Bypass -File packaging\windows\build.ps1     (from the project root)
# Needs: JDK 17+ (jpackage, jlink), Maven, WiX 3.14. Output: target\packaging\Blogwright-<version>.msi
$ErrorActionPreference = 'Stop'
Set-Location (Join-Path $PSScriptRoot '..\..')
$out = 'target\packaging'

[xml]$pom = Get-Content pom.xml
$version = $pom.project.version -replace '-SNAPSHOT$', ''
$jar = "blogwright-$($pom.project.version).jar"

mvn -B -q -DskipTests package dependency:copy-dependencies "-DincludeScope=runtime" "-DoutputDirectory=$out\deps"
if ($LASTEXITCODE -ne 0) { throw 'maven build failed' }

# On Windows Maven resolves the JavaFX jars with the "win" classifier; they are modules for jlink, the rest
# stays on the class path (same split as packaging/build.sh).
Remove-Item -Recurse -Force "$out\fx", "$out\input", "$out\runtime" -ErrorAction SilentlyContinue
New-Item -ItemType Directory "$out\fx", "$out\input" | Out-Null
Get-ChildItem "$out\deps\*.jar" | ForEach-Object {
    if ($_.Name -like 'javafx-*-win.jar') { Copy-Item $_ "$out\fx" }
    elseif ($_.Name -notlike 'javafx-*') { Copy-Item $_ "$out\input" }
}
Copy-Item "target\$jar" "$out\input"

$modules = 'javafx.controls,javafx.fxml,javafx.web,java.sql,java.desktop,java.logging,java.naming,java.xml,' +
           'java.prefs,jdk.unsupported,jdk.charsets,jdk.localedata'
jlink --module-path "$out\fx" --add-modules $modules --strip-debug --no-man-pages --no-header-files `
      --output "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jlink failed' }

jpackage '@packaging\windows\jpackage-msi.args' --app-version $version --dest $out `
         --input "$out\input" --main-jar $jar --runtime-image "$out\runtime"
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }
Get-ChildItem "$out\*.msi"
