/** A photo as the complaint form sends it: scaled down and re-encoded as JPEG, so without EXIF. */
export interface ShrunkPhoto {
  blob: Blob;
  width: number;
  height: number;
  /** A `data:` URL of the photo for its preview (host pages' CSP commonly allows `img-src data:`). */
  preview: string;
}

const encode = (canvas: HTMLCanvasElement, quality: number) =>
  new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));

const dataUrl = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(blob);
  });

/**
 * Scales an image file to at most `maxSide` pixels on its long side (upright, as the camera's
 * orientation says) and encodes it as JPEG, lowering the quality until it fits `maxBytes`.
 * Throws when the browser cannot decode the file (e.g. HEIC outside Safari).
 */
export async function shrinkPhoto(file: Blob, maxSide: number, maxBytes: number): Promise<ShrunkPhoto> {
  const bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  const scale = Math.min(1, maxSide / Math.max(bitmap.width, bitmap.height));
  const width = Math.max(1, Math.round(bitmap.width * scale));
  const height = Math.max(1, Math.round(bitmap.height * scale));
  const canvas = document.createElement("canvas");
  canvas.width = width;
  canvas.height = height;
  const g = canvas.getContext("2d");
  if (!g) throw new Error("no 2d canvas");
  g.fillStyle = "#fff"; // a transparent PNG becomes a photo on white
  g.fillRect(0, 0, width, height);
  g.imageSmoothingQuality = "high";
  g.drawImage(bitmap, 0, 0, width, height);
  bitmap.close();
  let blob: Blob | null = null;
  for (const quality of [0.85, 0.7, 0.5]) {
    blob = await encode(canvas, quality);
    if (blob && blob.size <= maxBytes) break;
  }
  if (!blob) throw new Error("cannot encode");
  return { blob, width, height, preview: await dataUrl(blob) };
}
