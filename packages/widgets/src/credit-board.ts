import { css, html, nothing } from "lit";
import { PropgovElement } from "./base.js";

interface CreditBoard {
  on: string;
  companies: {
    company: { id: string; name: string; uscc: string };
    score: number;
    grade: string;
    records: { id: string; kind: "good" | "bad"; category: string; points: number; effectiveOn: string }[];
  }[];
}

/**
 * `<propgov-credit-board tenant="mengcheng">`: the county's public credit board (信用公示): every
 * company's grade and score, best first, with its public records. `limit` shows only the first n.
 */
export class PropgovCreditBoard extends PropgovElement {
  static override properties = {
    ...PropgovElement.properties,
    limit: { type: Number },
    _board: { state: true },
    _error: { state: true },
  };
  declare limit: number;
  declare _board: CreditBoard | null;
  declare _error: string;

  constructor() {
    super();
    this.limit = 0;
    this._board = null;
    this._error = "";
  }

  override updated(changed: Map<string, unknown>) {
    if (changed.has("tenant") || changed.has("apiBase")) void this.load();
  }

  private async load() {
    if (!this.tenant) return;
    this._error = "";
    try {
      this._board = await this.api<CreditBoard>("credit");
    } catch (error) {
      this._error = this.failure(error);
    }
  }

  override render() {
    const board = this._board;
    const companies = board ? (this.limit > 0 ? board.companies.slice(0, this.limit) : board.companies) : [];
    return html`<section class="card" aria-labelledby="title">
      <h2 id="title">${this.t("creditTitle")}</h2>
      ${
        this._error
          ? html`<p class="error" role="alert">${this._error}</p>
            <button type="button" @click=${() => this.load()}>${this.t("retry")}</button>`
          : nothing
      }
      ${!board && !this._error ? html`<p role="status">${this.t("loading")}</p>` : nothing}
      ${
        board
          ? html`<p class="muted">${this.t("asOf")} ${board.on}</p>
            ${
              companies.length === 0
                ? html`<p class="muted">${this.t("noCompanies")}</p>`
                : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">${this.t("company")}</th>
                      <th scope="col">${this.t("grade")}</th>
                      <th scope="col">${this.t("score")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${companies.map(
                      (c) => html`<tr>
                        <th scope="row">
                          <div>${c.company.name}</div>
                          <div class="muted uscc">${c.company.uscc}</div>
                          ${
                            c.records.length > 0
                              ? html`<ul class="plain records" aria-label=${this.t("records")}>
                                ${c.records.map(
                                  (r) => html`<li class=${r.kind}>
                                    ${this.t(r.kind)} · ${r.category} ·
                                    ${r.points > 0 ? `+${r.points}` : r.points} · ${r.effectiveOn}
                                  </li>`,
                                )}
                              </ul>`
                              : nothing
                          }
                        </th>
                        <td><span class="grade grade-${c.grade}">${c.grade}</span></td>
                        <td>${c.score}</td>
                      </tr>`,
                    )}
                  </tbody>
                </table>`
            }`
          : nothing
      }
    </section>`;
  }

  static override styles = [
    PropgovElement.shared,
    css`
      table {
        width: 100%;
        border-collapse: collapse;
      }
      th,
      td {
        text-align: left;
        padding: 8px 6px;
        border-bottom: 1px solid var(--_border);
        vertical-align: top;
      }
      tbody th {
        font-weight: normal;
      }
      thead th {
        color: var(--_muted);
        font-size: 0.875em;
        /* "信用分" stays on one line at 360 px; the company column takes the wrapping. */
        white-space: nowrap;
      }
      .uscc {
        font-size: 0.8em;
        word-break: break-all;
      }
      .grade {
        display: inline-block;
        min-width: 3em;
        text-align: center;
        font-weight: 700;
        border-radius: var(--_radius);
        padding: 2px 6px;
        background: var(--_surface);
      }
      .grade-AAA,
      .grade-AA {
        color: var(--_ok);
      }
      .grade-C {
        color: var(--_error);
      }
      .records {
        font-size: 0.8em;
        margin-top: 4px;
      }
      .records .bad {
        color: var(--_error);
      }
      .records .good {
        color: var(--_ok);
      }
    `,
  ];
}

if (!customElements.get("propgov-credit-board"))
  customElements.define("propgov-credit-board", PropgovCreditBoard);

declare global {
  interface HTMLElementTagNameMap {
    "propgov-credit-board": PropgovCreditBoard;
  }
}
