/** Fills `{name}` placeholders of a fixed text (flows/texts); unknown placeholders stay as they are. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => values[k] ?? m);
}
