/** The fake RequestContext: queues operations; `sync()` executes them in one round trip. */
import type { Operation } from "./client";
import { FakeWorkbookObject } from "./book";
import type { FakeWorkbook } from "./workbook";

export class FakeRequestContext {
  readonly workbook: FakeWorkbookObject;
  readonly model: FakeWorkbook;
  private queue: Operation[] = [];

  constructor(model: FakeWorkbook) {
    this.model = model;
    this.workbook = new FakeWorkbookObject(this);
  }

  enqueue(operation: Operation): void {
    this.queue.push(operation);
  }

  hasPending(): boolean {
    return this.queue.length > 0;
  }

  /** Executes the queued operations; rejects like Excel when one fails or a limit is exceeded. */
  async sync(): Promise<void> {
    const operations = this.queue;
    this.queue = [];
    await Promise.resolve();
    this.model.execute(operations);
  }
}
