import type { Schema } from "@propgov/sdk";
import type { ReactNode } from "react";
import { client } from "../../api/client";
import type { MessageKey } from "../../i18n/messages";
import type { RegistryResource } from "../../layout/nav";
import { type FieldSpec, type FilterSpec, yesNo } from "./fields";
import type { ImportResource } from "./ImportDialog";

type Text = { zh: string; en: string };
export type Query = Record<string, string | number | undefined>;
export type Body = Record<string, unknown>;
export interface Page<Row> {
  items: Row[];
  nextCursor: string | null;
}

export interface ColumnSpec<Row> {
  key: string;
  title: MessageKey;
  /** The cell, and the CSV value when `csv` is not given. */
  value(row: Row, pick: (text: Text | null | undefined) => string): string | number | boolean | null;
  render?(row: Row, pick: (text: Text | null | undefined) => string): ReactNode;
}

/** The lists the console shows: the registry, and the cases and tasks the dashboard links to. */
export type ListResource = RegistryResource | "cases" | "tasks";

export interface ResourceSpec<Row extends { id: string }> {
  resource: ListResource;
  list(query: Query): Promise<Page<Row>>;
  columns: ColumnSpec<Row>[];
  filters: FilterSpec[];
  fields: FieldSpec[];
  /** Absent for read-only lists. */
  create?(body: Body): Promise<unknown>;
  update?(id: string, body: Body): Promise<unknown>;
  archive?(id: string): Promise<unknown>;
  /** Form values of a row being edited (default: the row itself). */
  toForm?(row: Row): Body;
  /** The import route's resource, when the API has one. */
  importPath?: ImportResource;
}

const bool = (v: boolean) => (v ? "✓" : "");
const id = (id: string) => ({ params: { path: { id } } });
// The list's query is built from the page's filters, which the spec names after the API's parameters.
// biome-ignore lint/suspicious/noExplicitAny: the SDK's per-path query types meet here, once
type AnyQuery = any;

const levelOptions = [
  { value: "township", label: "乡镇 / Township" },
  { value: "street", label: "街道 / Street" },
  { value: "community", label: "社区 / Community" },
];

export const regions: ResourceSpec<Schema<"Region">> = {
  resource: "regions",
  importPath: "regions",
  list: (q) => client.GET("/v1/tenants/{tenant}/regions", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r) => r.name },
    { key: "kind", title: "kind", value: (r, pick) => pick(r.kindLabel) },
    { key: "code", title: "code", value: (r) => r.code },
  ],
  filters: [{ param: "kind", label: "kind", type: "select", options: levelOptions }],
  fields: [
    {
      name: ["kind"],
      label: "kind",
      type: "select",
      options: levelOptions,
      required: true,
      createOnly: true,
    },
    { name: ["parentId"], label: "parent", type: "ref", ref: "township" },
    { name: ["name"], label: "name", type: "text", required: true },
    { name: ["code"], label: "code", type: "text" },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/regions", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/regions/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/regions/{id}", id(rid)),
};

const serviceModes = [
  { value: "professional", label: "专业化物业服务 / Professional" },
  { value: "selfManaged", label: "自管 / Self-managed" },
  { value: "none", label: "无物业 / None" },
];

export const compounds: ResourceSpec<Schema<"Compound">> = {
  resource: "compounds",
  list: (q) => client.GET("/v1/tenants/{tenant}/compounds", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r) => r.name },
    { key: "community", title: "community", value: (r) => r.communityName },
    { key: "address", title: "address", value: (r) => r.address },
    { key: "households", title: "households", value: (r) => r.households },
    { key: "serviceMode", title: "serviceMode", value: (r, pick) => pick(r.serviceModeLabel) },
    { key: "grids", title: "grids", value: (r) => r.grids.map((g) => g.name).join("、") },
    { key: "guarantor", title: "guarantor", value: (r) => r.guarantor?.name ?? "" },
    { key: "hasCommittee", title: "hasCommittee", value: (r) => bool(r.hasCommittee) },
  ],
  filters: [
    { param: "regionId", label: "region", type: "ref", ref: "region" },
    { param: "serviceMode", label: "serviceMode", type: "select", options: serviceModes },
    { param: "hasCommittee", label: "hasCommittee", type: "select", options: yesNo },
  ],
  fields: [
    { name: ["name"], label: "name", type: "text", required: true },
    { name: ["communityId"], label: "community", type: "ref", ref: "community", required: true },
    { name: ["address"], label: "address", type: "text", required: true },
    { name: ["buildings"], label: "buildings", type: "number", required: true },
    { name: ["households"], label: "households", type: "number", required: true },
    { name: ["serviceMode"], label: "serviceMode", type: "select", options: serviceModes, required: true },
    { name: ["residentPartyMembers"], label: "partyMembers", type: "number" },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/compounds", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/compounds/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/compounds/{id}", id(rid)),
  toForm: (r) => ({ ...r, grids: undefined }),
  importPath: "compounds",
};

