import { testDrivers } from "@propgov/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { caseExportColumns } from "../src/services/cases/export.js";
import { parseCsv } from "../src/services/csv.js";
import { type CaseWorld, caseBody, fileCaseVia, seedCaseWorld } from "./case-fixtures.js";
import { createHarness, expectProblem, failingPaths, type Harness } from "./harness.js";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const headers = caseExportColumns.map((c) => c.header);

describe.each(testDrivers())("case export (CSV, XLSX) on %s", (driver) => {
  let h: Harness;
  let w: CaseWorld;
  let elevator: { id: string; number: string };
  let formula: { id: string; number: string };
  let far: { id: string; number: string };
  let street: string;
  let receivedText: string;
  const base = "/v1/tenants/ours/cases";

  beforeAll(async () => {
    // 2026-11-16 09:30 in Asia/Shanghai.
    h = await createHarness(driver, { startAt: "2026-11-16T01:30:00.000Z" });
    w = await seedCaseWorld(h);
    elevator = await fileCaseVia(
      h,
      h.ours,
      h.ours.adminToken,
      caseBody(w, { location: { text: "3号楼2单元" } }),
    );
    h.advance(60_000);
    formula = await fileCaseVia(
      h,
      h.ours,
      h.ours.adminToken,
      caseBody(w, {
        description: '=HYPERLINK("http://x","点我") 楼道灯坏了',
        category: "illegalConstruction",
      }),
    );
    h.advance(60_000);
    far = await fileCaseVia(h, h.ours, h.ours.adminToken, caseBody(w, { compoundId: w.far }));
    const contact = await h.request("POST", `${base}/${elevator.id}/contact`, {
      token: h.ours.adminToken,
      body: {},
    });
    expect(contact.status).toBe(200);
    street = (await h.userWith(h.ours, ["regionStaff"], { regionId: w.street.id })).token;
    await fileCaseVia(h, h.other, h.other.adminToken, caseBody(await seedCaseWorld(h, h.other)));
  });
  afterAll(() => h?.destroy());

  const get = async (query: string, token = h.ours.adminToken, accept?: string) => {
    const res = await h.app.request(`http://localhost${base}${query}`, {
      headers: { authorization: `Bearer ${token}`, ...(accept ? { accept } : {}) },
    });
    return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
  };
  const csvOf = (bytes: Uint8Array) => {
    // Keep the byte order mark (a TextDecoder drops it by default) to see that it is there.
    const text = new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith("\uFEFF")).toBe(true);
    expect(text).toContain("\r\n");
    return parseCsv(text);
  };
  const column = (rows: string[][], header: string) => {
    const i = (rows[0] ?? []).indexOf(header);
    expect(i).toBeGreaterThanOrEqual(0);
    return rows.slice(1).map((r) => r[i]);
  };

  it("writes every matching case as CSV with Chinese headers, by ?format=csv or Accept", async () => {
    const res = await get("?format=csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toMatch(
      /^attachment; filename="cases-ours-2026111609\d\d\.csv"/,
    );
    const rows = csvOf(res.bytes);
    expect(rows[0]).toEqual(headers);
    expect(rows[0]?.slice(0, 4)).toEqual(["案件编号", "类型", "诉求类别", "状态"]);
    expect(column(rows, "案件编号")).toEqual([far.number, formula.number, elevator.number]);
    const byNumber = new Map(rows.slice(1).map((r) => [r[0], r]));
    const e = byNumber.get(elevator.number) as string[];
    const at = (header: string) => e[headers.indexOf(header)];
    expect(at("类型")).toBe("投诉");
    expect(at("诉求类别")).toBe("物业服务质量");
    expect(at("状态")).toBe("已联系");
    expect(at("来源渠道")).toBe("12345热线");
    expect(at("所属社区")).toBe("城南社区");
    expect(at("小区")).toBe("阳光花园");
    expect(at("具体位置")).toBe("3号楼2单元");
    expect(at("诉求内容")).toBe("3号楼电梯坏了三天，物业没人来修。");
    expect(at("反映人")).toBe("张三");
    // A county administrator supervises and sees the phone masked, as in the list.
    expect(at("联系电话")).toBe("138****5678");
    // The clock starts at 09:30 in Asia/Shanghai and runs on while the suite seeds.
    expect(at("受理时间")).toMatch(/^2026-11-16 09:3\d$/);
    expect(at("首次联系时间")).toMatch(/^2026-11-16 09:3\d$/);
    expect((at("首次联系时间") ?? "") > (at("受理时间") ?? "")).toBe(true);
    receivedText = at("受理时间") as string;
    expect(at("是否超期")).toBe("否");
    // Text a spreadsheet would run as a formula is written as text.
    expect(byNumber.get(formula.number)?.[headers.indexOf("诉求内容")]).toBe(
      '\'=HYPERLINK("http://x","点我") 楼道灯坏了',
    );

    const byAccept = await get("", h.ours.adminToken, "text/csv");
    expect(byAccept.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(csvOf(byAccept.bytes)).toEqual(rows);
    // The query wins over Accept; JSON stays the default.
    const json = await get("?format=json", h.ours.adminToken, "text/csv");
    expect(json.headers.get("content-type")).toContain("application/json");
    const plain = await get("", h.ours.adminToken, "application/json, text/csv;q=0");
    expect(plain.headers.get("content-type")).toContain("application/json");
  });

  it("applies the list's filters and the caller's reach, and ignores paging", async () => {
    const filtered = csvOf((await get(`?format=csv&category=serviceQuality&compoundId=${w.sunshine}`)).bytes);
    expect(column(filtered, "案件编号")).toEqual([elevator.number]);
    const status = csvOf((await get("?format=csv&status=received")).bytes);
    expect(column(status, "案件编号")).toEqual([far.number, formula.number]);
    const paged = csvOf((await get("?format=csv&limit=1")).bytes);
    expect(paged.length).toBe(4);
    const q = csvOf((await get(`?format=csv&q=${encodeURIComponent("楼道灯")}`)).bytes);
    expect(column(q, "案件编号")).toEqual([formula.number]);
    // Region staff of 城关街道 export only their subtree, and see the phone (they handle the case).
    const mine = csvOf((await get("?format=csv", street)).bytes);
    expect(column(mine, "案件编号")).toEqual([formula.number, elevator.number]);
    expect(column(mine, "联系电话")).toEqual(["13812345678", "13812345678"]);
    const none = csvOf((await get("?format=csv&from=2026-11-17")).bytes);
    expect(none).toEqual([headers]);
    const bad = await h.request("GET", `${base}?format=pdf`, { token: h.ours.adminToken });
    expectProblem(bad, 400, "bad_request");
    expect(failingPaths(bad)).toEqual(["query.format"]);
    const reversed = await h.request("GET", `${base}?format=csv&from=2026-11-20&to=2026-11-01`, {
      token: h.ours.adminToken,
    });
    expectProblem(reversed, 400, "bad_request");
    expectProblem(await h.request("GET", `${base}?format=csv`), 401, "unauthenticated");
  });

  it("writes an Excel workbook with the same rows, Chinese headers and date cells", async () => {
    const res = await get("?format=xlsx");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe(XLSX);
    expect(res.headers.get("content-disposition")).toMatch(/filename="cases-ours-2026111609\d\d\.xlsx"/);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes.buffer as ArrayBuffer);
    const sheet = book.getWorksheet("案件");
    expect(sheet).toBeDefined();
    if (!sheet) return;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header).toEqual(headers);
    expect(sheet.rowCount).toBe(4);
    const cell = (row: number, name: string) => sheet.getRow(row).getCell(headers.indexOf(name) + 1);
    const numbers = [2, 3, 4].map((r) => cell(r, "案件编号").value);
    expect(numbers).toEqual([far.number, formula.number, elevator.number]);
    const received = cell(4, "受理时间");
    expect(received.value).toBeInstanceOf(Date);
    // The county's wall clock, as Excel shows a date (no zone).
    expect((received.value as Date).toISOString()).toBe(`${receivedText.replace(" ", "T")}:00.000Z`);
    expect(received.numFmt).toBe("yyyy-mm-dd hh:mm");
    expect(cell(4, "状态").value).toBe("已联系");
    expect(cell(4, "办理轮次").value).toBe(1);
    expect(cell(4, "解决时间").value).toBeNull();
    // A formula is never written: the cell holds the text.
    expect(cell(3, "诉求内容").value).toBe('=HYPERLINK("http://x","点我") 楼道灯坏了');
    expect(cell(3, "诉求内容").type).toBe(ExcelJS.ValueType.String);

    const byAccept = await get("?status=received", h.ours.adminToken, XLSX);
    const again = new ExcelJS.Workbook();
    await again.xlsx.load(byAccept.bytes.buffer as ArrayBuffer);
    expect(again.getWorksheet("案件")?.rowCount).toBe(3);
  });
});
