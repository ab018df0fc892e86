/**
 * The two charts of the synthesis, drawn as inline SVG (no chart library): the consumption rate
 * of each département with the under-consumption threshold, and the State / CD / other funders
 * of each département's forecast, stacked. Each is an image with a title and a text description
 * that gives every figure (role="img", aria-labelledby), and every bar has its own title.
 */
import { useId } from "react";
import { formatEuros, formatPercentFr } from "../../core/parse/format";
import { LigneDepartement, SEUIL_SOUS_CONSOMMATION, Synthese } from "../../core/synthese";
import { TEXTES_SYNTHESE } from "./textes";

const T = TEXTES_SYNTHESE;
const WIDTH = 640;
const LABEL = 170;
const VALUE = 120;
const BAR = 18;
const ROW = 30;
const TOP = 26;
const PLOT = WIDTH - LABEL - VALUE;

/** Colours with a contrast of at least 3:1 on white (WCAG 1.4.11). */
export const COLOURS = {
  ok: "#0f6cbd",
  low: "#a4262c",
  etat: "#0f6cbd",
  cd: "#107c10",
  autres: "#616161",
  axis: "#8a8886",
  text: "#242424",
};

const percent = (ratio: number) => formatPercentFr(Math.floor(ratio * 1000) / 10, 1);
const nameOf = (l: LigneDepartement) => (l.code ? `${l.nom} (${l.code})` : l.nom);

function Frame({
  id,
  title,
  description,
  height,
  children,
}: {
  id: string;
  title: string;
  description: string;
  height: number;
  children: React.ReactNode;
}) {
  return (
    <svg
      className="vp-syn-chart"
      role="img"
      aria-labelledby={`${id}-titre ${id}-desc`}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width="100%"
      preserveAspectRatio="xMinYMin meet"
      data-chart={id}
    >
      <title id={`${id}-titre`}>{title}</title>
      <desc id={`${id}-desc`}>{description}</desc>
      {children}
    </svg>
  );
}

export function ConsumptionChart({ synthese }: { synthese: Synthese }) {
  const id = `conso-${useId().replace(/:/g, "")}`;
  const rows = synthese.lignes.filter((l) => l.tauxConsommation !== null);
  const year = synthese.annee - 1;
  if (rows.length === 0) return <p>{T.consommation.aucun}</p>;
  const max = Math.max(1, ...rows.map((l) => l.tauxConsommation as number));
  const x = (ratio: number) => LABEL + (PLOT * ratio) / max;
  const height = TOP + rows.length * ROW + 8;
  const values = rows.map((l) => `${nameOf(l)} : ${percent(l.tauxConsommation as number)}`).join(" ; ");
  const threshold = percent(SEUIL_SOUS_CONSOMMATION);
  return (
    <Frame
      id={id}
      title={T.consommation.titre(year)}
      description={T.consommation.description(year, threshold, `${values}.`)}
      height={height}
    >
      <text x={x(SEUIL_SOUS_CONSOMMATION)} y={14} textAnchor="middle" fontSize={12} fill={COLOURS.text}>
        {T.consommation.seuil(threshold)}
      </text>
      <line
        x1={x(SEUIL_SOUS_CONSOMMATION)}
        x2={x(SEUIL_SOUS_CONSOMMATION)}
        y1={18}
        y2={height - 4}
        stroke={COLOURS.text}
        strokeDasharray="4 3"
      />
      <line x1={LABEL} x2={LABEL} y1={TOP - 4} y2={height - 4} stroke={COLOURS.axis} />
      {rows.map((l, i) => {
        const ratio = l.tauxConsommation as number;
        const low = ratio < SEUIL_SOUS_CONSOMMATION;
        const y = TOP + i * ROW;
        return (
          <g key={l.key} data-departement={l.code ?? l.nom}>
            <text x={LABEL - 8} y={y + BAR - 4} textAnchor="end" fontSize={13} fill={COLOURS.text}>
              {nameOf(l)}
            </text>
            <rect x={LABEL} y={y} width={Math.max(1, x(ratio) - LABEL)} height={BAR} fill={low ? COLOURS.low : COLOURS.ok}>
              <title>{`${nameOf(l)} : ${percent(ratio)}${low ? ` (${T.sousSeuil})` : ""}`}</title>
            </rect>
            <text
              x={x(ratio) + 6}
              y={y + BAR - 4}
              fontSize={13}
              fill={COLOURS.text}
              stroke="#ffffff"
              strokeWidth={3}
              paintOrder="stroke"
            >
              {`${percent(ratio)}${low ? ` – ${T.sousSeuil}` : ""}`}
            </text>
          </g>
        );
      })}
    </Frame>
  );
}

