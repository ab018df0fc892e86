/** « Synthèse de plusieurs classeurs… »: a file picker that takes several .xlsx at once (the keyboard's way to what a drop of several files does). */
import { Button } from "@fluentui/react-components";
import { DataBarHorizontalRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { TEXTES_SYNTHESE } from "./textes";

export function SyntheseButton({ disabled, onFiles }: { disabled: boolean; onFiles(files: File[]): void }) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <>
      <input
        ref={picker}
        type="file"
        hidden
        multiple
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="synthese-fichiers"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
      {/* No Fluent Tooltip: its portal takes the page's provider class and would cover the page. */}
      <Button icon={<DataBarHorizontalRegular />} disabled={disabled} title={TEXTES_SYNTHESE.boutonAide} onClick={() => picker.current?.click()}>
        {TEXTES_SYNTHESE.bouton}
      </Button>
    </>
  );
}
