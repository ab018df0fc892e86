/** Drag and drop of a .xlsx anywhere on the page, with an overlay while a file is dragged over it. */
import { ReactNode, useRef, useState } from "react";
import { TEXTES } from "../textes";

export interface DropZoneProps {
  children: ReactNode;
  onFile(file: File): void;
  /** Several files dropped at once (the regional synthesis); without it they are refused. */
  onFiles?(files: File[]): void;
  onRefuse(reason: string): void;
}

const hasFiles = (event: React.DragEvent) => Array.from(event.dataTransfer.types).includes("Files");

export function DropZone({ children, onFile, onFiles, onRefuse }: DropZoneProps) {
  const [over, setOver] = useState(false);
  const depth = useRef(0);
  return (
    <div
      className="vp-page"
      onDragEnter={(event) => {
        if (!hasFiles(event)) return;
        depth.current++;
        setOver(true);
      }}
      onDragLeave={() => {
        depth.current = Math.max(0, depth.current - 1);
        if (depth.current === 0) setOver(false);
      }}
      onDragOver={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = "copy";
      }}
      onDrop={(event) => {
        if (!hasFiles(event)) return;
        event.preventDefault();
        depth.current = 0;
        setOver(false);
        const files = Array.from(event.dataTransfer.files);
        if (files.length === 1) onFile(files[0]);
        else if (files.length > 1 && onFiles) onFiles(files);
        else onRefuse(TEXTES.erreurs.plusieurs);
      }}
    >
      {children}
      {over && (
        <div className="vp-drop" aria-hidden="true">
          {TEXTES.depot}
        </div>
      )}
    </div>
  );
}
