/** All the widgets: importing this module defines every element. */
export { PropgovCaseTracker } from "./case-tracker.js";
export { PropgovComplaintForm } from "./complaint-form.js";
export { PropgovCreditBoard } from "./credit-board.js";
export { PropgovDisclosureBoard } from "./disclosure-board.js";
export { PropgovKpiCard } from "./kpi-card.js";
