// Writes the page's Indonesian text into dist/index.html (the markup in www/ carries keys only):
// the first paint then shows the whole page in its default language before any script runs, with
// nothing moving when the scripts arrive. The page's own apply() still sets every string after.
//
//   node tools/prerender.mjs www/index.html dist/index.html
import { readFileSync, writeFileSync } from 'node:fs';
import { STRINGS } from '../www/i18n.js';

const [from, to] = process.argv.slice(2);
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

const source = readFileSync(from, 'utf8');
let filled = 0;
/** Fills the strings of one stretch of markup from `id` (the Indonesian strings it uses). */
function fill(html, id) {
// <tag ... data-i18n="key" ...></tag>: the element is empty in the source.
html = html.replace(/(<(\w+)\b[^>]*?\bdata-i18n="(\w+)"[^>]*>)(<\/\2>)/g, (all, open, tag, key, close) => {
  if (!(key in id)) return all; // a string that arrives with a view's own script
  filled++;
  return `${open}${escape(id[key])}${close}`;
});
// data-i18n-attr="attr:key;attr:key": the attributes, added to the tag.
html = html.replace(/<(\w+)\b([^>]*?)\bdata-i18n-attr="([^"]+)"([^>]*)>/g, (all, tag, before, pairs, after) => {
  const attrs = pairs.split(';').map((p) => p.split(':')).filter(([a, k]) => k in id && !new RegExp(`\\b${a}=`).test(before + after));
  filled += attrs.length;
  return `<${tag}${before}data-i18n-attr="${pairs}"${after}${attrs.map(([a, k]) => ` ${a}="${escape(id[k])}"`).join('')}>`;
});
return html;
}

// Only what the first screen shows: the shell's strings around the views, and each view shown at
// load with its own strings (www/views/<name>.js); the views hidden at load are filled by their
// scripts when opened (their text would add bytes to every first load and show nothing).
const shell = STRINGS.id;
/** A view's strings: views/<name>-strings.js where the view keeps them apart, else views/<name>.js. */
const viewStrings = (name) => import(`../www/views/${name}-strings.js`).catch(() => import(`../www/views/${name}.js`));
const starts = [...source.matchAll(/<section id="view-(\w+)" role="tabpanel"[^>]*>/g)];
const end = source.indexOf('</main>');
let html = '';
let at = 0;
for (const [i, m] of starts.entries()) {
  html += fill(source.slice(at, m.index), shell);
  const stop = i + 1 < starts.length ? starts[i + 1].index : end;
  const view = source.slice(m.index, stop);
  const { strings } = await viewStrings(m[1]);
  if (/\bhidden\b/.test(m[0])) {
    // Its heading, lead and status line (what stands above its first block): a link straight to
    // the view (`#v=plan…`) then paints them at once, and nothing below moves when the view's
    // own strings arrive.
    const head = view.indexOf('<div');
    html += fill(view.slice(0, head), { ...shell, ...strings.id }) + view.slice(head);
  } else {
    html += fill(view, { ...shell, ...strings.id });
  }
  at = stop;
}
html += fill(source.slice(at), shell);
html = html.replace(/<title>[^<]*<\/title>/, `<title>${escape(shell.title)}</title>`);
writeFileSync(to, html);
console.log(`prerendered ${filled} strings into ${to}`);
