/** Types for `content-disposition` (installed with express; it ships none). */
declare module "content-disposition" {
  interface Options {
    type?: string;
    fallback?: string | boolean;
  }
  /** An RFC 6266 Content-Disposition header value for `filename` (default type "attachment"). */
  function contentDisposition(filename?: string, options?: Options): string;
  export default contentDisposition;
}
