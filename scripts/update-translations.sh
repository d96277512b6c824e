#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Keeps translations/*.ts current with the sources (app/ and ui/; the simulator's
# texts are not user-facing), the same way the build's update_translations target does.
#
#   scripts/update-translations.sh                     refresh every .ts file in place
#   scripts/update-translations.sh --list-unfinished   print what still needs translating
#                                                      (per language, with its context)
#   scripts/update-translations.sh --into DIR          refresh copies in DIR instead
#
# maestro_<lang>.ts (de, fr, es, ...) hold every message; an entry lupdate adds is
# "unfinished" until someone translates it. The English catalogue holds only the
# plural forms of the "%n" messages, filled in here: "%n server(s)" -> "%n server" /
# "%n servers". tests/ui/tst_Translations fails while any entry is unfinished.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# $LUPDATE: the build's own lupdate (the test passes it); else Qt 6's, wherever it is.
lupdate="${LUPDATE:-$(command -v lupdate || true)}"
if [ -z "$lupdate" ] || ! "$lupdate" -version 2>/dev/null | grep -q "lupdate version 6"; then
    lupdate=/usr/lib/qt6/bin/lupdate
fi

mode=update
into=""
while [ $# -gt 0 ]; do
    case "$1" in
    --list-unfinished) mode=list ;;
    --into)
        into="$2"
        shift
        ;;
    -h | --help)
        sed -n '3,14p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "update-translations.sh: unknown argument $1" >&2
        exit 64
        ;;
    esac
    shift
done

cleanup=""
trap '[ -z "$cleanup" ] || rm -rf "$cleanup"' EXIT
if [ "$mode" = list ] && [ -z "$into" ]; then
    # List against the sources as they are now without touching the checkout.
    into="$(mktemp -d)"
    cleanup="$into"
fi
target="$root/translations"
if [ -n "$into" ]; then
    mkdir -p "$into"
    cp "$root"/translations/maestro_*.ts "$into"/
    target="$(cd "$into" && pwd)"
fi

cd "$root"
# -I . resolves the includes ("app/kube/ApiError.h"), so lupdate sees the namespaces
# the classes live in and names each context as tr() looks it up at run time
# ("maestro::kube::ApiError"). Keep these options in step with ui/CMakeLists.txt.
options=(-silent -no-obsolete -locations none -I .)
languages=()
for ts in "$target"/maestro_*.ts; do
    case "$ts" in
    */maestro_en.ts) ;;
    *) languages+=("$ts") ;;
    esac
done
"$lupdate" "${options[@]}" app ui -ts "${languages[@]}"
"$lupdate" "${options[@]}" -pluralonly app ui -ts "$target/maestro_en.ts"

/usr/bin/python3 - "$target/maestro_en.ts" <<'PY'
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1]
tree = ET.parse(path)
for message in tree.iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ET.SubElement(message, "translation")
    for child in list(translation):
        translation.remove(child)
    translation.text = None
    translation.attrib.pop("type", None)
    singular = source.replace("(s) do not", " does not").replace("(s)", "")
    plural = source.replace("(s)", "s")
    for form in (singular, plural):
        ET.SubElement(translation, "numerusform").text = form
tree.write(path, encoding="utf-8", xml_declaration=True)
PY
# lupdate once more: it keeps the forms just filled in and writes the file its own way,
# so the build's update_translations target leaves it unchanged.
"$lupdate" "${options[@]}" -pluralonly app ui -ts "$target/maestro_en.ts"

if [ "$mode" = list ]; then
    /usr/bin/python3 - "${languages[@]}" <<'PY'
import pathlib
import sys
import xml.etree.ElementTree as ET

total = 0
for path in sys.argv[1:]:
    tree = ET.parse(path)
    language = tree.getroot().get("language", pathlib.Path(path).stem)
    entries = []
    for context in tree.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                entries.append((name, message))
    total += len(entries)
    print(f"== {pathlib.Path(path).name} ({language}): {len(entries)} unfinished")
    for name, message in entries:
        plural = " [plural: %n]" if message.get("numerus") == "yes" else ""
        print(f"[{name}]{plural}")
        print(f"  source:  {message.findtext('source')!r}")
        for tag, label in (("comment", "context"), ("extracomment", "note")):
            text = message.findtext(tag)
            if text:
                print(f"  {label}: {text!r}")
sys.exit(1 if total else 0)
PY
elif [ -z "$into" ]; then
    echo "updated translations/maestro_*.ts; unfinished entries: scripts/update-translations.sh --list-unfinished"
fi