const PARTS = [
  { key: "etat", label: T.financement.etat, colour: COLOURS.etat },
  { key: "cd", label: T.financement.cd, colour: COLOURS.cd },
  { key: "autres", label: T.financement.autres, colour: COLOURS.autres },
] as const;

export function FundingChart({ synthese }: { synthese: Synthese }) {
  const id = `financement-${useId().replace(/:/g, "")}`;
  const rows = synthese.lignes.filter((l) => l.prevision);
  if (rows.length === 0) return <p>{T.financement.aucun}</p>;
  const amounts = (l: LigneDepartement) => {
    const m = l.prevision?.montants;
    return { etat: (m?.etat ?? 0) + (m?.etatReporte ?? 0), cd: (m?.cd ?? 0) + (m?.cdReporte ?? 0), autres: m?.autres ?? 0 };
  };
  const max = Math.max(1, ...rows.map((l) => amounts(l).etat + amounts(l).cd + amounts(l).autres));
  const w = (cents: number) => (PLOT * cents) / max;
  const legendY = TOP + rows.length * ROW + 8;
  const height = legendY + 24;
  const values = rows
    .map((l) => {
      const a = amounts(l);
      return `${nameOf(l)} : État ${formatEuros(a.etat)}, CD ${formatEuros(a.cd)}, autres ${formatEuros(a.autres)}`;
    })
    .join(" ; ");
  return (
    <Frame
      id={id}
      title={T.financement.titre(synthese.annee)}
      description={T.financement.description(synthese.annee, `${values}.`)}
      height={height}
    >
      {rows.map((l, i) => {
        const a = amounts(l);
        const y = TOP + i * ROW;
        let at = LABEL;
        return (
          <g key={l.key} data-departement={l.code ?? l.nom}>
            <text x={LABEL - 8} y={y + BAR - 4} textAnchor="end" fontSize={13} fill={COLOURS.text}>
              {nameOf(l)}
            </text>
            {PARTS.map((p) => {
              const width = w(a[p.key]);
              const rect = (
                <rect
                  key={p.key}
                  x={at}
                  y={y}
                  width={width}
                  height={BAR}
                  fill={p.colour}
                  stroke="#ffffff"
                  strokeWidth={1}
                  data-part={p.key}
                >
                  <title>{`${nameOf(l)} – ${p.label} : ${formatEuros(a[p.key])}`}</title>
                </rect>
              );
              at += width;
              return rect;
            })}
            <text x={at + 6} y={y + BAR - 4} fontSize={12} fill={COLOURS.text}>
              {formatEuros(a.etat + a.cd + a.autres)}
            </text>
          </g>
        );
      })}
      <g aria-label={T.financement.legende}>
        {PARTS.map((p, i) => (
          <g key={p.key} transform={`translate(${LABEL + i * 150}, ${legendY})`}>
            <rect width={14} height={14} fill={p.colour} />
            <text x={20} y={12} fontSize={12} fill={COLOURS.text}>
              {p.label}
            </text>
          </g>
        ))}
      </g>
    </Frame>
  );
}