export const companies: ResourceSpec<Schema<"Company">> = {
  resource: "companies",
  list: (q) => client.GET("/v1/tenants/{tenant}/companies", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r) => r.name },
    { key: "uscc", title: "uscc", value: (r) => r.uscc },
    { key: "legalRepresentative", title: "legalRepresentative", value: (r) => r.legalRepresentative },
    { key: "phone", title: "phone", value: (r) => r.phone },
    { key: "local", title: "local", value: (r) => bool(r.local) },
    { key: "partyMembers", title: "partyMembers", value: (r) => r.partyMembers },
  ],
  filters: [{ param: "local", label: "local", type: "select", options: yesNo }],
  fields: [
    { name: ["name"], label: "name", type: "text", required: true },
    { name: ["uscc"], label: "uscc", type: "text", required: true },
    { name: ["legalRepresentative"], label: "legalRepresentative", type: "text", required: true },
    { name: ["phone"], label: "phone", type: "text", required: true },
    { name: ["local"], label: "local", type: "boolean" },
    { name: ["partyMembers"], label: "partyMembers", type: "number" },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/companies", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/companies/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/companies/{id}", id(rid)),
  importPath: "companies",
};

export const contracts: ResourceSpec<Schema<"Contract">> = {
  resource: "contracts",
  importPath: "contracts",
  list: (q) => client.GET("/v1/tenants/{tenant}/contracts", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "company", title: "company", value: (r) => r.companyName },
    { key: "compound", title: "compound", value: (r) => r.compoundName },
    { key: "startsOn", title: "startsOn", value: (r) => r.startsOn },
    { key: "endsOn", title: "endsOn", value: (r) => r.endsOn },
    { key: "feeStandard", title: "feeStandard", value: (r) => r.feeStandard },
    { key: "projectManager", title: "projectManager", value: (r) => r.projectManager.name },
    { key: "active", title: "active", value: (r) => bool(r.active) },
  ],
  filters: [
    { param: "companyId", label: "company", type: "ref", ref: "company" },
    { param: "compoundId", label: "compound", type: "ref", ref: "compound" },
  ],
  fields: [
    { name: ["companyId"], label: "company", type: "ref", ref: "company", required: true, createOnly: true },
    {
      name: ["compoundId"],
      label: "compound",
      type: "ref",
      ref: "compound",
      required: true,
      createOnly: true,
    },
    { name: ["startsOn"], label: "startsOn", type: "date", required: true },
    { name: ["endsOn"], label: "endsOn", type: "date", required: true },
    { name: ["feeStandard"], label: "feeStandard", type: "number", required: true },
    { name: ["projectManager", "name"], label: "projectManager", type: "text", required: true },
    { name: ["projectManager", "phone"], label: "projectManagerPhone", type: "text", required: true },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/contracts", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/contracts/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/contracts/{id}", id(rid)),
};

export const committees: ResourceSpec<Schema<"Committee">> = {
  resource: "committees",
  importPath: "committees",
  list: (q) => client.GET("/v1/tenants/{tenant}/committees", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "compound", title: "compound", value: (r) => r.compoundName },
    { key: "formedOn", title: "formedOn", value: (r) => r.formedOn },
    { key: "termEndsOn", title: "termEndsOn", value: (r) => r.termEndsOn },
    { key: "members", title: "members", value: (r) => r.members.map((m) => m.name).join("、") },
    { key: "partyMembers", title: "partyMembers", value: (r) => r.partyMemberCount },
    { key: "inTerm", title: "inTerm", value: (r) => bool(r.inTerm) },
  ],
  filters: [
    { param: "compoundId", label: "compound", type: "ref", ref: "compound" },
    { param: "inTerm", label: "inTerm", type: "select", options: yesNo },
  ],
  fields: [
    {
      name: ["compoundId"],
      label: "compound",
      type: "ref",
      ref: "compound",
      required: true,
      createOnly: true,
    },
    { name: ["formedOn"], label: "formedOn", type: "date", required: true },
    { name: ["termEndsOn"], label: "termEndsOn", type: "date", required: true },
    { name: ["members"], label: "members", type: "members", required: true },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/committees", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/committees/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/committees/{id}", id(rid)),
};

const partyKinds = [
  { value: "communityCommittee", label: "社区党组织 / Community" },
  { value: "compoundBranch", label: "小区（网格）党支部 / Compound branch" },
  { value: "companyBranch", label: "物业党支部 / Company branch" },
  { value: "committeeBranch", label: "业委会党支部 / Committee branch" },
];

