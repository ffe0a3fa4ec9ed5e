// The planning view's shared state (the scenario as typed, presets, the last good result) and its tr.
import { translator } from '../ui.js';
import { strings } from './plan-strings.js';

export const tr = translator(strings);

/** What the planning view's parts share; plan.js fills it in at set-up. */
export const view = {
  root: null,            // the whole scenario as typed: the baseline, with its alternatives
  plan: null,            // the plan the form edits: `root`, or one alternative's scenario inside it
  editing: -1,           // which: -1 the baseline, else the index in root.alternatives
  presets: [],           // the seed regions, from Rust
  fundingSources: [],    // from Rust's defaults()
  limits: null,          // from Rust's defaults(): groups per plan, alternatives
  lastGood: null,        // the last successful planView response, for the plan being edited
  panels: new Set(),     // the question and comparison panels' redraws, once loaded (run after each render)
  render: () => {},      // recompute and redraw (plan-results.js)
  onReplace: () => {},   // another scenario took the editor's place (plan.js: open its comparison)
  onChange: () => {},    // the shell's: save
  guard: (fn) => fn(),   // the shell's guard, which recovers from a wasm trap
  flush: () => {},       // the shell's: bring the address bar up to date
};

/** The scenario was edited: save it, then redraw. */
export function changed() {
  view.onChange();
  view.guard(view.render);
}

/** The name of plan `i` (-1 the baseline) as the user sees it, the default when none was typed. */
export function planName(i) {
  if (i < 0) return view.root?.planName?.trim() || tr('baselineName');
  return view.root?.alternatives?.[i]?.name?.trim() || tr('altName', { n: i + 1 });
}

/** Whether the scenario carries alternatives (then results say which plan they are for). */
export const hasAlternatives = () => (view.root?.alternatives?.length ?? 0) > 0;
