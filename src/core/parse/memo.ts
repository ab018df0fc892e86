/**
 * A function of a text, remembered for the texts already seen: workbooks repeat the same labels,
 * number formats and fiche numbers on thousands of rows. When `limit` texts are kept, they are all
 * forgotten at once (evicting one at a time from a large map costs more than computing again);
 * texts longer than `maxLength` are not kept.
 */
export function memoByText<V>(compute: (text: string) => V, limit = 50_000, maxLength = 500): (text: string) => V {
  const known = new Map<string, V>();
  // The same text often comes again at once (a column's cells share one format): no lookup then.
  let lastText: string | null = null;
  let lastValue: V | undefined;
  return (text) => {
    if (text === lastText) return lastValue as V;
    let value = known.get(text);
    if (value === undefined && !known.has(text)) {
      value = compute(text);
      if (text.length <= maxLength) {
        if (known.size >= limit) known.clear();
        known.set(text, value);
      }
    }
    lastText = text;
    lastValue = value;
    return value as V;
  };
}
