import { type AttachmentType, imageMetadata, stripImageMetadata } from "@propgov/core";

/** An image made fit to store: metadata gone, its size, and a thumbnail when the processor makes one. */
export interface ProcessedImage {
  bytes: Uint8Array;
  width: number | null;
  height: number | null;
  thumbnail: { bytes: Uint8Array; contentType: AttachmentType } | null;
}

/**
 * Turns an uploaded image into what is stored. The Node server uses `sharpImageProcessor` from
 * `@propgov/api/node` (decodes, applies the EXIF orientation, re-encodes without metadata, makes
 * a thumbnail); without one, `portableImageProcessor` removes the metadata blocks from the
 * container and makes no thumbnail. Either way the API checks afterwards that no metadata is left.
 * Throws for bytes that are not a readable image of that type.
 */
export interface ImageProcessor {
  process(bytes: Uint8Array, type: AttachmentType): Promise<ProcessedImage>;
}

/** Metadata removal by rewriting the container (no decoder: edge runtimes too); no thumbnails. */
export const portableImageProcessor: ImageProcessor = {
  async process(bytes, type) {
    const stripped = stripImageMetadata(bytes, type);
    if (!stripped) throw new Error("The image's container is broken.");
    return { bytes: stripped, width: null, height: null, thumbnail: null };
  },
};

/** The processed bytes have no metadata block left: else they are stripped once more. */
export function assertClean(bytes: Uint8Array, type: AttachmentType): Uint8Array {
  const found = imageMetadata(bytes, type);
  if (found === null) throw new Error("The processed image cannot be read.");
  if (found.length === 0) return bytes;
  const again = stripImageMetadata(bytes, type);
  if (!again || (imageMetadata(again, type) ?? ["?"]).length > 0)
    throw new Error("Metadata left in an image.");
  return again;
}
