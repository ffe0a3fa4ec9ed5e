// The page shell: tabs, language, storage, the URL fragment, wasm loading, trap recovery, offline.
// Each view lives in views/ (cost and mine load with the page, plan and batch when first opened).
// No arithmetic here: every figure comes from Rust.
import { apply } from './i18n.js';
import { $, ui, engine, date, today, tr, offerEmbed, loadFailed, afterFrame } from './ui.js';

// `?embed` (and `lang`): the calculator inside another site's page (www/embed.js, loaded then).
const query = new URLSearchParams(location.search);
const embedded = query.has('embed');
const embedLang = ['id', 'en'].includes(query.get('lang')) ? query.get('lang') : null;
if (embedded) document.documentElement.classList.add('embed');

// The planning and many-areas views (their scripts, and the full wasm module) load when first opened.
// A plan link (#v=plan…) starts with the planning view's scripts and module alone: they answer
// everything its first screen shows, and the core module follows once the plan is drawn, for the
// other views (issue 17: a shared plan is read sooner, and its link costs 52 KB less). Any other
// address fetches the core module now, beside the shell's scripts.
const planFirst = !embedded && new URLSearchParams(location.hash.slice(1)).get('v') === 'plan';
// The planning view's files, its scripts' own imports among them (found only once plan.js has
// arrived otherwise: one round trip more before the plan is drawn).
const PLAN_FILES = [['views/plan.js'], ['views/plan-strings.js'], ['pkg/jamsostek_plan.js'], ['pkg/jamsostek_plan_bg.wasm', 'fetch'],
  ['views/plan-state.js'], ['views/plan-form.js'], ['views/plan-results.js'], ['views/plan-share.js'], ['views/region-picker.js']];
let planPreloaded = planFirst;
// The panels' files (solving, comparing): fetched once the reader nears the panels, only fetched
// (no script run, no module instantiated), so that a panel opened then starts from the browser's
// cache and the page stays free for the reader's input.
const PANEL_FILES = [['views/plan-solve.js'], ['views/plan-compare.js'], ['views/plan-panel-strings.js'], ['pkg/jamsostek_plan_tools.js'],
  ['pkg/jamsostek_plan_tools_bg.wasm', 'fetch']];
function preload(files) {
  for (const [href, as] of files) {
    const link = document.createElement('link');
    link.rel = as ? 'preload' : 'modulepreload';
    link.href = href;
    if (as) { link.as = as; link.type = 'application/wasm'; link.crossOrigin = 'anonymous'; }
    document.head.append(link);
  }
}
preload(planFirst ? PLAN_FILES : [['pkg/jamsostek_core.js'], ['pkg/jamsostek_core_bg.wasm', 'fetch']]);
// "Biaya program" and "Iuran saya": fetched with the page, but after the plan by a plan link, whose
// first screen shows neither (4.9 KB gzip and their scripts' evaluation off its critical path).
const loadForms = () => Promise.all([import('./views/cost.js'), import('./views/mine.js')]);
const formsLoading = planFirst ? null : loadForms();
let cost = null;          // views/cost.js and views/mine.js, once arrived
let mine = null;

/** The forms' scripts have arrived: their views are labelled at once, in the page's language. */
function formsArrived([c, m]) {
  cost = c;
  mine = m;
  texts.set('cost', c.strings).set('mine', m.strings);
  translate('cost');
  translate('mine');
}
let planView = null;      // views/plan.js, once set up
let planLoading = null;   // its loading promise
let batchView = null;     // views/batch.js, once set up
let batchLoading = null;
let defaults = null;      // Rust's defaults() for the forms

const STORE_KEY = 'jamsostek.v1';
const TABS = ['cost', 'plan', 'batch', 'mine'];

const state = { lang: 'id', tab: 'cost', cost: {}, mine: {}, plan: null, planPreset: null, batch: {}, ownLinks: [] };

/** Each view's strings once they have arrived, by view: the shell fills its section's markup. */
const texts = new Map();

function translate(view) {
  apply($(`view-${view}`), ui.lang, texts.get(view));
}

// ---- the calculator: wasm modules, reloaded as new instances after a trap ----------------------

async function instantiate(name, n) {
  const m = await import(n === 0 ? `./pkg/${name}.js` : `./pkg/${name}.js?instance=${n}`);
  const wasm = await m.default();
  return { ...m, memory: wasm.memory };
}

