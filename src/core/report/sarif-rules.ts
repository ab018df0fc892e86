/** SARIF reporting descriptors of the rules: descriptions and help in French, default level. */
import { Rule, SEVERITY_LABEL, Severity } from "../rules/types";

export type SarifLevel = "error" | "warning" | "note";

export const LEVEL: Record<Severity, SarifLevel> = { error: "error", warning: "warning", info: "note" };

export interface SarifMessageString {
  text: string;
  markdown?: string;
}

export interface SarifRule {
  id: string;
  name: string;
  shortDescription: SarifMessageString;
  fullDescription: SarifMessageString;
  help: SarifMessageString;
  helpUri?: string;
  defaultConfiguration: { level: SarifLevel };
  properties: { number: number; scope: string; fixable: boolean; documentation: string; tags: string[] };
}

const SCOPE_LABEL: Record<Rule["meta"]["scope"], string> = {
  financier: "tableaux financiers",
  indicateurs: "matrices d'indicateurs",
};

/** « formule-ligne » → « FormuleLigne » (SARIF: a name is an identifier, the id stays stable). */
function pascalCase(id: string): string {
  return id
    .split("-")
    .map((part) => part.charAt(0).toUpperCase() + part.slice(1))
    .join("");
}

/** Path of a rule's page in the VerifPacte repository. */
export function rulePage(rule: Rule): string {
  return `docs/regles/${rule.meta.id}.md`;
}

function help(rule: Rule, helpUri: string | undefined): SarifMessageString {
  const { meta } = rule;
  const facts = [
    `Gravité par défaut : ${SEVERITY_LABEL[meta.severity]}`,
    `correction proposée : ${meta.fixable ? "oui, quand elle est sûre" : "non"}`,
    `s'applique aux ${SCOPE_LABEL[meta.scope]}`,
  ];
  const page = rulePage(rule);
  const where = helpUri ? `Documentation : ${helpUri}` : `Documentation : ${page} (dépôt VerifPacte)`;
  const link = helpUri ? `[${page}](${helpUri})` : `\`${page}\` (dépôt VerifPacte)`;
  return {
    text: `Règle n° ${meta.number} — ${meta.title}. ${meta.description} ${facts.join(" ; ")}. ${where}.`,
    markdown:
      `**Règle n° ${meta.number} — ${meta.title}**\n\n${meta.description}\n\n` +
      facts.map((f) => `- ${f.charAt(0).toUpperCase()}${f.slice(1)}`).join("\n") +
      `\n\nDocumentation : ${link}.`,
  };
}

/** `projectUri`: absolute URI of the VerifPacte folder or site (ending « / »), or null. */
export function sarifRule(rule: Rule, projectUri: string | null): SarifRule {
  const helpUri = projectUri === null ? undefined : `${projectUri}${rulePage(rule)}`;
  return {
    id: rule.meta.id,
    name: pascalCase(rule.meta.id),
    shortDescription: { text: rule.meta.title },
    fullDescription: { text: rule.meta.description },
    help: help(rule, helpUri),
    ...(helpUri ? { helpUri } : {}),
    defaultConfiguration: { level: LEVEL[rule.meta.severity] },
    properties: {
      number: rule.meta.number,
      scope: rule.meta.scope,
      fixable: rule.meta.fixable,
      documentation: rulePage(rule),
      tags: [rule.meta.scope],
    },
  };
}
