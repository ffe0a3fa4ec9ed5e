// "Perencanaan wilayah": the planning view's entry, which sets up its form, results and sharing.
// Loaded when the view is first opened, with the full wasm module (engine.plan). The scenario is
// read as typed and sent to Rust, which returns the projection, charts and summaries.
import { $, engine } from '../ui.js';
import { strings } from './plan-strings.js';
import { view } from './plan-state.js';
import { fillForm, fillPresetOptions, renderGroups, showPresetInfo, replacePlan, loadPreset, listen as listenForm } from './plan-form.js';
import { render, followResize } from './plan-results.js';
import { refreshShareLink, offerRestore, listen as listenShare } from './plan-share.js';

export { strings, render, refreshShareLink, replacePlan, loadPreset };

export const currentPlan = () => view.plan;

/** Language changed (the shell has relabelled the markup): relabel what JS built, then redraw. */
export function relabel() {
  fillPresetOptions();
  if (view.plan) { renderGroups(); showPresetInfo($('plan-preset').value); }
  render();
}

/**
 * Sets the view up: the saved or linked `scenario` (else Rust's default preset), the shell's
 * `changedHook` (save), `guard` (trap recovery) and `flushLink`, and the user's own scenario a
 * link replaced (`previous`, with `forgetPrevious` once it is restored).
 */
export function setupPlan({ defaults, scenario, presetId, changedHook, guard, flushLink, previous, forgetPrevious }) {
  view.flush = flushLink ?? (() => {});
  view.presets = engine.plan.presets();
  view.fundingSources = defaults.fundingSources;
  view.onChange = changedHook;
  view.guard = guard;
  view.render = render;
  fillPresetOptions();
  if (scenario) {
    view.plan = scenario;
    fillForm();
    if (presetId && view.presets.some((p) => p.id === presetId)) { $('plan-preset').value = presetId; showPresetInfo(presetId); }
  } else {
    view.plan = structuredClone(view.presets.find((p) => p.id === defaults.planPreset)?.scenario ?? {});
    fillForm();
    $('plan-preset').value = defaults.planPreset;
    showPresetInfo(defaults.planPreset);
  }
  listenForm();
  listenShare();
  followResize();
  offerRestore(previous, forgetPrevious);
}
