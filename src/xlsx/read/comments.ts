/**
 * Notes of a sheet: legacy comments (xl/commentsN.xml, what Excel calls notes) and threaded
 * comments (xl/threadedComments/*.xml: a thread's first comment and its replies, one per line).
 * A cell with a thread also has a legacy comment holding a placeholder: the thread wins.
 */
import { Tag, XmlScanner } from "../xml/scanner";
import { RichText } from "./strings";

/** Legacy comments: text by A1 address (as written, « A1 »). */
export function parseComments(xml: string): Map<string, string> {
  const notes = new Map<string, string>();
  const rich = new RichText();
  let ref: string | null = null;
  XmlScanner.scan(xml, {
    open(tag: Tag) {
      if (tag.name === "comment") ref = tag.get("ref") ?? null;
      else if (ref !== null) rich.open(tag.name);
    },
    close(name: string) {
      if (name === "comment") {
        if (ref !== null) notes.set(ref.toUpperCase(), rich.take());
        ref = null;
      } else if (ref !== null) rich.close(name);
    },
    text: (text: string) => rich.text(text),
    wantsText: () => rich.wantsText,
  });
  return notes;
}

/** Threaded comments: each thread's texts, first comment then replies, by A1 address. */
export function parseThreadedComments(xml: string): Map<string, string> {
  const threads = new Map<string, string[]>();
  let ref: string | null = null;
  let inText = false;
  let text = "";
  XmlScanner.scan(xml, {
    open(tag: Tag) {
      if (tag.name === "threadedComment") {
        ref = (tag.get("ref") ?? "").toUpperCase();
        text = "";
      } else if (tag.name === "text" && ref !== null) inText = true;
    },
    close(name: string) {
      if (name === "text") inText = false;
      else if (name === "threadedComment" && ref) {
        threads.set(ref, [...(threads.get(ref) ?? []), text]);
        ref = null;
      }
    },
    text: (t: string) => {
      text += t;
    },
    wantsText: () => inText,
  });
  return new Map([...threads].map(([address, texts]) => [address, texts.join("\n")]));
}
