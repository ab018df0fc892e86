/** The tool that writes the reports, as they name it: name and version (package.json, bundled at build time). */
import product from "../../../package.json";

export const TOOL_NAME = "VerifPacte";
export const TOOL_VERSION: string = product.version;
