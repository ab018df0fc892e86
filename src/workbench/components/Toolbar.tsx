/** The workbench's commands: open a .xlsx (file picker), open an example, download the corrected copy. */
import { Button, Menu, MenuItem, MenuList, MenuPopover, MenuTrigger, Toolbar as FluentToolbar } from "@fluentui/react-components";
import { ArrowDownloadRegular, DocumentTableRegular, FolderOpenRegular } from "@fluentui/react-icons";
import { useRef } from "react";
import { EXAMPLES, Example } from "../examples";
import { TEXTES } from "../textes";

export interface ToolbarProps {
  busy: boolean;
  canDownload: boolean;
  onFile(file: File): void;
  onExample(example: Example): void;
  onDownload(): void;
}

export function Toolbar({ busy, canDownload, onFile, onExample, onDownload }: ToolbarProps) {
  const picker = useRef<HTMLInputElement>(null);
  return (
    <FluentToolbar aria-label={TEXTES.commandes.barre} className="vp-toolbar">
      <input
        ref={picker}
        type="file"
        hidden
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          const file = event.currentTarget.files?.[0];
          event.currentTarget.value = "";
          if (file) onFile(file);
        }}
      />
      <Button icon={<FolderOpenRegular />} disabled={busy} onClick={() => picker.current?.click()}>
        {TEXTES.commandes.ouvrir}
      </Button>
      <Menu>
        <MenuTrigger disableButtonEnhancement>
          <Button icon={<DocumentTableRegular />} disabled={busy}>
            {TEXTES.commandes.exemples}
          </Button>
        </MenuTrigger>
        <MenuPopover>
          <MenuList>
            {EXAMPLES.map((example) => (
              <MenuItem key={example.name} onClick={() => onExample(example)}>
                {example.label}
              </MenuItem>
            ))}
          </MenuList>
        </MenuPopover>
      </Menu>
      <Button appearance="primary" icon={<ArrowDownloadRegular />} disabled={busy || !canDownload} onClick={onDownload}>
        {TEXTES.commandes.telecharger}
      </Button>
    </FluentToolbar>
  );
}