/**
 * A module of the calculator, kept in `engine[slot]`: `reload()` starts a new instance of it (at
 * first, and after a trap), `load()` gives the one there is, fetched once however many views ask
 * for it at the same time.
 */
function calculator(name, slot, counter) {
  const reload = async () => {
    engine[slot] = await instantiate(name, engine[counter]++);
    return engine[slot];
  };
  let loading = null;
  const load = () => (engine[slot] ? Promise.resolve(engine[slot]) : (loading ??= reload().finally(() => { loading = null; })));
  return { load, reload };
}

// The core (a plan link starts without it, and the other views ask for it), the planning view's,
// its charts' (fetched once the view's figures are shown: views/plan-results.js), and its
// panels' (solving, comparing: when a panel is first opened, pointed at or focused; its files are
// fetched before, as the reader nears the panels).
const core = calculator('jamsostek_core', 'calc', 'instances');
const planning = calculator('jamsostek_plan', 'plan', 'planInstances');
const charting = calculator('jamsostek_charts', 'charts', 'chartsInstances');
const panels = calculator('jamsostek_plan_tools', 'tools', 'toolsInstances');
engine.loadCore = core.load;
engine.loadPlan = planning.load;
engine.loadCharts = charting.load;
engine.loadTools = panels.load;

/** The full module, for files in and out (CSV export and import): loaded on first use. */
engine.loadFiles = async () => {
  engine.files ??= await instantiate('jamsostek', engine.filesInstances++);
  return engine.files;
};

const isTrap = (err) => err instanceof WebAssembly.RuntimeError;

// ---- persistence: nothing typed is lost; the plan also lives in the URL fragment --------------

function load() {
  if (embedded) return; // an embed shows its address's inputs, never the visitor's own
  try {
    const saved = JSON.parse(localStorage.getItem(STORE_KEY) ?? 'null');
    if (saved && typeof saved === 'object') {
      if (saved.lang === 'en' || saved.lang === 'id') state.lang = saved.lang;
      if (TABS.includes(saved.tab)) state.tab = saved.tab;
      for (const k of ['cost', 'mine', 'batch']) if (saved[k] && typeof saved[k] === 'object') state[k] = saved[k];
      if (saved.plan && typeof saved.plan === 'object') state.plan = saved.plan;
      if (typeof saved.planPreset === 'string') state.planPreset = saved.planPreset;
      if (Array.isArray(saved.ownLinks)) state.ownLinks = saved.ownLinks.filter((x) => typeof x === 'string').slice(0, 3);
    }
  } catch { /* storage off or corrupt: start from defaults */ }
}

function encode(obj) {
  const bytes = new TextEncoder().encode(JSON.stringify(obj));
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}

function decode(text) {
  const bin = atob(text.replaceAll('-', '+').replaceAll('_', '/'));
  const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
  const value = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  if (!value || typeof value !== 'object' || Array.isArray(value)) throw new Error('not a scenario');
  return value;
}

/** A short FNV-1a fingerprint of a link, to recognise this browser's own. */
function fingerprint(text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length}:${(h >>> 0).toString(36)}`;
}

/** Longest scenario link read (characters): far above 1,000 groups, far below what hangs a phone. */
const MAX_LINK = 2_000_000;

const PREVIOUS_KEY = 'jamsostek.v1.previous';

/**
 * Reads `#v=<tab>&s=<scenario>`; returns false when a scenario was there but unreadable. A linked
 * scenario replaces the user's own, so that one is kept aside to be restored (nothing is lost).
 */
function readFragment() {
  if (location.hash.length > MAX_LINK) {
    state.tab = 'plan'; // only plans travel in links: show the message where the plan is
    return false;
  }
  // This browser's own address, left behind by an edit made just before a reload (the address
  // bar follows typing after a pause): what was saved is newer.
  if (location.hash && state.ownLinks.includes(fingerprint(location.hash))) return true;
  const params = new URLSearchParams(location.hash.slice(1));
  if (TABS.includes(params.get('v'))) state.tab = params.get('v');
  // "Biaya program" and "Iuran saya" travel too: their inputs, as typed.
  for (const [key, view] of [['c', 'cost'], ['i', 'mine']]) {
    const text = params.get(key);
    if (!text) continue;
    try { state[view] = decode(text); } catch { return false; }
  }
  const s = params.get('s');
  if (!s) return true;
  try {
    const linked = decode(s);
    if (!embedded && state.plan && JSON.stringify(state.plan) !== JSON.stringify(linked)) {
      try { localStorage.setItem(PREVIOUS_KEY, JSON.stringify(state.plan)); } catch { /* storage off */ }
    }
    state.plan = linked;
    state.planPreset = null;
    return true;
  } catch {
    return false;
  }
}

