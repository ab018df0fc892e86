#!/usr/bin/python3
"""
Vérification d'une copie corrigée par des lecteurs indépendants de VerifPacte :

  /usr/bin/python3 scripts/verifier-copie.py copie.xlsx [original.xlsx] [--rapport] [-- ARGS…]

- openpyxl ouvre la copie (formules et résultats en cache) ;
- LibreOffice (soffice, sans interface) la recalcule entièrement — profil temporaire réglé sur
  « toujours recalculer au chargement », car par défaut il garde les résultats en cache — et
  chaque résultat en cache de la copie est comparé au sien ;
- avec l'original :
  * les parties du paquet modifiées, ajoutées ou retirées sont listées (toutes les autres
    doivent être identiques octet pour octet) ;
  * openpyxl compare feuille par feuille : cellules (valeur ou formule, style), zones fusionnées,
    noms définis, protections, validations de données, formats conditionnels, liens hypertexte,
    titres et zone d'impression, sauts de page, visibilité ; une cellule qui change doit être
    la cible d'une correction annoncée par VerifPacte (rapport JSON de l'original) ;
  * après recalcul par LibreOffice, chaque cellule corrigée par une formule ou une valeur doit
    valoir le résultat annoncé, et aucune erreur #REF!, #NOM?/#NAME?… ne doit apparaître ;
  * VerifPacte relu sur la copie ne doit plus proposer de correction de valeur ou de formule.
- `--rapport` : le contrôle de VerifPacte (bin/verifpacte.cjs, `npm run build:cli`) sert aux
  trois derniers points ; les arguments après `--` lui sont passés (ex. `-- --notifie "800 000 €"`).

Code de sortie 0 si tout concorde, 1 sinon. Demande python3-openpyxl et LibreOffice.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import zipfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CLI = os.path.join(ROOT, "bin", "verifpacte.cjs")
# The report sheet VerifPacte adds: « Contrôles VerifPacte », or « Contrôles VerifPacte (2) »… when the name is taken.
CONTROLES = re.compile(r"^Contrôles VerifPacte(?: \(\d+\))?$", re.IGNORECASE)
ERRORS = ("#REF!", "#NAME?", "#NOM?", "#VALUE!", "#VALEUR!", "#DIV/0!", "#N/A", "#NULL!", "#NUM!", "Err:502", "Err:504", "Err:508")

PROFILE = """<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
"""


def recalculated(path, work):
    """The workbook as LibreOffice saves it after recomputing every formula."""
    profile = os.path.join(work, "profil")
    if not os.path.isdir(profile):
        os.makedirs(os.path.join(profile, "user"))
        with open(os.path.join(profile, "user", "registrymodifications.xcu"), "w", encoding="utf-8") as f:
            f.write(PROFILE)
    out = os.path.join(work, "recalcul-" + str(len(os.listdir(work))))
    subprocess.run(
        ["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--calc", "--convert-to", "xlsx", "--outdir", out, path],
        check=True, capture_output=True, timeout=300,
    )
    return openpyxl.load_workbook(os.path.join(out, os.path.basename(path)), data_only=True)


def same(a, b):
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return abs(a - b) < 1e-6 * max(1, abs(a))
    return a == b


def compare_results(path, lo):
    formulas = openpyxl.load_workbook(path)
    cached = openpyxl.load_workbook(path, data_only=True)
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
    # Only these may change: sheets, strings, styles, comments/notes, workbook, its relationships,
    # content types, calcChain (removed when a formula appears).
    allowed = ("xl/worksheets/", "xl/sharedStrings.xml", "xl/styles.xml", "xl/comments", "xl/drawings/vmlDrawing",
               "xl/drawings/commentsDrawing", "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml", "xl/calcChain.xml")
    odd = [n for n in changed + added + removed if not n.startswith(allowed)]
    for name in odd:
        print(f"  partie inattendue touchée : {name}")
    return not odd


# ---------------------------------------------------------------- openpyxl, sheet by sheet

def described(obj, skip=()):
    """The attributes of an openpyxl object, as a comparable value."""
    if obj is None:
        return None
    if hasattr(obj, "__elements__") or hasattr(obj, "__attrs__"):
        names = list(getattr(obj, "__attrs__", ())) + list(getattr(obj, "__elements__", ()))
        return tuple((n, described(getattr(obj, n, None))) for n in names if n not in skip)
    if isinstance(obj, (list, tuple)):
        return tuple(described(x) for x in obj)
    return repr(obj)


def sheet_features(ws):
    return {
        "zones fusionnées": sorted(str(r) for r in ws.merged_cells.ranges),
        "protection de la feuille": described(ws.protection),
        "validations de données": sorted(
            (str(dv.sqref), dv.type, dv.operator, dv.formula1, dv.formula2, dv.allow_blank, dv.showErrorMessage, dv.error, dv.prompt)
            for dv in ws.data_validations.dataValidation
        ),
        "formats conditionnels": sorted(
            (str(cf.sqref), tuple((r.type, r.operator, tuple(r.formula or ()), r.priority, r.stopIfTrue, r.text) for r in cf.rules))
            for cf in ws.conditional_formatting
        ),
        "liens hypertexte": sorted((h.ref, h.target, h.location, h.display, h.tooltip) for h in ws._hyperlinks),
        "titres d'impression": (ws.print_title_rows, ws.print_title_cols),
        "zone d'impression": ws.print_area,
        "sauts de page": (tuple(b.id for b in ws.row_breaks.brk), tuple(b.id for b in ws.col_breaks.brk)),
        "mise en page": (described(ws.page_setup), described(ws.print_options), described(ws.page_margins)),
        "visibilité": ws.sheet_state,
        "volets figés": ws.freeze_panes,
        "filtre automatique": ws.auto_filter.ref,
        "largeurs de colonnes": sorted((k, d.width, d.hidden) for k, d in ws.column_dimensions.items()),
    }


def workbook_features(wb):
    names = sorted((d.name, d.localSheetId, d.attr_text, d.hidden) for d in wb.defined_names.definedName)
    return {
        "noms définis": names,
        "protection du classeur": described(wb.security),
    }


def style(cell):
    return (cell.number_format, described(cell.font), described(cell.fill), described(cell.border), described(cell.alignment), described(cell.protection))


def compare_workbooks(original, copy, fixes):
    """Every cell, sheet and workbook feature identical, except the cells targeted by a fix."""
    a = openpyxl.load_workbook(original)
    b = openpyxl.load_workbook(copy)
    problems = []
    extra = [n for n in b.sheetnames if n not in a.sheetnames]
    if b.sheetnames[: len(a.sheetnames)] != a.sheetnames or any(not CONTROLES.match(n) for n in extra):
        problems.append(f"feuilles : {a.sheetnames} devenues {b.sheetnames}")
    for key, value in workbook_features(a).items():
        if workbook_features(b)[key] != value:
            problems.append(f"{key} différents")
    changed = {}
    cells = 0
    for ws in a.worksheets:
        if ws.title not in b.sheetnames:
            continue
        wc = b[ws.title]
        fa, fb = sheet_features(ws), sheet_features(wc)
        for key in fa:
            if fa[key] != fb[key]:
                problems.append(f"{ws.title} : {key} différents : {fa[key]!r} → {fb[key]!r}")
        coords = set(ws._cells) | set(wc._cells)
        for rc in coords:
            x, y = ws.cell(*rc), wc.cell(*rc)
            cells += 1
            if x.value != y.value:
                changed[(ws.title, y.coordinate)] = (x.value, y.value)
                if (ws.title, y.coordinate) not in fixes:
                    problems.append(f"{ws.title}!{y.coordinate} modifiée sans correction annoncée : {x.value!r} → {y.value!r}")
            if style(x) != style(y) and x.value is not None:
                # A number written into an unformatted cell borrows its column's number format.
                borrowed = x.number_format == "General" and not isinstance(y.value, str) and style(x)[1:] == style(y)[1:]
                if not borrowed:
                    problems.append(f"{ws.title}!{y.coordinate} : style modifié ({x.number_format!r} → {y.number_format!r}…)")
    print(f"openpyxl : {cells} cellules comparées, {len(changed)} modifiées, {len(problems)} écarts hors corrections")
    return changed, problems


# ---------------------------------------------------------------- VerifPacte's report

def report(path, args):
    out = subprocess.run(["node", CLI, "--format", "json", *args, path], capture_output=True, timeout=300)
    return json.loads(out.stdout)["files"][0]


def fixes_of(findings):
    """(sheet, cell) → fix, for every single fix of the findings (grouped ones unfolded)."""
    fixes = {}
    for f in findings:
        fix = f.get("fix")
        if not fix:
            continue
        for one in fix.get("fixes") or [fix]:
            fixes.setdefault((one["sheet"], one["cell"]), []).append(one)
    return fixes


def check_fixed_cells(changed, fixes, lo_copy, lo_original):
    problems = []
    checked = 0
    for (sheet, cell), (before, after) in sorted(changed.items()):
        for fix in fixes.get((sheet, cell), []):
            if "formula" in fix:
                if after != fix["formula"]:
                    problems.append(f"{sheet}!{cell} : formule {after!r} au lieu de {fix['formula']!r}")
                got = lo_copy[sheet][cell].value
                checked += 1
                if not same(got, fix["expected"]):
                    problems.append(f"{sheet}!{cell} {fix['formula']} : LibreOffice calcule {got!r}, VerifPacte annonçait {fix['expected']!r}")
            elif "value" in fix:
                checked += 1
                if not same(after, fix["value"]):
                    problems.append(f"{sheet}!{cell} : {after!r} écrit au lieu de {fix['value']!r}")
            elif "comment" in fix:
                if isinstance(after, str) and before not in (None, "") and not after.startswith(str(before)):
                    problems.append(f"{sheet}!{cell} : le texte d'origine {before!r} n'est pas gardé")
    for ws in lo_copy.worksheets:
        if CONTROLES.match(ws.title) or ws.title not in lo_original.sheetnames:
            continue
        for row in ws.iter_rows():
            for c in row:
                if c.value in ERRORS and lo_original[ws.title][c.coordinate].value != c.value:
                    problems.append(f"{ws.title}!{c.coordinate} : {c.value} apparaît après correction")
    print(f"LibreOffice : {checked} cellules corrigées comparées au résultat annoncé")
    return problems


def check_again(copy, args):
    again = [f for f in report(copy, args)["findings"] if f.get("fix") and any(
        "formula" in x or "value" in x for x in (f["fix"].get("fixes") or [f["fix"]]))]
    for f in again:
        print(f"  proposée à nouveau sur la copie : {f['sheet']}!{f['cell']} [{f['ruleId']}] {json.dumps(f['fix'], ensure_ascii=False)}")
    print(f"VerifPacte sur la copie : {len(again)} correction(s) de valeur ou de formule proposée(s) à nouveau")
    return not again


def main():
    argv = sys.argv[1:]
    extra = argv[argv.index("--") + 1:] if "--" in argv else []
    argv = argv[: argv.index("--")] if "--" in argv else argv
    with_report = "--rapport" in argv
    paths = [a for a in argv if a != "--rapport"]
    if not paths:
        print(__doc__)
        return 2
    copy = paths[0]
    original = paths[1] if len(paths) > 1 else None
    ok = True
    with tempfile.TemporaryDirectory() as work:
        lo_copy = recalculated(copy, work)
        ok &= compare_results(copy, lo_copy)
        if original:
            ok &= compare_parts(copy, original)
            fixes = fixes_of(report(original, extra)["findings"]) if with_report else None
            changed, problems = compare_workbooks(original, copy, fixes if fixes is not None else {})
            if fixes is None:
                problems = [p for p in problems if "sans correction annoncée" not in p]
            if with_report:
                problems += check_fixed_cells(changed, fixes, lo_copy, recalculated(original, work))
                ok &= check_again(copy, extra)
            for p in problems:
                print(f"  {p}")
            ok &= not problems
    print("tout concorde" if ok else "ÉCARTS TROUVÉS")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
