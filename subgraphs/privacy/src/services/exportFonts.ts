import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

// The faces the readable export is written in, shipped as npm packages (no font is fetched at run
// time): DejaVu Sans for Latin, Greek, Cyrillic and more; Noto Sans Thai for Thai.
const require = createRequire(import.meta.url);

export const FONT_FILES = {
  regular: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: require.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  'thai-regular': require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-thai-400-normal.woff'),
  'thai-bold': require.resolve('@fontsource/noto-sans-thai/files/noto-sans-thai-thai-700-normal.woff'),
};

/** Runs of Thai script (split keeps them as separate items). */
export const THAI_RUN = /([\u0E00-\u0E7F]+)/;

let thaiFaces: string | undefined;
/** @font-face rules with the Thai faces inline, for a page that must show Thai wherever it is opened. */
export function thaiFontFaces(): string {
  thaiFaces ??= (['thai-regular', 'thai-bold'] as const)
    .map(
      (face) =>
        `@font-face{font-family:"LP Noto Sans Thai";font-weight:${face === 'thai-bold' ? 700 : 400};src:url(data:font/woff;base64,${readFileSync(FONT_FILES[face]).toString('base64')}) format("woff");unicode-range:U+0E00-0E7F}`,
    )
    .join('');
  return thaiFaces;
}
