import { css, html, nothing } from "lit";
import { PropgovElement } from "./base.js";
import { type Key, type Label, pick, when } from "./i18n.js";

interface PublicCase {
  number: string;
  category: { code: string; name: Label };
  status: string;
  statusLabel: Label;
  receivedAt: string;
  resolvedAt: string | null;
  rating: string | null;
  timeline: { type: string; at: string; label: Label }[];
}

const RATINGS = ["satisfied", "basicallySatisfied", "unsatisfied"] as const;

/**
 * `<propgov-case-tracker tenant="mengcheng" code="K7QH-3M9T-XR2P">`: a resident follows a case by
 * its tracking code (the `code` attribute, else typed in): its status and public timeline, and,
 * once it is resolved, the rating. Dispatches `propgov:rated` with `{ number, rating }`.
 */
export class PropgovCaseTracker extends PropgovElement {
  static override properties = {
    ...PropgovElement.properties,
    code: { type: String },
    _case: { state: true },
    _error: { state: true },
    _busy: { state: true },
    _rating: { state: true },
    _rateError: { state: true },
    _rated: { state: true },
  };
  declare code: string;
  declare _case: PublicCase | null;
  declare _error: string;
  declare _busy: boolean;
  declare _rating: string;
  declare _rateError: string;
  declare _rated: boolean;

  constructor() {
    super();
    this.code = "";
    this._case = null;
    this._error = "";
    this._busy = false;
    this._rating = "";
    this._rateError = "";
    this._rated = false;
  }

  override updated(changed: Map<string, unknown>) {
    if ((changed.has("code") || changed.has("tenant")) && this.code && this.tenant)
      void this.lookUp(this.code);
  }

  private async lookUp(code: string) {
    const trimmed = code.trim();
    if (!trimmed) return;
    this._busy = true;
    this._error = "";
    try {
      this._case = await this.api<PublicCase>(`cases/${encodeURIComponent(trimmed)}`);
      this._rated = false;
    } catch (error) {
      this._case = null;
      this._error = this.failure(error);
    } finally {
      this._busy = false;
    }
  }

  private onSearch(e: Event) {
    e.preventDefault();
    const input = this.renderRoot.querySelector<HTMLInputElement>("#code");
    if (input) void this.lookUp(input.value);
  }

  private async rate(e: Event) {
    e.preventDefault();
    const c = this._case;
    const code = this.renderRoot.querySelector<HTMLInputElement>("#code")?.value || this.code;
    if (!c || !this._rating) {
      this._rateError = this.t("required");
      return;
    }
    const comment = this.renderRoot.querySelector<HTMLTextAreaElement>("#comment")?.value.trim();
    this._busy = true;
    this._rateError = "";
    try {
      this._case = await this.api<PublicCase>(`cases/${encodeURIComponent(code.trim())}/rating`, {
        method: "POST",
        body: { rating: this._rating, ...(comment ? { comment } : {}) },
      });
      this._rated = true;
      this.emit("rated", { number: c.number, rating: this._rating });
    } catch (error) {
      this._rateError = this.failure(error);
    } finally {
      this._busy = false;
    }
  }

  override render() {
    const lang = this.language;
    const c = this._case;
    return html`<section class="card" aria-labelledby="title">
      <h2 id="title">${this.t("trackerTitle")}</h2>
      <form class="row lookup" @submit=${this.onSearch}>
        <label for="code" class="sr-only">${this.t("codeLabel")}</label>
        <input id="code" .value=${this.code} placeholder="K7QH-3M9T-XR2P" autocomplete="off" spellcheck="false" />
        <button type="submit" class="primary" ?disabled=${this._busy}>${this.t("search")}</button>
      </form>
      ${this._error ? html`<p class="error" role="alert">${this._error}</p>` : nothing}
      ${
        c
          ? html`<div aria-live="polite">
            <dl>
              <dt>${this.t("caseNumber")}</dt>
              <dd>${c.number}</dd>
              <dt>${this.t("category")}</dt>
              <dd>${pick(lang, c.category.name)}</dd>
              <dt>${this.t("status")}</dt>
              <dd><span class="status status-${c.status}">${pick(lang, c.statusLabel)}</span></dd>
              <dt>${this.t("receivedAt")}</dt>
              <dd>${when(lang, c.receivedAt)}</dd>
              ${
                c.rating
                  ? html`<dt>${this.t("yourRating")}</dt>
                    <dd>${this.t(c.rating as Key)}</dd>`
                  : nothing
              }
            </dl>
            <h3>${this.t("timeline")}</h3>
            <ol class="timeline">
              ${c.timeline.map(
                (e) => html`<li>
                  <span class="dot" aria-hidden="true"></span>
                  <div>${pick(lang, e.label)}</div>
                  <div class="muted"><time datetime=${e.at}>${when(lang, e.at)}</time></div>
                </li>`,
              )}
            </ol>
            ${this._rated ? html`<p class="ok" role="status">${this.t("ratedThanks")}</p>` : nothing}
            ${c.status === "resolved" && !c.rating ? this.renderRating() : nothing}
          </div>`
          : nothing
      }
    </section>`;
  }

  private renderRating() {
    return html`<form class="rating" @submit=${this.rate}>
      <fieldset>
        <legend>${this.t("rateTitle")}</legend>
        <div class="row">
          ${RATINGS.map(
            (r) => html`<label class="choice">
              <input
                type="radio"
                name="rating"
                value=${r}
                .checked=${this._rating === r}
                @change=${() => {
                  this._rating = r;
                }}
              />
              ${this.t(r)}
            </label>`,
          )}
        </div>
      </fieldset>
      <div class="field">
        <label for="comment">${this.t("comment")}</label>
        <textarea id="comment" maxlength="2000"></textarea>
      </div>
      ${this._rateError ? html`<p class="error" role="alert">${this._rateError}</p>` : nothing}
      <button type="submit" class="primary" ?disabled=${this._busy}>${this.t("sendRating")}</button>
    </form>`;
  }

  static override styles = [
    PropgovElement.shared,
    css`
      .lookup {
        flex-wrap: nowrap;
        margin-bottom: var(--_gap);
      }
      .lookup input {
        flex: 1;
        min-width: 0;
        text-transform: uppercase;
      }
      dl {
        display: grid;
        grid-template-columns: max-content 1fr;
        gap: 4px 12px;
        margin: 0;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
      .status {
        font-weight: 700;
        color: var(--_primary);
      }
      .status-resolved,
      .status-closed {
        color: var(--_ok);
      }
      .timeline {
        list-style: none;
        margin: 0;
        padding: 0 0 0 18px;
        border-left: 2px solid var(--_border);
      }
      .timeline li {
        position: relative;
        padding: 0 0 10px 8px;
      }
      .dot {
        position: absolute;
        left: -25px;
        top: 6px;
        width: 12px;
        height: 12px;
        border-radius: 50%;
        background: var(--_primary);
      }
      fieldset {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin: var(--_gap) 0;
      }
      legend {
        font-weight: 600;
      }
      .choice {
        display: inline-flex;
        align-items: center;
        gap: 6px;
        font-weight: normal;
        min-height: 44px;
        margin-right: 8px;
      }
      .choice input {
        width: 20px;
        height: 20px;
      }
    `,
  ];
}

if (!customElements.get("propgov-case-tracker"))
  customElements.define("propgov-case-tracker", PropgovCaseTracker);

declare global {
  interface HTMLElementTagNameMap {
    "propgov-case-tracker": PropgovCaseTracker;
  }
}
