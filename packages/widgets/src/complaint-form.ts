import { css, html, nothing } from "lit";
import { ApiProblem, newKey } from "./api.js";
import { PropgovElement } from "./base.js";
import { count, fieldText, type Label, pick } from "./i18n.js";
import { shrinkPhoto } from "./photos.js";

interface IntakeForm {
  tenant: { slug: string; name: string };
  categories: { code: string; name: Label; kind: string }[];
  privacyUrl: string | null;
  /** Absent from an API without public photos: the form then offers none. */
  photos?: { max: number; maxBytes: number; maxSide: number; types: string[]; windowMinutes: number };
}
/** A photo the resident picked, scaled down; `key` is its Idempotency-Key, kept across retries. */
interface Photo {
  key: string;
  blob: Blob;
  preview: string;
  name: string;
  done: boolean;
  error: string;
}
interface Compound {
  id: string;
  name: string;
  address: string;
  community: { id: string; name: string };
}
interface Receipt {
  number: string;
  trackingCode: string;
}
type Field = "category" | "compound" | "description" | "location" | "name" | "phone" | "consent" | "photos";

/** Where the API names a failing field, and which field of the form shows it. */
const FIELD_OF: [RegExp, Field][] = [
  [/^body\.category/, "category"],
  [/^body\.compoundId/, "compound"],
  [/^body\.description/, "description"],
  [/^body\.location/, "location"],
  [/^body\.reporter\.name/, "name"],
  [/^body\.reporter\.phone/, "phone"],
];

/**
 * `<propgov-complaint-form tenant="mengcheng">`: a resident files a complaint without signing in.
 * Categories come from the county's mechanism, the compound from a search; the name and phone go
 * with the consent notice of the Personal Information Protection Law. A retried submission of
 * the same report sends the same `Idempotency-Key`, so it never files twice. On success it shows
 * the case number and tracking code and dispatches `propgov:filed` with `{ number, trackingCode, photos }`.
 * Photos (up to the API's limit) are scaled down in the browser to the API's `maxSide` and sent
 * as JPEG, each with its own `Idempotency-Key`, right after the case is filed; the receipt says
 * how many were attached and offers to send again those that failed.
 *
 * Attributes: `tenant`, `api-base`, `lang`, `track-url` (a page with the case tracker; the code
 * is appended as `?code=`).
 */
export class PropgovComplaintForm extends PropgovElement {
  static override properties = {
    ...PropgovElement.properties,
    trackUrl: { type: String, attribute: "track-url" },
    _form: { state: true },
    _loadError: { state: true },
    _category: { state: true },
    _compound: { state: true },
    _query: { state: true },
    _results: { state: true },
    _searching: { state: true },
    _coords: { state: true },
    _locating: { state: true },
    _consent: { state: true },
    _errors: { state: true },
    _formError: { state: true },
    _submitting: { state: true },
    _receipt: { state: true },
    _copied: { state: true },
    _photos: { state: true },
    _preparing: { state: true },
    _uploading: { state: true },
    _photoNote: { state: true },
  };
  declare trackUrl: string;
  declare _form: IntakeForm | null;
  declare _loadError: string;
  declare _category: string;
  declare _compound: Compound | null;
  declare _query: string;
  declare _results: Compound[] | null;
  declare _searching: boolean;
  declare _coords: { lat: number; long: number } | null | "failed";
  declare _locating: boolean;
  declare _consent: boolean;
  declare _errors: Partial<Record<Field, string>>;
  declare _formError: string;
  declare _submitting: boolean;
  declare _receipt: Receipt | null;
  declare _copied: string;
  declare _photos: Photo[];
  declare _preparing: boolean;
  declare _uploading: boolean;
  declare _photoNote: string;

  /** The key of the last report sent and the body it was sent with: a retry of that body reuses it. */
  private sent: { key: string; body: string } | null = null;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private searchSeq = 0;

