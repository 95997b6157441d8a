import createFetchClient, {
  type FetchResponse,
  type HeadersOptions,
  type MaybeOptionalInit,
  type Middleware,
} from "openapi-fetch";
import type { HttpMethod, MediaType, PathsWithMethod, RequiredKeysOf } from "openapi-typescript-helpers";
import { PropgovError } from "./errors.js";
import type { components, paths } from "./schema.generated.js";

type Simplify<T> = { [K in keyof T]: T[K] } & {};

/** `{ tenant: string; id: string }` → `{ id: string; tenant?: string }`. */
type TenantOptionalPath<P> = Simplify<Omit<P, "tenant"> & { tenant?: string }>;

type TenantOptionalParameters<Params> = Params extends { path: infer P }
  ? "tenant" extends keyof P
    ? Simplify<
        Omit<Params, "path"> &
          (RequiredKeysOf<Omit<P, "tenant">> extends never
            ? { path?: TenantOptionalPath<P> }
            : { path: TenantOptionalPath<P> })
      >
    : Params
  : Params;

type TenantOptionalOperation<Op> = Op extends { parameters: infer Params }
  ? Simplify<Omit<Op, "parameters"> & { parameters: TenantOptionalParameters<Params> }>
  : Op;

/**
 * The API's paths as the client takes them: like the generated `paths`, except that the
 * `{tenant}` path parameter may be left out, since the client fills in its own tenant.
 */
export type ClientPaths = {
  [P in keyof paths]: {
    [M in keyof paths[P]]: M extends HttpMethod ? TenantOptionalOperation<paths[P][M]> : paths[P][M];
  };
};

/** The second argument of a call: required when the operation has required params or a body. */
type InitParam<Init> =
  RequiredKeysOf<Init> extends never
    ? [(Init & { [key: string]: unknown })?]
    : [Init & { [key: string]: unknown }];

/** What a call resolves to: the success body (`undefined` for 204). */
export type ResponseData<Op, Init> =
  Op extends Record<string | number, unknown>
    ? Exclude<FetchResponse<Op, Init, MediaType>, { error: unknown }>["data"]
    : never;

/** A typed call for one HTTP method: resolves to the response body, throws {@link PropgovError}. */
export type ClientMethod<M extends HttpMethod> = <
  Path extends PathsWithMethod<ClientPaths, M>,
  Init extends MaybeOptionalInit<ClientPaths[Path], M>,
>(
  url: Path,
  ...init: InitParam<Init>
) => Promise<ResponseData<ClientPaths[Path][M], Init>>;

/** The paths a method may be called with, e.g. `ClientPath<"get">`. */
export type ClientPath<M extends HttpMethod> = PathsWithMethod<ClientPaths, M>;

/** The session `login` answers. */
export type Session = components["schemas"]["Session"];

export interface ClientOptions {
  /** Where the API lives, e.g. `https://propgov.example.gov.cn` (no `/v1`). */
  baseUrl: string;
  /** The county's slug, filled into every `{tenant}` path parameter the caller leaves out. */
  tenant?: string | undefined;
  /** A session token (from `login`), sent as `Authorization: Bearer …`. Wins over `apiKey`. */
  token?: string | undefined;
  /** An API key, sent as `Authorization: Bearer …` when there is no session token. */
  apiKey?: string | undefined;
  /** A `fetch` to use instead of the global one (looked up at call time). */
  fetch?: ((request: Request) => Promise<Response>) | undefined;
  /** Headers for every request. An `Authorization` here replaces the token and API key. */
  headers?: HeadersOptions | undefined;
}

export interface LoginInput {
  username: string;
  password: string;
  /**
   * The county to sign in to. Omitted: the client's tenant; `null`: sign in as a platform user
   * even when the client has a tenant.
   */
  tenant?: string | null | undefined;
}

export interface PropgovClient {
  GET: ClientMethod<"get">;
  POST: ClientMethod<"post">;
  PUT: ClientMethod<"put">;
  PATCH: ClientMethod<"patch">;
  DELETE: ClientMethod<"delete">;
  /**
   * Signs in with username and password and keeps the session token for the next calls. When
   * the user belongs to a county, that county becomes the client's tenant.
   */
  login(input: LoginInput): Promise<Session>;
  /** Ends the current session on the server and forgets the token. */
  logout(): Promise<void>;
  /** Uses another session token from now on; `null` forgets it (the API key, if any, remains). */
  setToken(token: string | null): void;
  /** Fills `{tenant}` with another county from now on; `null` forgets it. */
  setTenant(tenant: string | null): void;
  /** The session token in use, if any. */
  readonly token: string | undefined;
  /** The tenant filled into `{tenant}`, if any. */
  readonly tenant: string | undefined;
  /** Adds openapi-fetch middleware (logging, tracing, retries …); it runs after authentication. */
  use(...middleware: Middleware[]): void;
  /** Removes middleware added with `use`. */
  eject(...middleware: Middleware[]): void;
}

