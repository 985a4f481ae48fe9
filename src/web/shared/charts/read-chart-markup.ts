import { expect } from "vitest";

/** For tests: the rows of the chart table with this caption, as cell texts. */
export function tableRows(html: string, caption: string): string[][] {
  const start = html.indexOf(`<caption>${caption}</caption>`);
  expect(start, `a table captioned "${caption}"`).toBeGreaterThan(-1);
  const table = html.slice(start, html.indexOf("</table>", start));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)]
    .slice(1)
    .map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((cell) => cell[1]!));
}

/** For tests: the chart's SVG element. */
export function svgOf(html: string): string {
  return html.slice(html.indexOf("<svg"), html.indexOf("</svg>") + 6);
}

/** For tests: the texts written in the SVG (labels, values, ticks), title and desc left out. */
export function svgTexts(html: string): string[] {
  const svg = svgOf(html);
  return [...svg.matchAll(/<(?:text|tspan)[^>]*>([^<]+)</g)].map((match) => match[1]!);
}
