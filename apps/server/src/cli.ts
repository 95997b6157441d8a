#!/usr/bin/env node
import { createInterface } from "node:readline";
import { parseArgs } from "node:util";
import {
  CASE_ROLLUP_MEASURES,
  createApiKey,
  createTenant,
  createUser,
  deleteDemoTenant,
  findTenantBySlug,
  installPresetTemplates,
  type ResolvedDeps,
  rebuildCaseRollups,
  resolveDeps,
  type ServiceContext,
  setTenantEnabled,
  systemPrincipal,
  verifyCaseRollups,
} from "@propgov/api";
import {
  AppError,
  checkRoleScope,
  DEFAULT_TIMEZONE,
  displayNameSchema,
  divisionCodeSchema,
  newId,
  type PresetId,
  passwordSchema,
  presetIds,
  roleScopeKey,
  type Scope,
  scopeSchema,
  type TenantRole,
  tenantRoleSchema,
  tenantRoles,
  tenantSettingsSchema,
  tenantSlugSchema,
  timeZoneSchema,
  usernameSchema,
} from "@propgov/core";
import { moveTenant } from "@propgov/db";
import { migrate } from "@propgov/db/migrate";
import { z } from "zod";
import { type DatabaseConfig, loadDatabaseConfig } from "./config.js";
import { backupDataDir, type OpenedShards, openDatabase, openShards, restoreDataDir } from "./database.js";
import { describeError, optionName } from "./errors.js";
import { nodeScryptHasher } from "./hasher.js";

type OptionSpec = { type: "string" | "boolean"; multiple?: boolean; short?: string };
type Values = Record<string, string | boolean | (string | boolean)[] | undefined>;

interface Command {
  name: string;
  summary: string;
  usage: string;
  details: string;
  options: Record<string, OptionSpec>;
  /** The option one positional argument may give instead (`tenant move <slug>`). */
  positional?: string;
  /** Validates the options (and reads stdin) before the database is opened. */
  prepare?(values: Values): Promise<(deps: ResolvedDeps) => Promise<unknown>>;
  /** Instead of `prepare`: a command that handles the database files itself (backup, restore). */
  direct?(values: Values, config: DatabaseConfig): Promise<unknown>;
  /** The exit code of a command that ran (default 0), e.g. 1 when a check found problems. */
  exitCode?(result: unknown): number;
}

const ENVIRONMENT = `Environment:
  DATABASE_URL       PostgreSQL connection URL; when unset, PGlite on disk is used
  PROPGOV_DATA_DIR   PGlite data folder (default ./.data, relative to where you run the command)
  PROPGOV_SHARDS     more PostgreSQL databases for counties: name=postgres://…,name=postgres://…

PGlite on disk serves one process at a time: stop the server before running a command on its
folder, or run both against PostgreSQL.`;

const rolesHelp = tenantRoles
  .map((r) => `    ${r.padEnd(18)}${roleScopeKey[r] ? `needs --scope ${roleScopeKey[r]}=…` : "whole county"}`)
  .join("\n");

/** A field path as the user knows it: an option name, or the password read from stdin. */
const cliLabel = (path: string) =>
  path === "password" || path === "body.password"
    ? "password (stdin)"
    : path.startsWith("path.")
      ? `--${path.slice(5)}`
      : path.startsWith("settings.caseNumberPrefix")
        ? "--case-prefix"
        : optionName(path);

/** Validation failed before anything ran; paths are option names. */
class UsageError extends AppError {}

/** Roles and scope must fit together (the services check again); fail before opening the database. */
function assertRoleScope(roles: TenantRole[], scope: Scope | undefined) {
  const problems = checkRoleScope(roles, scope);
  if (problems.length > 0) {
    throw new UsageError("unprocessable", "Roles and scope do not fit together.", {
      errors: problems.map((p) => ({ path: cliLabel(p.path), message: p.message })),
    });
  }
}

