/**
 * A WorkbookHost over the fake: the one place where the fake's structural subset of the Excel
 * JavaScript API is handed to the adapter as Excel.RequestContext.
 */
import type { PayloadLimits, WorkbookHost } from "../excel/host";
import { FakeWorkbook } from "./workbook";

export function fakeHost(fake: FakeWorkbook, options: { today?: () => Date; limits?: PayloadLimits } = {}): WorkbookHost {
  return {
    run: (batch) => fake.run((context) => batch(context as unknown as Excel.RequestContext)),
    isSetSupported: (set, version) => fake.isSetSupported(set, version),
    today: options.today,
    limits: options.limits ?? fake.limits,
  };
}
