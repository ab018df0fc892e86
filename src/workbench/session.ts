/**
 * The task pane's WorkbookService over the fake, exactly as in Excel (createWorkbookService over a
 * host), observed so that the workbook view redraws after every Excel.run and shows the findings
 * of the last analysis.
 */
import type { Analysis } from "../core/engine/analyze";
import { createWorkbookService, WorkbookHost, WorkbookService } from "../excel";
import { fakeHost, FakeWorkbook } from "../fake-excel";

export interface SessionListener {
  /** After every batch run against the workbook (reads included: the selection may have moved). */
  changed(): void;
  analysed(analysis: Analysis): void;
}

export function createSession(fake: FakeWorkbook, listener: SessionListener): WorkbookService {
  const host = fakeHost(fake);
  const observed: WorkbookHost = {
    ...host,
    async run(batch) {
      try {
        return await host.run(batch);
      } finally {
        listener.changed();
      }
    },
  };
  const service = createWorkbookService(observed);
  return {
    ...service,
    async analyze(progress) {
      const analysis = await service.analyze(progress);
      listener.analysed(analysis);
      return analysis;
    },
    async analyzeWorkbook(progress) {
      const read = await service.analyzeWorkbook(progress);
      listener.analysed(read.analysis);
      return read;
    },
  };
}
