/**
 * Proxy objects with office-js's rules: methods and property writes only queue operations;
 * `load()` queues a read whose result is readable after `context.sync()`; reading a property that
 * was not loaded throws PropertyNotLoaded; `*OrNullObject` gives an object whose `isNullObject` is
 * known after the sync. A proxy finds its model object when its first operation executes.
 */
import type { FakeRequestContext } from "./context";
import { invalidArgument, itemNotFound, propertyNotLoaded, valueNotLoaded } from "./errors";

/** What one queued operation gives back when the sync executes it. */
export interface OpResult {
  /** Data sent back to the add-in (measured against the response limit). */
  response?: unknown;
  /** Cells read (measured against the cells limit). */
  cells?: number;
  /** Makes the result readable by the add-in, once the whole sync succeeded. */
  commit?: () => void;
}

export interface Operation {
  /** Data sent to Excel (measured against the request limit). */
  request: unknown;
  run(): OpResult | void;
}

/** `load()` argument forms: "a, b/c", ["a", "b"], { select, expand }, { a: true, b: { c: true } }. */
export type LoadOption = string | string[] | { [key: string]: unknown } | undefined;

/** Paths to load, each a list of segments; null: the object's default (scalar) properties. */
export type Paths = string[][] | null;

function splitList(text: string): string[][] {
  return text
    .split(",")
    .map((s) => s.trim())
    .filter((s) => s.length > 0)
    .map((s) => s.split("/").map((seg) => seg.trim()));
}

function flagPaths(option: { [key: string]: unknown }, prefix: string[]): string[][] {
  const out: string[][] = [];
  for (const [key, value] of Object.entries(option)) {
    if (key === "$all" && value === true) out.push([...prefix]);
    else if (value === true) out.push([...prefix, key]);
    else if (typeof value === "object" && value !== null)
      out.push(...flagPaths(value as { [key: string]: unknown }, [...prefix, key]));
  }
  return out;
}

export function loadPaths(option: LoadOption): Paths {
  if (option === undefined) return null;
  if (typeof option === "string") return splitList(option);
  if (Array.isArray(option)) return option.flatMap(splitList);
  if ("select" in option || "expand" in option) {
    return [option.select, option.expand].filter((s): s is string => typeof s === "string").flatMap(splitList);
  }
  return flagPaths(option, []);
}

export interface Loaded {
  data: unknown;
  cells: number;
  commit: () => void;
}

export type Readers<M> = Record<string, (model: M) => unknown>;

/** What a parent needs of a child proxy (navigation property, collection item). */
export interface Loadable {
  executeLoad(paths: Paths): Loaded;
}

export abstract class FakeClientObject<M> implements Loadable {
  readonly context: FakeRequestContext;
  private readonly locator: () => M | null;
  private bound: { model: M | null } | undefined;
  private nullState: boolean | undefined;
  private readonly loaded = new Map<string, unknown>();
  private readonly children = new Map<string, Loadable>();

  constructor(context: FakeRequestContext, locator: () => M | null, orNull = false) {
    this.context = context;
    this.locator = locator;
    if (orNull) {
      context.enqueue({
        request: { resolve: this.constructor.name },
        run: () => {
          const isNull = this.resolve() === null;
          return { commit: () => (this.nullState = isNull) };
        },
      });
    }
  }

  /** Scalar properties and how to read them from the model. */
  protected abstract readers(): Readers<M>;

  /** Properties loaded by a bare `load()`. */
  protected defaults(): string[] {
    return Object.keys(this.readers());
  }

  /** Navigation properties (format, font, protection…), created by the subclass. */
  protected navigation(_name: string): Loadable | undefined {
    return undefined;
  }

  /** Cells held by a loaded property (2-D arrays count their cells). */
  protected cellsOf(value: unknown): number {
    return Array.isArray(value) ? value.reduce((n: number, row) => n + (Array.isArray(row) ? row.length : 1), 0) : 0;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded("isNullObject");
    return this.nullState;
  }

  /** The model object, found when the first operation on this proxy executes. */
  resolve(): M | null {
    if (!this.bound) this.bound = { model: this.locator() };
    return this.bound.model;
  }