interface LooseInit {
  params?: { path?: Record<string, unknown>; [key: string]: unknown };
  [key: string]: unknown;
}

type LooseRequest = (
  method: string,
  url: string,
  init?: LooseInit,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

const TENANT_PARAM = "{tenant}";
const LOGIN_PATH = "/v1/auth/login";

/**
 * A typed client for the propgov API. Every method resolves to the response body and throws a
 * {@link PropgovError} for any answer outside 2xx:
 *
 * ```ts
 * const client = createClient({ baseUrl: "https://propgov.example.gov.cn", tenant: "mengcheng" });
 * await client.login({ username: "admin", password: "…" });
 * const page = await client.GET("/v1/tenants/{tenant}/users", { params: { query: { limit: 20 } } });
 * ```
 */
export function createClient(options: ClientOptions): PropgovClient {
  const state = {
    token: options.token || undefined,
    apiKey: options.apiKey || undefined,
    tenant: options.tenant || undefined,
  };
  const fetchImpl = options.fetch ?? ((request: Request) => globalThis.fetch(request));
  const inner = createFetchClient<paths>({
    baseUrl: options.baseUrl,
    fetch: (request) => fetchImpl(request),
    ...(options.headers !== undefined ? { headers: options.headers } : {}),
  });

  inner.use({
    onRequest({ request, schemaPath }) {
      if (schemaPath === LOGIN_PATH || request.headers.has("authorization")) return;
      const credential = state.token ?? state.apiKey;
      if (credential) request.headers.set("authorization", `Bearer ${credential}`);
    },
  });

  const send = inner.request as unknown as LooseRequest;

  function withTenant(method: string, url: string, init: LooseInit | undefined): LooseInit | undefined {
    if (!url.includes(TENANT_PARAM)) return init;
    const path = init?.params?.path;
    if (path?.tenant !== undefined) return init;
    if (state.tenant === undefined) {
      throw new Error(
        `${method} ${url} needs a tenant: pass params.path.tenant, or give the client one with createClient({ tenant }) or client.setTenant().`,
      );
    }
    return { ...init, params: { ...init?.params, path: { ...path, tenant: state.tenant } } };
  }

  /** A string body is sent as it is (the CSV imports), not JSON-encoded. */
  function rawText(init: LooseInit | undefined): LooseInit | undefined {
    if (typeof init?.body !== "string" || init.bodySerializer !== undefined) return init;
    const headers = new Headers(init.headers as HeadersInit | undefined);
    if (!headers.has("content-type")) headers.set("content-type", "text/csv; charset=utf-8");
    return { ...init, headers, bodySerializer: (body: string) => body };
  }

  async function call(method: HttpMethod, url: string, init?: LooseInit): Promise<unknown> {
    const { data, error, response } = await send(
      method,
      url,
      rawText(withTenant(method.toUpperCase(), url, init)),
    );
    if (!response.ok) throw new PropgovError(response, error);
    return data;
  }

  const method = <M extends HttpMethod>(m: M) =>
    ((url: string, init?: LooseInit) => call(m, url, init)) as unknown as ClientMethod<M>;

  const client: PropgovClient = {
    GET: method("get"),
    POST: method("post"),
    PUT: method("put"),
    PATCH: method("patch"),
    DELETE: method("delete"),
    async login({ username, password, tenant }) {
      const slug = tenant === undefined ? state.tenant : (tenant ?? undefined);
      const session = await client.POST(LOGIN_PATH, {
        body: { username, password, ...(slug !== undefined ? { tenant: slug } : {}) },
      });
      state.token = session.token;
      if (session.user.tenant) state.tenant = session.user.tenant.slug;
      return session;
    },
    async logout() {
      try {
        await client.POST("/v1/auth/logout");
      } finally {
        state.token = undefined;
      }
    },
    setToken(token) {
      state.token = token || undefined;
    },
    setTenant(tenant) {
      state.tenant = tenant || undefined;
    },
    get token() {
      return state.token;
    },
    get tenant() {
      return state.tenant;
    },
    use: (...middleware) => inner.use(...middleware),
    eject: (...middleware) => inner.eject(...middleware),
  };
  return client;
}
