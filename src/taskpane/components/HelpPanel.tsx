/**
 * The help inside the pane: the user guide and the rule pages, built to HTML with the pane
 * (scripts/help.cjs) and read from its own server — nothing from elsewhere. Links between pages
 * stay in the panel (« Page précédente » goes back); « Ouvrir dans le navigateur » opens the page in
 * Office's browser window. Closing gives the focus back to the control that opened the panel.
 */
import {
  Button,
  DrawerBody,
  DrawerHeader,
  DrawerHeaderTitle,
  makeStyles,
  MessageBar,
  MessageBarBody,
  OverlayDrawer,
  Spinner,
  tokens,
} from "@fluentui/react-components";
import { ArrowLeftRegular, DismissRegular, OpenRegular } from "@fluentui/react-icons";
import { useEffect, useState } from "react";
import { usePane } from "../context";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";

const useStyles = makeStyles({
  tools: { display: "flex", flexWrap: "wrap", columnGap: tokens.spacingHorizontalS },
  page: {
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    overflowWrap: "anywhere",
    "& h1": { fontSize: tokens.fontSizeBase500, margin: `${tokens.spacingVerticalS} 0` },
    "& h2": { fontSize: tokens.fontSizeBase400, margin: `${tokens.spacingVerticalM} 0 ${tokens.spacingVerticalXS}` },
    "& h3": { fontSize: tokens.fontSizeBase300, margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXXS}` },
    "& p, & ul, & ol, & blockquote": { margin: `${tokens.spacingVerticalXS} 0` },
    "& ul, & ol": { paddingLeft: tokens.spacingHorizontalL },
    "& blockquote": {
      paddingLeft: tokens.spacingHorizontalS,
      borderLeft: `${tokens.strokeWidthThicker} solid ${tokens.colorBrandStroke1}`,
      color: tokens.colorNeutralForeground2,
    },
    "& code": { fontFamily: tokens.fontFamilyMonospace, fontSize: tokens.fontSizeBase200, overflowWrap: "anywhere" },
    "& a": { color: tokens.colorBrandForegroundLink },
    "& .tableau": { overflowX: "auto", maxWidth: "100%" },
    "& .tableau:focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    "& table": { borderCollapse: "collapse", fontSize: tokens.fontSizeBase200 },
    "& th, & td": {
      border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
      padding: `0 ${tokens.spacingHorizontalXS}`,
    },
  },
});

type Page = { status: "loading" } | { status: "ready"; html: string; title: string } | { status: "error" };

/** The content of the page's <main>, and its title. */
function contentOf(html: string): { html: string; title: string } {
  const doc = new DOMParser().parseFromString(html, "text/html");
  const main = doc.querySelector("main");
  return { html: main ? main.innerHTML : doc.body.innerHTML, title: doc.querySelector("h1")?.textContent ?? TEXTES.aide.titre };
}

export interface HelpPanelProps {
  /** The page to show; null when the panel is closed. */
  url: string | null;
  onClose(): void;
}

export function HelpPanel({ url, onClose }: HelpPanelProps) {
  return (
    <OverlayDrawer open={url !== null} position="end" size="full" onOpenChange={(_, data) => !data.open && onClose()}>
      {url !== null && <HelpContent start={url} onClose={onClose} />}
    </OverlayDrawer>
  );
}

function HelpContent({ start, onClose }: { start: string; onClose(): void }) {
  const styles = useStyles();
  const shared = useSharedStyles();
  const { loadHelp, openUrl } = usePane();
  const [history, setHistory] = useState([start]);
  const [page, setPage] = useState<Page>({ status: "loading" });
  const current = history[history.length - 1];

  useEffect(() => {
    let live = true;
    setPage({ status: "loading" });
    loadHelp(current).then(
      (html) => live && setPage({ status: "ready", ...contentOf(html) }),
      () => live && setPage({ status: "error" }),
    );
    return () => {
      live = false;
    };
  }, [current, loadHelp]);

  /** A link to another help page opens in the panel; any other link in Office's browser window. */
  const follow = (event: React.MouseEvent) => {
    const link = (event.target as HTMLElement).closest("a");
    const href = link?.getAttribute("href");
    if (!link || !href) return;
    event.preventDefault();
    const target = new URL(href, current);
    if (href.startsWith("#")) {
      link.ownerDocument.getElementById(decodeURIComponent(href.slice(1)))?.scrollIntoView();
      return;
    }
    if (target.origin === new URL(current).origin && target.pathname.endsWith(".html")) setHistory([...history, target.href]);
    else openUrl(target.href);
  };

  return (
    <>
      <DrawerHeader>
        <DrawerHeaderTitle
          action={<Button appearance="subtle" aria-label={TEXTES.aide.fermer} icon={<DismissRegular />} onClick={onClose} />}
        >
          {page.status === "ready" ? page.title : TEXTES.aide.titre}
        </DrawerHeaderTitle>
        <div className={styles.tools}>
          {history.length > 1 && (
            <Button size="small" appearance="subtle" icon={<ArrowLeftRegular />} onClick={() => setHistory(history.slice(0, -1))}>
              {TEXTES.aide.retour}
            </Button>
          )}
          <Button size="small" appearance="subtle" icon={<OpenRegular />} onClick={() => openUrl(current)}>
            {TEXTES.aide.navigateur}
          </Button>
        </div>
      </DrawerHeader>
      <DrawerBody tabIndex={0} role="region" aria-label={TEXTES.aide.contenu}>
        {page.status === "loading" && <Spinner size="small" label={TEXTES.aide.chargement} />}
        {page.status === "error" && (
          <MessageBar intent="error">
            <MessageBarBody>{TEXTES.aide.echec}</MessageBarBody>
          </MessageBar>
        )}
        {page.status === "ready" && (
          // The page is built by the project from its own Markdown (scripts/help.cjs), served with the pane.
          <div className={styles.page} onClick={follow} dangerouslySetInnerHTML={{ __html: page.html }} />
        )}
        <span className={shared.visuallyHidden} aria-live="polite">
          {page.status === "ready" ? page.title : ""}
        </span>
      </DrawerBody>
    </>
  );
}