function validate<T extends z.ZodType>(schema: T, input: unknown): z.output<T> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const errors = result.error.issues.map((issue) => ({
    path: cliLabel(issue.path.map(String).join(".") || "input"),
    message: issue.code === "invalid_type" && issue.input === undefined ? "Required." : issue.message,
  }));
  throw new UsageError("unprocessable", "Invalid options.", { errors });
}

const list = (value: unknown) =>
  typeof value === "string"
    ? value
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean)
    : value;

const rolesOption = z.preprocess(list, z.array(tenantRoleSchema).min(1, "Give at least one role."));

const scopeOption = z
  .array(z.string().regex(/^\s*\w+\s*=\s*\S/, "Use key=value, e.g. regionId=reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0."))
  .optional()
  .transform((pairs) =>
    pairs
      ? Object.fromEntries(
          pairs.map((pair) => {
            const at = pair.indexOf("=");
            return [pair.slice(0, at).trim(), pair.slice(at + 1).trim()];
          }),
        )
      : undefined,
  )
  .pipe(scopeSchema.optional());

async function tenantOf(deps: ResolvedDeps, slug: string) {
  const tenant = await findTenantBySlug(deps, slug);
  if (!tenant) {
    throw new AppError("not_found", `No tenant with slug '${slug}'.`, {
      errors: [{ path: "body.tenant", message: "Not found; create it with `propgov tenant create`." }],
    });
  }
  return tenant;
}

const ctxOf = (deps: ResolvedDeps): ServiceContext => ({
  deps,
  requestId: newId("request"),
  principal: systemPrincipal("cli"),
});

/** The new user's password: typed without echo at a terminal, else the first line of stdin. */
async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) {
    const first = await readHidden("Password for the new user: ");
    const again = await readHidden("Repeat the password: ");
    if (first !== again) {
      throw new UsageError("unprocessable", "The two passwords differ.", {
        errors: [{ path: "password (stdin)", message: "Type the same password twice." }],
      });
    }
    return first;
  }
  const line = await new Promise<string | null>((resolve) => {
    const rl = createInterface({ input: process.stdin, terminal: false });
    let done = false;
    rl.once("line", (text) => {
      done = true;
      rl.close();
      resolve(text);
    });
    rl.once("close", () => {
      if (!done) resolve(null);
    });
  });
  process.stdin.destroy();
  if (!line) {
    throw new UsageError("unprocessable", "No password on stdin.", {
      errors: [
        {
          path: "password (stdin)",
          message:
            "Pipe it as the first line of stdin, e.g. printf '%s\\n' \"$PASSWORD\" | propgov user create …",
        },
      ],
    });
  }
  return line;
}

function readHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  return new Promise((resolve) => {
    let typed = "";
    // No echo from here on; only then the prompt, so nothing typed after it can show.
    stdin.setRawMode(true);
    process.stderr.write(prompt);
    stdin.resume();
    stdin.setEncoding("utf8");
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n" || ch === "\u0004") {
          stdin.off("data", onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stderr.write("\n");
          resolve(typed);
          return;
        }
        if (ch === "\u0003") {
          stdin.setRawMode(false);
          process.stderr.write("\n");
          process.exit(130);
        }
        if (ch === "\u007f" || ch === "\b") typed = typed.slice(0, -1);
        else typed += ch;
      }
    };
    stdin.on("data", onData);
  });
}

const embeddedOnly = (command: string, tool: string) =>
  new UsageError("unprocessable", `propgov ${command} is for the embedded database; DATABASE_URL is set.`, {
    errors: [{ path: "DATABASE_URL", message: `On PostgreSQL use ${tool} (README, "Backups").` }],
  });

