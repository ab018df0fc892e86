/** What a browser downloads for each page of the build, gzip -9 (scripts/page-weight.cjs). */
import type { ChunkGroup, Compilation } from "webpack";

/** When each part is loaded, by its chunk name. */
export declare const MOMENTS: Record<string, string>;

export interface Files {
  files: string[];
  /** Bytes, gzip -9. */
  gzip: number;
}

export interface Part extends Files {
  /** The chunk's name (webpackChunkName). */
  name: string;
  /** « au téléchargement de la copie corrigée » */
  moment: string;
}

export interface PageWeight {
  page: string;
  /** The HTML page and the scripts it loads. */
  first: Files;
  /** What each part loaded on demand adds to the first load (a file two parts share is in both). */
  parts: Part[];
  /** Every file once. */
  total: Files;
}

/** Every chunk group a page can load on demand, through its own dynamic imports and theirs. */
export declare function onDemandGroups(entrypoint: ChunkGroup): ChunkGroup[];
export declare function pageWeights(compilation: Compilation, outputPath: string): PageWeight[];
export declare function weightLines(pages: PageWeight[]): string[];
/** « 258,8 Kio » */
export declare function kib(bytes: number): string;
