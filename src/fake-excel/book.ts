/** `context.workbook` and `context.application` of the fake. */
import { FakeCommentCollection, FakeNoteCollection } from "./annotations";
import { FakeClientObject, Loadable, Readers } from "./client";
import type { FakeRequestContext } from "./context";
import type { FakeWorkbook } from "./workbook";
import { FakeNamedItemCollection, FakeSettingCollection } from "./names";
import { FakeWorksheetCollection } from "./worksheet";

export class FakeApplication {
  constructor(private readonly context: FakeRequestContext) {}

  /** ExcelApi 1.6: no recalculation before the end of the next sync. */
  suspendApiCalculationUntilNextSync(): void {
    this.context.model.requireApi("1.6", "Application.suspendApiCalculationUntilNextSync");
    this.context.enqueue({
      request: { call: "suspendApiCalculationUntilNextSync" },
      run: () => this.context.model.suspendCalculation(),
    });
  }
}

export class FakeWorkbookProtection extends FakeClientObject<FakeWorkbook> {
  protected readers(): Readers<FakeWorkbook> {
    return { protected: (book) => book.structureProtected };
  }

  get protected(): boolean {
    return this.prop("protected");
  }
}

export class FakeWorkbookObject extends FakeClientObject<FakeWorkbook> {
  readonly application: FakeApplication;
  readonly worksheets: FakeWorksheetCollection;
  private notesProxy: FakeNoteCollection | undefined;
  private commentsProxy: FakeCommentCollection | undefined;
  private protectionProxy: FakeWorkbookProtection | undefined;
  private namesProxy: FakeNamedItemCollection | undefined;
  private settingsProxy: FakeSettingCollection | undefined;

  constructor(context: FakeRequestContext) {
    super(context, () => context.model);
    this.application = new FakeApplication(context);
    this.worksheets = new FakeWorksheetCollection(context, () => context.model.sheets);
  }

  protected readers(): Readers<FakeWorkbook> {
    return {
      name: (book) => {
        book.requireApi("1.7", "Workbook.name");
        return book.name;
      },
    };
  }

  protected override navigation(name: string): Loadable | undefined {
    return name === "protection" ? this.protection : undefined;
  }

  get name(): string {
    return this.prop("name");
  }

  /** ExcelApi 1.7. */
  get protection(): FakeWorkbookProtection {
    this.context.model.requireApi("1.7", "Workbook.protection");
    this.protectionProxy ??= new FakeWorkbookProtection(this.context, () => this.context.model);
    return this.protectionProxy;
  }

  /** Defined names of the workbook. */
  get names(): FakeNamedItemCollection {
    this.namesProxy ??= new FakeNamedItemCollection(this.context, () => this.context.model.names);
    return this.namesProxy;
  }

  /** ExcelApi 1.4: the add-in's settings saved in the document. */
  get settings(): FakeSettingCollection {
    this.context.model.requireApi("1.4", "Workbook.settings");
    this.settingsProxy ??= new FakeSettingCollection(this.context);
    return this.settingsProxy;
  }

  /** ExcelApi 1.18. */
  get notes(): FakeNoteCollection {
    this.context.model.requireApi("1.18", "Workbook.notes");
    this.notesProxy ??= new FakeNoteCollection(this.context, () => null);
    return this.notesProxy;
  }

  /** ExcelApi 1.10. */
  get comments(): FakeCommentCollection {
    this.context.model.requireApi("1.10", "Workbook.comments");
    this.commentsProxy ??= new FakeCommentCollection(this.context, () => this.context.model.threads);
    return this.commentsProxy;
  }
}