/** The user's own scenario that a linked one replaced, if one was kept aside. */
function previousPlan() {
  try { return JSON.parse(localStorage.getItem(PREVIOUS_KEY) ?? 'null'); } catch { return null; /* corrupt: nothing to offer */ }
}

function forgetPreviousPlan() {
  try { localStorage.removeItem(PREVIOUS_KEY); } catch { /* storage off */ }
}

// The plan's JSON and link text, recomputed only when the plan changed (it can hold 1,000 groups).
let lastPlanJson = null;
let lastPlanLink = '';

function save() {
  state.plan = planView?.currentPlan() ?? state.plan;
  if (!embedded) try { localStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch { /* storage full or off */ }
  // The address bar follows once typing pauses (rewriting a long URL costs a millisecond).
  clearTimeout(linkTimer);
  linkPending = true;
  linkTimer = setTimeout(updateLink, 300);
}

let linkTimer = 0;
let linkPending = false;

/** The address of a view: the tab, its inputs (cost, mine) and the plan. */
function linkFor(tab) {
  const own = tab === 'cost' ? `&c=${encode(state.cost)}` : tab === 'mine' ? `&i=${encode(state.mine)}` : '';
  return lastPlanLink ? `#v=${tab}${own}&s=${lastPlanLink}` : `#v=${tab}${own}`;
}

/** Puts the current view and plan in the URL fragment (and the WhatsApp link). */
function updateLink() {
  clearTimeout(linkTimer);
  linkPending = false;
  const json = state.plan ? JSON.stringify(state.plan) : null;
  if (json !== lastPlanJson) {
    lastPlanJson = json;
    lastPlanLink = json ? encode(state.plan) : '';
  }
  const hash = linkFor(state.tab);
  if (location.hash !== hash) {
    history.replaceState(null, '', hash);
    planView?.refreshShareLink();
    rememberOwn(hash);
  }
}

/**
 * Remembers one of the last few addresses this browser wrote itself: a reload may start from the
 * address before the one written on leaving, and what was saved is newer than it.
 */
function rememberOwn(hash) {
  const own = fingerprint(hash);
  if (embedded || state.ownLinks.includes(own)) return;
  state.ownLinks = [own, ...state.ownLinks].slice(0, 3);
  try { localStorage.setItem(STORE_KEY, JSON.stringify(state)); } catch { /* storage full or off */ }
}

// ---- trap recovery ----------------------------------------------------------------------------

let recovering = false;

function guard(fn) {
  try {
    fn();
    if (!recovering) $('fatal').hidden = true;
  } catch (err) {
    console.error(err);
    $('fatal').hidden = false;
    if (isTrap(err) && !recovering) {
      // The wasm instance trapped: start a fresh one; the input lives in the page and storage.
      recovering = true;
      engine.files = null; // reloaded on its next use
      $('fatal').textContent = tr('reloading');
      // The planning module too when the view loaded it, its charts' and the panels' when loaded.
      Promise.all([core.reload(), planView || engine.plan ? planning.reload() : null, engine.charts ? charting.reload() : null,
        engine.tools ? panels.reload() : null]).then(() => {
        renderAll();
        $('fatal').textContent = tr('recovered');
      }).catch(() => {
        $('fatal').textContent = tr('crashed');
      }).finally(() => { recovering = false; });
    } else if (!recovering) {
      $('fatal').textContent = tr('crashed');
    }
  }
}

// ---- tabs, the views loaded on first use, language ---------------------------------------------

/** The tab selected and its panel shown, nothing loaded. */
function markTab(tab, focus = false) {
  for (const name of TABS) {
    const on = name === tab;
    const btn = $(`tab-${name}`);
    btn.setAttribute('aria-selected', String(on));
    btn.tabIndex = on ? 0 : -1;
    $(`view-${name}`).hidden = !on;
    if (on && focus) btn.focus();
  }
  // The view shown, for the stylesheet (a class, not :has(), which re-matches on every DOM change).
  document.documentElement.dataset.view = tab;
}

function showTab(tab, focus = false) {
  state.tab = tab;
  markTab(tab, focus);
  if (tab === 'plan') openPlan(); // charts are drawn at the width they are shown at
  if (tab === 'batch') openBatch();
}

/** Loads and sets up the many-areas view on first use (its computation runs in a worker). */
function openBatch() {
  // Its strings and templates beside it: fetched at once, not when views/batch.js has arrived and named them.
  batchLoading ??= Promise.all([import('./views/batch.js'), import('./views/batch-strings.js'), import('./views/batch-template.js')]).then(([mod]) => {
    texts.set('batch', mod.strings);
    translate('batch');
    mod.setupBatch({ saved: state.batch, defaults, changedHook: (settings) => {
      state.batch = settings;
      save();
    } });
    batchView = mod;
    document.body.dataset.batchView = 'ready';
  }).catch((err) => {
    console.error(err);
    batchLoading = null; // let the next opening try again
    $('batch-status').textContent = tr('viewLoadFailed', { detail: String(err?.message ?? err) });
  });
  return batchLoading;
}

/**
 * The planning view's strings, fetched on their own as soon as the view is wanted (they are
 * small; its code and wasm module are not), so that its labels show while the rest loads.
 */
let planStrings = null;
function loadPlanStrings() {
  planStrings ??= import('./views/plan-strings.js').then((mod) => {
    texts.set('plan', mod.strings);
    translate('plan');
  });
  planStrings.catch(() => { planStrings = null; }); // the view's loading reports it
  return planStrings;
}

/** Runs `fn` once, when `el` comes within a screen's height of the viewport. */
function whenNear(el, fn) {
  const seen = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) { seen.disconnect(); fn(); }
  }, { rootMargin: '0px 0px 100% 0px' });
  seen.observe(el);
}


