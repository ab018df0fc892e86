/** Severity as an icon of its own shape and a word, in its colour (never colour alone). */
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircleFilled, InfoFilled, WarningFilled } from "@fluentui/react-icons";
import type { Severity } from "../../core/rules/types";
import { SEVERITY_TEXT } from "../textes";

const useStyles = makeStyles({
  badge: {
    display: "inline-flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXXS,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
  },
  icon: { fontSize: "16px", flexShrink: 0 },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const ICONS = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled };

/** The icon alone (its meaning is said by the text next to it). */
export function SeverityIcon({ severity }: { severity: Severity }) {
  const styles = useStyles();
  const Icon = ICONS[severity];
  return <Icon aria-hidden="true" className={mergeClasses(styles.icon, styles[severity])} />;
}

export function SeverityBadge({ severity, label }: { severity: Severity; label?: string }) {
  const styles = useStyles();
  return (
    <span className={mergeClasses(styles.badge, styles[severity])}>
      <SeverityIcon severity={severity} />
      {label ?? SEVERITY_TEXT[severity].badge}
    </span>
  );
}
