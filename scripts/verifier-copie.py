#!/usr/bin/python3
"""
Vérification manuelle d'une copie corrigée par des lecteurs indépendants de VerifPacte :

  /usr/bin/python3 scripts/verifier-copie.py copie.xlsx [original.xlsx]

- openpyxl ouvre la copie (formules et résultats en cache) ;
- LibreOffice (soffice, sans interface) la recalcule entièrement — profil temporaire réglé sur
  « toujours recalculer au chargement », car par défaut il garde les résultats en cache — et
  chaque résultat en cache de la copie est comparé au sien ;
- avec l'original : les parties du paquet modifiées, ajoutées ou retirées sont listées (toutes
  les autres doivent être identiques octet pour octet).

Code de sortie 0 si tout concorde, 1 sinon. Demande python3-openpyxl et LibreOffice.
"""
import os
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated(path, work):
    """The copy as LibreOffice saves it after recomputing every formula."""
    profile = os.path.join(work, "profil")
    os.makedirs(os.path.join(profile, "user"))
    with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(PROFILE)
    out = os.path.join(work, "recalcul")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out, path],
        check=True, capture_output=True, timeout=300,
    )
    return openpyxl.load_workbook(os.path.join(out, os.path.basename(path)), data_only=True)


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-6 * max(1, abs(a))
    return a == b


def compare_results(path):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    with tempfile.TemporaryDirectory() as work:
        lo = recalculated(path, work)
    count = uncached = 0
    diffs = []
    for ws in formulas.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if not (isinstance(cell.value, str) and cell.value.startswith("=")):
                    continue
                count += 1
                mine = cached[ws.title][cell.coordinate].value
                theirs = lo[ws.title][cell.coordinate].value
                if mine is None:
                    uncached += 1
                elif not same(mine, theirs):
                    diffs.append(f"  {ws.title}!{cell.coordinate} {cell.value} : en cache {mine!r}, LibreOffice {theirs!r}")
    print(f"{count} formules, {uncached} sans résultat en cache, {len(diffs)} résultats différents de LibreOffice")
    for line in diffs[:20]:
        print(line)
    return not diffs


def compare_parts(copy, original):
    with zipfile.ZipFile(copy) as a, zipfile.ZipFile(original) as b:
        mine = {n: a.read(n) for n in a.namelist()}
        theirs = {n: b.read(n) for n in b.namelist()}
    changed = sorted(n for n in mine if n in theirs and mine[n] != theirs[n])
    added = sorted(n for n in mine if n not in theirs)
    removed = sorted(n for n in theirs if n not in mine)
    kept = len([n for n in mine if n in theirs and mine[n] == theirs[n]])
    print(f"parties identiques octet pour octet : {kept}")
    for label, names in (("modifiées", changed), ("ajoutées", added), ("retirées", removed)):
        if names:
            print(f"parties {label} : {', '.join(names)}")


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    ok = compare_results(sys.argv[1])
    if len(sys.argv) > 2:
        compare_parts(sys.argv[1], sys.argv[2])
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
