import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import sharp from "sharp";
import type { AttachmentStore } from "../src/attachments/store.js";
import { fsAttachmentStore, sharpImageProcessor } from "../src/node/index.js";
import type { Harness } from "./harness.js";

/** A folder store in a fresh temporary directory, and how to remove it. */
export function tempStore(): { dir: string; store: AttachmentStore; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "propgov-attachments-"));
  return { dir, store: fsAttachmentStore(dir), remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export const images = sharpImageProcessor;

/** A phone photo: a JPEG with EXIF naming the camera and a GPS position (蒙城, 33.26 N 116.56 E). */
export async function jpegWithGps(width = 640, height = 480): Promise<Uint8Array> {
  const buffer = await sharp({
    create: { width, height, channels: 3, background: { r: 200, g: 40, b: 40 } },
  })
    .jpeg()
    .withExif({
      IFD0: { Make: "TestPhoneMaker", Model: "GPS-Cam 9", Copyright: "居民张三" },
      IFD3: {
        GPSLatitudeRef: "N",
        GPSLatitude: "33/1 15/1 3600/100",
        GPSLongitudeRef: "E",
        GPSLongitude: "116/1 33/1 3600/100",
      },
    })
    .toBuffer();
  return new Uint8Array(buffer);
}

export async function pngImage(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 50, height: 40, channels: 4, background: "#00ff0080" } })
      .png()
      .toBuffer(),
  );
}

export async function webpWithExif(): Promise<Uint8Array> {
  return new Uint8Array(
    await sharp({ create: { width: 60, height: 30, channels: 3, background: "#0000ff" } })
      .webp()
      .withExif({ IFD0: { Make: "TestPhoneMaker" } })
      .toBuffer(),
  );
}

/** A small but well-formed PDF. */
export const pdfBytes = () =>
  new TextEncoder().encode(
    "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n",
  );

export const contains = (bytes: Uint8Array, text: string) =>
  Buffer.from(bytes).includes(Buffer.from(text, "utf8"));

export interface UploadOptions {
  token?: string;
  name?: string;
  /** The part's media type the client claims. */
  type?: string;
  fields?: Record<string, string>;
  /** Leave the file part out. */
  noFile?: boolean;
}

/** A multipart upload to a path, as a browser form would send it. */
export async function upload(h: Harness, path: string, bytes: Uint8Array, options: UploadOptions = {}) {
  const form = new FormData();
  if (!options.noFile) {
    form.append(
      "file",
      new File([bytes as Uint8Array<ArrayBuffer>], options.name ?? "photo.jpg", {
        type: options.type ?? "application/octet-stream",
      }),
    );
  }
  for (const [k, v] of Object.entries(options.fields ?? {})) form.append(k, v);
  const res = await h.app.request(`http://localhost${path}`, {
    method: "POST",
    body: form,
    headers: options.token ? { authorization: `Bearer ${options.token}` } : {},
  });
  const text = await res.text();
  let body: any = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON
  }
  return { status: res.status, headers: res.headers, body };
}

/** GET of raw bytes. */
export async function download(h: Harness, path: string, token?: string) {
  const res = await h.app.request(`http://localhost${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}
