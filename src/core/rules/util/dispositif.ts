/** The dispositif a table is about, as the rules should read it. */
import { dispositifOfYear } from "../../referentiel/dispositifs";
import { Dispositif } from "../../referentiel/types";
import { Table } from "../../tables/model";
import { RuleContext } from "../types";

/** Detected, else the user's setting, else the one of the table's year; null when nothing tells. */
export function tableDispositif(ctx: RuleContext, table: Table): Dispositif | null {
  return table.dispositif ?? ctx.settings.dispositif ?? (table.year === null ? null : dispositifOfYear(table.year));
}
