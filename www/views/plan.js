// "Perencanaan wilayah": the planning view's entry, which sets up its form, results and sharing.
// Loaded when the view is first opened, with the planning wasm module (engine.plan). The scenario is
// read as typed and sent to Rust, which returns the projection, the charts' summaries and data;
// the charts' own module (engine.charts) draws them once the figures are shown. The two
// questions solved backwards (plan-solve.js) and the comparison of plans (plan-compare.js) load
// when their panel is first opened, so that opening the view downloads neither.
import { $, engine } from '../ui.js';
import { strings } from './plan-strings.js';
import { view, tr } from './plan-state.js';
import { fillForm, fillPresetOptions, renderGroups, showPresetInfo, replacePlan, loadPreset, refusal, listen as listenForm } from './plan-form.js';
import { render, followResize, followGlance, whenShown } from './plan-results.js';
import { refreshShareLink, offerRestore, listen as listenShare } from './plan-share.js';
import { relabel as relabelRegionPicker } from './region-picker.js';

export { strings, render, refreshShareLink, replacePlan, loadPreset, whenShown };
// What the modules loaded later (the panels, the region list, the national targets) share with
// the first screen, taken from here: in dist/ the first screen's scripts are one file
// (tools/bundle.mjs), and a module imported apart would be a second copy with a state of its own.
export { view, changed, planName, hasAlternatives } from './plan-state.js';
export { fillForm, fillSourceOptions, renderGroups, h, field, PACKAGES } from './plan-form.js';
export { cardTexts, budgetTable } from './plan-results.js';
export { strings as pickerStrings, picker, status, headLine, unlinkButton, showRegion } from './region-picker.js';

export const currentPlan = () => view.root;

/** Language changed (the shell has relabelled the markup): relabel what JS built, then redraw. */
export function relabel() {
  fillPresetOptions();
  if (view.plan) { renderGroups(); showPresetInfo($('plan-preset').value); }
  relabelRegionPicker();
  render();
}

// ---- the panels loaded on first opening -------------------------------------------------------

// One loader per module: both questions live in plan-solve.js, which is set up once.
const solve = () => import('./plan-solve.js');
const PANELS = {
  'plan-solve-target': solve,
  'plan-solve-budget': solve,
  'plan-compare': () => import('./plan-compare.js'),
};
const loading = new Map();

/**
 * Loads (once) the script behind a panel, the panels' wasm module (engine.tools: solving and
 * comparing, which the view's first screen does without) and the charts' (engine.charts, which
 * draws their charts: mostly here already), then sets the panel up; resolves to the script's module.
 */
export function loadPanel(id) {
  const load = PANELS[id];
  if (!loading.has(load)) {
    loading.set(load, Promise.all([load(), engine.loadTools(), engine.loadCharts()]).then(([mod]) => { mod.setup(); return mod; }).catch((err) => {
      loading.delete(load); // let the next opening try again
      throw err;
    }));
  }
  return loading.get(load);
}

/** Opens or closes a panel (a disclosure: its heading's button says whether it is open). */
export function togglePanel(id, open) {
  const button = $(`${id}-toggle`);
  button.setAttribute('aria-expanded', String(open));
  $(`${id}-body`).hidden = !open;
  if (!open) return Promise.resolve();
  // Its files may still be on their way (a slow phone that opened it at once): say so meanwhile.
  const status = $(`${id}-status`);
  status.textContent = engine.tools ? '' : tr('panelLoading');
  return loadPanel(id).then(() => { status.textContent = ''; document.body.dataset[panelKey(id)] = 'ready'; view.guard(view.render); })
    .catch((err) => { console.error(err); $(`${id}-status`).textContent = tr('panelLoadFailed', { detail: String(err?.message ?? err) }); });
}

/** `plan-solve-target` → `solveTarget` (the page tests wait for body[data-solve-target=ready]). */
const panelKey = (id) => id.slice(5).replace(/-(\w)/g, (_, c) => c.toUpperCase());

function listenPanels() {
  // "+ Jadikan alternatif" shows before the comparison's files have arrived (in its panel, opened
  // while they load): a press waits for them (plan.js wires it, so that the press is not lost).
  for (const id of ['plan-plan-add', 'plan-compare-add']) {
    $(id).addEventListener('click', () => loadPanel('plan-compare').then((mod) => view.guard(mod.addAlternative))
      .catch((err) => { console.error(err); $('plan-compare-status').textContent = tr('panelLoadFailed', { detail: String(err?.message ?? err) }); }));
  }
  for (const id of Object.keys(PANELS)) {
    const toggle = $(`${id}-toggle`);
    toggle.addEventListener('click', (e) => togglePanel(id, e.currentTarget.getAttribute('aria-expanded') !== 'true'));
    // A pointer over the button or the focus on it: the panel is likely next, so its files start
    // now (a failed fetch is retried, and said, when the panel is opened).
    const prefetch = () => { loadPanel(id).catch(() => {}); };
    for (const type of ['pointerenter', 'focus']) toggle.addEventListener(type, prefetch, { once: true });
  }
}

/**
 * Sets the view up: the saved or linked `scenario` (else Rust's default preset), the shell's
 * `changedHook` (save), `guard` (trap recovery) and `flushLink`, and the user's own scenario a
 * link replaced (`previous`, with `forgetPrevious` once it is restored).
 */
export function setupPlan({ defaults, scenario, presetId, changedHook, guard, flushLink, previous, forgetPrevious }) {
  followResize(); // the charts' width read while the layout is clean: first of all
  view.flush = flushLink ?? (() => {});
  view.presets = engine.plan.presets();
  view.fundingSources = defaults.fundingSources;
  view.limits = engine.plan.defaults().limits; // the planning module's (the core's defaults lack them)
  // A linked scenario over the limits is refused before any field is built; the user's own
  // (kept aside when the link replaced it) comes back, else the default preset.
  const refused = scenario && refusal(scenario);
  if (refused) {
    const own = previous && typeof previous === 'object' && !refusal(previous) ? previous : null;
    scenario = own;
    presetId = null;
    if (own) forgetPrevious?.();
    previous = null;
  }
  view.onChange = changedHook;
  view.guard = guard;
  view.render = render;
  view.onReplace = () => { if (view.root.alternatives?.length) togglePanel('plan-compare', true); };
  fillPresetOptions();
  if (scenario) {
    view.root = scenario;
    view.plan = scenario;
    fillForm();
    if (presetId && view.presets.some((p) => p.id === presetId)) { $('plan-preset').value = presetId; showPresetInfo(presetId); }
  } else {
    view.root = structuredClone(view.presets.find((p) => p.id === defaults.planPreset)?.scenario ?? {});
    view.plan = view.root;
    fillForm();
    $('plan-preset').value = defaults.planPreset;
    showPresetInfo(defaults.planPreset);
  }
  listenForm();
  listenShare();
  listenPanels();
  followGlance();
  offerRestore(previous, forgetPrevious);
  if (refused) {
    $('plan-status').textContent = refused;
    // Saved as shown, so the refused scenario does not stay in storage in its place: once the
    // shell has this view (it takes it when setupPlan returns), hence a microtask.
    queueMicrotask(changedHook);
  }
  // A scenario that carries alternatives (a colleague's link, a file) opens with them compared.
  if (Array.isArray(view.root.alternatives) && view.root.alternatives.length) togglePanel('plan-compare', true);
}
