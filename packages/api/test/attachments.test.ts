import { imageMetadata, newId } from "@propgov/core";
import { disclosures, meetings, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  contains,
  download,
  images,
  jpegWithGps,
  pdfBytes,
  pngImage,
  tempStore,
  upload,
  webpWithExif,
} from "./attachment-fixtures.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

describe.each(testDrivers())("attachments on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let theirs: CaseWorld;
  const folder = tempStore();
  const base = "/v1/tenants/ours";
  const tokens = {} as Record<
    "admin" | "dispatcher" | "street" | "township" | "housing" | "police" | "committee",
    string
  >;
  let caseId: string;
  let trackingCode: string;
  let theirCaseId: string;
  let meetingId: string;
  let disclosureId: string;

  beforeAll(async () => {
    h = await createHarness(driver, {
      startAt: "2026-11-16T01:30:00.000Z",
      attachments: { store: folder.store, images: images() },
    });
    w = await seedCaseWorld(h);
    theirs = await seedCaseWorld(h, h.other);
    tokens.admin = h.ours.adminToken;
    tokens.dispatcher = (await h.userWith(h.ours, ["dispatcher"])).token;
    tokens.street = (await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id })).token;
    tokens.township = (await h.userWith(h.ours, ["regionStaff"], { regionId: w.township.id })).token;
    tokens.housing = (
      await h.userWith(h.ours, ["departmentOfficer"], {
        departmentId: w.departmentIds.housingCentre as string,
      })
    ).token;
    tokens.police = (
      await h.userWith(h.ours, ["departmentOfficer"], { departmentId: w.departmentIds.police as string })
    ).token;
    tokens.committee = (await h.userWith(h.ours, ["committeeMember"], { compoundId: w.sunshine })).token;
    const filed = await fileCaseVia(h, h.ours, tokens.admin, caseBody(w));
    caseId = filed.id;
    trackingCode = filed.trackingCode;
    theirCaseId = (await fileCaseVia(h, h.other, h.other.adminToken, caseBody(theirs))).id;
    // The case reaches the housing centre (吹哨), which may then add completion evidence.
    for (const [action, body] of [
      ["contact", {}],
      ["whistle", { departmentIds: [w.departmentIds.housingCentre] }],
    ] as const) {
      const res = await h.request("POST", `${base}/cases/${caseId}/${action}`, { token: tokens.admin, body });
      if (res.status !== 200) throw new Error(`${action}: ${res.status} ${JSON.stringify(res.body)}`);
    }
    meetingId = newId("meeting");
    disclosureId = newId("disclosure");
    await withTenant(h.deps.db.db, h.ours.id, async (tx) => {
      await tx.insert(meetings).values({
        tenantId: h.ours.id,
        id: meetingId,
        title: "阳光花园联席会议",
        level: "compound",
        kind: "majorMatter",
        compoundId: w.sunshine,
        scheduledAt: new Date("2026-11-20T01:30:00Z"),
        status: "planned",
      });
      await tx.insert(disclosures).values({
        tenantId: h.ours.id,
        id: disclosureId,
        compoundId: w.sunshine,
        item: "publicRevenue",
        period: "2026-Q3",
        title: "2026年第三季度公共收益收支公示",
        content: "电梯广告收入12,000元。",
        publishedAt: new Date("2026-11-10T01:30:00Z"),
      });
    });
  });
  afterAll(async () => {
    await h?.destroy();
    folder.remove();
  });

  const caseUpload = (bytes: Uint8Array, options: Parameters<typeof upload>[3] = {}) =>
    upload(h, `${base}/cases/${caseId}/attachments`, bytes, { token: tokens.admin, ...options });

  it("stores a phone photo without its EXIF and GPS, upright, with a thumbnail", async () => {
    const original = await jpegWithGps(640, 480);
    expect(contains(original, "TestPhoneMaker")).toBe(true);
    expect(imageMetadata(original, "image/jpeg")).toContain("exif");
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const res = await caseUpload(original, { name: "现场照片.jpg", type: "image/jpeg" });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      owner: { kind: "case", id: caseId },
      purpose: "intake",
      contentType: "image/jpeg",
      filename: "现场照片.jpg",
      width: 640,
      height: 480,
      hasThumbnail: true,
      public: false,
    });
    expect(res.body.id).toMatch(/^att_/);

    const file = await download(h, `${base}/attachments/${res.body.id}/content`, tokens.admin);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("image/jpeg");
    expect(file.headers.get("x-content-type-options")).toBe("nosniff");
    expect(file.bytes.byteLength).toBe(res.body.size);
    expect(contains(file.bytes, "TestPhoneMaker")).toBe(false);
    expect(contains(file.bytes, "GPS-Cam")).toBe(false);
    expect(imageMetadata(file.bytes, "image/jpeg")).toEqual([]);
    const meta = await sharp(file.bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect([meta.width, meta.height]).toEqual([640, 480]);

    const thumb = await download(h, `${base}/attachments/${res.body.id}/thumbnail`, tokens.admin);
    expect(thumb.status).toBe(200);
    const t = await sharp(thumb.bytes).metadata();
    expect([t.format, t.width, t.height]).toEqual(["jpeg", 320, 240]);
    expect(t.exif).toBeUndefined();

    const hash = Buffer.from(await crypto.subtle.digest("SHA-256", file.bytes as Uint8Array<ArrayBuffer>));
    expect(res.body.sha256).toBe(hash.toString("hex"));
  });

  it("takes the type from the bytes, not the name or the claimed media type", async () => {
    const png = await caseUpload(await pngImage(), { name: "scan.pdf", type: "application/pdf" });
    expect(png.status).toBe(201);
    expect(png.body.contentType).toBe("image/png");
    const webp = await caseUpload(await webpWithExif(), { name: "x.jpg", type: "image/jpeg" });
    expect(webp.status).toBe(201);
    expect(webp.body.contentType).toBe("image/webp");
    const stored = await download(h, `${base}/attachments/${webp.body.id}/content`, tokens.admin);
    expect(contains(stored.bytes, "TestPhoneMaker")).toBe(false);
    expect(imageMetadata(stored.bytes, "image/webp")).toEqual([]);

    const html = new TextEncoder().encode("<html><script>alert(1)</script></html>");
    const refused = await caseUpload(html, { name: "photo.jpg", type: "image/jpeg" });
    expectProblem(refused, 422, "unprocessable");
    expect(failingPaths(refused)).toEqual(["body.file"]);
    // JPEG magic bytes and nothing an image decoder can read.
    const fake = new Uint8Array([
      0xff,
      0xd8,
      0xff,
      0xe0,
      0,
      16,
      ...new TextEncoder().encode("JFIF not really"),
    ]);
    const broken = await caseUpload(fake);
    expectProblem(broken, 422, "unprocessable");
    expect(failingPaths(broken)).toEqual(["body.file"]);
    expect(failingPaths(await caseUpload(new Uint8Array(0)))).toEqual(["body.file"]);
    const none = await caseUpload(new Uint8Array(0), { noFile: true, fields: { purpose: "intake" } });
    expectProblem(none, 422, "unprocessable");
    expect(failingPaths(none)).toEqual(["body.file"]);
    const json = await h.request("POST", `${base}/cases/${caseId}/attachments`, {
      token: tokens.admin,
      body: { file: "x" },
    });
    expect([400, 415, 422]).toContain(json.status);
  });

  it("refuses a file over its type's limit (413 naming body.file) and a body over the upload limit", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff, 0xe0]);
    const res = await caseUpload(big);
    expectProblem(res, 413, "payload_too_large");
    expect(failingPaths(res)).toEqual(["body.file"]);
    // A PDF may be larger than a photo.
    const pdf = new Uint8Array(12 * 1024 * 1024);
    pdf.set(pdfBytes());
    const ok = await upload(h, `${base}/meetings/${meetingId}/attachments`, pdf, {
      token: tokens.admin,
      name: "纪要.pdf",
    });
    expect(ok.status).toBe(201);
    expect(ok.body).toMatchObject({
      contentType: "application/pdf",
      purpose: "minutes",
      hasThumbnail: false,
    });
    const huge = new Uint8Array(21 * 1024 * 1024);
    huge.set(pdfBytes());
    const over = await upload(h, `${base}/meetings/${meetingId}/attachments`, huge, { token: tokens.admin });
    expectProblem(over, 413, "payload_too_large");
  });

  it("checks the purpose and the public flag against the owner", async () => {
    const wrong = await caseUpload(await pngImage(), { fields: { purpose: "minutes" } });
    expectProblem(wrong, 422, "unprocessable");
    expect(failingPaths(wrong)).toEqual(["body.purpose"]);
    const pdfPublic = await caseUpload(pdfBytes(), { fields: { public: "true" } });
    expectProblem(pdfPublic, 422, "unprocessable");
    expect(failingPaths(pdfPublic)).toEqual(["body.public"]);
    const minutesPublic = await upload(h, `${base}/meetings/${meetingId}/attachments`, pdfBytes(), {
      token: tokens.admin,
      fields: { public: "true" },
    });
    expect(failingPaths(minutesPublic)).toEqual(["body.public"]);
  });

  it("is access-checked like its case: other county 404, other township 404, read-only roles 403", async () => {
    const photo = await caseUpload(await pngImage());
    const id = photo.body.id as string;
    // Another county's admin, on its own county's path: our attachment does not exist there.
    for (const path of [`attachments/${id}`, `attachments/${id}/content`, `attachments/${id}/thumbnail`]) {
      expectProblem(
        await h.request("GET", `/v1/tenants/other/${path}`, { token: h.other.adminToken }),
        404,
        "not_found",
      );
    }
    expectProblem(
      await h.request("PATCH", `/v1/tenants/other/attachments/${id}`, {
        token: h.other.adminToken,
        body: { public: true },
      }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("DELETE", `/v1/tenants/other/attachments/${id}`, { token: h.other.adminToken }),
      404,
      "not_found",
    );
    // Nor may we attach to theirs.
    const cross = await upload(h, `${base}/cases/${theirCaseId}/attachments`, await pngImage(), {
      token: tokens.admin,
    });
    expectProblem(cross, 404, "not_found");
    // A token of another county on our path is not one of our roles.
    const foreign = await h.request("GET", `${base}/attachments/${id}`, { token: h.other.adminToken });
    expect([403, 404]).toContain(foreign.status);

    // Region staff over the case see and add; the other township's do not even see it.
    expect((await h.request("GET", `${base}/attachments/${id}`, { token: tokens.street })).status).toBe(200);
    expect(
      (await upload(h, `${base}/cases/${caseId}/attachments`, await pngImage(), { token: tokens.street }))
        .status,
    ).toBe(201);
    expectProblem(
      await h.request("GET", `${base}/attachments/${id}`, { token: tokens.township }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("GET", `${base}/cases/${caseId}/attachments`, { token: tokens.township }),
      404,
      "not_found",
    );
    expectProblem(
      await upload(h, `${base}/cases/${caseId}/attachments`, await pngImage(), { token: tokens.township }),
      404,
      "not_found",
    );
    // The summoned department adds completion evidence, not intake photos; another department sees nothing.
    const evidence = await upload(h, `${base}/cases/${caseId}/attachments`, await jpegWithGps(), {
      token: tokens.housing,
      fields: { purpose: "evidence" },
    });
    expect(evidence.status).toBe(201);
    expect(evidence.body.purpose).toBe("evidence");
    expectProblem(
      await upload(h, `${base}/cases/${caseId}/attachments`, await pngImage(), { token: tokens.housing }),
      403,
      "forbidden",
    );
    expectProblem(
      await h.request("GET", `${base}/attachments/${id}`, { token: tokens.police }),
      404,
      "not_found",
    );
    // The compound's committee reads the case's files but adds none.
    expect(
      (await h.request("GET", `${base}/attachments/${id}/content`, { token: tokens.committee })).status,
    ).toBe(200);
    expectProblem(
      await upload(h, `${base}/cases/${caseId}/attachments`, await pngImage(), { token: tokens.committee }),
      403,
      "forbidden",
    );
    expectProblem(
      await upload(h, `${base}/cases/${caseId}/attachments`, await pngImage()),
      401,
      "unauthenticated",
    );

    const listed = await h.request("GET", `${base}/cases/${caseId}/attachments`, { token: tokens.street });
    expect(listed.status).toBe(200);
    expect(listed.body.items.map((a: { id: string }) => a.id)).toContain(evidence.body.id);
  });

  it("the 12345 dispatcher attaches to, lists and publishes any case's photos, but not meetings'", async () => {
    const far = await fileCaseVia(h, h.ours, tokens.admin, caseBody(w, { compoundId: w.far }));
    const photo = await upload(h, `${base}/cases/${far.id}/attachments`, await pngImage(), {
      token: tokens.dispatcher,
    });
    expect(photo.status).toBe(201);
    const id = photo.body.id as string;
    const listed = await h.request("GET", `${base}/cases/${far.id}/attachments`, {
      token: tokens.dispatcher,
    });
    expect(listed.body.items.map((a: { id: string }) => a.id)).toEqual([id]);
    expect(
      (await h.request("GET", `${base}/attachments/${id}/content`, { token: tokens.dispatcher })).status,
    ).toBe(200);
    const published = await h.request("PATCH", `${base}/attachments/${id}`, {
      token: tokens.dispatcher,
      body: { public: true },
    });
    expect(published.status).toBe(200);
    expect(published.body.public).toBe(true);
    // Its reach is the county's cases, nothing more.
    expect(
      (
        await upload(h, `${base}/meetings/${meetingId}/attachments`, await pngImage(), {
          token: tokens.dispatcher,
          fields: { purpose: "minutes" },
        })
      ).status,
    ).toBe(403);
    expectProblem(
      await upload(h, `${base}/cases/${theirCaseId}/attachments`, await pngImage(), {
        token: tokens.dispatcher,
      }),
      404,
      "not_found",
    );
  });

  it("shows only photos marked public on case tracking and at the public route", async () => {
    const shown = await caseUpload(await jpegWithGps(), { fields: { public: "true", purpose: "evidence" } });
    const hidden = await caseUpload(await pngImage());
    expect(shown.body.public).toBe(true);
    const tracked = await h.request("GET", `${base}/public/cases/${trackingCode}`);
    expect(tracked.status).toBe(200);
    expect(tracked.body.photos.map((p: { id: string }) => p.id)).toEqual([shown.body.id]);
    const [photo] = tracked.body.photos;
    expect(photo.url).toBe(`/v1/tenants/ours/public/attachments/${shown.body.id}`);
    const served = await download(h, photo.url);
    expect(served.status).toBe(200);
    expect(contains(served.bytes, "TestPhoneMaker")).toBe(false);
    expect((await download(h, photo.thumbnailUrl)).status).toBe(200);
    expectProblem(await h.request("GET", `${base}/public/attachments/${hidden.body.id}`), 404, "not_found");
    expectProblem(
      await h.request("GET", `/v1/tenants/other/public/attachments/${shown.body.id}`),
      404,
      "not_found",
    );

    // Marked public later, then hidden again.
    const patched = await h.request("PATCH", `${base}/attachments/${hidden.body.id}`, {
      token: tokens.admin,
      body: { public: true },
    });
    expect(patched.status).toBe(200);
    expect((await download(h, `${base}/public/attachments/${hidden.body.id}`)).status).toBe(200);
    await h.request("PATCH", `${base}/attachments/${hidden.body.id}`, {
      token: tokens.admin,
      body: { public: false },
    });
    expect((await download(h, `${base}/public/attachments/${hidden.body.id}`)).status).toBe(404);
    const bad = await h.request("PATCH", `${base}/attachments/${hidden.body.id}`, {
      token: tokens.admin,
      body: { public: "yes" },
    });
    expect(failingPaths(bad)).toEqual(["body.public"]);
  });

  it("attaches minutes to meetings and documents to disclosures, each with its owner's reach", async () => {
    const minutes = await upload(h, `${base}/meetings/${meetingId}/attachments`, pdfBytes(), {
      token: tokens.street,
      name: "会议纪要.pdf",
    });
    expect(minutes.status).toBe(201);
    const file = await download(h, `${base}/attachments/${minutes.body.id}/content`, tokens.admin);
    expect(file.headers.get("content-type")).toBe("application/pdf");
    expect(file.headers.get("content-disposition")).toContain("attachment;");
    expect(file.headers.get("content-disposition")).toContain(encodeURIComponent("会议纪要.pdf"));
    expectProblem(
      await upload(h, `${base}/meetings/${meetingId}/attachments`, pdfBytes(), { token: tokens.township }),
      404,
      "not_found",
    );
    expectProblem(
      await h.request("GET", `${base}/attachments/${minutes.body.id}`, { token: tokens.police }),
      404,
      "not_found",
    );
    expectProblem(
      await download(h, `${base}/public/attachments/${minutes.body.id}`).then((r) => ({
        status: r.status,
        headers: r.headers,
        body: JSON.parse(Buffer.from(r.bytes).toString()),
      })),
      404,
      "not_found",
    );

    const doc = await upload(h, `${base}/disclosures/${disclosureId}/attachments`, pdfBytes(), {
      token: tokens.admin,
      fields: { public: "true" },
    });
    expect(doc.status).toBe(201);
    expect(doc.body.purpose).toBe("document");
    expect((await download(h, `${base}/public/attachments/${doc.body.id}`)).status).toBe(200);
    const list = await h.request("GET", `${base}/disclosures/${disclosureId}/attachments`, {
      token: tokens.committee,
    });
    expect(list.body.items.map((a: { id: string }) => a.id)).toEqual([doc.body.id]);
    // A disclosure without a company is its compound's committee's to add to; the township sees none of it.
    const byCommittee = await upload(h, `${base}/disclosures/${disclosureId}/attachments`, pdfBytes(), {
      token: tokens.committee,
    });
    expect(byCommittee.status).toBe(201);
    expectProblem(
      await upload(h, `${base}/disclosures/${disclosureId}/attachments`, pdfBytes(), {
        token: tokens.township,
      }),
      404,
      "not_found",
    );
    expectProblem(
      await upload(h, `${base}/disclosures/${disclosureId}/attachments`, pdfBytes(), {
        token: tokens.police,
      }),
      403,
      "forbidden",
    );
  });

  it("removes an attachment: gone from lists, content and the store", async () => {
    const res = await caseUpload(await jpegWithGps());
    const id = res.body.id as string;
    expect((await folder.store.get(`${h.ours.id}/${id}`))?.byteLength).toBe(res.body.size);
    expect(await folder.store.get(`${h.ours.id}/${id}.thumb`)).not.toBeNull();
    expectProblem(
      await h.request("DELETE", `${base}/attachments/${id}`, { token: tokens.committee }),
      403,
      "forbidden",
    );
    expect((await h.request("DELETE", `${base}/attachments/${id}`, { token: tokens.admin })).status).toBe(
      204,
    );
    expect(await folder.store.get(`${h.ours.id}/${id}`)).toBeNull();
    expect(await folder.store.get(`${h.ours.id}/${id}.thumb`)).toBeNull();
    expectProblem(
      await h.request("GET", `${base}/attachments/${id}`, { token: tokens.admin }),
      404,
      "not_found",
    );
    const list = await h.request("GET", `${base}/cases/${caseId}/attachments`, { token: tokens.admin });
    expect(list.body.items.map((a: { id: string }) => a.id)).not.toContain(id);
  });

  it("refuses attachments to a cancelled case (409 with its status)", async () => {
    const filed = await fileCaseVia(h, h.ours, tokens.admin, caseBody(w));
    const cancelled = await h.request("POST", `${base}/cases/${filed.id}/cancel`, {
      token: tokens.admin,
      body: { reason: "duplicate" },
    });
    expect(cancelled.status).toBe(200);
    const res = await upload(h, `${base}/cases/${filed.id}/attachments`, await pngImage(), {
      token: tokens.admin,
    });
    expectProblem(res, 409, "conflict");
    expect(res.body.currentStatus).toBe("cancelled");
  });
});

describe.each(testDrivers())("attachments without a store on %s", (driver) => {
  let h: Harness;
  beforeAll(async () => {
    h = await createHarness(driver);
  });
  afterAll(() => h?.destroy());

  it("answers 503 to an upload", async () => {
    const w = await seedCaseWorld(h);
    const filed = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w));
    const res = await upload(h, `/v1/tenants/ours/cases/${filed.id}/attachments`, await pngImage(), {
      token: h.ours.adminToken,
    });
    expectProblem(res, 503, "unavailable");
  });
});
