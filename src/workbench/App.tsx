/**
 * The workbench page: commands on top, the workbook view on the left, the real task pane on the
 * right. The embedded example opens at start; a .xlsx opens by file picker or drag and drop.
 * `paneOnly`: the pane alone, as wide as the window (the width Excel gives a task pane).
 */
import { Spinner, ToggleButton } from "@fluentui/react-components";
import { WeatherMoonRegular } from "@fluentui/react-icons";
import type { ThemeKind } from "../taskpane/theme";
import { useEffect, useRef } from "react";
import { DropZone } from "./components/DropZone";
import { Messages } from "./components/Messages";
import { PaneHost } from "./components/PaneHost";
import { Toolbar } from "./components/Toolbar";
import { WorkbookView } from "./components/WorkbookView";
import { DEFAULT_EXAMPLE } from "./examples";
import { SyntheseButton } from "./synthese/SyntheseButton";
import { useSynthese } from "./synthese/useSynthese";
import { TEXTES } from "./textes";
import { useWorkbench } from "./useWorkbench";

async function bytesOf(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

export interface WorkbenchAppProps {
  paneOnly: boolean;
  theme: ThemeKind;
  onTheme(theme: ThemeKind): void;
}

export function WorkbenchApp({ paneOnly, theme, onTheme }: WorkbenchAppProps) {
  const bench = useWorkbench();
  const synthese = useSynthese(bench.fail);
  const { openUrl } = bench;
  const started = useRef(false);
  useEffect(() => {
    // Once, even when React's development mode runs effects twice.
    if (started.current) return;
    started.current = true;
    void openUrl(DEFAULT_EXAMPLE.url, DEFAULT_EXAMPLE.name);
  }, [openUrl]);
  const openFile = (file: File) => void bytesOf(file).then((bytes) => bench.open(bytes, file.name));

  if (paneOnly) {
    return (
      <div className="vp-volet-seul">
        <Messages notices={bench.notices} onDismiss={bench.dismiss} />
        {bench.busy && <Spinner className="vp-busy" size="small" label={bench.busy} />}
        {bench.service && <PaneHost service={bench.service} theme={theme} />}
      </div>
    );
  }

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
        <ToggleButton
          appearance="subtle"
          icon={<WeatherMoonRegular />}
          checked={theme === "dark"}
          onClick={() => onTheme(theme === "dark" ? "light" : "dark")}
        >
          {TEXTES.commandes.themeSombre}
        </ToggleButton>
        {bench.opened && <p className="vp-file">{TEXTES.classeur(bench.opened.name)}</p>}
      </header>
      <Messages notices={bench.notices} onDismiss={bench.dismiss} />
      {bench.busy && <Spinner className="vp-busy" size="small" label={bench.busy} />}
      {synthese.status !== "inactive" &&
        (synthese.View ? (
          <synthese.View bench={synthese} />
        ) : (
          <Spinner className="vp-busy" size="small" label={TEXTES.chargementSynthese} />
        ))}
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
          {bench.service && <PaneHost service={bench.service} theme={theme} />}
        </aside>
      </div>
    </DropZone>
  );
}
