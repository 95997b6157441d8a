import { randomBytes } from "node:crypto";
import { attachments, cases, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { eq } from "drizzle-orm";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contains, images, jpegWithGps, pdfBytes, pngImage, tempStore } from "./attachment-fixtures.js";
import { type CaseWorld, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, type Harness } from "./harness.js";

describe.each(testDrivers())("a resident's photos on %s", (driver) => {
  let h: Harness;
  let world: CaseWorld;
  const folder = tempStore();
  beforeAll(async () => {
    h = await createHarness(driver, {
      startAt: "2026-05-11T01:00:00.000Z",
      attachments: { store: folder.store, images: images() },
    });
    world = await seedCaseWorld(h);
  });
  afterAll(async () => {
    await h?.destroy();
    folder.remove();
  });

  // Every test speaks from its own client address, so the rate limit of one never touches another.
  let clients = 0;
  const newClient = () => ({ "x-test-client": `10.0.1.${++clients}` });

  const file = async (client = newClient()) => {
    const res = await h.request("POST", "/v1/tenants/ours/public/cases", {
      body: {
        category: "serviceQuality",
        compoundId: world.sunshine,
        description: "2号楼门口的垃圾三天没有清运。",
        reporter: { name: "赵六", phone: "13912345678" },
      },
      headers: client,
    });
    expect(res.status).toBe(201);
    const [row] = await withTenant(h.deps.db.db, h.ours.id, (tx) =>
      tx.select({ id: cases.id }).from(cases).where(eq(cases.number, res.body.number)),
    );
    return { trackingCode: res.body.trackingCode as string, id: row?.id as string };
  };

  const send = async (
    trackingCode: string,
    bytes: Uint8Array,
    options: { key?: string; client?: Record<string, string>; tenant?: string; name?: string } = {},
  ) => {
    const form = new FormData();
    form.append(
      "file",
      new File([bytes as Uint8Array<ArrayBuffer>], options.name ?? "IMG_0001.jpg", { type: "image/jpeg" }),
    );
    const res = await h.app.request(
      `http://localhost/v1/tenants/${options.tenant ?? "ours"}/public/cases/${trackingCode}/photos`,
      {
        method: "POST",
        body: form,
        headers: {
          ...(options.client ?? newClient()),
          ...(options.key ? { "idempotency-key": options.key } : {}),
        },
      },
    );
    return { status: res.status, headers: res.headers, body: await res.json() };
  };

  const staffList = async (id: string) =>
    h.request("GET", `/v1/tenants/ours/cases/${id}/attachments`, { token: h.ours.adminToken });

  const distinctJpeg = (seed: number) =>
    sharp({
      create: {
        width: 40 + seed,
        height: 30,
        channels: 3,
        background: { r: (seed * 20) % 256, g: 90, b: 10 },
      },
    })
      .jpeg()
      .toBuffer()
      .then((b) => new Uint8Array(b));

  it("the intake form tells the widget the limits", async () => {
    const res = await h.request("GET", "/v1/tenants/ours/public/intake");
    expect(res.body.photos).toEqual({
      max: 6,
      maxBytes: 5 * 1024 * 1024,
      maxSide: 1600,
      types: ["image/jpeg", "image/png", "image/webp"],
      windowMinutes: 30,
    });
  });

  it("stores a photo on the case, without GPS, not public, for staff to see", async () => {
    const c = await file();
    const photo = await jpegWithGps(800, 600);
    const res = await send(c.trackingCode.toLowerCase(), photo);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ contentType: "image/jpeg", width: 800, height: 600 });
    expect(Object.keys(res.body).sort()).toEqual(["contentType", "height", "id", "size", "width"]);

    const list = await staffList(c.id);
    expect(list.status).toBe(200);
    expect(list.body.items).toHaveLength(1);
    expect(list.body.items[0]).toMatchObject({
      id: res.body.id,
      owner: { kind: "case", id: c.id },
      purpose: "intake",
      public: false,
      width: 800,
      height: 600,
      filename: "IMG_0001.jpg",
      uploadedBy: { id: null, name: null },
      hasThumbnail: true,
    });
    const stored = await h.app.request(
      `http://localhost/v1/tenants/ours/attachments/${res.body.id}/content`,
      { headers: { authorization: `Bearer ${h.ours.adminToken}` } },
    );
    expect(stored.status).toBe(200);
    const bytes = new Uint8Array(await stored.arrayBuffer());
    expect(contains(photo, "TestPhoneMaker")).toBe(true);
    expect(contains(bytes, "TestPhoneMaker")).toBe(false);

    // Not public until staff say so: the tracker shows no photo.
    const tracked = await h.request("GET", `/v1/tenants/ours/public/cases/${c.trackingCode}`);
    expect(tracked.body.photos).toEqual([]);
  });

  it("a retry of the same photo stores it once, with or without a key; a key reused for another file is 422", async () => {
    const c = await file();
    const photo = await distinctJpeg(1);
    const first = await send(c.trackingCode, photo);
    const again = await send(c.trackingCode, photo);
    expect(again.status).toBe(201);
    expect(again.headers.get("idempotent-replayed")).toBe("true");
    expect(again.body).toEqual(first.body);

    const keyed = await send(c.trackingCode, await distinctJpeg(2), { key: "photo-2" });
    const keyedAgain = await send(c.trackingCode, await distinctJpeg(2), { key: "photo-2" });
    expect(keyedAgain.body).toEqual(keyed.body);
    expect(keyedAgain.headers.get("idempotent-replayed")).toBe("true");
    const misused = await send(c.trackingCode, await distinctJpeg(3), { key: "photo-2" });
    expect(expectProblem(misused, 422, "unprocessable").errors?.[0]?.path).toBe("header.idempotency-key");

    expect((await staffList(c.id)).body.items).toHaveLength(2);
  });

  it("an unknown tracking code is 404, also of another county", async () => {
    const photo = await distinctJpeg(4);
    expectProblem(await send("ABCD-EFGH-JKMN", photo), 404, "not_found");
    const c = await file();
    expectProblem(await send(c.trackingCode, photo, { tenant: "other" }), 404, "not_found");
    expect(
      await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx.select({ id: attachments.id }).from(attachments).where(eq(attachments.caseId, c.id)),
      ),
    ).toEqual([]);
  });

  it("refuses what is not a photo, naming the file, with a code", async () => {
    const c = await file();
    const pdf = expectProblem(
      await send(c.trackingCode, pdfBytes(), { name: "photo.jpg" }),
      422,
      "unprocessable",
    );
    expect(pdf.errors).toEqual([{ path: "body.file", message: expect.any(String), code: "file_type" }]);
    const text = await send(c.trackingCode, new TextEncoder().encode("hello, not a picture"));
    expect(expectProblem(text, 422, "unprocessable").errors?.[0]).toMatchObject({
      path: "body.file",
      code: "file_type",
    });
    const none = await h.app.request(
      `http://localhost/v1/tenants/ours/public/cases/${c.trackingCode}/photos`,
      {
        method: "POST",
        body: new FormData(),
        headers: newClient(),
      },
    );
    expect(none.status).toBe(422);
    expect((await none.json()).errors[0].path).toBe("body.file");
    // A PNG is a photo too.
    expect((await send(c.trackingCode, await pngImage(), { name: "a.png" })).status).toBe(201);
  });

  it("takes at most 6 photos from the public per case: the 7th is 422", async () => {
    const c = await file();
    for (let i = 0; i < 6; i++) {
      expect((await send(c.trackingCode, await distinctJpeg(10 + i))).status).toBe(201);
    }
    const seventh = expectProblem(await send(c.trackingCode, await distinctJpeg(20)), 422, "unprocessable");
    expect(seventh.errors).toEqual([
      { path: "body.file", message: expect.any(String), code: "too_many_photos" },
    ]);
    // The retry of one already taken still gets its answer.
    expect((await send(c.trackingCode, await distinctJpeg(12))).status).toBe(201);
    expect((await staffList(c.id)).body.items).toHaveLength(6);
  });

  it("only within 30 minutes of filing, and only while the case is open (409)", async () => {
    const c = await file();
    h.advance(29 * 60_000);
    expect((await send(c.trackingCode, await distinctJpeg(30))).status).toBe(201);
    h.advance(2 * 60_000);
    const late = expectProblem(await send(c.trackingCode, await distinctJpeg(31)), 409, "conflict");
    expect(late).toMatchObject({ reason: "photo_window_closed", currentStatus: "received" });

    const d = await file();
    const cancel = await h.request("POST", `/v1/tenants/ours/cases/${d.id}/cancel`, {
      token: h.ours.adminToken,
      body: { reason: "duplicate" },
    });
    expect(cancel.status).toBe(200);
    const closed = expectProblem(await send(d.trackingCode, await distinctJpeg(32)), 409, "conflict");
    expect(closed).toMatchObject({ reason: "photo_window_closed", currentStatus: "cancelled" });
    expect((await staffList(d.id)).body.items).toEqual([]);
  });

  it("a photo larger than 5 MiB is 413 naming the file", async () => {
    const c = await file();
    // Noise does not compress: an uncompressed PNG of random pixels, just over 5 MiB (under the body limit).
    const big = new Uint8Array(
      await sharp(randomBytes(1330 * 1320 * 3), { raw: { width: 1330, height: 1320, channels: 3 } })
        .png({ compressionLevel: 0 })
        .toBuffer(),
    );
    expect(big.byteLength).toBeGreaterThan(5 * 1024 * 1024);
    const res = await send(c.trackingCode, big, { name: "big.png" });
    expect(expectProblem(res, 413, "payload_too_large").errors).toEqual([
      { path: "body.file", message: expect.any(String), code: "file_too_large" },
    ]);
  });

  it("field errors of a report carry stable codes beside the English message", async () => {
    const res = await h.request("POST", "/v1/tenants/ours/public/cases", {
      body: {
        category: "serviceQuality",
        compoundId: world.sunshine,
        description: "坏",
        reporter: { name: "赵六", phone: "1381234" },
      },
      headers: newClient(),
    });
    const problem = expectProblem(res, 422, "unprocessable");
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { path: "body.description", message: expect.stringContaining("5"), code: "too_short" },
        {
          path: "body.reporter.phone",
          message: expect.stringContaining("Not a phone number"),
          code: "invalid_phone",
        },
      ]),
    );
    const missing = await h.request("POST", "/v1/tenants/ours/public/cases", {
      body: {
        category: "serviceQuality",
        compoundId: world.sunshine,
        reporter: { name: "赵六", phone: "13912345678" },
      },
      headers: newClient(),
    });
    expect(expectProblem(missing, 422, "unprocessable").errors).toEqual([
      { path: "body.description", message: expect.any(String), code: "required" },
    ]);
  });
});
