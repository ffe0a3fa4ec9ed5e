// The two Node built-ins the example uses, declared by hand so that type-checking the example
// needs nothing but typescript and the package itself (no @types/node).
declare module 'node:fs' {
  export function readFileSync(path: URL): Uint8Array;
}
declare module 'node:assert/strict' {
  interface Assert {
    (value: unknown, message?: string): asserts value;
    ok(value: unknown, message?: string): asserts value;
    equal<T>(actual: unknown, expected: T, message?: string): asserts actual is T;
  }
  const assert: Assert;
  export default assert;
}
