/**
 * The workbench page: commands on top, the workbook view on the left, the real task pane on the
 * right. The embedded example opens at start; a .xlsx opens by file picker or drag and drop.
 */
import { Spinner } from "@fluentui/react-components";
import { useEffect, useRef } from "react";
import { DropZone } from "./components/DropZone";
import { Messages } from "./components/Messages";
import { PaneHost } from "./components/PaneHost";
import { Toolbar } from "./components/Toolbar";
import { WorkbookView } from "./components/WorkbookView";
import { DEFAULT_EXAMPLE } from "./examples";
import { SyntheseButton } from "./synthese/SyntheseButton";
import { SyntheseView } from "./synthese/SyntheseView";
import { useSynthese } from "./synthese/useSynthese";
import { TEXTES } from "./textes";
import { useWorkbench } from "./useWorkbench";

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export function WorkbenchApp() {
  const bench = useWorkbench();
  const synthese = useSynthese();
  const { openUrl } = bench;
  const started = useRef(false);
  useEffect(() => {
    // Once, even when React's development mode runs effects twice.
    if (started.current) return;
    started.current = true;
    void openUrl(DEFAULT_EXAMPLE.url, DEFAULT_EXAMPLE.name);
  }, [openUrl]);
  const openFile = (file: File) => void bytesOf(file).then((bytes) => bench.open(bytes, file.name));

  return (
    <DropZone onFile={openFile} onFiles={(files) => void synthese.start(files)} onRefuse={bench.refuse}>
      <header className="vp-header">
        <div className="vp-heading">
          <h1>{TEXTES.titre}</h1>
          <p>{TEXTES.sousTitre}</p>
        </div>
        <Toolbar
          busy={bench.busy !== null}
          canDownload={bench.opened !== null}
          onFile={openFile}
          onExample={(example) => void bench.openUrl(example.url, example.name)}
          onDownload={() => void bench.download()}
        />
        <SyntheseButton disabled={synthese.status === "en-cours"} onFiles={(files) => void synthese.start(files)} />
        {bench.opened && <p className="vp-file">{TEXTES.classeur(bench.opened.name)}</p>}
      </header>
      <Messages notices={bench.notices} onDismiss={bench.dismiss} />
      {bench.busy && <Spinner className="vp-busy" size="small" label={bench.busy} />}
      {synthese.status !== "inactive" && <SyntheseView bench={synthese} />}
      <div className="vp-body" style={synthese.status !== "inactive" ? { display: "none" } : undefined}>
        <section className="vp-workbook" aria-label={TEXTES.vue.region}>
          {bench.opened ? (
            <WorkbookView
              opened={bench.opened}
              analysis={bench.analysis}
              sheet={bench.sheet}
              selection={bench.selection}
              version={bench.version}
              onSheet={bench.showSheet}
              onSelect={bench.select}
              onEdit={bench.edit}
            />
          ) : (
            !bench.busy && <p className="vp-empty">{TEXTES.vue.aucunClasseur}</p>
          )}
        </section>
        <aside className="vp-pane" aria-label={TEXTES.vue.volet}>
          {bench.service && <PaneHost service={bench.service} />}
        </aside>
      </div>
    </DropZone>
  );
}
