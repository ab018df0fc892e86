#!/usr/bin/env python3
"""Vérifie un classeur écrit par VerifPacte (synthèse régionale) avec deux lecteurs indépendants :

1. openpyxl : le classeur s'ouvre, ses feuilles, volets figés, filtres, fusions, formules ;
2. LibreOffice sans écran : le classeur est recalculé (profil temporaire qui force le recalcul
   des fichiers .xlsx à l'ouverture), puis chaque valeur recalculée est comparée à la valeur
   enregistrée par VerifPacte (le résultat en cache de chaque formule).

Usage : /usr/bin/python3 scripts/verifier-classeur-cree.py synthese.xlsx
Code de sortie : 0 si tout concorde, 1 sinon (les écarts sont listés), 2 en cas d'usage incorrect.
Il faut python3-openpyxl et LibreOffice (soffice) ; ce n'est pas un test de npm test.
"""
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

RECALC_PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated(path, work):
    profile = os.path.join(work, "profil", "user")
    os.makedirs(profile)
    with open(os.path.join(profile, "registrymodifications.xcu"), "w", encoding="utf-8") as f:
        f.write(RECALC_PROFILE)
    source = os.path.join(work, "entree.xlsx")
    shutil.copyfile(path, source)
    out = os.path.join(work, "recalcule")
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{os.path.join(work, 'profil')}", "--headless",
         "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, source],
        check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300,
    )
    return os.path.join(out, "entree.xlsx")


def same(a, b):
    if a in (None, "") and b in (None, ""):
        return True
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 0.005
    return a == b


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    path = sys.argv[1]
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
    count = 0
    for ws in formulas.worksheets:
        n = sum(1 for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.startswith("="))
        count += n
        print(f"Feuille « {ws.title} » ({ws.sheet_state}) : {ws.dimensions}, volets figés {ws.freeze_panes}, "
              f"filtre {ws.auto_filter.ref}, {len(ws.merged_cells.ranges)} fusions, {n} formules, "
              f"{len(ws.conditional_formatting)} mises en forme conditionnelles")
    with tempfile.TemporaryDirectory() as work:
        again = openpyxl.load_workbook(recalculated(path, work), data_only=True)
        differences = []
        for ws in formulas.worksheets:
            if ws.title not in again.sheetnames:
                differences.append(f"feuille « {ws.title} » absente après LibreOffice")
                continue
            for row in ws.iter_rows():
                for c in row:
                    if not (isinstance(c.value, str) and c.value.startswith("=")):
                        continue
                    before = cached[ws.title][c.coordinate].value
                    after = again[ws.title][c.coordinate].value
                    if not same(before, after):
                        differences.append(f"{ws.title}!{c.coordinate} {c.value} : enregistré {before!r}, recalculé {after!r}")
    if differences:
        print(f"{len(differences)} écart(s) entre les valeurs enregistrées et le recalcul de LibreOffice :")
        for d in differences:
            print(f"  {d}")
        return 1
    print(f"{count} formules : chaque valeur enregistrée est celle que LibreOffice recalcule.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
