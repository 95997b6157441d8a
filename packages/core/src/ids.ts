/**
 * Prefixed, time-sortable identifiers such as `usr_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`.
 * The body is a ULID (48-bit millisecond time + 80 random bits, Crockford base32),
 * so ids sort by creation time and read well in logs and support tickets.
 */
const ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export const idPrefixes = {
  tenant: "ten",
  user: "usr",
  platformUser: "pusr",
  session: "ses",
  platformSession: "pses",
  apiKey: "key",
  auditEvent: "aud",
  request: "req",
  region: "reg",
  compound: "cpd",
  grid: "grd",
  company: "cmp",
  contract: "ctr",
  projectManagerEntry: "pmh",
  inspection: "isp",
  committee: "cmt",
  partyOrg: "pty",
  department: "dep",
  body: "bdy",
  staff: "stf",
  venue: "ven",
  case: "cas",
  caseEvent: "cev",
  caseDepartment: "cdp",
  caseAssignment: "cag",
  unroutedRequest: "urq",
  meeting: "mtg",
  meetingResolution: "mrs",
  disclosure: "dsc",
  task: "tsk",
  taskEvent: "tev",
  lifecycleEvent: "lce",
  signOff: "sgn",
  nomination: "nom",
  creditRecord: "crd",
  creditAppeal: "cap",
  assessmentTemplate: "atp",
  assessment: "asm",
  scorecard: "scd",
  attachment: "att",
  outboxMessage: "msg",
  delivery: "dlv",
  notification: "ntf",
  deliveryAttempt: "dla",
  webhookSubscription: "whk",
  evaluation: "evl",
  finding: "fnd",
} as const;

export type IdKind = keyof typeof idPrefixes;
/** The prefix of an id kind, `usr` for a user. */
export type IdPrefix = (typeof idPrefixes)[IdKind];

function encodeTime(ms: number): string {
  let out = "";
  let value = ms;
  for (let i = 0; i < 10; i++) {
    out = ALPHABET[value % 32] + out;
    value = Math.floor(value / 32);
  }
  return out;
}

function encodeRandom(bytes: Uint8Array): string {
  // 80 bits → 16 base32 characters, 5 bits at a time.
  let out = "";
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      out += ALPHABET[(buffer >> bits) & 31];
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

/** A new ULID; `now` is injectable for tests. */
export function ulid(now: number = Date.now()): string {
  const random = new Uint8Array(10);
  crypto.getRandomValues(random);
  return encodeTime(now) + encodeRandom(random);
}

export function newId(kind: IdKind, now?: number): string {
  return `${idPrefixes[kind]}_${ulid(now)}`;
}

const ID_PATTERN = /^[a-z]{2,5}_[0-9A-HJKMNP-TV-Z]{26}$/;

const patterns = new Map<string, RegExp>();

/**
 * The shape a request's id is checked against: one of `prefixes`, an underscore and 26 characters
 * (`^cas_[0-9A-Z]{26}$`; several: `^(reg|dep)_…$`). Every route and schema takes its id pattern
 * from here, so that the prefixes are written once, in `idPrefixes`.
 */
export function idPattern(...prefixes: [IdPrefix, ...IdPrefix[]]): RegExp {
  const key = prefixes.join("|");
  let pattern = patterns.get(key);
  if (!pattern) {
    pattern = new RegExp(`^${prefixes.length === 1 ? key : `(${key})`}_[0-9A-Z]{26}$`);
    patterns.set(key, pattern);
  }
  return pattern;
}

/** The shape of any id (a cursor, an actor), whatever its kind. */
export const anyIdPattern = /^[a-z]{2,5}_[0-9A-Z]{26}$/;

/** True when `value` looks like an id of the given kind. */
export function isId(kind: IdKind, value: string): boolean {
  return ID_PATTERN.test(value) && value.startsWith(`${idPrefixes[kind]}_`);
}