  target(): M {
    const model = this.resolve();
    if (model === null) throw itemNotFound(this.constructor.name);
    return model;
  }

  load(option?: LoadOption): this {
    const paths = loadPaths(option);
    this.context.enqueue({
      request: { load: this.constructor.name, paths },
      run: () => {
        const loaded = this.executeLoad(paths);
        return { response: loaded.data, cells: loaded.cells, commit: loaded.commit };
      },
    });
    return this;
  }

  /** Reads `paths` from the model now (during a sync). */
  executeLoad(paths: Paths): Loaded {
    const model = this.resolve();
    if (model === null) return { data: null, cells: 0, commit: () => undefined };
    const readers = this.readers();
    const groups = new Map<string, string[][]>();
    for (const path of paths ?? this.defaults().map((p) => [p])) {
      if (path.length === 0) continue;
      const rests = groups.get(path[0]);
      if (rests) rests.push(path.slice(1));
      else groups.set(path[0], [path.slice(1)]);
    }
    const data: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    let cells = 0;
    for (const [name, rests] of groups) {
      const reader = readers[name];
      if (reader) {
        const value = reader(model);
        data[name] = value;
        cells += this.cellsOf(value);
        commits.push(() => this.loaded.set(name, value));
        continue;
      }
      const child = this.child(name);
      const childPaths = rests.some((r) => r.length === 0) ? null : rests;
      const loaded = child.executeLoad(childPaths);
      data[name] = loaded.data;
      cells += loaded.cells;
      commits.push(loaded.commit);
    }
    return { data, cells, commit: () => commits.forEach((c) => c()) };
  }

  /** A navigation property's proxy (created once). */
  protected child<T extends Loadable>(name: string): T {
    let child = this.children.get(name);
    if (!child) {
      child = this.navigation(name);
      if (!child) throw invalidArgument(`The property '${name}' doesn't exist on ${this.constructor.name}.`);
      this.children.set(name, child);
    }
    return child as T;
  }

  /** A loaded property's value; throws PropertyNotLoaded like office-js. */
  protected prop<T>(name: string): T {
    if (!this.loaded.has(name)) throw propertyNotLoaded(name);
    return this.loaded.get(name) as T;
  }

  /** Queues a change of the model object. */
  protected queue(request: unknown, apply: (model: M) => void): void {
    this.context.enqueue({ request, run: () => apply(this.target()) });
  }
}

/** office-js's ClientResult: `value` is readable after the sync. */
export class FakeClientResult<T> {
  private state: { value: T } | undefined;

  get value(): T {
    if (!this.state) throw valueNotLoaded();
    return this.state.value;
  }

  set(value: T): void {
    this.state = { value };
  }
}

/** A collection: `items` (after load), getItem, getItemOrNullObject, getCount. */
export abstract class FakeCollection<M, I extends Loadable> extends FakeClientObject<M> {
  private loadedItems: I[] | undefined;

  /** The model items now (during a sync). */
  protected abstract modelItems(model: M): unknown[];
  protected abstract itemProxy(item: unknown): I;

  get items(): I[] {
    if (!this.loadedItems) throw propertyNotLoaded("items");
    return this.loadedItems;
  }

  protected readers(): Readers<M> {
    return {};
  }

  override executeLoad(paths: Paths): Loaded {
    const model = this.resolve();
    if (model === null) return { data: null, cells: 0, commit: () => undefined };
    const itemPaths = paths === null ? null : paths.map((p) => (p[0] === "items" ? p.slice(1) : p));
    const proxies = this.modelItems(model).map((item) => this.itemProxy(item));
    const loads = proxies.map((proxy) => proxy.executeLoad(itemPaths?.every((p) => p.length === 0) ? null : itemPaths));
    return {
      data: { items: loads.map((l) => l.data) },
      cells: loads.reduce((n, l) => n + l.cells, 0),
      commit: () => {
        loads.forEach((l) => l.commit());
        this.loadedItems = proxies;
      },
    };
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this.context.enqueue({
      request: { count: this.constructor.name },
      run: () => {
        const n = this.modelItems(this.target()).length;
        return { response: n, commit: () => result.set(n) };
      },
    });
    return result;
  }
}
