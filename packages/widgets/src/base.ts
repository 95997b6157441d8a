import { css, LitElement } from "lit";
import { ApiProblem, call, type Endpoint } from "./api.js";
import { type Key, type Lang, langOf, text } from "./i18n.js";

/**
 * What every widget shares: the attributes `tenant`, `api-base` and `lang`, the API call, the
 * texts, and the theme. Theming is by CSS custom properties set on the element (or any ancestor):
 * `--propgov-color-primary`, `--propgov-color-text`, `--propgov-color-muted`,
 * `--propgov-color-background`, `--propgov-color-surface`, `--propgov-color-border`,
 * `--propgov-color-error`, `--propgov-color-success`, `--propgov-font-family`,
 * `--propgov-font-size`, `--propgov-radius`, `--propgov-spacing`.
 */
export class PropgovElement extends LitElement {
  static override properties = {
    tenant: { type: String },
    apiBase: { type: String, attribute: "api-base" },
    locale: { type: String, attribute: "lang" },
  };
  declare tenant: string;
  declare apiBase: string;
  declare locale: string;

  constructor() {
    super();
    this.tenant = "";
    this.apiBase = "";
    this.locale = "zh";
  }

  get language(): Lang {
    return langOf(this.locale);
  }

  protected t(key: Key): string {
    return text(this.language, key);
  }

  protected get endpoint(): Endpoint {
    return { apiBase: this.apiBase, tenant: this.tenant };
  }

  protected api<T>(path: string, init?: Parameters<typeof call>[2]): Promise<T> {
    return call<T>(this.endpoint, path, init);
  }

  /** Marks the first render on the page's timeline (`propgov:first-render:<element>`), for budgets and host metrics. */
  protected override firstUpdated() {
    performance.mark?.(`propgov:first-render:${this.localName}`);
  }

  /** What to tell the person about a failure, in their language. */
  protected failure(error: unknown): string {
    if (error instanceof ApiProblem) {
      if (error.status === 429) return this.t("rateLimited");
      if (error.status === 404) return this.t("notFound");
      return error.message || this.t("loadFailed");
    }
    return this.t("offline");
  }

  /** Dispatches `propgov:<name>` from the element, through its shadow root, to the host page. */
  protected emit(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(`propgov:${name}`, { detail, bubbles: true, composed: true }));
  }

  static shared = css`
    :host {
      --_primary: var(--propgov-color-primary, #c62828);
      --_text: var(--propgov-color-text, #1f1f1f);
      --_muted: var(--propgov-color-muted, #595959);
      --_bg: var(--propgov-color-background, #ffffff);
      --_surface: var(--propgov-color-surface, #f7f7f7);
      --_border: var(--propgov-color-border, #8c8c8c);
      --_error: var(--propgov-color-error, #b3261e);
      --_ok: var(--propgov-color-success, #1b6e2a);
      --_radius: var(--propgov-radius, 6px);
      --_gap: var(--propgov-spacing, 12px);
      display: block;
      box-sizing: border-box;
      max-width: 100%;
      color: var(--_text);
      background: var(--_bg);
      font-family: var(--propgov-font-family, system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", sans-serif);
      font-size: var(--propgov-font-size, 16px);
      line-height: 1.5;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    h2 {
      font-size: 1.2em;
      margin: 0 0 var(--_gap);
    }
    h3 {
      font-size: 1em;
      margin: var(--_gap) 0 calc(var(--_gap) / 2);
    }
    .card {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_gap);
      background: var(--_bg);
    }
    label,
    .label {
      display: block;
      font-weight: 600;
      margin-bottom: 4px;
    }
    .field {
      margin-bottom: var(--_gap);
    }
    input,
    select,
    textarea,
    button {
      font: inherit;
      color: inherit;
    }
    input:not([type="checkbox"]):not([type="radio"]),
    select,
    textarea {
      display: block;
      width: 100%;
      padding: 8px 10px;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_bg);
      min-height: 44px;
    }
    textarea {
      min-height: 6em;
      resize: vertical;
    }
    [aria-invalid="true"] {
      border-color: var(--_error) !important;
    }
    :focus-visible {
      outline: 3px solid var(--_primary);
      outline-offset: 2px;
    }
    button {
      cursor: pointer;
      min-height: 44px;
      padding: 8px 16px;
      border-radius: var(--_radius);
      border: 1px solid var(--_primary);
      background: var(--_bg);
      color: var(--_primary);
    }
    button.primary {
      background: var(--_primary);
      color: #fff;
      font-weight: 600;
    }
    button[disabled] {
      opacity: 0.6;
      cursor: progress;
    }
    .hint {
      color: var(--_muted);
      font-size: 0.875em;
      margin-top: 4px;
    }
    .error {
      color: var(--_error);
      font-size: 0.875em;
      margin-top: 4px;
    }
    .ok {
      color: var(--_ok);
    }
    .muted {
      color: var(--_muted);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: 8px;
      align-items: center;
    }
    ul.plain {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .sr-only {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
      white-space: nowrap;
    }
  `;
}
