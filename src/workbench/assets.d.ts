/** A .xlsx imported by the workbench: webpack's asset/resource gives its URL. */
declare module "*.xlsx" {
  const url: string;
  export default url;
}
