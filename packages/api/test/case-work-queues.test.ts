import { grids, withTenant } from "@propgov/db";
import { testDrivers } from "@propgov/db/testing";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

interface Step {
  round: number;
  checkInDueAt: string;
  checkedInAt: string | null;
  withdrawnAt: string | null;
}
interface Listed {
  id: string;
  status: string;
  round: number;
  contactedAt: string | null;
  firstContactDueAt: string;
  resolutionDueAt: string;
  departments: Step[];
}

const finished = ["resolved", "rated", "closed", "cancelled", "merged"];

/** The next deadline still to meet, worked out from the view (not from the query's SQL). */
function nextDue(c: Listed): number | null {
  if ([...finished, "awaitingDispatch"].includes(c.status)) return null;
  const at = [c.resolutionDueAt];
  if (!c.contactedAt) at.push(c.firstContactDueAt);
  for (const d of c.departments) {
    if (d.round === c.round && !d.withdrawnAt && !d.checkedInAt) at.push(d.checkInDueAt);
  }
  return Math.min(...at.map((t) => Date.parse(t)));
}

describe.each(testDrivers())(
  "work queues: status lists, open, guarantor and deadline order on %s",
  (driver) => {
    let h: Harness;
    let w: CaseWorld;
    let guarantor: { id: string; token: string };
    const base = "/v1/tenants/ours/cases";
    const admin = () => h.ours.adminToken;
    const ids: Record<string, string> = {};
    const act = async (id: string, action: string, body: unknown = {}) => {
      const res = await h.request("POST", `${base}/${id}/${action}`, { token: admin(), body });
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200);
      return res.body;
    };
    const list = async (query: string, token = admin()) => {
      const res = await h.request("GET", `${base}?limit=200&${query}`, { token });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body.items as Listed[];
    };

    beforeAll(async () => {
      h = await createHarness(driver, { startAt: "2026-11-16T01:30:00.000Z" });
      w = await seedCaseWorld(h);
      guarantor = await h.userWith(h.ours, ["regionStaff"], { regionId: w.community.id });
      await withTenant(h.deps.db.db, h.ours.id, (tx) =>
        tx
          .update(grids)
          .set({ guarantorUserId: guarantor.id, guarantorName: null, guarantorPhone: null })
          .where(and(eq(grids.tenantId, h.ours.id), eq(grids.id, w.grid))),
      );
      const file = async (overrides: Record<string, unknown> = {}) =>
        (await fileCaseVia(h, h.ours, admin(), caseBody(w, overrides))).id as string;
      ids.fresh = await file({ gridId: w.grid });
      h.advance(10 * 60_000);
      ids.contacted = await file();
      await act(ids.contacted, "contact");
      h.advance(10 * 60_000);
      ids.whistled = await file({ category: "illegalConstruction", gridId: w.grid });
      await act(ids.whistled, "contact");
      await act(ids.whistled, "whistle");
      h.advance(10 * 60_000);
      ids.resolved = await file();
      await act(ids.resolved, "contact");
      await act(ids.resolved, "resolve", {});
      h.advance(10 * 60_000);
      ids.later = await file({ compoundId: w.far });
    });
    afterAll(() => h?.destroy());

    it("filters by several statuses, comma-separated or repeated", async () => {
      const comma = await list("status=received,whistled");
      expect(comma.map((c) => c.id).sort()).toEqual([ids.fresh, ids.later, ids.whistled].sort());
      const repeated = await list("status=received&status=whistled");
      expect(repeated.map((c) => c.id)).toEqual(comma.map((c) => c.id));
      expect((await list("status=contacted")).map((c) => c.id)).toEqual([ids.contacted]);
    });

    it("open=true leaves finished cases out; open=false keeps only them", async () => {
      const open = (await list("open=true")).map((c) => c.id);
      expect(open.sort()).toEqual([ids.fresh, ids.contacted, ids.whistled, ids.later].sort());
      expect((await list("open=false")).map((c) => c.id)).toEqual([ids.resolved]);
      expect(await list("open=true&status=resolved")).toEqual([]);
    });

    it("guarantorId=me lists the signed-in guarantor's grids; an id lists that user's", async () => {
      const mine = (await list("guarantorId=me", guarantor.token)).map((c) => c.id);
      expect(mine.sort()).toEqual([ids.fresh, ids.whistled].sort());
      expect((await list(`guarantorId=${guarantor.id}`)).map((c) => c.id).sort()).toEqual(mine);
      // The county admin guarantees no grid.
      expect(await list("guarantorId=me")).toEqual([]);
    });

    it("sort=deadline puts the next deadline first and finished cases last, and pages that order", async () => {
      const sorted = await list("sort=deadline");
      expect(sorted).toHaveLength(5);
      const dues = sorted.map(nextDue);
      expect(dues.at(-1)).toBeNull();
      const dated = dues.filter((d): d is number => d !== null);
      expect(dated).toHaveLength(4);
      expect(dated).toEqual([...dated].sort((a, b) => a - b));
      // The whistled case's departments must check in before its first-contact-free resolution deadline.
      const whistled = sorted.find((c) => c.id === ids.whistled);
      expect(whistled && nextDue(whistled)).toBe(Date.parse(whistled?.departments[0]?.checkInDueAt ?? ""));

      const paged: string[] = [];
      let cursor: string | null = null;
      do {
        const q: string = `sort=deadline&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
        const res = await h.request("GET", `${base}?${q}`, { token: admin() });
        expect(res.status).toBe(200);
        paged.push(...res.body.items.map((c: Listed) => c.id));
        cursor = res.body.nextCursor;
      } while (cursor);
      expect(paged).toEqual(sorted.map((c) => c.id));
      // Filters combine with the order.
      const open = (await list("sort=deadline&open=true")).map((c) => c.id);
      expect(open).toEqual(sorted.map((c) => c.id).filter((id) => id !== ids.resolved));
    });

    it("refuses bad values with 400 naming the parameter", async () => {
      const bad: [string, string][] = [
        ["status=received,lost", "query.status.1"],
        ["status=", "query.status"],
        ["open=maybe", "query.open"],
        ["sort=oldest", "query.sort"],
        ["guarantorId=someone", "query.guarantorId"],
        ["sort=deadline&cursor=garbage", "query.cursor"],
      ];
      for (const [query, path] of bad) {
        const res = await h.request("GET", `${base}?${query}`, { token: admin() });
        expectProblem(res, 400, "bad_request");
        expect([...new Set(failingPaths(res))], query).toEqual([path]);
      }
      // A newest-first cursor is not one of the deadline order's, and the other way round.
      const first = await h.request("GET", `${base}?limit=1`, { token: admin() });
      const wrong = await h.request("GET", `${base}?sort=deadline&cursor=${first.body.nextCursor}`, {
        token: admin(),
      });
      expect(failingPaths(wrong)).toEqual(["query.cursor"]);
      const byDue = await h.request("GET", `${base}?sort=deadline&limit=1`, { token: admin() });
      const back = await h.request("GET", `${base}?cursor=${byDue.body.nextCursor}`, { token: admin() });
      expect(failingPaths(back)).toEqual(["query.cursor"]);
    });
  },
);
