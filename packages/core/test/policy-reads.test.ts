import { describe, expect, it } from "vitest";
import {
  type AnyPolicy,
  builtinPolicies,
  configOf,
  createPolicyRegistry,
  type DomainEvent,
  getPreset,
  type PolicyView,
  parseMechanism,
  parsePeriod,
  type ViewSlice,
  viewSlices,
} from "../src/index.js";
import { countyView } from "./policy-fixtures.js";

/**
 * A view that throws on any slice the policy did not declare: what `reads` says is what the API
 * loads, so a policy that reads more would judge from empty slices in production.
 */
function guarded(view: PolicyView, declared: readonly ViewSlice[], policy: string): PolicyView {
  const allowed = new Set<string>(declared);
  const slices = new Set<string>(viewSlices);
  return new Proxy(view, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && slices.has(prop) && !allowed.has(prop)) {
        throw new Error(`${policy} reads '${prop}' without declaring it`);
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}

const registry = createPolicyRegistry();
const anhui = parseMechanism(getPreset("anhui-3338"), registry);
const context = { mechanism: anhui };

const events: DomainEvent[] = [
  {
    type: "case.received",
    at: "2024-06-07T10:00:00+08:00",
    subject: { type: "case", id: "cas_1", name: "MC-2024-000001" },
    payload: { category: "garbageDumping", kind: "violation", round: 1 },
  },
  {
    type: "case.whistled",
    at: "2024-06-07T12:00:00+08:00",
    subject: { type: "case", id: "cas_1", name: "MC-2024-000001" },
    payload: { category: "garbageDumping", kind: "violation", round: 1, departments: ["urbanManagement"] },
  },
  {
    type: "meeting.resolution.adopt",
    at: "2024-06-10T10:00:00+08:00",
    subject: { type: "meeting", id: "mtg_1", name: "联席会议" },
    payload: { matter: "fee", compoundId: "a", convenedBy: "communityPartyOrg", participants: [] },
  },
];

describe("policies read only the slices they declare", () => {
  it.each(builtinPolicies.map((p) => [p.id, p] as [string, AnyPolicy]))("%s", (id, policy) => {
    const config = configOf(policy, anhui.policies[id]?.config);
    for (const label of ["2024-06", "2024-Q2", "2024"]) {
      const view = guarded(countyView(), policy.reads.evaluate, id);
      expect(() => policy.evaluate?.(parsePeriod(label), view, config, context)).not.toThrow();
    }
    for (const event of events) {
      const view = guarded(countyView(), policy.reads.on ?? [], id);
      expect(() => policy.on?.(event, view, config, context)).not.toThrow();
    }
  });

  it("every declared slice is one of the view's", () => {
    for (const policy of builtinPolicies) {
      for (const slice of [...policy.reads.evaluate, ...(policy.reads.on ?? [])]) {
        expect(viewSlices).toContain(slice);
      }
      // A policy with a hook says what the hook reads, even if nothing.
      if (policy.on) expect(policy.reads.on, policy.id).toBeDefined();
    }
  });
});
