#!/bin/sh
# Replaces jpackage's native launcher APPDIR/bin/NAME with a sh script that starts the same Java with the same
# options, class path and main class, all read from the launcher's own APPDIR/lib/app/NAME.cfg.
#   packaging/linux/sh-launcher.sh APPDIR NAME
#
# Why: JDK 17's Linux launcher looks for its libapplauncher.so by asking the package managers who owns it, on
# every start: `rpm -qf`, then `dpkg -S` (which reads every package's file list), and once installed from the
# .deb also `dpkg -L blogwright` (every file of the package). That took 130 ms of CPU and 0.2-0.3 s of a
# command's time here, before Java even started. The script does what the launcher then does, nothing else.
# The .cfg stays the one description of each launcher: blogwright-cds.sh reads it to make the AppCDS archive,
# whose class path must match this one exactly.
set -eu
appdir=${1:?usage: sh-launcher.sh APPDIR NAME}
name=${2:?usage: sh-launcher.sh APPDIR NAME}
cfg="$appdir/lib/app/$name.cfg"
[ -f "$cfg" ] || { echo "sh-launcher: no $cfg" >&2; exit 1; }

# One cfg value per line in, one double-quoted shell word out; $APPDIR stays a variable of the script.
quote() {
    sed -e 's/[\\"`$]/\\&/g' -e 's/\\\$APPDIR/$APPDIR/g' -e 's/^/"/' -e 's/$/"/'
}
options=$(sed -n 's/^java-options=//p' "$cfg" | quote | paste -sd' ' -)
classpath=$(sed -n 's/^app\.classpath=//p' "$cfg" | paste -sd: - | quote)
main=$(sed -n 's/^app\.mainclass=//p' "$cfg")
case "$main" in *[!A-Za-z0-9_.]*|'') echo "sh-launcher: odd main class '$main'" >&2; exit 1 ;; esac

out="$appdir/bin/$name"
cat > "$out.tmp" <<EOF
#!/bin/sh
# Starts Blogwright with the options of lib/app/$name.cfg; written by packaging/linux/sh-launcher.sh, which says
# why this is a script and not jpackage's launcher.
self=\$(readlink -f -- "\$0")
root=\${self%/bin/*}
APPDIR=\$root/lib/app
# jpackage's launcher did not read JDK_JAVA_OPTIONS (the java command does, and says so on stderr).
unset JDK_JAVA_OPTIONS
exec "\$root/lib/runtime/bin/java" $options "-Djpackage.app-path=\$self" \\
    -cp $classpath \\
    $main "\$@"
EOF
chmod 755 "$out.tmp"
mv "$out.tmp" "$out"
