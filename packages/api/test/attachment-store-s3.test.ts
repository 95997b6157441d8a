import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { testDrivers } from "@propgov/db/testing";
import S3rver from "s3rver";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { s3AttachmentStore } from "../src/attachments/s3.js";
import { contains, download, images, jpegWithGps, upload } from "./attachment-fixtures.js";
import { caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, type Harness } from "./harness.js";

/**
 * The S3 store against a real S3-protocol server (s3rver, in this process, on a free port): the
 * requests are signed with SigV4 and travel over HTTP as they would to MinIO, OSS or AWS.
 */
describe("the S3 attachment store against s3rver", () => {
  let server: S3rver;
  let endpoint: string;
  const dir = mkdtempSync(join(tmpdir(), "propgov-s3rver-"));
  beforeAll(async () => {
    server = new S3rver({
      port: 0,
      address: "127.0.0.1",
      silent: true,
      directory: dir,
      configureBuckets: [{ name: "propgov", configs: [] }],
    });
    const { port } = await server.run();
    endpoint = `http://127.0.0.1:${port}`;
  });
  afterAll(async () => {
    await server?.close();
    rmSync(dir, { recursive: true, force: true });
  });
  const store = () =>
    s3AttachmentStore({
      endpoint,
      bucket: "propgov",
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
      prefix: "county-files/",
    });

  it("puts, gets and deletes by key; a missing key is null", async () => {
    const s = store();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 1, 2, 3, 255]);
    await s.put("ten_1/att_1", bytes, "application/pdf");
    expect(await s.get("ten_1/att_1")).toEqual(bytes);
    // Stored under the prefix, in the bucket (s3rver serves its objects to anyone: read them raw).
    const raw = await fetch(`${endpoint}/propgov/county-files/ten_1/att_1`);
    expect(new Uint8Array(await raw.arrayBuffer())).toEqual(bytes);
    await s.put("ten_1/att_1", new Uint8Array([7]), "application/pdf");
    expect(await s.get("ten_1/att_1")).toEqual(new Uint8Array([7]));
    await s.delete("ten_1/att_1");
    expect(await s.get("ten_1/att_1")).toBeNull();
    await s.delete("ten_1/att_1"); // deleting again is no error
    await expect(s.put("../escape", bytes, "application/pdf")).rejects.toThrow(/key/);
  });

  it("reports a missing bucket or an unknown access key as an error, not as a missing file", async () => {
    const s = s3AttachmentStore({
      endpoint,
      bucket: "nope",
      accessKeyId: "S3RVER",
      secretAccessKey: "S3RVER",
    });
    await expect(s.put("a/b", new Uint8Array([1]), "image/png")).rejects.toThrow(/S3 PUT answered 404/);
    const stranger = s3AttachmentStore({
      endpoint,
      bucket: "propgov",
      accessKeyId: "NOBODY",
      secretAccessKey: "x",
    });
    await expect(stranger.get("a/b")).rejects.toThrow(/S3 GET answered 403/);
  });

  describe.each(testDrivers())("uploads through the API on %s", (driver) => {
    let h: Harness;
    beforeAll(async () => {
      h = await createHarness(driver, { attachments: { store: store(), images: images() } });
    });
    afterAll(() => h?.destroy());

    it("stores a case photo and its thumbnail in the bucket, without EXIF", async () => {
      const w = await seedCaseWorld(h);
      const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
      const res = await upload(h, `/v1/tenants/ours/cases/${filed.id}/attachments`, await jpegWithGps(), {
        token: h.ours.adminToken,
      });
      expect(res.status).toBe(201);
      const inBucket = await store().get(`${h.ours.id}/${res.body.id}`);
      expect(inBucket?.byteLength).toBe(res.body.size);
      expect(contains(inBucket as Uint8Array, "TestPhoneMaker")).toBe(false);
      expect(await store().get(`${h.ours.id}/${res.body.id}.thumb`)).not.toBeNull();
      const served = await download(
        h,
        `/v1/tenants/ours/attachments/${res.body.id}/content`,
        h.ours.adminToken,
      );
      expect(served.bytes).toEqual(inBucket);
      expect((await sharp(served.bytes).metadata()).exif).toBeUndefined();
      expect(
        (
          await h.request("DELETE", `/v1/tenants/ours/attachments/${res.body.id}`, {
            token: h.ours.adminToken,
          })
        ).status,
      ).toBe(204);
      expect(await store().get(`${h.ours.id}/${res.body.id}`)).toBeNull();
    });
  });
});
