import { css, html, nothing } from "lit";
import { PropgovElement } from "./base.js";
import { type Label, pick, when } from "./i18n.js";

interface Disclosure {
  id: string;
  compound: { id: string; name: string } | null;
  company: { id: string; name: string } | null;
  item: { code: string; label: Label };
  period: string;
  title: string;
  content: string;
  attachments: string[];
  publishedAt: string;
}

/**
 * `<propgov-disclosure-board tenant="mengcheng" compound-id="cpd_…">` (or `company-id`, or both):
 * the published disclosures (信息公示) of a compound or a company, newest first, a page at a time.
 */
export class PropgovDisclosureBoard extends PropgovElement {
  static override properties = {
    ...PropgovElement.properties,
    compoundId: { type: String, attribute: "compound-id" },
    companyId: { type: String, attribute: "company-id" },
    limit: { type: Number },
    _items: { state: true },
    _next: { state: true },
    _error: { state: true },
    _loading: { state: true },
  };
  declare compoundId: string;
  declare companyId: string;
  declare limit: number;
  declare _items: Disclosure[] | null;
  declare _next: string | null;
  declare _error: string;
  declare _loading: boolean;

  constructor() {
    super();
    this.compoundId = "";
    this.companyId = "";
    this.limit = 10;
    this._items = null;
    this._next = null;
    this._error = "";
    this._loading = false;
  }

  override updated(changed: Map<string, unknown>) {
    if (["tenant", "compoundId", "companyId", "apiBase"].some((k) => changed.has(k))) void this.load(false);
  }

  private async load(more: boolean) {
    if (!this.tenant || (!this.compoundId && !this.companyId)) return;
    const query = new URLSearchParams({ limit: String(this.limit || 10) });
    if (this.compoundId) query.set("compoundId", this.compoundId);
    if (this.companyId) query.set("companyId", this.companyId);
    if (more && this._next) query.set("cursor", this._next);
    this._loading = true;
    this._error = "";
    try {
      const page = await this.api<{ items: Disclosure[]; nextCursor: string | null }>(`disclosures?${query}`);
      this._items = more ? [...(this._items ?? []), ...page.items] : page.items;
      this._next = page.nextCursor;
    } catch (error) {
      this._error = this.failure(error);
    } finally {
      this._loading = false;
    }
  }

  override render() {
    const lang = this.language;
    const items = this._items;
    return html`<section class="card" aria-labelledby="title" aria-busy=${this._loading ? "true" : "false"}>
      <h2 id="title">${this.t("disclosuresTitle")}</h2>
      ${
        this._error
          ? html`<p class="error" role="alert">${this._error}</p>
            <button type="button" @click=${() => this.load(false)}>${this.t("retry")}</button>`
          : nothing
      }
      ${
        items === null && !this._error
          ? html`<p role="status" class="muted">
            ${this.compoundId || this.companyId ? this.t("loading") : this.t("noDisclosures")}
          </p>`
          : nothing
      }
      ${items && items.length === 0 ? html`<p class="muted">${this.t("noDisclosures")}</p>` : nothing}
      ${
        items && items.length > 0
          ? html`<ul class="plain">
            ${items.map(
              (d) => html`<li>
                <article aria-labelledby="d-${d.id}">
                  <h3 id="d-${d.id}">${d.title}</h3>
                  <div class="meta muted">
                    <span class="tag">${pick(lang, d.item.label)}</span>
                    <span>${this.t("period")} ${d.period}</span>
                    <span>${this.t("publishedAt")} <time datetime=${d.publishedAt}>${when(lang, d.publishedAt)}</time></span>
                    ${d.compound ? html`<span>${d.compound.name}</span>` : nothing}
                    ${d.company ? html`<span>${d.company.name}</span>` : nothing}
                  </div>
                  <p class="content">${d.content}</p>
                  ${d.attachments.map(
                    (a, i) =>
                      html`<a href=${a} target="_blank" rel="noopener noreferrer">${this.t("attachment")} ${i + 1}</a> `,
                  )}
                </article>
              </li>`,
            )}
          </ul>`
          : nothing
      }
      ${
        this._next
          ? html`<button type="button" @click=${() => this.load(true)} ?disabled=${this._loading}>${this.t("more")}</button>`
          : nothing
      }
    </section>`;
  }

  static override styles = [
    PropgovElement.shared,
    css`
      li {
        border-top: 1px solid var(--_border);
        padding: 8px 0;
      }
      h3 {
        margin-top: 0;
      }
      .meta {
        display: flex;
        flex-wrap: wrap;
        gap: 4px 12px;
        font-size: 0.875em;
      }
      .tag {
        color: var(--_primary);
        font-weight: 600;
      }
      .content {
        white-space: pre-wrap;
        margin: 6px 0;
      }
      a {
        color: var(--_primary);
      }
    `,
  ];
}

if (!customElements.get("propgov-disclosure-board"))
  customElements.define("propgov-disclosure-board", PropgovDisclosureBoard);

declare global {
  interface HTMLElementTagNameMap {
    "propgov-disclosure-board": PropgovDisclosureBoard;
  }
}
