#!/usr/bin/env python3
"""Fills the English plural forms of atelier_en.ts: "%n image(s)" -> "%n image" / "%n images".

Run after `cmake --build build --target atelier_core_lupdate` when new %n texts appear. Only
numerus messages are English translations; every other text is shown as written in the source.
"""
import re
import subprocess
import sys
import xml.etree.ElementTree as ET

path = sys.argv[1] if len(sys.argv) > 1 else "translations/atelier_en.ts"
tree = ET.parse(path)
changed = 0
for message in tree.getroot().iter("message"):
    if message.get("numerus") != "yes":
        continue
    source = message.findtext("source")
    translation = message.find("translation")
    forms = translation.findall("numerusform")
    singular = re.sub(r"\((s|es)\)", "", source)
    plural = re.sub(r"\((s|es)\)", r"\1", source)
    if [f.text for f in forms] != [singular, plural] or translation.get("type"):
        for form, text in zip(forms, (singular, plural)):
            form.text = text
        translation.attrib.pop("type", None)
        changed += 1
tree.write(path, encoding="utf-8", xml_declaration=True)
# ElementTree's layout is not lupdate's; lconvert writes the file back in Qt's own, so that the
# catalogue diffs only where a text changed.
subprocess.run(["/usr/lib/qt6/bin/lconvert", "-i", path, "-o", path], check=True)
print(f"{path}: {changed} plural message(s) filled")
