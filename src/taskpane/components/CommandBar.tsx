/** The pane's commands: analyse, fix everything, report sheet, undo, settings, live mode. */
import { Button, Switch, Toolbar } from "@fluentui/react-components";
import { ArrowUndoRegular, DocumentSearchRegular, DocumentTableRegular, SettingsRegular, WrenchRegular } from "@fluentui/react-icons";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";

export interface CommandBarProps {
  analyzing: boolean;
  busy: boolean;
  hasAnalysis: boolean;
  fixable: number;
  hasJournal: boolean;
  live: boolean;
  onAnalyze(): void;
  onFixAll(): void;
  onReport(): void;
  onUndo(): void;
  onSettings(): void;
  onLive(on: boolean): void;
}

export function CommandBar(props: CommandBarProps) {
  const shared = useSharedStyles();
  const idle = !props.analyzing && !props.busy;
  const C = TEXTES.commandes;
  return (
    <div className={shared.stack}>
      <Toolbar aria-label={C.barre} className={shared.row}>
        <Button appearance="primary" icon={<DocumentSearchRegular />} disabled={!idle} onClick={props.onAnalyze}>
          {props.analyzing ? C.analyseEnCours : C.analyser}
        </Button>
        <Button icon={<WrenchRegular />} disabled={!idle || props.fixable === 0} onClick={props.onFixAll}>
          {props.fixable > 0 ? `${C.toutCorriger} (${props.fixable})` : C.toutCorriger}
        </Button>
        <Button icon={<DocumentTableRegular />} disabled={!idle || !props.hasAnalysis} onClick={props.onReport}>
          {C.feuilleControles}
        </Button>
        <Button icon={<ArrowUndoRegular />} disabled={!idle || !props.hasJournal} onClick={props.onUndo}>
          {C.annulerCorrections}
        </Button>
        <Button icon={<SettingsRegular />} disabled={props.busy} onClick={props.onSettings}>
          {C.parametres}
        </Button>
      </Toolbar>
      <Switch checked={props.live} label={C.modeDirect} onChange={(_, data) => props.onLive(data.checked)} />
    </div>
  );
}