/** Loads and sets up the planning view on first use, then draws it. */
function openPlan() {
  if (planView) { guard(planView.render); return planLoading; }
  planLoading ??= (async () => {
    $('plan-loading').hidden = false;
    if (!planPreloaded) { planPreloaded = true; preload(PLAN_FILES); } // all at once, not import by import
    try {
      const [mod] = await Promise.all([import('./views/plan.js'), engine.loadPlan(), loadPlanStrings()]);
      mod.setupPlan({
        defaults, scenario: state.plan, presetId: state.planPreset, guard,
        // The link (copied, shared, embedded) carries the scenario on screen, even one not yet edited.
        flushLink: () => { state.plan = planView?.currentPlan() ?? state.plan; updateLink(); },
        changedHook: () => {
          state.planPreset = $('plan-preset').value || null;
          save();
        },
        previous: previousPlan(), forgetPrevious: forgetPreviousPlan,
      });
      planView = mod;
      // The first drawing in a task of its own, a frame after the set-up: two tasks instead of one
      // long one (a plan link's blocking time), the page answering input in between. The view's
      // body stays hidden until drawn; a language switch or a new address in that frame reaches
      // the view already (at worst it is drawn twice).
      await afterFrame();
      if (state.tab === 'plan') guard(planView.render);
      $('plan-loading').hidden = true;
      document.body.dataset.plan = 'ready';
      performance.mark('plan-ready'); // what a plan link fetched before it could be read (size.test)
      // The panels' files when the reader comes within a screen of the panels (at once where they
      // are in sight), so that opening one does not wait for the network; not when the browser
      // asks to save data (then they come when a panel is pointed at, focused or opened).
      // Fetched at idle instead, they held a plan link's Lighthouse "interactive" back and added
      // 200–300 ms to its blocking time (paired runs), for a reader who may never open a panel.
      if (!navigator.connection?.saveData) whenNear($('plan-solve-target'), () => preload(PANEL_FILES));
    } catch (err) {
      console.error(err);
      planLoading = null; // let the next opening try again
      $('plan-loading').textContent = tr('planLoadFailed', { detail: String(err?.message ?? err) });
    }
  })();
  return planLoading;
}

function setLanguage(lang) {
  state.lang = lang;
  ui.lang = lang;
  apply(document, lang);
  for (const view of texts.keys()) translate(view);
  $('lang-toggle').lang = lang === 'id' ? 'en' : 'id';
  showRulesAge();
}

