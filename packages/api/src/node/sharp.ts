import { THUMBNAIL_SIZE } from "@propgov/core";
import type { ImageProcessor } from "../attachments/images.js";

// libvips loads on the first image, not when the server starts.
let loaded: Promise<typeof import("sharp")> | undefined;
const loadSharp = async () => {
  loaded ??= import("sharp");
  return (await loaded).default;
};

/**
 * Images through sharp: decoded (which proves they are images), turned upright by their EXIF
 * orientation, re-encoded in their own format without any metadata (sharp keeps none unless asked),
 * and a JPEG thumbnail whose long side is THUMBNAIL_SIZE pixels.
 */
export function sharpImageProcessor(): ImageProcessor {
  return {
    async process(bytes, type) {
      const sharp = await loadSharp();
      const input = sharp(bytes, { failOn: "error", limitInputPixels: 50_000_000 }).rotate();
      const encoded =
        type === "image/png"
          ? input.png()
          : type === "image/webp"
            ? input.webp({ quality: 85 })
            : input.jpeg({ quality: 85, mozjpeg: true });
      const { data, info } = await encoded.toBuffer({ resolveWithObject: true });
      const thumbnail = await sharp(data)
        .flatten({ background: "#ffffff" })
        .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
        .jpeg({ quality: 75 })
        .toBuffer();
      return {
        bytes: new Uint8Array(data),
        width: info.width,
        height: info.height,
        thumbnail: { bytes: new Uint8Array(thumbnail), contentType: "image/jpeg" },
      };
    },
  };
}
