/** Progress of the analysis, announced to screen readers. */
import { Field, ProgressBar } from "@fluentui/react-components";
import type { AnalysisProgress } from "../hooks/useWorkbook";
import { TEXTES } from "../textes";

export function ProgressPanel({ progress }: { progress: AnalysisProgress }) {
  const fraction = Math.min(1, Math.max(0, progress.fraction));
  return (
    <Field label={TEXTES.progression.libelle} validationMessage={progress.step} validationState="none">
      <ProgressBar value={fraction} max={1} aria-valuetext={`${Math.round(fraction * 100)} % — ${progress.step}`} />
    </Field>
  );
}
