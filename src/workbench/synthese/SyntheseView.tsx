/**
 * The « Synthèse » view of the workbench: the same table as the « Synthèse » sheet of the
 * exported workbook (columns of src/core/synthese/colonnes.ts), two charts, the regional checks,
 * and the export; a progress bar while the workbooks are read.
 */
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { ArrowDownloadRegular, DismissRegular } from "@fluentui/react-icons";
import { useState } from "react";
import { parseAmount } from "../../core/parse/amount";
import { formatEuros, formatPercentFr } from "../../core/parse/format";
import {
  Colonne,
  COLONNES,
  groupeTitre,
  LigneDepartement,
  SEUIL_PART_CD,
  SEUIL_SOUS_CONSOMMATION,
  Synthese,
  totalDe,
} from "../../core/synthese";
import { ConsumptionChart, FundingChart } from "./charts";
import { TEXTES_SYNTHESE } from "./textes";
import type { SyntheseBench } from "./useSynthese";

const T = TEXTES_SYNTHESE;

const useStyles = makeStyles({
  // Children keep their height (flexShrink 0): the view scrolls instead of squeezing the table.
  view: {
    display: "flex",
    flexDirection: "column",
    gap: "12px",
    padding: "8px 16px 16px",
    overflow: "auto",
    flex: 1,
    minHeight: 0,
    "& > *": { flexShrink: 0 },
  },
  header: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: "8px 16px" },
  title: { margin: 0, fontSize: "18px", fontWeight: 600, color: tokens.colorBrandForeground1 },
  summary: { margin: 0, fontSize: "13px", color: tokens.colorNeutralForeground2 },
  actions: { display: "flex", flexWrap: "wrap", gap: "8px", alignItems: "flex-end" },
  section: { background: tokens.colorNeutralBackground1, border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "8px 12px" },
  sectionTitle: { margin: "0 0 8px", fontSize: "15px", fontWeight: 600 },
  charts: { display: "flex", flexWrap: "wrap", gap: "16px", "& > figure": { flex: "1 1 420px", margin: 0, minWidth: 0 } },
  scroller: { overflowX: "auto", "&:focus-visible": { outline: `2px solid ${tokens.colorStrokeFocus2}` } },
  table: {
    borderCollapse: "collapse",
    fontSize: "12px",
    "& th, & td": { border: `1px solid ${tokens.colorNeutralStroke2}`, padding: "3px 6px", whiteSpace: "nowrap" },
    "& thead th": { background: "#ddebf7", fontWeight: 600 },
    "& thead tr:first-child th": { background: "#1f4e79", color: "#ffffff" },
    "& tfoot td": { fontWeight: 600, background: "#ddebf7" },
  },
  number: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
  bad: { background: "#ffc7ce", color: "#9c0006" },
  low: { background: "#ffeb9c", color: "#6b3a00" },
  absent: { color: "#616161", fontStyle: "italic" },
  badge: { fontSize: "11px" },
  anomalies: { margin: 0, paddingLeft: "18px", fontSize: "13px", "& li": { marginBottom: "4px" } },
  envelope: { maxWidth: "320px" },
});

type Styles = ReturnType<typeof useStyles>;

function display(c: Colonne, value: string | number | null): string {
  if (value === null) return "";
  if (typeof value === "string") return value;
  if (c.kind === "montant") return formatEuros(value);
  if (c.kind === "taux") return formatPercentFr(Math.floor(value * 1000) / 10, 1);
  return String(value);
}

/** Colour class and badge of a rate under its threshold (the colour is never the only sign). */
function alert(c: Colonne, value: string | number | null, styles: Styles): { className?: string; badge?: string } {
  if (typeof value !== "number") return {};
  if (c.id === "partCd" && value < SEUIL_PART_CD) return { className: styles.bad, badge: T.sousSeuil };
  if (c.id === "tauxConsommation" && value < SEUIL_SOUS_CONSOMMATION) return { className: styles.low, badge: T.sousSeuil };
  return {};
}

function Cell({ c, value, styles }: { c: Colonne; value: string | number | null; styles: Styles }) {
  const { className, badge } = alert(c, value, styles);
  const classes = [c.kind === "texte" ? "" : styles.number, className ?? "", value === T.aVerifier ? styles.bad : ""]
    .filter(Boolean)
    .join(" ");
  return (
    <td className={classes || undefined} data-colonne={c.id}>
      {display(c, value)}
      {badge && <span className={styles.badge}>{` (${badge})`}</span>}
    </td>
  );
}

function groups(annee: number): { titre: string; span: number }[] {
  const out: { titre: string; span: number }[] = [];
  for (const c of COLONNES) {
    const titre = groupeTitre(c.groupe, annee);
    const last = out[out.length - 1];
    if (last && last.titre === titre) last.span++;
    else out.push({ titre, span: 1 });
  }
  return out;
}

