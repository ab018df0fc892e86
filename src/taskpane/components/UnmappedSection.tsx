/** Regions that look like tables but were not recognised, with the French reason and « Décrire ce tableau ». */
import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { UnmappedRegion } from "../../core/tables/model";
import { useSharedStyles } from "../styles";
import { TEXTES } from "../textes";

const useStyles = makeStyles({
  item: {
    padding: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
});

export interface UnmappedSectionProps {
  regions: readonly UnmappedRegion[];
  busy: boolean;
  onDescribe(region: UnmappedRegion): void;
}

export function UnmappedSection({ regions, busy, onDescribe }: UnmappedSectionProps) {
  const styles = useStyles();
  const shared = useSharedStyles();
  return (
    <section aria-labelledby="vp-non-reconnus" className={shared.stack}>
      <h2 id="vp-non-reconnus" className={shared.heading}>
        {TEXTES.nonReconnus.titre}
      </h2>
      <ul className={shared.plainList}>
        {regions.map((region) => (
          <li key={`${region.workbook.name}|${region.sheet.name}|${region.headerRow}`} className={styles.item}>
            <Text weight="semibold" block>
              {TEXTES.nonReconnus.position(region.sheet.name, region.headerRow)}
            </Text>
            <Text as="p" block>
              {region.reason}
            </Text>
            <Button size="small" disabled={busy} onClick={() => onDescribe(region)}>
              {TEXTES.nonReconnus.decrire}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
