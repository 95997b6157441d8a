export { guaranteedGrids, guaranteedGridsConfigSchema } from "./guaranteed-grids.js";
