/**
 * The pane's commands in one row that fits 320 px: « Analyser », « Tout corriger (n) », and a menu
 * for the rarer ones (Contrôles sheet, undo, settings, live mode, guide). Arrow keys move in the
 * row (one Tab stop); the dialogs opened from the menu give the focus back to its button. « Analyser »
 * and « Tout corriger » stay focusable while unavailable (aria-disabled): the keyboard user who just
 * pressed them keeps the focus there instead of losing it to the page's body.
 */
import {
  buttonClassNames,
  makeStyles,
  mergeClasses,
  Menu,
  MenuDivider,
  MenuItem,
  MenuItemCheckbox,
  MenuList,
  MenuPopover,
  MenuTrigger,
  tokens,
  Toolbar,
  ToolbarButton,
} from "@fluentui/react-components";
import {
  ArrowUndoRegular,
  BookQuestionMarkRegular,
  DocumentSearchRegular,
  DocumentTableRegular,
  MoreHorizontalRegular,
  SettingsRegular,
  WrenchRegular,
} from "@fluentui/react-icons";
import { useRef } from "react";
import { TEXTES } from "../textes";

const useStyles = makeStyles({
  // One line down to 320 px: the buttons are tight, « Tout corriger (n) » gives way (ellipsis, its
  // accessible name stays whole) before anything can wrap or scroll sideways.
  bar: { padding: "0", columnGap: tokens.spacingHorizontalXS, flexWrap: "nowrap", minWidth: "0" },
  button: {
    flexShrink: 0,
    paddingLeft: tokens.spacingHorizontalS,
    paddingRight: tokens.spacingHorizontalS,
    whiteSpace: "nowrap",
    // At 320–340 px « Analyser » drops its icon as well.
    "@media (max-width: 340px)": { [`& .${buttonClassNames.icon}`]: { display: "none" } },
  },
  // Narrower than 400 px, « Tout corriger » drops its icon so that its count stays readable.
  shrink: {
    flexShrink: 1,
    minWidth: "0",
    overflow: "hidden",
    "@media (max-width: 400px)": { [`& .${buttonClassNames.icon}`]: { display: "none" } },
  },
  label: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", minWidth: "0" },
  more: { marginLeft: "auto", flexShrink: 0 },
});

/** A command that opens a dialog or a panel receives the control the focus must come back to. */
type Opener = (opener: HTMLElement | null) => void;

export interface CommandBarProps {
  analyzing: boolean;
  busy: boolean;
  hasAnalysis: boolean;
  fixable: number;
  hasJournal: boolean;
  live: boolean;
  onAnalyze(): void;
  onFixAll: Opener;
  onReport(): void;
  onUndo: Opener;
  onSettings: Opener;
  onGuide: Opener;
  onLive(on: boolean): void;
}

export function CommandBar(props: CommandBarProps) {
  const styles = useStyles();
  const more = useRef<HTMLButtonElement>(null);
  const idle = !props.analyzing && !props.busy;
  const C = TEXTES.commandes;
  return (
    <Toolbar aria-label={C.barre} size="small" className={styles.bar}>
      {/* A title, not a Tooltip: the focus stays on « Analyser » during and after the analysis, and a
          Tooltip shown on focus would cover the summary. */}
      <ToolbarButton
        appearance="primary"
        className={styles.button}
        icon={<DocumentSearchRegular />}
        title={C.analyserInfo}
        disabledFocusable={!idle}
        onClick={props.onAnalyze}
      >
        {props.analyzing ? C.analyseEnCours : C.analyser}
      </ToolbarButton>
      <ToolbarButton
        className={mergeClasses(styles.button, styles.shrink)}
        icon={<WrenchRegular />}
        disabledFocusable={!idle || props.fixable === 0}
        onClick={(event) => props.onFixAll(event.currentTarget)}
      >
        <span className={styles.label}>{props.fixable > 0 ? `${C.toutCorriger} (${props.fixable})` : C.toutCorriger}</span>
      </ToolbarButton>
      <Menu
        checkedValues={{ mode: props.live ? ["direct"] : [] }}
        onCheckedValueChange={(_, data) => props.onLive(data.checkedItems.includes("direct"))}
      >
        <MenuTrigger disableButtonEnhancement>
          <ToolbarButton ref={more} className={styles.more} aria-label={C.plus} icon={<MoreHorizontalRegular />} />
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            <MenuItem icon={<DocumentTableRegular />} disabled={!idle || !props.hasAnalysis} onClick={props.onReport}>
              {C.feuilleControles}
            </MenuItem>
            <MenuItem
              icon={<ArrowUndoRegular />}
              disabled={!idle || !props.hasJournal}
              onClick={() => props.onUndo(more.current)}
            >
              {C.annulerCorrections}
            </MenuItem>
            <MenuItem icon={<SettingsRegular />} disabled={props.busy} onClick={() => props.onSettings(more.current)}>
              {C.parametres}
            </MenuItem>
            <MenuItemCheckbox name="mode" value="direct">
              {C.modeDirect}
            </MenuItemCheckbox>
            <MenuDivider />
            <MenuItem icon={<BookQuestionMarkRegular />} onClick={() => props.onGuide(more.current)}>
              {C.guide}
            </MenuItem>
          </MenuList>
        </MenuPopover>
      </Menu>
    </Toolbar>
  );
}