  constructor() {
    super();
    this.trackUrl = "";
    this._form = null;
    this._loadError = "";
    this._category = "";
    this._compound = null;
    this._query = "";
    this._results = null;
    this._searching = false;
    this._coords = null;
    this._locating = false;
    this._consent = false;
    this._errors = {};
    this._formError = "";
    this._submitting = false;
    this._receipt = null;
    this._copied = "";
    this._photos = [];
    this._preparing = false;
    this._uploading = false;
    this._photoNote = "";
  }

  override connectedCallback() {
    super.connectedCallback();
    void this.load();
  }

  override updated(changed: Map<string, unknown>) {
    if ((changed.has("tenant") || changed.has("apiBase")) && changed.get("tenant") !== undefined)
      void this.load();
  }

  private async load() {
    if (!this.tenant) return;
    this._loadError = "";
    try {
      this._form = await this.api<IntakeForm>("intake");
    } catch (error) {
      this._loadError = this.failure(error);
    }
  }

  private onQuery(e: Event) {
    this._query = (e.target as HTMLInputElement).value;
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => void this.search(), 250);
  }

  private async search() {
    const seq = ++this.searchSeq;
    this._searching = true;
    try {
      const q = this._query.trim();
      const page = await this.api<{ items: Compound[] }>(
        `compounds?limit=20${q ? `&q=${encodeURIComponent(q)}` : ""}`,
      );
      if (seq === this.searchSeq) this._results = page.items;
    } catch (error) {
      if (seq === this.searchSeq) this._errors = { ...this._errors, compound: this.failure(error) };
    } finally {
      if (seq === this.searchSeq) this._searching = false;
    }
  }

  private choose(c: Compound) {
    this._compound = c;
    this._results = null;
    this._errors = { ...this._errors, compound: undefined };
    void this.updateComplete.then(() => this.q<HTMLButtonElement>("#compound-change")?.focus());
  }

  private unchoose() {
    this._compound = null;
    void this.updateComplete.then(() => this.q<HTMLInputElement>("#compound")?.focus());
  }

  private async addPhotos(e: Event) {
    const input = e.target as HTMLInputElement;
    const limits = this._form?.photos;
    const files = Array.from(input.files ?? []);
    input.value = "";
    if (!limits || files.length === 0) return;
    const room = limits.max - this._photos.length;
    this._errors = { ...this._errors, photos: undefined };
    if (files.length > room)
      this._errors = { ...this._errors, photos: count(this.language, "tooManyPhotos", limits.max) };
    this._preparing = true;
    try {
      for (const file of files.slice(0, Math.max(0, room))) {
        try {
          const shrunk = await shrinkPhoto(file, limits.maxSide, limits.maxBytes);
          const name = `${(file.name || "photo").replace(/\.[^.]*$/, "")}.jpg`;
          this._photos = [
            ...this._photos,
            { key: newKey(), blob: shrunk.blob, preview: shrunk.preview, name, done: false, error: "" },
          ];
        } catch {
          this._errors = { ...this._errors, photos: this.t("photoUnreadable") };
        }
      }
    } finally {
      this._preparing = false;
    }
  }

  private removePhoto(index: number) {
    this._photos = this._photos.filter((_, i) => i !== index);
    void this.updateComplete.then(() => this.q<HTMLInputElement>("#photos")?.focus());
  }

  /** Sends the photos not yet taken to the filed case, one by one; each keeps its key, so a retry stores none twice. */
  private async uploadPhotos(trackingCode: string) {
    this._uploading = true;
    this._photoNote = "";
    try {
      for (const photo of this._photos) {
        if (photo.done) continue;
        const form = new FormData();
        form.append("file", photo.blob, photo.name);
        try {
          await this.api(`cases/${encodeURIComponent(trackingCode)}/photos`, {
            method: "POST",
            form,
            headers: { "idempotency-key": photo.key },
          });
          photo.done = true;
          photo.error = "";
        } catch (error) {
          if (error instanceof ApiProblem && error.reason === "photo_window_closed") {
            this._photoNote = this.t("photoWindowClosed");
          }
          const first = error instanceof ApiProblem ? error.errors[0] : undefined;
          photo.error = this._photoNote || (first ? fieldText(this.language, first) : this.failure(error));
        }
        this._photos = [...this._photos];
      }
    } finally {
      this._uploading = false;
    }
    return this._photos.filter((p) => p.done).length;
  }

  private async retryPhotos() {
    if (this._receipt && !this._uploading) await this.uploadPhotos(this._receipt.trackingCode);
  }

  private locate() {
    if (!("geolocation" in navigator)) {
      this._coords = "failed";
      return;
    }
    this._locating = true;
    navigator.geolocation.getCurrentPosition(
      (p) => {
        this._locating = false;
        this._coords = { lat: p.coords.latitude, long: p.coords.longitude };
      },
      () => {
        this._locating = false;
        this._coords = "failed";
      },
      { timeout: 10_000, maximumAge: 60_000 },
    );
  }

  private q<T extends Element>(selector: string): T | null {
    return this.renderRoot.querySelector<T>(selector);
  }

  private value(id: string): string {
    return this.q<HTMLInputElement | HTMLTextAreaElement>(`#${id}`)?.value ?? "";
  }

  private body() {
    const text = this.value("location").trim();
    const coords = this._coords && this._coords !== "failed" ? this._coords : null;
    const location = text || coords ? { ...(text ? { text } : {}), ...(coords ?? {}) } : undefined;
    return {
      category: this._category,
      compoundId: this._compound?.id ?? "",
      description: this.value("description").trim(),
      ...(location ? { location } : {}),
      reporter: { name: this.value("name").trim(), phone: this.value("phone").trim() },
      website: this.value("website"),
    };
  }

  /** Required fields only; whether the phone is a phone is the API's to say (its message shows at the field). */
  private missing(body: ReturnType<PropgovComplaintForm["body"]>): Partial<Record<Field, string>> {
    const need = this.t("required");
    const errors: Partial<Record<Field, string>> = {};
    if (!body.category) errors.category = need;
    if (!body.compoundId) errors.compound = need;
    if (!body.description) errors.description = need;
    if (!body.reporter.name) errors.name = need;
    if (!body.reporter.phone) errors.phone = need;
    if (!this._consent) errors.consent = this.t("consentRequired");
    return errors;
  }

  private async submit(e: Event) {
    e.preventDefault();
    if (this._submitting) return;
    const body = this.body();
    this._formError = "";
    const missing = this.missing(body);
    if (Object.keys(missing).length > 0) {
      this._errors = missing;
      this._formError = this.t("fixFields");
      return this.focusFirstError();
    }
    const json = JSON.stringify(body);
    // The same report again (a retry after a failure) keeps its key; a changed report is a new one.
    if (!this.sent || this.sent.body !== json) this.sent = { key: newKey(), body: json };
    this._errors = {};
    this._submitting = true;
    try {
      const receipt = await this.api<Receipt>("cases", {
        method: "POST",
        body,
        headers: { "idempotency-key": this.sent.key },
      });
      this.sent = null;
      this._receipt = receipt;
      void this.updateComplete.then(() => this.q<HTMLElement>("#receipt")?.focus());
      const photos = this._photos.length > 0 ? await this.uploadPhotos(receipt.trackingCode) : 0;
      this.emit("filed", { number: receipt.number, trackingCode: receipt.trackingCode, photos });
    } catch (error) {
      this.showProblem(error);
    } finally {
      this._submitting = false;
    }
  }

  private showProblem(error: unknown) {
    if (error instanceof ApiProblem && error.errors.length > 0) {
      const errors: Partial<Record<Field, string>> = {};
      const rest: string[] = [];
      for (const e of error.errors) {
        const field = FIELD_OF.find(([re]) => re.test(e.path))?.[1];
        const message = fieldText(this.language, e, field);
        if (field) errors[field] ??= message;
        else rest.push(message);
      }
      this._errors = errors;
      this._formError = rest.length > 0 ? rest.join(" ") : this.t("fixFields");
      return this.focusFirstError();
    }
    this._formError = this.failure(error);
  }

  private focusFirstError() {
    void this.updateComplete.then(() => this.q<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  private async copy(value: string) {
    try {
      await navigator.clipboard.writeText(value);
    } catch {
      // Without the clipboard permission: select the text so that the person can copy it.
      const node = this.q<HTMLElement>(`[data-copy="${value}"]`);
      if (node) getSelection()?.selectAllChildren(node);
    }
    this._copied = value;
  }

  private again() {
    this._receipt = null;
    this._compound = null;
    this._category = "";
    this._consent = false;
    this._coords = null;
    this._copied = "";
    this._photos = [];
    this._photoNote = "";
  }

  private err(field: Field) {
    const message = this._errors[field];
    return message ? html`<div class="error" id="${field}-error" role="alert">${message}</div>` : nothing;
  }

  private invalid(field: Field) {
    return this._errors[field] ? "true" : "false";
  }

  private described(field: Field, hint?: string) {
    return [hint, this._errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ") || nothing;
  }

  override render() {
    if (this._receipt) return this.renderReceipt(this._receipt);
    const lang = this.language;
    const form = this._form;
    if (!form) {
      return html`<div class="card" role="status">
        ${
          this._loadError
            ? html`<p class="error">${this._loadError}</p>
              <button type="button" @click=${() => this.load()}>${this.t("retry")}</button>`
            : this.t("loading")
        }
      </div>`;
    }
    return html`<form class="card" novalidate @submit=${this.submit} aria-labelledby="title">
      <h2 id="title">${this.t("formTitle")}</h2>
      <div class="field">
        <label for="category">${this.t("category")}</label>
        <select
          id="category"
          required
          aria-invalid=${this.invalid("category")}
          aria-describedby=${this.described("category")}
          .value=${this._category}
          @change=${(e: Event) => {
            this._category = (e.target as HTMLSelectElement).value;
          }}
        >
          <option value="">${this.t("choose")}</option>
          ${form.categories.map(
            (c) =>
              html`<option value=${c.code} ?selected=${c.code === this._category}>${pick(lang, c.name)}</option>`,
          )}
        </select>
        ${this.err("category")}
      </div>
      ${this.renderCompound()}
      <div class="field">
        <label for="description">${this.t("description")}</label>
        <textarea
          id="description"
          required
          maxlength="4000"
          aria-invalid=${this.invalid("description")}
          aria-describedby=${this.described("description", "description-hint")}
        ></textarea>
        <div class="hint" id="description-hint">${this.t("descriptionHint")}</div>
        ${this.err("description")}
      </div>
      <div class="field">
        <label for="location">${this.t("locationText")}</label>
        <input
          id="location"
          maxlength="300"
          aria-invalid=${this.invalid("location")}
          aria-describedby=${this.described("location")}
        />
        <div class="row locate">
          <button type="button" @click=${this.locate} ?disabled=${this._locating}>
            ${this._locating ? this.t("locating") : this.t("useLocation")}
          </button>
          <span role="status" class=${this._coords === "failed" ? "error" : "ok"}>
            ${this._coords === "failed" ? this.t("locationFailed") : this._coords ? this.t("located") : ""}
          </span>
        </div>
        ${this.err("location")}
      </div>
      ${this.renderPhotos(form)}
      <div class="field">
        <label for="name">${this.t("name")}</label>
        <input
          id="name"
          autocomplete="name"
          required
          maxlength="100"
          aria-invalid=${this.invalid("name")}
          aria-describedby=${this.described("name")}
        />
        ${this.err("name")}
      </div>
      <div class="field">
        <label for="phone">${this.t("phone")}</label>
        <input
          id="phone"
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          required
          maxlength="30"
          aria-invalid=${this.invalid("phone")}
          aria-describedby=${this.described("phone")}
        />
        ${this.err("phone")}
      </div>
      <div class="hp" aria-hidden="true">
        <label for="website">${this.t("website")}</label>
        <input id="website" name="website" tabindex="-1" autocomplete="off" />
      </div>
      <div class="field consent">
        <input
          type="checkbox"
          id="consent"
          .checked=${this._consent}
          aria-invalid=${this.invalid("consent")}
          aria-describedby=${this.described("consent")}
          @change=${(e: Event) => {
            this._consent = (e.target as HTMLInputElement).checked;
          }}
        />
        <label for="consent">${this.t("consent")}</label>
        ${
          form.privacyUrl
            ? html`<a href=${form.privacyUrl} target="_blank" rel="noopener noreferrer">${this.t("privacy")}</a>`
            : nothing
        }
        ${this.err("consent")}
      </div>
      ${this._formError ? html`<p class="error" role="alert">${this._formError}</p>` : nothing}
      <button class="primary" type="submit" ?disabled=${this._submitting || this._preparing}>
        ${this._submitting ? this.t("submitting") : this.t("submit")}
      </button>
    </form>`;
  }

  private renderPhotos(form: IntakeForm) {
    const limits = form.photos;
    if (!limits || limits.max <= 0) return nothing;
    const lang = this.language;
    const full = this._photos.length >= limits.max;
    return html`<div class="field">
      <label for="photos">${this.t("photos")}</label>
      <input
        id="photos"
        type="file"
        accept=${limits.types.join(",")}
        multiple
        ?disabled=${full || this._preparing}
        aria-invalid=${this.invalid("photos")}
        aria-describedby=${this.described("photos", "photos-hint")}
        @change=${this.addPhotos}
      />
      <div class="hint" id="photos-hint">
        ${count(lang, "photosHint", limits.max)} ${this._preparing ? this.t("preparingPhotos") : ""}
      </div>
      ${
        this._photos.length > 0
          ? html`<ul class="plain thumbs">
              ${this._photos.map(
                (p, i) => html`<li>
                  <img src=${p.preview} alt=${count(lang, "photoAlt", i + 1)} />
                  <button type="button" class="remove" @click=${() => this.removePhoto(i)} aria-label=${count(lang, "removePhoto", i + 1)}>
                    ×
                  </button>
                </li>`,
              )}
            </ul>`
          : nothing
      }
      ${this.err("photos")}
    </div>`;
  }

  private renderCompound() {
    const c = this._compound;
    if (c) {
      return html`<div class="field">
        <span class="label" id="compound-label">${this.t("compound")}</span>
        <div class="row chosen" aria-labelledby="compound-label">
          <span><strong>${c.name}</strong> <span class="muted">${c.community.name}</span></span>
          <button type="button" id="compound-change" @click=${this.unchoose}>
            ${this.t("change")}<span class="sr-only"> ${this.t("compound")}</span>
          </button>
        </div>
        ${this.err("compound")}
      </div>`;
    }
    const results = this._results;
    return html`<div class="field">
      <label for="compound">${this.t("compound")}</label>
      <input
        id="compound"
        type="search"
        autocomplete="off"
        placeholder=${this.t("compoundSearch")}
        .value=${this._query}
        aria-invalid=${this.invalid("compound")}
        aria-describedby=${this.described("compound")}
        aria-controls="compound-results"
        @input=${this.onQuery}
        @focus=${() => {
          if (!this._results) void this.search();
        }}
      />
      <div id="compound-results" aria-live="polite">
        ${
          results
            ? results.length === 0
              ? html`<p class="muted">${this.t("noCompounds")}</p>`
              : html`<ul class="plain results">
                ${results.map(
                  (r) => html`<li>
                    <button type="button" class="option" @click=${() => this.choose(r)}>
                      <strong>${r.name}</strong> <span class="muted">${r.community.name} · ${r.address}</span>
                    </button>
                  </li>`,
                )}
              </ul>`
            : nothing
        }
      </div>
      ${this.err("compound")}
    </div>`;
  }

  private renderPhotoStatus() {
    const photos = this._photos;
    if (photos.length === 0) return nothing;
    const lang = this.language;
    if (this._uploading) return html`<p class="hint" role="status">${this.t("photosUploading")}</p>`;
    const done = photos.filter((p) => p.done).length;
    const failed = photos.filter((p) => !p.done);
    return html`<p class="ok" role="status">${count(lang, "photosAttached", done)}</p>
      ${
        failed.length > 0
          ? html`<div class="error" role="alert">
              <p>${this._photoNote || count(lang, "photosFailed", failed.length)}</p>
              <ul>
                ${failed.map((p) => html`<li>${p.name}: ${p.error}</li>`)}
              </ul>
              ${this._photoNote ? nothing : html`<button type="button" @click=${this.retryPhotos}>${this.t("retryPhotos")}</button>`}
            </div>`
          : nothing
      }`;
  }

  private renderReceipt(r: Receipt) {
    const track = this.trackUrl
      ? `${this.trackUrl}${this.trackUrl.includes("?") ? "&" : "?"}code=${encodeURIComponent(r.trackingCode)}`
      : "";
    const line = (label: string, value: string) =>
      html`<div class="receipt-line">
        <span class="label">${label}</span>
        <code data-copy=${value}>${value}</code>
        <button type="button" @click=${() => this.copy(value)} aria-label="${this.t("copy")} ${label}">
          ${this._copied === value ? this.t("copied") : this.t("copy")}
        </button>
      </div>`;
    return html`<div class="card" id="receipt" tabindex="-1" role="status" aria-labelledby="done">
      <h2 id="done" class="ok">${this.t("filed")}</h2>
      ${line(this.t("caseNumber"), r.number)} ${line(this.t("trackingCode"), r.trackingCode)}
      ${this.renderPhotoStatus()}
      <p class="hint">${this.t("keepCode")}</p>
      <div class="row">
        ${track ? html`<a class="button primary" href=${track}>${this.t("track")}</a>` : nothing}
        <button type="button" @click=${this.again}>${this.t("another")}</button>
      </div>
    </div>`;
  }

  static override styles = [
    PropgovElement.shared,
    css`
      .locate {
        margin-top: 6px;
      }
      .hp {
        position: absolute;
        left: -10000px;
        width: 1px;
        height: 1px;
        overflow: hidden;
      }
      .consent {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 4px 8px;
        align-items: start;
      }
      .consent input {
        width: 20px;
        height: 20px;
        margin: 3px 0 0;
      }
      .consent label {
        font-weight: normal;
        font-size: 0.875em;
      }
      .consent a,
      .consent .error {
        grid-column: 2;
      }
      a {
        color: var(--_primary);
      }
      .results {
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        margin-top: 4px;
        max-height: 16em;
        overflow: auto;
      }
      .option {
        display: block;
        width: 100%;
        text-align: left;
        border: 0;
        border-radius: 0;
        color: var(--_text);
        border-bottom: 1px solid var(--_surface);
      }
      .option:hover {
        background: var(--_surface);
      }
      .chosen {
        justify-content: space-between;
        padding: 8px 10px;
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        background: var(--_surface);
      }
      .receipt-line {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 8px;
        margin-bottom: 8px;
      }
      .receipt-line .label {
        margin: 0;
        min-width: 5em;
      }
      code {
        font-size: 1.15em;
        font-weight: 700;
        letter-spacing: 0.04em;
        user-select: all;
      }
      a.button {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 8px 16px;
        border-radius: var(--_radius);
        background: var(--_primary);
        color: #fff;
        text-decoration: none;
        font-weight: 600;
      }
      button.primary {
        width: 100%;
      }
      input[type="file"] {
        min-height: 44px;
      }
      ul.plain.thumbs {
        display: flex;
        flex-wrap: wrap;
        gap: 12px;
        /* Room for the remove buttons, which stand 8 px above the previews. */
        margin-top: 16px;
      }
      .thumbs li {
        position: relative;
      }
      .thumbs img {
        display: block;
        width: 88px;
        height: 88px;
        object-fit: cover;
        border-radius: var(--_radius);
        border: 1px solid var(--_border);
      }
      .remove {
        position: absolute;
        top: -8px;
        right: -8px;
        min-width: 32px;
        min-height: 32px;
        padding: 0;
        border-radius: 50%;
        background: var(--_bg);
        color: var(--_error);
        font-weight: 700;
      }
    `,
  ];
}

if (!customElements.get("propgov-complaint-form"))
  customElements.define("propgov-complaint-form", PropgovComplaintForm);

declare global {
  interface HTMLElementTagNameMap {
    "propgov-complaint-form": PropgovComplaintForm;
  }
}
