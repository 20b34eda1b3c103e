// newsmark's one visual language: colours, line patterns and legend labels of every kind of
// highlight, defined here once. The build scripts turn it into CSS: web/page/build.mjs writes the
// page's theme.css (custom properties, legend swatches, ::highlight(nm-*)), web/extension/build.mjs
// the extension's highlight.css (::highlight(newsmark-*), inserted into pages) and panel.css
// (swatches of its legend). Colour is never the only signal: each kind has its own line pattern
// (actors: underline styles; quotes: overline styles; sources: lines above and below). Contrast
// (WCAG AA): text #1b1b1b on every background >= 4.5:1, every line colour >= 3:1 against white
// and every highlight background (tests/browser/page.test.mjs checks it).
export const FG = '#1b1b1b';
export const BG = '#ffffff';

// key: CSS name part; label: legend text; color: line colour; bg: background (optional);
// line: text-decoration line + style + thickness
export const KINDS = [
  { key: 'person', group: 'actors', label: 'person', color: '#b3261e', line: 'underline solid 2px' },
  { key: 'organization', group: 'actors', label: 'organisation', color: '#1a5fb4', line: 'underline double 2px' },
  { key: 'location', group: 'actors', label: 'place', color: '#1e6b34', line: 'underline dotted 2px' },
  { key: 'media', group: 'actors', label: 'media', color: '#6f2dbd', line: 'underline dashed 2px' },
  { key: 'group', group: 'actors', label: 'group', color: '#8a4f00', line: 'underline wavy 1.5px' },
  { key: 'quote-direct', group: 'quotes', label: 'direct', color: '#7a5f00', bg: '#fff0b3', line: 'overline solid 2px' },
  { key: 'quote-indirect', group: 'quotes', label: 'reported', color: '#1a5fb4', bg: '#e2efff', line: 'overline dashed 2px' },
  { key: 'quote-mixed', group: 'quotes', label: 'mixed', color: '#6f2dbd', bg: '#f0e4ff', line: 'overline dotted 2px' },
  { key: 'source', group: 'sources', label: 'source', color: '#a54300', bg: '#ffe4d6', line: 'underline overline solid 1px' },
];
// The parts of a quote that is pointed at (page: selected; extension: always shown with its quote)
export const MARKS = [
  { key: 'speaker', label: 'speaker', color: FG, bg: '#ffb8c6', line: 'underline solid 3px' },
  { key: 'cue', label: 'cue', color: FG, bg: '#a8e4ff', line: 'underline dashed 2px' },
  { key: 'mention', label: 'mention', color: FG, bg: '#ffb8c6', line: 'underline solid 3px' },
  { key: 'selected', label: 'selected', color: FG, bg: '#ffd24d', line: 'underline overline solid 2px' },
];

const decl = (k) => `${k.bg ? `background-color: ${k.bg}; color: ${FG}; ` : ''}text-decoration: ${k.line} ${k.color}; text-underline-offset: 3px;`;

/** ::highlight(<prefix><key>) rules for every kind, with literal colours (a page's own custom
 *  properties must not change them). marks: also the speaker/cue/... rules, named <markPrefix><key>. */
export function highlightCss(prefix, markPrefix = null) {
  const rules = KINDS.map((k) => `::highlight(${prefix}${k.key}) { ${decl(k)} }`);
  if (markPrefix) for (const m of MARKS) rules.push(`::highlight(${markPrefix}${m.key}) { ${decl(m)} }`);
  return rules.join('\n');
}

/** Legend swatches: .sw-<key> draws the same decoration as the highlight. */
export function swatchCss() {
  return [...KINDS, ...MARKS].map((k) => `.sw-${k.key} { padding: 0 .15em; ${decl(k)} }`).join('\n');
}

/** Custom properties (--person, --q-direct-bg, ...) for pages that style more with them. */
export function varsCss() {
  const v = [`--fg: ${FG};`, `--bg: ${BG};`];
  for (const k of [...KINDS, ...MARKS]) {
    const name = k.key.replace(/^quote-/, 'q-');
    if (k.group || k.key === 'source') v.push(`--${name}: ${k.color};`);
    if (k.bg) v.push(`--${name === 'selected' ? 'sel' : name}-bg: ${k.bg};`);
  }
  return `:root { ${v.join(' ')} }`;
}

export const GENERATED = '/* GENERATED from web/theme.mjs by the build: edit web/theme.mjs, not this file. */';
