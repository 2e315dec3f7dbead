import type { ZxcvbnFactory } from "@zxcvbn-ts/core";

// Refuses passwords that are common or easy to guess: zxcvbn estimates the guesses an attacker
// would need from dictionaries of leaked passwords, names and words, keyboard patterns and
// dates; below a score of 3 (about 10^8 guesses) the password is refused. No breach database
// can be queried from this machine's network, so this is the "breached-looking" check.

let factory: Promise<ZxcvbnFactory> | undefined;

async function load(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory: Factory }, common, en] = await Promise.all([
    import("@zxcvbn-ts/core"),
    import("@zxcvbn-ts/language-common"),
    import("@zxcvbn-ts/language-en"),
  ]);
  return new Factory({
    dictionary: { ...common.dictionary, ...en.dictionary },
    graphs: common.adjacencyGraphs,
    translations: en.translations,
  });
}

/** "passwordTooCommon" when the password is easy to guess (given the user's own details). */
export async function passwordProblem(
  password: string,
  userInputs: string[] = [],
): Promise<"passwordTooCommon" | null> {
  factory ??= load();
  const zxcvbn = await factory;
  const words = userInputs.flatMap((v) => v.toLowerCase().split(/[\s@.]+/)).filter(Boolean);
  const result = zxcvbn.check(password, [...words, "concordia", "united", "nations"]);
  return result.score < 3 ? "passwordTooCommon" : null;
}
