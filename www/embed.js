// The calculator on other sites: `index.html?embed&lang=id#v=cost&c=…` (any view's own link with
// `?embed`, and the language) shows the compact layout (no header, tabs or footer; `embed` on
// <html>, rules at the end of style.css), tells the page around it its height through
// postMessage, and links back to the full calculator. Each view offers the copy-paste snippet
// ("Sematkan di situs Anda": its summary from ui.js offerEmbed, the rest from fillOffer here,
// loaded when first opened, so that neither costs the first load). The shell (app.js) reads
// `?embed` and `lang`; an embed reads and writes no storage: what it shows is its URL's.
import { el, ui } from './ui.js';

/** The message an embed sends its parent page: `{ type: HEIGHT_MESSAGE, height }` (CSS px). */
export const HEIGHT_MESSAGE = 'jamsostek:height';

const strings = {
  id: {
    hint: 'Tempel kode ini di halaman situs Anda: kalkulator tampil dengan isian dan bahasa yang sekarang, tingginya mengikuti isinya. Halaman Anda tidak menerima data apa pun darinya.',
    code: 'Kode sematan',
    copy: 'Salin kode',
    copied: 'Kode disalin.',
    select: 'Kode dipilih: salin dengan Ctrl+C.',
    back: 'Buka kalkulator lengkap ↗',
    title: 'Kalkulator Cakupan Jamsostek',
  },
  en: {
    hint: 'Paste this code into a page of your site: the calculator shows with the current inputs and language, and its height follows its content. Your page receives no data from it.',
    code: 'Embed code',
    copy: 'Copy code',
    copied: 'Code copied.',
    select: 'Code selected: copy it with Ctrl+C.',
    back: 'Open the full calculator ↗',
    title: 'Jamsostek coverage calculator',
  },
};
const s = (key) => strings[ui.lang === 'en' ? 'en' : 'id'][key];

let flushLink = () => {};

/** The address without `?embed`: the full calculator with what the embed shows. */
function fullLink() {
  return `${location.origin}${location.pathname}${location.hash}`;
}

/** The snippet for the current view: the iframe and a few lines that follow its height. */
function snippet(flush) {
  flush(); // the address follows typing after a pause: bring it up to date first
  const src = `${location.origin}${location.pathname}?embed&lang=${ui.lang}${location.hash}`;
  const origin = JSON.stringify(location.origin);
  return `<iframe src="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" title="${s('title')}" loading="lazy" style="width:100%;height:640px;border:0"></iframe>\n`
    + `<script>addEventListener("message",function(e){if(e.origin!==${origin}||!e.data||e.data.type!==${JSON.stringify(HEIGHT_MESSAGE)})return;`
    + 'document.querySelectorAll("iframe").forEach(function(f){if(f.contentWindow===e.source)f.style.height=Math.ceil(e.data.height)+"px"})});</script>';
}

/** Sets up the page as an embed: the class, the link back, the height messages. */
export function startEmbed({ flush }) {
  flushLink = flush;
  // The planning view's title (the memo's, hidden on screen in the full page) says which region.
  document.getElementById('plan-memo')?.removeAttribute('aria-hidden');
  const back = el('a', null, 'embed-back');
  back.target = '_blank';
  back.rel = 'noopener';
  back.href = fullLink();
  // The address changes as the person types: the link takes it when followed.
  for (const ev of ['pointerdown', 'focus', 'click']) back.addEventListener(ev, () => { flushLink(); back.href = fullLink(); });
  document.querySelector('main')?.append(back);
  const label = () => { back.textContent = s('back'); };
  label();
  new MutationObserver(label).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  if (window.parent === window) return;
  let last = 0;
  const tell = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: HEIGHT_MESSAGE, height }, '*'); // a height only: any page may have it
  };
  new ResizeObserver(tell).observe(document.documentElement);
  tell();
}

/** Fills an opened "Sematkan di situs Anda" (ui.js offerEmbed): hint, the code, its copy button. */
export function fillOffer(details, { flush, name }) {
  const hint = el('p', null, 'hint');
  const id = `embed-code-${name}`;
  const label = el('label');
  label.htmlFor = id;
  const code = el('textarea');
  code.id = id;
  code.readOnly = true;
  code.rows = 5;
  code.spellcheck = false;
  const copy = el('button');
  copy.type = 'button';
  copy.className = 'secondary';
  const status = el('p', null, 'status');
  status.setAttribute('role', 'status');
  details.append(hint, label, code, copy, status);
  const relabel = () => {
    hint.textContent = s('hint');
    label.textContent = s('code');
    copy.textContent = s('copy');
    if (details.open) code.value = snippet(flush);
  };
  relabel();
  new MutationObserver(relabel).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
  details.addEventListener('toggle', () => { if (details.open) { code.value = snippet(flush); status.textContent = ''; } });
  copy.addEventListener('click', async () => {
    code.value = snippet(flush);
    try {
      await navigator.clipboard.writeText(code.value);
      status.textContent = s('copied');
    } catch {
      code.select();
      status.textContent = s('select');
    }
  });
}
