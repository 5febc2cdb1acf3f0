#!/usr/bin/env python3
"""Fills the English plural forms of atelier_en.ts: "%n image(s)" -> "%n image" / "%n images".

Run after `cmake --build build --target atelier_core_lupdate` when new %n texts appear. Only
numerus messages are English translations; every other text is shown as written in the source.
"""
import re
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
# lupdate writes a DOCTYPE line that ElementTree drops; put it back so diffs stay small.
text = open(path, encoding="utf-8").read()
if "<!DOCTYPE TS>" not in text:
    text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
open(path, "w", encoding="utf-8").write(text)
print(f"{path}: {changed} plural message(s) filled")
