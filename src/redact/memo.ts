// A check remembered per arguments for one pass over one text: repeated keywords (1 MB of `password=`) hand a pass
// the same value again and again, and the word, entropy and placeholder checks on it cost far more than a look-up.

/**
 * `check` answering once per distinct arguments; the key puts each but the last after its length, so no two
 * collide. An answer of undefined is not remembered.
 */
export function memoized<A extends string[], T>(check: (...args: A) => T): (...args: A) => T {
  const answers = new Map<string, T>();
  return (...args) => {
    let key = args[args.length - 1] ?? "";
    for (let i = args.length - 2; i >= 0; i--) key = `${args[i]!.length}:${args[i]}${key}`;
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = check(...args)));
    return answer;
  };
}
