// A check remembered per arguments for one pass over one text: repeated keywords (1 MB of `password=`) hand a pass
// the same value again and again, and the word, entropy and placeholder checks on it cost far more than a look-up.

type Node = Map<string, unknown>;

/**
 * `check` answering once per distinct arguments. The answers sit in maps nested by argument, so no key is built
 * (joining a long value to its keyword cost more than the look-up). An answer of undefined is not remembered.
 */
export function memoized<A extends [string, ...string[]], T>(check: (...args: A) => T): (...args: A) => T {
  const root: Node = new Map();
  return (...args) => {
    let node = root;
    for (let i = 0; i < args.length - 1; i++) {
      let next = node.get(args[i]!) as Node | undefined;
      if (next === undefined) node.set(args[i]!, (next = new Map()));
      node = next;
    }
    const last = args[args.length - 1]!;
    let answer = node.get(last) as T | undefined;
    if (answer === undefined) node.set(last, (answer = check(...args)));
    return answer;
  };
}