function SyntheseTable({ synthese, styles }: { synthese: Synthese; styles: Styles }) {
  const row = (l: LigneDepartement) => (
    <tr key={l.key} className={l.statut === "absent" ? styles.absent : undefined} data-departement={l.code ?? l.nom}>
      {COLONNES.map((c) => (
        <Cell key={c.id} c={c} value={c.valeur(l)} styles={styles} />
      ))}
    </tr>
  );
  return (
    <div className={styles.scroller} tabIndex={0} role="region" aria-label={T.tableauDefilement}>
      <table className={styles.table}>
        <caption className={styles.summary} style={{ textAlign: "left", captionSide: "top" }}>
          {T.tableau(synthese.annee)}
        </caption>
        <thead>
          <tr>
            {groups(synthese.annee).map((g) => (
              <th key={g.titre} colSpan={g.span} scope="colgroup">
                {g.titre}
              </th>
            ))}
          </tr>
          <tr>
            {COLONNES.map((c) => (
              <th key={c.id} scope="col">
                {c.titre}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{synthese.lignes.map(row)}</tbody>
        <tfoot>
          <tr>
            {COLONNES.map((c) => (
              <Cell key={c.id} c={c} value={totalDe(c, synthese.lignes)} styles={styles} />
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

function Envelope({ bench, styles }: { bench: SyntheseBench; styles: Styles }) {
  const [text, setText] = useState("");
  const [error, setError] = useState<string | null>(null);
  const apply = () => {
    if (text.trim() === "") {
      setError(null);
      bench.setEnveloppe(null);
      return;
    }
    const parsed = parseAmount(text);
    if (parsed.kind !== "amount" || parsed.cents <= 0) {
      setError(T.enveloppeIllisible(text));
      return;
    }
    setError(null);
    bench.setEnveloppe(parsed.cents);
  };
  return (
    <Field
      className={styles.envelope}
      label={T.enveloppe}
      hint={T.enveloppeAide}
      validationMessage={error ?? undefined}
      validationState={error ? "error" : "none"}
    >
      <Input
        value={text}
        inputMode="decimal"
        onChange={(_, d) => setText(d.value)}
        onBlur={apply}
        onKeyDown={(e) => e.key === "Enter" && apply()}
      />
    </Field>
  );
}

function Anomalies({ synthese, styles }: { synthese: Synthese; styles: Styles }) {
  return (
    <section className={styles.section} aria-labelledby="vp-syn-anomalies">
      <h3 id="vp-syn-anomalies" className={styles.sectionTitle}>
        {T.anomalies}
      </h3>
      {synthese.anomalies.length === 0 ? (
        <p className={styles.summary}>{T.aucuneAnomalie}</p>
      ) : (
        <ul className={styles.anomalies}>
          {synthese.anomalies.map((a, i) => (
            <li key={i}>
              <strong>{T.gravite[a.severity]}</strong> — {a.message}
            </li>
          ))}
        </ul>
      )}
      <p className={styles.summary}>{T.constats(synthese.constats.length)}</p>
    </section>
  );
}

function Progress({ bench }: { bench: SyntheseBench }) {
  const p = bench.progress;
  const done = p ? (p.phase === "lecture" ? p.fait : p.total + p.fait) : 0;
  const label = p ? T.progression(p.phase, p.fait, p.total, p.fichier) : T.preparation(bench.total);
  return (
    <Field label={label} validationState="none">
      <ProgressBar value={bench.total > 0 ? done / (2 * bench.total) : undefined} max={1} thickness="large" aria-label={label} />
    </Field>
  );
}

export function SyntheseView({ bench }: { bench: SyntheseBench }) {
  const styles = useStyles();
  const s = bench.synthese;
  return (
    <section className={styles.view} aria-label={T.region}>
      <div className={styles.header}>
        <div>
          <h2 className={styles.title}>{s ? T.titre(s.annee) : T.region}</h2>
          {s && <p className={styles.summary}>{T.resume(s.lignes.length, s.classeurs.length)}</p>}
        </div>
        <div className={styles.actions}>
          {s && <Envelope bench={bench} styles={styles} />}
          <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={!s} onClick={bench.download}>
            {T.telecharger}
          </Button>
          <Button icon={<DismissRegular />} disabled={bench.status === "en-cours"} onClick={bench.close}>
            {T.fermer}
          </Button>
        </div>
      </div>
      <div role="status" aria-live="polite">
        {bench.status === "en-cours" && <Progress bench={bench} />}
        {bench.downloaded && <p className={styles.summary}>{T.telecharge(bench.downloaded)}</p>}
      </div>
      {bench.error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{T.erreurs.titre}</MessageBarTitle>
            {bench.error}
          </MessageBarBody>
        </MessageBar>
      )}
      {s && (
        <>
          <SyntheseTable synthese={s} styles={styles} />
          <section className={styles.section} aria-label={T.graphiques}>
            <div className={styles.charts}>
              <figure>
                <figcaption className={styles.sectionTitle}>{T.consommation.titre(s.annee - 1)}</figcaption>
                <ConsumptionChart synthese={s} />
              </figure>
              <figure>
                <figcaption className={styles.sectionTitle}>{T.financement.titre(s.annee)}</figcaption>
                <FundingChart synthese={s} />
              </figure>
            </div>
          </section>
          <Anomalies synthese={s} styles={styles} />
        </>
      )}
    </section>
  );
}
