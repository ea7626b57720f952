/** jsonexport ships no types; react-admin's own exporter uses this build of it (ra-core/src/export). */
declare module 'jsonexport/dist/index.js' {
  function jsonExport(
    data: readonly object[],
    options: { headers?: string[] },
    callback: (error: Error | null, csv: string) => void,
  ): void;
  export default jsonExport;
}