/** `tenant disable` and `tenant enable`: a county stops serving (404 everywhere) or serves again. */
function tenantToggle(enabled: boolean): Command {
  const name = enabled ? "tenant enable" : "tenant disable";
  return {
    name,
    summary: enabled ? "enable a disabled county again" : "disable a county: every route of it answers 404",
    usage: `propgov ${name} --slug <slug>`,
    details: enabled
      ? "The county serves again (its routes, public ones and Open311, and its users' sign-in)."
      : "Every route of the county, public ones and Open311 included, answers 404 and its users cannot\nsign in. Nothing is deleted: `propgov tenant enable` undoes it.",
    options: { slug: { type: "string" } },
    async prepare(values) {
      const { slug } = validate(z.object({ slug: tenantSlugSchema }), { slug: values.slug });
      return (deps) => setTenantEnabled(ctxOf(deps), slug, enabled);
    },
  };
}

const commands: Command[] = [
  {
    name: "migrate",
    summary: "apply pending database migrations",
    usage: "propgov migrate",
    details:
      "Applies the migrations the database lacks, in one transaction, as the connecting role (the\nschema owner on PostgreSQL). On PostgreSQL no other command migrates: they run with the\nserver's runtime login. On the embedded database every command migrates first.",
    options: {},
    async prepare() {
      return async () => ({});
    },
  },
  {
    name: "tenant create",
    summary: "create a county (tenant)",
    usage:
      "propgov tenant create --slug <slug> --name <name> --division-code <code> [--timezone <zone>] [--preset <id>] [--case-prefix <prefix>] [--shard <name>]",
    details: `Options:
  --slug <slug>            lower-case letters, digits, hyphens; appears in /v1/tenants/<slug>
  --name <name>            the county's name, e.g. 蒙城县
  --division-code <code>   six-digit administrative division code, e.g. 341622
  --timezone <zone>        IANA time zone (default ${DEFAULT_TIMEZONE})
  --preset <id>            the mechanism it starts from: ${presetIds.join(", ")} (default anhui-3338)
  --case-prefix <prefix>   case numbers read <PREFIX>-2026-000123 (default: two letters of the slug)
  --shard <name>           the database its rows go to: default, or a name of PROPGOV_SHARDS

Example:
  propgov tenant create --slug mengcheng --name 蒙城县 --division-code 341622 --case-prefix MC`,
    options: {
      slug: { type: "string" },
      name: { type: "string" },
      "division-code": { type: "string" },
      timezone: { type: "string" },
      preset: { type: "string" },
      "case-prefix": { type: "string" },
      shard: { type: "string" },
    },
    async prepare(values) {
      const input = validate(
        z.object({
          slug: tenantSlugSchema,
          name: z.string().trim().min(1).max(100),
          divisionCode: divisionCodeSchema,
          timezone: timeZoneSchema.optional(),
          preset: z.enum(presetIds as [PresetId, ...PresetId[]]).optional(),
          settings: tenantSettingsSchema.optional(),
          shard: z.string().optional(),
        }),
        {
          slug: values.slug,
          name: values.name,
          divisionCode: values["division-code"],
          timezone: values.timezone,
          preset: values.preset,
          settings: values["case-prefix"] ? { caseNumberPrefix: values["case-prefix"] } : undefined,
          shard: values.shard,
        },
      );
      return (deps) => createTenant(ctxOf(deps), input);
    },
  },
  {
    name: "backup",
    summary: "write a backup of the embedded database to a file (server stopped)",
    usage: "propgov backup --file <path.tar.gz>",
    details: `Writes the embedded database (PROPGOV_DATA_DIR) as a gzip tarball. Stop the server first: the
data folder is locked while the backup runs. On PostgreSQL use pg_dump (README, "Backups").

Example:
  propgov backup --file /var/backups/propgov-$(date +%F).tar.gz`,
    options: { file: { type: "string" } },
    async direct(values, config) {
      const { file } = validate(z.object({ file: z.string().min(1) }), { file: values.file });
      if (config.kind !== "pglite") throw embeddedOnly("backup", "pg_dump");
      return { file, ...(await backupDataDir(config.dataDir, file)) };
    },
  },
  {
    name: "restore",
    summary: "restore the embedded database from a backup file (server stopped)",
    usage: "propgov restore --file <path.tar.gz> [--replace]",
    details: `Restores a \`propgov backup\` file into PROPGOV_DATA_DIR. A folder that holds a database is
refused unless --replace: then it is moved aside to <folder>.before-restore-<time> (kept, delete
it yourself once you are sure). Stop the server first. On PostgreSQL use pg_restore (README).

Options:
  --file <path>   the backup
  --replace       move an existing database aside instead of refusing`,
    options: { file: { type: "string" }, replace: { type: "boolean" } },
    async direct(values, config) {
      const { file } = validate(z.object({ file: z.string().min(1) }), { file: values.file });
      if (config.kind !== "pglite") throw embeddedOnly("restore", "pg_restore");
      const restored = await restoreDataDir(config.dataDir, file, { replace: values.replace === true });
      return { file, dataDir: config.dataDir, ...restored };
    },
  },
  tenantToggle(false),
  tenantToggle(true),
  {
    name: "tenant move",
    summary: "move a county's rows to another database shard, verified",
    usage: "propgov tenant move <slug> --to <shard>",
    details: `Moves a county between the databases of PROPGOV_SHARDS (DATABASE_URL is the shard
\`default\` and the directory). Run it as the schema owner of every shard (as \`propgov migrate\`),
with the servers configured with the same PROPGOV_SHARDS. While it runs the county's requests
answer 503 with Retry-After; the requests in flight finish first. It copies the rows of every
tenant table in foreign-key order, checks each table's row count and checksum on both sides,
switches the directory, then deletes the old rows. When anything fails before the switch, the
county stays where it was and the target keeps nothing of it.

Example:
  propgov tenant move mengcheng --to east`,
    options: { slug: { type: "string" }, to: { type: "string" } },
    positional: "slug",
    async prepare(values) {
      const input = validate(z.object({ slug: tenantSlugSchema, to: z.string().min(1) }), {
        slug: values.slug,
        to: values.to,
      });
      return async (deps) => {
        const tenant = await tenantOf(deps, input.slug);
        const log = (line: string) => process.stderr.write(`propgov: ${line}\n`);
        return moveTenant(deps.shards, tenant.id, input.to, { log });
      };
    },
  },
  {
    name: "tenant delete",
    summary: "delete a demo tenant (the Mengcheng sample data) with all its data",
    usage: "propgov tenant delete --slug <slug>",
    details: `Deletes a tenant marked demo, such as the Mengcheng tenant a first start with
PROPGOV_DEMO=true creates, with every record of it. Any other tenant is refused: disable it
instead. The deletion is kept in the platform audit trail.

Example:
  propgov tenant delete --slug mengcheng`,
    options: { slug: { type: "string" } },
    async prepare(values) {
      const { slug } = validate(z.object({ slug: tenantSlugSchema }), { slug: values.slug });
      return async (deps) => {
        await deleteDemoTenant(ctxOf(deps), slug);
        return { deleted: slug };
      };
    },
  },
  {
    name: "templates install",
    summary: "give a county the preset assessment templates it lacks",
    usage: "propgov templates install --tenant <slug> [--preset <id>]",
    details: `Writes version 1 of each assessment template the preset ships (anhui-3338: company and
township) that the county does not have yet, e.g. a county created before templates existed.
Templates the county has, its own versions included, are kept as they are. Audited.

Options:
  --tenant <slug>          the county
  --preset <id>            ${presetIds.join(", ")} (default anhui-3338)

Example:
  propgov templates install --tenant mengcheng`,
    options: { tenant: { type: "string" }, preset: { type: "string" } },
    async prepare(values) {
      const input = validate(
        z.object({
          tenant: tenantSlugSchema,
          preset: z.enum(presetIds as [PresetId, ...PresetId[]]).default("anhui-3338"),
        }),
        { tenant: values.tenant, preset: values.preset },
      );
      return async (deps) => {
        const tenant = await tenantOf(deps, input.tenant);
        return installPresetTemplates({ ...ctxOf(deps), tenant }, input.preset);
      };
    },
  },
  {
    name: "user create",
    summary: "create a user in a county (password on stdin)",
    usage:
      "propgov user create --tenant <slug> --username <name> --display-name <name> --roles <r1,r2> [--scope key=value]",
    details: `Options:
  --tenant <slug>          the county
  --username <name>        sign-in name: letters, digits and . _ @ -
  --display-name <name>    as shown to others
  --roles <r1,r2>          comma-separated; one of
${rolesHelp}
  --scope <key=value>      the part of the county a scoped role acts in, e.g. regionId=reg_…

The password is read from stdin: typed (not echoed) at a terminal, else the first line.

Example:
  printf '%s\\n' "$PASSWORD" | propgov user create --tenant mengcheng --username zhang \\
    --display-name 张伟 --roles regionStaff --scope regionId=reg_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0`,
    options: {
      tenant: { type: "string" },
      username: { type: "string" },
      "display-name": { type: "string" },
      roles: { type: "string" },
      scope: { type: "string", multiple: true },
    },
    async prepare(values) {
      const input = validate(
        z.object({
          tenant: tenantSlugSchema,
          username: usernameSchema,
          displayName: displayNameSchema,
          roles: rolesOption,
          scope: scopeOption,
        }),
        {
          tenant: values.tenant,
          username: values.username,
          displayName: values["display-name"],
          roles: values.roles,
          scope: values.scope,
        },
      );
      assertRoleScope(input.roles, input.scope);
      const password = validate(z.object({ password: passwordSchema }), {
        password: await readPassword(),
      }).password;
      return async (deps) => {
        const tenant = await tenantOf(deps, input.tenant);
        const { tenant: _slug, ...user } = input;
        return createUser({ ...ctxOf(deps), tenant }, { ...user, password });
      };
    },
  },
  {
    name: "apikey create",
    summary: "create an API key for a machine client (printed once)",
    usage: "propgov apikey create --tenant <slug> --name <name> --roles <r1,r2> [--scope key=value]",
    details: `Options:
  --tenant <slug>          the county
  --name <name>            what the key is for, e.g. "12345 hotline bridge"
  --roles <r1,r2>          comma-separated; one of
${rolesHelp}
  --scope <key=value>      the part of the county a scoped role acts in

The key is printed once, in the "key" field; only a hash of it is stored. Send it as
Authorization: Bearer <key>.`,
    options: {
      tenant: { type: "string" },
      name: { type: "string" },
      roles: { type: "string" },
      scope: { type: "string", multiple: true },
    },
    async prepare(values) {
      const input = validate(
        z.object({
          tenant: tenantSlugSchema,
          name: z.string().trim().min(1).max(100),
          roles: rolesOption,
          scope: scopeOption,
        }),
        { tenant: values.tenant, name: values.name, roles: values.roles, scope: values.scope },
      );
      assertRoleScope(input.roles, input.scope);
      return async (deps) => {
        const tenant = await tenantOf(deps, input.tenant);
        const { tenant: _slug, ...key } = input;
        const created = await createApiKey({ ...ctxOf(deps), tenant }, key);
        process.stderr.write("propgov: store the key now; it is not shown again.\n");
        return created;
      };
    },
  },
  {
    name: "rollups verify",
    summary: "check the case KPI rollups against a recompute from the cases",
    usage: "propgov rollups verify [--tenant <slug>] [--limit <n>]",
    details: `Recomputes each county's case KPI rollups (case_rollups: counts per community, day, category
and kind, which a trigger on cases keeps and GET kpis/cases reads) from its cases and compares.
Prints per county the number of rows that differ and the first of them, each with the stored and
the expected counters (${CASE_ROLLUP_MEASURES.join(", ")}). Read-only.
Exits 1 when any county's rollups differ: repair them with \`propgov rollups rebuild\`.

Options:
  --tenant <slug>   only this county (default: every county, disabled ones too)
  --limit <n>       differing rows listed per county (default 20; the count is always complete)

Example:
  propgov rollups verify --tenant mengcheng`,
    options: { tenant: { type: "string" }, limit: { type: "string" } },
    async prepare(values) {
      const input = validate(rollupsOptions, { tenant: values.tenant, limit: values.limit });
      return async (deps) => rollupsReport(await verifyCaseRollups(deps, input));
    },
    exitCode: (result) => ((result as { mismatches: number }).mismatches > 0 ? 1 : 0),
  },
  {
    name: "rollups rebuild",
    summary: "replace the case KPI rollups by a recompute from the cases",
    usage: "propgov rollups rebuild [--tenant <slug>] [--limit <n>]",
    details: `Rewrites each county's case KPI rollups from its cases, in one transaction per county, and
prints what changed: per county the number of rows that differed before, the first of them
(stored and expected counters: ${CASE_ROLLUP_MEASURES.join(", ")}) and the rows written.
Safe while the server runs: case changes of every county wait for each county's rebuild
(about a second per 100,000 cases).

Options:
  --tenant <slug>   only this county (default: every county, disabled ones too)
  --limit <n>       changed rows listed per county (default 20; the count is always complete)

Example:
  propgov rollups rebuild --tenant mengcheng && propgov rollups verify --tenant mengcheng`,
    options: { tenant: { type: "string" }, limit: { type: "string" } },
    async prepare(values) {
      const input = validate(rollupsOptions, { tenant: values.tenant, limit: values.limit });
      return async (deps) => {
        const repaired = await rebuildCaseRollups(deps, input);
        return { ...rollupsReport(repaired), rowsWritten: repaired.reduce((n, t) => n + t.rowsWritten, 0) };
      };
    },
  },
];

