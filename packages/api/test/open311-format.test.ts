import { describe, expect, it } from "vitest";
import {
  formatOf,
  type Open311Discovery,
  type Open311Request,
  type Open311Service,
  type Open311ServiceDefinition,
  open311Time,
  parseRequestForm,
  renderDiscovery,
  renderErrors,
  renderRequestCreated,
  renderRequests,
  renderServiceDefinition,
  renderServices,
} from "../src/open311/format.js";

const JSON_TYPE = "application/json; charset=utf-8";
const XML_TYPE = "text/xml; charset=utf-8";
const DECLARATION = '<?xml version="1.0" encoding="utf-8"?>\n';

// --- A strict little XML reader, so the tests check well-formedness and decoded text, not markup
// that merely looks right. Elements, text and the five named plus numeric entities; no attributes.

interface XmlElement {
  name: string;
  children: XmlElement[];
  text: string;
}

function readXml(source: string): XmlElement {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${why} at ${i}: ${JSON.stringify(source.slice(i, i + 30))}`);
  };
  const skipSpace = () => {
    while (i < source.length && " \t\r\n".includes(source.charAt(i))) i++;
  };
  const readName = () => {
    const start = i;
    while (i < source.length && /[A-Za-z0-9_]/.test(source.charAt(i))) i++;
    if (i === start) fail("expected a name");
    return source.slice(start, i);
  };
  const readEntity = (): string => {
    const end = source.indexOf(";", i);
    if (end < 0) fail("unterminated entity");
    const entity = source.slice(i + 1, end);
    i = end + 1;
    const named: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };
    if (entity in named) return named[entity]!;
    if (entity.startsWith("#x")) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith("#")) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return fail(`unknown entity &${entity};`);
  };
  const readElement = (): XmlElement => {
    if (source.charAt(i) !== "<") fail("expected <");
    i++;
    const name = readName();
    if (source.startsWith("/>", i)) {
      i += 2;
      return { name, children: [], text: "" };
    }
    if (source.charAt(i) !== ">") fail("expected >");
    i++;
    const children: XmlElement[] = [];
    let text = "";
    for (;;) {
      if (i >= source.length) fail(`unclosed <${name}>`);
      const ch = source.charAt(i);
      if (source.startsWith("</", i)) {
        i += 2;
        if (readName() !== name) fail(`mismatched </…> for <${name}>`);
        if (source.charAt(i) !== ">") fail("expected >");
        i++;
        break;
      }
      if (ch === "<") {
        children.push(readElement());
      } else if (ch === "&") {
        text += readEntity();
      } else {
        const code = ch.charCodeAt(0);
        if (code < 0x20 && ch !== "\t" && ch !== "\n" && ch !== "\r") fail("illegal character");
        text += ch;
        i++;
      }
    }
    // Indentation between child elements is not content.
    return { name, children, text: children.length > 0 ? text.trim() : text };
  };

  if (!source.startsWith(DECLARATION)) fail("missing declaration");
  i = DECLARATION.length;
  skipSpace();
  const root = readElement();
  skipSpace();
  if (i !== source.length) fail("content after the root");
  return root;
}

const kid = (element: XmlElement, name: string): XmlElement => {
  const found = element.children.filter((c) => c.name === name);
  if (found.length !== 1) throw new Error(`<${element.name}> has ${found.length} <${name}>`);
  return found[0]!;
};
const textOf = (element: XmlElement, name: string) => kid(element, name).text;
const names = (element: XmlElement) => element.children.map((c) => c.name);

// --- Fixtures -----------------------------------------------------------------------------------

const leak: Open311Service = {
  service_code: "water_leak",
  service_name: "漏水报修",
  description: "楼道或室内漏水",
  metadata: true,
  type: "realtime",
  keywords: "漏水,水管",
  group: "物业维修",
};
const noise: Open311Service = {
  service_code: "noise",
  service_name: "Noise",
  description: null,
  metadata: false,
  type: "batch",
  keywords: null,
  group: null,
};

const definition: Open311ServiceDefinition = {
  service_code: "water_leak",
  attributes: [
    {
      variable: true,
      code: "WHERE",
      datatype: "singlevaluelist",
      required: true,
      datatype_description: null,
      order: 1,
      description: "漏水位置",
      values: [
        { key: "hall", name: "楼道" },
        { key: "home", name: "室内" },
      ],
    },
    {
      variable: true,
      code: "FLOOR",
      datatype: "number",
      required: false,
      datatype_description: "1–33",
      order: 2,
      description: "Floor",
    },
  ],
};

const openRequest: Open311Request = {
  service_request_id: "req_01J0000000000000000000000A",
  status: "open",
  status_notes: null,
  service_name: "漏水报修",
  service_code: "water_leak",
  description: "3号楼2单元楼道漏水",
  agency_responsible: "蒙城县住建局",
  service_notice: null,
  requested_datetime: "2024-05-06T09:30:00+08:00",
  updated_datetime: "2024-05-06T10:00:00+08:00",
  expected_datetime: null,
  address: "漆园路88号",
  address_id: null,
  zipcode: "233500",
  lat: 33.2661,
  long: 116.5648,
  media_url: null,
};

const discovery: Open311Discovery = {
  changeset: "2024-05-01T00:00:00+08:00",
  contact: "open311@example.gov.cn",
  key_service: null,
  endpoints: [
    {
      specification: "http://wiki.open311.org/GeoReport_v2",
      url: "https://api.example.gov.cn/open311/v2",
      changeset: "2024-05-01T00:00:00+08:00",
      type: "production",
      formats: ["text/xml", "application/json"],
    },
  ],
};

// --- Renderers ----------------------------------------------------------------------------------

describe("renderServices", () => {
  it("JSON is an array of the spec's fields, in order, nulls kept", () => {
    const out = renderServices([leak, noise], "json");
    expect(out.contentType).toBe(JSON_TYPE);
    expect(out.body).toBe(
      '[{"service_code":"water_leak","service_name":"漏水报修","description":"楼道或室内漏水","metadata":true,' +
        '"type":"realtime","keywords":"漏水,水管","group":"物业维修"},' +
        '{"service_code":"noise","service_name":"Noise","description":null,"metadata":false,"type":"batch",' +
        '"keywords":null,"group":null}]',
    );
  });

  it("XML is <services><service>… with lower-case booleans and empty elements for null", () => {
    const out = renderServices([leak, noise], "xml");
    expect(out.contentType).toBe(XML_TYPE);
    expect(out.body).toBe(
      `${DECLARATION}<services>
  <service>
    <service_code>water_leak</service_code>
    <service_name>漏水报修</service_name>
    <description>楼道或室内漏水</description>
    <metadata>true</metadata>
    <type>realtime</type>
    <keywords>漏水,水管</keywords>
    <group>物业维修</group>
  </service>
  <service>
    <service_code>noise</service_code>
    <service_name>Noise</service_name>
    <description></description>
    <metadata>false</metadata>
    <type>batch</type>
    <keywords></keywords>
    <group></group>
  </service>
</services>
`,
    );
    const root = readXml(out.body);
    expect(root.name).toBe("services");
    expect(names(root)).toEqual(["service", "service"]);
  });

  it("an empty list is [] and an empty <services>", () => {
    expect(renderServices([], "json").body).toBe("[]");
    expect(renderServices([], "xml").body).toBe(`${DECLARATION}<services></services>\n`);
  });

  it("renders only the spec's fields, whatever else the object carries", () => {
    const row = { ...noise, tenant_id: "ten_secret", internal_note: "不外传" } as Open311Service;
    expect(Object.keys(JSON.parse(renderServices([row], "json").body)[0])).toEqual([
      "service_code",
      "service_name",
      "description",
      "metadata",
      "type",
      "keywords",
      "group",
    ]);
    const xml = renderServices([row], "xml").body;
    expect(xml).not.toContain("ten_secret");
    expect(xml).not.toContain("不外传");
  });
});

describe("renderServiceDefinition", () => {
  it("JSON: service_code and attributes; values only where given", () => {
    const out = renderServiceDefinition(definition, "json");
    expect(out.contentType).toBe(JSON_TYPE);
    const parsed = JSON.parse(out.body);
    expect(parsed).toEqual({
      service_code: "water_leak",
      attributes: [
        {
          variable: true,
          code: "WHERE",
          datatype: "singlevaluelist",
          required: true,
          datatype_description: null,
          order: 1,
          description: "漏水位置",
          values: [
            { key: "hall", name: "楼道" },
            { key: "home", name: "室内" },
          ],
        },
        {
          variable: true,
          code: "FLOOR",
          datatype: "number",
          required: false,
          datatype_description: "1–33",
          order: 2,
          description: "Floor",
        },
      ],
    });
    expect("values" in parsed.attributes[1]).toBe(false);
  });

  it("XML: <service_definition>…<attributes><attribute>…<values><value><key>", () => {
    const out = renderServiceDefinition(definition, "xml");
    expect(out.contentType).toBe(XML_TYPE);
    expect(out.body).toBe(
      `${DECLARATION}<service_definition>
  <service_code>water_leak</service_code>
  <attributes>
    <attribute>
      <variable>true</variable>
      <code>WHERE</code>
      <datatype>singlevaluelist</datatype>
      <required>true</required>
      <datatype_description></datatype_description>
      <order>1</order>
      <description>漏水位置</description>
      <values>
        <value>
          <key>hall</key>
          <name>楼道</name>
        </value>
        <value>
          <key>home</key>
          <name>室内</name>
        </value>
      </values>
    </attribute>
    <attribute>
      <variable>true</variable>
      <code>FLOOR</code>
      <datatype>number</datatype>
      <required>false</required>
      <datatype_description>1–33</datatype_description>
      <order>2</order>
      <description>Floor</description>
    </attribute>
  </attributes>
</service_definition>
`,
    );
    const root = readXml(out.body);
    const [first, second] = kid(root, "attributes").children;
    expect(names(kid(first!, "values"))).toEqual(["value", "value"]);
    expect(textOf(kid(first!, "values").children[1]!, "name")).toBe("室内");
    expect(names(second!)).not.toContain("values");
  });

  it("an empty values list is kept as [] and an empty <values>", () => {
    const def: Open311ServiceDefinition = {
      service_code: "x",
      attributes: [{ ...definition.attributes[0]!, values: [] }],
    };
    expect(JSON.parse(renderServiceDefinition(def, "json").body).attributes[0].values).toEqual([]);
    const root = readXml(renderServiceDefinition(def, "xml").body);
    const values = kid(kid(kid(root, "attributes"), "attribute"), "values");
    expect(values.children).toEqual([]);
    expect(values.text).toBe("");
  });
});

describe("renderRequests", () => {
  const closed: Open311Request = {
    ...openRequest,
    service_request_id: "req_01J0000000000000000000000B",
    status: "closed",
    status_notes: "已修复",
    lat: null,
    long: null,
  };

  it("JSON: an array of requests with every field, numbers as numbers and nulls as null", () => {
    const out = renderRequests([openRequest, closed], "json");
    expect(out.contentType).toBe(JSON_TYPE);
    const parsed = JSON.parse(out.body);
    expect(parsed).toEqual([openRequest, closed]);
    expect(Object.keys(parsed[0])).toEqual([
      "service_request_id",
      "status",
      "status_notes",
      "service_name",
      "service_code",
      "description",
      "agency_responsible",
      "service_notice",
      "requested_datetime",
      "updated_datetime",
      "expected_datetime",
      "address",
      "address_id",
      "zipcode",
      "lat",
      "long",
      "media_url",
    ]);
    expect(out.body).toContain('"lat":33.2661,"long":116.5648');
  });

  it("XML: <service_requests><request>… element by element", () => {
    const out = renderRequests([openRequest], "xml");
    expect(out.contentType).toBe(XML_TYPE);
    expect(out.body).toBe(
      `${DECLARATION}<service_requests>
  <request>
    <service_request_id>req_01J0000000000000000000000A</service_request_id>
    <status>open</status>
    <status_notes></status_notes>
    <service_name>漏水报修</service_name>
    <service_code>water_leak</service_code>
    <description>3号楼2单元楼道漏水</description>
    <agency_responsible>蒙城县住建局</agency_responsible>
    <service_notice></service_notice>
    <requested_datetime>2024-05-06T09:30:00+08:00</requested_datetime>
    <updated_datetime>2024-05-06T10:00:00+08:00</updated_datetime>
    <expected_datetime></expected_datetime>
    <address>漆园路88号</address>
    <address_id></address_id>
    <zipcode>233500</zipcode>
    <lat>33.2661</lat>
    <long>116.5648</long>
    <media_url></media_url>
  </request>
</service_requests>
`,
    );
  });

  it("XML of several requests reads back field by field", () => {
    const root = readXml(renderRequests([openRequest, closed], "xml").body);
    expect(root.name).toBe("service_requests");
    const [a, b] = root.children;
    expect(textOf(a!, "status")).toBe("open");
    expect(textOf(b!, "status")).toBe("closed");
    expect(textOf(b!, "status_notes")).toBe("已修复");
    expect(textOf(b!, "lat")).toBe("");
    expect(textOf(b!, "long")).toBe("");
    expect(names(b!)).toHaveLength(17);
  });

  it("a number that is not finite renders as null in both formats", () => {
    const odd = { ...openRequest, lat: Number.NaN, long: Number.POSITIVE_INFINITY };
    const parsed = JSON.parse(renderRequests([odd], "json").body);
    expect(parsed[0].lat).toBeNull();
    expect(parsed[0].long).toBeNull();
    const request = kid(readXml(renderRequests([odd], "xml").body), "request");
    expect(textOf(request, "lat")).toBe("");
    expect(textOf(request, "long")).toBe("");
  });
});

describe("renderRequestCreated", () => {
  const created = {
    service_request_id: "req_01J0000000000000000000000C",
    service_notice: null,
    account_id: null,
  };

  it("JSON: a list of one", () => {
    const out = renderRequestCreated(created, "json");
    expect(out.contentType).toBe(JSON_TYPE);
    expect(out.body).toBe(
      '[{"service_request_id":"req_01J0000000000000000000000C","service_notice":null,"account_id":null}]',
    );
  });

  it("XML: <service_requests> holding one <request>", () => {
    const out = renderRequestCreated({ ...created, service_notice: "24小时内上门" }, "xml");
    expect(out.contentType).toBe(XML_TYPE);
    expect(out.body).toBe(
      `${DECLARATION}<service_requests>
  <request>
    <service_request_id>req_01J0000000000000000000000C</service_request_id>
    <service_notice>24小时内上门</service_notice>
    <account_id></account_id>
  </request>
</service_requests>
`,
    );
  });
});

describe("renderErrors", () => {
  const errors = [
    { code: 400, description: "service_code is required." },
    { code: 404, description: "没有这个服务" },
  ];

  it("JSON: an array of { code, description } with numeric codes", () => {
    const out = renderErrors(errors, "json");
    expect(out.contentType).toBe(JSON_TYPE);
    expect(out.body).toBe(
      '[{"code":400,"description":"service_code is required."},{"code":404,"description":"没有这个服务"}]',
    );
  });

  it("XML: <errors><error><code>…<description>…", () => {
    const out = renderErrors(errors, "xml");
    expect(out.contentType).toBe(XML_TYPE);
    expect(out.body).toBe(
      `${DECLARATION}<errors>
  <error>
    <code>400</code>
    <description>service_code is required.</description>
  </error>
  <error>
    <code>404</code>
    <description>没有这个服务</description>
  </error>
</errors>
`,
    );
  });
});

describe("renderDiscovery", () => {
  it("JSON: an object with endpoints and their formats as string arrays", () => {
    const out = renderDiscovery(discovery, "json");
    expect(out.contentType).toBe(JSON_TYPE);
    expect(JSON.parse(out.body)).toEqual(discovery);
    expect(out.body.startsWith('{"changeset":"2024-05-01T00:00:00+08:00","contact":')).toBe(true);
  });

  it("XML: <discovery>…<endpoints><endpoint>…<formats><format>", () => {
    const out = renderDiscovery(discovery, "xml");
    expect(out.contentType).toBe(XML_TYPE);
    expect(out.body).toBe(
      `${DECLARATION}<discovery>
  <changeset>2024-05-01T00:00:00+08:00</changeset>
  <contact>open311@example.gov.cn</contact>
  <key_service></key_service>
  <endpoints>
    <endpoint>
      <specification>http://wiki.open311.org/GeoReport_v2</specification>
      <url>https://api.example.gov.cn/open311/v2</url>
      <changeset>2024-05-01T00:00:00+08:00</changeset>
      <type>production</type>
      <formats>
        <format>text/xml</format>
        <format>application/json</format>
      </formats>
    </endpoint>
  </endpoints>
</discovery>
`,
    );
  });
});

describe("escaping", () => {
  const nasty = `<script>alert("x&y")</script> 'q' 漏水 & 水管`;

  it("escapes & < > \" ' in XML text and reads back to the original", () => {
    const service = { ...leak, description: nasty };
    const body = renderServices([service], "xml").body;
    expect(body).toContain(
      "<description>&lt;script&gt;alert(&quot;x&amp;y&quot;)&lt;/script&gt; &apos;q&apos; 漏水 &amp; 水管</description>",
    );
    expect(body).not.toContain("<script>");
    expect(textOf(kid(readXml(body), "service"), "description")).toBe(nasty);
  });

  it("keeps the same text intact in JSON", () => {
    const body = renderServices([{ ...leak, description: nasty }], "json").body;
    expect(JSON.parse(body)[0].description).toBe(nasty);
  });

  it("escapes every text field, including list items and attribute values", () => {
    const body = renderDiscovery(
      {
        ...discovery,
        endpoints: [{ ...discovery.endpoints[0]!, formats: ["a<b>"], url: "https://x/?a=1&b=2" }],
      },
      "xml",
    ).body;
    expect(body).toContain("<format>a&lt;b&gt;</format>");
    expect(body).toContain("<url>https://x/?a=1&amp;b=2</url>");
    const def = renderServiceDefinition(
      {
        service_code: "a&b",
        attributes: [{ ...definition.attributes[0]!, values: [{ key: "<k>", name: '"名"' }] }],
      },
      "xml",
    ).body;
    expect(def).toContain("<service_code>a&amp;b</service_code>");
    expect(def).toContain("<key>&lt;k&gt;</key>");
    expect(def).toContain("<name>&quot;名&quot;</name>");
    readXml(def);
  });

  it("drops characters XML 1.0 forbids, keeps tab and line feed, writes carriage return as &#13;", () => {
    const text = "a\u0000b\u0001c\u0008d\u000Be\u000Cf\u001Fg\tx\ny\rz\uFFFE\uFFFF😀\uD800end\uDC00";
    const body = renderServices([{ ...leak, description: text }], "xml").body;
    expect(body).toContain("<description>abcdefg\tx\ny&#13;z😀end</description>");
    expect(textOf(kid(readXml(body), "service"), "description")).toBe("abcdefg\tx\ny\rz😀end");
  });

  it("leaves Chinese and other non-ASCII text as UTF-8, not as character references", () => {
    const body = renderRequests([openRequest], "xml").body;
    expect(body).toContain("<address>漆园路88号</address>");
    expect(body).not.toContain("&#");
  });
});

// --- formatOf -----------------------------------------------------------------------------------

describe("formatOf", () => {
  it("splits .json and .xml off the path", () => {
    expect(formatOf("/services.json")).toEqual({ format: "json", path: "/services" });
    expect(formatOf("/services.xml")).toEqual({ format: "xml", path: "/services" });
    expect(formatOf("/services/water_leak.xml")).toEqual({ format: "xml", path: "/services/water_leak" });
    expect(formatOf("requests.json")).toEqual({ format: "json", path: "requests" });
  });

  it("splits only the last extension", () => {
    expect(formatOf("/requests/a.b.json")).toEqual({ format: "json", path: "/requests/a.b" });
    expect(formatOf("/requests/a.json.xml")).toEqual({ format: "xml", path: "/requests/a.json" });
  });

  it("is null without a known extension, or with nothing before it", () => {
    expect(formatOf("/services")).toBeNull();
    expect(formatOf("/services.html")).toBeNull();
    expect(formatOf("/services.JSON")).toBeNull();
    expect(formatOf("/services.")).toBeNull();
    expect(formatOf("/services/.json")).toBeNull();
    expect(formatOf(".xml")).toBeNull();
    expect(formatOf("")).toBeNull();
  });
});

// --- parseRequestForm ---------------------------------------------------------------------------

describe("parseRequestForm", () => {
  it("reads plain fields, + as space and percent-encoded UTF-8 Chinese", () => {
    const form = parseRequestForm(
      "service_code=water_leak&lat=33.2661&long=116.5648&description=%E6%A5%BC%E9%81%93+%E6%BC%8F%E6%B0%B4" +
        "&email=a%2Bb%40example.com&first_name=",
    );
    expect(form.fields).toEqual({
      service_code: "water_leak",
      lat: "33.2661",
      long: "116.5648",
      description: "楼道 漏水",
      email: "a+b@example.com",
      first_name: "",
    });
    expect(form.attributes).toEqual({});
  });

  it("puts attribute[CODE] into attributes as a string and attribute[CODE][] as a list", () => {
    const form = parseRequestForm(
      "service_code=water_leak&attribute[WHERE]=hall&attribute%5BKINDS%5D%5B%5D=pipe" +
        "&attribute[KINDS][]=%E5%A4%A9%E8%8A%B1%E6%9D%BF&attribute[ONE][]=only",
    );
    expect(form.fields).toEqual({ service_code: "water_leak" });
    expect(form.attributes).toEqual({ WHERE: "hall", KINDS: ["pipe", "天花板"], ONE: ["only"] });
  });

  it("a repeated plain field or attribute[CODE] keeps its last value", () => {
    const form = parseRequestForm("service_code=a&service_code=b&attribute[X]=1&attribute[X]=2");
    expect(form.fields.service_code).toBe("b");
    expect(form.attributes.X).toBe("2");
  });

  it("anything not shaped attribute[CODE] is a plain field", () => {
    const form = parseRequestForm("attribute=1&attribute[]=2&attribute[A]x=3&attributes[B]=4");
    expect(form.fields).toEqual({
      attribute: "1",
      "attribute[]": "2",
      "attribute[A]x": "3",
      "attributes[B]": "4",
    });
    expect(form.attributes).toEqual({});
  });

  it("an empty body has no fields, and a malformed escape is kept as written", () => {
    expect(parseRequestForm("")).toEqual({ fields: {}, attributes: {} });
    expect(parseRequestForm("description=100%ZZ").fields.description).toBe("100%ZZ");
  });

  it("field names like __proto__ and constructor are only fields", () => {
    const form = parseRequestForm("__proto__=x&constructor=y&attribute[__proto__][]=z");
    expect(Object.getPrototypeOf(form.fields)).toBeNull();
    expect(Object.getPrototypeOf(form.attributes)).toBeNull();
    expect(Object.entries(form.fields)).toEqual([
      ["__proto__", "x"],
      ["constructor", "y"],
    ]);
    expect(Object.entries(form.attributes)).toEqual([["__proto__", ["z"]]]);
    expect(parseRequestForm("").fields.toString).toBeUndefined();
  });
});

// --- open311Time --------------------------------------------------------------------------------

describe("open311Time", () => {
  it("Asia/Shanghai is +08:00, seconds included", () => {
    expect(open311Time(new Date("2024-05-06T01:30:00Z"), "Asia/Shanghai")).toBe("2024-05-06T09:30:00+08:00");
    expect(open311Time("2024-05-06T01:30:07Z", "Asia/Shanghai")).toBe("2024-05-06T09:30:07+08:00");
  });

  it("midnight is hour 00 of the new day", () => {
    expect(open311Time("2024-05-05T16:00:00Z", "Asia/Shanghai")).toBe("2024-05-06T00:00:00+08:00");
  });

  it("cuts milliseconds rather than rounding them", () => {
    expect(open311Time(new Date("2024-05-06T01:30:59.999Z"), "Asia/Shanghai")).toBe(
      "2024-05-06T09:30:59+08:00",
    );
  });

  it("UTC is written with Z", () => {
    expect(open311Time("2024-05-06T01:30:00.123Z", "UTC")).toBe("2024-05-06T01:30:00Z");
    expect(open311Time("2024-01-15T12:00:00Z", "Europe/London")).toBe("2024-01-15T12:00:00Z");
  });

  it("America/New_York is -04:00 in summer and -05:00 in winter", () => {
    expect(open311Time("2024-07-01T16:00:00Z", "America/New_York")).toBe("2024-07-01T12:00:00-04:00");
    expect(open311Time("2024-01-15T17:00:00Z", "America/New_York")).toBe("2024-01-15T12:00:00-05:00");
    expect(open311Time("2024-01-01T03:00:00Z", "America/New_York")).toBe("2023-12-31T22:00:00-05:00");
  });

  it("follows a DST change to the second", () => {
    expect(open311Time("2024-03-10T06:59:59Z", "America/New_York")).toBe("2024-03-10T01:59:59-05:00");
    expect(open311Time("2024-03-10T07:00:00Z", "America/New_York")).toBe("2024-03-10T03:00:00-04:00");
    expect(open311Time("2024-11-03T05:59:59Z", "America/New_York")).toBe("2024-11-03T01:59:59-04:00");
    expect(open311Time("2024-11-03T06:00:00Z", "America/New_York")).toBe("2024-11-03T01:00:00-05:00");
  });

  it("handles offsets that are not whole hours, either side of UTC", () => {
    expect(open311Time("2024-05-06T00:00:00Z", "Asia/Kolkata")).toBe("2024-05-06T05:30:00+05:30");
    expect(open311Time("2024-05-06T00:00:00Z", "Asia/Kathmandu")).toBe("2024-05-06T05:45:00+05:45");
    expect(open311Time("2024-01-15T12:00:00Z", "America/St_Johns")).toBe("2024-01-15T08:30:00-03:30");
    expect(open311Time("2024-01-15T12:00:00Z", "Pacific/Chatham")).toBe("2024-01-16T01:45:00+13:45");
  });

  it("accepts strings with any offset form, also Postgres's", () => {
    expect(open311Time("2024-05-06T09:30:00+08:00", "UTC")).toBe("2024-05-06T01:30:00Z");
    expect(open311Time("2024-05-06 01:30:00+00", "Asia/Shanghai")).toBe("2024-05-06T09:30:00+08:00");
    expect(open311Time("2024-05-06T01:30:00.5-0500", "America/New_York")).toBe("2024-05-06T02:30:00-04:00");
  });

  it("rounds an old local-mean-time offset to the minute and prints the wall clock that goes with it", () => {
    // Shanghai kept +08:05:43 until 1901; ISO 8601 offsets have no seconds.
    expect(open311Time("1900-01-01T00:00:00Z", "Asia/Shanghai")).toBe("1900-01-01T08:06:00+08:06");
  });

  it("names exactly the instant given, in any zone and era", () => {
    const instants = [
      "1900-01-01T00:00:00Z",
      "1970-01-01T00:00:00Z",
      "2024-03-31T01:00:00Z",
      "2038-01-19T03:14:07Z",
    ];
    for (const zone of ["Asia/Shanghai", "America/New_York", "Europe/Berlin", "Australia/Adelaide", "UTC"]) {
      for (const at of instants) {
        const text = open311Time(at, zone);
        expect(text).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/);
        expect(Date.parse(text)).toBe(Date.parse(at));
      }
    }
  });

  it("refuses strings without an offset, unreadable instants and unknown zones", () => {
    expect(() => open311Time("2024-05-06T09:30:00", "Asia/Shanghai")).toThrow(RangeError);
    expect(() => open311Time("2024-05-06", "Asia/Shanghai")).toThrow(RangeError);
    expect(() => open311Time("yesterday", "Asia/Shanghai")).toThrow(RangeError);
    expect(() => open311Time(new Date(Number.NaN), "Asia/Shanghai")).toThrow(RangeError);
    expect(() => open311Time("2024-05-06T01:30:00Z", "Mars/Olympus_Mons")).toThrow(RangeError);
  });
});
