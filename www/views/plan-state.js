// The planning view's shared state (the scenario as typed, presets, the last good result) and its tr.
import { translator } from '../ui.js';
import { strings } from './plan-strings.js';

export const tr = translator(strings);

/** What the planning view's parts share; plan.js fills it in at set-up. */
export const view = {
  plan: null,            // the scenario as typed
  presets: [],           // the seed regions, from Rust
  fundingSources: [],    // from Rust's defaults()
  lastGood: null,        // the last successful planView response
  panels: new Set(),     // the question panels' redraws, once loaded (run after each render)
  render: () => {},      // recompute and redraw (plan-results.js)
  onChange: () => {},    // the shell's: save
  guard: (fn) => fn(),   // the shell's guard, which recovers from a wasm trap
  flush: () => {},       // the shell's: bring the address bar up to date
};

/** The scenario was edited: save it, then redraw. */
export function changed() {
  view.onChange();
  view.guard(view.render);
}

