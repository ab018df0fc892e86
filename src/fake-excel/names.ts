/**
 * Defined names (`workbook.names`, ExcelApi 1.1–1.7) and the add-in's settings stored in the
 * document (`workbook.settings`, ExcelApi 1.4). A name follows its cells when rows are inserted or
 * deleted (structure.ts) and its sheet when renamed; a name whose cells were deleted reads
 * « =#REF! » and has no range.
 */
import { parseCellAddress, quoteSheetName, rangeAddress } from "../core/grid/address";
import { parseReference } from "../core/formula/refText";
import { FakeClientObject, FakeCollection, Readers } from "./client";
import type { FakeRequestContext } from "./context";
import { FakeOfficeError, invalidArgument, itemNotFound } from "./errors";
import { FakeName } from "./model";
import { FakeRange } from "./range";

function absolute(name: FakeName): string {
  if (!name.sheet || !name.range) return "=#REF!";
  const { r1, c1, r2, c2 } = name.range;
  const a = rangeAddress({ r1, c1, r2: r1, c2: c1 }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  const b = rangeAddress({ r1: r2, c1: c2, r2, c2 }).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  return `=${quoteSheetName(name.sheet.name)}!${a === b ? a : `${a}:${b}`}`;
}

export class FakeNamedItem extends FakeClientObject<FakeName> {
  protected readers(): Readers<FakeName> {
    return {
      name: (n) => n.name,
      type: (n) => (n.range ? "Range" : "Error"),
      value: (n) => absolute(n).slice(1),
      visible: (n) => n.visible,
      comment: (n) => n.comment,
      formula: (n) => {
        this.context.model.requireApi("1.7", "NamedItem.formula");
        return absolute(n);
      },
    };
  }

  protected override defaults(): string[] {
    return ["name", "type", "value", "visible", "comment"];
  }

  get name(): string {
    return this.prop("name");
  }
  get type(): string {
    return this.prop("type");
  }
  get value(): string {
    return this.prop("value");
  }
  get formula(): string {
    return this.prop("formula");
  }
  get visible(): boolean {
    return this.prop("visible");
  }
  set visible(visible: boolean) {
    this.queue({ set: "visible", visible }, (n) => (n.visible = visible));
  }

  /** ExcelApi 1.4: the range, or a null object when the name refers to deleted cells. */
  getRangeOrNullObject(): FakeRange {
    this.context.model.requireApi("1.4", "NamedItem.getRangeOrNullObject");
    return new FakeRange(
      this.context,
      () => {
        const n = this.resolve();
        return n?.sheet && n.range && this.context.model.sheets.includes(n.sheet) ? { sheet: n.sheet, range: n.range } : null;
      },
      true,
    );
  }

  /** ExcelApi 1.4. */
  delete(): void {
    this.context.model.requireApi("1.4", "NamedItem.delete");
    this.queue({ call: "delete" }, (n) => {
      this.context.model.removeName(n);
    });
  }
}

const NAME = /^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/;

export class FakeNamedItemCollection extends FakeCollection<FakeName[], FakeNamedItem> {
  protected modelItems(names: FakeName[]): FakeName[] {
    return names;
  }

  protected itemProxy(item: unknown): FakeNamedItem {
    return new FakeNamedItem(this.context, () => item as FakeName);
  }

  private find(name: string): FakeName | undefined {
    return this.context.model.nameNamed(name);
  }

  getItem(name: string): FakeNamedItem {
    return new FakeNamedItem(this.context, () => {
      const found = this.find(name);
      if (!found) throw itemNotFound(`Name « ${name} »`);
      return found;
    });
  }

  /** ExcelApi 1.4. */
  getItemOrNullObject(name: string): FakeNamedItem {
    this.context.model.requireApi("1.4", "NamedItemCollection.getItemOrNullObject");
    return new FakeNamedItem(this.context, () => this.find(name) ?? null, true);
  }

  /** ExcelApi 1.4: `reference` is a Range or a formula « ='Feuil 1'!$B$5 ». */
  add(name: string, reference: FakeRange | string, comment = ""): FakeNamedItem {
    this.context.model.requireApi("1.4", "NamedItemCollection.add");
    let created: FakeName | undefined;
    this.context.enqueue({
      request: { call: "names.add", name, reference: typeof reference === "string" ? reference : "range", comment },
      run: () => {
        if (!NAME.test(name) || parseCellAddress(name) !== null || /^R\d*C\d*$/i.test(name))
          throw invalidArgument("The name is invalid.", name);
        if (this.find(name)) throw new FakeOfficeError("ItemAlreadyExists", "The resource already exists.", name);
        const target = typeof reference === "string" ? this.rangeOf(reference) : reference.target();
        created = { name, sheet: target.sheet, range: { ...target.range }, visible: true, comment };
        this.context.model.addName(created);
      },
    });
    return new FakeNamedItem(this.context, () => created ?? null);
  }

  private rangeOf(formula: string) {
    const ref = parseReference(formula.replace(/^=/, ""));
    const sheet = ref?.sheet ? this.context.model.sheet(ref.sheet) : undefined;
    if (!ref || !sheet || ref.workbook !== undefined) throw invalidArgument("The reference is invalid.", formula);
    return { sheet, range: { r1: ref.r1, c1: ref.c1, r2: ref.r2, c2: ref.c2 } };
  }
}

interface SettingModel {
  key: string;
}

/** One setting; its value is kept as JSON, as Office keeps it in the document. */
export class FakeSetting extends FakeClientObject<SettingModel> {
  protected readers(): Readers<SettingModel> {
    return {
      key: (s) => s.key,
      value: (s) => {
        const json = this.context.model.settings.get(s.key);
        return json === undefined ? null : (JSON.parse(json) as unknown);
      },
    };
  }

  get key(): string {
    return this.prop("key");
  }
  get value(): unknown {
    return this.prop("value");
  }

  delete(): void {
    this.queue({ call: "delete" }, (s) => this.context.model.settings.delete(s.key));
  }
}

/** `workbook.settings` (ExcelApi 1.4): the add-in's own settings, saved with the document. */
export class FakeSettingCollection extends FakeCollection<Map<string, string>, FakeSetting> {
  constructor(context: FakeRequestContext) {
    super(context, () => context.model.settings);
  }

  protected modelItems(settings: Map<string, string>): SettingModel[] {
    return [...settings.keys()].map((key) => ({ key }));
  }

  protected itemProxy(item: unknown): FakeSetting {
    return new FakeSetting(this.context, () => item as SettingModel);
  }

  /** Sets (adds or replaces) a setting; the value must be serialisable as JSON. */
  add(key: string, value: unknown): FakeSetting {
    this.context.enqueue({
      request: { call: "settings.add", key, value },
      run: () => {
        const json = JSON.stringify(value);
        if (key === "" || json === undefined) throw invalidArgument("Invalid setting.", key);
        this.context.model.settings.set(key, json);
      },
    });
    return new FakeSetting(this.context, () => ({ key }));
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      if (!this.context.model.settings.has(key)) throw itemNotFound(`Setting « ${key} »`);
      return { key };
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(this.context, () => (this.context.model.settings.has(key) ? { key } : null), true);
  }
}