export const partyOrgs: ResourceSpec<Schema<"PartyOrg">> = {
  resource: "partyOrgs",
  importPath: "partyOrgs",
  list: (q) => client.GET("/v1/tenants/{tenant}/party-orgs", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r) => r.name },
    { key: "kind", title: "kind", value: (r, pick) => pick(r.kindLabel) },
    { key: "memberCount", title: "memberCount", value: (r) => r.memberCount },
    { key: "formedOn", title: "formedOn", value: (r) => r.formedOn },
  ],
  filters: [
    { param: "kind", label: "kind", type: "select", options: partyKinds },
    { param: "regionId", label: "region", type: "ref", ref: "region" },
  ],
  fields: [
    { name: ["kind"], label: "kind", type: "select", options: partyKinds, required: true, createOnly: true },
    { name: ["name"], label: "name", type: "text" },
    { name: ["regionId"], label: "community", type: "ref", ref: "community", createOnly: true },
    { name: ["compoundId"], label: "compound", type: "ref", ref: "compound", createOnly: true },
    { name: ["companyId"], label: "company", type: "ref", ref: "company", createOnly: true },
    { name: ["memberCount"], label: "memberCount", type: "number", required: true },
    { name: ["formedOn"], label: "formedOn", type: "date" },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/party-orgs", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/party-orgs/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/party-orgs/{id}", id(rid)),
};

const departmentKinds = [
  { value: "core", label: "8 个职能部门 / Core" },
  { value: "utility", label: "N 个公用事业单位 / Utility" },
];

export const departments: ResourceSpec<Schema<"Department">> = {
  resource: "departments",
  list: (q) => client.GET("/v1/tenants/{tenant}/departments", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r, pick) => pick(r.name) },
    { key: "code", title: "code", value: (r) => r.code },
    { key: "kind", title: "kind", value: (r) => (r.kind === "core" ? "core" : "utility") },
    {
      key: "contact",
      title: "contactName",
      value: (r) => (r.contact ? `${r.contact.name} ${r.contact.phone}` : ""),
    },
  ],
  filters: [{ param: "kind", label: "kind", type: "select", options: departmentKinds }],
  fields: [
    { name: ["code"], label: "code", type: "text", required: true, createOnly: true },
    { name: ["name", "zh"], label: "nameZh", type: "text", required: true },
    { name: ["name", "en"], label: "nameEn", type: "text", required: true },
    { name: ["kind"], label: "kind", type: "select", options: departmentKinds, required: true },
    { name: ["contact", "name"], label: "contactName", type: "text" },
    { name: ["contact", "phone"], label: "contactPhone", type: "text" },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/departments", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/departments/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/departments/{id}", id(rid)),
};

const unitFields: FieldSpec[] = [
  { name: ["level"], label: "level", type: "level", required: true },
  { name: ["regionId"], label: "region", type: "ref", ref: "region" },
  { name: ["compoundId"], label: "compound", type: "ref", ref: "compound" },
];

export const bodies: ResourceSpec<Schema<"Body">> = {
  resource: "bodies",
  list: (q) => client.GET("/v1/tenants/{tenant}/bodies", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r) => r.name },
    { key: "level", title: "level", value: (r) => r.level },
    { key: "unit", title: "unit", value: (r) => r.unitName },
    { key: "establishedOn", title: "establishedOn", value: (r) => r.establishedOn },
  ],
  filters: [{ param: "regionId", label: "region", type: "ref", ref: "region" }],
  fields: [
    ...unitFields,
    { name: ["name"], label: "name", type: "text", required: true },
    { name: ["establishedOn"], label: "establishedOn", type: "date" },
    { name: ["contact", "name"], label: "contactName", type: "text" },
    { name: ["contact", "phone"], label: "contactPhone", type: "text" },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/bodies", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/bodies/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/bodies/{id}", id(rid)),
};

