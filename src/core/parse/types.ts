/** Results of reading French amounts and indicator values (SPEC §2). */

/** An amount cell read into integer cents. */
export type AmountParse =
  | { kind: "empty" } // empty cell, blank text
  | {
      kind: "amount";
      cents: number;
      /** "number": a numeric cell; "text": an amount typed as text (rule 8). */
      source: "number" | "text";
      /** The numeric value had more than 2 decimals (rounded to cents here; rule 9). */
      extraDecimals: boolean;
      /** Text kept beside the amount: « (report) », « (postes existants) ». */
      note: string | null;
    }
  | { kind: "invalid"; reason: string } // unreadable: « 312.222.40 € », « 73 00€ », two amounts…
  | { kind: "error"; code: string } // an Excel error value (#REF!, #DIV/0!, #VALEUR!…)
  | { kind: "other"; text: string }; // text that is not an amount at all (a label, « Sans objet »)

/** An indicator cell read into a typed value. */
export type IndicatorParse =
  | { kind: "empty" }
  | {
      kind: "number";
      value: number;
      source: "number" | "text";
      /** Written as a percentage (« 45 % », or a cell with a % format: value is then 45, not 0.45). */
      percent: boolean;
      /** Unit written after the number: « jours », « mois », « par portefeuille ». */
      unit: string | null;
      /** Date or period written with it: « au 31/10/2022 ». */
      date: string | null;
      /**
       * Added: a note written after the number, with its own figures (« 148 (sur 6 mois) »,
       * « 41 (sur l'année 2022) »): one number and its qualification, not two numbers.
       */
      note?: string;
    }
  | { kind: "marker"; marker: string } // nc, NR, ND, Sans objet, Non contractualisé, (action non démarrée)…
  | { kind: "multiple"; numbers: number[]; reason: string } // « 1234 5 678 », value and target in one cell
  /** A partial value and a projection for the year (« 2 310 (de janvier à septembre 2023) – projection sur l'année : 3 080 »). */
  | { kind: "projection"; value: number; projected: number; reason: string }
  | { kind: "dont"; total: number; part: number } // « 120 dont 45 finalisés »
  | { kind: "text"; text: string } // any other text
  | { kind: "error"; code: string };
