// Text contrast inside the invite form, measured from computed styles (WCAG relative luminance).
import type { FrameLocator } from 'playwright-core';

export interface ContrastSample {
  readonly what: string;
  readonly ratio: number;
}

// Plain JavaScript run in the page (tsx would wrap named TypeScript functions in a helper the page lacks).
const MEASURE = `(wanted) => {
  const parse = (c) => {
    const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(c.trim());
    if (hex) return [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)).concat(hex[2] ? parseInt(hex[2], 16) / 255 : 1);
    const rgb = /rgba?\\(([^)]+)\\)/.exec(c);
    if (!rgb) return undefined;
    const parts = rgb[1].split(/[ ,/]+/).filter(Boolean).map(Number);
    return [parts[0], parts[1], parts[2], parts[3] ?? 1];
  };
  const lum = (c) => {
    const [r, g, b] = c.slice(0, 3).map((v) => {
      const s = v / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const blend = (top, under) => top.slice(0, 3).map((v, i) => v * top[3] + under[i] * (1 - top[3])).concat(1);
  const sideBar = parse(getComputedStyle(document.documentElement).getPropertyValue('--vscode-sideBar-background')) ?? [0, 0, 0, 1];
  return Object.entries(wanted).map(([what, selector]) => {
    const el = document.querySelector(selector);
    if (!el) return { what, ratio: 0 };
    const style = getComputedStyle(el);
    let bg = sideBar;
    for (let n = el; n; n = n.parentElement) {
      const own = parse(getComputedStyle(n).backgroundColor);
      if (own && own[3] > 0) { bg = blend(own, sideBar); break; }
    }
    const fg = blend(parse(style.color) ?? [0, 0, 0, 1], bg);
    const [a, b] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return { what, ratio: Math.round(((a + 0.05) / (b + 0.05)) * 100) / 100 };
  });
}`;

/** Each selector's text color against the background it is drawn on (its own or an ancestor's, else the side bar's). */
export async function measureContrast(form: FrameLocator, selectors: Readonly<Record<string, string>>): Promise<ContrastSample[]> {
  const frame = form.locator('body');
  return frame.evaluate(`(${MEASURE})(${JSON.stringify(selectors)})`) as Promise<ContrastSample[]>;
}