/**
 * The footer's rules version and age warning, from the core module (a plan link starts without
 * it: the footer is filled once it has arrived, after the plan is drawn).
 */
function showRulesAge() {
  if (!engine.calc) return;
  const v = engine.calc.version();
  $('rules-version').textContent = tr('rulesVersion', { version: v.version, date: date(v.rulesDate), reviewed: date(v.rulesReviewed) });
  const rules = engine.calc.rulesStatus(today());
  $('rules-stale').hidden = !rules.stale;
  $('rules-stale').textContent = rules.warning ? (ui.lang === 'id' ? rules.warning.messageId : rules.warning.messageEn) : '';
}

function renderAll() {
  if (cost) { guard(cost.render); guard(mine.render); }
  if (planView) guard(planView.relabel);
  if (batchView) guard(batchView.relabel);
}

/** Shows what the address now says: a pasted link, or an entry Back or Forward returned to. */
function followAddress() {
  const plan = JSON.stringify(state.plan);
  // The view first: an address of this browser's own (Back, Forward) changes only that.
  const v = new URLSearchParams(location.hash.slice(1)).get('v');
  if (TABS.includes(v)) state.tab = v;
  const ok = readFragment();
  if (!ok) {
    notify(tr('badLink'));
    showTab(state.tab);
    return;
  }
  cost?.fill(state.cost, defaults);
  mine?.fill(state.mine, defaults);
  if (planView && JSON.stringify(state.plan) !== plan) {
    notify(planView.replacePlan(state.plan) ? tr('linkOpened') : $('plan-status').textContent);
  }
  showTab(state.tab);
  renderAll();
  save();
}

/** A notice where the eye is: under the tabs, announced. */
function notify(text) {
  const n = $('page-notice');
  n.textContent = text;
  n.hidden = !text;
}

