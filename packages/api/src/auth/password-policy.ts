import { AppError } from "@propgov/core";

/** The shortest password accepted, as `passwordSchema` in core says. */
export const PASSWORD_MIN_LENGTH = 10;
/** Usernames shorter than this are only refused as the whole password, not as a part of it. */
const USERNAME_PART_MIN_LENGTH = 3;
/**
 * The lowest zxcvbn score accepted (0–4): 2 means more than about 10^6 guesses, so a common
 * password, a case or l33t variation of one, a keyboard walk, a sequence or a repetition fails.
 */
const MIN_SCORE = 2;

export type PasswordRefusal = "password_too_short" | "password_contains_username" | "password_too_common";

const explanations: Record<PasswordRefusal, { zh: string; en: string }> = {
  password_too_short: {
    zh: `密码至少需要 ${PASSWORD_MIN_LENGTH} 个字符。`,
    en: `A password needs at least ${PASSWORD_MIN_LENGTH} characters.`,
  },
  password_contains_username: {
    zh: "密码不能是用户名，也不能包含用户名（不区分大小写）。",
    en: "A password must not be the username nor contain it (in any case).",
  },
  password_too_common: {
    zh: "密码过于常见、容易被猜中：它是（或近似于）常用密码，或是键盘序列、顺序或重复字符。请换一个更长、不常见的短语。",
    en: "This password is too common or too easy to guess: it is (or is close to) a widely used password, a keyboard pattern, a sequence or a repetition. Choose a longer, less common phrase.",
  },
};

type Estimator = (password: string) => number;
let estimator: Promise<Estimator> | undefined;

/**
 * zxcvbn-ts with the common-passwords dictionary of @zxcvbn-ts/language-common (about 49,000
 * ranked passwords, matched with case, l33t and reversal variations). Loaded on first use: the
 * dictionary costs some milliseconds to unpack, which a process that never sets a password
 * never pays.
 */
function passwordScore(): Promise<Estimator> {
  estimator ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]).then(
    ([{ ZxcvbnFactory }, common]) => {
      const zxcvbn = new ZxcvbnFactory({
        dictionary: { "passwords-common": common.dictionary["passwords-common"] },
        graphs: common.adjacencyGraphs,
      });
      return (password) => zxcvbn.check(password).score;
    },
  );
  return estimator;
}

/** Why `password` is refused for the account `username`, or `null` when it passes. */
export async function passwordRefusal(password: string, username: string): Promise<PasswordRefusal | null> {
  if (password.length < PASSWORD_MIN_LENGTH) return "password_too_short";
  const lowered = password.normalize("NFKC").toLowerCase();
  const name = username.normalize("NFKC").toLowerCase();
  if (lowered === name || (name.length >= USERNAME_PART_MIN_LENGTH && lowered.includes(name))) {
    return "password_contains_username";
  }
  const score = (await passwordScore())(password.normalize("NFKC"));
  return score < MIN_SCORE ? "password_too_common" : null;
}

/**
 * Refuses a password that breaks the policy with 422 naming the field at `path` (e.g.
 * `body.password`), the reason and a bilingual explanation. Applied wherever a password is set:
 * creating a user or a platform user, a password change, an admin's reset.
 */
export async function assertPasswordPolicy(
  password: string,
  { username, path }: { username: string; path: string },
): Promise<void> {
  const refusal = await passwordRefusal(password, username);
  if (!refusal) return;
  const { en, zh } = explanations[refusal];
  throw new AppError("unprocessable", en, {
    errors: [{ path, message: en }],
    extensions: { reason: refusal, explanation: { zh, en } },
  });
}
