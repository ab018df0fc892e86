/**
 * Confirmation before « Annuler les corrections VerifPacte » restores every changed cell. The focus
 * starts on « Garder les corrections »: Entrée right after opening changes nothing.
 */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from "@fluentui/react-components";
import { TEXTES } from "../textes";

export function UndoDialog({ open, onConfirm, onClose }: { open: boolean; onConfirm(): void; onClose(): void }) {
  const U = TEXTES.annulation;
  return (
    <Dialog open={open} modalType="alert" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{U.titre}</DialogTitle>
          <DialogContent>{U.texte}</DialogContent>
          <DialogActions>
            <Button appearance="primary" autoFocus onClick={onClose}>
              {U.annuler}
            </Button>
            <Button onClick={onConfirm}>{U.confirmer}</Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
