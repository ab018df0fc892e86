/** Worksheet, its protection, the worksheet collection and its onChanged event (ExcelApi 1.7). */
import { parseRangeAddress } from "../core/grid/address";
import { FakeClientObject, FakeCollection, Loadable, Readers } from "./client";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeSheet } from "./model";
import { FakeNoteCollection } from "./annotations";
import { FakeRange, WHOLE_SHEET } from "./range";
import { deleteSheet, renameSheet } from "./structure";
import type { ChangedHandler } from "./workbook";

export class FakeWorksheet extends FakeClientObject<FakeSheet> {
  private protectionProxy: FakeWorksheetProtection | undefined;
  private notesProxy: FakeNoteCollection | undefined;

  protected readers(): Readers<FakeSheet> {
    return {
      name: (s) => s.name,
      id: (s) => s.id,
      visibility: (s) => s.visibility,
      position: (s) => this.context.model.sheets.indexOf(s),
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  get name(): string {
    return this.prop("name");
  }
  /** Renames the sheet (formulas naming it follow); refused when the workbook structure is protected. */
  set name(name: string) {
    this.queue({ set: "name", name }, (sheet) => renameSheet(this.context.model, sheet, name));
  }
  get id(): string {
    return this.prop("id");
  }
  get position(): number {
    return this.prop("position");
  }
  get visibility(): string {
    return this.prop("visibility");
  }
  set visibility(visibility: string) {
    this.queue({ set: "visibility", visibility }, (sheet) => {
      if (!["Visible", "Hidden", "VeryHidden"].includes(visibility)) throw invalidArgument("Invalid visibility.", sheet.name);
      if (this.context.model.structureProtected) throw protectedStructure();
      sheet.visibility = visibility as FakeSheet["visibility"];
    });
  }

  get protection(): FakeWorksheetProtection {
    this.protectionProxy ??= new FakeWorksheetProtection(this.context, () => this.resolve());
    return this.protectionProxy;
  }

  /** ExcelApi 1.18. */
  get notes(): FakeNoteCollection {
    this.context.model.requireApi("1.18", "Worksheet.notes");
    this.notesProxy ??= new FakeNoteCollection(this.context, () => this.target());
    return this.notesProxy;
  }

  /** A1 address on this sheet ("B5", "A1:P40"); no address: the whole sheet. */
  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      const range = address === undefined ? WHOLE_SHEET : parseRangeAddress(address);
      if (!range) throw invalidArgument("The argument is invalid or missing or has an incorrect format.", address);
      return { sheet, range };
    });
  }

  /** Excel gives A1 for an empty sheet. */
  getUsedRange(valuesOnly = false): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this.target();
      return { sheet, range: sheet.usedRange(valuesOnly) ?? { r1: 0, c1: 0, r2: 0, c2: 0 } };
    });
  }

  /** ExcelApi 1.4: a null object for an empty sheet. */
  getUsedRangeOrNullObject(valuesOnly = false): FakeRange {
    this.context.model.requireApi("1.4", "Worksheet.getUsedRangeOrNullObject");
    return new FakeRange(
      this.context,
      () => {
        const sheet = this.target();
        const range = sheet.usedRange(valuesOnly);
        return range ? { sheet, range } : null;
      },
      true,
    );
  }

  /** Deletes the sheet; refused when the workbook structure is protected. */
  delete(): void {
    this.queue({ call: "delete" }, (sheet) => deleteSheet(this.context.model, sheet));
  }

  activate(): void {
    this.queue({ call: "activate" }, (sheet) => {
      if (sheet.visibility !== "Visible") throw new FakeOfficeError("InvalidOperation", "A hidden sheet cannot be activated.");
      this.context.model.activeSheet = sheet.name;
    });
  }
}

function protectedStructure(): FakeOfficeError {
  return new FakeOfficeError("AccessDenied", "The workbook structure is protected.");
}

export class FakeWorksheetProtection extends FakeClientObject<FakeSheet> {
  protected readers(): Readers<FakeSheet> {
    return {
      protected: (s) => s.protection.protected,
      options: (s) => ({ allowEditObjects: s.protection.allowEditObjects }),
    };
  }

  get protected(): boolean {
    return this.prop("protected");
  }
  get options(): { allowEditObjects: boolean } {
    return this.prop("options");
  }
}

export class FakeWorksheetCollection extends FakeCollection<FakeSheet[], FakeWorksheet> {
  private changedEvent: FakeEventHandlers | undefined;

  protected modelItems(sheets: FakeSheet[]): FakeSheet[] {
    return sheets;
  }

  protected itemProxy(item: unknown): FakeWorksheet {
    return new FakeWorksheet(this.context, () => item as FakeSheet);
  }

  /** By name or by id, as office-js. */
  getItem(key: string): FakeWorksheet {
    return new FakeWorksheet(this.context, () => {
      const sheet = this.find(key);
      if (!sheet) throw itemNotFound(`Worksheet « ${key} »`);
      return sheet;
    });
  }

  /** ExcelApi 1.4; by name or by id. */
  getItemOrNullObject(key: string): FakeWorksheet {
    this.context.model.requireApi("1.4", "WorksheetCollection.getItemOrNullObject");
    return new FakeWorksheet(this.context, () => this.find(key) ?? null, true);
  }

  private find(key: string): FakeSheet | undefined {
    return this.context.model.sheets.find((s) => s.id === key) ?? this.context.model.sheet(key);
  }

  /** Adds a sheet at the end (refused when the workbook structure is protected). */
  add(name?: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.context.enqueue({
      request: { call: "add", name },
      run: () => {
        const model = this.context.model;
        if (model.structureProtected) throw protectedStructure();
        created = model.addSheet(name ?? `Feuil${model.sheets.length + 1}`);
      },
    });
    return new FakeWorksheet(this.context, () => created ?? null);
  }

  /** ExcelApi 1.7. */
  get onChanged(): FakeEventHandlers {
    this.context.model.requireApi("1.7", "WorksheetCollection.onChanged");
    this.changedEvent ??= new FakeEventHandlers(this.context);
    return this.changedEvent;
  }
}

/** office-js EventHandlers: `add` registers after the sync; the result's `remove` unregisters. */
export class FakeEventHandlers {
  constructor(private readonly context: FakeRequestContext) {}

  add(handler: ChangedHandler): FakeEventHandlerResult {
    this.context.enqueue({ request: { call: "onChanged.add" }, run: () => this.context.model.onChanged(handler) });
    return new FakeEventHandlerResult(this.context, handler);
  }
}

export class FakeEventHandlerResult {
  constructor(
    readonly context: FakeRequestContext,
    private readonly handler: ChangedHandler,
  ) {}

  remove(): void {
    this.context.enqueue({ request: { call: "onChanged.remove" }, run: () => this.context.model.offChanged(this.handler) });
  }
}
