/** The help built with the pane (scripts/help.cjs). */
export interface HelpFile {
  /** « aide/regles/sous-total.html ». */
  file: string;
  content: string;
}

export interface BuiltHelp {
  files: HelpFile[];
  /** French descriptions of the links that lead to no page of the help. */
  broken: string[];
  /** The Markdown sources read. */
  sources: string[];
}

export declare function buildHelp(root?: string): BuiltHelp;
export declare function helpSources(root?: string): { source: string; target: string }[];
export declare class HelpPlugin {
  apply(compiler: unknown): void;
}
