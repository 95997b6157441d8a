import type { AttachmentType } from "./sniff.js";

/**
 * Removing what a photo says about its taker: EXIF (with the GPS position a phone writes), XMP,
 * IPTC and comments, by rewriting the container without those blocks. The pixels are not touched,
 * so this needs no image decoder and runs anywhere (edge runtimes included).
 *
 * - JPEG: segments APP1 (EXIF, XMP), APP13 (IPTC / Photoshop) and COM are dropped; JFIF (APP0),
 *   ICC profiles (APP2) and Adobe (APP14) stay, since colours depend on them.
 * - PNG: chunks eXIf, tEXt, zTXt, iTXt and tIME are dropped.
 * - WebP: chunks EXIF and XMP are dropped and the VP8X flags and RIFF size fixed.
 */

/** A metadata block found in an image, by its kind. */
export type MetadataKind = "exif" | "xmp" | "iptc" | "comment" | "text" | "time";

const JPEG_DROPPED: Record<number, MetadataKind> = { 225: "exif", 237: "iptc", 254: "comment" };

const latin1 = (bytes: Uint8Array, from: number, length: number) =>
  String.fromCharCode(...bytes.subarray(from, from + length));

function jpegSegments(bytes: Uint8Array): { marker: number; start: number; end: number }[] | null {
  const out: { marker: number; start: number; end: number }[] = [];
  let i = 2;
  while (i + 4 <= bytes.length) {
    if (bytes[i] !== 0xff) return null;
    const marker = bytes[i + 1] ?? 0;
    if (marker === 0xff) {
      i += 1; // fill byte
      continue;
    }
    // Standalone markers carry no length.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
      i += 2;
      continue;
    }
    const length = ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
    if (length < 2 || i + 2 + length > bytes.length) return null;
    out.push({ marker, start: i, end: i + 2 + length });
    if (marker === 0xda) {
      // Start of scan: entropy-coded data follows to the end; nothing after it is a header.
      out.push({ marker: -1, start: i + 2 + length, end: bytes.length });
      return out;
    }
    i += 2 + length;
  }
  return out;
}

function jpegKind(bytes: Uint8Array, marker: number, start: number): MetadataKind | null {
  if (marker === 0xe1) {
    return latin1(bytes, start + 4, 6) === "Exif\0\0" ? "exif" : "xmp";
  }
  return JPEG_DROPPED[marker] ?? null;
}

const PNG_DROPPED: Record<string, MetadataKind> = {
  eXIf: "exif",
  tEXt: "text",
  zTXt: "text",
  iTXt: "text",
  tIME: "time",
};

function u32be(bytes: Uint8Array, at: number) {
  return (
    (((bytes[at] ?? 0) << 24) >>> 0) +
    ((bytes[at + 1] ?? 0) << 16) +
    ((bytes[at + 2] ?? 0) << 8) +
    (bytes[at + 3] ?? 0)
  );
}
function u32le(bytes: Uint8Array, at: number) {
  return (
    (bytes[at] ?? 0) +
    ((bytes[at + 1] ?? 0) << 8) +
    ((bytes[at + 2] ?? 0) << 16) +
    (((bytes[at + 3] ?? 0) << 24) >>> 0)
  );
}

function pngChunks(bytes: Uint8Array): { type: string; start: number; end: number }[] | null {
  const out: { type: string; start: number; end: number }[] = [];
  let i = 8;
  while (i + 12 <= bytes.length) {
    const length = u32be(bytes, i);
    const end = i + 12 + length;
    if (end > bytes.length) return null;
    const type = latin1(bytes, i + 4, 4);
    out.push({ type, start: i, end });
    i = end;
    if (type === "IEND") break;
  }
  return out;
}

const WEBP_DROPPED: Record<string, MetadataKind> = { EXIF: "exif", "XMP ": "xmp" };

function webpChunks(bytes: Uint8Array): { type: string; start: number; end: number }[] | null {
  const out: { type: string; start: number; end: number }[] = [];
  let i = 12;
  while (i + 8 <= bytes.length) {
    const length = u32le(bytes, i + 4);
    const end = i + 8 + length + (length % 2);
    if (i + 8 + length > bytes.length) return null;
    out.push({ type: latin1(bytes, i, 4), start: i, end: Math.min(end, bytes.length) });
    i = end;
  }
  return out;
}

/** The metadata blocks an image holds (empty for a clean image or a PDF); null if it cannot be read. */
export function imageMetadata(bytes: Uint8Array, type: AttachmentType): MetadataKind[] | null {
  switch (type) {
    case "image/jpeg": {
      const segments = jpegSegments(bytes);
      if (!segments) return null;
      return segments.flatMap((s) => {
        const kind = s.marker < 0 ? null : jpegKind(bytes, s.marker, s.start);
        return kind ? [kind] : [];
      });
    }
    case "image/png": {
      const chunks = pngChunks(bytes);
      if (!chunks) return null;
      return chunks.flatMap((c) => (PNG_DROPPED[c.type] ? [PNG_DROPPED[c.type] as MetadataKind] : []));
    }
    case "image/webp": {
      const chunks = webpChunks(bytes);
      if (!chunks) return null;
      return chunks.flatMap((c) => (WEBP_DROPPED[c.type] ? [WEBP_DROPPED[c.type] as MetadataKind] : []));
    }
    default:
      return [];
  }
}

function concat(parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/**
 * The image without its metadata blocks (see above); a PDF comes back as it is. Null when the
 * container is broken (a truncated segment or chunk): such a file is refused, not stored.
 */
export function stripImageMetadata(bytes: Uint8Array, type: AttachmentType): Uint8Array | null {
  switch (type) {
    case "image/jpeg": {
      const segments = jpegSegments(bytes);
      if (!segments) return null;
      const kept = segments.filter((s) => s.marker < 0 || jpegKind(bytes, s.marker, s.start) === null);
      return concat([bytes.subarray(0, 2), ...kept.map((s) => bytes.subarray(s.start, s.end))]);
    }
    case "image/png": {
      const chunks = pngChunks(bytes);
      if (!chunks) return null;
      const kept = chunks.filter((c) => !PNG_DROPPED[c.type]);
      return concat([bytes.subarray(0, 8), ...kept.map((c) => bytes.subarray(c.start, c.end))]);
    }
    case "image/webp": {
      const chunks = webpChunks(bytes);
      if (!chunks) return null;
      const kept = chunks.filter((c) => !WEBP_DROPPED[c.type]).map((c) => bytes.slice(c.start, c.end));
      for (const chunk of kept) {
        // VP8X flags: bit 3 EXIF, bit 2 XMP.
        if (latin1(chunk, 0, 4) === "VP8X" && chunk.length > 8) chunk[8] = (chunk[8] ?? 0) & ~0x0c;
      }
      const body = concat(kept);
      const header = bytes.slice(0, 12);
      const size = body.byteLength + 4;
      header[4] = size & 0xff;
      header[5] = (size >>> 8) & 0xff;
      header[6] = (size >>> 16) & 0xff;
      header[7] = (size >>> 24) & 0xff;
      return concat([header, body]);
    }
    default:
      return bytes;
  }
}
