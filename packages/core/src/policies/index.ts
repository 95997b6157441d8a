export * from "./builtin/index.js";
export * from "./define.js";
export * from "./engine.js";
export * from "./participants.js";
export * from "./registry.js";
export { endOfDayIn, periodWindow, shiftDate, shiftMonth, shiftMonths, startOfDayIn } from "./time.js";
export * from "./types.js";
export * from "./view.js";
