import { imageMetadata, sniffAttachmentType, stripImageMetadata } from "@propgov/core";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { assertClean, portableImageProcessor } from "../src/attachments/images.js";
import { contains, jpegWithGps, pdfBytes, pngImage, webpWithExif } from "./attachment-fixtures.js";

/** A PNG chunk (length, type, data, CRC-32). */
function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const body = new Uint8Array([...new TextEncoder().encode(type), ...data]);
  let crc = 0xffffffff;
  for (const byte of body) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  crc = (crc ^ 0xffffffff) >>> 0;
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc);
  return out;
}

/** The PNG with a tEXt chunk after its header chunk. */
function withText(png: Uint8Array, text: string): Uint8Array {
  const ihdrEnd = 8 + 12 + 13;
  const chunk = pngChunk("tEXt", new TextEncoder().encode(`Comment\0${text}`));
  return new Uint8Array([...png.subarray(0, ihdrEnd), ...chunk, ...png.subarray(ihdrEnd)]);
}

describe("sniffing and metadata removal without a decoder", () => {
  it("sniffs JPEG, PNG, WebP and PDF from the bytes, and nothing else", async () => {
    expect(sniffAttachmentType(await jpegWithGps(8, 8))).toBe("image/jpeg");
    expect(sniffAttachmentType(await pngImage())).toBe("image/png");
    expect(sniffAttachmentType(await webpWithExif())).toBe("image/webp");
    expect(sniffAttachmentType(pdfBytes())).toBe("application/pdf");
    const enc = (s: string) => new TextEncoder().encode(s);
    for (const other of [
      enc("GIF89a......"),
      enc("<svg xmlns='http://www.w3.org/2000/svg'/>"),
      enc("RIFF....WAVE"),
      new Uint8Array([0xff, 0xd8]),
    ]) {
      expect(sniffAttachmentType(other)).toBeNull();
    }
  });

  it("drops EXIF with GPS from a JPEG; the image still decodes to the same size", async () => {
    const original = await jpegWithGps(64, 48);
    expect(imageMetadata(original, "image/jpeg")).toContain("exif");
    const { bytes, thumbnail } = await portableImageProcessor.process(original, "image/jpeg");
    expect(thumbnail).toBeNull();
    expect(imageMetadata(bytes, "image/jpeg")).toEqual([]);
    expect(contains(bytes, "TestPhoneMaker")).toBe(false);
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([64, 48]);
  });

  it("drops text chunks from a PNG and EXIF from a WebP, keeping them decodable", async () => {
    const png = withText(await pngImage(), "GPS 33.26N 116.56E");
    expect(imageMetadata(png, "image/png")).toEqual(["text"]);
    const cleanPng = stripImageMetadata(png, "image/png") as Uint8Array;
    expect(imageMetadata(cleanPng, "image/png")).toEqual([]);
    expect(contains(cleanPng, "116.56E")).toBe(false);
    expect((await sharp(cleanPng).metadata()).width).toBe(50);

    const webp = await webpWithExif();
    expect(imageMetadata(webp, "image/webp")).toEqual(["exif"]);
    const cleanWebp = stripImageMetadata(webp, "image/webp") as Uint8Array;
    expect(imageMetadata(cleanWebp, "image/webp")).toEqual([]);
    expect(contains(cleanWebp, "TestPhoneMaker")).toBe(false);
    const meta = await sharp(cleanWebp).metadata();
    expect([meta.width, meta.height, meta.exif]).toEqual([60, 30, undefined]);
    // The RIFF size names what is left.
    expect(new DataView(cleanWebp.buffer, cleanWebp.byteOffset).getUint32(4, true)).toBe(
      cleanWebp.byteLength - 8,
    );
  });

  it("refuses a broken container and cleans what a processor left behind", async () => {
    const original = await jpegWithGps(16, 16);
    expect(stripImageMetadata(original.subarray(0, 30), "image/jpeg")).toBeNull();
    await expect(portableImageProcessor.process(original.subarray(0, 30), "image/jpeg")).rejects.toThrow();
    const cleaned = assertClean(original, "image/jpeg");
    expect(imageMetadata(cleaned, "image/jpeg")).toEqual([]);
  });
});
