// Writes the page's Indonesian text into dist/index.html (the markup in www/ carries keys only):
// the first paint then shows the whole page in its default language before any script runs, with
// nothing moving when the scripts arrive. The page's own apply() still sets every string after.
//
//   node tools/prerender.mjs www/index.html dist/index.html
import { readFileSync, writeFileSync } from 'node:fs';
import { STRINGS } from '../www/i18n.js';

const [from, to] = process.argv.slice(2);
const id = STRINGS.id;
const escape = (s) => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

let html = readFileSync(from, 'utf8');
let filled = 0;
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
html = html.replace(/<title>[^<]*<\/title>/, `<title>${escape(id.title)}</title>`);
writeFileSync(to, html);
console.log(`prerendered ${filled} strings into ${to}`);
