/** Severity as a coloured badge that also says it in words (never colour alone). */
import { Badge, BadgeProps } from "@fluentui/react-components";
import type { Severity } from "../../core/rules/types";
import { SEVERITY_TEXT } from "../textes";

export const SEVERITY_COLOR: Record<Severity, BadgeProps["color"]> = { error: "danger", warning: "warning", info: "informative" };

export function SeverityBadge({ severity }: { severity: Severity }) {
  return (
    <Badge appearance="filled" shape="rounded" color={SEVERITY_COLOR[severity]}>
      {SEVERITY_TEXT[severity].badge}
    </Badge>
  );
}
