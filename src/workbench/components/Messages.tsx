/** Errors and notices of the workbench (opening, download), above the workbook; each can be closed. */
import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { TEXTES } from "../textes";
import type { Notice } from "../useWorkbench";

export function Messages({ notices, onDismiss }: { notices: Notice[]; onDismiss(notice: Notice): void }) {
  return (
    <div className="vp-messages" role="status" aria-live="polite">
      {notices.map((notice, i) => (
        <MessageBar key={i} intent={notice.kind} layout="multiline">
          <MessageBarBody>
            {notice.kind === "error" && <MessageBarTitle>{notice.title}</MessageBarTitle>}
            {notice.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button
                appearance="transparent"
                aria-label={TEXTES.avis.fermer}
                icon={<DismissRegular />}
                onClick={() => onDismiss(notice)}
              />
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