const rollupsOptions = z
  .object({
    tenant: tenantSlugSchema.optional(),
    limit: z.coerce.number().int().min(0).max(10_000).default(20),
  })
  .transform(({ tenant, limit }) => ({ slug: tenant, limit }));

/** Per-county results with the total of mismatching rows first. */
const rollupsReport = <T extends { mismatches: number }>(tenants: T[]) => ({
  mismatches: tenants.reduce((n, t) => n + t.mismatches, 0),
  tenants,
});

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length)) + 2;
  return `propgov: manage a propgov installation from the shell

Usage: propgov <command> [options]

Commands:
${commands.map((c) => `  ${c.name.padEnd(width)}${c.summary}`).join("\n")}

Run \`propgov <command> --help\` for a command's options. Success prints JSON on stdout;
a problem is printed on stderr with exit code 1.

${ENVIRONMENT}
`;
}

const commandHelp = (c: Command) =>
  `Usage: ${c.usage}\n\n${c.summary[0]?.toUpperCase()}${c.summary.slice(1)}.\n\n${c.details}\n\n${ENVIRONMENT}\n`;

async function finish(code: number): Promise<never> {
  await new Promise<void>((resolve) => process.stdout.write("", () => resolve()));
  process.exit(code);
}

async function run(argv: string[]): Promise<number> {
  const words: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith("-")) break;
    words.push(arg);
  }
  const wantsHelp = argv.includes("--help") || argv.includes("-h");
  if (words.length === 0 || words[0] === "help") {
    const asked = wantsHelp || words[0] === "help";
    (asked ? process.stdout : process.stderr).write(mainHelp());
    return asked ? 0 : 1;
  }

  const command =
    commands.find((c) => c.name === words.slice(0, 2).join(" ")) ?? commands.find((c) => c.name === words[0]);
  if (!command) {
    const group = commands.filter((c) => c.name.startsWith(`${words[0]} `));
    if (group.length > 0 && words.length === 1) {
      (wantsHelp ? process.stdout : process.stderr).write(
        `${group.map((c) => `Usage: ${c.usage}`).join("\n")}\n\nRun \`propgov ${group[0]?.name} --help\` for details.\n`,
      );
      return wantsHelp ? 0 : 1;
    }
    process.stderr.write(`propgov: unknown command '${words.join(" ")}'. Run \`propgov --help\`.\n`);
    return 1;
  }
  if (wantsHelp) {
    process.stdout.write(commandHelp(command));
    return 0;
  }

  const rest = argv.slice(command.name.split(" ").length);
  let values: Values;
  try {
    const parsed = parseArgs({
      args: rest,
      options: command.options,
      strict: true,
      allowPositionals: command.positional !== undefined,
    });
    values = parsed.values;
    if (command.positional && parsed.positionals.length > 0) {
      if (parsed.positionals.length > 1 || values[command.positional] !== undefined) {
        throw new Error(`Give the ${command.positional} once.`);
      }
      values[command.positional] = parsed.positionals[0];
    }
  } catch (error) {
    process.stderr.write(
      `propgov: ${(error as Error).message}\nUsage: ${command.usage}\nRun \`propgov ${command.name} --help\` for details.\n`,
    );
    return 1;
  }

  if (command.direct) {
    try {
      const result = await command.direct(values, loadDatabaseConfig());
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    } catch (error) {
      process.stderr.write(`propgov: ${describeError(error, (path) => path)}\n`);
      return 1;
    }
  }

  let action: (deps: ResolvedDeps) => Promise<unknown>;
  try {
    if (!command.prepare) throw new Error(`propgov ${command.name} has nothing to run`);
    action = await command.prepare(values);
  } catch (error) {
    const label = (path: string) => (error instanceof UsageError ? path : cliLabel(path));
    process.stderr.write(
      `propgov: ${describeError(error, label)}\nRun \`propgov ${command.name} --help\` for details.\n`,
    );
    return 1;
  }

  let opened: Awaited<ReturnType<typeof openDatabase>> | undefined;
  let shards: OpenedShards | undefined;
  try {
    const config = loadDatabaseConfig();
    opened = await openDatabase(config, `propgov ${command.name}`);
    // On PostgreSQL only `migrate` changes the schema, so every other command runs with the
    // server's runtime login. The embedded database has a single owner and migrates as before.
    const { applied } =
      command.name === "migrate" || config.kind === "pglite" ? await migrate(opened.handle) : { applied: [] };
    if (applied.length > 0 && command.name !== "migrate") {
      process.stderr.write(`propgov: migrations applied: ${applied.join(", ")}\n`);
    }
    shards = await openShards(config, opened.handle);
    if (command.name === "migrate") {
      for (const [name, shard] of Object.entries(shards.extra)) {
        applied.push(...(await migrate(shard)).applied.map((tag) => `${name}: ${tag}`));
      }
    }
    const deps = resolveDeps({
      db: opened.handle,
      shards: shards.router,
      passwordHasher: nodeScryptHasher(),
    });
    const result = await action(deps);
    const output = command.name === "migrate" ? { database: opened.description, applied } : result;
    process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
    return command.exitCode?.(result) ?? 0;
  } catch (error) {
    process.stderr.write(`propgov: ${describeError(error, cliLabel)}\n`);
    return 1;
  } finally {
    await shards?.close();
    await opened?.handle.close().catch((error: unknown) => {
      process.stderr.write(`propgov: closing the database failed: ${describeError(error)}\n`);
    });
  }
}

run(process.argv.slice(2)).then(finish, async (error: unknown) => {
  process.stderr.write(`propgov: ${describeError(error)}\n`);
  await finish(1);
});
