#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Refreshes translations/*.ts from the sources (app/ and ui/; the simulator's texts
# are not user-facing). The English catalogue holds only the plural forms of the
# "%n" messages, filled in here: "%n server(s)" -> "%n server" / "%n servers".
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
lupdate="$(command -v lupdate || echo /usr/lib/qt6/bin/lupdate)"
cd "$root"
"$lupdate" -silent -no-obsolete -pluralonly -locations none app ui -ts translations/maestro_en.ts
/usr/bin/python3 - translations/maestro_en.ts <<'PY'
import pathlib
import re
import sys
import xml.etree.ElementTree as ET

# lupdate's C++ parser does not follow C++17 nested namespaces ("namespace
# maestro::kube {"), so it names contexts by the bare class; tr() looks them up by
# the qualified name. Qualify them from the headers.
qualified = {}
for header in list(pathlib.Path("app").rglob("*.h")) + list(pathlib.Path("ui").rglob("*.h")):
    namespace = None
    for line in header.read_text(encoding="utf-8").splitlines():
        m = re.match(r"namespace\s+([\w:]+)\s*\{", line)
        if m:
            if m.group(1).startswith("maestro"):
                namespace = m.group(1)
            continue
        m = re.match(r"(?:class|struct)\s+(\w+)\b(?!;)", line)
        if m and namespace and not line.rstrip().endswith(";"):
            qualified.setdefault(m.group(1), namespace + "::" + m.group(1))

path = sys.argv[1]
tree = ET.parse(path)
for context in tree.iter("context"):
    name = context.find("name")
    if name is not None and "::" not in name.text and name.text in qualified:
        name.text = qualified[name.text]
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
echo "updated translations/maestro_en.ts"
