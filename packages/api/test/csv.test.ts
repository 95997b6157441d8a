import { describe, expect, it } from "vitest";
import { CsvSyntaxError, parseCsv } from "../src/services/csv.js";

describe("parseCsv (RFC 4180)", () => {
  it("splits records and fields, with or without a final line break", () => {
    expect(parseCsv("a,b,c\n1,2,3\n")).toEqual([
      ["a", "b", "c"],
      ["1", "2", "3"],
    ]);
    expect(parseCsv("a,b\n1,2")).toEqual([
      ["a", "b"],
      ["1", "2"],
    ]);
  });

  it("accepts CRLF, LF and a lone CR as record ends", () => {
    expect(parseCsv("a,b\r\n1,2\r\n3,4\n5,6\r7,8")).toEqual([
      ["a", "b"],
      ["1", "2"],
      ["3", "4"],
      ["5", "6"],
      ["7", "8"],
    ]);
  });

  it("keeps empty fields, leading and trailing", () => {
    expect(parseCsv(",a,,\n")).toEqual([["", "a", "", ""]]);
    expect(parseCsv("a\n\nb")).toEqual([["a"], [""], ["b"]]);
  });

  it("reads quoted fields with commas, line breaks and doubled quotes", () => {
    const text = 'name,address\r\n"幸福家园, 二期","漆园路88号\r\n东门"\r\n"说""好""的",x\n';
    expect(parseCsv(text)).toEqual([
      ["name", "address"],
      ["幸福家园, 二期", "漆园路88号\r\n东门"],
      ['说"好"的', "x"],
    ]);
  });

  it("an empty quoted field is an empty field, also on a line of its own", () => {
    expect(parseCsv('"",a,""\n""')).toEqual([["", "a", ""], [""]]);
  });

  it("a quote inside an unquoted field is kept as it is", () => {
    expect(parseCsv('5"3,b')).toEqual([['5"3', "b"]]);
  });

  it("drops a UTF-8 byte order mark at the start only", () => {
    expect(parseCsv("\uFEFF名称,地址\n")).toEqual([["名称", "地址"]]);
    expect(parseCsv('\uFEFF"名称",地址\n')).toEqual([["名称", "地址"]]);
    expect(parseCsv("a,\uFEFFb")).toEqual([["a", "\uFEFFb"]]);
  });

  it("an empty text has no records", () => {
    expect(parseCsv("")).toEqual([]);
    expect(parseCsv("\uFEFF")).toEqual([]);
  });

  it("refuses an unclosed quote and text after a closing quote, naming the row", () => {
    const unclosed = () => parseCsv('a,b\n1,"open\n2,3\n');
    expect(unclosed).toThrow(CsvSyntaxError);
    expect(unclosed).toThrow("never closed");
    try {
      unclosed();
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(2);
    }
    const trailing = () => parseCsv('a,b\n1,2\n"x"y,3\n');
    expect(trailing).toThrow("follows a closing quote");
    try {
      trailing();
    } catch (error) {
      expect((error as CsvSyntaxError).row).toBe(3);
    }
  });

  it("stops beyond maxRecords", () => {
    expect(parseCsv("a\nb\nc\n", { maxRecords: 3 })).toHaveLength(3);
    expect(() => parseCsv("a\nb\nc\nd\n", { maxRecords: 3 })).toThrow("More than 3 rows");
  });

  it("reads a large file quickly", () => {
    const line = '阳光小区,"漆园路88号, 东门",东关社区,专业化物业服务,320,12,8\n';
    const text = `名称,地址,社区,物业服务方式,户数,楼栋数,居住党员数\n${line.repeat(10_000)}`;
    const started = performance.now();
    const records = parseCsv(text);
    expect(records).toHaveLength(10_001);
    expect(records[10_000]?.[1]).toBe("漆园路88号, 东门");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