export const staff: ResourceSpec<Schema<"Staff">> = {
  resource: "staff",
  list: (q) => client.GET("/v1/tenants/{tenant}/staff", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r) => r.name },
    { key: "phone", title: "phone", value: (r) => r.phone },
    { key: "team", title: "team", value: (r) => r.team },
    { key: "dedicated", title: "dedicated", value: (r) => bool(r.dedicated) },
    { key: "unit", title: "unit", value: (r) => r.unitName },
  ],
  filters: [
    { param: "regionId", label: "region", type: "ref", ref: "region" },
    { param: "dedicated", label: "dedicated", type: "select", options: yesNo },
  ],
  fields: [
    { name: ["name"], label: "name", type: "text", required: true },
    { name: ["phone"], label: "phone", type: "text", required: true },
    { name: ["team"], label: "team", type: "team", required: true },
    { name: ["dedicated"], label: "dedicated", type: "boolean" },
    { name: ["regionId"], label: "region", type: "ref", ref: "region" },
    { name: ["compoundId"], label: "compound", type: "ref", ref: "compound" },
  ],
  create: (body) =>
    client.POST("/v1/tenants/{tenant}/staff", { body: { dedicated: false, ...body } as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/staff/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/staff/{id}", id(rid)),
};

const purposes = [
  { value: "consultation", label: "协商议事 / Consultation" },
  { value: "mediation", label: "矛盾调处 / Mediation" },
];

export const venues: ResourceSpec<Schema<"Venue">> = {
  resource: "venues",
  list: (q) => client.GET("/v1/tenants/{tenant}/venues", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "name", title: "name", value: (r) => r.name },
    { key: "level", title: "level", value: (r) => r.level },
    { key: "unit", title: "unit", value: (r) => r.unitName },
    { key: "address", title: "address", value: (r) => r.address },
    { key: "areaM2", title: "areaM2", value: (r) => r.areaM2 },
    { key: "purpose", title: "purpose", value: (r, pick) => r.purposeLabels.map((p) => pick(p)).join("、") },
  ],
  filters: [
    { param: "regionId", label: "region", type: "ref", ref: "region" },
    { param: "purpose", label: "purpose", type: "select", options: purposes },
  ],
  fields: [
    ...unitFields,
    { name: ["name"], label: "name", type: "text", required: true },
    { name: ["address"], label: "address", type: "text", required: true },
    { name: ["areaM2"], label: "areaM2", type: "number", required: true },
    {
      name: ["purpose"],
      label: "purpose",
      type: "select",
      options: purposes,
      multiple: true,
      required: true,
    },
  ],
  create: (body) => client.POST("/v1/tenants/{tenant}/venues", { body: body as AnyQuery }),
  update: (rid, body) =>
    client.PATCH("/v1/tenants/{tenant}/venues/{id}", { ...id(rid), body: body as AnyQuery }),
  archive: (rid) => client.DELETE("/v1/tenants/{tenant}/venues/{id}", id(rid)),
};

const caseStatuses = [
  "received",
  "contacted",
  "whistled",
  "checkedIn",
  "completed",
  "resolved",
  "rated",
  "closed",
  "cancelled",
];

export const cases: ResourceSpec<Schema<"Case">> = {
  resource: "cases",
  // The list also answers CSV and XLSX (by `format`); the console asks for the JSON page.
  list: (q) =>
    client.GET("/v1/tenants/{tenant}/cases", { params: { query: q as AnyQuery } }) as Promise<
      Page<Schema<"Case">>
    >,
  columns: [
    { key: "number", title: "code", value: (r) => r.number },
    { key: "category", title: "kind", value: (r, pick) => pick(r.category.name) },
    { key: "compound", title: "compound", value: (r) => r.compound.name },
    { key: "description", title: "message", value: (r) => r.description },
    { key: "status", title: "status", value: (r) => r.status },
    { key: "receivedAt", title: "createdAt", value: (r) => r.receivedAt.slice(0, 16).replace("T", " ") },
    { key: "overdue", title: "overdueCases", value: (r) => bool(r.overdue.any) },
  ],
  filters: [
    { param: "regionId", label: "region", type: "ref", ref: "region" },
    {
      param: "status",
      label: "status",
      type: "select",
      options: caseStatuses.map((s) => ({ value: s, label: s })),
    },
    { param: "overdue", label: "overdueCases", type: "select", options: yesNo },
    { param: "from", label: "startsOn", type: "date" },
    { param: "to", label: "endsOn", type: "date" },
  ],
  fields: [],
};

const taskStatuses = ["open", "inProgress", "submitted", "verified", "closed"];

export const tasks: ResourceSpec<Schema<"Task">> = {
  resource: "tasks",
  list: (q) => client.GET("/v1/tenants/{tenant}/tasks", { params: { query: q as AnyQuery } }),
  columns: [
    { key: "title", title: "name", value: (r) => r.title },
    { key: "owner", title: "unit", value: (r) => r.ownerUnit.name },
    { key: "source", title: "kind", value: (r) => r.source },
    { key: "dueOn", title: "endsOn", value: (r) => r.dueOn },
    { key: "status", title: "status", value: (r) => r.status },
    { key: "overdue", title: "overdueCases", value: (r) => bool(r.overdue) },
  ],
  filters: [
    {
      param: "status",
      label: "status",
      type: "select",
      options: taskStatuses.map((s) => ({ value: s, label: s })),
    },
    { param: "overdue", label: "overdueCases", type: "select", options: yesNo },
  ],
  fields: [],
};

// biome-ignore lint/suspicious/noExplicitAny: a table of specs over different row types
export const specs: Record<ListResource, ResourceSpec<any>> = {
  cases,
  tasks,
  regions,
  compounds,
  companies,
  contracts,
  committees,
  partyOrgs,
  departments,
  bodies,
  staff,
  venues,
};
