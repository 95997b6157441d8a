// The complaint form links to the tracker with ?code=…: hand the code to the tracker on this page.
const code = new URLSearchParams(location.search).get("code");
if (code) for (const tracker of document.querySelectorAll("propgov-case-tracker")) tracker.code = code;
// The example's disclosure board shows the compound named by ?compound=cpd_… if any.
const compound = new URLSearchParams(location.search).get("compound");
if (compound)
  for (const board of document.querySelectorAll("propgov-disclosure-board")) board.compoundId = compound;