async function main() {
  load();
  const fragmentOk = readFragment();
  if (embedLang) state.lang = embedLang;
  ui.lang = state.lang;
  if (state.tab === 'plan') loadPlanStrings().catch(() => {}); // the first screen: its labels early
  apply(document, state.lang);
  for (const view of texts.keys()) translate(view);
  // Labelled as soon as they arrive (before the core module, the longer fetch): an English
  // reader's first screen is not the prerendered Indonesian until then.
  formsLoading?.then(formsArrived).catch(() => { /* said when set up, below */ });
  // What is typed into a form before its script is set up (while the core module arrives; a
  // plan link's forms come after the plan, its tabs working meanwhile) is kept: put back over
  // what was saved once the form is filled.
  const typed = new Map();
  const checks = (input) => input.type === 'radio' || input.type === 'checkbox';
  const early = (e) => typed.set(e.target, checks(e.target) ? e.target.checked : e.target.value);
  for (const v of ['cost', 'mine']) $(`view-${v}`).addEventListener('input', early);
  // A plan link shows its view at once (the prerendered heading and lead, "Memuat perencanaan…")
  // while the planning module comes: on a slow connection the first tab's empty form stood
  // there for seconds.
  if (planFirst) { markTab('plan'); $('plan-loading').hidden = false; }
  try {
    await (planFirst ? engine.loadPlan() : core.reload());
  } catch (err) {
    loadFailed(err);
    return;
  }
  defaults = (engine.calc ?? engine.plan).defaults();
  const changed = (view) => (input) => { state[view] = input; save(); };
  const setupForms = async () => {
    if (!cost) formsArrived(await (formsLoading ?? loadForms()));
    cost.setup({ saved: state.cost, defaults, changed: changed('cost'), guard });
    mine.setup({ saved: state.mine, defaults, changed: changed('mine'), guard });
    for (const v of ['cost', 'mine']) $(`view-${v}`).removeEventListener('input', early);
    for (const [input, value] of typed) input[checks(input) ? 'checked' : 'value'] = value;
    if (!embedded) for (const name of ['cost', 'mine']) offerEmbed($(`view-${name}`), { name, flush: updateLink });
    state.cost = cost.read();
    state.mine = mine.read();
  };
  if (!planFirst) {
    try { await setupForms(); } catch (err) { loadFailed(err); return; }
  }
  setLanguage(state.lang);
  if (embedded) import('./embed.js').then((m) => m.startEmbed({ flush: updateLink })).catch((err) => console.error(err));
  if (!fragmentOk) {
    $('plan-status').textContent = tr('badLink');
    notify(tr('badLink'));
  }
  showTab(state.tab);
  // A plan link draws the plan first and sets up the hidden forms after it, in a task of their
  // own (together they were its longest task), fetching their scripts meanwhile: the language
  // button, the tabs and the address are followed while they come.
  let formsReady = Promise.resolve(true);
  let coreReady = Promise.resolve();
  if (planFirst) {
    await planLoading;
    // Once the plan is on screen (views/plan-results.js whenShown: asked for sooner, the core's
    // 42 KB were counted into the plan link's LCP).
    await (planView ? planView.whenShown() : afterFrame());
    coreReady = engine.loadCore().catch((err) => { console.error(err); /* each view says so when opened */ });
    formsReady = setupForms().then(() => true, (err) => { loadFailed(err); return false; });
  }
  // The view on screen first; the hidden one in a task of its own, so that no single long task
  // holds up the first input on a slow phone. A plan link draws the plan first: "Biaya program"
  // and "Iuran saya" once it is drawn and the core module has arrived (each render asks for it).
  const renders = () => (state.tab === 'mine' ? [mine.render, cost.render] : [cost.render, mine.render]);
  if (!planFirst) guard(renders()[0]);
  save();

  $('lang-toggle').addEventListener('click', () => { setLanguage(state.lang === 'id' ? 'en' : 'id'); renderAll(); save(); });
  // The planning view's labels as soon as the pointer or focus reaches its tab, so they are there
  // when it opens (a few KB, and only when the view is about to be wanted).
  const prefetch = () => { loadPlanStrings().catch(() => {}); };
  for (const ev of ['pointerenter', 'pointerdown', 'focus']) $('tab-plan').addEventListener(ev, prefetch, { once: true });
  const pressTab = (name) => {
    if (state.tab !== name) {
      updateLink(); // the view being left keeps its own address in the history
      showTab(name);
      rememberOwn(linkFor(name));
      history.pushState(null, '', linkFor(name)); // Back returns to the view before, in the app
    }
    save();
  };
  document.removeEventListener('click', pressedEarly);
  if (pressedTab) pressTab(pressedTab);
  for (const name of TABS) {
    const btn = $(`tab-${name}`);
    btn.addEventListener('click', () => pressTab(name));
    btn.addEventListener('keydown', (e) => {
      const keys = { ArrowRight: 1, ArrowLeft: TABS.length - 1, Home: 0, End: 0 };
      if (!(e.key in keys)) return;
      e.preventDefault();
      const next = e.key === 'Home' ? TABS[0] : e.key === 'End' ? TABS.at(-1) : TABS[(TABS.indexOf(name) + keys[e.key]) % TABS.length];
      showTab(next, true);
      save();
    });
  }
  updateLink();
  const flushLink = () => { if (linkPending) updateLink(); };
  window.addEventListener('pagehide', flushLink);
  document.addEventListener('visibilitychange', flushLink);
  // A link typed or pasted into the address bar wins over an update still waiting, and loads at
  // once; Back and Forward move between the views (and plans) this tab has shown.
  window.addEventListener('hashchange', () => { clearTimeout(linkTimer); linkPending = false; followAddress(); });
  window.addEventListener('popstate', followAddress);
  window.jamsostekEngine = engine; // for diagnostics and the recovery test
  const formsOk = await formsReady;
  if (planFirst) {
    await coreReady;
    showRulesAge();
    if (formsOk) guard(renders()[0]);
  }
  await new Promise((ok) => setTimeout(ok, 0));
  if (formsOk) guard(renders()[1]);
  document.body.dataset.ready = 'true';
  // Offline use: cache the page and the calculator (best effort; the page works without it),
  // once the page has loaded, so that it never competes with what the first screen needs.
  if ('serviceWorker' in navigator) {
    const register = () => setTimeout(() => navigator.serviceWorker.register('sw.js').catch(() => {}), 500);
    if (document.readyState === 'complete') register(); else window.addEventListener('load', register, { once: true });
  }
}

// A tab pressed while the calculator is still arriving (the prerendered tabs show before it, and a
// slow phone takes a second or more) is remembered, and opened once main() listens.
let pressedTab = null;
function pressedEarly(e) {
  const tab = e.target.closest?.('[role=tab]');
  if (tab && TABS.includes(tab.id.slice(4))) pressedTab = tab.id.slice(4);
}
document.addEventListener('click', pressedEarly);

main();
