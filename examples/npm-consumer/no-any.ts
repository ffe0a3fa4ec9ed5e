// Fails to type-check if any export of the package takes or returns `any` (or `unknown`).
import * as full from 'jamsostek';
import * as core from 'jamsostek/core';
import * as plan from 'jamsostek/plan';
import * as charts from 'jamsostek/charts';

type IsAny<T> = 0 extends 1 & T ? true : false;
type IsUnknown<T> = unknown extends T ? (IsAny<T> extends true ? false : true) : false;
type Loose<T> = IsAny<T> extends true ? true : IsUnknown<T>;
type Fn = (...args: never[]) => unknown;
/** The exports whose parameters or result are `any` / `unknown`. */
type LooseExports<M> = {
  [K in keyof M]: M[K] extends Fn
    ? K extends 'default' | 'initSync' ? never
      : true extends Loose<ReturnType<M[K]>> | { [I in keyof Parameters<M[K]>]: Loose<Parameters<M[K]>[I]> }[number] ? K : never
    : never;
}[keyof M];

const none = <T extends never>(): T | undefined => undefined;
none<LooseExports<typeof core>>();
none<LooseExports<typeof plan>>();
none<LooseExports<typeof charts>>();
none<LooseExports<typeof full>>();

// The classes' methods too.
type LooseMethods<C> = {
  [K in keyof C]: C[K] extends Fn
    ? true extends Loose<ReturnType<C[K]>> | { [I in keyof Parameters<C[K]>]: Loose<Parameters<C[K]>[I]> }[number] ? K : never
    : never;
}[keyof C];
none<LooseMethods<full.BatchJob>>();
none<LooseMethods<full.Regions>>();
none<LooseMethods<full.BatchCodes>>();
none<ConstructorParameters<typeof full.BatchJob>[1] extends full.BatchRequest ? never : 'BatchJob request'>();

// And the types say what the README says.
const cost: full.ProgramCostResponse = core.programCost({ workers: 1, months: 1, asOf: '2026-01-01' });
const value: number | undefined = cost.total?.value;
const years: number[] = full.project({ region: { baseYear: 2024 }, current: { total: 1 } }).years.map((y) => y.year);
export { value, years };
