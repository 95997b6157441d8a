import { css, html, noChange, nothing } from "lit";
import { type AttributePart, Directive, directive, type PartInfo, PartType } from "lit/directive.js";
import { PropgovElement } from "./base.js";
import { type Label, percent, pick } from "./i18n.js";

/**
 * Sets inline styles through the CSSOM only. Lit's styleMap writes a `style` attribute on first render,
 * which a host page's CSP without 'unsafe-inline' in style-src refuses; CSSOM writes are not affected.
 */
class CssomStyle extends Directive {
  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ATTRIBUTE || part.name !== "style")
      throw new Error("cssom() binds to style only");
  }
  render(_props: Record<string, string>) {
    return noChange;
  }
  override update(part: AttributePart, [props]: [Record<string, string>]) {
    for (const [name, value] of Object.entries(props)) part.element.style.setProperty(name, value);
    return noChange;
  }
}
const cssom = directive(CssomStyle);

interface Rate {
  name: Label;
  numerator: number;
  denominator: number;
  rate: number | null;
  target?: number;
  meetsTarget?: boolean | null;
}
interface PublicKpis {
  period: string;
  on: string;
  region: { id: string; name: string } | null;
  received: number;
  caseRates: { responseRate: Rate; resolutionRate: Rate; satisfactionRate: Rate };
  coverage: { serviceCoverage: Rate; committeeFormation: Rate; partyOrgFormation: Rate };
  regions: { id: string; name: string; kind: string }[];
}

/**
 * `<propgov-kpi-card tenant="mengcheng" region-id="reg_…" period="2026-10">`: the county's (or a
 * township's or street's) public figures: the 三率 of complaint handling and the three 100% goals.
 * Without `region-id` the card offers the county's townships and streets to choose from.
 */
export class PropgovKpiCard extends PropgovElement {
  static override properties = {
    ...PropgovElement.properties,
    regionId: { type: String, attribute: "region-id" },
    period: { type: String },
    _kpis: { state: true },
    _error: { state: true },
  };
  declare regionId: string;
  declare period: string;
  declare _kpis: PublicKpis | null;
  declare _error: string;

  constructor() {
    super();
    this.regionId = "";
    this.period = "";
    this._kpis = null;
    this._error = "";
  }

  override updated(changed: Map<string, unknown>) {
    if (["tenant", "regionId", "period", "apiBase"].some((k) => changed.has(k))) void this.load();
  }

  private async load() {
    if (!this.tenant) return;
    const query = new URLSearchParams();
    if (this.regionId) query.set("regionId", this.regionId);
    if (this.period) query.set("period", this.period);
    this._error = "";
    try {
      this._kpis = await this.api<PublicKpis>(`kpis${query.toString() ? `?${query}` : ""}`);
    } catch (error) {
      this._error = this.failure(error);
    }
  }

  private rate(r: Rate) {
    const lang = this.language;
    const value = r.rate === null ? 0 : Math.round(r.rate * 1000) / 10;
    const name = pick(lang, r.name);
    return html`<li class="rate">
      <div class="rate-head">
        <span>${name}</span>
        <strong class=${r.meetsTarget === false ? "below" : r.meetsTarget ? "met" : ""}>${percent(r.rate)}</strong>
      </div>
      <div
        class="bar"
        role="meter"
        aria-label=${name}
        aria-valuemin="0"
        aria-valuemax="100"
        aria-valuenow=${value}
        aria-valuetext=${r.rate === null ? this.t("noData") : percent(r.rate)}
      >
        <span style=${cssom({ width: `${value}%` })}></span>
        ${r.target !== undefined ? html`<i style=${cssom({ left: `${r.target * 100}%` })} aria-hidden="true"></i>` : nothing}
      </div>
      <div class="muted small">
        ${r.numerator} / ${r.denominator}${r.target !== undefined ? ` · ${this.t("target")} ${percent(r.target)}` : ""}
      </div>
    </li>`;
  }

  override render() {
    const k = this._kpis;
    return html`<section class="card" aria-labelledby="title">
      <h2 id="title">${this.t("kpiTitle")}</h2>
      ${
        this._error
          ? html`<p class="error" role="alert">${this._error}</p>
            <button type="button" @click=${() => this.load()}>${this.t("retry")}</button>`
          : nothing
      }
      ${!k && !this._error ? html`<p role="status">${this.t("loading")}</p>` : nothing}
      ${
        k
          ? html`<div class="row head">
              <label for="region" class="label">${this.t("area")}</label>
              <select
                id="region"
                @change=${(e: Event) => {
                  this.regionId = (e.target as HTMLSelectElement).value;
                }}
              >
                <option value="" ?selected=${!this.regionId}>${this.t("county")}</option>
                ${k.regions.map(
                  (r) => html`<option value=${r.id} ?selected=${r.id === this.regionId}>${r.name}</option>`,
                )}
              </select>
              <span class="muted">${k.period} · ${this.t("receivedCount")} ${k.received}</span>
            </div>
            <div class="grid">
              <div>
                <h3>${this.t("caseRates")}</h3>
                <ul class="plain">
                  ${this.rate(k.caseRates.responseRate)} ${this.rate(k.caseRates.resolutionRate)}
                  ${this.rate(k.caseRates.satisfactionRate)}
                </ul>
              </div>
              <div>
                <h3>${this.t("coverage")}</h3>
                <ul class="plain">
                  ${this.rate(k.coverage.serviceCoverage)} ${this.rate(k.coverage.committeeFormation)}
                  ${this.rate(k.coverage.partyOrgFormation)}
                </ul>
                <p class="muted small">${this.t("asOf")} ${k.on}</p>
              </div>
            </div>`
          : nothing
      }
    </section>`;
  }

  static override styles = [
    PropgovElement.shared,
    css`
      .head select {
        width: auto;
        flex: 0 1 14em;
      }
      .head .label {
        margin: 0;
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(240px, 1fr));
        gap: 0 24px;
      }
      .rate {
        margin-bottom: 10px;
      }
      .rate-head {
        display: flex;
        justify-content: space-between;
      }
      /* Green only for a rate that meets its target; a rate without a target stays neutral. */
      .rate-head strong.met {
        color: var(--_ok);
      }
      .rate-head strong.below {
        color: var(--_error);
      }
      .bar {
        position: relative;
        height: 8px;
        border-radius: 4px;
        background: var(--_surface);
        border: 1px solid var(--_border);
        margin: 4px 0 2px;
      }
      .bar span {
        display: block;
        height: 100%;
        border-radius: 4px;
        background: var(--_primary);
      }
      .bar i {
        position: absolute;
        top: -3px;
        bottom: -3px;
        width: 2px;
        background: var(--_text);
      }
      .small {
        font-size: 0.8em;
      }
    `,
  ];
}

if (!customElements.get("propgov-kpi-card")) customElements.define("propgov-kpi-card", PropgovKpiCard);

declare global {
  interface HTMLElementTagNameMap {
    "propgov-kpi-card": PropgovKpiCard;
  }
}
