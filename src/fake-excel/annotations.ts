/** Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10) with their locations. */
import { cellAddress, parseCellAddress } from "../core/grid/address";
import { parseReference } from "../core/formula/refText";
import { FakeClientObject, FakeCollection, Readers } from "./client";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, accessDenied, invalidArgument, itemNotFound } from "./errors";
import { FakeSheet, FakeThread } from "./model";
import { FakeRange } from "./range";

interface CellPlace {
  sheet: FakeSheet;
  row: number;
  col: number;
}

/** "B5" on the scope sheet, or "'Feuil 1'!B5" anywhere; a single cell. */
function place(context: FakeRequestContext, scope: FakeSheet | null, address: string): CellPlace {
  const local = scope ? parseCellAddress(address) : null;
  if (scope && local) return { sheet: scope, ...local };
  const ref = parseReference(address);
  const sheet = ref?.sheet ? context.model.sheet(ref.sheet) : undefined;
  if (!ref || !sheet || ref.r1 !== ref.r2 || ref.c1 !== ref.c2) throw invalidArgument("Invalid cell address.", address);
  return { sheet, row: ref.r1, col: ref.c1 };
}

function checkEditObjects(sheet: FakeSheet, address: string): void {
  if (sheet.protection.protected && !sheet.protection.allowEditObjects) throw accessDenied(address);
}

function cellRange(context: FakeRequestContext, at: () => CellPlace): FakeRange {
  return new FakeRange(context, () => {
    const { sheet, row, col } = at();
    return { sheet, range: { r1: row, c1: col, r2: row, c2: col } };
  });
}

interface NoteModel {
  sheet: FakeSheet;
  address: string;
}

export class FakeNote extends FakeClientObject<NoteModel> {
  protected readers(): Readers<NoteModel> {
    return {
      content: (n) => n.sheet.notes.get(n.address) ?? "",
      authorName: () => "Auteur",
    };
  }

  get content(): string {
    return this.prop("content");
  }
  set content(content: string) {
    this.queue({ set: "content", content }, (n) => {
      checkEditObjects(n.sheet, n.address);
      n.sheet.notes.set(n.address, content);
    });
  }
  get authorName(): string {
    return this.prop("authorName");
  }

  delete(): void {
    this.queue({ call: "delete" }, (n) => {
      checkEditObjects(n.sheet, n.address);
      n.sheet.notes.delete(n.address);
    });
  }

  getLocation(): FakeRange {
    return cellRange(this.context, () => {
      const n = this.target();
      return { sheet: n.sheet, ...(parseCellAddress(n.address) as { row: number; col: number }) };
    });
  }
}

interface NoteScope {
  /** The sheet of a worksheet's notes; null for the workbook's notes. */
  sheet: FakeSheet | null;
}

/** The notes of a sheet or of the whole workbook. */
export class FakeNoteCollection extends FakeCollection<NoteScope, FakeNote> {
  constructor(context: FakeRequestContext, scope: () => FakeSheet | null) {
    super(context, () => ({ sheet: scope() }));
  }

  private scope(): FakeSheet | null {
    return this.target().sheet;
  }

  protected modelItems(scope: NoteScope): NoteModel[] {
    const sheets = scope.sheet ? [scope.sheet] : this.context.model.sheets;
    return sheets.flatMap((sheet) => [...sheet.notes.keys()].map((address) => ({ sheet, address })));
  }

  protected itemProxy(item: unknown): FakeNote {
    return new FakeNote(this.context, () => item as NoteModel);
  }

  add(cellAddressText: string, content: string): FakeNote {
    let created: NoteModel | undefined;
    this.context.enqueue({
      request: { call: "notes.add", cellAddressText, content },
      run: () => {
        const at = place(this.context, this.scope(), cellAddressText);
        const address = cellAddress(at.row, at.col);
        checkEditObjects(at.sheet, address);
        if (
          at.sheet.notes.has(address) ||
          this.context.model.threads.some((t) => t.sheet === at.sheet && t.row === at.row && t.col === at.col)
        ) {
          throw new FakeOfficeError("InvalidOperation", "The cell already has a note or a comment.", address);
        }
        at.sheet.notes.set(address, content);
        created = { sheet: at.sheet, address };
      },
    });
    return new FakeNote(this.context, () => created ?? null);
  }

  getItem(key: string): FakeNote {
    return new FakeNote(this.context, () => this.find(key) ?? throwNotFound(key));
  }

  getItemOrNullObject(key: string): FakeNote {
    return new FakeNote(this.context, () => this.find(key) ?? null, true);
  }

  private find(key: string): NoteModel | undefined {
    const at = place(this.context, this.scope(), key);
    const address = cellAddress(at.row, at.col);
    return at.sheet.notes.has(address) ? { sheet: at.sheet, address } : undefined;
  }
}

function throwNotFound(what: string): never {
  throw itemNotFound(what);
}

export class FakeComment extends FakeClientObject<FakeThread> {
  protected readers(): Readers<FakeThread> {
    return {
      id: (t) => t.id,
      content: (t) => t.content,
      authorName: () => "Auteur",
      resolved: () => false,
    };
  }

  get id(): string {
    return this.prop("id");
  }
  get content(): string {
    return this.prop("content");
  }
  set content(content: string) {
    this.queue({ set: "content", content }, (t) => {
      checkEditObjects(t.sheet, cellAddress(t.row, t.col));
      t.content = content;
    });
  }

  delete(): void {
    this.queue({ call: "delete" }, (t) => {
      checkEditObjects(t.sheet, cellAddress(t.row, t.col));
      const threads = this.context.model.threads;
      threads.splice(threads.indexOf(t), 1);
    });
  }

  getLocation(): FakeRange {
    return cellRange(this.context, () => this.target());
  }
}

/** Threaded comments of the workbook (ExcelApi 1.10). */
export class FakeCommentCollection extends FakeCollection<FakeThread[], FakeComment> {
  protected modelItems(threads: FakeThread[]): FakeThread[] {
    return threads;
  }

  protected itemProxy(item: unknown): FakeComment {
    return new FakeComment(this.context, () => item as FakeThread);
  }

  /** `cellAddressText` must name the sheet: "'Feuil 1'!B5". */
  add(cellAddressText: string, content: string): FakeComment {
    let created: FakeThread | undefined;
    this.context.enqueue({
      request: { call: "comments.add", cellAddressText, content },
      run: () => {
        const model = this.context.model;
        const at = place(this.context, null, cellAddressText);
        const address = cellAddress(at.row, at.col);
        checkEditObjects(at.sheet, address);
        if (at.sheet.notes.has(address) || this.threadAt(at)) {
          throw new FakeOfficeError("InvalidOperation", "The cell already has a note or a comment.", address);
        }
        created = { id: model.newId("commentaire"), ...at, content };
        model.threads.push(created);
      },
    });
    return new FakeComment(this.context, () => created ?? null);
  }

  getItemByCell(cellAddressText: string): FakeComment {
    return new FakeComment(
      this.context,
      () => this.threadAt(place(this.context, null, cellAddressText)) ?? throwNotFound(cellAddressText),
    );
  }

  getItem(id: string): FakeComment {
    return new FakeComment(this.context, () => this.context.model.threads.find((t) => t.id === id) ?? throwNotFound(id));
  }

  private threadAt(at: CellPlace): FakeThread | undefined {
    return this.context.model.threads.find((t) => t.sheet === at.sheet && t.row === at.row && t.col === at.col);
  }
}
