import { describe, expect, it } from "vitest";
import { AppError, defineLifecycle } from "../src/index.js";

const door = defineLifecycle({
  noun: "door",
  statuses: ["open", "shut", "locked"],
  actions: ["shut", "lock", "open", "knock"],
  next: {
    open: { shut: "shut", knock: null },
    shut: { open: "open", lock: "locked", knock: null },
    locked: { knock: null },
  },
  reasons: {
    shut: "door_not_shuttable",
    lock: "door_not_lockable",
    open: "door_not_openable",
    knock: "door_gone",
  },
});

const refusal = (fn: () => unknown) => {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
  }
  throw new Error("expected an AppError");
};

describe("defineLifecycle", () => {
  it("moves along the table; a null target keeps the status", () => {
    expect(door.next("open", "shut")).toBe("shut");
    expect(door.next("shut", "lock")).toBe("locked");
    expect(door.next("locked", "knock")).toBe("locked");
    expect(door.allowedActions("shut")).toEqual(
      ["shut", "lock", "open", "knock"].filter((a) => a !== "shut"),
    );
    expect(door.accepts("locked", "open")).toBe(false);
  });

  it("refuses with 409 naming the status, what it allows and the reason code", () => {
    const e = refusal(() => door.next("locked", "open"));
    expect(e.status).toBe(409);
    expect(e.message).toBe("A door that is locked does not accept 'open'. Allowed now: knock.");
    expect(e.extensions).toEqual({
      currentStatus: "locked",
      allowedActions: ["knock"],
      reason: "door_not_openable",
    });
    const custom = refusal(() =>
      door.refuse("open", "lock", { reason: "door_needs_shutting", detail: "Shut it first." }),
    );
    expect(custom.message).toBe("Shut it first.");
    expect(custom.extensions?.reason).toBe("door_needs_shutting");
    expect(() => door.assert("open", "shut")).not.toThrow();
    expect(refusal(() => door.assert("open", "lock", ["shut"])).extensions?.allowedActions).toEqual(["shut"]);
  });
});
